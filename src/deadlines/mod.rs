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
use crate::i18n::{Arg, Key, Lang, msg};
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

/// The overview of every signed contract seen from `today`, in English.
pub fn overview(store: &Store, today: NaiveDate) -> Result<DeadlinesOverview> {
    overview_in(store, today, Lang::En)
}

/// [`overview`] in `lang`.
pub fn overview_in(store: &Store, today: NaiveDate, lang: Lang) -> Result<DeadlinesOverview> {
    let contracts = all_contracts_in(store, today, lang)?;
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
    calendar_for_in(contracts, generated_at, Lang::En)
}

/// [`calendar_for`] in `lang` (the contracts' texts are in the language they were built in).
pub fn calendar_for_in(
    contracts: &[ContractDeadlines],
    generated_at: chrono::DateTime<chrono::Utc>,
    lang: Lang,
) -> Result<(String, u32)> {
    let each: Vec<(&ContractDeadlines, Lang)> = contracts.iter().map(|c| (c, lang)).collect();
    calendar_for_each(&each, generated_at, lang)
}

/// The calendar of contracts each in its review's language (see [`ics::calendar_each`]); a
/// refusal, when there is nothing to write, is shown in the exporter's language.
pub fn calendar_for_each(
    contracts: &[(&ContractDeadlines, Lang)],
    generated_at: chrono::DateTime<chrono::Utc>,
    lang: Lang,
) -> Result<(String, u32)> {
    use crate::error::Words;
    let events: usize = contracts.iter().map(|(c, _)| c.deadlines.len()).sum();
    if events == 0 {
        let why = contracts
            .iter()
            .find_map(|(c, _)| c.missing.clone())
            .unwrap_or_else(|| crate::i18n::text(lang, msg::DEADLINE_NONE_SIGNED));
        return Err(crate::error::Error::invalid(
            "signed_on",
            msg::DEADLINE_LABEL_CALENDAR,
            Words::msg_with(
                msg::DEADLINE_CALENDAR_EMPTY,
                vec![("why", Words::Plain(why))],
            ),
        ));
    }
    Ok((
        ics::calendar_each(contracts, generated_at, lang),
        events as u32,
    ))
}

/// One review's deadlines for its calendar file: in the review's own language (the language
/// of its PDF and notice letter), whatever language the window or terminal speaks.
pub fn calendar_contract(review: &Review, today: NaiveDate) -> (ContractDeadlines, Lang) {
    (
        contract_deadlines_in(review, today, review.language),
        review.language,
    )
}

/// Every signed contract's deadlines for the calendar file, each in its review's language.
pub fn all_calendar_contracts(
    store: &Store,
    today: NaiveDate,
) -> Result<Vec<(ContractDeadlines, Lang)>> {
    store
        .signed_review_ids()?
        .into_iter()
        .map(|id| Ok(calendar_contract(&store.get_review(id)?, today)))
        .collect()
}

/// The contract's name, as the home list shows it.
pub fn contract_name(review: &Review) -> String {
    if review.is_example {
        crate::sample::example_title_in(review.language).to_owned()
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

/// "45 days left", "today is the last day", "passed 3 days ago" for deadlines to act on;
/// "in 45 days", "today", "3 days ago" for the other events.
fn days_words(kind: DeadlineKind, days: i64, lang: Lang) -> String {
    let n = |key: Key, n: i64| crate::i18n::text_with(lang, key, &[("n", Arg::from(n))]);
    if kind.is_action() {
        return match days {
            0 => crate::i18n::text(lang, msg::DEADLINE_DAYS_LAST_DAY),
            d if d < 0 => n(msg::DEADLINE_DAYS_PASSED, -d),
            d => n(msg::DEADLINE_DAYS_LEFT, d),
        };
    }
    match days {
        0 => crate::i18n::text(lang, msg::DEADLINE_DAYS_TODAY),
        1 => crate::i18n::text(lang, msg::DEADLINE_DAYS_TOMORROW),
        d if d < 0 => n(msg::DEADLINE_DAYS_AGO, -d),
        d => n(msg::DEADLINE_DAYS_IN, d),
    }
}

struct Builder<'a> {
    review: &'a Review,
    contract: String,
    today: NaiveDate,
    lang: Lang,
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
            days_left_words: days_words(kind, days_left, self.lang),
            status,
            overdue,
        });
    }

    fn money(&self, minor: i64) -> String {
        let money = crate::money::Money {
            minor,
            currency: self.review.context.currency.clone(),
        };
        crate::i18n::format::money(self.lang, &money)
    }
}

/// Every dated event of a signed review, seen from `today`, in English. An unsigned review has
/// none (an empty list with `missing` saying so).
pub fn contract_deadlines(review: &Review, today: NaiveDate) -> ContractDeadlines {
    contract_deadlines_in(review, today, Lang::En)
}

