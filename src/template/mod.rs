//! The ten review areas, their questions and guidance: data in `areas.json`, embedded at
//! compile time. Area and question ids are stable: stored answers are keyed by them, so wording
//! can change without losing anyone's work.

pub mod migrate;

use crate::i18n::Lang;
use crate::model::{AnswerValue, YesNo};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{LazyLock, OnceLock};
use ts_rs::TS;

const TEMPLATE_JSON: &str = include_str!("areas.json");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub version: u32,
    pub areas: Vec<Area>,
    /// Plain-words explanations of the terms the questions, help and figures use: not part of
    /// `areas.json`, filled in from `crate::glossary` (the one source) so they reach the UI
    /// with the template.
    #[serde(default, skip_deserializing)]
    pub glossary: Vec<crate::glossary::GlossaryEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: String,
    pub number: u32,
    pub title: String,
    /// One line, shown in lists.
    pub summary: String,
    /// "Why it matters", in plain language.
    pub why: String,
    /// What to look for in the contract.
    pub look_for: Vec<String>,
    /// The deciding questions: the playbook suggests "acceptable" only once every one of them
    /// that applies is answered, and at best "negotiate" while one of them is "not sure".
    pub key_questions: Vec<String>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub help: Option<String>,
    pub kind: QuestionKind,
    /// Asked only when an earlier answer makes it apply; otherwise hidden, not counted and not
    /// read by the figures or the playbook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub show_if: Option<ShowIf>,
    /// Who answers it. The owner's questions (their own business, checks to make before
    /// signing) never go into the text sent to the provider.
    #[serde(default, skip_serializing_if = "AskedOf::is_provider")]
    #[ts(as = "Option<AskedOf>", optional)]
    pub asked_of: AskedOf,
}

/// A question applies when `question` (an earlier yes/no, choice or multi-choice question,
/// itself applying) is answered with one of `any_of` (option ids; `yes`, `no`, `not_sure` for a
/// yes/no question; for a multi-choice question, any one of them ticked).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ShowIf {
    pub question: String,
    pub any_of: Vec<String>,
}

/// Who a question is for: the provider (the default) or the owner reviewing the quote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AskedOf {
    #[default]
    Provider,
    Owner,
}

impl AskedOf {
    fn is_provider(&self) -> bool {
        *self == AskedOf::Provider
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum QuestionKind {
    YesNo,
    Integer {
        min: i64,
        max: i64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        unit: Option<String>,
    },
    Decimal {
        min: f64,
        max: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        unit: Option<String>,
    },
    Money,
    Percent {
        min: f64,
        max: f64,
    },
    Days {
        min: i64,
        max: i64,
    },
    Months {
        min: i64,
        max: i64,
    },
    Date,
    Choice {
        options: Vec<ChoiceOption>,
    },
    MultiChoice {
        options: Vec<ChoiceOption>,
    },
    Text {
        multiline: bool,
        max_len: u32,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub id: String,
    pub label: String,
}

impl Template {
    pub fn area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == id)
    }

    /// The question and the area it belongs to.
    pub fn question(&self, id: &str) -> Option<(&Area, &Question)> {
        self.areas
            .iter()
            .find_map(|a| a.questions.iter().find(|q| q.id == id).map(|q| (a, q)))
    }

    /// Whether `question_id` applies given `answers`: true for unconditional questions, and
    /// for a conditional one when its controlling question applies and is answered with one
    /// of the listed options. Unknown ids apply (nothing hides them).
    pub fn applies(&self, question_id: &str, answers: &BTreeMap<String, AnswerValue>) -> bool {
        match self.question(question_id) {
            Some((_, question)) => self.question_applies(question, answers),
            None => true,
        }
    }

    /// [`Template::applies`] for a question at hand: most questions are unconditional, and
    /// finding one by its id means reading the whole template.
    fn question_applies(
        &self,
        question: &Question,
        answers: &BTreeMap<String, AnswerValue>,
    ) -> bool {
        let mut question = question;
        // The chain is checked acyclic and backward-pointing by `check`; the bound is a guard.
        for _ in 0..=self.areas.iter().map(|a| a.questions.len()).sum::<usize>() {
            let Some(show_if) = &question.show_if else {
                return true;
            };
            let chosen: Vec<&str> = match answers.get(&show_if.question) {
                Some(AnswerValue::Choice(c)) => vec![c.as_str()],
                Some(AnswerValue::MultiChoice(ids)) => ids.iter().map(String::as_str).collect(),
                Some(AnswerValue::YesNo(v)) => vec![yes_no_id(*v)],
                _ => Vec::new(),
            };
            if !chosen.iter().any(|c| show_if.any_of.iter().any(|o| o == c)) {
                return false;
            }
            match self.question(&show_if.question) {
                Some((_, controlling)) => question = controlling,
                None => return true,
            }
        }
        false
    }

    /// The questions of `area` that apply given `answers`, in template order.
    pub fn applicable_questions<'a>(
        &'a self,
        area: &'a Area,
        answers: &'a BTreeMap<String, AnswerValue>,
    ) -> impl Iterator<Item = &'a Question> + 'a {
        area.questions
            .iter()
            .filter(move |q| self.question_applies(q, answers))
    }

