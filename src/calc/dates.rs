//! Contract dates: when the term ends, when it renews, and the last day notice must arrive.
//!
//! Rules (the "corresponding date" rule used in contract law and by most providers):
//! - The renewal date is the start date plus the term in months, on the same day of the month.
//!   When that month has no such day (a start on 31 January, or on 29 February into a common
//!   year), the term runs to the end of that month and renews on the 1st of the next.
//! - The term ends the day before the renewal date (its last day of service).
//! - The notice deadline is counted back from the date the clause names: the end of the term
//!   ("at least 60 days before the end of the term", the usual wording, and the default) or the
//!   renewal date ("60 days before the renewal date").
//! - "At least N days before X" means the notice period must be served in full before X: notice
//!   arriving on day D counts D, D+1, …, X−1 as its N days, so the last day it may arrive is
//!   X − N (calendar days, the arrival day counted, X not). Any later and fewer than N days
//!   lie between the arrival and X. Example: end of term 2030-01-30, 60 days → 2029-12-01;
//!   counted before the renewal date 2030-01-31 instead → 2029-12-02. Counting from the end
//!   of the term always gives the earlier (or the same) day, so it is also the reading used
//!   when the wording is not known: it protects the owner.
//! - Notice in months: X minus that many months; when that month has no such day, the last day
//!   of that month (the earlier date, so the notice is never late).
//! - The deadline is the day notice must *arrive*, not the day it is sent.

use super::check_range;
use crate::error::{Error, Result, Words};
use crate::i18n::{Arg, Lang, msg, text, text_with};
use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How much notice the contract asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "unit", content = "count", rename_all = "snake_case")]
pub enum Notice {
    Days(u32),
    Months(u32),
}

impl Notice {
    /// "60 days", "1 month".
    pub fn describe(self) -> String {
        self.describe_in(Lang::En)
    }

    /// [`Notice::describe`] in `lang`: "60天", "1个月".
    pub fn describe_in(self, lang: Lang) -> String {
        let (key, n) = match self {
            Notice::Days(n) => (msg::CALC_NOTICE_DAYS, n),
            Notice::Months(n) => (msg::CALC_NOTICE_MONTHS, n),
        };
        text_with(lang, key, &[("n", Arg::from(n))])
    }

    /// The period as words to show later in whatever language the message is shown in.
    fn words(self) -> Words {
        let (key, n) = match self {
            Notice::Days(n) => (msg::CALC_NOTICE_DAYS, n),
            Notice::Months(n) => (msg::CALC_NOTICE_MONTHS, n),
        };
        Words::msg_with(key, vec![("n", Words::Count(i64::from(n)))])
    }

    /// The answer the period comes from, for error messages.
    fn field(self) -> &'static str {
        match self {
            Notice::Days(_) => "cancellation.notice_days",
            Notice::Months(_) => "cancellation.notice_months",
        }
    }
}

/// What the clause counts the notice period back from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NoticeBasis {
    /// "At least 60 days before the end of the (then-current) term": the term's last day.
    #[default]
    EndOfTerm,
    /// "60 days before the renewal date": the first day of the renewal term.
    RenewalDate,
}

impl NoticeBasis {
    /// The template's option ids (`end_of_term`, `renewal_date`) and the CLI's short words.
    pub fn parse(text: &str) -> Option<NoticeBasis> {
        match text {
            "end_of_term" | "end" => Some(NoticeBasis::EndOfTerm),
            "renewal_date" | "renewal" => Some(NoticeBasis::RenewalDate),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            NoticeBasis::EndOfTerm => "the end of the term",
            NoticeBasis::RenewalDate => "the renewal date",
        }
    }

    /// [`NoticeBasis::label`] in `lang`: "合同期限结束", "续约日".
    pub fn label_in(self, lang: Lang) -> String {
        text(
            lang,
            match self {
                NoticeBasis::EndOfTerm => msg::CALC_BASIS_END_OF_TERM,
                NoticeBasis::RenewalDate => msg::CALC_BASIS_RENEWAL_DATE,
            },
        )
    }
}

