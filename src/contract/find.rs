//! The finder's interpreters: for each question it can answer, rules run over every sentence
//! and table row; the best hit per question becomes a suggestion naming its rule. The words,
//! the patterns that read a figure and the traps are data (`lexicon.json`, one lexicon per
//! language); this code says how what they capture is read: days, months, a percentage, an
//! amount, a yes/no, a choice, a severity table, a credit-tier table. A wrong suggestion costs
//! the owner more than a missing one, so every rule needs both the topic's words and the figure
//! in the same sentence or row, and leaves out the known traps (a "48 hours" maintenance notice
//! is not a cancellation notice; an interest rate is not a price escalator).

use super::lexicon::{Lexicon, Pattern, finder, first_position};
use super::numbers::{is_chinese, money_minor, plain, plain_zh};
use super::segment::Unit;
use super::{ContractDocument, Location, Passage};
use crate::i18n::Lang;
use crate::model::{AnswerValue, YesNo};
use crate::money::Money;
use crate::template::template;
use regex::Captures;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// One value found for one question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(rename = "ContractSuggestion")]
pub struct Suggestion {
    /// A template question id, or `context.term_months` for the contract term.
    pub question_id: String,
    pub area_id: String,
    /// The question as the app asks it.
    pub label: String,
    /// The value in the question's own answer type (the review-file answer format).
    pub value: AnswerValue,
    /// The value as the app shows it.
    pub shown: String,
    /// The passage it came from (see `Reading::passages`).
    pub passage: u32,
    pub quote: String,
    pub location: Location,
    /// The finder's rule that produced it, e.g. `notice.before_end`.
    pub rule: String,
    /// What the owner should know about the value ("per line: …"); empty when nothing.
    pub note: String,
}

/// A clause that sends the reader elsewhere ("as set out in the Order Form") instead of stating
/// the figure: said, not guessed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(rename = "ContractReferral")]
pub struct Referral {
    pub area_id: String,
    /// What the clause is about: "early-termination fee", "notice period"…
    pub topic: String,
    /// Where it sends the reader: "the Order Form".
    pub target: String,
    pub passage: u32,
    pub quote: String,
    pub location: Location,
}

/// The contract term is a detail of the review, not a template question.
pub const TERM_FIELD: &str = "context.term_months";

struct Hit {
    question: &'static str,
    value: AnswerValue,
    rule: &'static str,
    unit: usize,
    /// Lower wins; then the earlier unit.
    priority: u8,
    note: Note,
}

/// What the owner should know about a value, written in the owner's language when the
/// suggestion is made (the sentence may be in another).
#[derive(Debug, Clone, PartialEq)]
enum Note {
    None,
    /// Notice counted in business days.
    NoticeBusinessDays,
    /// A credit claim window counted in business days.
    ClaimBusinessDays,
    /// A fee per line, seat, user…: the unit's id (see the lexicon's `unit_names`).
    PerLine(String),
    /// Maintenance hours a week, and the most in a month.
    PerWeek {
        hours: f64,
        month_hours: f64,
    },
}

impl Note {
    /// The note in the words of `lx`, the owner's language's lexicon.
    fn written(&self, lx: &Lexicon) -> String {
        match self {
            Note::None => String::new(),
            Note::NoticeBusinessDays => lx.notice.note_business_days.clone(),
            Note::ClaimBusinessDays => lx.credits.note_business_days.clone(),
            Note::PerLine(unit) => {
                let et = &lx.early_termination;
                let name = et
                    .unit_names
                    .get(unit)
                    .map_or(unit.as_str(), String::as_str);
                et.note_per_line.replace("{unit}", name)
            }
            Note::PerWeek { hours, month_hours } => lx
                .maintenance
                .note_per_week
                .replace("{hours}", &hours.to_string())
                .replace("{month_hours}", &month_hours.to_string()),
        }
    }
}

struct Ctx<'a> {
    lx: &'static Lexicon,
    units: &'a [Unit],
    plain: &'a [String],
    hits: Vec<Hit>,
}

impl Ctx<'_> {
    fn hit(&mut self, unit: usize, question: &'static str, value: AnswerValue, rule: &'static str) {
        self.hit_with(unit, question, value, rule, 5, Note::None);
    }

    fn hit_with(
        &mut self,
        unit: usize,
        question: &'static str,
        value: AnswerValue,
        rule: &'static str,
        priority: u8,
        note: Note,
    ) {
        // The interpreters name their rules; lexicon.json says which questions each answers.
        debug_assert!(
            finder()
                .rule(rule)
                .is_some_and(|r| r.answers.iter().any(|a| a == question)),
            "lexicon.json does not declare the rule {rule} answering {question}"
        );
        self.hits.push(Hit {
            question,
            value,
            rule,
            unit,
            priority,
            note,
        });
    }

    /// The unit's text and its headings, for rules that accept either.
    fn with_headings(&self, i: usize) -> String {
        format!("{} {}", self.units[i].headings, self.plain[i])
    }
}

fn number(c: &Captures, i: usize) -> Option<f64> {
    c.get(i)?.as_str().replace(',', "").parse().ok()
}

fn whole(c: &Captures, i: usize) -> Option<i64> {
    c.get(i)?.as_str().replace(',', "").parse().ok()
}

/// A group by its name when the pattern names it, else by its number: a language whose
/// sentences put the figures in another order names its groups (届满前 … 六十日: what the
/// notice is counted before comes first).
fn named<'t>(pattern: &regex::Regex, c: &Captures<'t>, name: &str, i: usize) -> Option<&'t str> {
    let has_name = pattern.capture_names().any(|n| n == Some(name));
    if has_name { c.name(name) } else { c.get(i) }.map(|m| m.as_str())
}

/// The first group that took part in the match: an amount pattern with alternatives
/// ("¥99.00" or "99元") holds the figure in whichever matched.
fn figure<'t>(c: &Captures<'t>) -> Option<&'t str> {
    c.iter().skip(1).flatten().next().map(|m| m.as_str())
}

/// The first of the patterns that matches, and its captures.
fn first_captures<'t>(patterns: &[Pattern], text: &'t str) -> Option<Captures<'t>> {
    patterns.iter().find_map(|p| p.captures(text))
}

