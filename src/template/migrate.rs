//! Template versions that keep stored answers. The template's `version` rises whenever a
//! question is retired; each step below says how answers saved under the previous version are
//! carried over. One question is the source of each fact, so a question asked twice is merged
//! into its canonical one:
//!
//! - only the duplicate answered: the answer moves to the canonical question;
//! - both answered and equal: the duplicate is dropped;
//! - both answered and different: the canonical answer is kept and the duplicate's answer is
//!   written into the canonical area's notes (and, in the store, the history), so nothing is
//!   lost silently.
//!
//! A review records the template version it was saved with (the store's
//! `reviews.template_version` column, a review file's `template_version`), so each review is
//! migrated exactly once: when the store is opened, and when an older review file is imported.

use super::template;
use crate::model::{AnswerValue, AreaState};
use std::collections::BTreeMap;

/// A retired question merged into the one that is now the single source of its fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merge {
    pub duplicate: &'static str,
    /// What the retired question was called, for notes and the history.
    pub duplicate_label: &'static str,
    pub canonical: &'static str,
}

/// What turns answers saved under `from_version` into answers of `from_version + 1`.
#[derive(Debug, Clone, Copy)]
pub struct Step {
    pub from_version: u32,
    pub merges: &'static [Merge],
}

/// Every step, oldest first. Never edit a released step: add one, and raise `version` in
/// `areas.json` to the last step's `from_version + 1`.
pub const STEPS: &[Step] = &[Step {
    from_version: 1,
    merges: &[
        // The total cost reads the add-ons once; pricing is where costs are asked.
        Merge {
            duplicate: "features.addons_monthly",
            duplicate_label: "Features: Monthly cost of the add-ons you need",
            canonical: "pricing.addons_monthly",
        },
        // The exit fee rules read exit for cause from the cancellation area.
        Merge {
            duplicate: "sla.terminate_chronic_failure",
            duplicate_label: "SLA: Can you terminate without a fee if the SLA is missed repeatedly?",
            canonical: "cancellation.exit_for_cause",
        },
    ],
}];

/// The template version this build asks, and writes with every review.
pub fn current_version() -> u32 {
    template().version
}

/// A duplicate answer that differed from the canonical one and was not kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub merge: Merge,
    pub kept: AnswerValue,
    pub dropped: AnswerValue,
}

impl Conflict {
    /// The area whose notes record the conflict: the canonical question's.
    pub fn area_id(&self) -> &'static str {
        self.merge
            .canonical
            .split_once('.')
            .map_or(self.merge.canonical, |(area, _)| area)
    }

    /// One line for the area notes, with both answers as the app shows them.
    pub fn note(&self) -> String {
        let shown = |value: &AnswerValue| match template().question(self.merge.canonical) {
            Some((_, question)) => crate::display::answer(question, value),
            None => serde_json::to_string(value).unwrap_or_default(),
        };
        let canonical_label = template()
            .question(self.merge.canonical)
            .map_or(self.merge.canonical, |(_, q)| q.label.as_str());
        format!(
            "Template update: \"{}\" was answered {} but is now asked once, as \"{}\", answered {}. That answer was kept; check which is right.",
            self.merge.duplicate_label,
            shown(&self.dropped),
            canonical_label,
            shown(&self.kept),
        )
    }
}

/// What migrating one review's answers did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcome {
    /// The answers were changed (moved or dropped).
    pub changed: bool,
    pub conflicts: Vec<Conflict>,
}

/// The retired question `id` was merged into, if it was; for labels of old history entries.
pub fn retired(id: &str) -> Option<&'static Merge> {
    STEPS
        .iter()
        .flat_map(|s| s.merges)
        .find(|m| m.duplicate == id)
}

/// Brings answers saved under template `from_version` up to the current version. Refuses a
/// version newer than this build's, naming both.
pub fn migrate_answers(
    from_version: u32,
    answers: &mut BTreeMap<String, AnswerValue>,
) -> Result<Outcome, String> {
    let current = current_version();
    if from_version > current {
        return Err(format!(
            "was saved with template version {from_version}, newer than this app's ({current}); update VoIP Contract Review to open it"
        ));
    }
    if from_version == 0 {
        return Err("template version must be 1 or more".into());
    }
    let mut outcome = Outcome::default();
    for step in STEPS.iter().filter(|s| s.from_version >= from_version) {
        for merge in step.merges {
            let Some(duplicate) = answers.remove(merge.duplicate) else {
                continue;
            };
            outcome.changed = true;
            match answers.get(merge.canonical) {
                None => {
                    answers.insert(merge.canonical.to_owned(), duplicate);
                }
                Some(kept) if *kept == duplicate => {}
                Some(kept) => outcome.conflicts.push(Conflict {
                    merge: *merge,
                    kept: kept.clone(),
                    dropped: duplicate,
                }),
            }
        }
    }
    Ok(outcome)
}

