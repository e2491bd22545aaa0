//! Reviews: create, read, list, edit one field at a time, duplicate, delete.

use super::Store;
use crate::error::{Error, Result, Words};
use crate::i18n::Lang;
use crate::i18n::msg;
use crate::model::{
    AnswerValue, AreaState, AreaTextField, ChargeBasis, ContextEdit, Decision, Paper, QuoteInput,
    Rating, RatingCounts, Review, ReviewContext, ReviewId, ReviewListItem, SaveReceipt, SignOff,
    SignOffEdit,
};
use crate::sample::example_title_in;
use crate::template::template;
use crate::validate;
use rusqlite::{OptionalExtension, Row, Transaction, params};
use std::collections::{BTreeMap, HashMap};

/// Everything needed to insert a review in one go (new, duplicated or the example).
#[derive(Debug, Clone)]
pub struct NewReview {
    pub is_example: bool,
    pub context: ReviewContext,
    pub areas: Vec<AreaState>,
    pub answers: BTreeMap<String, AnswerValue>,
    pub signoff: SignOff,
    pub quotes: Vec<QuoteInput>,
    /// `YYYY-MM-DD` the contract was signed (a review file can carry it); null for a review.
    pub signed_on: Option<String>,
    /// The language of its sign-off PDF and notice letter.
    pub language: Lang,
}

const EXAMPLE_SEEDED_KEY: &str = "example_seeded";

/// Recomputes a review's rating counts (`?1` is its id) from its areas: part of every statement
/// that can change a rating, so the counts the home list reads are never stale.
const RATING_COUNTS: &str = "
    acceptable_areas = (SELECT count(*) FROM area_states a WHERE a.review_id = ?1 AND a.rating = 'acceptable'),
    negotiate_areas = (SELECT count(*) FROM area_states a WHERE a.review_id = ?1 AND a.rating = 'negotiate'),
    deal_breaker_areas = (SELECT count(*) FROM area_states a WHERE a.review_id = ?1 AND a.rating = 'deal_breaker'),
    not_applicable_areas = (SELECT count(*) FROM area_states a WHERE a.review_id = ?1 AND a.rating = 'not_applicable')";

/// Days a deleted review stays in the trash before it is deleted for good.
pub const TRASH_DAYS: i64 = 30;

/// Reviews trashed before this moment (as stored) have had their [`TRASH_DAYS`].
fn trash_cutoff() -> String {
    (chrono::Utc::now() - chrono::Duration::days(TRASH_DAYS))
        .to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// A review in the trash.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct TrashedReview {
    pub id: ReviewId,
    pub title: String,
    pub plan: String,
    pub deleted_at: String,
    /// `YYYY-MM-DD` after which it is deleted for good.
    pub purge_after: String,
}

fn purge_date(deleted_at: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(deleted_at)
        .map(|d| {
            (d + chrono::Duration::days(TRASH_DAYS))
                .date_naive()
                .to_string()
        })
        .unwrap_or_default()
}

/// The current UTC time in microseconds, strictly increasing within this process so that
/// "most recently edited" is well defined even for edits in the same microsecond.
fn now() -> String {
    use std::sync::atomic::{AtomicI64, Ordering};
    static LAST: AtomicI64 = AtomicI64::new(0);
    let wall = chrono::Utc::now().timestamp_micros();
    let prev = LAST.fetch_max(wall, Ordering::SeqCst);
    let micros = if prev >= wall {
        LAST.fetch_add(1, Ordering::SeqCst) + 1
    } else {
        wall
    };
    chrono::DateTime::from_timestamp_micros(micros)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

fn basis_str(basis: ChargeBasis) -> &'static str {
    match basis {
        ChargeBasis::Total => "total",
        ChargeBasis::PerSeat => "per_seat",
    }
}

impl Store {
    /// Creates a review from a context form, its PDF in `language`; its ten areas start "not
    /// reviewed".
    pub fn create_review(&mut self, context: &ReviewContext, language: Lang) -> Result<ReviewId> {
        let context = validate::context(context)?;
        self.insert_review(&NewReview {
            is_example: false,
            context,
            areas: Vec::new(),
            answers: BTreeMap::new(),
            signoff: SignOff::default(),
            quotes: Vec::new(),
            signed_on: None,
            language,
        })
    }

    /// Inserts a complete review in one transaction, validating every part first.
    pub fn insert_review(&mut self, review: &NewReview) -> Result<ReviewId> {
        self.insert_review_with_contract(review, &[])
    }

