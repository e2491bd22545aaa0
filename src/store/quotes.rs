//! Competing quotes of a review: add, change, remove. Each change is an edit of the review
//! (one transaction, the revision grows).

use super::Store;
use crate::error::{Error, Result, Words};
use crate::i18n::msg;
use crate::model::{CompetitorQuote, QuoteInput, ReviewId, SaveReceipt};
use crate::validate;
use rusqlite::{Connection, Transaction, params};

/// At most this many competing quotes per review: a comparison beyond it stops being readable.
pub const MAX_QUOTES: i64 = 20;

impl Store {
    pub fn add_quote(&mut self, review_id: ReviewId, quote: &QuoteInput) -> Result<SaveReceipt> {
        let quote = validate::quote(quote)?;
        self.edit(review_id, |tx| {
            let count: i64 = tx.query_row(
                "SELECT count(*) FROM competitor_quotes WHERE review_id = ?1",
                [review_id],
                |r| r.get(0),
            )?;
            if count >= MAX_QUOTES {
                return Err(Error::invalid(
                    "quote",
                    msg::ERROR_LABEL_COMPETING_QUOTES,
                    Words::msg_with(
                        msg::ERROR_RULE_MAX_QUOTES,
                        vec![("max", Words::Plain(MAX_QUOTES.to_string()))],
                    ),
                ));
            }
            insert_quote(tx, review_id, &quote)
        })
    }

    pub fn update_quote(
        &mut self,
        review_id: ReviewId,
        quote_id: i64,
        quote: &QuoteInput,
    ) -> Result<SaveReceipt> {
        let quote = validate::quote(quote)?;
        self.edit(review_id, |tx| {
            let changed = tx.execute(
                "UPDATE competitor_quotes SET provider = ?3, monthly_minor = ?4, term_months = ?5,
                    upfront_minor = ?6, notes = ?7, seats = ?8, taxes_percent = ?9,
                    escalator_percent = ?10
                 WHERE review_id = ?1 AND id = ?2",
                params![
                    review_id,
                    quote_id,
                    quote.provider,
                    quote.monthly_minor,
                    quote.term_months,
                    quote.upfront_minor,
                    quote.notes,
                    quote.seats,
                    quote.taxes_percent,
                    quote.escalator_percent
                ],
            )?;
            if changed == 0 {
                return Err(quote_not_found(quote_id));
            }
            Ok(())
        })
    }

    pub fn delete_quote(&mut self, review_id: ReviewId, quote_id: i64) -> Result<SaveReceipt> {
        self.edit(review_id, |tx| {
            let deleted = tx.execute(
                "DELETE FROM competitor_quotes WHERE review_id = ?1 AND id = ?2",
                params![review_id, quote_id],
            )?;
            if deleted == 0 {
                return Err(quote_not_found(quote_id));
            }
            Ok(())
        })
    }
}

fn quote_not_found(quote_id: i64) -> Error {
    Error::invalid(
        "quote",
        msg::ERROR_LABEL_COMPETING_QUOTE,
        Words::msg_with(
            msg::ERROR_RULE_QUOTE_NOT_FOUND,
            vec![("id", Words::Plain(quote_id.to_string()))],
        ),
    )
}

pub(super) fn insert_quote(tx: &Transaction, review_id: ReviewId, q: &QuoteInput) -> Result<()> {
    tx.execute(
        "INSERT INTO competitor_quotes (review_id, provider, monthly_minor, term_months,
            upfront_minor, notes, seats, taxes_percent, escalator_percent)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            review_id,
            q.provider,
            q.monthly_minor,
            q.term_months,
            q.upfront_minor,
            q.notes,
            q.seats,
            q.taxes_percent,
            q.escalator_percent
        ],
    )?;
    Ok(())
}

pub(super) fn load_quotes(conn: &Connection, review_id: ReviewId) -> Result<Vec<CompetitorQuote>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, provider, monthly_minor, term_months, upfront_minor, notes, seats,
            taxes_percent, escalator_percent
         FROM competitor_quotes WHERE review_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([review_id], |row| {
        Ok(CompetitorQuote {
            id: row.get(0)?,
            quote: QuoteInput {
                provider: row.get(1)?,
                monthly_minor: row.get(2)?,
                term_months: row.get(3)?,
                upfront_minor: row.get(4)?,
                notes: row.get(5)?,
                seats: row.get(6)?,
                taxes_percent: row.get(7)?,
                escalator_percent: row.get(8)?,
            },
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