/// Appends each conflict's note to its area's notes (adding the area if it is missing).
pub fn record_in_notes(areas: &mut Vec<AreaState>, conflicts: &[Conflict]) {
    for conflict in conflicts {
        let area_id = conflict.area_id();
        let index = match areas.iter().position(|a| a.area_id == area_id) {
            Some(i) => i,
            None => {
                areas.push(AreaState::new(area_id));
                areas.len() - 1
            }
        };
        let notes = &mut areas[index].notes;
        *notes = append_line(notes, &conflict.note());
    }
}

/// `notes` with `line` as a new paragraph.
pub fn append_line(notes: &str, line: &str) -> String {
    if notes.trim().is_empty() {
        line.to_owned()
    } else {
        format!("{}\n\n{line}", notes.trim_end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::YesNo;
    use crate::money::Money;

    fn usd(minor: i64) -> AnswerValue {
        AnswerValue::Money(Money {
            minor,
            currency: "USD".into(),
        })
    }

    #[test]
    fn the_steps_lead_to_the_shipped_version_and_name_real_questions() {
        let t = template();
        assert_eq!(
            STEPS.last().map(|s| s.from_version + 1),
            Some(t.version),
            "raise `version` with every step"
        );
        for (i, step) in STEPS.iter().enumerate() {
            assert_eq!(step.from_version as usize, i + 1);
        }
        for merge in STEPS.iter().flat_map(|s| s.merges) {
            assert!(t.question(merge.duplicate).is_none(), "{}", merge.duplicate);
            assert!(t.question(merge.canonical).is_some(), "{}", merge.canonical);
        }
    }

    #[test]
    fn a_lone_duplicate_moves_to_the_canonical_question() {
        let mut answers = BTreeMap::from([
            ("features.addons_monthly".to_owned(), usd(3_000)),
            (
                "sla.terminate_chronic_failure".to_owned(),
                AnswerValue::YesNo(YesNo::Yes),
            ),
        ]);
        let outcome = migrate_answers(1, &mut answers).unwrap();
        assert!(outcome.changed && outcome.conflicts.is_empty());
        assert_eq!(answers.get("pricing.addons_monthly"), Some(&usd(3_000)));
        assert_eq!(
            answers.get("cancellation.exit_for_cause"),
            Some(&AnswerValue::YesNo(YesNo::Yes))
        );
        assert_eq!(answers.len(), 2);
    }

    #[test]
    fn equal_duplicates_merge_and_different_ones_keep_the_canonical_and_say_so() {
        let mut answers = BTreeMap::from([
            ("features.addons_monthly".to_owned(), usd(6_000)),
            ("pricing.addons_monthly".to_owned(), usd(3_000)),
            (
                "sla.terminate_chronic_failure".to_owned(),
                AnswerValue::YesNo(YesNo::Yes),
            ),
            (
                "cancellation.exit_for_cause".to_owned(),
                AnswerValue::YesNo(YesNo::Yes),
            ),
        ]);
        let outcome = migrate_answers(1, &mut answers).unwrap();
        assert_eq!(answers.get("pricing.addons_monthly"), Some(&usd(3_000)));
        assert_eq!(answers.len(), 2);
        assert_eq!(outcome.conflicts.len(), 1);
        let conflict = &outcome.conflicts[0];
        assert_eq!(conflict.area_id(), "pricing");
        assert_eq!(
            conflict.note(),
            "Template update: \"Features: Monthly cost of the add-ons you need\" was answered USD 60.00 but is now asked once, as \"Monthly cost of add-ons on top of the plan\", answered USD 30.00. That answer was kept; check which is right."
        );
        let mut areas = vec![AreaState {
            notes: "Add-ons: call recording.".into(),
            ..AreaState::new("pricing")
        }];
        record_in_notes(&mut areas, &outcome.conflicts);
        assert!(
            areas[0]
                .notes
                .starts_with("Add-ons: call recording.\n\nTemplate update: ")
        );
    }

    #[test]
    fn current_answers_are_left_alone_and_newer_versions_refused() {
        let mut answers = BTreeMap::from([("pricing.addons_monthly".to_owned(), usd(3_000))]);
        let outcome = migrate_answers(current_version(), &mut answers).unwrap();
        assert_eq!(outcome, Outcome::default());
        let err = migrate_answers(current_version() + 1, &mut answers).unwrap_err();
        assert!(err.contains("newer than this app's"), "{err}");
        assert!(migrate_answers(0, &mut answers).is_err());
    }
}