    /// Inserts a complete review and the contract documents read for it (an imported review
    /// file's), all in one transaction: a failure leaves neither.
    pub fn insert_review_with_contract(
        &mut self,
        review: &NewReview,
        documents: &[crate::contract::ContractDocument],
    ) -> Result<ReviewId> {
        let context = validate::context(&review.context)?;
        let signoff = validate::signoff(&review.signoff)?;
        let signed_on = validate::signed_on(review.signed_on.as_deref())?;
        let t = template();
        let mut answers = Vec::with_capacity(review.answers.len());
        for (question_id, value) in &review.answers {
            let (_, question) = t.question(question_id).ok_or_else(|| {
                Error::invalid(
                    question_id.clone(),
                    question_id.clone(),
                    msg::ERROR_RULE_UNKNOWN_QUESTION,
                )
            })?;
            answers.push((question_id.as_str(), validate::answer(question, value)?));
        }
        let checked: BTreeMap<String, AnswerValue> = answers
            .iter()
            .map(|(id, value)| ((*id).to_owned(), value.clone()))
            .collect();
        validate::notice_fits_term(&context, &checked)?;
        let given: HashMap<&str, &AreaState> = review
            .areas
            .iter()
            .map(|a| (a.area_id.as_str(), a))
            .collect();
        for state in &review.areas {
            if t.area(&state.area_id).is_none() {
                return Err(not_an_area(&state.area_id));
            }
            for field in [
                AreaTextField::Notes,
                AreaTextField::ClauseReference,
                AreaTextField::ClauseText,
            ] {
                validate::area_text(&state.area_id, field, area_text(state, field))?;
            }
        }

        let quotes = review
            .quotes
            .iter()
            .map(validate::quote)
            .collect::<Result<Vec<_>>>()?;

        let stamp = now();
        let tx = self.write_transaction()?;
        tx.execute(
            "INSERT INTO reviews (is_example, reviewer, company, provider, plan, quote_reference,
                quote_date, term_months, start_date, seats, monthly_charge_minor,
                monthly_charge_basis, currency, created_at, updated_at, revision, template_version,
                signed_on, language)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, 1, ?15, ?16, ?17)",
            params![
                review.is_example,
                context.reviewer,
                context.company,
                context.provider,
                context.plan,
                context.quote_reference,
                context.quote_date,
                context.term_months,
                context.start_date,
                context.seats,
                context.monthly_charge_minor,
                basis_str(context.monthly_charge_basis),
                context.currency,
                stamp,
                crate::template::migrate::current_version(),
                signed_on,
                review.language.tag(),
            ],
        )?;
        let id = tx.last_insert_rowid();
        {
            let mut insert_area = tx.prepare(
                "INSERT INTO area_states (review_id, area_id, rating, notes, clause_reference, clause_text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for area in &t.areas {
                let fresh = AreaState::new(&area.id);
                let state = given.get(area.id.as_str()).copied().unwrap_or(&fresh);
                insert_area.execute(params![
                    id,
                    area.id,
                    state.rating.as_str(),
                    state.notes,
                    state.clause_reference,
                    state.clause_text
                ])?;
            }
            let mut insert_answer = tx.prepare(
                "INSERT INTO answers (review_id, question_id, value, updated_at) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (question_id, value) in &answers {
                insert_answer.execute(params![id, question_id, encode(value)?, stamp])?;
            }
        }
        tx.execute(
            &format!("UPDATE reviews SET {RATING_COUNTS} WHERE id = ?1"),
            [id],
        )?;
        if signoff != SignOff::default() {
            write_signoff(&tx, id, &signoff)?;
        }
        for quote in &quotes {
            super::quotes::insert_quote(&tx, id, quote)?;
        }
        if !documents.is_empty() {
            super::contract::write_documents(&tx, id, documents)?;
        }
        tx.commit()?;
        self.backup_if_due();
        Ok(id)
    }

    pub fn get_review(&self, id: ReviewId) -> Result<Review> {
        load_review(&self.conn, id)
    }

    /// The home list, most recently edited first. `query` matches provider, plan, company,
    /// reviewer or quote reference, case-insensitively; empty matches everything.
    pub fn list_reviews(&self, query: &str) -> Result<Vec<ReviewListItem>> {
        let pattern = format!("%{}%", escape_like(query.trim()));
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.id, r.is_example, r.provider, r.plan, r.company, r.quote_reference, r.updated_at,
                    r.acceptable_areas, r.negotiate_areas, r.deal_breaker_areas, r.not_applicable_areas,
                    r.signed_on, r.language
             FROM reviews r
             WHERE r.deleted_at IS NULL AND (?1 = '%%'
                OR r.provider LIKE ?1 ESCAPE '\\' OR r.plan LIKE ?1 ESCAPE '\\'
                OR r.company LIKE ?1 ESCAPE '\\' OR r.reviewer LIKE ?1 ESCAPE '\\'
                OR r.quote_reference LIKE ?1 ESCAPE '\\')
             ORDER BY r.updated_at DESC, r.id DESC",
        )?;
        let total_areas = template().areas.len() as u32;
        let rows = stmt.query_map([pattern], |row| {
            let mut ratings = RatingCounts {
                not_reviewed: 0,
                acceptable: row.get(7)?,
                negotiate: row.get(8)?,
                deal_breaker: row.get(9)?,
                not_applicable: row.get(10)?,
            };
            ratings.not_reviewed = total_areas.saturating_sub(ratings.reviewed());
            let is_example: bool = row.get(1)?;
            let provider: String = row.get(2)?;
            Ok(ReviewListItem {
                id: row.get(0)?,
                is_example,
                title: if is_example {
                    example_title(&row.get::<_, String>(12)?).to_owned()
                } else {
                    provider.clone()
                },
                provider,
                plan: row.get(3)?,
                company: row.get(4)?,
                quote_reference: row.get(5)?,
                updated_at: row.get(6)?,
                reviewed_areas: ratings.reviewed(),
                total_areas,
                ratings,
                signed_on: row.get(11)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Replaces the whole context. For a caller that holds the review as stored; the window
    /// saves one field at a time with [`Store::set_context_field`].
    pub fn update_context(&mut self, id: ReviewId, context: &ReviewContext) -> Result<SaveReceipt> {
        let context = validate::context(context)?;
        self.edit(id, |tx| {
            let before = load_review(tx, id)?.context.currency;
            relabel_amounts(tx, id, &before, &context.currency)?;
            write_context(tx, id, &context)
        })
    }

    /// Saves one field of the context. The other fields are read inside the same transaction,
    /// so an edit never writes back a stale copy of them; the whole context is then checked.
    pub fn set_context_field(&mut self, id: ReviewId, edit: &ContextEdit) -> Result<SaveReceipt> {
        self.edit(id, |tx| {
            let mut context = load_review(tx, id)?.context;
            let before = context.currency.clone();
            apply_context_edit(&mut context, edit)?;
            let context = validate::context(&context)?;
            relabel_amounts(tx, id, &before, &context.currency)?;
            write_context(tx, id, &context)
        })
    }

    /// Saves the sign-off sheet as a whole.
    pub fn update_signoff(&mut self, id: ReviewId, signoff: &SignOff) -> Result<SaveReceipt> {
        let signoff = validate::signoff(signoff)?;
        self.edit(id, |tx| write_signoff(tx, id, &signoff))
    }

    /// Marks the review's contract as signed on `date` (`YYYY-MM-DD`), or unmarks it with `None`:
    /// a signed review is a contract in force whose deadlines are tracked. Recorded in the
    /// history like any edit.
    pub fn set_signed(&mut self, id: ReviewId, date: Option<&str>) -> Result<SaveReceipt> {
        let signed_on = validate::signed_on(date)?;
        self.edit(id, |tx| {
            tx.execute(
                "UPDATE reviews SET signed_on = ?2 WHERE id = ?1",
                params![id, signed_on],
            )?;
            Ok(())
        })
    }

    /// Sets the language the review's sign-off PDF and notice letter are written in. A new
    /// revision, since the paper it produces changes.
    pub fn set_review_language(&mut self, id: ReviewId, language: Lang) -> Result<SaveReceipt> {
        self.edit(id, |tx| {
            tx.execute(
                "UPDATE reviews SET language = ?2 WHERE id = ?1",
                params![id, language.tag()],
            )?;
            Ok(())
        })
    }

    /// The ids of the live reviews marked signed, oldest signature first.
    pub fn signed_review_ids(&self) -> Result<Vec<ReviewId>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM reviews WHERE signed_on IS NOT NULL AND deleted_at IS NULL
             ORDER BY signed_on, id",
        )?;
        let ids = stmt.query_map([], |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// Saves one field of the sign-off sheet; the others are read in the same transaction.
    pub fn set_signoff_field(&mut self, id: ReviewId, edit: &SignOffEdit) -> Result<SaveReceipt> {
        self.edit(id, |tx| {
            let mut signoff = load_review(tx, id)?.signoff;
            match edit.clone() {
                SignOffEdit::ApproverName(v) => signoff.approver_name = v,
                SignOffEdit::ApproverRole(v) => signoff.approver_role = v,
                SignOffEdit::Decision(v) => signoff.decision = v,
                SignOffEdit::Conditions(v) => signoff.conditions = v,
                SignOffEdit::Date(v) => signoff.date = v,
            }
            let signoff = validate::signoff(&signoff)?;
            write_signoff(tx, id, &signoff)
        })
    }

    /// The paper size chosen for PDFs, if the user has chosen one.
    pub fn paper_setting(&self) -> Result<Option<Paper>> {
        let value: Option<String> = self
            .conn
            .query_row("SELECT value FROM app_meta WHERE key = 'paper'", [], |r| {
                r.get(0)
            })
            .optional()?;
        Ok(value.as_deref().and_then(Paper::parse))
    }

    pub fn set_paper_setting(&mut self, paper: Paper) -> Result<()> {
        self.conn.execute(
            "INSERT OR REPLACE INTO app_meta (key, value) VALUES ('paper', ?1)",
            [paper.as_str()],
        )?;
        Ok(())
    }

    /// The language chosen for the interface, if the user has chosen one (else the system's).
    pub fn language_setting(&self) -> Result<Option<Lang>> {
        let value: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM app_meta WHERE key = 'language'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(value.as_deref().and_then(Lang::from_tag))
    }

    pub fn set_language_setting(&mut self, lang: Lang) -> Result<()> {
        self.conn.execute(
            "INSERT OR REPLACE INTO app_meta (key, value) VALUES ('language', ?1)",
            [lang.tag()],
        )?;
        Ok(())
    }

    /// Saves (or, with `None`, clears) one answer.
    pub fn set_answer(
        &mut self,
        id: ReviewId,
        question_id: &str,
        value: Option<&AnswerValue>,
    ) -> Result<SaveReceipt> {
        let (_, question) = template().question(question_id).ok_or_else(|| {
            Error::invalid(question_id, question_id, msg::ERROR_RULE_UNKNOWN_QUESTION)
        })?;
        let value = value.map(|v| validate::answer(question, v)).transpose()?;
        let stamp = now();
        self.edit(id, |tx| {
            if question_id == validate::NOTICE_DAYS_QUESTION
                || question_id == validate::NOTICE_MONTHS_QUESTION
            {
                let mut stored = load_review(tx, id)?;
                match &value {
                    Some(v) => stored.answers.insert(question_id.to_owned(), v.clone()),
                    None => stored.answers.remove(question_id),
                };
                validate::notice_fits_term(&stored.context, &stored.answers)?;
            }
            match &value {
                Some(value) => tx.execute(
                    "INSERT INTO answers (review_id, question_id, value, updated_at) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (review_id, question_id) DO UPDATE SET value = excluded.value,
                        updated_at = excluded.updated_at",
                    params![id, question_id, encode(value)?, stamp],
                )?,
                None => tx.execute(
                    "DELETE FROM answers WHERE review_id = ?1 AND question_id = ?2",
                    params![id, question_id],
                )?,
            };
            Ok(())
        })
    }

    pub fn set_rating(
        &mut self,
        id: ReviewId,
        area_id: &str,
        rating: Rating,
    ) -> Result<SaveReceipt> {
        check_area(area_id)?;
        self.edit(id, |tx| {
            tx.execute(
                "INSERT INTO area_states (review_id, area_id, rating) VALUES (?1, ?2, ?3)
                 ON CONFLICT (review_id, area_id) DO UPDATE SET rating = excluded.rating",
                params![id, area_id, rating.as_str()],
            )?;
            Ok(())
        })
    }

    pub fn set_area_text(
        &mut self,
        id: ReviewId,
        area_id: &str,
        field: AreaTextField,
        text: &str,
    ) -> Result<SaveReceipt> {
        check_area(area_id)?;
        validate::area_text(area_id, field, text)?;
        // The column name comes from a closed enum, never from input.
        let sql = format!(
            "INSERT INTO area_states (review_id, area_id, {col}) VALUES (?1, ?2, ?3)
             ON CONFLICT (review_id, area_id) DO UPDATE SET {col} = excluded.{col}",
            col = field.column()
        );
        self.edit(id, |tx| {
            tx.execute(&sql, params![id, area_id, text])?;
            Ok(())
        })
    }

    /// Copies a review (answers, ratings, notes, quotes and the contract documents read for it)
    /// as a new, non-example review, in one transaction.
    pub fn duplicate_review(&mut self, id: ReviewId) -> Result<ReviewId> {
        let source = self.get_review(id)?;
        // The contract read for it goes with the copy: its answers and clauses came from it.
        let documents = self.contract(id)?;
        let mut context = source.context;
        let suffix = " (copy)";
        let keep = crate::limits::max_chars("context.provider") - suffix.chars().count();
        context.provider = context.provider.chars().take(keep).collect::<String>() + suffix;
        self.insert_review_with_contract(
            &NewReview {
                is_example: false,
                context,
                areas: source.areas,
                answers: source.answers,
                // A copy is a new review: it has not been signed off, nor its contract signed.
                signoff: SignOff::default(),
                quotes: source.quotes.into_iter().map(|q| q.quote).collect(),
                signed_on: None,
                // The copy's PDF reads as the original's did.
                language: source.language,
            },
            &documents,
        )
    }

    /// Moves a review to the trash; it can be restored for [`TRASH_DAYS`] days.
    pub fn delete_review(&mut self, id: ReviewId) -> Result<()> {
        let moved = self.conn.execute(
            "UPDATE reviews SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
            params![id, now()],
        )?;
        if moved == 0 {
            return Err(Error::ReviewNotFound(id));
        }
        Ok(())
    }

    /// Reviews in the trash, most recently deleted first.
    pub fn list_trash(&self) -> Result<Vec<TrashedReview>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, is_example, provider, plan, deleted_at, language FROM reviews
             WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC",
        )?;
        let rows = stmt.query_map([], |row| {
            let is_example: bool = row.get(1)?;
            let provider: String = row.get(2)?;
            let deleted_at: String = row.get(4)?;
            Ok(TrashedReview {
                id: row.get(0)?,
                title: if is_example {
                    example_title(&row.get::<_, String>(5)?).to_owned()
                } else {
                    provider
                },
                plan: row.get(3)?,
                purge_after: purge_date(&deleted_at),
                deleted_at,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Takes a review out of the trash.
    pub fn restore_review(&mut self, id: ReviewId) -> Result<()> {
        let restored = self.conn.execute(
            "UPDATE reviews SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL",
            [id],
        )?;
        if restored == 0 {
            return Err(Error::ReviewNotFound(id));
        }
        Ok(())
    }

    /// Deletes a trashed review for good, with its history.
    pub fn purge_review(&mut self, id: ReviewId) -> Result<()> {
        let tx = self.write_transaction()?;
        let purged = tx.execute(
            "DELETE FROM reviews WHERE id = ?1 AND deleted_at IS NOT NULL",
            [id],
        )?;
        if purged == 0 {
            return Err(Error::ReviewNotFound(id));
        }
        tx.execute("DELETE FROM history WHERE review_id = ?1", [id])?;
        tx.commit()?;
        self.forget_places_of_purged()
    }

    /// Deletes for good what has been in the trash longer than [`TRASH_DAYS`]; returns how many.
    pub fn purge_expired_trash(&mut self) -> Result<usize> {
        let cutoff = trash_cutoff();
        let tx = self.write_transaction()?;
        tx.execute(
            "DELETE FROM history WHERE review_id IN
                (SELECT id FROM reviews WHERE deleted_at IS NOT NULL AND deleted_at < ?1)",
            [&cutoff],
        )?;
        let purged = tx.execute(
            "DELETE FROM reviews WHERE deleted_at IS NOT NULL AND deleted_at < ?1",
            [&cutoff],
        )?;
        tx.commit()?;
        if purged > 0 {
            self.forget_places_of_purged()?;
        }
        Ok(purged)
    }

    /// Whether opening the store has upkeep to do on the reviews: answers written for an older
    /// template, or reviews whose time in the trash is over.
    pub(super) fn reviews_need_upkeep(conn: &rusqlite::Connection) -> Result<bool> {
        Ok(conn.query_row(
            "SELECT EXISTS(SELECT 1 FROM reviews WHERE template_version < ?1)
                 OR EXISTS(SELECT 1 FROM reviews WHERE deleted_at IS NOT NULL AND deleted_at < ?2)",
            rusqlite::params![crate::template::migrate::current_version(), trash_cutoff()],
            |r| r.get(0),
        )?)
    }

    pub fn review_count(&self) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM reviews WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )?)
    }

    /// On the very first start, adds the (English) example review so a newcomer sees a finished
    /// one. Recorded once: deleting the example does not bring it back.
    pub fn seed_example_if_new(&mut self) -> Result<Option<ReviewId>> {
        self.seed_example_if_new_in(Lang::En)
    }

    /// [`Store::seed_example_if_new`] with the example written in `lang`, the language the
    /// window speaks on that first start (its texts, provider, currency and review language).
    pub fn seed_example_if_new_in(&mut self, lang: Lang) -> Result<Option<ReviewId>> {
        let seeded: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM app_meta WHERE key = ?1",
                [EXAMPLE_SEEDED_KEY],
                |r| r.get(0),
            )
            .optional()?;
        if seeded.is_some() {
            return Ok(None);
        }
        let id = if self.review_count()? == 0 {
            Some(self.insert_review(&crate::sample::example_review_in(lang))?)
        } else {
            None
        };
        self.conn.execute(
            "INSERT OR REPLACE INTO app_meta (key, value) VALUES (?1, ?2)",
            params![EXAMPLE_SEEDED_KEY, now()],
        )?;
        Ok(id)
    }

    /// Carries every review saved under an older template version (trashed ones too) over to the
    /// current one, in one transaction: answers of retired questions move to their canonical
    /// question, a conflicting one goes into the area notes, and each change is in the history
    /// under a new revision. `updated_at` is kept: this is not the owner's edit.
    pub(super) fn migrate_template_answers(&mut self) -> Result<()> {
        use crate::template::migrate;
        let current = migrate::current_version();
        let tx = self.conn.transaction()?;
        let pending: Vec<(ReviewId, u32)> = {
            let mut stmt = tx.prepare(
                "SELECT id, template_version FROM reviews WHERE template_version < ?1 ORDER BY id",
            )?;
            stmt.query_map([current], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?
        };
        if pending.is_empty() {
            return Ok(());
        }
        let stamp = now();
        for (id, version) in pending {
            let mut answers = BTreeMap::new();
            {
                let mut stmt = tx.prepare_cached(
                    "SELECT question_id, value FROM answers WHERE review_id = ?1",
                )?;
                let rows = stmt.query_map([id], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                })?;
                for row in rows {
                    let (question_id, json) = row?;
                    let value: AnswerValue = serde_json::from_str(&json)
                        .map_err(|e| Error::Corrupt(format!("answer {question_id}: {e}")))?;
                    answers.insert(question_id, value);
                }
            }
            let before = answers.clone();
            let outcome = migrate::migrate_answers(version, &mut answers)
                .map_err(|rule| Error::Corrupt(format!("review {id}: {rule}")))?;
            if outcome.changed {
                let revision: i64 = tx.query_row(
                    "UPDATE reviews SET revision = revision + 1 WHERE id = ?1 RETURNING revision",
                    [id],
                    |r| r.get(0),
                )?;
                let mut history = tx.prepare_cached(
                    "INSERT INTO history (review_id, revision, changed_at, kind, target, old_value, new_value)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                )?;
                let keys: std::collections::BTreeSet<&String> =
                    before.keys().chain(answers.keys()).collect();
                for key in keys {
                    let (old, new) = (before.get(key), answers.get(key));
                    if old == new {
                        continue;
                    }
                    match new {
                        Some(value) => tx.execute(
                            "INSERT INTO answers (review_id, question_id, value, updated_at) VALUES (?1, ?2, ?3, ?4)
                             ON CONFLICT (review_id, question_id) DO UPDATE SET value = excluded.value",
                            params![id, key, encode(value)?, stamp],
                        )?,
                        None => tx.execute(
                            "DELETE FROM answers WHERE review_id = ?1 AND question_id = ?2",
                            params![id, key],
                        )?,
                    };
                    history.execute(params![
                        id,
                        revision,
                        stamp,
                        "answer",
                        key,
                        old.map(encode).transpose()?,
                        new.map(encode).transpose()?,
                    ])?;
                }
                for conflict in &outcome.conflicts {
                    let area_id = conflict.area_id();
                    let old_notes: String = tx
                        .query_row(
                            "SELECT notes FROM area_states WHERE review_id = ?1 AND area_id = ?2",
                            params![id, area_id],
                            |r| r.get(0),
                        )
                        .optional()?
                        .unwrap_or_default();
                    let notes = migrate::append_line(&old_notes, &conflict.note());
                    tx.execute(
                        "INSERT INTO area_states (review_id, area_id, notes) VALUES (?1, ?2, ?3)
                         ON CONFLICT (review_id, area_id) DO UPDATE SET notes = excluded.notes",
                        params![id, area_id, notes],
                    )?;
                    history.execute(params![
                        id,
                        revision,
                        stamp,
                        "area",
                        format!("{area_id}.notes"),
                        serde_json::Value::String(old_notes).to_string(),
                        serde_json::Value::String(notes).to_string(),
                    ])?;
                }
            }
            tx.execute(
                "UPDATE reviews SET template_version = ?2 WHERE id = ?1",
                params![id, current],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Runs one edit and bumps the revision, all in one transaction.
    pub(super) fn edit(
        &mut self,
        id: ReviewId,
        change: impl FnOnce(&Transaction) -> Result<()>,
    ) -> Result<SaveReceipt> {
        self.edit_from(id, &BTreeMap::new(), change)
    }

    /// An edit whose values came from somewhere other than typing: `sources` names, by changed
    /// target (question id, context field, `area.clause_text`), where each came from, and the
    /// history records it beside the change.
    pub(super) fn edit_from(
        &mut self,
        id: ReviewId,
        sources: &BTreeMap<String, String>,
        change: impl FnOnce(&Transaction) -> Result<()>,
    ) -> Result<SaveReceipt> {
        let tx = self.write_transaction()?;
        // Missing and trashed reviews cannot be edited.
        let before = load_review(&tx, id)?;
        change(&tx)?;
        let updated_at = now();
        let revision: i64 = tx.query_row(
            &format!(
                "UPDATE reviews SET revision = revision + 1, updated_at = ?2, {RATING_COUNTS}
                 WHERE id = ?1 RETURNING revision"
            ),
            params![id, updated_at],
            |r| r.get(0),
        )?;
        let after = load_review(&tx, id)?;
        super::history::record(&tx, &before, &after, revision, &updated_at, sources)?;
        tx.commit()?;
        self.backup_if_due();
        Ok(SaveReceipt {
            revision,
            updated_at,
        })
    }
}

/// The example's title in the language of its texts (the review's language column).
fn example_title(language_tag: &str) -> &'static str {
    example_title_in(Lang::from_tag(language_tag).unwrap_or_default())
}

/// A live (not trashed) review with everything it holds, read through `conn` (which may be an
/// open transaction).
pub(super) fn load_review(conn: &rusqlite::Connection, id: ReviewId) -> Result<Review> {
    let mut review = conn
        .query_row(
            "SELECT id, is_example, reviewer, company, provider, plan, quote_reference, quote_date,
                    term_months, start_date, seats, monthly_charge_minor, monthly_charge_basis,
                    currency, created_at, updated_at, revision, signed_on, language
             FROM reviews WHERE id = ?1 AND deleted_at IS NULL",
            [id],
            review_from_row,
        )
        .optional()?
        .ok_or(Error::ReviewNotFound(id))?;

    let mut stored: HashMap<String, AreaState> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT area_id, rating, notes, clause_reference, clause_text FROM area_states WHERE review_id = ?1",
    )?;
    let rows = stmt.query_map([id], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, String>(4)?,
        ))
    })?;
    for row in rows {
        let (area_id, rating, notes, clause_reference, clause_text) = row?;
        let rating = Rating::parse(&rating)
            .ok_or_else(|| Error::Corrupt(format!("unknown rating \"{rating}\"")))?;
        stored.insert(
            area_id.clone(),
            AreaState {
                area_id,
                rating,
                notes,
                clause_reference,
                clause_text,
            },
        );
    }
    // Template order; an area added to the template later starts "not reviewed".
    review.areas = template()
        .areas
        .iter()
        .map(|a| {
            stored
                .remove(&a.id)
                .unwrap_or_else(|| AreaState::new(&a.id))
        })
        .collect();

    let mut stmt =
        conn.prepare_cached("SELECT question_id, value FROM answers WHERE review_id = ?1")?;
    let rows = stmt.query_map([id], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
    })?;
    for row in rows {
        let (question_id, json) = row?;
        let value: AnswerValue = serde_json::from_str(&json)
            .map_err(|e| Error::Corrupt(format!("answer {question_id}: {e}")))?;
        review.answers.insert(question_id, value);
    }

    review.signoff = conn
        .query_row(
            "SELECT approver_name, approver_role, decision, conditions, signoff_date
             FROM signoffs WHERE review_id = ?1",
            [id],
            |row| {
                let decision: Option<String> = row.get(2)?;
                Ok(SignOff {
                    approver_name: row.get(0)?,
                    approver_role: row.get(1)?,
                    decision: decision.as_deref().and_then(Decision::parse),
                    conditions: row.get(3)?,
                    date: row.get(4)?,
                })
            },
        )
        .optional()?
        .unwrap_or_default();
    review.quotes = super::quotes::load_quotes(conn, id)?;
    Ok(review)
}

