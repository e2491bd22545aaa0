//! Contract dates: when the term ends, when it renews, and the last day to give notice.
//!
//! Rules (the "corresponding date" rule used in contract law and by most providers):
//! - The renewal date is the start date plus the term in months, on the same day of the month.
//!   When that month has no such day (a start on 31 January, or on 29 February into a common
//!   year), the term runs to the end of that month and renews on the 1st of the next.
//! - The term ends the day before the renewal date.
//! - Notice in days: the last day to give notice is the renewal date minus that many days, so
//!   the notice period is served in full before the renewal date.
//! - Notice in months: the renewal date minus that many months; when that month has no such
//!   day, the last day of that month (the earlier date, so the notice is never late).

use super::check_range;
use crate::error::{Error, Result};
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContractDates {
    pub start: String,
    pub term_months: u32,
    /// Last day of service under the term.
    pub end: String,
    /// First day of the renewal term (if the contract renews).
    pub renewal: String,
    /// Last day on which notice stops the renewal; null when no notice is needed.
    pub notice_deadline: Option<String>,
    /// Months the contract renews for, when it renews automatically.
    pub renewal_term_months: Option<u32>,
    /// End of the renewal term, when it renews automatically.
    pub renewal_term_end: Option<String>,
    /// Days from `today` to the notice deadline (negative once it has passed).
    #[ts(type = "number | null")]
    pub days_to_notice_deadline: Option<i64>,
}

pub fn parse_date(field: &str, label: &str, text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
        Error::invalid(
            field,
            label,
            format!("must be a real date written YYYY-MM-DD, not \"{text}\""),
        )
    })
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

/// The last day to give notice before `renewal`.
pub fn notice_deadline(renewal: NaiveDate, notice: Notice) -> Option<NaiveDate> {
    match notice {
        Notice::Days(days) => renewal.checked_sub_days(Days::new(u64::from(days))),
        // `checked_sub_months` clamps to the month's last day: the earlier, safe date.
        Notice::Months(months) => renewal.checked_sub_months(Months::new(months)),
    }
}

