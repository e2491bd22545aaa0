//! The playbook: every flag of the brief as one row of a table (area, severity, test,
//! threshold, reason), turned into suggested ratings with the reasons shown.
//!
//! Thresholds are strict: a rule "above 80 %" fires at 80.01 % and not at 80 %; "below
//! 99.9 %" fires at 99.89 % and not at 99.9 %; only `AtLeast` includes its threshold. Reasons
//! print the value as entered (99.89 %, never a rounded 99.9 %).

use super::answers::Answers;
use super::figures::Calculations;
use super::words;
use crate::calc::trim_number;
use crate::i18n::{Arg, Lang, msg, text, text_with};
use crate::model::{Rating, Review, YesNo};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Negotiate,
    DealBreaker,
}

impl Severity {
    pub fn rating(self) -> Rating {
        match self {
            Severity::Negotiate => Rating::Negotiate,
            Severity::DealBreaker => Rating::DealBreaker,
        }
    }

    pub fn label(self) -> &'static str {
        self.rating().label()
    }
}

/// A value the playbook compares with a threshold.
#[derive(Debug, Clone, Copy)]
pub enum Measure {
    Answer(&'static str),
    /// Needed bandwidth as a percentage of the measured upload.
    UploadUsePercent,
    /// Competing quotes: the larger of the count answered and the quotes entered.
    CompetingQuotes,
    /// How much cheaper, in percent of the quote under review's total, the cheapest competing
    /// quote is like for like (see `compare::compare_quotes`).
    CheaperCompetitorPercent,
    /// Warranty months short of the contract term.
    WarrantyShortfallMonths,
    /// The notice period in days, also when the contract gives it in months.
    NoticePeriodDays,
    /// The early-termination fee as a percentage of the remaining charges, whatever its form:
    /// all remaining charges are 100 %; a percentage of the remaining value is itself; a
    /// sliding scale is its first year's percentage (the most it charges); a fixed fee is
    /// compared with the charges remaining after month 12.
    ExitFeePercentOfRemaining,
    /// Scheduled maintenance excluded from uptime, as a percentage of the downtime allowance
    /// in the shortest window of its kind (February for a calendar month).
    MaintenanceShareOfAllowance,
    /// Minutes the owner's test ticket took beyond the response promised for a question (P4).
    TestTicketOverPromiseMinutes,
}

/// One condition of a rule; a rule fires when all its conditions hold.
#[derive(Debug, Clone, Copy)]
pub enum Test {
    Is(&'static str, YesNo),
    /// The answer is not "no" (yes, not sure or unanswered).
    NotNo(&'static str),
    /// The answer is not "yes" (no, not sure or unanswered): the protection is not in writing.
    NotYes(&'static str),
    Choice(&'static str, &'static str),
    ChoiceNot(&'static str, &'static str),
    Above(Measure),
    Below(Measure),
    /// The measure is the threshold or more.
    AtLeast(Measure),
    MustHaveNotAvailable,
}

#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub id: &'static str,
    pub area: &'static str,
    pub severity: Severity,
    pub when: &'static [Test],
    /// The threshold `Above`/`Below` compare with, in `unit`.
    pub threshold: Option<f64>,
    pub unit: &'static str,
    /// The rule in words, for the visible playbook.
    pub rule: &'static str,
    /// Why it matters. `{value}`, `{threshold}` and the figure names below are filled in:
    /// `{downtime}`, `{window}`, `{maintenance}`, `{exit_12}`, `{needed_up}`, `{measured_up}`,
    /// `{term}`, `{missing}`, `{notice}` (the notice period as entered: "90 days'",
    /// "3 months' (92 days)").
    pub reason: &'static str,
    /// The rule in Simplified Chinese.
    pub rule_zh: &'static str,
    /// Why it matters in Simplified Chinese, with the same placeholders filled in Chinese.
    pub reason_zh: &'static str,
}

impl Rule {
    /// The rule in words, in `lang`.
    pub fn rule_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.rule,
            Lang::ZhHans => self.rule_zh,
        }
    }

    /// The reason with its placeholders, in `lang`.
    pub fn reason_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.reason,
            Lang::ZhHans => self.reason_zh,
        }
    }

    /// The threshold with its unit: "80 %", "30 days" / "80%", "30天".
    pub fn threshold_text(&self, lang: Lang) -> Option<String> {
        let t = trim_number(self.threshold?);
        Some(match lang {
            Lang::En => format!("{t} {}", self.unit),
            Lang::ZhHans => match self.unit {
                "%" => format!("{t}%"),
                "days" => format!("{t}天"),
                "min" => format!("{t}分钟"),
                "hours" => format!("{t}小时"),
                "months" => format!("{t}个月"),
                "quotes" => format!("{t}份报价"),
                unit => format!("{t} {unit}"),
            },
        })
    }
}

mod rules;

use Measure::*;
use Test::*;

pub use rules::{LONG_NOTICE_DAYS, MUCH_CHEAPER_PERCENT, RULES};

