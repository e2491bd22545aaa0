//! After signing: the dates of a contract in force (a review marked signed), from the same
//! calculators as the review's figures: the notice deadline and renewal
//! ([`crate::calc::dates`] through [`figures::compute`]), the price at each anniversary and
//! when a promotion ends (the contracted schedule of [`figures::contracted_charges`], as the
//! cost to leave), the end of the walk-away window ([`exit::walkaway_last_day`]), the end of
//! the warranty and of a price lock. Nothing here recomputes a date another way.
//!
//! Rules and examples: docs/calculations.md, "Deadlines of a signed contract".

pub mod ics;
pub mod letter;

use crate::calc::dates::{self, DeadlineStatus, Notice, NoticeBasis, TermCycle};
use crate::calc::{exit, trim_number};
use crate::error::Result;
use crate::insights::figures;
use crate::model::{Review, ReviewId, YesNo};
use crate::store::Store;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a dated event of a contract is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// The last day notice must arrive to stop the renewal.
    NoticeDeadline,
    /// The last day of the free walk-away window.
    WalkAwayEnd,
    /// The promotional months are over: the full charge starts.
    PromotionEnd,
    /// An anniversary at which the escalator raises the monthly charge.
    PriceIncrease,
    /// The last day the hardware warranty covers.
    WarrantyEnd,
    /// The last day of a price locked for the term.
    PriceLockEnd,
    /// The last day of the term (a contract that does not renew, or a renewal term).
    TermEnd,
    /// The day the contract renews unless notice arrived in time.
    Renewal,
}

impl DeadlineKind {
    /// Deadlines that ask the owner to act by that day (the others are events to expect).
    pub fn is_action(self) -> bool {
        matches!(
            self,
            DeadlineKind::NoticeDeadline | DeadlineKind::WalkAwayEnd | DeadlineKind::WarrantyEnd
        )
    }

    /// The short name used in stable calendar UIDs and the CLI's JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            DeadlineKind::NoticeDeadline => "notice-deadline",
            DeadlineKind::WalkAwayEnd => "walk-away-end",
            DeadlineKind::PromotionEnd => "promotion-end",
            DeadlineKind::PriceIncrease => "price-increase",
            DeadlineKind::WarrantyEnd => "warranty-end",
            DeadlineKind::PriceLockEnd => "price-lock-end",
            DeadlineKind::TermEnd => "term-end",
            DeadlineKind::Renewal => "renewal",
        }
    }
}

/// One dated event of a signed contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Deadline {
    pub review_id: ReviewId,
    /// The contract as the home list names it (the provider, or the example's title).
    pub contract: String,
    pub kind: DeadlineKind,
    /// Unique within the contract and stable across recomputations (the calendar UID is built
    /// from it and the review id): "notice-deadline", "price-increase-2",
    /// "notice-deadline-renewal-1".
    pub key: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// "Notice deadline", "Price increase (year 2)".
    pub title: String,
    /// What happens that day and what to do, in a sentence or two, dates as the app shows them.
    pub detail: String,
    /// The new monthly charge from that day, in minor units of `currency`, for price changes.
    #[ts(type = "number | null")]
    pub monthly_minor: Option<i64>,
    pub currency: String,
    /// Days from today to the date: 0 on the day, negative once it has passed.
    #[ts(type = "number")]
    pub days_left: i64,
    /// "45 days left", "today", "passed 3 days ago".
    pub days_left_words: String,
    /// Under 30 days (soon) or passed; for events as for deadlines.
    pub status: DeadlineStatus,
    /// A notice deadline that has passed while the renewal it would have stopped is still ahead
    /// (marked overdue in the app; listed with the upcoming deadlines until that renewal).
    pub overdue: bool,
}

/// Every dated event of one signed contract, and what the owner must know about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ContractDeadlines {
    pub review_id: ReviewId,
    pub contract: String,
    /// `YYYY-MM-DD` the contract was signed.
    pub signed_on: String,
    /// Sorted by date, then by kind.
    pub deadlines: Vec<Deadline>,
    /// Set once the notice deadline has passed: says so plainly and gives the next possible
    /// exit date (or why it is not known).
    pub notice_passed: Option<String>,
    /// Why some dates cannot be computed ("no start date"), in a sentence; null when complete.
    pub missing: Option<String>,
}