/// "36 months", "3 years", "1-year" as months.
fn months_of(lx: &Lexicon, amount: i64, unit: &str) -> Option<i64> {
    if lx.units.years.is_match(unit) {
        amount.checked_mul(12)
    } else if lx.units.months.is_match(unit) {
        Some(amount)
    } else {
        None
    }
}

/// An amount in the currency the lexicon's contracts are priced in (USD for English, CNY for
/// Chinese).
fn money_value(lx: &Lexicon, minor: i64) -> AnswerValue {
    AnswerValue::Money(Money {
        minor,
        currency: lx.currency.clone(),
    })
}

/// The first amount in `text` (plain form), in cents.
fn first_money(lx: &Lexicon, text: &str) -> Option<i64> {
    let m = lx.money.captures(text)?;
    money_minor(figure(&m)?)
}

fn all_money(lx: &Lexicon, text: &str) -> Vec<i64> {
    lx.money
        .captures_iter(text)
        .filter_map(|m| money_minor(figure(&m)?))
        .collect()
}

/// A duration in minutes: "15 minutes", "4 hours"; a business day has no fixed length.
fn minutes(lx: &Lexicon, amount: f64, unit: &str) -> Option<i64> {
    let units = &lx.units;
    let factor = if units.minutes.is_match(unit) {
        1.0
    } else if units.hours.is_match(unit) {
        60.0
    } else if units.business_days.is_match(unit) {
        return None;
    } else if units.days.is_match(unit) {
        1440.0
    } else {
        return None;
    };
    Some((amount * factor).round() as i64)
}

// ---------------------------------------------------------------- cancellation and term

fn term(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    let initial = &lx.term.initial;
    let labelled = &lx.term.order_form;
    let hit = initial
        .captures(&p)
        .map(|c| (c, "term.initial"))
        .or_else(|| labelled.captures(&p).map(|c| (c, "term.order_form")));
    if let Some((c, rule)) = hit {
        // "initial term ... renews for 12 months": the number must not belong to the renewal.
        let before = &p[..c.get(1).or(c.get(3)).map_or(0, |m| m.start())];
        if lx.term.trap_renewal_figure.is_match(before) && rule == "term.initial" {
            return;
        }
        let (amount, unit) = match (c.get(1), c.get(3)) {
            (Some(_), _) => (whole(&c, 1), c.get(2).map_or("", |m| m.as_str())),
            (None, Some(_)) => (whole(&c, 3), c.get(4).map_or("", |m| m.as_str())),
            _ => (None, ""),
        };
        if let Some(months) = amount.and_then(|n| months_of(lx, n, unit))
            && (1..=120).contains(&months)
        {
            let priority = if rule == "term.order_form" { 3 } else { 5 };
            cx.hit_with(
                i,
                TERM_FIELD,
                AnswerValue::Months(months),
                rule,
                priority,
                Note::None,
            );
        }
    }
}

fn renewal(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    let negated = &lx.renewal.none;
    let renews = &lx.renewal.automatic;
    if negated.is_match(&p) {
        cx.hit(
            i,
            "cancellation.auto_renews",
            AnswerValue::YesNo(YesNo::No),
            "renewal.none",
        );
        return;
    }
    if !renews.is_match(&p) {
        return;
    }
    cx.hit(
        i,
        "cancellation.auto_renews",
        AnswerValue::YesNo(YesNo::Yes),
        "renewal.automatic",
    );
    // The renewal's length: after "renew", before the notice part of the sentence.
    let at = lx.renewal.renew_word.find(&p).map_or(0, |m| m.start());
    let rest = &p[at..];
    let cut = lx
        .renewal
        .length_ends_at
        .find(rest)
        .map_or(rest.len(), |m| m.start());
    let window = &rest[..cut];
    if lx.renewal.month_to_month.is_match(window) {
        cx.hit(
            i,
            "cancellation.renewal_term_months",
            AnswerValue::Months(1),
            "renewal.month_to_month",
        );
    } else if let Some(c) = lx.renewal.length.captures(window)
        && let Some(months) = whole(&c, 1).and_then(|n| months_of(lx, n, &c[2]))
        && (1..=120).contains(&months)
    {
        cx.hit(
            i,
            "cancellation.renewal_term_months",
            AnswerValue::Months(months),
            "renewal.length",
        );
    }
}

fn notice(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    let about_leaving = &lx.notice.about_leaving;
    let is_notice = lx.notice.notice_word.is_match(&p);
    if !is_notice || !about_leaving.is_match(&p) {
        return;
    }
    // Provider-side changes, cure periods and payment disputes have their own notices.
    if lx.notice.trap_other_notices.is_match(&p) {
        return;
    }
    let found = lx
        .notice
        .before_end
        .iter()
        .find_map(|pattern| Some((pattern, pattern.captures(&p)?)));
    let (pattern, c) = match found {
        Some(found) => found,
        None => {
            // "upon thirty (30) days' written notice": termination for convenience.
            if let Some(c) = lx.notice.upon_notice.captures(&p)
                && about_leaving.is_match(&p)
                && !lx.notice.trap_upon_notice.is_match(&p)
            {
                notice_value(cx, i, &lx.notice.upon_notice, &c, "notice.upon_notice", 7);
            }
            return;
        }
    };
    let counted = named(pattern, &c, "before", 4).unwrap_or("");
    let end_of_term = &lx.notice.counted_from_end_of_term;
    let renewal_date = &lx.notice.counted_from_renewal_date;
    let before = if renewal_date.is_match(counted) {
        Some("renewal_date")
    } else if end_of_term.is_match(counted) {
        Some("end_of_term")
    } else {
        None
    };
    notice_value(cx, i, pattern, &c, "notice.before_end", 4);
    if let Some(choice) = before {
        let rule = if choice == "end_of_term" {
            "notice.counted_from_end_of_term"
        } else {
            "notice.counted_from_renewal_date"
        };
        cx.hit(
            i,
            "cancellation.notice_counted_before",
            AnswerValue::Choice(choice.to_owned()),
            rule,
        );
    }
}

