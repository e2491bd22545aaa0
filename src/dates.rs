//! Dates as people type them, read in one place so the window, the CLI and every save accept and
//! refuse the same things with the same words.
//!
//! Accepted (case does not matter, commas and ordinals like "1st" are optional):
//! - `2027-03-01` (also `2027/3/1`): year, month, day;
//! - `2027年3月1日` (also `2027年03月01日`, `2027 年 3 月 1 号`, full-width digits): year, month,
//!   day as Chinese writes them;
//! - `1 March 2027`, `1 Mar 2027`, `01-Mar-2027`: day, month name, year;
//! - `March 1 2027`, `Mar 1, 2027`: month name, day, year;
//! - `31/12/2027`, `12/31/2027`, `31.12.2027`: day and month in numbers, accepted only when one
//!   reading is a real date (31 cannot be a month) or both readings are the same day (`3/3/2027`).
//!   `3/1/2027` is 3 January or 1 March: it is refused with both readings named, and the window
//!   offers the two as buttons (`entry` returns them).
//!
//! The year is always written in full: "27" could be 1927 or 2027. Stored and exported dates are
//! ISO (`2027-03-01`); the window shows every date as `1 Mar 2027` (`display`).

use crate::error::{Error, Result, Words};
use crate::i18n::msg;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

/// The earliest and latest years a contract date can have.
pub const YEAR_MIN: i32 = 1900;
pub const YEAR_MAX: i32 = 2200;

/// The rule every refusal of an unreadable date states.
pub const DATE_RULE: &str = "must be a date such as 1 March 2027 or 2027-03-01";

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// What a typed date can mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    One(NaiveDate),
    /// Day and month written as numbers that both fit either way: 3/1/2027.
    Two {
        day_first: NaiveDate,
        month_first: NaiveDate,
    },
}

/// One date, in the two forms the window needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DateChoice {
    /// `2027-03-01`, what is saved.
    pub iso: String,
    /// `1 Mar 2027`, what is shown.
    pub display: String,
}

/// The window's question "what does this typed text mean?", answered by the core.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum DateEntry {
    /// Nothing typed: the field is cleared.
    Empty,
    Date(DateChoice),
    /// The owner picks one of the two readings (day first, then month first).
    Ambiguous {
        readings: [DateChoice; 2],
    },
}

impl DateChoice {
    pub fn of(date: NaiveDate) -> Self {
        DateChoice {
            iso: iso(date),
            display: display(date),
        }
    }
}

/// `2027-03-01`: how dates are stored and written to files.
pub fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// `1 Mar 2027`: the one way the app shows a date (the window, figures and the PDF alike).
/// Fixed English month abbreviations, so no locale can turn it into 3/1/2027.
pub fn display(date: NaiveDate) -> String {
    let month = MONTHS[date.month0() as usize];
    format!("{} {} {}", date.day(), &month[..3], date.year())
}

/// A stored ISO date shown as `1 Mar 2027`; anything else is shown as it is.
pub fn display_iso(text: &str) -> String {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(display)
        .unwrap_or_else(|_| text.to_owned())
}