/// Below this many days left, the notice deadline is shown as a warning.
pub const NOTICE_WARNING_DAYS: i64 = 30;

/// How close the notice deadline is, seen from today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineStatus {
    /// [`NOTICE_WARNING_DAYS`] days or more left.
    Ahead,
    /// Fewer than [`NOTICE_WARNING_DAYS`] days left; 0 means today is the last day.
    Soon,
    /// The last day has gone: notice now arrives too late to stop this renewal.
    Passed,
}

impl DeadlineStatus {
    pub fn of(days_left: i64) -> DeadlineStatus {
        match days_left {
            d if d < 0 => DeadlineStatus::Passed,
            d if d < NOTICE_WARNING_DAYS => DeadlineStatus::Soon,
            _ => DeadlineStatus::Ahead,
        }
    }
}

/// Days left to the deadline in words: "45 days left", "today is the last day", "passed 3 days
/// ago".
pub fn days_left_words(days_left: i64) -> String {
    days_left_words_in(days_left, Lang::En)
}

/// [`days_left_words`] in `lang`: "还剩45天", "今天是最后一天", "已过3天".
pub fn days_left_words_in(days_left: i64, lang: Lang) -> String {
    match days_left {
        0 => text(lang, msg::CALC_DAYS_LAST_DAY),
        d if d < 0 => text_with(lang, msg::CALC_DAYS_PASSED, &[("n", Arg::from(-d))]),
        d => text_with(lang, msg::CALC_DAYS_LEFT, &[("n", Arg::from(d))]),
    }
}

/// The notice rule of `rule` in `lang` with its date as the language writes it: "90 days
/// before the end of the term (3 Jan 2030)", "合同期限结束（2030年1月3日）前90天".
fn notice_rule_words(lang: Lang, notice: Notice, basis: NoticeBasis, from: &str) -> String {
    text_with(
        lang,
        msg::CALC_NOTICE_RULE,
        &[
            ("period", Arg::from(notice.describe_in(lang))),
            ("basis", Arg::from(basis.label_in(lang))),
            ("from", Arg::from(from)),
        ],
    )
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContractDates {
    pub start: String,
    pub term_months: u32,
    /// Last day of service under the term.
    pub end: String,
    /// First day of the renewal term (if the contract renews).
    pub renewal: String,
    /// Last day on which notice must *arrive* to stop the renewal; null when no notice is needed.
    pub notice_deadline: Option<String>,
    /// The notice period used, when there is a deadline.
    pub notice: Option<Notice>,
    /// What the notice period is counted back from, when there is a deadline.
    pub notice_counted_before: Option<NoticeBasis>,
    /// The rule in words: "60 days before the end of the term (2030-01-30)".
    pub notice_rule: Option<String>,
    /// Calendar days from the deadline to the date it is counted back from (the notice period
    /// in days, also when it is given in months).
    #[ts(type = "number | null")]
    pub notice_period_days: Option<i64>,
    /// Months the contract renews for, when it renews automatically.
    pub renewal_term_months: Option<u32>,
    /// End of the renewal term, when it renews automatically.
    pub renewal_term_end: Option<String>,
    /// Days from `today` to the notice deadline (0 on the last day, negative once it has passed).
    #[ts(type = "number | null")]
    pub days_to_notice_deadline: Option<i64>,
    /// How close the deadline is, when `today` is known.
    pub notice_status: Option<DeadlineStatus>,
}

impl ContractDates {
    /// [`ContractDates::notice_rule`] as `lang` shows it, its date written the language's way:
    /// "60 days before the end of the term (30 Jan 2030)", "合同期限结束（2030年1月30日）前60天".
    pub fn notice_rule_in(&self, lang: Lang) -> Option<String> {
        let notice = self.notice?;
        let basis = self.notice_counted_before?;
        let from = match basis {
            NoticeBasis::EndOfTerm => &self.end,
            NoticeBasis::RenewalDate => &self.renewal,
        };
        Some(notice_rule_words(
            lang,
            notice,
            basis,
            &crate::i18n::format::iso_date(lang, from),
        ))
    }
}

/// A date typed on the command line, read by the same rule as the window's fields.
pub fn parse_date(field: &str, label: &str, text: &str) -> Result<NaiveDate> {
    crate::dates::parse(field, label, text)
}

/// The anniversary `months` after `start` under the corresponding-date rule.
pub fn anniversary(start: NaiveDate, months: u32) -> Option<NaiveDate> {
    let clamped = start.checked_add_months(Months::new(months))?;
    if clamped.day() == start.day() {
        Some(clamped)
    } else {
        // No such day in the target month: the period runs to its end.
        clamped.checked_add_days(Days::new(1))
    }
}

/// The last day notice may arrive to be given `notice` before `before` (the end of the term or
/// the renewal date): the N days from the arrival day up to the day before `before` make up the
/// whole period, so the deadline is `before − N`.
pub fn notice_deadline(before: NaiveDate, notice: Notice) -> Option<NaiveDate> {
    match notice {
        Notice::Days(days) => before.checked_sub_days(Days::new(u64::from(days))),
        // `checked_sub_months` clamps to the month's last day: the earlier, safe date.
        Notice::Months(months) => before.checked_sub_months(Months::new(months)),
    }
}

/// One term of a contract that renews: its last day, the renewal date that follows it and the
/// last day notice must arrive to leave at its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermCycle {
    /// 0 for the contract's own term, 1 for the first renewal term, and so on.
    pub renewals: u32,
    pub end: NaiveDate,
    pub renewal: NaiveDate,
    pub notice_deadline: NaiveDate,
}