fn notice_value(
    cx: &mut Ctx,
    i: usize,
    pattern: &regex::Regex,
    c: &Captures,
    rule: &'static str,
    priority: u8,
) {
    let lx = cx.lx;
    let Some(n) = named(pattern, c, "n", 1).and_then(|n| n.replace(',', "").parse::<i64>().ok())
    else {
        return;
    };
    let unit = named(pattern, c, "unit", 2).unwrap_or("");
    if lx.units.months.is_match(unit) {
        if (1..=24).contains(&n) {
            cx.hit_with(
                i,
                "cancellation.notice_months",
                AnswerValue::Months(n),
                rule,
                priority,
                Note::None,
            );
        }
    } else if (1..=730).contains(&n) {
        let note = if lx.notice.business_days.is_match(&c[0]) {
            Note::NoticeBusinessDays
        } else {
            Note::None
        };
        cx.hit_with(
            i,
            "cancellation.notice_days",
            AnswerValue::Days(n),
            rule,
            priority,
            note,
        );
    }
}

fn notice_method(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let words = &lx.notice_method;
    let p = cx.plain[i].clone();
    let heads = &cx.units[i].headings;
    let about = words.about.is_match(&p)
        && (words.heading.is_match(heads) || words.must_be_given.is_match(&p));
    if !about {
        return;
    }
    // Notices the provider sends to the customer are not how the owner must give notice.
    if words.trap_provider_notifies.is_match(&p) {
        return;
    }
    let original = &cx.units[i].text;
    // Ways the clause refuses ("notice by email is not accepted") are left out.
    let p: String = words
        .clause_separator
        .split(&p)
        .filter(|clause| !words.refused.is_match(clause))
        .collect::<Vec<_>>()
        .join(";");
    let mut ways: Vec<(String, bool)> = Vec::new();
    for way in &words.ways {
        if !way.when.is_match(&p) {
            continue;
        }
        let address = way
            .say_with_address
            .as_ref()
            .and_then(|say| Some((say, words.email_address.find(original)?)));
        let said = match address {
            Some((say, a)) => say.replace("{address}", a.as_str().trim_end_matches('.')),
            None => way.say.clone(),
        };
        ways.push((said, way.enough_alone));
    }
    // "In writing" alone says little; a way of sending it is what the owner needs.
    if ways.is_empty() || (ways.len() == 1 && !ways[0].1) {
        return;
    }
    let text = ways
        .into_iter()
        .map(|(said, _)| said)
        .collect::<Vec<_>>()
        .join(&words.joiner);
    let mut chars = text.chars();
    let text = chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    });
    let priority = if words.about_leaving.is_match(&p) {
        4
    } else {
        6
    };
    cx.hit_with(
        i,
        "cancellation.notice_method",
        AnswerValue::Text(text),
        "notice.method",
        priority,
        Note::None,
    );
}

fn etf(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    let context = cx.with_headings(i);
    let about = lx.early_termination.about.is_match(&context);
    if !about {
        return;
    }
    // Leaving for the provider's fault is the exit for cause, not the fee.
    let for_cause = lx.early_termination.for_cause.is_match(&p)
        && !lx.early_termination.for_cause_excepted.is_match(&p);
    if lx.early_termination.none.is_match(&p) && !for_cause {
        cx.hit(
            i,
            "cancellation.etf_structure",
            AnswerValue::Choice("none".into()),
            "etf.none",
        );
        return;
    }
    if for_cause {
        return;
    }
    // A sliding scale: a row, sentence or clause per contract year, the year before or after
    // its percentage.
    let mut sliding = false;
    for clause in lx.early_termination.clause_separator.split(&p) {
        let year = lx.early_termination.year.captures(clause).and_then(|c| {
            if let Some(y) = c.get(1) {
                y.as_str().parse::<u32>().ok()
            } else if let Some(w) = c.get(2) {
                lx.early_termination.ordinals.get(w.as_str()).copied()
            } else {
                c.get(4)
                    .or(c.get(5))
                    .and_then(|m| m.as_str().parse::<u32>().ok())
                    .map(|last| last.div_ceil(12))
            }
        });
        let pct = lx
            .early_termination
            .year_percent
            .captures(clause)
            .and_then(|c| number(&c, 1));
        let question = match year {
            Some(1) => "cancellation.sliding_year1_percent",
            Some(2) => "cancellation.sliding_year2_percent",
            Some(3) => "cancellation.sliding_year3_percent",
            _ => continue,
        };
        if let Some(pct) = pct.filter(|v| *v <= 100.0) {
            cx.hit(
                i,
                question,
                AnswerValue::Percent(pct),
                "etf.sliding_scale_year",
            );
            sliding = true;
        }
    }
    if sliding {
        cx.hit_with(
            i,
            "cancellation.etf_structure",
            AnswerValue::Choice("sliding_scale".into()),
            "etf.sliding_scale",
            3,
            Note::None,
        );
        return;
    }
    if let Some(c) = lx.early_termination.percent_remaining.captures(&p)
        && let Some(pct) = number(&c, 1)
        && pct <= 100.0
    {
        if pct == 100.0 {
            cx.hit(
                i,
                "cancellation.etf_structure",
                AnswerValue::Choice("all_remaining".into()),
                "etf.all_remaining",
            );
        } else {
            cx.hit(
                i,
                "cancellation.etf_structure",
                AnswerValue::Choice("percent_remaining".into()),
                "etf.percent_remaining",
            );
            cx.hit(
                i,
                "cancellation.etf_percent",
                AnswerValue::Percent(pct),
                "etf.percent_remaining",
            );
        }
        return;
    }
    if lx.early_termination.all_remaining.is_match(&p) && lx.early_termination.owed.is_match(&p) {
        cx.hit(
            i,
            "cancellation.etf_structure",
            AnswerValue::Choice("all_remaining".into()),
            "etf.all_remaining",
        );
        return;
    }
    if lx.early_termination.fee_word.is_match(&p)
        && let Some(c) = lx.early_termination.per_line.captures(&p)
    {
        let per_line = &lx.early_termination.per_line;
        let amount = named(per_line, &c, "amount", 1).and_then(money_minor);
        cx.hit_with(
            i,
            "cancellation.etf_structure",
            AnswerValue::Choice("fixed".into()),
            "etf.fixed_per_line",
            5,
            Note::None,
        );
        if let Some(minor) = amount {
            let unit = named(per_line, &c, "unit", 2).unwrap_or("");
            let units = &lx.early_termination.per_line_units;
            let note = Note::PerLine(units.get(unit).cloned().unwrap_or_else(|| unit.to_owned()));
            cx.hit_with(
                i,
                "cancellation.etf_fixed_amount",
                money_value(lx, minor),
                "etf.fixed_per_line",
                6,
                note,
            );
        }
        return;
    }
    if lx.early_termination.fixed.is_match(&p)
        && let Some(minor) = first_money(lx, &p)
    {
        cx.hit(
            i,
            "cancellation.etf_structure",
            AnswerValue::Choice("fixed".into()),
            "etf.fixed",
        );
        cx.hit(
            i,
            "cancellation.etf_fixed_amount",
            money_value(lx, minor),
            "etf.fixed",
        );
    }
}