/// The home screen's panel: what is coming up across every signed contract, and each contract
/// (for its notes: a passed notice deadline, missing inputs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DeadlinesOverview {
    /// `YYYY-MM-DD` the days left are counted from.
    pub today: String,
    pub upcoming: Vec<Deadline>,
    pub contracts: Vec<ContractDeadlines>,
}

/// What writing a calendar file did, for the app to report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CalendarExport {
    pub path: String,
    pub events: u32,
    pub contracts: u32,
}

/// The overview of every signed contract seen from `today`.
pub fn overview(store: &Store, today: NaiveDate) -> Result<DeadlinesOverview> {
    let contracts = all_contracts(store, today)?;
    Ok(DeadlinesOverview {
        today: crate::dates::iso(today),
        upcoming: upcoming(&contracts, None),
        contracts,
    })
}

/// The calendar text for `contracts`, refused when there is nothing to put in it (with the
/// reason: not signed, no start date).
pub fn calendar_for(
    contracts: &[ContractDeadlines],
    generated_at: chrono::DateTime<chrono::Utc>,
) -> Result<(String, u32)> {
    let events: usize = contracts.iter().map(|c| c.deadlines.len()).sum();
    if events == 0 {
        let why = contracts
            .iter()
            .find_map(|c| c.missing.clone())
            .unwrap_or_else(|| "No contract is marked signed.".into());
        return Err(crate::error::Error::invalid(
            "signed_on",
            "Calendar file",
            format!("has no deadlines to write. {why}"),
        ));
    }
    Ok((ics::calendar(contracts, generated_at), events as u32))
}

/// The contract's name, as the home list shows it.
pub fn contract_name(review: &Review) -> String {
    if review.is_example {
        crate::sample::EXAMPLE_TITLE.to_owned()
    } else {
        review.context.provider.clone()
    }
}

/// How notice must be given, as the review's answer says; a sentence when it is not entered.
pub fn notice_method(review: &Review) -> Option<String> {
    match review.answers.get("cancellation.notice_method") {
        Some(crate::model::AnswerValue::Text(text)) if !text.trim().is_empty() => {
            Some(text.trim().to_owned())
        }
        _ => None,
    }
}

/// The cancellation clause reference entered on the review, if any.
pub fn cancellation_clause(review: &Review) -> Option<String> {
    review
        .areas
        .iter()
        .find(|a| a.area_id == "cancellation")
        .map(|a| a.clause_reference.trim().to_owned())
        .filter(|c| !c.is_empty())
}

fn days_words(kind: DeadlineKind, days: i64) -> String {
    if kind.is_action() {
        return dates::days_left_words(days);
    }
    match days {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "1 day ago".into(),
        d if d < 0 => format!("{} days ago", -d),
        d => format!("in {d} days"),
    }
}

fn shown(date: NaiveDate) -> String {
    crate::dates::display(date)
}

struct Builder<'a> {
    review: &'a Review,
    contract: String,
    today: NaiveDate,
    out: Vec<Deadline>,
}

impl Builder<'_> {
    // One call a deadline, every field named at the call site: a struct literal would only
    // repeat the field names of `Deadline`.
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        kind: DeadlineKind,
        key: String,
        date: NaiveDate,
        title: String,
        detail: String,
        monthly_minor: Option<i64>,
        overdue_until: Option<NaiveDate>,
    ) {
        let days_left = (date - self.today).num_days();
        let status = DeadlineStatus::of(days_left);
        let overdue =
            status == DeadlineStatus::Passed && overdue_until.is_some_and(|u| u >= self.today);
        self.out.push(Deadline {
            review_id: self.review.id,
            contract: self.contract.clone(),
            kind,
            key,
            date: crate::dates::iso(date),
            title,
            detail,
            monthly_minor,
            currency: self.review.context.currency.clone(),
            days_left,
            days_left_words: days_words(kind, days_left),
            status,
            overdue,
        });
    }

    fn money(&self, minor: i64) -> String {
        let currency = &self.review.context.currency;
        format!(
            "{currency} {}",
            crate::money::format_amount(minor, currency)
        )
    }
}