/// A rule that fired, with its reason filled in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Flag {
    pub rule_id: String,
    pub area_id: String,
    pub severity: Severity,
    pub reason: String,
}

/// What the playbook suggests for one area, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Suggestion {
    pub area_id: String,
    /// Null when too few answers are in to suggest anything.
    pub rating: Option<Rating>,
    pub reasons: Vec<String>,
}

/// A rule as the app shows it in the playbook table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RuleView {
    pub id: String,
    pub area_id: String,
    pub severity: Severity,
    pub rule: String,
    pub threshold: Option<String>,
}

pub fn rule_views() -> Vec<RuleView> {
    rule_views_in(Lang::En)
}

/// The playbook table in `lang`.
pub fn rule_views_in(lang: Lang) -> Vec<RuleView> {
    RULES
        .iter()
        .map(|r| RuleView {
            id: r.id.into(),
            area_id: r.area.into(),
            severity: r.severity,
            rule: r.rule_in(lang).into(),
            threshold: r.threshold_text(lang),
        })
        .collect()
}

struct Context<'a> {
    lang: Lang,
    review: &'a Review,
    answers: Answers<'a>,
    calc: &'a Calculations,
}

impl Context<'_> {
    fn measure(&self, m: Measure) -> Option<f64> {
        match m {
            Answer(id) => self.answers.number(id),
            UploadUsePercent => self.calc.line.as_ref()?.upload_use_percent,
            CompetingQuotes => {
                let answered = self
                    .answers
                    .number("competitors.quotes_collected")
                    .unwrap_or(0.0);
                Some(answered.max(self.review.quotes.len() as f64))
            }
            CheaperCompetitorPercent => {
                let comparison = self.quote_comparison();
                super::compare::much_cheaper_competitor(&comparison).map(|(_, percent)| percent)
            }
            WarrantyShortfallMonths => {
                let months = self.answers.number("warranty.length_months")?;
                Some(f64::from(self.review.context.term_months) - months)
            }
            ExitFeePercentOfRemaining => match self.answers.choice("cancellation.etf_structure")? {
                "all_remaining" => Some(100.0),
                "percent_remaining" => self.answers.number("cancellation.etf_percent"),
                "sliding_scale" => self.answers.number("cancellation.sliding_year1_percent"),
                "fixed" => {
                    let fee = self.answers.money("cancellation.etf_fixed_amount")?;
                    let remaining = self.calc.exit_after(12)?.remaining_value_minor;
                    (remaining > 0).then(|| fee as f64 * 100.0 / remaining as f64)
                }
                _ => None,
            },
            MaintenanceShareOfAllowance => {
                let excluded = self.calc.maintenance_excluded_ms? as f64;
                let allowance = self.calc.downtime.as_ref()?.per_window_ms? as f64;
                Some(match (excluded, allowance) {
                    (e, a) if a > 0.0 => e / a * 100.0,
                    // 100 % uptime allows nothing: any exclusion is more than the allowance.
                    (e, _) if e > 0.0 => f64::INFINITY,
                    _ => 0.0,
                })
            }
            NoticePeriodDays => {
                // With both entered, the longer one (the earlier deadline).
                let days = self.answers.number("cancellation.notice_days");
                let months = self.notice_months_span().map(|(days, _)| days);
                days.into_iter().chain(months).reduce(f64::max)
            }
            TestTicketOverPromiseMinutes => {
                let took = self.answers.number("support.test_ticket_minutes")?;
                let promised = self.answers.number("support.p4_response_minutes")?;
                Some(took - promised)
            }
        }
    }

    /// The like-for-like comparison of the competing quotes, as the competitors area shows it.
    fn quote_comparison(&self) -> super::compare::QuoteComparison {
        super::compare::compare_quotes(self.review, self.calc.tco.as_ref())
    }

    /// The cheapest competing quote against the quote under review, with the figures, for
    /// `{cheaper_quote}`.
    fn cheaper_quote_text(&self) -> Option<String> {
        let comparison = self.quote_comparison();
        let (row, _) = super::compare::much_cheaper_competitor(&comparison)?;
        let this = comparison.rows.iter().find(|r| r.is_this_review)?;
        let money = super::figures::Money(&comparison.currency, self.lang);
        let (theirs, ours) = (row.total_minor?, this.total_minor?);
        if self.lang == Lang::ZhHans {
            let zh = |minor| words::money(self.lang, &comparison.currency, minor);
            return Some(format!(
                "{}在同等条件下{}个月共{}，而本报价为{}，便宜{}",
                row.provider,
                comparison.months,
                zh(theirs),
                zh(ours),
                zh(ours - theirs),
            ));
        }
        Some(format!(
            "{} costs {} over {} like for like against {} for this quote, {}",
            row.provider,
            money.fmt(theirs),
            crate::wording::count(comparison.months, "month", "months"),
            money.fmt(ours),
            money.fmt(ours - theirs),
        ))
    }

    /// Notice given in months, in days: the calendar days the months span before this
    /// contract's date (2 months can be 59 to 62 days), or 365/12 days a month without a start
    /// date. The flag says whether the span is exact.
    fn notice_months_span(&self) -> Option<(f64, bool)> {
        let months = self.answers.number("cancellation.notice_months")?;
        let dates = self.calc.dates.as_ref();
        match (
            dates.and_then(|d| d.notice),
            dates.and_then(|d| d.notice_period_days),
        ) {
            (Some(crate::calc::dates::Notice::Months(_)), Some(span)) => Some((span as f64, true)),
            _ => Some(((months * 365.0 / 12.0).round(), false)),
        }
    }

    /// The notice period as entered, for `{notice}`: "90 days'", "3 months' (92 days)".
    fn notice_text(&self) -> Option<String> {
        let days = self.answers.whole("cancellation.notice_days");
        let months = self.answers.whole("cancellation.notice_months");
        if self.lang == Lang::ZhHans {
            // "90天", "3个月（92天）", "3个月（约91天）".
            let in_days = |m: u32| {
                let (span, exact) = self.notice_months_span()?;
                let about = if exact { "" } else { "约" };
                Some(format!("{m}个月（{about}{}天）", trim_number(span)))
            };
            return match (days, months) {
                (Some(d), None) => Some(format!("{d}天")),
                (None, Some(m)) => in_days(m),
                (Some(d), Some(m)) => Some(format!("{d}天或{}", in_days(m)?)),
                (None, None) => None,
            };
        }
        let in_days = |m: u32| {
            let (span, exact) = self.notice_months_span()?;
            let unit = if m == 1 { "month's" } else { "months'" };
            let about = if exact { "" } else { "about " };
            Some(format!("{m} {unit} ({about}{} days)", trim_number(span)))
        };
        match (days, months) {
            (Some(d), None) => Some(format!("{d} days'")),
            (None, Some(m)) => in_days(m),
            (Some(d), Some(m)) => Some(format!("{d} days' or {}", in_days(m)?)),
            (None, None) => None,
        }
    }

    /// The exit fee's form in words, for the exit-fee reason.
    fn exit_fee_terms(&self) -> Option<String> {
        let money = super::figures::Money(&self.review.context.currency, self.lang);
        let a = &self.answers;
        if self.lang == Lang::ZhHans {
            let zh = |minor| words::money(self.lang, &self.review.context.currency, minor);
            return Some(match a.choice("cancellation.etf_structure")? {
                "all_remaining" => "剩余的全部月费".into(),
                "percent_remaining" => format!(
                    "剩余合同金额的{}%",
                    trim_number(a.number("cancellation.etf_percent")?)
                ),
                "sliding_scale" => format!(
                    "按逐年递减的比例收取，第一年为{}%",
                    trim_number(a.number("cancellation.sliding_year1_percent")?)
                ),
                "fixed" => format!(
                    "固定费用{}，而第12个月后剩余的费用为{}",
                    zh(a.money("cancellation.etf_fixed_amount")?),
                    zh(self.calc.exit_after(12)?.remaining_value_minor)
                ),
                _ => return None,
            });
        }
        Some(match a.choice("cancellation.etf_structure")? {
            "all_remaining" => "all remaining monthly charges".into(),
            "percent_remaining" => format!(
                "{} % of the remaining contract value",
                trim_number(a.number("cancellation.etf_percent")?)
            ),
            "sliding_scale" => format!(
                "a sliding scale starting at {} % in the first year",
                trim_number(a.number("cancellation.sliding_year1_percent")?)
            ),
            "fixed" => format!(
                "a fixed fee of {} against {} of charges remaining after month 12",
                money.fmt(a.money("cancellation.etf_fixed_amount")?),
                money.fmt(self.calc.exit_after(12)?.remaining_value_minor)
            ),
            _ => return None,
        })
    }

    /// Whether a test holds, and the measured value it compared.
    fn holds(&self, test: Test, threshold: Option<f64>) -> (bool, Option<f64>) {
        let a = &self.answers;
        match test {
            Is(id, v) => (a.yes_no(id) == Some(v), None),
            NotNo(id) => (!a.is_no(id), None),
            NotYes(id) => (!a.is_yes(id), None),
            Choice(id, c) => (a.choice(id) == Some(c), None),
            ChoiceNot(id, c) => (a.choice(id) != Some(c), None),
            MustHaveNotAvailable => (!self.calc.missing_must_haves.is_empty(), None),
            Above(m) | Below(m) | AtLeast(m) => {
                let (Some(value), Some(limit)) = (self.measure(m), threshold) else {
                    return (false, None);
                };
                let fires = match test {
                    Above(_) => value > limit,
                    Below(_) => value < limit,
                    _ => value >= limit,
                };
                (fires, Some(value))
            }
        }
    }

    fn fill(&self, rule: &Rule, value: Option<f64>) -> String {
        let lang = self.lang;
        let currency = &self.review.context.currency;
        // As entered: an answer prints with every digit typed (99.89 %, not 99.9 %); a computed
        // share (upload use, a fixed fee against the remaining charges) to one decimal, which
        // gets more digits whenever one decimal would read as the threshold itself.
        let entered = rule
            .when
            .iter()
            .any(|t| matches!(t, Above(Answer(_)) | Below(Answer(_)) | AtLeast(Answer(_))));
        let value_text = value.map(|v| {
            let one_decimal = (v * 10.0).round() / 10.0;
            if entered || rule.threshold.is_some_and(|t| one_decimal == t && v != t) {
                trim_number(v)
            } else {
                trim_number(one_decimal)
            }
        });
        let mut text = match lang {
            Lang::En => {
                crate::wording::agree_value(rule.reason, value_text.as_deref().unwrap_or_default())
            }
            Lang::ZhHans => rule.reason_zh.to_owned(),
        };
        let replacements: [(&str, Option<String>); 13] = [
            ("{value}", value_text),
            ("{threshold}", rule.threshold.map(trim_number)),
            (
                "{downtime}",
                self.calc
                    .downtime
                    .as_ref()
                    .and_then(|d| words::window_range(lang, d)),
            ),
            (
                "{window}",
                self.calc
                    .downtime
                    .as_ref()
                    .and_then(|d| d.window)
                    .map(|w| words::window(lang, w)),
            ),
            (
                "{maintenance}",
                self.calc
                    .maintenance_excluded_ms
                    .map(|ms| words::duration(lang, ms)),
            ),
            (
                "{exit_12}",
                self.calc
                    .exit_after(12)
                    .map(|e| words::money(lang, currency, e.total_minor)),
            ),
            (
                "{needed_up}",
                self.calc
                    .line
                    .as_ref()
                    .map(|l| format!("{:.2} Mbps", l.needed_bps / 1e6)),
            ),
            (
                "{measured_up}",
                self.answers
                    .number("bandwidth.measured_up_mbps")
                    .map(|m| format!("{} Mbps", trim_number(m))),
            ),
            ("{term}", Some(self.review.context.term_months.to_string())),
            (
                "{missing}",
                Some(words::list(lang, &self.calc.missing_must_haves)),
            ),
            ("{exit_fee_terms}", self.exit_fee_terms()),
            ("{notice}", self.notice_text()),
            ("{cheaper_quote}", self.cheaper_quote_text()),
        ];
        for (key, replacement) in replacements {
            if text.contains(key) {
                let unknown = match lang {
                    Lang::En => "an amount not yet known",
                    Lang::ZhHans => "尚不清楚的金额",
                };
                text = text.replace(key, replacement.as_deref().unwrap_or(unknown));
            }
        }
        text
    }
}