fn exit_for_cause(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    let failure = lx.exit_for_cause.failure.is_match(&p);
    let leaves = lx.exit_for_cause.leaves.is_match(&p);
    let free = lx.exit_for_cause.without_fee.is_match(&p);
    if failure && leaves && free && !lx.exit_for_cause.trap_provider_terminates.is_match(&p) {
        cx.hit(
            i,
            "cancellation.exit_for_cause",
            AnswerValue::YesNo(YesNo::Yes),
            "exit.chronic_failure",
        );
    }
}

fn walkaway(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    if let Some(c) = lx
        .walkaway
        .first_days
        .captures(&p)
        .or_else(|| lx.walkaway.money_back.captures(&p))
        && let Some(days) = whole(&c, 1)
    {
        cx.hit(
            i,
            "cancellation.walkaway_days",
            AnswerValue::Days(days),
            "exit.walkaway",
        );
    }
}

fn porting_out(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    let out = lx.porting.port_out.is_match(&p);
    if !out {
        return;
    }
    if lx.porting.released.is_match(&p) && !lx.porting.trap_withheld.is_match(&p) {
        cx.hit(
            i,
            "cancellation.port_out_released",
            AnswerValue::YesNo(YesNo::Yes),
            "porting.released",
        );
    }
    if let Some(c) = lx.porting.fee_per_number.captures(&p)
        && let Some(minor) = figure(&c).and_then(money_minor)
    {
        cx.hit(
            i,
            "cancellation.port_out_fee",
            money_value(lx, minor),
            "porting.fee_per_number",
        );
    } else if lx.porting.no_fee.is_match(&p) {
        cx.hit(
            i,
            "cancellation.port_out_fee",
            money_value(lx, 0),
            "porting.no_fee",
        );
    }
}

fn data_export(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    let export = lx.data_export.export.is_match(&p);
    let exit_words = &lx.data_export.on_exit;
    let negated = &lx.data_export.trap_refused;
    if !export || negated.is_match(&p) {
        return;
    }
    // "…deleted 90 days after termination. Before that date, Customer may export…": the
    // sentence before says when.
    let same_place = |j: usize| {
        cx.units[j].document == cx.units[i].document && cx.units[j].section == cx.units[i].section
    };
    let text = if exit_words.is_match(&p) {
        cx.units[i].text.clone()
    } else if i > 0 && same_place(i - 1) && exit_words.is_match(&cx.plain[i - 1]) {
        format!("{} {}", cx.units[i - 1].text, cx.units[i].text)
    } else {
        return;
    };
    cx.hit(
        i,
        "cancellation.data_export",
        AnswerValue::YesNo(YesNo::Yes),
        "data.export_on_exit",
    );
    cx.hit(
        i,
        "cancellation.data_export_details",
        AnswerValue::Text(clip(&text, 600)),
        "data.export_on_exit",
    );
}

// ---------------------------------------------------------------- pricing and changes

fn pricing(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    if lx.pricing.trap_not_a_price.is_match(&p) {
        return;
    }
    let escalator = first_captures(&lx.pricing.escalator, &p);
    if let Some(c) = escalator
        && let Some(pct) = number(&c, 1)
    {
        cx.hit(
            i,
            "pricing.escalator_percent",
            AnswerValue::Percent(pct),
            "price.escalator",
        );
        cx.hit_with(
            i,
            "pricing.price_locked",
            AnswerValue::YesNo(YesNo::No),
            "price.escalator",
            6,
            Note::None,
        );
        return;
    }
    if lx.pricing.locked.is_match(&p)
        && !lx
            .pricing
            .trap_locked_exception
            .is_match(&lx.pricing.allowed_exception.replace_all(&p, ""))
    {
        cx.hit(
            i,
            "pricing.price_locked",
            AnswerValue::YesNo(YesNo::Yes),
            "price.locked",
        );
        cx.hit_with(
            i,
            "pricing.escalator_percent",
            AnswerValue::Percent(0.0),
            "price.locked",
            6,
            Note::None,
        );
    }
}

fn change_notice(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    let c = lx
        .change_notice
        .change_then_notice
        .captures(&p)
        .and_then(|c| whole(&c, 1))
        .or_else(|| {
            let r = &lx.change_notice.notice_then_change;
            r.captures(&p).and_then(|c| whole(&c, 1))
        });
    if let Some(days) = c
        && !lx.change_notice.trap_not_a_change.is_match(&p)
    {
        cx.hit(
            i,
            "upgrades.advance_notice_days",
            AnswerValue::Days(days),
            "changes.advance_notice",
        );
    }
}

// ---------------------------------------------------------------- SLA

fn uptime(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    let context = cx.with_headings(i);
    if !lx.uptime.about.is_match(&context) {
        return;
    }
    if lx.uptime.trap_credit_row.is_match(&p) || cx.units[i].is_row {
        return;
    }
    let Some(c) = lx.uptime.figure.captures(&p) else {
        return;
    };
    if !lx.uptime.availability_word.is_match(&p) {
        return;
    }
    let Some(pct) = number(&c, 1) else { return };
    cx.hit(
        i,
        "sla.uptime_percent",
        AnswerValue::Percent(pct),
        "sla.uptime",
    );
    cx.hit_with(
        i,
        "sla.has_sla",
        AnswerValue::YesNo(YesNo::Yes),
        "sla.uptime",
        6,
        Note::None,
    );
    let window = lx.uptime.windows.iter().find(|w| w.when.is_match(&p));
    if let Some(w) = window {
        cx.hit(
            i,
            "sla.measurement_window",
            AnswerValue::Choice(w.choice.clone()),
            "sla.measurement_window",
        );
    }
}

