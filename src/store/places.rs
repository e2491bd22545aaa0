//! Where the owner left off: the page last shown in each review, and the review that was open
//! when the app closed, so a review reopens where it was left. Kept in `app_meta` beside the
//! reviews (never in the webview's storage), outside the reviews' revisions and history:
//! looking at a page is not an edit.

use super::Store;
use crate::error::{Error, Result};
use crate::model::ReviewId;
use crate::template::template;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The page of a review shown before the ten areas.
pub const CONTEXT_PAGE: &str = "context";
/// The page after the ten areas.
pub const SUMMARY_PAGE: &str = "summary";

const OPEN_REVIEW_KEY: &str = "open_review";
const PLACE_PREFIX: &str = "place:";

/// The review open when the app last closed, and its page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReviewPlace {
    pub review_id: ReviewId,
    /// `context`, `summary` or an area id.
    pub page: String,
}

fn place_key(id: ReviewId) -> String {
    format!("{PLACE_PREFIX}{id}")
}

/// Whether `page` names a page of a review in this template.
fn is_page(page: &str) -> bool {
    page == CONTEXT_PAGE || page == SUMMARY_PAGE || template().area(page).is_some()
}

impl Store {
    /// Records that review `id` is open on `page` (`context`, `summary` or an area id).
    pub fn remember_place(&mut self, id: ReviewId, page: &str) -> Result<()> {
        if !is_page(page) {
            return Err(Error::invalid(
                "page",
                "Page",
                format!("must be “{CONTEXT_PAGE}”, “{SUMMARY_PAGE}” or an area of the review"),
            ));
        }
        let tx = self.write_transaction()?;
        let open: bool = tx.query_row(
            "SELECT count(*) FROM reviews WHERE id = ?1 AND deleted_at IS NULL",
            [id],
            |row| row.get(0),
        )?;
        if !open {
            return Err(Error::ReviewNotFound(id));
        }
        tx.execute(
            "INSERT OR REPLACE INTO app_meta (key, value) VALUES (?1, ?2)",
            params![place_key(id), page],
        )?;
        tx.execute(
            "INSERT OR REPLACE INTO app_meta (key, value) VALUES (?1, ?2)",
            params![OPEN_REVIEW_KEY, id.to_string()],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The page review `id` was last shown on, if it was opened before.
    pub fn review_place(&self, id: ReviewId) -> Result<Option<String>> {
        let page: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM app_meta WHERE key = ?1",
                [place_key(id)],
                |row| row.get(0),
            )
            .optional()?;
        // A page of an older template that no longer exists opens the review at its start.
        Ok(page.filter(|p| is_page(p)))
    }

    /// The owner went back to the list of reviews: the next start opens the list.
    pub fn forget_open_review(&mut self) -> Result<()> {
        self.conn
            .execute("DELETE FROM app_meta WHERE key = ?1", [OPEN_REVIEW_KEY])?;
        Ok(())
    }

    /// The review that was open when the app last closed, with its page; `None` when the list
    /// was shown, or that review has since been deleted.
    pub fn open_review_place(&self) -> Result<Option<ReviewPlace>> {
        let id: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM app_meta WHERE key = ?1",
                [OPEN_REVIEW_KEY],
                |row| row.get(0),
            )
            .optional()?;
        let Some(review_id) = id.and_then(|v| v.parse::<ReviewId>().ok()) else {
            return Ok(None);
        };
        let exists: bool = self.conn.query_row(
            "SELECT count(*) FROM reviews WHERE id = ?1 AND deleted_at IS NULL",
            [review_id],
            |row| row.get(0),
        )?;
        if !exists {
            return Ok(None);
        }
        let page = self
            .review_place(review_id)?
            .unwrap_or_else(|| CONTEXT_PAGE.to_owned());
        Ok(Some(ReviewPlace { review_id, page }))
    }

    /// Forgets the places of reviews deleted for good (called after purges).
    pub(super) fn forget_places_of_purged(&mut self) -> Result<()> {
        self.conn.execute(
            "DELETE FROM app_meta WHERE key LIKE 'place:%'
               AND CAST(substr(key, 7) AS INTEGER) NOT IN (SELECT id FROM reviews)",
            [],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ReviewContext;

    fn store_with_review() -> (Store, ReviewId) {
        let mut store = Store::open_in_memory().unwrap();
        let context = ReviewContext {
            provider: "Acme Voice".into(),
            ..ReviewContext::default()
        };
        let id = store
            .create_review(&context, crate::i18n::Lang::En)
            .unwrap();
        (store, id)
    }

    #[test]
    fn a_review_reopens_on_the_page_it_was_left_on() {
        let (mut store, id) = store_with_review();
        assert_eq!(store.review_place(id).unwrap(), None);
        assert_eq!(store.open_review_place().unwrap(), None);
        store.remember_place(id, "sla").unwrap();
        store.remember_place(id, "summary").unwrap();
        assert_eq!(store.review_place(id).unwrap().as_deref(), Some("summary"));
        assert_eq!(
            store.open_review_place().unwrap(),
            Some(ReviewPlace {
                review_id: id,
                page: "summary".into()
            })
        );
        // Back to the list: the next start shows the list, and the page is still remembered.
        store.forget_open_review().unwrap();
        assert_eq!(store.open_review_place().unwrap(), None);
        assert_eq!(store.review_place(id).unwrap().as_deref(), Some("summary"));
    }

    #[test]
    fn only_pages_of_the_review_are_remembered() {
        let (mut store, id) = store_with_review();
        let err = store.remember_place(id, "nowhere").unwrap_err();
        assert!(err.to_string().starts_with("Page: must be"), "{err}");
        assert!(matches!(
            store.remember_place(id + 100, "sla"),
            Err(Error::ReviewNotFound(_))
        ));
    }

    #[test]
    fn a_deleted_review_is_not_reopened_and_a_purged_one_is_forgotten() {
        let (mut store, id) = store_with_review();
        store.remember_place(id, "pricing").unwrap();
        store.delete_review(id).unwrap();
        assert_eq!(store.open_review_place().unwrap(), None);
        assert!(store.remember_place(id, "sla").is_err());
        store.restore_review(id).unwrap();
        assert_eq!(
            store.open_review_place().unwrap().map(|p| p.page),
            Some("pricing".into())
        );
        store.delete_review(id).unwrap();
        store.purge_review(id).unwrap();
        assert_eq!(store.review_place(id).unwrap(), None);
    }
}