/// Applies one context edit. Whole numbers outside `u32` get the field's rule here; the rest of
/// the rules are checked on the whole context afterwards.
fn apply_context_edit(context: &mut ReviewContext, edit: &ContextEdit) -> Result<()> {
    let term_error = || {
        Error::invalid(
            "context.term_months",
            msg::ERROR_LABEL_CONTRACT_TERM,
            validate::term_rule_words(),
        )
    };
    match edit.clone() {
        ContextEdit::Reviewer(v) => context.reviewer = v,
        ContextEdit::Company(v) => context.company = v,
        ContextEdit::Provider(v) => context.provider = v,
        ContextEdit::Plan(v) => context.plan = v,
        ContextEdit::QuoteReference(v) => context.quote_reference = v,
        ContextEdit::QuoteDate(v) => context.quote_date = v,
        ContextEdit::StartDate(v) => context.start_date = v,
        ContextEdit::TermMonths(v) => {
            context.term_months = u32::try_from(v).map_err(|_| term_error())?;
        }
        ContextEdit::Seats(v) => {
            context.seats = v
                .map(|seats| {
                    u32::try_from(seats).map_err(|_| {
                        Error::invalid(
                            "context.seats",
                            msg::ERROR_LABEL_SEATS,
                            msg::ERROR_RULE_SEATS,
                        )
                    })
                })
                .transpose()?;
        }
        ContextEdit::MonthlyCharge { minor, currency } => {
            context.monthly_charge_minor = minor;
            context.currency = currency;
        }
        ContextEdit::MonthlyChargeBasis(v) => context.monthly_charge_basis = v,
    }
    Ok(())
}

