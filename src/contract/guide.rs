//! What the finder looks for, question by question, in words the owner reads: data beside the
//! finder (`guide.json`), shown in the contract view and on each area's page so its
//! suggestions are never a mystery. The rules that answer each question come from the
//! lexicon (`lexicon.json`), which is checked to cover exactly the guide's questions.

use crate::template::template;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;
use ts_rs::TS;

/// One question the finder can answer and what it looks for in the contract.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(rename = "ContractFinderGuide")]
pub struct GuideItem {
    pub question_id: String,
    pub area_id: String,
    /// The question as the app asks it.
    pub label: String,
    pub looks_for: String,
    /// The ids of the rules that answer it (what a suggestion names as its rule).
    pub rules: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Entry {
    pub question_id: String,
    pub looks_for: String,
}

static ENTRIES: LazyLock<Vec<Entry>> = LazyLock::new(|| {
    serde_json::from_str(include_str!("guide.json")).expect("guide.json is valid JSON")
});

/// The entries of `guide.json`, as written.
pub(super) fn entries() -> &'static [Entry] {
    &ENTRIES
}

static GUIDE: LazyLock<Vec<GuideItem>> = LazyLock::new(|| {
    let finder = super::lexicon::finder();
    entries()
        .iter()
        .map(|e| {
            let (area_id, label) = if e.question_id == super::TERM_FIELD {
                ("cancellation".to_owned(), "Contract term".to_owned())
            } else {
                let (area, question) = template()
                    .question(&e.question_id)
                    .expect("guide.json names template questions");
                (area.id.clone(), question.label.clone())
            };
            GuideItem {
                question_id: e.question_id.clone(),
                area_id,
                label,
                looks_for: e.looks_for.clone(),
                rules: finder
                    .rules_for(&e.question_id)
                    .map(|r| r.id.clone())
                    .collect(),
            }
        })
        .collect()
});

/// Every question the finder answers, in the order of `guide.json` (the template's).
pub fn guide() -> &'static [GuideItem] {
    &GUIDE
}
