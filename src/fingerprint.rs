//! A short, stable fingerprint of what a review says, so a signed paper copy can be matched to
//! the stored version. Only content counts: ids, timestamps and the revision number do not.

use crate::model::Review;
use serde::Serialize;
use sha2::{Digest, Sha256};

#[derive(Serialize)]
struct CanonicalContent<'a> {
    format: u32,
    is_example: bool,
    context: &'a crate::model::ReviewContext,
    areas: &'a [crate::model::AreaState],
    answers: &'a std::collections::BTreeMap<String, crate::model::AnswerValue>,
    signoff: &'a crate::model::SignOff,
    /// Absent when there are none, so fingerprints from before quotes existed still match.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    quotes: Vec<&'a crate::model::QuoteInput>,
    /// Absent while the contract is not signed, so fingerprints from before it still match.
    #[serde(skip_serializing_if = "Option::is_none")]
    signed_on: Option<&'a str>,
}

/// The canonical bytes: JSON with struct fields in declaration order and answers sorted by id.
pub fn canonical_content(review: &Review) -> Vec<u8> {
    let content = CanonicalContent {
        format: 1,
        is_example: review.is_example,
        context: &review.context,
        areas: &review.areas,
        answers: &review.answers,
        signoff: &review.signoff,
        quotes: review.quotes.iter().map(|q| &q.quote).collect(),
        signed_on: review.signed_on.as_deref(),
    };
    // Serialising plain data structures to a Vec cannot fail.
    serde_json::to_vec(&content).unwrap_or_default()
}

/// First 12 hex digits of the SHA-256 of [`canonical_content`].
pub fn fingerprint(review: &Review) -> String {
    let digest = Sha256::digest(canonical_content(review));
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn fingerprint_follows_content_not_bookkeeping() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store
            .insert_review(&crate::sample::example_review())
            .unwrap();
        let review = store.get_review(id).unwrap();
        let fp = fingerprint(&review);
        assert_eq!(fp.len(), 12);
        assert!(fp.chars().all(|c| c.is_ascii_hexdigit()));

        let mut moved = review.clone();
        moved.id = 99;
        moved.revision = 42;
        moved.updated_at = "2030-01-01T00:00:00Z".into();
        assert_eq!(fingerprint(&moved), fp, "bookkeeping does not count");

        let mut edited = review.clone();
        edited.areas[0].notes.push('.');
        assert_ne!(fingerprint(&edited), fp, "any content change does");
    }
}
