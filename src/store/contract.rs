//! The contract read for a review: its documents stored with the review, and the values the
//! owner accepts from it written as answers, recorded in the history as coming from the
//! contract. An answer the owner typed is replaced only when the owner chose to replace it.

use super::Store;
use super::reviews::{encode, load_review, write_context};
use crate::contract::{ContractDocument, DocumentKind, Reading, Suggestion, TERM_FIELD};
use crate::error::{Error, Result};
use crate::i18n::msg;
use crate::model::{AnswerValue, AreaTextField, ReviewId, SaveReceipt};
use crate::template::template;
use crate::validate;
use rusqlite::params;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// Replaces the documents stored for review `id` inside the caller's transaction.
pub(super) fn write_documents(
    tx: &rusqlite::Transaction,
    id: ReviewId,
    documents: &[ContractDocument],
) -> Result<()> {
    tx.execute("DELETE FROM contract_documents WHERE review_id = ?1", [id])?;
    let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    for (position, doc) in documents.iter().enumerate() {
        let pages = serde_json::to_string(&doc.pages).map_err(|e| Error::Corrupt(e.to_string()))?;
        let name: String = doc.name.chars().take(300).collect();
        tx.execute(
            "INSERT INTO contract_documents (review_id, position, name, sha256, kind, pages, added_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![id, position as i64, name, doc.sha256, kind_str(doc.kind), pages, at],
        )?;
    }
    Ok(())
}

/// A value the owner accepts from the contract, as the UI sends it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AcceptedValue {
    /// A template question id, or `context.term_months`.
    pub question_id: String,
    pub value: AnswerValue,
    /// Where it was found: "MSA.pdf, page 3, Section 9.3".
    pub reference: String,
    /// The sentence it was found in, quoted into the area's clause.
    pub quote: String,
    /// Replace an answer that differs: only when the owner chose to.
    pub replace: bool,
}

fn kind_str(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Pdf => "pdf",
        DocumentKind::Docx => "docx",
        DocumentKind::Text => "text",
        DocumentKind::Pasted => "pasted",
    }
}

fn kind_from(text: &str) -> DocumentKind {
    match text {
        "pdf" => DocumentKind::Pdf,
        "docx" => DocumentKind::Docx,
        "pasted" => DocumentKind::Pasted,
        _ => DocumentKind::Text,
    }
}

/// Most characters kept in an area's clause reference (the field's own limit).
/// The clause reference's limit, from the one table of field limits.
fn reference_max() -> usize {
    crate::limits::max_chars("area.clause_reference")
}

/// `existing` with `addition` appended after `separator`, unless it is already there or the
/// field would overflow `max` characters.
fn appended(existing: &str, addition: &str, separator: &str, max: usize) -> String {
    if existing.trim().is_empty() {
        return addition.chars().take(max).collect();
    }
    if existing.contains(addition) {
        return existing.to_owned();
    }
    let joined = format!("{existing}{separator}{addition}");
    if joined.chars().count() > max {
        existing.to_owned()
    } else {
        joined
    }
}

impl Store {
    /// Stores the documents read for review `id`, replacing those read before.
    pub fn save_contract(&mut self, id: ReviewId, documents: &[ContractDocument]) -> Result<()> {
        let tx = self.write_transaction()?;
        load_review(&tx, id)?;
        write_documents(&tx, id, documents)?;
        tx.commit()?;
        Ok(())
    }