/// A change of the review's currency corrects its label: the monthly charge keeps its number
/// (the window sends it again in the new currency), and so does every answer that was in the
/// old currency ("USD 25.00" becomes "EUR 25.00"; nothing is converted at a rate). Amounts in a
/// third currency keep theirs (the figures say they are left out). An amount the new currency
/// cannot write (USD 25.50 in JPY, which has no decimals) refuses the change, naming the
/// question, and nothing is saved.
fn relabel_amounts(tx: &Transaction, id: ReviewId, from: &str, to: &str) -> Result<()> {
    if from == to || crate::money::minor_digits(to).is_none() {
        return Ok(());
    }
    let stamp = now();
    for (question_id, value) in load_review(tx, id)?.answers {
        let AnswerValue::Money(money) = value else {
            continue;
        };
        if money.currency != from {
            continue;
        }
        let refused = |rule| {
            Error::invalid(
                "context.currency",
                msg::ERROR_LABEL_CURRENCY,
                Words::msg_with(
                    rule,
                    vec![
                        ("question", Words::Question(question_id.clone())),
                        ("amount", Words::Plain(crate::money::format_money(&money))),
                        ("currency", Words::Plain(to.to_owned())),
                    ],
                ),
            )
        };
        let minor = crate::money::relabel(&money, to)
            .ok_or_else(|| refused(msg::ERROR_RULE_CURRENCY_RELABEL_DECIMALS))?;
        crate::money::check_amount("context.currency", msg::ERROR_LABEL_CURRENCY, minor, to)
            .map_err(|_| refused(msg::ERROR_RULE_CURRENCY_RELABEL_TOO_LARGE))?;
        let relabelled = AnswerValue::Money(crate::money::Money {
            minor,
            currency: to.to_owned(),
        });
        tx.execute(
            "UPDATE answers SET value = ?3, updated_at = ?4 WHERE review_id = ?1 AND question_id = ?2",
            params![id, question_id, encode(&relabelled)?, stamp],
        )?;
    }
    Ok(())
}

