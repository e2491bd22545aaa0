//! The finder's words and patterns, as data beside the template (`lexicon.json`), like the
//! playbook: which rules there are and which questions each answers, and, per language, the
//! words, the patterns that read a figure, and the traps that rule a sentence out. The code in
//! `find.rs` keeps only the interpreters (how days, months, a percentage, an amount, a yes/no, a
//! choice or a tier table is read from what a pattern captured).
//!
//! Each language is one entry of `lexicons` with the same shape, so another language is added
//! as data: every field below must be present (serde refuses a missing or unknown one), and
//! every pattern must compile. The finder runs every language's lexicon over the text.

use super::TERM_FIELD;
use crate::i18n::Lang;
use crate::template::template;
use regex::Regex;
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Deref;
use std::sync::LazyLock;

/// A regular expression from the lexicon, compiled when the lexicon is loaded. Patterns are
/// matched against the sentence made plain (lowercase, numbers as digits: see `numbers.rs`).
pub struct Pattern(Regex);

impl Deref for Pattern {
    type Target = Regex;
    fn deref(&self) -> &Regex {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Pattern {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let source = String::deserialize(deserializer)?;
        Regex::new(&source).map(Pattern).map_err(|e| {
            serde::de::Error::custom(format!("the pattern {source:?} does not compile: {e}"))
        })
    }
}

/// Words searched in order: the position of the first listed word the text contains.
pub fn first_position(words: &[String], text: &str) -> Option<usize> {
    words.iter().find_map(|w| text.find(w.as_str()))
}

/// One rule of the finder: its id (carried by every suggestion it makes) and the questions it
/// answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    pub id: String,
    pub answers: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    /// How the file is written, for whoever adds a language; not read by the code.
    #[serde(rename = "about")]
    _about: Vec<String>,
    rules: Vec<RuleSpec>,
    lexicons: Vec<Lexicon>,
}

/// The rules and every language's lexicon, checked against the template and the guide.
pub struct Finder {
    pub rules: Vec<RuleSpec>,
    pub lexicons: Vec<Lexicon>,
    by_id: BTreeMap<String, usize>,
}

impl Finder {
    pub fn rule(&self, id: &str) -> Option<&RuleSpec> {
        self.by_id.get(id).map(|&i| &self.rules[i])
    }

    /// The rules that answer `question`, in the file's order.
    pub fn rules_for<'a>(&'a self, question: &'a str) -> impl Iterator<Item = &'a RuleSpec> + 'a {
        self.rules
            .iter()
            .filter(move |r| r.answers.iter().any(|a| a == question))
    }
}

static FINDER: LazyLock<Finder> = LazyLock::new(|| {
    let guide: Vec<String> = super::guide::entries()
        .iter()
        .map(|e| e.question_id.clone())
        .collect();
    parse(include_str!("lexicon.json"), &guide).unwrap_or_else(|e| panic!("lexicon.json: {e}"))
});

/// The finder's rules and lexicons, loaded and checked once.
pub fn finder() -> &'static Finder {
    &FINDER
}

/// Every rule of the finder and the questions it answers, in `lexicon.json`'s order.
pub fn rules() -> &'static [RuleSpec] {
    &FINDER.rules
}