    /// How many of the area's questions that apply are answered, and how many apply: the
    /// "14 of 16" everywhere it is shown.
    pub fn answered_count(
        &self,
        area: &Area,
        answers: &BTreeMap<String, AnswerValue>,
    ) -> (usize, usize) {
        self.applicable_questions(area, answers)
            .fold((0, 0), |(answered, total), q| {
                (
                    answered + usize::from(answers.contains_key(&q.id)),
                    total + 1,
                )
            })
    }

    /// Every structural rule the app relies on; the test suite runs this on the shipped file.
    pub fn check(&self) -> Result<(), String> {
        if self.areas.len() != 10 {
            return Err(format!("expected 10 areas, found {}", self.areas.len()));
        }
        let mut area_ids = HashSet::new();
        let mut question_ids = HashSet::new();
        for (index, area) in self.areas.iter().enumerate() {
            // Kinds of the area's questions so far: a condition looks back within its area, so
            // an area page can tell on its own what applies.
            let mut earlier: HashMap<&str, &QuestionKind> = HashMap::new();
            let at = format!("area {}", area.id);
            if !is_id(&area.id) || !area_ids.insert(area.id.as_str()) {
                return Err(format!("{at}: id must be unique lower_snake_case"));
            }
            if area.number as usize != index + 1 {
                return Err(format!("{at}: number {} out of order", area.number));
            }
            for (name, text) in [
                ("title", &area.title),
                ("summary", &area.summary),
                ("why", &area.why),
            ] {
                if text.trim().is_empty() {
                    return Err(format!("{at}: {name} is empty"));
                }
            }
            if area.look_for.is_empty() || area.questions.is_empty() {
                return Err(format!("{at}: needs guidance and questions"));
            }
            for question in &area.questions {
                let qat = format!("question {}", question.id);
                let prefix = format!("{}.", area.id);
                let rest = question.id.strip_prefix(&prefix);
                if !rest.is_some_and(is_id) {
                    return Err(format!("{qat}: id must be `{prefix}<lower_snake_case>`"));
                }
                if !question_ids.insert(question.id.as_str()) {
                    return Err(format!("{qat}: duplicate id"));
                }
                if question.label.trim().is_empty() {
                    return Err(format!("{qat}: empty label"));
                }
                question.kind.check().map_err(|e| format!("{qat}: {e}"))?;
                if let Some(show_if) = &question.show_if {
                    check_show_if(show_if, &earlier).map_err(|e| format!("{qat}: show_if: {e}"))?;
                }
                earlier.insert(question.id.as_str(), &question.kind);
            }
            for key in &area.key_questions {
                if !area.questions.iter().any(|q| &q.id == key) {
                    return Err(format!(
                        "{at}: key question `{key}` is not one of the area's questions"
                    ));
                }
            }
        }
        Ok(())
    }
}