/// The rules that fire for a review, in table order.
pub fn evaluate(review: &Review, calc: &Calculations) -> Vec<Flag> {
    evaluate_in(review, calc, Lang::En)
}

/// [`evaluate`] with the reasons in `lang`.
pub fn evaluate_in(review: &Review, calc: &Calculations, lang: Lang) -> Vec<Flag> {
    let ctx = Context {
        lang,
        review,
        answers: Answers::new(review),
        calc,
    };
    RULES
        .iter()
        .filter_map(|rule| {
            let mut measured = None;
            for test in rule.when {
                let (holds, value) = ctx.holds(*test, rule.threshold);
                if !holds {
                    return None;
                }
                measured = measured.or(value);
            }
            Some(Flag {
                rule_id: rule.id.into(),
                area_id: rule.area.into(),
                severity: rule.severity,
                reason: ctx.fill(rule, measured),
            })
        })
        .collect()
}

/// The suggested rating of each area:
/// - the most severe flag that fired;
/// - otherwise "acceptable", but only once every key question of the area that applies (the
///   area's `key_questions` in the template) is answered, and at best "negotiate" while one of
///   them is "not sure" (a deciding fact nobody has confirmed), with the reason;
/// - nothing while a key question that applies is unanswered.
///
/// Questions that do not apply (a `show_if` not met) are neither asked nor counted.
pub fn suggest(review: &Review, flags: &[Flag]) -> Vec<Suggestion> {
    suggest_in(review, flags, Lang::En)
}