fn credit_context(cx: &Ctx, i: usize) -> bool {
    let word = &cx.lx.credits.credit_word;
    let near = i.saturating_sub(3)..i;
    word.is_match(&cx.with_headings(i)) || near.clone().any(|j| word.is_match(&cx.plain[j]))
}

/// The credit tiers in one unit: below `below` % uptime, `credit` % of the monthly charge. A
/// table row holds one; a sentence can hold several, one per clause.
fn tiers_in(cx: &Ctx, i: usize) -> Vec<(f64, f64)> {
    let lx = cx.lx;
    if !credit_context(cx, i) {
        return Vec::new();
    }
    lx.credits
        .tier_clause_separator
        .split(&cx.plain[i])
        .filter_map(|clause| tier(lx, clause))
        .collect()
}

fn tier(lx: &Lexicon, p: &str) -> Option<(f64, f64)> {
    let percents: Vec<f64> = lx
        .credits
        .tier_percent
        .captures_iter(p)
        .filter_map(|c| number(&c, 1))
        .collect();
    if percents.len() < 2 {
        return None;
    }
    let credit = *percents.last()?;
    let availability: Vec<f64> = percents[..percents.len() - 1]
        .iter()
        .copied()
        .filter(|v| (80.0..=100.0).contains(v))
        .collect();
    if availability.is_empty() || credit > 100.0 {
        return None;
    }
    // "less than 99.9%", "< 99.9%", "below 99.9%": that threshold. A range "99.5% - 99.89%":
    // the upper end, rounded up to the next step (99.89 → 99.9).
    let below = if let Some(c) = lx.credits.tier_below.captures(p) {
        number(&c, 1)?
    } else {
        let high = availability.iter().copied().fold(f64::MIN, f64::max);
        let text = format!("{high}");
        let decimals = text.split_once('.').map_or(0, |(_, d)| d.len()) as i32;
        let scale = 10f64.powi(decimals);
        ((high * scale).round() + 1.0) / scale
    };
    Some((below, credit))
}

fn credit_terms(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    let credit_word = &lx.credits.credit_word;
    if !credit_context(cx, i) && !credit_word.is_match(&p) {
        return;
    }
    if let Some(c) = lx.credits.cap.captures(&p)
        && let Some(pct) = (1..=4).find_map(|g| number(&c, g))
        && pct <= 100.0
    {
        cx.hit(
            i,
            "sla.credit_cap_percent",
            AnswerValue::Percent(pct),
            "credits.cap",
        );
    }
    if let Some(c) = first_captures(&lx.credits.claim, &p)
        && credit_word.is_match(&p)
        && let Some(days) = whole(&c, 1)
    {
        let note = if lx.credits.business_days.is_match(&c[0]) {
            Note::ClaimBusinessDays
        } else {
            Note::None
        };
        cx.hit_with(
            i,
            "sla.claim_window_days",
            AnswerValue::Days(days),
            "credits.claim_window",
            5,
            note,
        );
    }
}

fn credits_offered(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    if lx.credits.none.is_match(&p) {
        cx.hit(
            i,
            "sla.credits_offered",
            AnswerValue::YesNo(YesNo::No),
            "credits.none",
        );
    } else if lx.credits.offered.is_match(&p) && !lx.credits.trap_discretionary.is_match(&p) {
        cx.hit_with(
            i,
            "sla.credits_offered",
            AnswerValue::YesNo(YesNo::Yes),
            "credits.offered",
            6,
            Note::None,
        );
    }
}

fn exclusions(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    let heads = &cx.units[i].headings;
    let about = lx.exclusions.about_heading.is_match(heads) || lx.exclusions.about.is_match(&p);
    if !about || lx.exclusions.trap_support.is_match(&p) {
        return;
    }
    if !lx.exclusions.excluded.is_match(&p) {
        return;
    }
    let unit = &cx.units[i];
    let mut text = unit.text.clone();
    // "…the following: " then a list of bullets: quote the list too.
    if lx.exclusions.list_lead_in.is_match(&text) {
        let mut items = Vec::new();
        for next in cx.units.iter().skip(i + 1).take(12) {
            if next.document != unit.document || next.section != unit.section {
                break;
            }
            let t = next.text.trim();
            if !lx.exclusions.list_item.is_match(t) {
                break;
            }
            items.push(lx.exclusions.list_bullet.replace(t, "").into_owned());
        }
        if let Some(last) = items.last() {
            // Items keep their words, not their own separators: "计划维护；" and "不可抗力。"
            // are joined as "计划维护；不可抗力。", not "计划维护；；不可抗力。".
            let stop: String = last
                .trim_end()
                .chars()
                .last()
                .filter(|c| matches!(c, '.' | '。'))
                .map(String::from)
                .unwrap_or_default();
            let bare: Vec<&str> = items
                .iter()
                .map(|item| {
                    item.trim_end()
                        .trim_end_matches([';', '；', '.', '。', ',', '，'])
                })
                .collect();
            text = format!("{} {}{stop}", text, bare.join(&lx.exclusions.list_joiner));
        }
    }
    cx.hit(
        i,
        "sla.exclusions",
        AnswerValue::Text(clip(&text, 1500)),
        "sla.exclusions",
    );
}

fn maintenance(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    if !lx.maintenance.word.is_match(&p) {
        return;
    }
    let pattern = &lx.maintenance.hours_per_period;
    if let Some(c) = pattern.captures(&p)
        && let Some(hours) =
            named(pattern, &c, "hours", 1).and_then(|h| h.replace(',', "").parse::<f64>().ok())
    {
        let period = named(pattern, &c, "period", 2).unwrap_or("");
        if lx.maintenance.month.is_match(period) {
            cx.hit(
                i,
                "sla.maintenance_excluded_hours",
                AnswerValue::Decimal(hours),
                "sla.maintenance_per_month",
            );
        } else {
            // A month has at most five such weeks.
            let month_hours = hours * 5.0;
            let note = Note::PerWeek { hours, month_hours };
            cx.hit_with(
                i,
                "sla.maintenance_excluded_hours",
                AnswerValue::Decimal(month_hours),
                "sla.maintenance_per_week",
                5,
                note,
            );
        }
    }
}