impl QuestionKind {
    fn check(&self) -> Result<(), String> {
        match self {
            QuestionKind::Integer { min, max, .. }
            | QuestionKind::Days { min, max }
            | QuestionKind::Months { min, max } => {
                if min > max || *min < 0 {
                    return Err(format!("bad range {min}..{max}"));
                }
            }
            QuestionKind::Decimal { min, max, .. } | QuestionKind::Percent { min, max } => {
                if !(min.is_finite() && max.is_finite() && min <= max) {
                    return Err(format!("bad range {min}..{max}"));
                }
            }
            QuestionKind::Choice { options } | QuestionKind::MultiChoice { options } => {
                if options.len() < 2 {
                    return Err("a choice needs at least two options".into());
                }
                let mut seen = HashSet::new();
                for option in options {
                    if !is_id(&option.id) || !seen.insert(option.id.as_str()) {
                        return Err(format!(
                            "option `{}` must be unique lower_snake_case",
                            option.id
                        ));
                    }
                    if option.label.trim().is_empty() {
                        return Err(format!("option `{}` has no label", option.id));
                    }
                }
            }
            QuestionKind::Text { max_len, .. } => {
                if *max_len == 0 {
                    return Err("max_len must be positive".into());
                }
            }
            QuestionKind::YesNo | QuestionKind::Money | QuestionKind::Date => {}
        }
        Ok(())
    }
}

fn check_show_if(show_if: &ShowIf, earlier: &HashMap<&str, &QuestionKind>) -> Result<(), String> {
    let kind = earlier.get(show_if.question.as_str()).ok_or_else(|| {
        format!(
            "`{}` must be a question asked before this one in the same area",
            show_if.question
        )
    })?;
    let allowed: Vec<&str> = match kind {
        QuestionKind::YesNo => vec!["yes", "no", "not_sure"],
        QuestionKind::Choice { options } | QuestionKind::MultiChoice { options } => {
            options.iter().map(|o| o.id.as_str()).collect()
        }
        _ => {
            return Err(format!(
                "`{}` must be a yes/no or choice question",
                show_if.question
            ));
        }
    };
    if show_if.any_of.is_empty() {
        return Err("any_of needs at least one option".into());
    }
    for option in &show_if.any_of {
        if !allowed.contains(&option.as_str()) {
            return Err(format!(
                "`{option}` is not an answer of `{}`",
                show_if.question
            ));
        }
    }
    Ok(())
}

/// The id a yes/no answer has in a `show_if`.
fn yes_no_id(value: YesNo) -> &'static str {
    match value {
        YesNo::Yes => "yes",
        YesNo::No => "no",
        YesNo::NotSure => "not_sure",
    }
}

fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && text.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
}

/// The owner-facing texts of the template in another language, keyed by the template's ids
/// (`areas.<lang>.json`): ids, kinds, ranges and conditions stay in `areas.json` alone, so a
/// translation can never change what is asked or how answers are stored.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overlay {
    /// Area id → its texts.
    #[serde(default)]
    pub areas: BTreeMap<String, AreaTexts>,
    /// Question id → its texts.
    #[serde(default)]
    pub questions: BTreeMap<String, QuestionTexts>,
    /// English unit of an integer or decimal question ("seats") → the translated unit.
    #[serde(default)]
    pub units: BTreeMap<String, String>,
}

/// An area's texts in another language; `look_for` in the English order.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaTexts {
    pub title: String,
    pub summary: String,
    pub why: String,
    pub look_for: Vec<String>,
}

/// A question's texts in another language; `options` by option id.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionTexts {
    pub label: String,
    #[serde(default)]
    pub help: Option<String>,
    #[serde(default)]
    pub options: BTreeMap<String, String>,
}

const ZH_HANS_OVERLAY_JSON: &str = include_str!("areas.zh-Hans.json");

