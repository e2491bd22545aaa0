//! The deadlines as an iCalendar file (RFC 5545), written with the `icalendar` crate.
//!
//! - Every deadline is an all-day event (`DTSTART;VALUE=DATE`, `DTEND` the next day, as RFC 5545
//!   §3.6.1 defines a one-day event): no time zone can move it to another day.
//! - Notice deadlines carry two display alarms, 30 and 7 days before the day.
//! - The UID is built from the review id and the deadline's key (its kind, and the year or
//!   renewal term where a contract has several), never from the date: importing an updated file
//!   moves the existing event instead of adding a second one.
//! - The description says what to do, the clause and how notice must be given.

use super::{ContractDeadlines, Deadline, DeadlineKind};
use crate::i18n::{Arg, Lang, msg, text, text_with};
use chrono::{DateTime, Days, Duration, NaiveDate, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Trigger};

/// Days before a notice deadline at which the calendar reminds the owner.
pub const NOTICE_ALARM_DAYS: [i64; 2] = [30, 7];

/// The product identifier written in every file (RFC 5545 §3.7.3).
pub const PRODID: &str = "-//VoIP Contract Review//Deadlines//EN";

/// The stable UID of a deadline: the same contract and deadline always get the same UID.
pub fn uid(deadline: &Deadline) -> String {
    format!(
        "review-{}-{}@voip-contract-review",
        deadline.review_id, deadline.key
    )
}

/// The stable UID of a notice deadline's reminder `days` before it.
fn alarm_uid(deadline: &Deadline, days: i64) -> String {
    format!(
        "review-{}-{}-alarm-{days}d@voip-contract-review",
        deadline.review_id, deadline.key
    )
}

/// The calendar for `contracts`, stamped `generated_at` (DTSTAMP, UTC), in English.
pub fn calendar(contracts: &[ContractDeadlines], generated_at: DateTime<Utc>) -> String {
    calendar_in(contracts, generated_at, Lang::En)
}

/// [`calendar`] with its names, categories and reminders in `lang` (the events' titles and
/// details are the contracts', built in the same language).
pub fn calendar_in(
    contracts: &[ContractDeadlines],
    generated_at: DateTime<Utc>,
    lang: Lang,
) -> String {
    let each: Vec<(&ContractDeadlines, Lang)> = contracts.iter().map(|c| (c, lang)).collect();
    calendar_each(&each, generated_at, lang)
}

/// The calendar for contracts each in its own language (its review's, the language its
/// deadlines were built in): every event's summary, category and reminders follow its
/// contract. The calendar's name is in the contracts' language when they share one, else in
/// `lang` (the language of whoever exports it).
pub fn calendar_each(
    contracts: &[(&ContractDeadlines, Lang)],
    generated_at: DateTime<Utc>,
    lang: Lang,
) -> String {
    let mut cal = Calendar::empty();
    for (name, value) in [
        ("VERSION", "2.0"),
        ("PRODID", PRODID),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
    ] {
        cal.append_property(icalendar::Property::new(name, value));
    }
    let shared = match contracts {
        [(_, first), rest @ ..] if rest.iter().all(|(_, other)| other == first) => *first,
        _ => lang,
    };
    let name = match contracts {
        [(one, _)] => text_with(
            shared,
            msg::DEADLINE_CALENDAR_NAME_ONE,
            &[("contract", Arg::from(one.contract.as_str()))],
        ),
        _ => text(shared, msg::DEADLINE_CALENDAR_NAME),
    };
    cal.append_property(icalendar::Property::new("X-WR-CALNAME", name.as_str()));
    for (contract, contract_lang) in contracts {
        for deadline in &contract.deadlines {
            if let Some(event) = event(deadline, generated_at, *contract_lang) {
                cal.push(event);
            }
        }
    }
    cal.to_string()
}

fn event(deadline: &Deadline, generated_at: DateTime<Utc>, lang: Lang) -> Option<Event> {
    let day = NaiveDate::parse_from_str(&deadline.date, "%Y-%m-%d").ok()?;
    let next = day.checked_add_days(Days::new(1))?;
    let uid = uid(deadline);
    let summary = text_with(
        lang,
        msg::DEADLINE_CALENDAR_SUMMARY,
        &[
            ("title", Arg::from(deadline.title.as_str())),
            ("contract", Arg::from(deadline.contract.as_str())),
        ],
    );
    let category = text(lang, msg::DEADLINE_CALENDAR_CATEGORY);
    let mut event = Event::new();
    event
        .uid(&uid)
        .timestamp(generated_at)
        .summary(&summary)
        .description(&deadline.detail)
        .starts(day)
        .ends(next)
        .add_property("TRANSP", "TRANSPARENT")
        .add_property("CATEGORIES", category.as_str());
    if deadline.kind == DeadlineKind::NoticeDeadline {
        for days in NOTICE_ALARM_DAYS {
            let alarm = Alarm::display(
                &text_with(
                    lang,
                    msg::DEADLINE_CALENDAR_ALARM,
                    &[
                        ("days", Arg::from(days.to_string())),
                        ("date", Arg::from(crate::i18n::format::date(lang, day))),
                        ("contract", Arg::from(deadline.contract.as_str())),
                    ],
                ),
                Trigger::before_start(Duration::days(days)),
            )
            // Written in days ("-P30D") rather than the crate's seconds, as people read it.
            .append_property(
                icalendar::Property::new("TRIGGER", format!("-P{days}D"))
                    .add_parameter("RELATED", "START")
                    .done(),
            )
            .uid(&alarm_uid(deadline, days))
            .timestamp(generated_at)
            .done();
            event.alarm(alarm);
        }
    }
    Some(event.done())
}