/// Every dated event of a signed review, seen from `today`. An unsigned review has none (an
/// empty list with `missing` saying so).
pub fn contract_deadlines(review: &Review, today: NaiveDate) -> ContractDeadlines {
    let contract = contract_name(review);
    let mut result = ContractDeadlines {
        review_id: review.id,
        contract: contract.clone(),
        signed_on: review.signed_on.clone().unwrap_or_default(),
        deadlines: Vec::new(),
        notice_passed: None,
        missing: None,
    };
    if review.signed_on.is_none() {
        result.missing = Some("The contract is not marked signed.".into());
        return result;
    }
    let Some(start) = review
        .context
        .start_date
        .as_deref()
        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
    else {
        result.missing = Some(
            "No start date is entered: enter the contract's start date on the quote details to see its deadlines.".into(),
        );
        return result;
    };
    // The same computation as the review's "Contract dates" figure (notice in days or months,
    // the earlier deadline when both, the basis the clause names).
    let (calc, _) = figures::compute(review, Some(today));
    let Some(contract_dates) = calc.dates else {
        result.missing = Some(
            "The contract's dates cannot be computed: check the notice period on the cancellation page.".into(),
        );
        return result;
    };
    let mut b = Builder {
        review,
        contract,
        today,
        out: Vec::new(),
    };
    let parse = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let (Some(end), Some(renewal)) = (parse(&contract_dates.end), parse(&contract_dates.renewal))
    else {
        return result;
    };
    let answers = &review.answers;
    let yes_no = |id: &str| match answers.get(id) {
        Some(crate::model::AnswerValue::YesNo(v)) => Some(*v),
        _ => None,
    };
    let whole = |id: &str| match answers.get(id) {
        Some(
            crate::model::AnswerValue::Integer(n)
            | crate::model::AnswerValue::Days(n)
            | crate::model::AnswerValue::Months(n),
        ) => u32::try_from(*n).ok(),
        _ => None,
    };
    let renews = yes_no("cancellation.auto_renews");
    let method = notice_method(review).map_or(
        "The notice method is not entered: check the contract for how notice must be given."
            .to_owned(),
        |m| format!("Notice must be given: {m}."),
    );
    let clause =
        cancellation_clause(review).map_or(String::new(), |c| format!(" The clause: {c}."));
    let renewal_words = contract_dates
        .renewal_term_months
        .map_or("for another term".to_owned(), |m| {
            format!("for {}", crate::wording::count(m, "month", "months"))
        });

    // The notice deadline of the contract's own term, and of the renewal terms once it has
    // passed.
    let notice: Option<Notice> = contract_dates.notice;
    let basis: NoticeBasis = contract_dates.notice_counted_before.unwrap_or_default();
    let notice_sentence = |cycle_renewal: NaiveDate, cycle_end: NaiveDate| {
        format!(
            "Last day notice must arrive to stop the contract renewing on {} {renewal_words} (the term ends {}): {}. Send it early enough to arrive by this day.{clause} {method}",
            shown(cycle_renewal),
            shown(cycle_end),
            contract_dates
                .notice_rule
                .as_deref()
                .map(crate::dates::display_dates_in)
                .unwrap_or_default(),
        )
    };
    if let (Some(deadline), Some(n)) = (
        contract_dates.notice_deadline.as_deref().and_then(parse),
        notice,
    ) {
        b.push(
            DeadlineKind::NoticeDeadline,
            DeadlineKind::NoticeDeadline.as_str().into(),
            deadline,
            "Notice deadline".into(),
            notice_sentence(renewal, end),
            None,
            Some(renewal),
        );
        b.push(
            DeadlineKind::Renewal,
            DeadlineKind::Renewal.as_str().into(),
            renewal,
            "Renewal".into(),
            format!(
                "The contract renews {renewal_words} unless notice arrived by {}.",
                shown(deadline)
            ),
            None,
            None,
        );
        if deadline < today {
            let (passed, next) = dates::next_exit(
                start,
                contract_dates.term_months,
                contract_dates.renewal_term_months,
                n,
                basis,
                today,
            );
            let passed = passed.unwrap_or(TermCycle {
                renewals: 0,
                end,
                renewal,
                notice_deadline: deadline,
            });
            for cycle in [Some(passed), next].into_iter().flatten() {
                if cycle.renewals == 0 {
                    continue;
                }
                let suffix = format!("-renewal-{}", cycle.renewals);
                b.push(
                    DeadlineKind::NoticeDeadline,
                    format!("{}{suffix}", DeadlineKind::NoticeDeadline.as_str()),
                    cycle.notice_deadline,
                    format!("Notice deadline (renewal term {})", cycle.renewals),
                    notice_sentence(cycle.renewal, cycle.end),
                    None,
                    Some(cycle.renewal),
                );
                b.push(
                    DeadlineKind::TermEnd,
                    format!("{}{suffix}", DeadlineKind::TermEnd.as_str()),
                    cycle.end,
                    format!("End of renewal term {}", cycle.renewals),
                    format!(
                        "Last day of renewal term {}; with notice in time, the contract ends here.",
                        cycle.renewals
                    ),
                    None,
                    None,
                );
            }
            result.notice_passed = Some(match next {
                Some(next) => format!(
                    "The notice deadline passed on {}: the contract renews on {} {renewal_words}. The next possible exit is {}, the end of that term; notice must arrive by {}.",
                    shown(passed.notice_deadline),
                    shown(passed.renewal),
                    shown(next.end),
                    shown(next.notice_deadline),
                ),
                None => format!(
                    "The notice deadline passed on {}: the contract renews on {}. The renewal term is not entered, so the next possible exit date is not known: ask the provider, and enter the renewal term on the cancellation page.",
                    shown(passed.notice_deadline),
                    shown(passed.renewal),
                ),
            });
        }
    } else {
        let ends = if renews == Some(YesNo::No) {
            "Last day of the term; the contract does not renew automatically.".to_owned()
        } else {
            "Last day of the term. No notice period is entered: check whether the contract renews and how much notice it needs.".to_owned()
        };
        b.push(
            DeadlineKind::TermEnd,
            DeadlineKind::TermEnd.as_str().into(),
            end,
            "End of the term".into(),
            ends,
            None,
            None,
        );
    }

    // The walk-away window, counted as the cost to leave counts it.
    if let Some(days) = whole("cancellation.walkaway_days").filter(|d| *d > 0)
        && let Some(last) = exit::walkaway_last_day(start, days)
    {
        b.push(
            DeadlineKind::WalkAwayEnd,
            DeadlineKind::WalkAwayEnd.as_str().into(),
            last,
            "End of the walk-away window".into(),
            format!(
                "Last day to leave without a termination fee: the free walk-away window is {} from the start date {}.{clause} {method}",
                crate::wording::count(days, "day", "days"),
                shown(start)
            ),
            None,
            None,
        );
    }

    // Price changes on the contracted schedule (the cost to leave's): the promotion's end and
    // each anniversary at which the escalator raises the charge.
    if let Some((Ok(schedule), escalator)) = figures::contracted_charges(review) {
        let monthly = schedule.monthly_schedule();
        let promo_months = schedule.promotion_discounts_minor.len();
        if promo_months > 0
            && promo_months < monthly.len()
            && let Some(first_full) = dates::anniversary(start, promo_months as u32)
        {
            b.push(
                DeadlineKind::PromotionEnd,
                DeadlineKind::PromotionEnd.as_str().into(),
                first_full,
                "Promotion ends".into(),
                format!(
                    "The {} at the promotional price are over: the monthly charge goes from {} to {} (before taxes).",
                    crate::wording::count(promo_months as u32, "month", "months"),
                    b.money(monthly[promo_months - 1]),
                    b.money(monthly[promo_months]),
                ),
                Some(monthly[promo_months]),
                None,
            );
        }
        for pair in schedule.years.windows(2) {
            let (before, after) = (&pair[0], &pair[1]);
            if after.monthly_minor == before.monthly_minor {
                continue;
            }
            let Some(day) = dates::anniversary(start, 12 * (after.year - 1)) else {
                continue;
            };
            b.push(
                DeadlineKind::PriceIncrease,
                format!("{}-{}", DeadlineKind::PriceIncrease.as_str(), after.year),
                day,
                format!("Price increase (year {})", after.year),
                format!(
                    "Anniversary {}: the {} % escalator raises the monthly charge from {} to {} (before taxes).",
                    after.year - 1,
                    trim_number(escalator),
                    b.money(before.monthly_minor),
                    b.money(after.monthly_minor),
                ),
                Some(after.monthly_minor),
                None,
            );
        }
    }
    if yes_no("pricing.price_locked") == Some(YesNo::Yes) {
        b.push(
            DeadlineKind::PriceLockEnd,
            DeadlineKind::PriceLockEnd.as_str().into(),
            end,
            "End of the price lock".into(),
            "The monthly price is locked for the term, which ends this day: ask for the renewal price in writing before the notice deadline.".into(),
            None,
            None,
        );
    }

    // The warranty, from the start date: the phones arrive before it, so a warranty that runs
    // from delivery ends that much earlier (said in the detail).
    let hardware_mode = match answers.get("warranty.hardware_mode") {
        Some(crate::model::AnswerValue::Choice(c)) => Some(c.as_str()),
        _ => None,
    };
    if hardware_mode != Some("byod")
        && let Some(months) = whole("warranty.length_months").filter(|m| *m > 0)
        && let Some(last) = dates::anniversary(start, months).and_then(|d| d.pred_opt())
    {
        b.push(
            DeadlineKind::WarrantyEnd,
            DeadlineKind::WarrantyEnd.as_str().into(),
            last,
            "Warranty ends".into(),
            format!(
                "Last day of the {}-month hardware warranty, counted from the start date {}; if it runs from delivery it ends as many days earlier as the phones arrived before the start. Report faulty phones before this day.",
                months,
                shown(start)
            ),
            None,
            None,
        );
    }

    b.out
        .sort_by(|x, y| (&x.date, x.kind).cmp(&(&y.date, y.kind)));
    result.deadlines = b.out;
    result
}