/// `text` with every ISO date in it (`2030-01-03`) written as the app shows dates
/// (`3 Jan 2030`); for sentences built by the calculators, which keep ISO for the CLI's output.
pub fn display_dates_in(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let candidate = text.get(i..i + 10);
        let bounded = |at: usize| bytes.get(at).is_none_or(|b| !b.is_ascii_alphanumeric());
        let starts_word = i == 0 || bounded(i - 1);
        if let Some(c) = candidate
            && starts_word
            && bounded(i + 10)
            && let Ok(date) = NaiveDate::parse_from_str(c, "%Y-%m-%d")
            && c.len() == 10
            && c.as_bytes()[4] == b'-'
        {
            out.push_str(&display(date));
            i += 10;
            continue;
        }
        let ch = text[i..].chars().next().expect("inside the text");
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

/// Reads a typed date. `Err` holds the rule broken, in words for after the field's label.
pub fn read(text: &str) -> std::result::Result<Reading, Words> {
    let tokens = tokens(text);
    let quoted = || vec![("value", Words::from(text.trim()))];
    let unreadable = || Words::msg_with(msg::ERROR_RULE_DATE_UNREADABLE, quoted());
    use Token::{Number, Word};
    let (year, month, day) = match tokens.as_slice() {
        // 2027-03-01, 2027/3/1
        [
            Number(y, false, yd),
            Number(m, false, _),
            Number(d, false, _),
        ] if *yd == 4 => (*y, Month::Number(*m), *d),
        // 1 March 2027, 1st Mar 2027
        [Number(d, _, _), Word(m), Number(y, false, yd)] if *yd == 4 => (
            *y,
            Month::Named(month_number(m).ok_or_else(unreadable)?),
            *d,
        ),
        // March 1 2027, Mar 1st, 2027
        [Word(m), Number(d, _, _), Number(y, false, yd)] if *yd == 4 => (
            *y,
            Month::Named(month_number(m).ok_or_else(unreadable)?),
            *d,
        ),
        // 2027 March 1
        [Number(y, false, yd), Word(m), Number(d, _, _)] if *yd == 4 => (
            *y,
            Month::Named(month_number(m).ok_or_else(unreadable)?),
            *d,
        ),
        // 31/12/2027, 12/31/2027, 3/1/2027
        [
            Number(a, false, ad),
            Number(b, false, bd),
            Number(y, false, yd),
        ] if *yd == 4 && *ad <= 2 && *bd <= 2 => {
            return numeric(*y, *a, *b);
        }
        [.., Number(_, false, yd)] if (1..=2).contains(yd) && tokens.len() == 3 => {
            return Err(Words::msg_with(msg::ERROR_RULE_DATE_FULL_YEAR, quoted()));
        }
        _ => return Err(unreadable()),
    };
    let month = match month {
        Month::Number(m) | Month::Named(m) => m,
    };
    real_date(year, month, day).map(Reading::One)
}

/// A typed date that must mean exactly one day; the ambiguous ones are refused naming both.
pub fn parse(field: &str, label: impl Into<Words>, text: &str) -> Result<NaiveDate> {
    match read(text) {
        Ok(Reading::One(date)) => Ok(date),
        Ok(Reading::Two {
            day_first,
            month_first,
        }) => Err(Error::invalid(
            field,
            label,
            ambiguity(text, day_first, month_first),
        )),
        Err(rule) => Err(Error::invalid(field, label, rule)),
    }
}

/// What the window shows for the typed `text`: the date, both readings, or the refusal.
pub fn entry(field: &str, label: impl Into<Words>, text: &str) -> Result<DateEntry> {
    if text.trim().is_empty() {
        return Ok(DateEntry::Empty);
    }
    match read(text) {
        Ok(Reading::One(date)) => Ok(DateEntry::Date(DateChoice::of(date))),
        Ok(Reading::Two {
            day_first,
            month_first,
        }) => Ok(DateEntry::Ambiguous {
            readings: [DateChoice::of(day_first), DateChoice::of(month_first)],
        }),
        Err(rule) => Err(Error::invalid(field, label, rule)),
    }
}

/// A date as files hold it: `YYYY-MM-DD` exactly (the file format's rule; typing is looser).
pub fn iso_only(field: &str, label: impl Into<Words>, text: &str) -> Result<NaiveDate> {
    let shape = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !shape {
        return Err(Error::invalid(
            field,
            label,
            Words::msg_with(msg::ERROR_RULE_DATE_ISO, vec![("value", Words::from(text))]),
        ));
    }
    match read(text) {
        Ok(Reading::One(date)) => Ok(date),
        Ok(Reading::Two { .. }) => unreachable!("a four-digit year first is never ambiguous"),
        Err(rule) => Err(Error::invalid(field, label, rule)),
    }
}

fn ambiguity(text: &str, day_first: NaiveDate, month_first: NaiveDate) -> Words {
    Words::msg_with(
        msg::ERROR_RULE_DATE_AMBIGUOUS,
        vec![
            ("value", Words::from(text.trim())),
            ("day_first", Words::Date(day_first)),
            ("month_first", Words::Date(month_first)),
        ],
    )
}

enum Month {
    Number(u32),
    Named(u32),
}

#[derive(Debug)]
enum Token {
    /// Value, written with an ordinal suffix ("1st"), number of digits.
    Number(u32, bool, usize),
    Word(String),
}

fn tokens(text: &str) -> Vec<Token> {
    // Full-width digits (２０２７) as the ASCII ones a Chinese input method may not produce.
    let text: String = text
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            other => other,
        })
        .collect();
    // 年, 月, 日 and 号 end the year, month and day of a Chinese date (2027年3月1日); the
    // full-width comma, slash, hyphen and full stop separate like their ASCII forms.
    text.split(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | '/' | '-' | '.' | '年' | '月' | '日' | '号' | '，' | '／' | '－' | '．'
            )
    })
    .filter(|t| !t.is_empty())
    .map(|t| {
        let lower = t.to_lowercase();
        let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &lower[digits.len()..];
        let ordinal = matches!(suffix, "st" | "nd" | "rd" | "th");
        match digits.parse::<u32>() {
            Ok(n)
                if (suffix.is_empty() || ordinal)
                    && !digits.is_empty()
                    && digits.bytes().all(|b| b.is_ascii_digit())
                    && digits.len() <= 4 =>
            {
                Token::Number(n, ordinal, digits.len())
            }
            _ => Token::Word(lower),
        }
    })
    .collect()
}