/// The dates of a contract starting on `start` for `term_months`.
///
/// `notice` is `None` when the contract does not renew automatically or no notice is needed.
/// A notice period as long as the term or longer is refused: it would have to be given before
/// the service starts.
pub fn contract_dates(
    start: NaiveDate,
    term_months: u32,
    notice: Option<Notice>,
    renewal_term_months: Option<u32>,
    today: Option<NaiveDate>,
) -> Result<ContractDates> {
    check_range(
        "context.term_months",
        "Contract term",
        i64::from(term_months),
        1,
        120,
        "months",
    )?;
    if let Some(months) = renewal_term_months {
        check_range(
            "cancellation.renewal_term_months",
            "Renewal term",
            i64::from(months),
            0,
            120,
            "months",
        )?;
    }
    let overflow = || {
        Error::invalid(
            "context.start_date",
            "Planned start date",
            "is too far in the future to compute the contract's dates",
        )
    };
    let renewal = anniversary(start, term_months).ok_or_else(overflow)?;
    let end = renewal.pred_opt().ok_or_else(overflow)?;
    let deadline = match notice {
        Some(n) => {
            let deadline = notice_deadline(renewal, n).ok_or_else(overflow)?;
            if deadline < start {
                let (field, label, amount) = match n {
                    Notice::Days(d) => (
                        "cancellation.notice_days",
                        "Notice period",
                        crate::wording::count(d, "day", "days"),
                    ),
                    Notice::Months(m) => (
                        "cancellation.notice_months",
                        "Notice period",
                        crate::wording::count(m, "month", "months"),
                    ),
                };
                return Err(Error::invalid(
                    field,
                    label,
                    format!(
                        "{amount} is longer than the {term_months}-month term; notice must fit within the term"
                    ),
                ));
            }
            Some(deadline)
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
    Ok(ContractDates {
        start: start.to_string(),
        term_months,
        end: end.to_string(),
        renewal: renewal.to_string(),
        notice_deadline: deadline.map(|d| d.to_string()),
        renewal_term_months: renewal_term_months.filter(|m| *m > 0),
        renewal_term_end: renewal_end.map(|d| d.to_string()),
        days_to_notice_deadline: match (deadline, today) {
            (Some(d), Some(t)) => Some((d - t).num_days()),
            _ => None,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn three_year_term_from_the_example() {
        let dates = contract_dates(
            d("2027-01-04"),
            36,
            Some(Notice::Days(60)),
            Some(12),
            Some(d("2029-10-01")),
        )
        .unwrap();
        assert_eq!(dates.end, "2030-01-03");
        assert_eq!(dates.renewal, "2030-01-04");
        assert_eq!(dates.notice_deadline.as_deref(), Some("2029-11-05"));
        assert_eq!(dates.renewal_term_end.as_deref(), Some("2031-01-03"));
        assert_eq!(dates.days_to_notice_deadline, Some(35));
    }

    #[test]
    fn start_on_31_january_runs_to_month_end() {
        // One month from 31 January: February has no 31st, so the month runs to its end.
        let one = contract_dates(d("2027-01-31"), 1, None, None, None).unwrap();
        assert_eq!(
            (one.end.as_str(), one.renewal.as_str()),
            ("2027-02-28", "2027-03-01")
        );
        // 36 months from 31 January lands on a real 31 January.
        let three = contract_dates(d("2027-01-31"), 36, None, None, None).unwrap();
        assert_eq!(
            (three.end.as_str(), three.renewal.as_str()),
            ("2030-01-30", "2030-01-31")
        );
        // Into a leap February: 29 February is the last day.
        let leap = contract_dates(d("2027-01-31"), 13, None, None, None).unwrap();
        assert_eq!(leap.end, "2028-02-29");
    }

    #[test]
    fn start_on_29_february() {
        // 12 months from a leap day: 2029 has no 29 February.
        let dates =
            contract_dates(d("2028-02-29"), 12, Some(Notice::Days(30)), None, None).unwrap();
        assert_eq!(
            (dates.end.as_str(), dates.renewal.as_str()),
            ("2029-02-28", "2029-03-01")
        );
        assert_eq!(dates.notice_deadline.as_deref(), Some("2029-01-30"));
        // 48 months lands on the next leap day.
        let four = contract_dates(d("2028-02-29"), 48, None, None, None).unwrap();
        assert_eq!(four.renewal, "2032-02-29");
    }

    #[test]
    fn notice_crossing_a_year_end() {
        let dates =
            contract_dates(d("2027-01-15"), 36, Some(Notice::Days(30)), None, None).unwrap();
        assert_eq!(dates.renewal, "2030-01-15");
        assert_eq!(dates.notice_deadline.as_deref(), Some("2029-12-16"));
        let months =
            contract_dates(d("2027-02-01"), 36, Some(Notice::Months(2)), None, None).unwrap();
        assert_eq!(months.notice_deadline.as_deref(), Some("2029-12-01"));
    }

    #[test]
    fn notice_in_months_clamps_to_the_earlier_day() {
        let dates =
            contract_dates(d("2027-05-31"), 34, Some(Notice::Months(1)), None, None).unwrap();
        assert_eq!(dates.renewal, "2030-03-31");
        assert_eq!(dates.notice_deadline.as_deref(), Some("2030-02-28"));
    }

    #[test]
    fn notice_longer_than_the_term_is_refused() {
        let err =
            contract_dates(d("2027-01-04"), 12, Some(Notice::Days(400)), None, None).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Notice period: 400 days is longer than the 12-month term; notice must fit within the term"
        );
        let err = contract_dates(d("2027-01-04"), 0, None, None, None).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Contract term: must be between 1 and 120 months, not 0"
        );
    }
}