fn call_quality(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    if lx.call_quality.metric.is_match(&p)
        && lx.call_quality.figure.is_match(&p)
        && lx.call_quality.commitment.is_match(&p)
        && !lx.call_quality.trap_no_commitment.is_match(&p)
    {
        cx.hit(
            i,
            "sla.call_quality_commitment",
            AnswerValue::YesNo(YesNo::Yes),
            "sla.call_quality",
        );
    }
}

// ---------------------------------------------------------------- support

/// The severity a table row starts with, 1 (critical) to 4.
fn severity(lx: &Lexicon, p: &str) -> Option<u8> {
    let c = lx.support.severity_row.captures(p)?;
    let level = c.get(1).or(c.get(2)).or(c.get(3))?;
    lx.support.severity_levels.get(level.as_str()).copied()
}

/// "(Priority 1)" inside a sentence: the level when the sentence names only one.
fn sentence_severity(lx: &Lexicon, p: &str) -> Option<u8> {
    if lx.support.critical_in_sentence.is_match(p) && !lx.support.trap_other_levels.is_match(p) {
        return Some(1);
    }
    let levels: Vec<u8> = lx
        .support
        .levels_in_sentence
        .captures_iter(p)
        .filter_map(|c| c.get(1).or(c.get(2))?.as_str().parse().ok())
        .collect();
    let first = *levels.first()?;
    levels.iter().all(|&l| l == first).then_some(first)
}

fn support(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    let context = cx.with_headings(i);
    let about = lx.support.about.is_match(&context);
    if !about {
        return;
    }
    let level = if cx.units[i].is_row {
        severity(lx, &p)
    } else {
        severity(lx, &p).or_else(|| sentence_severity(lx, &p))
    };
    if let Some(level) = level {
        let durations: Vec<(i64, usize)> = lx
            .support
            .duration
            .captures_iter(&p)
            .filter_map(|c| Some((minutes(lx, number(&c, 1)?, &c[2])?, c.get(0)?.start())))
            .collect();
        // Which column is which: the table's heading row, or words in the sentence.
        let header = (i.saturating_sub(6)..i).rev().find_map(|j| {
            let h = &cx.plain[j];
            lx.support.header.is_match(h).then_some(h.clone())
        });
        let (response_first, has_resolution) = match &header {
            Some(h) if cx.units[i].is_row => {
                let r = h.find(lx.support.response_word.as_str());
                let s = first_position(&lx.support.resolution_words_in_header, h);
                match (r, s) {
                    (Some(r), Some(s)) => (r < s, true),
                    (Some(_), None) => (true, false),
                    (None, Some(_)) => (false, true),
                    _ => (true, false),
                }
            }
            _ => {
                let r = p.find(lx.support.response_word.as_str());
                let s = first_position(&lx.support.resolution_words_in_sentence, &p);
                match (r, s) {
                    (Some(r), Some(s)) => (r < s, true),
                    (None, Some(_)) => (false, true),
                    _ => (true, false),
                }
            }
        };
        let (response, resolution) = match durations.as_slice() {
            [] => (None, None),
            [one] => {
                if response_first {
                    (Some(one.0), None)
                } else {
                    (None, Some(one.0))
                }
            }
            [a, b, ..] => {
                if !has_resolution {
                    (Some(a.0), None)
                } else if response_first {
                    (Some(a.0), Some(b.0))
                } else {
                    (Some(b.0), Some(a.0))
                }
            }
        };
        let (response_q, resolution_q) = match level {
            1 => (
                "support.critical_response_minutes",
                "support.p1_resolution_hours",
            ),
            2 => ("support.p2_response_minutes", "support.p2_resolution_hours"),
            3 => ("support.p3_response_minutes", "support.p3_resolution_hours"),
            _ => ("support.p4_response_minutes", "support.p4_resolution_hours"),
        };
        if let Some(m) = response {
            cx.hit(
                i,
                response_q,
                AnswerValue::Integer(m),
                "support.response_by_severity",
            );
        }
        if let Some(m) = resolution
            && m % 60 == 0
        {
            cx.hit(
                i,
                resolution_q,
                AnswerValue::Integer(m / 60),
                "support.resolution_by_severity",
            );
        }
    }
    if lx.support.support_word.is_match(&p) && !lx.support.trap_monitoring.is_match(&p) {
        let all_hours = lx.support.all_hours.is_match(&p);
        let office = lx.support.business_hours.is_match(&p);
        if all_hours && !office {
            cx.hit(
                i,
                "support.hours",
                AnswerValue::Choice("24x7".into()),
                "support.hours_24x7",
            );
        } else if office && !all_hours && !lx.support.trap_extended_hours.is_match(&p) {
            cx.hit(
                i,
                "support.hours",
                AnswerValue::Choice("business_hours".into()),
                "support.business_hours",
            );
        }
    }
}

// ---------------------------------------------------------------- warranty

fn warranty(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    let context = cx.with_headings(i);
    let hardware = lx.warranty.hardware.is_match(&context);
    if !hardware {
        return;
    }
    if lx.warranty.dead_on_arrival.is_match(&p)
        && let Some(c) = lx.warranty.doa_window.captures(&p)
        && let Some(days) = whole(&c, 1)
    {
        cx.hit(
            i,
            "warranty.doa_window_days",
            AnswerValue::Days(days),
            "warranty.doa_window",
        );
    } else if lx.warranty.warranty_word.is_match(&p)
        && !lx.warranty.trap_disclaimer.is_match(&p)
        && let Some(c) = first_captures(&lx.warranty.length, &p)
        && let Some(n) = whole(&c, 1)
    {
        let months = if lx.units.days.is_match(&c[2]) {
            (n % 30 == 0)
                .then_some(n / 30)
                .or((n % 365 == 0).then_some(n / 365 * 12))
        } else {
            months_of(lx, n, &c[2])
        };
        if let Some(m) = months.filter(|m| (1..=120).contains(m)) {
            cx.hit(
                i,
                "warranty.length_months",
                AnswerValue::Months(m),
                "warranty.length",
            );
        }
    }
    if lx.warranty.advance_replacement.is_match(&p) {
        let no = lx.warranty.trap_no_advance_replacement.is_match(&p);
        cx.hit(
            i,
            "warranty.advance_replacement",
            AnswerValue::YesNo(if no { YesNo::No } else { YesNo::Yes }),
            "warranty.advance_replacement",
        );
    }
    if let Some(c) = lx.warranty.turnaround.captures(&p)
        && let Some(days) = whole(&c, 1).or_else(|| whole(&c, 2))
    {
        cx.hit(
            i,
            "warranty.turnaround_days",
            AnswerValue::Days(days),
            "warranty.turnaround",
        );
    }
    if lx.warranty.shipping.is_match(&p) && lx.warranty.return_context.is_match(&p) {
        if lx.warranty.customer_pays.is_match(&p) {
            cx.hit(
                i,
                "warranty.shipping_paid_by",
                AnswerValue::Choice("customer".into()),
                "warranty.customer_pays_shipping",
            );
        } else if lx.warranty.provider_pays.is_match(&p) {
            cx.hit(
                i,
                "warranty.shipping_paid_by",
                AnswerValue::Choice("provider".into()),
                "warranty.provider_pays_shipping",
            );
        }
    }
}

