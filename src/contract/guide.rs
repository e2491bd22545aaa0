//! What the finder looks for, question by question, in words the owner reads: data beside the
//! finder (`guide.json`), shown in the contract view so its suggestions are never a mystery.

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
}

#[derive(Deserialize)]
struct Entry {
    question_id: String,
    looks_for: String,
}

static GUIDE: LazyLock<Vec<GuideItem>> = LazyLock::new(|| {
    let entries: Vec<Entry> =
        serde_json::from_str(include_str!("guide.json")).expect("guide.json is valid JSON");
    entries
        .into_iter()
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
                question_id: e.question_id,
                area_id,
                label,
                looks_for: e.looks_for,
            }
        })
        .collect()
});

/// Every question the finder answers, in the order of `guide.json` (the template's).
pub fn guide() -> &'static [GuideItem] {
    &GUIDE
}