/// "Mar", "march", "Sept" → 3, 3, 9. Three letters at least, so "ma" is not taken for March.
fn month_number(word: &str) -> Option<u32> {
    if word.len() < 3 {
        return None;
    }
    let word = if word == "sept" { "sep" } else { word };
    MONTHS
        .iter()
        .position(|m| {
            let m = m.to_lowercase();
            m == word || (word.len() == 3 && m.starts_with(word))
        })
        .map(|i| i as u32 + 1)
}

fn real_date(year: u32, month: u32, day: u32) -> std::result::Result<NaiveDate, Words> {
    if !(1..=12).contains(&month) {
        return Err(Words::msg_with(
            msg::ERROR_RULE_DATE_NO_MONTH,
            vec![("month", Words::Plain(month.to_string()))],
        ));
    }
    // Four digits at most, so the conversion always succeeds.
    let year = i32::try_from(year).unwrap_or(i32::MAX);
    if !(YEAR_MIN..=YEAR_MAX).contains(&year) {
        return Err(Words::msg_with(
            msg::ERROR_RULE_DATE_YEARS,
            vec![
                ("min", Words::Plain(YEAR_MIN.to_string())),
                ("max", Words::Plain(YEAR_MAX.to_string())),
            ],
        ));
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
        Words::msg_with(
            msg::ERROR_RULE_DATE_MONTH_DAYS,
            vec![
                ("month", Words::Count(i64::from(month))),
                ("year", Words::Plain(year.to_string())),
                ("days", Words::Plain(days_in_month(year, month).to_string())),
            ],
        )
    })
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.and_then(|n| n.pred_opt())
        .map_or(31, |last| last.day())
}