/// The overlay of `lang`; English has none (it is `areas.json` itself).
pub fn overlay(lang: Lang) -> Option<&'static Overlay> {
    static ZH_HANS: LazyLock<Overlay> = LazyLock::new(|| {
        // Compiled in and checked by the test suite; failing here is a build defect.
        serde_json::from_str(ZH_HANS_OVERLAY_JSON).expect("areas.zh-Hans.json is valid JSON")
    });
    match lang {
        Lang::En => None,
        Lang::ZhHans => Some(&ZH_HANS),
    }
}

impl Overlay {
    /// `base` with every text this overlay has replaced; a text it lacks stays in English
    /// (the tests require none to be missing).
    pub fn apply(&self, base: &Template) -> Template {
        let mut translated = base.clone();
        for area in &mut translated.areas {
            if let Some(texts) = self.areas.get(&area.id) {
                area.title.clone_from(&texts.title);
                area.summary.clone_from(&texts.summary);
                area.why.clone_from(&texts.why);
                for (line, text) in area.look_for.iter_mut().zip(&texts.look_for) {
                    line.clone_from(text);
                }
            }
            for question in &mut area.questions {
                if let Some(texts) = self.questions.get(&question.id) {
                    question.label.clone_from(&texts.label);
                    if question.help.is_some() && texts.help.is_some() {
                        question.help.clone_from(&texts.help);
                    }
                }
                let options = self.questions.get(&question.id).map(|t| &t.options);
                match &mut question.kind {
                    QuestionKind::Choice { options: choices }
                    | QuestionKind::MultiChoice { options: choices } => {
                        for choice in choices {
                            if let Some(label) = options.and_then(|o| o.get(&choice.id)) {
                                choice.label.clone_from(label);
                            }
                        }
                    }
                    QuestionKind::Integer {
                        unit: Some(unit), ..
                    }
                    | QuestionKind::Decimal {
                        unit: Some(unit), ..
                    } => {
                        if let Some(translated) = self.units.get(unit.as_str()) {
                            unit.clone_from(translated);
                        }
                    }
                    _ => {}
                }
            }
        }
        translated
    }

    /// What in this overlay does not fit `base`, or is missing from it: ids it names that
    /// the template lacks, a `look_for` of another length, a help the English lacks or the
    /// reverse, options that are not the question's, and every area, question, option or unit
    /// left untranslated. Empty when the overlay covers the template exactly.
    pub fn problems(&self, base: &Template) -> Vec<String> {
        let mut problems = Vec::new();
        for id in self.areas.keys() {
            if base.area(id).is_none() {
                problems.push(format!("area `{id}` is not in the template"));
            }
        }
        for id in self.questions.keys() {
            if base.question(id).is_none() {
                problems.push(format!("question `{id}` is not in the template"));
            }
        }
        let units: HashSet<&str> = base
            .areas
            .iter()
            .flat_map(|a| &a.questions)
            .filter_map(|q| match &q.kind {
                QuestionKind::Integer { unit: Some(u), .. }
                | QuestionKind::Decimal { unit: Some(u), .. } => Some(u.as_str()),
                _ => None,
            })
            .collect();
        for unit in self.units.keys() {
            if !units.contains(unit.as_str()) {
                problems.push(format!("unit `{unit}` is not in the template"));
            }
        }
        for unit in &units {
            if !self.units.contains_key(*unit) {
                problems.push(format!("unit `{unit}` is not translated"));
            }
        }
        for area in &base.areas {
            match self.areas.get(&area.id) {
                None => problems.push(format!("area `{}` is not translated", area.id)),
                Some(texts) if texts.look_for.len() != area.look_for.len() => {
                    problems.push(format!(
                        "area `{}`: {} look_for lines, the template has {}",
                        area.id,
                        texts.look_for.len(),
                        area.look_for.len()
                    ))
                }
                Some(_) => {}
            }
            for question in &area.questions {
                let Some(texts) = self.questions.get(&question.id) else {
                    problems.push(format!("question `{}` is not translated", question.id));
                    continue;
                };
                if question.help.is_some() != texts.help.is_some() {
                    problems.push(format!(
                        "question `{}`: help must be translated exactly when the template has one",
                        question.id
                    ));
                }
                let choices: &[ChoiceOption] = match &question.kind {
                    QuestionKind::Choice { options } | QuestionKind::MultiChoice { options } => {
                        options
                    }
                    _ => &[],
                };
                for id in texts.options.keys() {
                    if !choices.iter().any(|c| &c.id == id) {
                        problems.push(format!(
                            "question `{}`: option `{id}` is not one of its options",
                            question.id
                        ));
                    }
                }
                for choice in choices {
                    if !texts.options.contains_key(&choice.id) {
                        problems.push(format!(
                            "question `{}`: option `{}` is not translated",
                            question.id, choice.id
                        ));
                    }
                }
            }
        }
        problems
    }
}