pub(super) fn write_context(tx: &Transaction, id: ReviewId, context: &ReviewContext) -> Result<()> {
    // A shorter term (or a new start date) must still leave room for the notice.
    validate::notice_fits_term(context, &load_review(tx, id)?.answers)?;
    tx.execute(
        "UPDATE reviews SET reviewer = ?2, company = ?3, provider = ?4, plan = ?5,
            quote_reference = ?6, quote_date = ?7, term_months = ?8, start_date = ?9,
            seats = ?10, monthly_charge_minor = ?11, monthly_charge_basis = ?12, currency = ?13
         WHERE id = ?1",
        params![
            id,
            context.reviewer,
            context.company,
            context.provider,
            context.plan,
            context.quote_reference,
            context.quote_date,
            context.term_months,
            context.start_date,
            context.seats,
            context.monthly_charge_minor,
            basis_str(context.monthly_charge_basis),
            context.currency,
        ],
    )?;
    Ok(())
}

fn write_signoff(tx: &Transaction, id: ReviewId, s: &SignOff) -> Result<()> {
    tx.execute(
        "INSERT INTO signoffs (review_id, approver_name, approver_role, decision, conditions, signoff_date)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (review_id) DO UPDATE SET approver_name = excluded.approver_name,
            approver_role = excluded.approver_role, decision = excluded.decision,
            conditions = excluded.conditions, signoff_date = excluded.signoff_date",
        params![
            id,
            s.approver_name,
            s.approver_role,
            s.decision.map(Decision::as_str),
            s.conditions,
            s.date
        ],
    )?;
    Ok(())
}