/// [`contract_deadlines`] in `lang`: names, days left and sentences (the dates and keys are the
/// same in every language).
pub fn contract_deadlines_in(review: &Review, today: NaiveDate, lang: Lang) -> ContractDeadlines {
    let t = |key: Key| crate::i18n::text(lang, key);
    let tw = |key: Key, args: &[(&str, Arg<'_>)]| crate::i18n::text_with(lang, key, args);
    let shown = |date: NaiveDate| crate::i18n::format::date(lang, date);
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
        result.missing = Some(t(msg::DEADLINE_MISSING_UNSIGNED));
        return result;
    }
    let Some(start) = review
        .context
        .start_date
        .as_deref()
        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
    else {
        result.missing = Some(t(msg::DEADLINE_MISSING_START));
        return result;
    };
    // The same computation as the review's "Contract dates" figure (notice in days or months,
    // the earlier deadline when both, the basis the clause names).
    let (calc, _) = figures::compute(review, Some(today));
    let Some(contract_dates) = calc.dates else {
        result.missing = Some(t(msg::DEADLINE_MISSING_DATES));
        return result;
    };
    let mut b = Builder {
        review,
        contract,
        today,
        lang,
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
    let method = notice_method(review).map_or(t(msg::DEADLINE_METHOD_MISSING), |m| {
        tw(msg::DEADLINE_METHOD, &[("method", Arg::from(m))])
    });
    let clause = cancellation_clause(review).map_or(String::new(), |c| {
        tw(msg::DEADLINE_CLAUSE, &[("clause", Arg::from(c))])
    });
    let renewal_words = contract_dates
        .renewal_term_months
        .map_or(t(msg::DEADLINE_RENEWAL_ANOTHER), |m| {
            tw(msg::DEADLINE_RENEWAL_FOR, &[("months", Arg::from(m))])
        });

    // The notice deadline of the contract's own term, and of the renewal terms once it has
    // passed.
    let notice: Option<Notice> = contract_dates.notice;
    let basis: NoticeBasis = contract_dates.notice_counted_before.unwrap_or_default();
    let notice_sentence = |cycle_renewal: NaiveDate, cycle_end: NaiveDate| {
        tw(
            msg::DEADLINE_NOTICE_DETAIL,
            &[
                ("renewal", Arg::from(shown(cycle_renewal))),
                ("renewal_words", Arg::from(renewal_words.as_str())),
                ("end", Arg::from(shown(cycle_end))),
                (
                    "rule",
                    Arg::from(contract_dates.notice_rule_in(lang).unwrap_or_default()),
                ),
                ("clause", Arg::from(clause.as_str())),
                ("method", Arg::from(method.as_str())),
            ],
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
            t(msg::DEADLINE_TITLE_NOTICE),
            notice_sentence(renewal, end),
            None,
            Some(renewal),
        );
        b.push(
            DeadlineKind::Renewal,
            DeadlineKind::Renewal.as_str().into(),
            renewal,
            t(msg::DEADLINE_TITLE_RENEWAL),
            tw(
                msg::DEADLINE_RENEWAL_DETAIL,
                &[
                    ("renewal_words", Arg::from(renewal_words.as_str())),
                    ("deadline", Arg::from(shown(deadline))),
                ],
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
                    tw(
                        msg::DEADLINE_TITLE_NOTICE_RENEWAL,
                        &[("n", Arg::from(cycle.renewals.to_string()))],
                    ),
                    notice_sentence(cycle.renewal, cycle.end),
                    None,
                    Some(cycle.renewal),
                );
                b.push(
                    DeadlineKind::TermEnd,
                    format!("{}{suffix}", DeadlineKind::TermEnd.as_str()),
                    cycle.end,
                    tw(
                        msg::DEADLINE_TITLE_RENEWAL_END,
                        &[("n", Arg::from(cycle.renewals.to_string()))],
                    ),
                    tw(
                        msg::DEADLINE_RENEWAL_END_DETAIL,
                        &[("n", Arg::from(cycle.renewals.to_string()))],
                    ),
                    None,
                    None,
                );
            }
            result.notice_passed = Some(match next {
                Some(next) => tw(
                    msg::DEADLINE_PASSED_NEXT,
                    &[
                        ("passed", Arg::from(shown(passed.notice_deadline))),
                        ("renewal", Arg::from(shown(passed.renewal))),
                        ("renewal_words", Arg::from(renewal_words.as_str())),
                        ("exit", Arg::from(shown(next.end))),
                        ("next_deadline", Arg::from(shown(next.notice_deadline))),
                    ],
                ),
                None => tw(
                    msg::DEADLINE_PASSED_UNKNOWN,
                    &[
                        ("passed", Arg::from(shown(passed.notice_deadline))),
                        ("renewal", Arg::from(shown(passed.renewal))),
                    ],
                ),
            });
        }
    } else {
        let ends = if renews == Some(YesNo::No) {
            t(msg::DEADLINE_TERM_END_NO_RENEWAL)
        } else {
            t(msg::DEADLINE_TERM_END_UNKNOWN)
        };
        b.push(
            DeadlineKind::TermEnd,
            DeadlineKind::TermEnd.as_str().into(),
            end,
            t(msg::DEADLINE_TITLE_TERM_END),
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
            t(msg::DEADLINE_TITLE_WALK_AWAY),
            tw(
                msg::DEADLINE_WALK_AWAY_DETAIL,
                &[
                    ("days", Arg::from(days)),
                    ("start", Arg::from(shown(start))),
                    ("clause", Arg::from(clause.as_str())),
                    ("method", Arg::from(method.as_str())),
                ],
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
                t(msg::DEADLINE_TITLE_PROMOTION),
                tw(
                    msg::DEADLINE_PROMOTION_DETAIL,
                    &[
                        ("months", Arg::from(promo_months)),
                        ("from", Arg::from(b.money(monthly[promo_months - 1]))),
                        ("to", Arg::from(b.money(monthly[promo_months]))),
                    ],
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
                tw(
                    msg::DEADLINE_TITLE_PRICE_INCREASE,
                    &[("year", Arg::from(after.year.to_string()))],
                ),
                tw(
                    msg::DEADLINE_PRICE_INCREASE_DETAIL,
                    &[
                        ("anniversary", Arg::from((after.year - 1).to_string())),
                        ("percent", Arg::from(trim_number(escalator))),
                        ("from", Arg::from(b.money(before.monthly_minor))),
                        ("to", Arg::from(b.money(after.monthly_minor))),
                    ],
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
            t(msg::DEADLINE_TITLE_PRICE_LOCK),
            t(msg::DEADLINE_PRICE_LOCK_DETAIL),
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
            t(msg::DEADLINE_TITLE_WARRANTY),
            tw(
                msg::DEADLINE_WARRANTY_DETAIL,
                &[
                    ("months", Arg::from(months.to_string())),
                    ("start", Arg::from(shown(start))),
                ],
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

/// The deadlines of every signed contract, seen from `today`, in English.
pub fn all_contracts(store: &Store, today: NaiveDate) -> Result<Vec<ContractDeadlines>> {
    all_contracts_in(store, today, Lang::En)
}

/// [`all_contracts`] in `lang`.
pub fn all_contracts_in(
    store: &Store,
    today: NaiveDate,
    lang: Lang,
) -> Result<Vec<ContractDeadlines>> {
    store
        .signed_review_ids()?
        .into_iter()
        .map(|id| Ok(contract_deadlines_in(&store.get_review(id)?, today, lang)))
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
    fn the_signed_example_reads_in_chinese_with_the_same_dates() {
        let english = contract_deadlines(&signed_example(), d("2029-09-05"));
        let c = contract_deadlines_in(&signed_example(), d("2029-09-05"), Lang::ZhHans);
        // The dates and keys do not depend on the language.
        assert_eq!(dates_of(&c), dates_of(&english));
        let by_key = |key: &str| c.deadlines.iter().find(|x| x.key == key).unwrap();
        let notice = by_key("notice-deadline");
        assert_eq!(notice.title, "提前通知截止日");
        // 5 September → 5 October is 30 days, as in English.
        assert_eq!(notice.days_left_words, "还剩 30 天");
        assert!(
            notice.detail.starts_with(
                "要阻止合同在 2030年1月4日 自动续约（续约 12 个月；合同期限于 2030年1月3日 结束）"
            ),
            "{}",
            notice.detail
        );
        assert!(notice.detail.contains("通知方式：Written notice by email"));
        // The amounts as the English test works them: USD 186.00 → 372.00, 372.00 → 398.04.
        assert!(
            by_key("promotion-end")
                .detail
                .contains("月费从 $186.00 涨到 $372.00（税前）"),
            "{}",
            by_key("promotion-end").detail
        );
        assert_eq!(by_key("price-increase-2").title, "涨价（第 2 年）");
        assert_eq!(by_key("walk-away-end").days_left_words, "已过去 945 天");
        let passed = contract_deadlines_in(&signed_example(), d("2029-10-06"), Lang::ZhHans);
        assert_eq!(
            passed.notice_passed.as_deref(),
            Some(
                "提前通知截止日已于 2029年10月5日 过去：合同将于 2030年1月4日 续约（续约 12 个月）。下一个可退出的日期是 2031年1月3日，即该期限结束之日；通知最迟须于 2030年10月5日（含当日）送达。"
            )
        );
        let calendar = ics::calendar_in(
            std::slice::from_ref(&c),
            chrono::DateTime::from_timestamp(1_900_000_000, 0).unwrap(),
            Lang::ZhHans,
        );
        assert!(calendar.contains("的提前通知截止日"), "{calendar}");
        let mut review = signed_example();
        review.signed_on = None;
        let unsigned = contract_deadlines_in(&review, d("2029-09-05"), Lang::ZhHans);
        let err = calendar_for_in(&[unsigned], chrono::Utc::now(), Lang::ZhHans).unwrap_err();
        assert_eq!(
            err.message(Lang::ZhHans),
            "日历文件：没有可写入的关键日期。该合同尚未标记为已签署。"
        );
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