/// Reads a lexicon file and checks it: every pattern compiles, every rule id is unique and
/// answers questions of the template, every question the guide describes has a rule and every
/// question a rule answers is in the guide, and what a lexicon names (rules, areas) exists.
pub fn parse(json: &str, guide_questions: &[String]) -> Result<Finder, String> {
    let file: LexiconFile = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let template = template();
    let is_question = |id: &str| id == TERM_FIELD || template.question(id).is_some();
    let mut by_id = BTreeMap::new();
    for (i, rule) in file.rules.iter().enumerate() {
        if by_id.insert(rule.id.clone(), i).is_some() {
            return Err(format!("the rule {} is declared twice", rule.id));
        }
        if rule.answers.is_empty() {
            return Err(format!("the rule {} answers no question", rule.id));
        }
        if let Some(unknown) = rule.answers.iter().find(|q| !is_question(q)) {
            return Err(format!(
                "the rule {} answers {unknown}, which is not a question of the template",
                rule.id
            ));
        }
    }
    let answered: BTreeSet<&str> = file
        .rules
        .iter()
        .flat_map(|r| r.answers.iter().map(String::as_str))
        .collect();
    if let Some(q) = guide_questions
        .iter()
        .find(|q| !answered.contains(q.as_str()))
    {
        return Err(format!(
            "guide.json describes {q}, but no rule of lexicon.json answers it"
        ));
    }
    if let Some(q) = answered
        .iter()
        .find(|q| !guide_questions.iter().any(|g| g == *q))
    {
        return Err(format!(
            "a rule answers {q}, but guide.json does not say what the finder looks for there"
        ));
    }
    if file.lexicons.is_empty() {
        return Err("there is no lexicon".into());
    }
    let mut languages = BTreeSet::new();
    for lexicon in &file.lexicons {
        let lang = lexicon.lang.tag();
        if !languages.insert(lexicon.lang) {
            return Err(format!("there are two lexicons for the language {lang}"));
        }
        for fee in &lexicon.upfront.fees {
            match by_id.get(&fee.rule).map(|&i| &file.rules[i]) {
                Some(rule) if rule.answers.len() == 1 => {}
                _ => {
                    return Err(format!(
                        "lexicon {lang}: the upfront fee rule {} is not a rule answering one question",
                        fee.rule
                    ));
                }
            }
        }
        for topic in &lexicon.referrals.topics {
            if template.area(&topic.area).is_none() {
                return Err(format!(
                    "lexicon {lang}: the referral topic {:?} names the unknown area {}",
                    topic.topic, topic.area
                ));
            }
        }
        let topics = |l: &Lexicon| -> BTreeSet<String> {
            l.referrals.topics.iter().map(|t| t.id.clone()).collect()
        };
        if topics(lexicon) != topics(&file.lexicons[0]) {
            return Err(format!(
                "lexicon {lang}: the referral topics' ids differ from those of lexicon {}",
                file.lexicons[0].lang.tag()
            ));
        }
        for other in &file.lexicons {
            let et = &other.early_termination;
            if let Some(unit) = et
                .per_line_units
                .values()
                .find(|id| !lexicon.early_termination.unit_names.contains_key(*id))
            {
                return Err(format!(
                    "lexicon {lang}: the unit {unit} (of lexicon {}) has no name",
                    other.lang.tag()
                ));
            }
        }
        if lexicon.notice_method.ways.is_empty() || lexicon.pricing.escalator.is_empty() {
            return Err(format!(
                "lexicon {lang}: the notice ways and the escalator patterns cannot be empty"
            ));
        }
    }
    Ok(Finder {
        rules: file.rules,
        lexicons: file.lexicons,
        by_id,
    })
}

// The shape of one language's lexicon. Field names say what each pattern finds; a field whose
// name starts with `trap_` rules the sentence out. Capture groups are described where the
// interpreter reads them.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    /// The language of the contracts this lexicon reads ("en", "zh-Hans").
    pub lang: Lang,
    pub units: Units,
    /// The currency the amounts are read in ("USD", "CNY").
    pub currency: String,
    /// An amount; the first group that takes part in the match is the figure.
    pub money: Pattern,
    pub term: Term,
    pub renewal: Renewal,
    pub notice: Notice,
    pub notice_method: NoticeMethod,
    pub early_termination: EarlyTermination,
    pub exit_for_cause: ExitForCause,
    pub walkaway: Walkaway,
    pub porting: Porting,
    pub data_export: DataExport,
    pub pricing: Pricing,
    pub change_notice: ChangeNotice,
    pub uptime: Uptime,
    pub credits: Credits,
    pub exclusions: Exclusions,
    pub maintenance: Maintenance,
    pub call_quality: CallQuality,
    pub support: Support,
    pub warranty: Warranty,
    pub upfront: Upfront,
    pub referrals: Referrals,
}

/// How a captured unit word is recognised.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Units {
    pub years: Pattern,
    pub months: Pattern,
    pub days: Pattern,
    pub business_days: Pattern,
    pub hours: Pattern,
    pub minutes: Pattern,
}