    /// The documents stored for review `id`, in the order they were read; empty when none.
    pub fn contract(&self, id: ReviewId) -> Result<Vec<ContractDocument>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT name, sha256, kind, pages FROM contract_documents WHERE review_id = ?1
             ORDER BY position",
        )?;
        let rows = stmt.query_map([id], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (name, sha256, kind, pages) = row?;
            let pages: Vec<String> = serde_json::from_str(&pages)
                .map_err(|e| Error::Corrupt(format!("contract pages: {e}")))?;
            out.push(ContractDocument {
                name,
                sha256,
                kind: kind_from(&kind),
                pages,
            });
        }
        Ok(out)
    }

    /// Writes the accepted values as answers (the contract term into the review's details), and
    /// each one's reference and sentence into its area's clause fields, in one saved change.
    /// An answer that differs from the one already given is refused unless `replace` is set.
    pub fn accept_from_contract(
        &mut self,
        id: ReviewId,
        values: &[AcceptedValue],
    ) -> Result<SaveReceipt> {
        let t = template();
        let mut checked = Vec::with_capacity(values.len());
        for v in values {
            let (area_id, value) = if v.question_id == TERM_FIELD {
                ("cancellation".to_owned(), v.value.clone())
            } else {
                let (area, question) = t.question(&v.question_id).ok_or_else(|| {
                    Error::invalid(
                        &v.question_id,
                        &v.question_id,
                        msg::ERROR_RULE_UNKNOWN_QUESTION,
                    )
                })?;
                (area.id.clone(), validate::answer(question, &v.value)?)
            };
            checked.push((area_id, value, v));
        }
        let mut sources = BTreeMap::new();
        for (area_id, _, v) in &checked {
            let target = v
                .question_id
                .strip_prefix("context.")
                .unwrap_or(&v.question_id)
                .to_owned();
            sources.insert(target, v.reference.clone());
            for field in ["clause_reference", "clause_text"] {
                sources
                    .entry(format!("{area_id}.{field}"))
                    .or_insert_with(|| v.reference.clone());
            }
        }
        self.edit_from(id, &sources, |tx| {
            let mut review = load_review(tx, id)?;
            for (area_id, value, v) in &checked {
                if v.question_id == TERM_FIELD {
                    let AnswerValue::Months(months) = value else {
                        return Err(Error::invalid(
                            TERM_FIELD,
                            msg::ERROR_LABEL_CONTRACT_TERM,
                            msg::ERROR_RULE_MONTHS_NUMBER,
                        ));
                    };
                    let months = u32::try_from(*months).unwrap_or(0);
                    if review.context.term_months != months && !v.replace {
                        return Err(already_answered("Contract term", &v.question_id));
                    }
                    review.context.term_months = months;
                    review.context = validate::context(&review.context)?;
                    write_context(tx, id, &review.context)?;
                } else {
                    if let Some(existing) = review.answers.get(&v.question_id)
                        && existing != value
                        && !v.replace
                    {
                        let label = t
                            .question(&v.question_id)
                            .map_or(v.question_id.as_str(), |(_, q)| q.label.as_str());
                        return Err(already_answered(label, &v.question_id));
                    }
                    review.answers.insert(v.question_id.clone(), value.clone());
                    tx.execute(
                        "INSERT INTO answers (review_id, question_id, value, updated_at) VALUES (?1, ?2, ?3, ?4)
                         ON CONFLICT (review_id, question_id) DO UPDATE SET value = excluded.value,
                            updated_at = excluded.updated_at",
                        params![id, v.question_id, encode(value)?, chrono::Utc::now().to_rfc3339()],
                    )?;
                }
                let area = review
                    .areas
                    .iter_mut()
                    .find(|a| &a.area_id == area_id)
                    .ok_or_else(|| Error::Corrupt(format!("area {area_id} missing")))?;
                area.clause_reference =
                    appended(&area.clause_reference, &v.reference, "; ", reference_max());
                area.clause_text = appended(
                    &area.clause_text,
                    &v.quote,
                    "\n\n",
                    crate::limits::max_chars("area.clause_text"),
                );
                validate::area_text(area_id, AreaTextField::ClauseReference, &area.clause_reference)?;
                validate::area_text(area_id, AreaTextField::ClauseText, &area.clause_text)?;
                tx.execute(
                    "INSERT INTO area_states (review_id, area_id, clause_reference, clause_text) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (review_id, area_id) DO UPDATE SET clause_reference = excluded.clause_reference,
                        clause_text = excluded.clause_text",
                    params![id, area_id, area.clause_reference, area.clause_text],
                )?;
            }
            validate::notice_fits_term(&review.context, &review.answers)?;
            Ok(())
        })
    }

    /// Stores the reading's documents with review `id` and accepts every suggestion whose
    /// question is still unanswered (the contract term, always set, is left alone); returns
    /// what was filled.
    pub fn fill_empty_from_contract(
        &mut self,
        id: ReviewId,
        reading: &Reading,
    ) -> Result<Vec<Suggestion>> {
        let review = self.get_review(id)?;
        let answered = |q: &str| review.answers.contains_key(q);
        let notice_given =
            answered(validate::NOTICE_DAYS_QUESTION) || answered(validate::NOTICE_MONTHS_QUESTION);
        let filled: Vec<Suggestion> = reading
            .suggestions
            .iter()
            .filter(|s| s.question_id != TERM_FIELD && !answered(&s.question_id))
            .filter(|s| {
                !(notice_given
                    && (s.question_id == validate::NOTICE_DAYS_QUESTION
                        || s.question_id == validate::NOTICE_MONTHS_QUESTION))
            })
            .cloned()
            .collect();
        self.save_contract(id, &reading.documents)?;
        if filled.is_empty() {
            return Ok(filled);
        }
        let values: Vec<AcceptedValue> = filled
            .iter()
            .map(|s| AcceptedValue {
                question_id: s.question_id.clone(),
                value: s.value.clone(),
                reference: s.location.reference(review.language),
                quote: s.quote.clone(),
                replace: false,
            })
            .collect();
        self.accept_from_contract(id, &values)?;
        Ok(filled)
    }
}

fn already_answered(label: &str, question_id: &str) -> Error {
    Error::invalid(question_id, label, msg::ERROR_RULE_ALREADY_ANSWERED)
}