/// [`suggest`] with the reasons in `lang` (the flags' reasons are already in it).
pub fn suggest_in(review: &Review, flags: &[Flag], lang: Lang) -> Vec<Suggestion> {
    // Labels in `lang`; the ids and rules are the same in every language.
    let t = crate::template::template_in(lang);
    t.areas
        .iter()
        .map(|area| {
            let mine: Vec<&Flag> = flags.iter().filter(|f| f.area_id == area.id).collect();
            let key: Vec<&crate::template::Question> = area
                .key_questions
                .iter()
                .filter(|id| t.applies(id, &review.answers))
                .filter_map(|id| t.question(id).map(|(_, q)| q))
                .collect();
            let missing: Vec<&str> = key
                .iter()
                .filter(|q| !review.answers.contains_key(&q.id))
                .map(|q| q.label.as_str())
                .collect();
            let not_sure: Vec<&str> = key
                .iter()
                .filter(|q| review.answers.get(&q.id).is_some_and(|v| v.is_not_sure()))
                .map(|q| q.label.as_str())
                .collect();
            let mut sorted = mine.clone();
            sorted.sort_by_key(|f| std::cmp::Reverse(f.severity));
            let mut reasons: Vec<String> = sorted.iter().map(|f| f.reason.clone()).collect();
            let worst = mine.iter().map(|f| f.severity).max();
            let rating = match worst {
                Some(severity) => Some(severity.rating()),
                None if !missing.is_empty() => None,
                None if !not_sure.is_empty() => Some(Rating::Negotiate),
                None => Some(Rating::Acceptable),
            };
            if !not_sure.is_empty() {
                reasons.push(text_with(
                    lang,
                    msg::INSIGHTS_SUGGEST_NOT_SURE,
                    &[
                        ("count", Arg::from(not_sure.len())),
                        ("questions", Arg::from(words::quoted(lang, &not_sure))),
                    ],
                ));
            }
            if rating.is_none() {
                reasons.push(text_with(
                    lang,
                    msg::INSIGHTS_SUGGEST_MISSING,
                    &[
                        ("count", Arg::from(missing.len())),
                        ("questions", Arg::from(words::quoted(lang, &missing))),
                    ],
                ));
            } else if reasons.is_empty() {
                reasons.push(text(lang, msg::INSIGHTS_SUGGEST_ALL_CLEAR));
            }
            Suggestion {
                area_id: area.id.clone(),
                rating,
                reasons,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insights::insights;
    use crate::model::AnswerValue;
    use crate::money::Money;
    use crate::sample::example_review_as_stored;

    fn flag(review: &Review, rule: &str) -> Option<Flag> {
        insights(review, None)
            .flags
            .into_iter()
            .find(|f| f.rule_id == rule)
    }

    fn suggestion(review: &Review, area: &str) -> Suggestion {
        insights(review, None)
            .suggestions
            .into_iter()
            .find(|s| s.area_id == area)
            .unwrap()
    }

    fn set(review: &mut Review, id: &str, value: AnswerValue) {
        review.answers.insert(id.into(), value);
    }

    fn usd(minor: i64) -> AnswerValue {
        AnswerValue::Money(Money {
            minor,
            currency: "USD".into(),
        })
    }

    #[test]
    fn reasons_print_the_value_as_entered() {
        let mut review = example_review_as_stored();
        set(
            &mut review,
            "sla.uptime_percent",
            AnswerValue::Percent(99.89),
        );
        assert_eq!(
            flag(&review, "sla.uptime_low")
                .unwrap()
                .reason
                .split(':')
                .next(),
            Some("Guaranteed uptime of 99.89 % is below 99.9 %")
        );
        set(
            &mut review,
            "pricing.escalator_percent",
            AnswerValue::Percent(5.01),
        );
        assert_eq!(
            flag(&review, "pricing.escalator_high").unwrap().reason,
            "Prices rise 5.01 % a year, above 5 %."
        );
    }

    #[test]
    fn change_notice_under_30_days_is_flagged() {
        let mut review = example_review_as_stored();
        set(
            &mut review,
            "upgrades.advance_notice_days",
            AnswerValue::Days(30),
        );
        assert!(flag(&review, "upgrades.short_notice").is_none());
        set(
            &mut review,
            "upgrades.advance_notice_days",
            AnswerValue::Days(29),
        );
        assert_eq!(
            flag(&review, "upgrades.short_notice").unwrap().reason,
            "Features, terms or prices can change with 29 days' notice, under 30 days: too little time to react (30 or 60 days is usual)."
        );
        set(
            &mut review,
            "upgrades.advance_notice_days",
            AnswerValue::Days(0),
        );
        assert!(flag(&review, "upgrades.short_notice").is_some());
    }

    /// A flat USD 342.00 a month for 36 months, no escalator or taxes: after month 12 the
    /// remaining charges are 24 × 342.00 = USD 8,208.00.
    fn flat_contract() -> Review {
        let mut review = example_review_as_stored();
        review.answers.clear();
        review.quotes.clear();
        assert_eq!(review.context.monthly_charge_minor, Some(34_200));
        assert_eq!(review.context.term_months, 36);
        review
    }

    #[test]
    fn an_exit_fee_of_100_percent_or_more_in_any_form_is_a_deal_breaker_without_exit_for_cause() {
        const RULE: &str = "cancellation.exit_fee_no_cause";
        let choice = |id: &str| AnswerValue::Choice(id.into());
        let mut review = flat_contract();

        set(
            &mut review,
            "cancellation.etf_structure",
            choice("all_remaining"),
        );
        let fired = flag(&review, RULE).unwrap();
        assert_eq!(fired.severity, Severity::DealBreaker);
        assert_eq!(
            fired.reason,
            "Leaving early costs 100 % of the remaining charges (all remaining monthly charges; leaving after month 12 costs USD 8,208.00) and there is no written right to leave for cause, even after repeated outages."
        );
        // "Not sure" is not a written exit; "yes" is.
        set(
            &mut review,
            "cancellation.exit_for_cause",
            AnswerValue::YesNo(YesNo::NotSure),
        );
        assert!(flag(&review, RULE).is_some());
        set(
            &mut review,
            "cancellation.exit_for_cause",
            AnswerValue::YesNo(YesNo::Yes),
        );
        assert!(flag(&review, RULE).is_none());
        set(
            &mut review,
            "cancellation.exit_for_cause",
            AnswerValue::YesNo(YesNo::No),
        );

        set(
            &mut review,
            "cancellation.etf_structure",
            choice("percent_remaining"),
        );
        set(
            &mut review,
            "cancellation.etf_percent",
            AnswerValue::Percent(99.99),
        );
        assert!(flag(&review, RULE).is_none());
        set(
            &mut review,
            "cancellation.etf_percent",
            AnswerValue::Percent(100.0),
        );
        assert!(
            flag(&review, RULE)
                .unwrap()
                .reason
                .starts_with("Leaving early costs 100 % of the remaining charges (100 % of the remaining contract value;")
        );

        set(
            &mut review,
            "cancellation.etf_structure",
            choice("sliding_scale"),
        );
        set(
            &mut review,
            "cancellation.sliding_year1_percent",
            AnswerValue::Percent(90.0),
        );
        assert!(flag(&review, RULE).is_none());
        set(
            &mut review,
            "cancellation.sliding_year1_percent",
            AnswerValue::Percent(100.0),
        );
        assert!(
            flag(&review, RULE)
                .unwrap()
                .reason
                .contains("(a sliding scale starting at 100 % in the first year;")
        );

        // Fixed: USD 8,207.99 is just under the USD 8,208.00 remaining after month 12.
        set(&mut review, "cancellation.etf_structure", choice("fixed"));
        set(&mut review, "cancellation.etf_fixed_amount", usd(820_799));
        assert!(flag(&review, RULE).is_none());
        set(&mut review, "cancellation.etf_fixed_amount", usd(820_800));
        assert!(flag(&review, RULE).is_some());
        // 15,000 / 8,208 = 1.82749… → 182.7 %.
        set(&mut review, "cancellation.etf_fixed_amount", usd(1_500_000));
        assert!(
            flag(&review, RULE).unwrap().reason.starts_with(
                "Leaving early costs 182.7 % of the remaining charges (a fixed fee of USD 15,000.00 against USD 8,208.00 of charges remaining after month 12; "
            )
        );
        // A fixed-fee answer left over from before does not count once the form changes.
        set(&mut review, "cancellation.etf_structure", choice("none"));
        assert!(flag(&review, RULE).is_none());
    }

    #[test]
    fn critical_response_is_graded_the_same_in_the_figure_and_the_flag() {
        // (minutes, grade on seed 001's scale, flagged)
        let cases = [
            (3, "excellent", false),
            (15, "excellent", false),
            (16, "good", false),
            (29, "good", false),
            (30, "good", false),
            (61, "good", false),
            (120, "good", false),
            (121, "weak", true),
            (239, "weak", true),
            (240, "weak", true),
            (1440, "weak", true),
        ];
        let mut review = example_review_as_stored();
        for (minutes, grade, flagged) in cases {
            set(
                &mut review,
                "support.critical_response_minutes",
                AnswerValue::Integer(minutes),
            );
            let i = insights(&review, None);
            let figure = i
                .figures
                .iter()
                .find(|f| f.label == "Critical-issue response")
                .unwrap();
            assert_eq!(figure.value, format!("{minutes} min: {grade}"));
            let fired = i
                .flags
                .iter()
                .find(|f| f.rule_id == "support.slow_critical");
            assert_eq!(fired.is_some(), flagged, "{minutes} min");
            if let Some(f) = fired {
                assert!(
                    f.reason.starts_with(&format!(
                        "A critical issue gets a response in {minutes} minutes, slower than 120 minutes: weak"
                    )),
                    "{}",
                    f.reason
                );
            }
        }
    }

    #[test]
    fn acceptable_needs_every_key_question_and_not_sure_caps_at_negotiate() {
        let mut review = example_review_as_stored();
        // Upgrades: every key question answered, nothing fires.
        let upgrades = suggestion(&review, "upgrades");
        assert_eq!(upgrades.rating, Some(Rating::Acceptable));
        assert_eq!(
            upgrades.reasons,
            ["No playbook rule fired, and every deciding question is answered."]
        );
        // A key question unanswered: no suggestion, and the reason names it.
        review.answers.remove("upgrades.security_patches");
        let upgrades = suggestion(&review, "upgrades");
        assert_eq!(upgrades.rating, None);
        assert_eq!(
            upgrades.reasons,
            [format!(
                "Answer the deciding question for a suggestion: “{}”.",
                label("upgrades.security_patches")
            )]
        );
        // "Not sure" on a key question: at best negotiate, with why.
        set(
            &mut review,
            "upgrades.security_patches",
            AnswerValue::YesNo(YesNo::NotSure),
        );
        let upgrades = suggestion(&review, "upgrades");
        assert_eq!(upgrades.rating, Some(Rating::Negotiate));
        assert_eq!(
            upgrades.reasons,
            [format!(
                "Not sure on a deciding question: “{}”. Get the answer in writing before this area can be acceptable.",
                label("upgrades.security_patches")
            )]
        );
        // Not sure on a question that is not a key one changes nothing.
        set(
            &mut review,
            "upgrades.security_patches",
            AnswerValue::YesNo(YesNo::Yes),
        );
        set(
            &mut review,
            "upgrades.public_changelog",
            AnswerValue::YesNo(YesNo::NotSure),
        );
        assert_eq!(
            suggestion(&review, "upgrades").rating,
            Some(Rating::Acceptable)
        );

        // The example's exit for cause is "not sure": the fee flag decides (deal-breaker) and
        // the not-sure reason follows it.
        let cancellation = suggestion(&review, "cancellation");
        assert_eq!(cancellation.rating, Some(Rating::DealBreaker));
        assert!(cancellation.reasons[0].starts_with("Leaving early costs 100 %"));
        assert!(
            cancellation
                .reasons
                .last()
                .unwrap()
                .starts_with("Not sure on a deciding question: “Can you leave without a fee")
        );
    }

    fn label(id: &str) -> String {
        crate::template::template()
            .question(id)
            .unwrap()
            .1
            .label
            .clone()
    }

    #[test]
    fn key_questions_that_do_not_apply_are_not_required() {
        let mut review = example_review_as_stored();
        set(
            &mut review,
            "cancellation.exit_for_cause",
            AnswerValue::YesNo(YesNo::Yes),
        );
        set(
            &mut review,
            "cancellation.etf_structure",
            AnswerValue::Choice("none".into()),
        );
        set(
            &mut review,
            "cancellation.notice_days",
            AnswerValue::Days(60),
        );
        // The fixed amount, percentage and sliding scale are key questions, but none applies.
        let cancellation = suggestion(&review, "cancellation");
        assert_eq!(
            cancellation.rating,
            Some(Rating::Acceptable),
            "{:?}",
            cancellation.reasons
        );
        set(
            &mut review,
            "cancellation.etf_structure",
            AnswerValue::Choice("fixed".into()),
        );
        let cancellation = suggestion(&review, "cancellation");
        assert_eq!(cancellation.rating, None);
        assert!(cancellation.reasons[0].contains(&label("cancellation.etf_fixed_amount")));
    }

    #[test]
    fn the_warranty_flag_skips_leased_and_own_hardware() {
        let mut review = example_review_as_stored();
        assert_eq!(
            flag(&review, "warranty.short").unwrap().reason,
            "The hardware warranty ends 24 months before the 36-month term does."
        );
        for mode in ["leased", "byod"] {
            set(
                &mut review,
                "warranty.hardware_mode",
                AnswerValue::Choice(mode.into()),
            );
            assert!(flag(&review, "warranty.short").is_none(), "{mode}");
        }
    }

    #[test]
    fn a_saturated_upload_is_a_line_to_fix_before_go_live_not_a_deal_breaker() {
        let mut review = example_review_as_stored();
        set(
            &mut review,
            "bandwidth.concurrent_video",
            AnswerValue::Integer(0),
        );
        set(
            &mut review,
            "bandwidth.peak_concurrent_calls",
            AnswerValue::Integer(10),
        );
        // 10 G.711 calls need 0.872 Mbps: 0.872 / 1.08 = 80.74 % of the measured upload.
        set(
            &mut review,
            "bandwidth.measured_up_mbps",
            AnswerValue::Decimal(1.08),
        );
        let fired = flag(&review, "bandwidth.upload_saturated").unwrap();
        assert_eq!(fired.severity, Severity::Negotiate);
        assert!(fired.reason.starts_with("Fix before go-live: peak calls need 0.87 Mbps, 80.7 % of your measured 1.08 Mbps upload (limit 80 %)"), "{}", fired.reason);
        assert_ne!(
            suggestion(&review, "bandwidth").rating,
            Some(Rating::DealBreaker)
        );
    }
}

#[cfg(test)]
mod chinese {
    use super::*;
    use crate::insights::insights_in;
    use crate::sample::example_review_as_stored;

    /// The placeholders of a reason, in order of first use.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut found: Vec<&str> = text
            .match_indices('{')
            .filter_map(|(i, _)| text[i..].find('}').map(|end| &text[i..=i + end]))
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    fn has_han(text: &str) -> bool {
        text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    #[test]
    fn every_rule_has_a_chinese_rule_and_reason_with_the_same_placeholders() {
        for rule in RULES {
            assert!(
                has_han(rule.rule_zh),
                "{}: rule_zh {:?}",
                rule.id,
                rule.rule_zh
            );
            assert!(has_han(rule.reason_zh), "{}: reason_zh", rule.id);
            assert_eq!(
                placeholders(rule.reason_zh),
                placeholders(rule.reason),
                "{}: the Chinese reason fills in other figures than the English one",
                rule.id
            );
            // Full-width punctuation in Chinese sentences: no ASCII comma, colon or semicolon.
            for ascii in [", ", ": ", "; "] {
                assert!(
                    !rule.reason_zh.contains(ascii),
                    "{}: {ascii:?} in {}",
                    rule.id,
                    rule.reason_zh
                );
            }
        }
        let views = rule_views_in(Lang::ZhHans);
        assert_eq!(views.len(), RULES.len());
        let escalator = views
            .iter()
            .find(|v| v.id == "pricing.escalator_high")
            .unwrap();
        assert_eq!(escalator.rule, "年度涨幅超过5%");
        assert_eq!(escalator.threshold.as_deref(), Some("5%"));
        let claim = views
            .iter()
            .find(|v| v.id == "sla.claim_window_short")
            .unwrap();
        assert_eq!(claim.threshold.as_deref(), Some("30天"));
        // English is unchanged.
        assert_eq!(rule_views(), rule_views_in(Lang::En));
    }

    #[test]
    fn the_example_reviews_flags_read_in_chinese_with_the_approved_terms_and_amounts() {
        let i = insights_in(&example_review_as_stored(), None, Lang::ZhHans);
        let reason = |id: &str| {
            i.flags
                .iter()
                .find(|f| f.rule_id == id)
                .unwrap_or_else(|| panic!("{id} fires"))
                .reason
                .clone()
        };
        // All remaining charges (100 %); leaving after month 12 costs USD 10,259.28 (worked by
        // hand in insights::tests::example_review_key_figures), written "$10,259.28" in Chinese.
        assert_eq!(
            reason("cancellation.exit_fee_no_cause"),
            "提前解约要支付剩余费用的100%（剩余的全部月费；第12个月后解约需支付$10,259.28），而且合同没有写明因对方违约解约的权利，即使反复断线也无法免费退出。"
        );
        // 90 days' notice, more than 60.
        assert_eq!(
            reason("cancellation.long_notice"),
            "除非您提前90天发出通知，否则合同会自动续约；提前通知期超过60天，截止日期很容易错过。"
        );
        assert_eq!(reason("pricing.escalator_high"), "价格每年上涨7%，高于5%。");
        // 99.99 % each calendar month: 0.01 % × 28 × 86 400 s = 241.92 s → 4分2秒 in
        // February; × 31 days = 267.84 s → 4分28秒. 20 h of maintenance excluded.
        assert!(
            reason("sla.maintenance_exceeds_allowance").starts_with(
                "每个自然月最多有20小时的计划维护不计入可用性，超过了服务等级协议（SLA）允许的全部停机时间（每个自然月4分2秒至4分28秒）"
            ),
            "{}",
            reason("sla.maintenance_exceeds_allowance")
        );
        assert!(reason("pricing.cannot_reduce").contains("座席"));
        // Every flag and suggestion reads in Chinese.
        for flag in &i.flags {
            assert!(has_han(&flag.reason), "{}: {}", flag.rule_id, flag.reason);
        }
        for suggestion in &i.suggestions {
            for reason in &suggestion.reasons {
                assert!(has_han(reason), "{}: {reason}", suggestion.area_id);
            }
        }
        // A "not sure" deciding question is quoted with its Chinese label.
        let zh_template = crate::template::template_in(Lang::ZhHans);
        let (_, for_cause) = zh_template.question("cancellation.exit_for_cause").unwrap();
        let cancellation = i
            .suggestions
            .iter()
            .find(|s| s.area_id == "cancellation")
            .unwrap();
        assert!(
            cancellation
                .reasons
                .iter()
                .any(|r| r.contains(&format!("（“{}”）", for_cause.label))),
            "{:?}",
            cancellation.reasons
        );
    }

    #[test]
    fn suggestion_sentences_are_bilingual_and_english_is_unchanged() {
        let review = example_review_as_stored();
        let english = insights_in(&review, None, Lang::En);
        assert_eq!(english, crate::insights::insights(&review, None));
        let zh = insights_in(&review, None, Lang::ZhHans);
        // The example is unsure whether it can leave for cause: a deciding question of the
        // cancellation area.
        let cancellation = zh
            .suggestions
            .iter()
            .find(|s| s.area_id == "cancellation")
            .unwrap();
        assert!(
            cancellation
                .reasons
                .iter()
                .any(|r| r.contains("的答案是“不确定”：请先拿到书面答复")),
            "{:?}",
            cancellation.reasons
        );
    }
}