fn check_area(area_id: &str) -> Result<()> {
    if template().area(area_id).is_none() {
        return Err(not_an_area(area_id));
    }
    Ok(())
}

fn not_an_area(area_id: &str) -> Error {
    Error::invalid(
        "area_id",
        msg::ERROR_LABEL_AREA,
        Words::msg_with(
            msg::ERROR_RULE_NOT_AN_AREA,
            vec![("value", Words::from(area_id))],
        ),
    )
}

fn area_text(state: &AreaState, field: AreaTextField) -> &str {
    match field {
        AreaTextField::Notes => &state.notes,
        AreaTextField::ClauseReference => &state.clause_reference,
        AreaTextField::ClauseText => &state.clause_text,
    }
}

pub(super) fn encode(value: &AnswerValue) -> Result<String> {
    serde_json::to_string(value)
        .map_err(|e| Error::Corrupt(format!("could not encode answer: {e}")))
}

fn escape_like(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn review_from_row(row: &Row) -> rusqlite::Result<Review> {
    let basis: String = row.get(12)?;
    Ok(Review {
        id: row.get(0)?,
        is_example: row.get(1)?,
        context: ReviewContext {
            reviewer: row.get(2)?,
            company: row.get(3)?,
            provider: row.get(4)?,
            plan: row.get(5)?,
            quote_reference: row.get(6)?,
            quote_date: row.get(7)?,
            term_months: row.get(8)?,
            start_date: row.get(9)?,
            seats: row.get(10)?,
            monthly_charge_minor: row.get(11)?,
            monthly_charge_basis: if basis == "per_seat" {
                ChargeBasis::PerSeat
            } else {
                ChargeBasis::Total
            },
            currency: row.get(13)?,
        },
        areas: Vec::new(),
        answers: BTreeMap::new(),
        signoff: SignOff::default(),
        quotes: Vec::new(),
        signed_on: row.get(17)?,
        language: {
            let tag: String = row.get(18)?;
            // The column's CHECK allows only the tags Lang knows.
            Lang::from_tag(&tag).unwrap_or_default()
        },
        created_at: row.get(14)?,
        updated_at: row.get(15)?,
        revision: row.get(16)?,
    })
}