// ---------------------------------------------------------------- upfront charges

fn upfront(cx: &mut Ctx, i: usize) {
    let lx = cx.lx;
    let p = cx.plain[i].clone();
    if lx.upfront.trap_recurring.is_match(&p) {
        return;
    }
    if lx.upfront.tbd.is_match(&p) {
        cx.hit(
            i,
            "upfront.tbd_fees",
            AnswerValue::YesNo(YesNo::Yes),
            "upfront.tbd",
        );
    }
    let money = all_money(lx, &p);
    let Some(&last) = money.last() else { return };
    let waived = lx.upfront.waived.is_match(&p);
    let value = |amount: i64| money_value(lx, if waived { 0 } else { amount });
    // The first kind of fee whose words are in the row (and not its exceptions) names it.
    let fee =
        lx.upfront.fees.iter().find(|fee| {
            fee.when.is_match(&p) && !fee.unless.as_ref().is_some_and(|u| u.is_match(&p))
        });
    if let Some(fee) = fee {
        let rule = finder()
            .rule(&fee.rule)
            .expect("lexicon.json's fees name its rules");
        cx.hit(i, &rule.answers[0], value(last), &rule.id);
    } else if cx.units[i].is_row
        && lx.upfront.phones.is_match(&p)
        && !lx.upfront.trap_not_bought.is_match(&p)
    {
        // Quantity: a cell holding only a number, "25 @ $129", "x 12"; never a model number.
        let text = lx.upfront.amount.replace_all(&p, " ");
        let qty = first_captures(&lx.upfront.quantity, &text).and_then(|c| whole(&c, 1));
        if let Some(q) = qty
            && q > 0
        {
            cx.hit_with(
                i,
                "upfront.phones_count",
                AnswerValue::Integer(q),
                "upfront.phones",
                5,
                Note::None,
            );
            if let Some(&unit) = money.first() {
                cx.hit(
                    i,
                    "upfront.phone_unit_price",
                    money_value(lx, unit),
                    "upfront.phones",
                );
            }
        }
    }
}

// ---------------------------------------------------------------- referrals

fn referral(cx: &Ctx, i: usize) -> Option<(&'static str, &'static str, String)> {
    let lx = cx.lx;
    let p = &cx.plain[i];
    let target = lx.referrals.target.captures(p)?;
    let target = lx
        .referrals
        .target_text
        .replace("{target}", &title_case(lx, &target[1]));
    // A figure in the same sentence means it does not depend on the other document.
    let without_references = lx.referrals.references.replace_all(p, "");
    if lx.referrals.figure.is_match(&without_references) {
        return None;
    }
    lx.referrals
        .topics
        .iter()
        .find(|t| t.when.is_match(p))
        .map(|t| (t.area.as_str(), t.id.as_str(), target))
}

