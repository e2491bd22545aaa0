//! What the finder looks for, question by question, in words the owner reads: data beside the
//! finder (`guide.json`), shown in the contract view and on each area's page so its
//! suggestions are never a mystery. The rules that answer each question come from the
//! lexicon (`lexicon.json`), which is checked to cover exactly the guide's questions.

use crate::i18n::{Lang, msg, text};
use crate::template::template_in;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
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

/// The guide in `lang`: the question labels of the template in that language, and what the
/// finder looks for from `guide.json` (English) or `guide.<lang>.json` (question id → text).
fn build(lang: Lang) -> Vec<GuideItem> {
    let translated: BTreeMap<String, String> = match lang {
        Lang::En => BTreeMap::new(),
        Lang::ZhHans => serde_json::from_str(include_str!("guide.zh-Hans.json"))
            .expect("guide.zh-Hans.json is valid JSON"),
    };
    let finder = super::lexicon::finder();
    entries()
        .iter()
        .map(|e| {
            let (area_id, label) = if e.question_id == super::TERM_FIELD {
                (
                    "cancellation".to_owned(),
                    text(lang, msg::CONTENT_GUIDE_CONTRACT_TERM),
                )
            } else {
                let (area, question) = template_in(lang)
                    .question(&e.question_id)
                    .expect("guide.json names template questions");
                (area.id.clone(), question.label.clone())
            };
            let looks_for = translated
                .get(&e.question_id)
                .cloned()
                .unwrap_or_else(|| e.looks_for.clone());
            GuideItem {
                question_id: e.question_id.clone(),
                area_id,
                label,
                looks_for,
                rules: finder
                    .rules_for(&e.question_id)
                    .map(|r| r.id.clone())
                    .collect(),
            }
        })
        .collect()
}

static GUIDE: LazyLock<Vec<GuideItem>> = LazyLock::new(|| build(Lang::En));
static GUIDE_ZH_HANS: LazyLock<Vec<GuideItem>> = LazyLock::new(|| build(Lang::ZhHans));

/// Every question the finder answers, in `lang`, in the order of `guide.json`.
pub fn guide_in(lang: Lang) -> &'static [GuideItem] {
    match lang {
        Lang::En => &GUIDE,
        Lang::ZhHans => &GUIDE_ZH_HANS,
    }
}

/// Every question the finder answers, in the order of `guide.json` (the template's).
pub fn guide() -> &'static [GuideItem] {
    &GUIDE
}

#[cfg(test)]
mod language_tests {
    use super::*;

    #[test]
    fn the_chinese_guide_covers_every_english_entry_and_nothing_else() {
        let translated: BTreeMap<String, String> =
            serde_json::from_str(include_str!("guide.zh-Hans.json")).unwrap();
        let english = guide_in(Lang::En);
        let ids: Vec<&str> = english.iter().map(|g| g.question_id.as_str()).collect();
        let mut listed: Vec<&str> = translated.keys().map(String::as_str).collect();
        let mut expected = ids.clone();
        listed.sort_unstable();
        expected.sort_unstable();
        assert_eq!(listed, expected);
        let chinese = guide_in(Lang::ZhHans);
        for (en, zh) in english.iter().zip(chinese) {
            assert_eq!(en.question_id, zh.question_id);
            assert_eq!(en.area_id, zh.area_id);
            assert!(
                crate::i18n::has_chinese(&zh.looks_for),
                "{}",
                zh.question_id
            );
            assert!(crate::i18n::has_chinese(&zh.label), "{}", zh.question_id);
            assert_ne!(en.looks_for, zh.looks_for, "{}", zh.question_id);
            let missing = crate::i18n::terms::missing_terms(&en.looks_for, &zh.looks_for);
            assert!(missing.is_empty(), "{}: {missing:?}", zh.question_id);
        }
        assert_eq!(guide(), english);
        assert_eq!(chinese[0].label, "合同期限");
        let uptime = chinese
            .iter()
            .find(|g| g.question_id == "sla.uptime_percent")
            .unwrap();
        assert_eq!(uptime.label, "保证的可用性");
    }
}