/// The first term (the contract's own, then each renewal term of `renewal_term_months`) whose
/// notice deadline is `today` or later, with the one before it when there is one: the term
/// whose deadline has passed. Every term is dated from `start` by the corresponding-date rule
/// (`term + k × renewal` months), never chained from the previous end, so a start on the 31st
/// does not drift to the 28th; the deadline is counted back by [`notice_deadline`] exactly as
/// for the first term. `None` when the contract does not renew for a known term and its own
/// deadline has passed, or when no deadline can be found within 100 renewals.
pub fn next_exit(
    start: NaiveDate,
    term_months: u32,
    renewal_term_months: Option<u32>,
    notice: Notice,
    counted_before: NoticeBasis,
    today: NaiveDate,
) -> (Option<TermCycle>, Option<TermCycle>) {
    let cycle = |k: u32| -> Option<TermCycle> {
        let months = term_months.checked_add(k.checked_mul(renewal_term_months.unwrap_or(0))?)?;
        let renewal = anniversary(start, months)?;
        let end = renewal.pred_opt()?;
        let counted_from = match counted_before {
            NoticeBasis::EndOfTerm => end,
            NoticeBasis::RenewalDate => renewal,
        };
        Some(TermCycle {
            renewals: k,
            end,
            renewal,
            notice_deadline: notice_deadline(counted_from, notice)?,
        })
    };
    let renews = renewal_term_months.is_some_and(|m| m > 0);
    let mut previous = None;
    for k in 0..=if renews { 100 } else { 0 } {
        let Some(c) = cycle(k) else {
            return (previous, None);
        };
        if c.notice_deadline >= today {
            return (previous, Some(c));
        }
        previous = Some(c);
    }
    (previous, None)
}