/// `a/b/year`: day first (a is the day) or month first (a is the month).
fn numeric(year: u32, a: u32, b: u32) -> std::result::Result<Reading, Words> {
    let day_first = real_date(year, b, a);
    let month_first = real_date(year, a, b);
    match (day_first, month_first) {
        (Ok(d), Ok(m)) if d == m => Ok(Reading::One(d)),
        (Ok(d), Ok(m)) => Ok(Reading::Two {
            day_first: d,
            month_first: m,
        }),
        (Ok(d), Err(_)) => Ok(Reading::One(d)),
        (Err(_), Ok(m)) => Ok(Reading::One(m)),
        // Name the problem of the reading whose month exists, if one does (30/02/2027 is about
        // February's days, not "month 30").
        (Err(day_first), Err(month_first)) => Err(if (1..=12).contains(&b) {
            day_first
        } else {
            month_first
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> String {
        match read(text) {
            Ok(Reading::One(date)) => iso(date),
            other => panic!("{text}: {other:?}"),
        }
    }

    fn refusal(text: &str) -> String {
        parse("context.start_date", "Start date", text)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn every_unambiguous_form_reads_as_the_same_day() {
        // 1 March 2027 written every way the module comment lists.
        for text in [
            "2027-03-01",
            "2027/3/1",
            " 2027-3-1 ",
            "1 March 2027",
            "1 Mar 2027",
            "1st March, 2027",
            "01-Mar-2027",
            "1 mar. 2027",
            "March 1 2027",
            "Mar 1, 2027",
            "MARCH 1st 2027",
            "2027 March 1",
        ] {
            assert_eq!(one(text), "2027-03-01", "{text}");
        }
        assert_eq!(one("Sept 30 2027"), "2027-09-30");
        assert_eq!(one("29 February 2028"), "2028-02-29", "2028 is a leap year");
    }

    #[test]
    fn dates_written_the_chinese_way_are_read() {
        for text in [
            "2029年12月1日",
            "2029年12月01日",
            "2029-12-01",
            "2029/12/1",
            "2029 年 12 月 1 日",
            "2029年12月1号",
            "２０２９年１２月１日",
        ] {
            assert_eq!(one(text), "2029-12-01", "{text}");
        }
        // The day of a Chinese date is checked like any other: 2029 is not a leap year.
        assert!(read("2029年2月29日").is_err());
    }

    #[test]
    fn refusals_read_in_chinese_with_the_label_and_a_full_width_colon() {
        use crate::i18n::{Lang, msg};
        let refused = parse(
            "context.start_date",
            msg::ERROR_LABEL_START_DATE,
            "2029年2月29日",
        )
        .unwrap_err();
        assert_eq!(
            refused.message(Lang::ZhHans),
            "开始日期：不是真实的日期：2029年2月只有 28 天"
        );
        assert_eq!(
            refused.to_string(),
            "Start date: is not a real date: February 2029 has 28 days"
        );
        let ambiguous = parse(
            "context.start_date",
            msg::ERROR_LABEL_START_DATE,
            "3/1/2027",
        )
        .unwrap_err();
        assert_eq!(
            ambiguous.message(Lang::ZhHans),
            "开始日期：“3/1/2027”可能是 2027年1月3日，也可能是 2027年3月1日；请选择一个，或用年月日写法（2027年3月1日）"
        );
        let unreadable = parse("f", msg::ERROR_LABEL_QUOTE_DATE, "下周").unwrap_err();
        assert_eq!(
            unreadable.message(Lang::ZhHans),
            "报价日期：必须是日期，例如 2027年3月1日 或 2027-03-01，而不是“下周”"
        );
    }

    #[test]
    fn numbers_with_only_one_possible_reading_are_accepted() {
        // 31 cannot be a month, so 31/12 is day first and 12/31 is month first.
        assert_eq!(one("31/12/2027"), "2027-12-31");
        assert_eq!(one("12/31/2027"), "2027-12-31");
        assert_eq!(one("31.12.2027"), "2027-12-31");
        assert_eq!(one("13-1-2027"), "2027-01-13");
        // Both readings are the same day.
        assert_eq!(one("3/3/2027"), "2027-03-03");
        // 30/02 is not a day-first date (no 30 February) and not month-first (no month 30)...
        assert!(read("30/02/2027").is_err());
        // ...but 02/30 and 30/2 fail only one way each: nothing is guessed.
        assert!(read("2/30/2027").is_err());
    }

    #[test]
    fn ambiguous_numbers_offer_both_readings() {
        let Ok(Reading::Two {
            day_first,
            month_first,
        }) = read("3/1/2027")
        else {
            panic!("3/1/2027 must be ambiguous");
        };
        assert_eq!(
            (iso(day_first), iso(month_first)),
            ("2027-01-03".into(), "2027-03-01".into())
        );
        assert_eq!(
            refusal("3/1/2027"),
            "Start date: \"3/1/2027\" could be 3 Jan 2027 or 1 Mar 2027; choose one, or write the month as a word (1 March 2027)"
        );
        assert_eq!(
            entry("f", "F", "3/1/2027").unwrap(),
            DateEntry::Ambiguous {
                readings: [
                    DateChoice {
                        iso: "2027-01-03".into(),
                        display: "3 Jan 2027".into()
                    },
                    DateChoice {
                        iso: "2027-03-01".into(),
                        display: "1 Mar 2027".into()
                    },
                ]
            }
        );
    }

    #[test]
    fn impossible_dates_say_why() {
        // February 2027 has 28 days (2027 is not divisible by 4).
        assert_eq!(
            refusal("2027-02-30"),
            "Start date: is not a real date: February 2027 has 28 days"
        );
        assert_eq!(
            refusal("29 Feb 2027"),
            "Start date: is not a real date: February 2027 has 28 days"
        );
        assert_eq!(
            refusal("31 April 2027"),
            "Start date: is not a real date: April 2027 has 30 days"
        );
        assert_eq!(
            refusal("30/02/2027"),
            "Start date: is not a real date: February 2027 has 28 days"
        );
        assert_eq!(
            refusal("2027-13-01"),
            "Start date: is not a real date: there is no month 13"
        );
        assert_eq!(
            refusal("31/31/2027"),
            "Start date: is not a real date: there is no month 31"
        );
        assert_eq!(
            refusal("1 March 1850"),
            "Start date: must be a date between 1900 and 2200"
        );
    }

    #[test]
    fn unreadable_text_names_the_rule() {
        for text in [
            "soon",
            "2027",
            "1 Smarch 2027",
            "March 2027",
            "1 2 3 2027",
            "2027-03-01T10:00",
        ] {
            assert_eq!(
                refusal(text),
                format!(
                    "Start date: must be a date such as 1 March 2027 or 2027-03-01, not \"{text}\""
                ),
            );
        }
        assert_eq!(
            refusal("1/3/27"),
            "Start date: needs the year in full (2027, not 27), not \"1/3/27\""
        );
    }

    #[test]
    fn shown_in_one_format() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(display(d(2027, 3, 1)), "1 Mar 2027");
        assert_eq!(display(d(2029, 12, 31)), "31 Dec 2029");
        assert_eq!(display_iso("2026-11-29"), "29 Nov 2026");
        assert_eq!(display_iso("not a date"), "not a date");
        assert_eq!(entry("f", "F", "  ").unwrap(), DateEntry::Empty);
        assert_eq!(
            display_dates_in("notice by 2029-10-05, before the end (2030-01-03); 2027-02-30 stays"),
            "notice by 5 Oct 2029, before the end (3 Jan 2030); 2027-02-30 stays"
        );
        assert_eq!(
            display_dates_in("ref X2029-10-05 · 30 days"),
            "ref X2029-10-05 · 30 days"
        );
    }

    #[test]
    fn files_hold_iso_only() {
        assert_eq!(
            iso(iso_only("f", "Quote date", "2027-03-01").unwrap()),
            "2027-03-01"
        );
        assert_eq!(
            iso_only("f", "Quote date", "1 March 2027")
                .unwrap_err()
                .to_string(),
            "Quote date: must be a date written YYYY-MM-DD, not \"1 March 2027\""
        );
        assert!(iso_only("f", "Quote date", "2027-02-30").is_err());
    }
}