/// The deadlines of every signed contract, seen from `today`.
pub fn all_contracts(store: &Store, today: NaiveDate) -> Result<Vec<ContractDeadlines>> {
    store
        .signed_review_ids()?
        .into_iter()
        .map(|id| Ok(contract_deadlines(&store.get_review(id)?, today)))
        .collect()
}

/// What the home screen and `voip-review deadlines` list: every deadline from today on (within
/// `within_days` when given), and the overdue notice deadlines (passed, with the renewal they
/// would have stopped still ahead), sorted by date.
pub fn upcoming(contracts: &[ContractDeadlines], within_days: Option<i64>) -> Vec<Deadline> {
    let mut out: Vec<Deadline> = contracts
        .iter()
        .flat_map(|c| &c.deadlines)
        .filter(|d| d.overdue || (d.days_left >= 0 && within_days.is_none_or(|w| d.days_left <= w)))
        .cloned()
        .collect();
    out.sort_by(|x, y| (&x.date, x.kind, x.review_id).cmp(&(&y.date, y.kind, y.review_id)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::dates::{Notice, NoticeBasis, next_exit};

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    /// The example review (start 2027-01-04, 36 months, 90 days' notice before the end of the
    /// term, 12-month renewals, 30-day walk-away window, 2 months at 50 % off, 7 % escalator,
    /// 12-month warranty on bought phones), signed.
    fn signed_example() -> Review {
        let mut review = crate::sample::example_review_as_stored();
        review.id = 7;
        review.signed_on = Some("2026-12-01".into());
        review
    }

    /// (key, date) of what [`upcoming`] lists for one contract.
    fn up(c: &ContractDeadlines, within: Option<i64>) -> Vec<(String, String)> {
        upcoming(std::slice::from_ref(c), within)
            .into_iter()
            .map(|x| (x.key, x.date))
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, d)| ((*k).to_owned(), (*d).to_owned()))
            .collect()
    }

    fn dates_of(c: &ContractDeadlines) -> Vec<(&str, &str)> {
        c.deadlines
            .iter()
            .map(|d| (d.key.as_str(), d.date.as_str()))
            .collect()
    }

    #[test]
    fn the_signed_example_has_every_date_worked_by_hand() {
        let c = contract_deadlines(&signed_example(), d("2029-09-05"));
        assert_eq!(c.missing, None);
        assert_eq!(
            dates_of(&c),
            [
                // 2027-01-04 + 30 days: 27 days to 31 January, 3 more: 3 February.
                ("walk-away-end", "2027-02-03"),
                // Months 1 and 2 at 50 % off; month 3 starts on the corresponding date
                // 2027-03-04.
                ("promotion-end", "2027-03-04"),
                // 12 months from 2027-01-04 is 2028-01-04; the warranty's last day is the day
                // before.
                ("warranty-end", "2028-01-03"),
                ("price-increase-2", "2028-01-04"),
                ("price-increase-3", "2029-01-04"),
                // The term ends 2030-01-03; 90 days before it: − 3 = 2029-12-31, − 31 =
                // 2029-11-30, − 30 = 2029-10-31 (64 days), − 26 = 2029-10-05.
                ("notice-deadline", "2029-10-05"),
                ("renewal", "2030-01-04"),
            ]
        );
        let by_key = |key: &str| c.deadlines.iter().find(|x| x.key == key).unwrap();
        // Year 1: USD 342 + USD 30 add-ons = USD 372.00; 50 % off in the promotion: 186.00.
        // Year 2: 372.00 × 1.07 = 398.04; year 3: 398.04 × 1.07 = 425.9028 → 425.90.
        assert_eq!(by_key("promotion-end").monthly_minor, Some(37_200));
        assert!(
            by_key("promotion-end")
                .detail
                .contains("from USD 186.00 to USD 372.00")
        );
        assert_eq!(by_key("price-increase-2").monthly_minor, Some(39_804));
        assert!(
            by_key("price-increase-2")
                .detail
                .contains("7 % escalator raises the monthly charge from USD 372.00 to USD 398.04")
        );
        assert_eq!(by_key("price-increase-3").monthly_minor, Some(42_590));
        // 5 September → 5 October is 30 days: not yet under the 30-day warning.
        let notice = by_key("notice-deadline");
        assert_eq!(notice.days_left, 30);
        assert_eq!(notice.status, DeadlineStatus::Ahead);
        assert_eq!(notice.days_left_words, "30 days left");
        assert!(!notice.overdue);
        assert!(
            notice
                .detail
                .contains("Notice must be given: Written notice by email to contracts@northwind-voice.example."),
            "{}",
            notice.detail
        );
        assert!(notice.detail.contains("Master Services Agreement §9.3"));
        assert!(
            notice
                .detail
                .contains("renewing on 4 Jan 2030 for 12 months")
        );
        // Passed events are kept, marked passed but not overdue (nothing left to act on).
        let walk_away = by_key("walk-away-end");
        assert_eq!(walk_away.status, DeadlineStatus::Passed);
        assert!(!walk_away.overdue);
        assert_eq!(c.notice_passed, None);
        // Upcoming from 5 September 2029: the notice deadline and the renewal.
        assert_eq!(
            up(&c, None),
            pairs(&[("notice-deadline", "2029-10-05"), ("renewal", "2030-01-04")])
        );
        // Within 30 days: only the notice deadline (the renewal is 121 days away: 25 days of
        // September left + 31 + 30 + 31 + 4).
        assert_eq!(
            up(&c, Some(30)),
            pairs(&[("notice-deadline", "2029-10-05")])
        );
        assert_eq!(by_key("renewal").days_left, 121);
    }

    #[test]
    fn a_passed_notice_deadline_says_so_and_gives_the_next_exit() {
        // A day late: 6 October 2029.
        let c = contract_deadlines(&signed_example(), d("2029-10-06"));
        let notice = c
            .deadlines
            .iter()
            .find(|x| x.key == "notice-deadline")
            .unwrap();
        assert!(notice.overdue);
        assert_eq!(notice.days_left_words, "passed 1 day ago");
        // Renewal term 1: 36 + 12 = 48 months from 2027-01-04 → renews 2031-01-04, ends
        // 2031-01-03; 90 days before: − 3 = 2030-12-31, − 31 = 2030-11-30, − 30 = 2030-10-31,
        // − 26 = 2030-10-05.
        assert_eq!(
            c.notice_passed.as_deref(),
            Some(
                "The notice deadline passed on 5 Oct 2029: the contract renews on 4 Jan 2030 for 12 months. The next possible exit is 3 Jan 2031, the end of that term; notice must arrive by 5 Oct 2030."
            )
        );
        assert_eq!(
            up(&c, None),
            pairs(&[
                ("notice-deadline", "2029-10-05"),
                ("renewal", "2030-01-04"),
                ("notice-deadline-renewal-1", "2030-10-05"),
                ("term-end-renewal-1", "2031-01-03"),
            ])
        );
        // Once the renewal has happened, the old deadline is history, not overdue.
        let later = contract_deadlines(&signed_example(), d("2030-02-01"));
        assert_eq!(
            up(&later, None),
            pairs(&[
                ("notice-deadline-renewal-1", "2030-10-05"),
                ("term-end-renewal-1", "2031-01-03"),
            ])
        );
    }

    #[test]
    fn several_renewals_later_the_current_renewal_term_is_found() {
        // 1 June 2032: renewal term 3 runs 2032-01-04 (36 + 2 × 12 = 60 months) to 2033-01-03
        // (72 months, less a day); its deadline 2032-10-05 is ahead. Renewal term 2 ended
        // 2032-01-03: − 3 = 2031-12-31, − 87 more = 2031-10-05, passed, and the renewal it
        // would have stopped (2032-01-04) is behind too, so it is not overdue.
        let c = contract_deadlines(&signed_example(), d("2032-06-01"));
        assert_eq!(
            up(&c, None),
            pairs(&[
                ("notice-deadline-renewal-3", "2032-10-05"),
                ("term-end-renewal-3", "2033-01-03"),
            ])
        );
        assert!(c.notice_passed.as_deref().unwrap().starts_with(
            "The notice deadline passed on 5 Oct 2031: the contract renews on 4 Jan 2032"
        ));
    }

    #[test]
    fn renewal_terms_are_dated_from_the_start_and_do_not_drift() {
        // Start 31 January, 1-month term renewing monthly, 10 days' notice before the end.
        // Term 0: renews 2027-03-01 (no 31 February), ends 2027-02-28, deadline 2027-02-18.
        // Term 1: 2 months → 2027-03-31, ends 2027-03-30, deadline 2027-03-20.
        // Term 2: 3 months → "31 April" → 2027-05-01, ends 2027-04-30, deadline 2027-04-20.
        // (Chained from 1 March it would have renewed on 1 April.)
        let (passed, next) = next_exit(
            d("2027-01-31"),
            1,
            Some(1),
            Notice::Days(10),
            NoticeBasis::EndOfTerm,
            d("2027-03-25"),
        );
        let passed = passed.unwrap();
        let next = next.unwrap();
        assert_eq!(
            (passed.renewals, passed.notice_deadline, passed.renewal),
            (1, d("2027-03-20"), d("2027-03-31"))
        );
        assert_eq!(
            (next.renewals, next.notice_deadline, next.end, next.renewal),
            (2, d("2027-04-20"), d("2027-04-30"), d("2027-05-01"))
        );
        // Without a renewal term nothing follows a passed deadline.
        let (passed, next) = next_exit(
            d("2027-01-31"),
            1,
            None,
            Notice::Days(10),
            NoticeBasis::EndOfTerm,
            d("2027-02-19"),
        );
        assert_eq!(passed.map(|p| p.notice_deadline), Some(d("2027-02-18")));
        assert_eq!(next, None);
    }

    #[test]
    fn a_passed_deadline_without_a_renewal_term_says_the_exit_is_not_known() {
        let mut review = signed_example();
        review.answers.remove("cancellation.renewal_term_months");
        let c = contract_deadlines(&review, d("2029-10-06"));
        assert_eq!(
            c.notice_passed.as_deref(),
            Some(
                "The notice deadline passed on 5 Oct 2029: the contract renews on 4 Jan 2030. The renewal term is not entered, so the next possible exit date is not known: ask the provider, and enter the renewal term on the cancellation page."
            )
        );
    }

    #[test]
    fn no_renewal_a_price_lock_and_missing_inputs() {
        let mut review = signed_example();
        review.answers.insert(
            "cancellation.auto_renews".into(),
            crate::model::AnswerValue::YesNo(YesNo::No),
        );
        review.answers.insert(
            "pricing.price_locked".into(),
            crate::model::AnswerValue::YesNo(YesNo::Yes),
        );
        let c = contract_deadlines(&review, d("2027-06-01"));
        let keys: Vec<(&str, &str)> = dates_of(&c);
        // Locked: no escalator, so no price increase; the lock ends with the term, 2030-01-03.
        assert!(keys.contains(&("term-end", "2030-01-03")));
        assert!(keys.contains(&("price-lock-end", "2030-01-03")));
        assert!(!keys.iter().any(|(k, _)| k.starts_with("price-increase")));
        assert!(!keys.iter().any(|(k, _)| k.starts_with("notice")));

        let mut unsigned = signed_example();
        unsigned.signed_on = None;
        let c = contract_deadlines(&unsigned, d("2027-06-01"));
        assert!(c.deadlines.is_empty());
        let mut no_start = signed_example();
        no_start.context.start_date = None;
        let c = contract_deadlines(&no_start, d("2027-06-01"));
        assert!(c.deadlines.is_empty());
        assert!(c.missing.unwrap().starts_with("No start date is entered"));
    }
}