/// The dates of a contract starting on `start` for `term_months`.
///
/// `notice` is `None` when the contract does not renew automatically or no notice is needed;
/// `counted_before` says what the clause counts it back from. A notice period as long as the
/// term or longer is refused: it could only be given before the service starts.
pub fn contract_dates(
    start: NaiveDate,
    term_months: u32,
    notice: Option<Notice>,
    counted_before: NoticeBasis,
    renewal_term_months: Option<u32>,
    today: Option<NaiveDate>,
) -> Result<ContractDates> {
    check_range(
        "context.term_months",
        msg::CALC_LABEL_CONTRACT_TERM,
        i64::from(term_months),
        1,
        120,
        msg::CALC_UNIT_MONTHS,
    )?;
    if let Some(months) = renewal_term_months {
        check_range(
            "cancellation.renewal_term_months",
            msg::CALC_LABEL_RENEWAL_TERM,
            i64::from(months),
            0,
            120,
            msg::CALC_UNIT_MONTHS,
        )?;
    }
    let overflow = || {
        Error::invalid(
            "context.start_date",
            msg::CALC_LABEL_START_DATE,
            msg::CALC_START_TOO_FAR,
        )
    };
    let renewal = anniversary(start, term_months).ok_or_else(overflow)?;
    let end = renewal.pred_opt().ok_or_else(overflow)?;
    let deadline = match notice {
        Some(n) => {
            let term_days = (renewal - start).num_days();
            let (period, term) = match n {
                Notice::Days(d) => (i64::from(d), term_days),
                Notice::Months(m) => (i64::from(m), i64::from(term_months)),
            };
            let too_long = || {
                Error::invalid(
                    n.field(),
                    msg::CALC_LABEL_NOTICE_PERIOD,
                    Words::msg_with(
                        if period > term {
                            msg::CALC_NOTICE_LONGER
                        } else {
                            msg::CALC_NOTICE_AS_LONG
                        },
                        vec![
                            ("period", n.words()),
                            ("term", Words::Plain(term_months.to_string())),
                        ],
                    ),
                )
            };
            if period >= term {
                return Err(too_long());
            }
            let counted_from = match counted_before {
                NoticeBasis::EndOfTerm => end,
                NoticeBasis::RenewalDate => renewal,
            };
            let deadline = notice_deadline(counted_from, n).ok_or_else(overflow)?;
            // Shorter than the term always lands on or after the start; kept as a guard.
            if deadline < start {
                return Err(too_long());
            }
            Some((n, counted_from, deadline))
        }
        None => None,
    };
    let renewal_end = match renewal_term_months {
        Some(months) if months > 0 => Some(
            anniversary(start, term_months + months)
                .ok_or_else(overflow)?
                .pred_opt()
                .ok_or_else(overflow)?,
        ),
        _ => None,
    };
    let days_left = match (deadline, today) {
        (Some((_, _, d)), Some(t)) => Some((d - t).num_days()),
        _ => None,
    };
    Ok(ContractDates {
        start: start.to_string(),
        term_months,
        end: end.to_string(),
        renewal: renewal.to_string(),
        notice_deadline: deadline.map(|(_, _, d)| d.to_string()),
        notice: deadline.map(|(n, _, _)| n),
        notice_counted_before: deadline.map(|_| counted_before),
        notice_rule: deadline
            .map(|(n, from, _)| notice_rule_words(Lang::En, n, counted_before, &from.to_string())),
        notice_period_days: deadline.map(|(_, from, d)| (from - d).num_days()),
        renewal_term_months: renewal_term_months.filter(|m| *m > 0),
        renewal_term_end: renewal_end.map(|d| d.to_string()),
        days_to_notice_deadline: days_left,
        notice_status: days_left.map(DeadlineStatus::of),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use NoticeBasis::{EndOfTerm, RenewalDate};

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn deadline(start: &str, term: u32, notice: Notice, basis: NoticeBasis) -> String {
        contract_dates(d(start), term, Some(notice), basis, None, None)
            .unwrap()
            .notice_deadline
            .unwrap()
    }

    #[test]
    fn the_domain_briefs_example_counts_back_from_the_end_of_the_term() {
        // 2027-01-31 + 36 months = 2030-01-31 (a real 31 January): the renewal date; the term
        // ends the day before, 2030-01-30. "At least 60 days before the end of the term":
        // 2030-01-30 − 30 days = 2029-12-31, − 30 more = 2029-12-01.
        let dates = contract_dates(
            d("2027-01-31"),
            36,
            Some(Notice::Days(60)),
            EndOfTerm,
            Some(12),
            None,
        )
        .unwrap();
        assert_eq!(
            (dates.end.as_str(), dates.renewal.as_str()),
            ("2030-01-30", "2030-01-31")
        );
        assert_eq!(dates.notice_deadline.as_deref(), Some("2029-12-01"));
        assert_eq!(
            dates.notice_rule.as_deref(),
            Some("60 days before the end of the term (2030-01-30)")
        );
        assert_eq!(dates.notice_period_days, Some(60));
        assert_eq!(dates.notice_counted_before, Some(EndOfTerm));
        // Counted before the renewal date instead: 2030-01-31 − 31 days = 2029-12-31, − 29
        // more = 2029-12-02, one day later.
        let renewal = contract_dates(
            d("2027-01-31"),
            36,
            Some(Notice::Days(60)),
            RenewalDate,
            Some(12),
            None,
        )
        .unwrap();
        assert_eq!(renewal.notice_deadline.as_deref(), Some("2029-12-02"));
        assert_eq!(
            renewal.notice_rule.as_deref(),
            Some("60 days before the renewal date (2030-01-31)")
        );
        // The default is the end of the term.
        assert_eq!(NoticeBasis::default(), EndOfTerm);
    }

    #[test]
    fn three_year_term_from_the_example() {
        // Renewal 2027-01-04 + 36 months = 2030-01-04, term ends 2030-01-03. 60 days before
        // the end of the term: 2030-01-03 − 3 = 2029-12-31, − 30 = 2029-12-01 (33 days), − 27
        // = 2029-11-04 (60). It was 2029-11-05 (renewal − 60) before: a day late for a clause
        // worded "before the end of the term".
        let dates = contract_dates(
            d("2027-01-04"),
            36,
            Some(Notice::Days(60)),
            EndOfTerm,
            Some(12),
            Some(d("2029-10-01")),
        )
        .unwrap();
        assert_eq!(dates.end, "2030-01-03");
        assert_eq!(dates.renewal, "2030-01-04");
        assert_eq!(dates.notice_deadline.as_deref(), Some("2029-11-04"));
        assert_eq!(dates.renewal_term_end.as_deref(), Some("2031-01-03"));
        // 1 October → 1 November is 31 days, → 4 November 34.
        assert_eq!(dates.days_to_notice_deadline, Some(34));
        assert_eq!(dates.notice_status, Some(DeadlineStatus::Ahead));
    }

    #[test]
    fn start_on_31_january_runs_to_month_end() {
        // One month from 31 January: February has no 31st, so the month runs to its end.
        let one = contract_dates(d("2027-01-31"), 1, None, EndOfTerm, None, None).unwrap();
        assert_eq!(
            (one.end.as_str(), one.renewal.as_str()),
            ("2027-02-28", "2027-03-01")
        );
        // 10 days before the end of that term: 2027-02-28 − 10 = 2027-02-18; before the
        // renewal date 2027-03-01: 2027-02-19.
        assert_eq!(
            deadline("2027-01-31", 1, Notice::Days(10), EndOfTerm),
            "2027-02-18"
        );
        assert_eq!(
            deadline("2027-01-31", 1, Notice::Days(10), RenewalDate),
            "2027-02-19"
        );
        // 36 months from 31 January lands on a real 31 January.
        let three = contract_dates(d("2027-01-31"), 36, None, EndOfTerm, None, None).unwrap();
        assert_eq!(
            (three.end.as_str(), three.renewal.as_str()),
            ("2030-01-30", "2030-01-31")
        );
        // Into a leap February: 29 February is the last day.
        let leap = contract_dates(d("2027-01-31"), 13, None, EndOfTerm, None, None).unwrap();
        assert_eq!(leap.end, "2028-02-29");
    }

    #[test]
    fn start_on_29_february() {
        // 12 months from a leap day: 2029 has no 29 February, so the term ends 2029-02-28 and
        // renews 2029-03-01.
        let dates = contract_dates(
            d("2028-02-29"),
            12,
            Some(Notice::Days(30)),
            EndOfTerm,
            None,
            None,
        )
        .unwrap();
        assert_eq!(
            (dates.end.as_str(), dates.renewal.as_str()),
            ("2029-02-28", "2029-03-01")
        );
        // 2029-02-28 − 28 days = 2029-01-31, − 2 more = 2029-01-29. (Renewal − 30 days was
        // 2029-01-30, a day late for "before the end of the term".)
        assert_eq!(dates.notice_deadline.as_deref(), Some("2029-01-29"));
        assert_eq!(
            deadline("2028-02-29", 12, Notice::Days(30), RenewalDate),
            "2029-01-30"
        );
        // One month before 2029-02-28 is 2029-01-28; before 2029-03-01 it is 2029-02-01.
        assert_eq!(
            deadline("2028-02-29", 12, Notice::Months(1), EndOfTerm),
            "2029-01-28"
        );
        assert_eq!(
            deadline("2028-02-29", 12, Notice::Months(1), RenewalDate),
            "2029-02-01"
        );
        // 48 months lands on the next leap day.
        let four = contract_dates(d("2028-02-29"), 48, None, EndOfTerm, None, None).unwrap();
        assert_eq!(four.renewal, "2032-02-29");
    }

    #[test]
    fn notice_crossing_a_year_end() {
        // Renewal 2030-01-15, term ends 2030-01-14. 30 days: 2030-01-14 − 14 = 2029-12-31,
        // − 16 more = 2029-12-15. (Renewal − 30 days was 2029-12-16.)
        assert_eq!(
            deadline("2027-01-15", 36, Notice::Days(30), EndOfTerm),
            "2029-12-15"
        );
        assert_eq!(
            deadline("2027-01-15", 36, Notice::Days(30), RenewalDate),
            "2029-12-16"
        );
        // Renewal 2030-02-01, term ends 2030-01-31. Two months before 2030-01-31 would be
        // 31 November: November's last day, 2029-11-30. Before the renewal date: 2029-12-01.
        assert_eq!(
            deadline("2027-02-01", 36, Notice::Months(2), EndOfTerm),
            "2029-11-30"
        );
        assert_eq!(
            deadline("2027-02-01", 36, Notice::Months(2), RenewalDate),
            "2029-12-01"
        );
    }

    #[test]
    fn notice_in_months_clamps_to_the_earlier_day() {
        // 2027-05-31 + 34 months = 2030-03-31. One month before the renewal date would be
        // 31 February, before the end of the term (2030-03-30) 30 February: both clamp to
        // 2030-02-28, the earlier day.
        let dates = contract_dates(
            d("2027-05-31"),
            34,
            Some(Notice::Months(1)),
            RenewalDate,
            None,
            None,
        )
        .unwrap();
        assert_eq!(dates.renewal, "2030-03-31");
        assert_eq!(dates.notice_deadline.as_deref(), Some("2030-02-28"));
        assert_eq!(
            deadline("2027-05-31", 34, Notice::Months(1), EndOfTerm),
            "2030-02-28"
        );
        // 2027-06-01 + 34 months = 2030-04-01; the term ends 2030-03-31. One month before the
        // end of the term is "31 February": 2030-02-28; before the renewal date: 2030-03-01.
        assert_eq!(
            deadline("2027-06-01", 34, Notice::Months(1), EndOfTerm),
            "2030-02-28"
        );
        assert_eq!(
            deadline("2027-06-01", 34, Notice::Months(1), RenewalDate),
            "2030-03-01"
        );
        // A term ending 31 December with three months' notice: "31 September" clamps to
        // 30 September (the same answer contract-tracking guides give for this case).
        let dec = contract_dates(
            d("2027-01-01"),
            36,
            Some(Notice::Months(3)),
            EndOfTerm,
            None,
            None,
        )
        .unwrap();
        assert_eq!(dec.end, "2029-12-31");
        assert_eq!(dec.notice_deadline.as_deref(), Some("2029-09-30"));
        assert_eq!(
            dec.notice_rule.as_deref(),
            Some("3 months before the end of the term (2029-12-31)")
        );
        // 30 September → 31 October 31 days, → 30 November 30, → 31 December 31: 92 days.
        assert_eq!(dec.notice_period_days, Some(92));
    }

    #[test]
    fn days_left_and_the_warning_below_30_days() {
        // Deadline 2029-12-01 (the brief's example). From 1 November: 30 days, no warning;
        // from 2 November: 29, a warning; on 1 December: 0, the last day; on 2 December: passed.
        for (today, left, status, words) in [
            ("2029-11-01", 30, DeadlineStatus::Ahead, "30 days left"),
            ("2029-11-02", 29, DeadlineStatus::Soon, "29 days left"),
            ("2029-11-30", 1, DeadlineStatus::Soon, "1 day left"),
            (
                "2029-12-01",
                0,
                DeadlineStatus::Soon,
                "today is the last day",
            ),
            ("2029-12-02", -1, DeadlineStatus::Passed, "passed 1 day ago"),
            (
                "2029-12-31",
                -30,
                DeadlineStatus::Passed,
                "passed 30 days ago",
            ),
        ] {
            let dates = contract_dates(
                d("2027-01-31"),
                36,
                Some(Notice::Days(60)),
                EndOfTerm,
                None,
                Some(d(today)),
            )
            .unwrap();
            assert_eq!(dates.days_to_notice_deadline, Some(left), "{today}");
            assert_eq!(dates.notice_status, Some(status), "{today}");
            assert_eq!(days_left_words(left), words);
        }
        // No notice, no deadline and nothing left to count.
        let none = contract_dates(
            d("2027-01-31"),
            36,
            None,
            EndOfTerm,
            None,
            Some(d("2029-11-01")),
        )
        .unwrap();
        assert_eq!(
            (none.notice_deadline, none.notice_status, none.notice_rule),
            (None, None, None)
        );
    }

    #[test]
    fn notice_longer_than_the_term_is_refused() {
        let refused = |notice, basis| {
            contract_dates(d("2027-01-04"), 12, Some(notice), basis, None, None)
                .unwrap_err()
                .to_string()
        };
        assert_eq!(
            refused(Notice::Days(400), EndOfTerm),
            "Notice period: 400 days is longer than the 12-month term; notice must fit within the term"
        );
        // 2027-01-04 → 2028-01-04 is 365 days (2027 is a common year): notice of 365 days is
        // the whole term, whatever it is counted from.
        for basis in [EndOfTerm, RenewalDate] {
            assert_eq!(
                refused(Notice::Days(365), basis),
                "Notice period: 365 days is as long as the 12-month term; notice must fit within the term"
            );
            assert_eq!(
                refused(Notice::Months(12), basis),
                "Notice period: 12 months is as long as the 12-month term; notice must fit within the term"
            );
        }
        assert_eq!(
            refused(Notice::Months(13), EndOfTerm),
            "Notice period: 13 months is longer than the 12-month term; notice must fit within the term"
        );
        match contract_dates(
            d("2027-01-04"),
            12,
            Some(Notice::Months(13)),
            EndOfTerm,
            None,
            None,
        ) {
            Err(Error::Invalid { field, .. }) => assert_eq!(field, "cancellation.notice_months"),
            other => panic!("{other:?}"),
        }
        // 364 days before the end of the term (2028-01-03) is the start date itself: allowed.
        assert_eq!(
            deadline("2027-01-04", 12, Notice::Days(364), EndOfTerm),
            "2027-01-04"
        );
        // 11 months before 2028-01-03 is 2027-02-03.
        assert_eq!(
            deadline("2027-01-04", 12, Notice::Months(11), EndOfTerm),
            "2027-02-03"
        );
        let err = contract_dates(d("2027-01-04"), 0, None, EndOfTerm, None, None).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Contract term: must be between 1 and 120 months, not 0"
        );
    }

    #[test]
    fn the_basis_reads_the_template_and_the_cli_words() {
        assert_eq!(NoticeBasis::parse("end_of_term"), Some(EndOfTerm));
        assert_eq!(NoticeBasis::parse("end"), Some(EndOfTerm));
        assert_eq!(NoticeBasis::parse("renewal_date"), Some(RenewalDate));
        assert_eq!(NoticeBasis::parse("renewal"), Some(RenewalDate));
        assert_eq!(NoticeBasis::parse("not_sure"), None);
    }
}