/// "schedule b" → "Schedule B": short codes with a digit or one letter, and the lexicon's
/// acronyms, in capitals.
fn title_case(lx: &Lexicon, text: &str) -> String {
    text.split(' ')
        .map(|w| {
            if lx.referrals.acronyms.iter().any(|a| a == w)
                || (w.len() <= 3
                    && w.chars().all(|c| c.is_ascii_alphanumeric())
                    && w.chars().any(|c| c.is_ascii_digit() || w.len() == 1))
            {
                w.to_uppercase()
            } else {
                let mut c = w.chars();
                c.next().map_or_else(String::new, |f| {
                    f.to_uppercase().collect::<String>() + c.as_str()
                })
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max - 1).collect();
    format!("{}…", cut.trim_end())
}

/// The order the finder's suggestions are listed in: the template's.
fn order(question: &str) -> (usize, usize) {
    if question == TERM_FIELD {
        return (0, 0);
    }
    let t = template();
    for (a, area) in t.areas.iter().enumerate() {
        if let Some(q) = area.questions.iter().position(|q| q.id == question) {
            return (a, q + 1);
        }
    }
    (usize::MAX, 0)
}

/// Runs every rule over the units; returns the passages used, the suggestions (one per
/// question, the best hit) and the referrals, their labels, values and notes written in `lang`
/// (the owner's language, whatever the contract's).
pub fn find(
    documents: &[ContractDocument],
    units: &[Unit],
    lang: Lang,
) -> (Vec<Passage>, Vec<Suggestion>, Vec<Referral>) {
    // Each unit is read by the lexicon of its own language: a sentence with Chinese characters
    // by the Chinese one, any other by the English one, whatever the review's language (a
    // Chinese order form beside an English MSA is read too).
    let languages: Vec<Lang> = units
        .iter()
        .map(|u| {
            if is_chinese(&u.text) {
                Lang::ZhHans
            } else {
                Lang::En
            }
        })
        .collect();
    let plain_texts: Vec<String> = units
        .iter()
        .zip(&languages)
        .map(|(u, lang)| match lang {
            Lang::ZhHans => plain_zh(&u.text),
            Lang::En => plain(&u.text),
        })
        .collect();
    let mut hits = Vec::new();
    let mut referral_units: Vec<(usize, &'static str, &'static str, String)> = Vec::new();
    for lx in &finder().lexicons {
        let own = |i: &usize| languages[*i] == lx.lang;
        let mut cx = Ctx {
            lx,
            units,
            plain: &plain_texts,
            hits,
        };
        let rules: [fn(&mut Ctx, usize); 20] = [
            credits_offered,
            term,
            renewal,
            notice,
            notice_method,
            etf,
            exit_for_cause,
            walkaway,
            porting_out,
            data_export,
            pricing,
            change_notice,
            uptime,
            credit_terms,
            exclusions,
            maintenance,
            call_quality,
            support,
            warranty,
            upfront,
        ];
        for i in (0..units.len()).filter(own) {
            for rule in rules {
                rule(&mut cx, i);
            }
        }
        // Credit tiers: every row of the credit table, highest threshold first.
        let mut tiers: Vec<(f64, f64, usize)> = Vec::new();
        for i in (0..units.len()).filter(own) {
            for (below, credit) in tiers_in(&cx, i) {
                if !tiers.iter().any(|t| t.0 == below) {
                    tiers.push((below, credit, i));
                }
            }
        }
        tiers.sort_by(|a, b| b.0.total_cmp(&a.0));
        let tier_questions = [
            (
                "sla.credit_tier1_below_percent",
                "sla.credit_tier1_credit_percent",
            ),
            (
                "sla.credit_tier2_below_percent",
                "sla.credit_tier2_credit_percent",
            ),
            (
                "sla.credit_tier3_below_percent",
                "sla.credit_tier3_credit_percent",
            ),
        ];
        for ((below_q, credit_q), (below, credit, i)) in tier_questions.iter().zip(&tiers) {
            cx.hit(
                *i,
                below_q,
                AnswerValue::Percent(*below),
                "credits.tier_row",
            );
            cx.hit(
                *i,
                credit_q,
                AnswerValue::Percent(*credit),
                "credits.tier_row",
            );
        }
        if let Some(first) = tiers.first() {
            let text = tiers
                .iter()
                .map(|(b, c, _)| {
                    lx.credits
                        .tiers_text
                        .replace("{below}", &b.to_string())
                        .replace("{credit}", &c.to_string())
                })
                .collect::<Vec<_>>()
                .join(&lx.credits.tiers_joiner);
            cx.hit(
                first.2,
                "sla.credit_tiers",
                AnswerValue::Text(text),
                "credits.tier_row",
            );
            cx.hit(
                first.2,
                "sla.credits_offered",
                AnswerValue::YesNo(YesNo::Yes),
                "credits.tier_row",
            );
            cx.hit_with(
                first.2,
                "sla.has_sla",
                AnswerValue::YesNo(YesNo::Yes),
                "credits.tier_row",
                7,
                Note::None,
            );
        }
        for i in (0..units.len()).filter(own) {
            if let Some((area, topic, target)) = referral(&cx, i) {
                referral_units.push((i, area, topic, target));
            }
        }
        hits = cx.hits;
    }

    // The best hit per question.
    let mut best: BTreeMap<&'static str, usize> = BTreeMap::new();
    for (h, hit) in hits.iter().enumerate() {
        let better = match best.get(hit.question) {
            None => true,
            Some(&b) => (hit.priority, hit.unit) < (hits[b].priority, hits[b].unit),
        };
        if better {
            best.insert(hit.question, h);
        }
    }
    // Whole months are asked in months; the days question stays empty then, and vice versa.
    if let (Some(&d), Some(&m)) = (
        best.get("cancellation.notice_days"),
        best.get("cancellation.notice_months"),
    ) {
        let (dh, mh) = (&hits[d], &hits[m]);
        if (mh.priority, mh.unit) < (dh.priority, dh.unit) {
            best.remove("cancellation.notice_days");
        } else {
            best.remove("cancellation.notice_months");
        }
    }

    let mut passage_of: BTreeMap<usize, u32> = BTreeMap::new();
    let mut chosen: Vec<&Hit> = best.values().map(|&h| &hits[h]).collect();
    chosen.sort_by_key(|h| order(h.question));
    let mut used: Vec<usize> = chosen
        .iter()
        .map(|h| h.unit)
        .chain(referral_units.iter().map(|r| r.0))
        .collect();
    used.sort_unstable();
    used.dedup();
    let mut passages = Vec::new();
    for (n, &u) in used.iter().enumerate() {
        let number = n as u32 + 1;
        passage_of.insert(u, number);
        passages.push(Passage {
            number,
            location: units[u].location(documents),
            quote: units[u].text.clone(),
        });
    }
    let t = crate::template::template_in(lang);
    let owners = finder()
        .lexicons
        .iter()
        .find(|l| l.lang == lang)
        .unwrap_or(&finder().lexicons[0]);
    let suggestions = chosen
        .into_iter()
        .map(|hit| {
            let (area_id, label, shown) = if hit.question == TERM_FIELD {
                let shown = match hit.value {
                    AnswerValue::Months(m) => crate::i18n::text_with(
                        lang,
                        crate::i18n::msg::CONTENT_ANSWER_MONTHS,
                        &[("count", crate::i18n::Arg::from(m))],
                    ),
                    _ => String::new(),
                };
                let label = crate::i18n::text(lang, crate::i18n::msg::CONTENT_GUIDE_CONTRACT_TERM);
                ("cancellation".to_owned(), label, shown)
            } else {
                let (area, q) = t
                    .question(hit.question)
                    .expect("the finder's questions are in the template");
                (
                    area.id.clone(),
                    q.label.clone(),
                    crate::display::answer_in(lang, q, &hit.value),
                )
            };
            let unit = &units[hit.unit];
            Suggestion {
                question_id: hit.question.to_owned(),
                area_id,
                label,
                shown,
                value: hit.value.clone(),
                passage: passage_of[&hit.unit],
                quote: unit.text.clone(),
                location: unit.location(documents),
                rule: hit.rule.to_owned(),
                note: hit.note.written(owners),
            }
        })
        .collect();
    let referrals = referral_units
        .into_iter()
        .map(|(i, area, topic_id, target)| Referral {
            area_id: area.to_owned(),
            topic: owners
                .referrals
                .topics
                .iter()
                .find(|t| t.id == topic_id)
                .map_or_else(|| topic_id.to_owned(), |t| t.topic.clone()),
            target,
            passage: passage_of[&i],
            quote: units[i].text.clone(),
            location: units[i].location(documents),
        })
        .collect();
    (passages, suggestions, referrals)
}