/// The template in `lang`: the same areas, questions, ids and rules as [`template`], with
/// every owner-facing text (titles, guidance, questions, hints, choices, units, the glossary)
/// in that language. Built once per language.
pub fn template_in(lang: Lang) -> &'static Template {
    static ZH_HANS: LazyLock<Template> = LazyLock::new(|| {
        let overlay = overlay(Lang::ZhHans).expect("Chinese has an overlay");
        let mut translated = overlay.apply(template());
        translated.glossary = crate::glossary::glossary_in(Lang::ZhHans);
        translated
    });
    match lang {
        Lang::En => template(),
        Lang::ZhHans => &ZH_HANS,
    }
}

/// The shipped template, parsed once.
pub fn template() -> &'static Template {
    static TEMPLATE: OnceLock<Template> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        // The file is compiled in and checked by the test suite; failing here is a build defect.
        let mut template: Template =
            serde_json::from_str(TEMPLATE_JSON).expect("embedded template is valid JSON");
        template.glossary = crate::glossary::glossary();
        template
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_template_is_valid() {
        let t = template();
        t.check().unwrap();
        assert_eq!(t.areas.len(), 10);
        let ids: Vec<&str> = t.areas.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "cancellation",
                "upgrades",
                "pricing",
                "sla",
                "features",
                "competitors",
                "support",
                "upfront",
                "bandwidth",
                "warranty"
            ]
        );
    }

    #[test]
    fn every_answer_type_appears_in_the_template() {
        let kinds: HashSet<&str> = template()
            .areas
            .iter()
            .flat_map(|a| &a.questions)
            .map(|q| match q.kind {
                QuestionKind::YesNo => "yes_no",
                QuestionKind::Integer { .. } => "integer",
                QuestionKind::Decimal { .. } => "decimal",
                QuestionKind::Money => "money",
                QuestionKind::Percent { .. } => "percent",
                QuestionKind::Days { .. } => "days",
                QuestionKind::Months { .. } => "months",
                QuestionKind::Date => "date",
                QuestionKind::Choice { .. } => "choice",
                QuestionKind::MultiChoice { .. } => "multi_choice",
                QuestionKind::Text { .. } => "text",
            })
            .collect();
        assert_eq!(kinds.len(), 11, "{kinds:?}");
    }

    #[test]
    fn check_catches_broken_templates() {
        let mut t = template().clone();
        t.areas[1].questions[0].id = t.areas[0].questions[0].id.clone();
        assert!(t.check().unwrap_err().contains("must be `upgrades."));

        let mut t = template().clone();
        t.areas.pop();
        assert!(t.check().unwrap_err().contains("expected 10 areas"));

        let mut t = template().clone();
        let first = t.areas[0].questions[0].clone();
        t.areas[0].questions.push(first);
        assert!(t.check().unwrap_err().contains("duplicate id"));

        let mut t = template().clone();
        t.areas[3].questions[1].kind = QuestionKind::Percent { min: 5.0, max: 1.0 };
        assert!(t.check().unwrap_err().contains("bad range"));
    }

    #[test]
    fn conditional_questions_apply_only_when_their_answer_is_given() {
        let t = template();
        let choice = |id: &str| AnswerValue::Choice(id.into());
        let mut answers = BTreeMap::new();
        // Unanswered structure: none of the fee amounts apply.
        assert!(!t.applies("cancellation.etf_fixed_amount", &answers));
        assert!(t.applies("cancellation.etf_structure", &answers));
        assert!(t.applies("no.such_question", &answers));
        answers.insert("cancellation.etf_structure".into(), choice("sliding_scale"));
        assert!(!t.applies("cancellation.etf_fixed_amount", &answers));
        assert!(!t.applies("cancellation.etf_percent", &answers));
        assert!(t.applies("cancellation.sliding_year3_percent", &answers));
        // Yes/no conditions use yes, no, not_sure.
        answers.insert(
            "cancellation.auto_renews".into(),
            AnswerValue::YesNo(YesNo::No),
        );
        assert!(!t.applies("cancellation.renewal_term_months", &answers));
        answers.insert(
            "cancellation.auto_renews".into(),
            AnswerValue::YesNo(YesNo::NotSure),
        );
        assert!(t.applies("cancellation.renewal_term_months", &answers));

        // The issue's case: a sliding scale with its three years answered and the fixed and
        // percentage fields left empty is complete, not "14 of 16".
        let cancellation = t.area("cancellation").unwrap();
        let applicable = cancellation.questions.len() - 2;
        for q in t.applicable_questions(cancellation, &answers.clone()) {
            answers
                .entry(q.id.clone())
                .or_insert_with(|| AnswerValue::Text("x".into()));
        }
        assert_eq!(
            t.answered_count(cancellation, &answers),
            (applicable, applicable)
        );
    }

    #[test]
    fn check_catches_broken_conditions_and_key_questions() {
        let condition = |question: &str, any_of: &[&str]| {
            Some(ShowIf {
                question: question.into(),
                any_of: any_of.iter().map(|s| s.to_string()).collect(),
            })
        };
        let mut t = template().clone();
        t.areas[0].questions[0].show_if = condition("cancellation.exit_for_cause", &["yes"]);
        assert!(
            t.check()
                .unwrap_err()
                .contains("must be a question asked before this one in the same area")
        );
        let mut t = template().clone();
        t.areas[0].questions[1].show_if = condition("cancellation.etf_structure", &["monthly"]);
        assert!(
            t.check()
                .unwrap_err()
                .contains("`monthly` is not an answer")
        );
        let mut t = template().clone();
        t.areas[0].questions[2].show_if = condition("cancellation.etf_fixed_amount", &["yes"]);
        assert!(
            t.check()
                .unwrap_err()
                .contains("must be a yes/no or choice question")
        );
        let mut t = template().clone();
        t.areas[0].key_questions.push("sla.has_sla".into());
        assert!(
            t.check()
                .unwrap_err()
                .contains("key question `sla.has_sla` is not one of the area's questions")
        );
    }

    #[test]
    fn the_chinese_overlay_covers_the_template_exactly() {
        let overlay = overlay(Lang::ZhHans).unwrap();
        let problems = overlay.problems(template());
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        // The checks find what they are for.
        let mut broken = overlay.clone();
        broken.questions.remove("sla.uptime_percent");
        broken.areas.get_mut("sla").unwrap().look_for.pop();
        broken.questions.insert(
            "sla.no_such_question".into(),
            broken.questions["sla.has_sla"].clone(),
        );
        let problems = broken.problems(template());
        for expected in [
            "question `sla.uptime_percent` is not translated",
            "area `sla`: 7 look_for lines, the template has 8",
            "question `sla.no_such_question` is not in the template",
        ] {
            assert!(problems.iter().any(|p| p == expected), "{problems:?}");
        }
    }

    /// Every owner-facing text of a template with where it is: (place, text).
    fn texts(t: &Template) -> Vec<(String, String)> {
        let mut all = Vec::new();
        for area in &t.areas {
            let at = |what: &str| format!("{} {what}", area.id);
            all.push((at("title"), area.title.clone()));
            all.push((at("summary"), area.summary.clone()));
            all.push((at("why"), area.why.clone()));
            for (i, line) in area.look_for.iter().enumerate() {
                all.push((at(&format!("look_for {i}")), line.clone()));
            }
            for q in &area.questions {
                all.push((format!("{} label", q.id), q.label.clone()));
                if let Some(help) = &q.help {
                    all.push((format!("{} help", q.id), help.clone()));
                }
                match &q.kind {
                    QuestionKind::Choice { options } | QuestionKind::MultiChoice { options } => {
                        for o in options {
                            all.push((format!("{} option {}", q.id, o.id), o.label.clone()));
                        }
                    }
                    QuestionKind::Integer { unit: Some(u), .. }
                    | QuestionKind::Decimal { unit: Some(u), .. } => {
                        all.push((format!("{} unit", q.id), u.clone()));
                    }
                    _ => {}
                }
            }
        }
        all
    }

    #[test]
    fn every_chinese_text_is_chinese_and_the_structure_is_the_englishs() {
        let english = template();
        let chinese = template_in(Lang::ZhHans);
        chinese.check().unwrap();
        // Ids, kinds, ranges, conditions and key questions are the English template's.
        let mut same = chinese.clone();
        let mut english_texts = english.clone();
        for t in [&mut same, &mut english_texts] {
            t.glossary.clear();
            for area in &mut t.areas {
                area.title.clear();
                area.summary.clear();
                area.why.clear();
                area.look_for.iter_mut().for_each(String::clear);
                for q in &mut area.questions {
                    q.label.clear();
                    q.help = q.help.as_ref().map(|_| String::new());
                    match &mut q.kind {
                        QuestionKind::Choice { options }
                        | QuestionKind::MultiChoice { options } => {
                            options.iter_mut().for_each(|o| o.label.clear());
                        }
                        QuestionKind::Integer { unit, .. } | QuestionKind::Decimal { unit, .. } => {
                            *unit = unit.as_ref().map(|_| String::new());
                        }
                        _ => {}
                    }
                }
            }
        }
        assert_eq!(same, english_texts);

        // Codes and units written the same in both languages.
        let kept = ["Mbps", "ms", "G.711", "G.729", "iLBC", "Opus"];
        let english_texts = texts(english);
        let chinese_texts = texts(chinese);
        assert_eq!(english_texts.len(), chinese_texts.len());
        assert!(english_texts.len() > 450, "{}", english_texts.len());
        for ((at, source), (_, translated)) in english_texts.iter().zip(&chinese_texts) {
            let is_code = |word: &str| {
                kept.contains(&word) || word.chars().all(|c| c.is_ascii_digit() || c == '.')
            };
            if translated.split_whitespace().all(is_code) {
                assert_eq!(source, translated, "{at}");
                continue;
            }
            assert_ne!(source, translated, "{at} is not translated");
            assert!(
                crate::i18n::has_chinese(translated),
                "{at} has no Chinese: {translated}"
            );
            // Full-width punctuation in Chinese sentences.
            for half in [", ", ". ", "; ", ": ", "? ", "(", ")"] {
                assert!(
                    !translated.contains(half) || translated.contains("kbit/s"),
                    "{at}: half-width “{half}” in {translated}"
                );
            }
        }
        // The glossary comes in Chinese with the Chinese template.
        assert!(chinese.glossary.iter().any(|g| g.term == "服务积分"));
        assert_eq!(chinese.area("sla").unwrap().title, "服务等级协议（SLA）");
    }

    #[test]
    fn english_is_the_template_itself() {
        assert!(std::ptr::eq(template_in(Lang::En), template()));
    }

    #[test]
    fn unknown_fields_in_the_template_are_rejected() {
        let bad = r#"{"version":1,"areas":[],"extra":true}"#;
        assert!(serde_json::from_str::<Template>(bad).is_err());
    }
}