/// Patterns with a figure: group 1 (or 3) the number, group 2 (or 4) its unit.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub initial: Pattern,
    pub order_form: Pattern,
    /// Found before the figure: the figure is the renewal's, not the term's.
    pub trap_renewal_figure: Pattern,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Renewal {
    pub none: Pattern,
    pub automatic: Pattern,
    /// Where the renewal's length starts being looked for.
    pub renew_word: Pattern,
    /// Where it stops (the notice part of the sentence).
    pub length_ends_at: Pattern,
    pub month_to_month: Pattern,
    pub length: Pattern,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    pub about_leaving: Pattern,
    pub notice_word: Pattern,
    pub trap_other_notices: Pattern,
    /// Tried in order; group 1 the number, 2 its unit, 4 what it is counted before.
    pub before_end: Vec<Pattern>,
    /// "upon 30 days' notice": group 1 the number, 2 its unit.
    pub upon_notice: Pattern,
    pub trap_upon_notice: Pattern,
    pub counted_from_renewal_date: Pattern,
    pub counted_from_end_of_term: Pattern,
    pub business_days: Pattern,
    pub note_business_days: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeMethod {
    pub about: Pattern,
    pub heading: Pattern,
    pub must_be_given: Pattern,
    pub trap_provider_notifies: Pattern,
    pub clause_separator: Pattern,
    /// A clause that refuses a way; its ways are left out.
    pub refused: Pattern,
    /// Searched in the original text (not made plain).
    pub email_address: Pattern,
    pub ways: Vec<NoticeWay>,
    pub joiner: String,
    /// Raises the clause's priority over a general notices clause.
    pub about_leaving: Pattern,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeWay {
    pub when: Pattern,
    pub say: String,
    /// `{address}` is replaced by the email address found in the clause.
    #[serde(default)]
    pub say_with_address: Option<String>,
    /// False for a way that says too little alone ("in writing").
    #[serde(default = "yes")]
    pub enough_alone: bool,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EarlyTermination {
    /// Matched against the sentence and its headings.
    pub about: Pattern,
    pub for_cause: Pattern,
    pub for_cause_excepted: Pattern,
    pub none: Pattern,
    pub clause_separator: Pattern,
    /// A contract year: group 1 a digit, 2 an ordinal word (see `ordinals`), 4 the last month
    /// of a range, 5 "the first N months".
    pub year: Pattern,
    pub ordinals: BTreeMap<String, u32>,
    pub year_percent: Pattern,
    pub percent_remaining: Pattern,
    pub all_remaining: Pattern,
    pub owed: Pattern,
    pub fee_word: Pattern,
    /// Group 1 the amount, group 2 what it is per; `{unit}` in the note.
    pub per_line: Pattern,
    /// What `per_line` captures as the unit, by the unit's id ("seats" and "座席" are "seat"),
    /// so the note can name it in the owner's language.
    pub per_line_units: BTreeMap<String, String>,
    /// Each unit id's name in this language, put for `{unit}` in `note_per_line`.
    pub unit_names: BTreeMap<String, String>,
    pub note_per_line: String,
    pub fixed: Pattern,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExitForCause {
    pub failure: Pattern,
    pub leaves: Pattern,
    pub without_fee: Pattern,
    pub trap_provider_terminates: Pattern,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Walkaway {
    pub first_days: Pattern,
    pub money_back: Pattern,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Porting {
    pub port_out: Pattern,
    pub released: Pattern,
    pub trap_withheld: Pattern,
    pub fee_per_number: Pattern,
    pub no_fee: Pattern,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataExport {
    pub export: Pattern,
    pub on_exit: Pattern,
    pub trap_refused: Pattern,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pricing {
    pub trap_not_a_price: Pattern,
    /// Tried in order; group 1 the percentage.
    pub escalator: Vec<Pattern>,
    pub locked: Pattern,
    pub trap_locked_exception: Pattern,
    /// Exceptions that do not unlock the price (taxes), removed before the trap is checked.
    pub allowed_exception: Pattern,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeNotice {
    pub change_then_notice: Pattern,
    pub notice_then_change: Pattern,
    pub trap_not_a_change: Pattern,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Uptime {
    pub about: Pattern,
    pub trap_credit_row: Pattern,
    pub figure: Pattern,
    pub availability_word: Pattern,
    /// The first that matches gives the measurement window.
    pub windows: Vec<Choice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub when: Pattern,
    pub choice: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credits {
    pub credit_word: Pattern,
    pub tier_clause_separator: Pattern,
    pub tier_percent: Pattern,
    pub tier_below: Pattern,
    /// One tier written out: `{below}` and `{credit}`.
    pub tiers_text: String,
    pub tiers_joiner: String,
    /// Groups 1 to 4: the cap, whichever alternative matched.
    pub cap: Pattern,
    pub claim: Vec<Pattern>,
    pub business_days: Pattern,
    pub note_business_days: String,
    pub none: Pattern,
    pub offered: Pattern,
    pub trap_discretionary: Pattern,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exclusions {
    pub about_heading: Pattern,
    pub about: Pattern,
    pub trap_support: Pattern,
    pub excluded: Pattern,
    pub list_lead_in: Pattern,
    pub list_item: Pattern,
    pub list_bullet: Pattern,
    pub list_joiner: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Maintenance {
    pub word: Pattern,
    /// Group 1 the hours, group 2 the period (month when `month` matches it, else week).
    pub hours_per_period: Pattern,
    pub month: Pattern,
    /// `{hours}` a week, `{month_hours}` in five weeks.
    pub note_per_week: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallQuality {
    pub metric: Pattern,
    pub figure: Pattern,
    pub commitment: Pattern,
    pub trap_no_commitment: Pattern,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Support {
    /// A row starting with a severity: group 1 or 2 a numeral, 3 a word (see `severity_levels`).
    pub severity_row: Pattern,
    pub severity_levels: BTreeMap<String, u8>,
    pub critical_in_sentence: Pattern,
    pub trap_other_levels: Pattern,
    /// Group 1 or 2: a level named in a sentence.
    pub levels_in_sentence: Pattern,
    pub about: Pattern,
    /// Group 1 the number, group 2 the unit (see `units`).
    pub duration: Pattern,
    pub header: Pattern,
    pub response_word: String,
    pub resolution_words_in_header: Vec<String>,
    pub resolution_words_in_sentence: Vec<String>,
    pub support_word: Pattern,
    pub trap_monitoring: Pattern,
    pub all_hours: Pattern,
    pub business_hours: Pattern,
    pub trap_extended_hours: Pattern,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Warranty {
    pub hardware: Pattern,
    pub dead_on_arrival: Pattern,
    pub doa_window: Pattern,
    pub warranty_word: Pattern,
    pub trap_disclaimer: Pattern,
    /// Tried in order; group 1 the number, group 2 its unit.
    pub length: Vec<Pattern>,
    pub advance_replacement: Pattern,
    pub trap_no_advance_replacement: Pattern,
    /// Group 1 or 2: the days.
    pub turnaround: Pattern,
    pub shipping: Pattern,
    pub return_context: Pattern,
    pub customer_pays: Pattern,
    pub provider_pays: Pattern,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Upfront {
    pub trap_recurring: Pattern,
    pub tbd: Pattern,
    pub waived: Pattern,
    /// The first fee whose words match names the row's rule (and so its question).
    pub fees: Vec<Fee>,
    pub phones: Pattern,
    pub trap_not_bought: Pattern,
    /// Amounts, blanked out before the quantity is looked for.
    pub amount: Pattern,
    /// Tried in order; group 1 the quantity.
    pub quantity: Vec<Pattern>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    pub rule: String,
    pub when: Pattern,
    #[serde(default)]
    pub unless: Option<Pattern>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referrals {
    /// Group 1: the document referred to.
    pub target: Pattern,
    /// How the document is named to the owner: `{target}` is its name in title case.
    pub target_text: String,
    /// Words written in capitals in a document's name ("sla" → "SLA").
    pub acronyms: Vec<String>,
    /// The first that matches says what the clause is about.
    pub topics: Vec<Topic>,
    /// Section numbers and document names, removed before looking for a figure.
    pub references: Pattern,
    pub figure: Pattern,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// The same topic has the same id in every lexicon, so a referral found in a sentence of one
    /// language is named in the owner's.
    pub id: String,
    pub area: String,
    pub topic: String,
    pub when: Pattern,
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("lexicon.json");

    fn guide() -> Vec<String> {
        super::super::guide::entries()
            .iter()
            .map(|e| e.question_id.clone())
            .collect()
    }

    fn edited(from: &str, to: &str) -> String {
        assert!(SHIPPED.contains(from), "{from} is in lexicon.json");
        SHIPPED.replacen(from, to, 1)
    }

    #[test]
    fn the_shipped_lexicon_loads() {
        let finder = finder();
        assert_eq!(finder.lexicons[0].lang, Lang::En);
        assert_eq!(
            finder.rule("notice.before_end").map(|r| r.answers.len()),
            Some(2)
        );
    }

    #[test]
    fn the_chinese_lexicon_loads_beside_the_english_one() {
        let finder = finder();
        let langs: Vec<Lang> = finder.lexicons.iter().map(|l| l.lang).collect();
        assert_eq!(langs, vec![Lang::En, Lang::ZhHans]);
        let zh = &finder.lexicons[1];
        assert_eq!(zh.currency, "CNY");
        // Patterns are matched against the plain form: 三十日 has become 30日.
        let before_end = &zh.notice.before_end[0];
        let c = before_end
            .captures("任何一方如不续约,应于服务期限届满前至少30日以书面形式通知对方")
            .expect("matches");
        assert_eq!((&c["n"], &c["unit"]), ("30", "日"));
        assert!(c["before"].ends_with("届满"));
    }

    #[test]
    fn a_second_lexicon_for_the_same_language_is_refused() {
        // The English lexicon written twice.
        let file: serde_json::Value = serde_json::from_str(SHIPPED).unwrap();
        let mut twice = file.clone();
        let english = file["lexicons"][0].clone();
        twice["lexicons"] = serde_json::json!([english, english]);
        let error = parse(&twice.to_string(), &guide()).err().expect("refused");
        assert_eq!(error, "there are two lexicons for the language en");
    }

    #[test]
    fn a_rule_naming_an_unknown_question_is_refused() {
        let json = edited(
            r#""answers": ["cancellation.walkaway_days"]"#,
            r#""answers": ["cancellation.walkaway_weeks"]"#,
        );
        let error = parse(&json, &guide()).err().expect("refused");
        assert_eq!(
            error,
            "the rule exit.walkaway answers cancellation.walkaway_weeks, which is not a question of the template"
        );
    }

    #[test]
    fn a_pattern_that_does_not_compile_is_refused() {
        let json = edited(r#""waived": "waived""#, r#""waived": "waived(""#);
        let error = parse(&json, &guide()).err().expect("refused");
        assert!(
            error.contains(r#"the pattern "waived(" does not compile"#),
            "{error}"
        );
    }

    #[test]
    fn a_question_of_the_guide_without_a_rule_is_refused() {
        let json = edited(
            r#""answers": ["warranty.turnaround_days"]"#,
            r#""answers": ["warranty.doa_window_days"]"#,
        );
        let error = parse(&json, &guide()).err().expect("refused");
        assert_eq!(
            error,
            "guide.json describes warranty.turnaround_days, but no rule of lexicon.json answers it"
        );
    }

    #[test]
    fn a_missing_word_list_is_refused() {
        let json = edited(r#""waived": "waived","#, "");
        let error = parse(&json, &guide()).err().expect("refused");
        assert!(error.contains("missing field `waived`"), "{error}");
    }

    #[test]
    fn an_upfront_fee_naming_an_unknown_rule_is_refused() {
        let json = edited(r#""rule": "upfront.deposit""#, r#""rule": "upfront.bond""#);
        let error = parse(&json, &guide()).err().expect("refused");
        assert_eq!(
            error,
            "lexicon en: the upfront fee rule upfront.bond is not a rule answering one question"
        );
    }
}
