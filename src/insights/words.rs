//! The small pieces of wording the insights put into their sentences (durations, measurement
//! windows, amounts, lists), in each language. English delegates to the functions the app has
//! always used, so its output does not change; Chinese writes units as a Chinese reader does
//! ("4分2秒", "每个自然月") and amounts through `i18n::format`.

use crate::calc::sla::{self, DowntimeAllowance, MeasurementWindow};
use crate::i18n::{Lang, format};
use crate::money::{Money, format_amount};

/// An amount in a currency: "USD 1,234.50" in English, "$1,234.50" in Chinese.
pub fn money(lang: Lang, currency: &str, minor: i64) -> String {
    match lang {
        Lang::En => format!("{currency} {}", format_amount(minor, currency)),
        Lang::ZhHans => format::money(
            lang,
            &Money {
                minor,
                currency: currency.to_owned(),
            },
        ),
    }
}

/// A duration: "4 min 2 s" in English (`calc::sla::format_duration_ms`), "4分2秒" in Chinese,
/// rounded the same way (tenths of a second below a minute, whole seconds above).
pub fn duration(lang: Lang, ms: i64) -> String {
    if lang == Lang::En {
        return sla::format_duration_ms(ms);
    }
    let ms = ms.max(0);
    if ms < 59_950 {
        let tenths = (ms + 50) / 100;
        return if tenths % 10 == 0 {
            format!("{}秒", tenths / 10)
        } else {
            format!("{}.{}秒", tenths / 10, tenths % 10)
        };
    }
    let total_s = (ms + 500) / 1000;
    let parts = [
        (total_s / 86_400, "天"),
        (total_s % 86_400 / 3600, "小时"),
        (total_s % 3600 / 60, "分"),
        (total_s % 60, "秒"),
    ];
    parts
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, unit)| format!("{n}{unit}"))
        .collect()
}

/// The measurement window's name: "calendar month" / "自然月".
pub fn window(lang: Lang, window: MeasurementWindow) -> String {
    window.label_in(lang)
}

/// "each calendar month" / "每个自然月".
pub fn each_window(lang: Lang, w: MeasurementWindow) -> String {
    match lang {
        Lang::En => format!("each {}", w.label()),
        Lang::ZhHans => match w {
            MeasurementWindow::Day => "每天".to_owned(),
            MeasurementWindow::Week => "每周".to_owned(),
            _ => format!("每个{}", window(lang, w)),
        },
    }
}

/// The allowance over the window's lengths: "40 min 19 s to 44 min 38 s" / "40分19秒至44分38秒".
pub fn allowance_range(lang: Lang, d: &DowntimeAllowance) -> Option<String> {
    if lang == Lang::En {
        return d.allowance_range_text();
    }
    let first = d.window_lengths.first()?;
    let last = d.window_lengths.last()?;
    Some(if first.days == last.days {
        duration(lang, first.allowance_ms)
    } else {
        format!(
            "{}至{}",
            duration(lang, first.allowance_ms),
            duration(lang, last.allowance_ms)
        )
    })
}

/// The allowance in the window: "4 min 2 s to 4 min 28 s each calendar month" /
/// "每个自然月4分2秒至4分28秒".
pub fn window_range(lang: Lang, d: &DowntimeAllowance) -> Option<String> {
    match lang {
        Lang::En => d.window_range_text(),
        Lang::ZhHans => Some(format!(
            "{}{}",
            each_window(lang, d.window?),
            allowance_range(lang, d)?
        )),
    }
}

/// Items as a list: "A, B" / "A、B".
pub fn list(lang: Lang, items: &[String]) -> String {
    match lang {
        Lang::En => items.join(", "),
        Lang::ZhHans => items.join("、"),
    }
}

/// Labels quoted as a readable list: “A”, “B” and “C” / “A”、“B”和“C”.
pub fn quoted(lang: Lang, labels: &[&str]) -> String {
    let quoted: Vec<String> = labels.iter().map(|l| format!("“{l}”")).collect();
    let and = match lang {
        Lang::En => " and ",
        Lang::ZhHans => "和",
    };
    let comma = match lang {
        Lang::En => ", ",
        Lang::ZhHans => "、",
    };
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}{and}{last}", rest.join(comma)),
    }
}

/// ISO dates inside a sentence as the language writes them: "3 Jan 2030" / "2030年1月3日".
pub fn dates_in(lang: Lang, text: &str) -> String {
    if lang == Lang::En {
        return crate::dates::display_dates_in(text);
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let bounded = |at: usize| bytes.get(at).is_none_or(|b| !b.is_ascii_alphanumeric());
        let starts_word = i == 0 || bounded(i - 1);
        if let Some(candidate) = text.get(i..i + 10)
            && starts_word
            && bounded(i + 10)
            && candidate.as_bytes()[4] == b'-'
            && let Ok(date) = chrono::NaiveDate::parse_from_str(candidate, "%Y-%m-%d")
        {
            out.push_str(&format::date(lang, date));
            i += 10;
            continue;
        }
        let ch = text[i..].chars().next().expect("inside the text");
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

/// One length of a measurement window: "February (28 days)" / "2月（28天）".
pub fn window_length(lang: Lang, w: MeasurementWindow, days: u32) -> String {
    w.length_label_in(lang, days)
}

/// The allowance in every length of the window: "40 min 19 s in February (28 days), …" /
/// "2月（28天）40分19秒，……".
pub fn window_lengths(lang: Lang, d: &DowntimeAllowance) -> Option<String> {
    if lang == Lang::En {
        return d.window_lengths_text();
    }
    let w = d.window?;
    Some(
        d.window_lengths
            .iter()
            .map(|l| {
                format!(
                    "{}{}",
                    window_length(lang, w, l.days),
                    duration(lang, l.allowance_ms)
                )
            })
            .collect::<Vec<_>>()
            .join("，"),
    )
}

/// Days to a deadline: "12 days left" / "还剩12天".
pub fn days_left(lang: Lang, days_left: i64) -> String {
    crate::calc::dates::days_left_words_in(days_left, lang)
}

/// A notice period: "60 days", "1 month" / "60天", "1个月".
pub fn notice_period(lang: Lang, notice: crate::calc::dates::Notice) -> String {
    notice.describe_in(lang)
}

/// What notice is counted back from: "the end of the term" / "合同期限结束".
pub fn notice_basis(lang: Lang, basis: crate::calc::dates::NoticeBasis) -> String {
    basis.label_in(lang)
}

/// The notice rule: "90 days before the end of the term (2030-01-03)" /
/// "合同期限结束（2030-01-03）前90天"; its ISO date is left for [`dates_in`].
pub fn notice_rule(lang: Lang, d: &crate::calc::dates::ContractDates) -> Option<String> {
    use crate::calc::dates::NoticeBasis;
    if lang == Lang::En {
        return d.notice_rule.clone();
    }
    let basis = d.notice_counted_before?;
    let from = match basis {
        NoticeBasis::EndOfTerm => &d.end,
        NoticeBasis::RenewalDate => &d.renewal,
    };
    Some(format!(
        "{}（{from}）前{}",
        notice_basis(lang, basis),
        notice_period(lang, d.notice?)
    ))
}

/// A window of a given length without naming the month: "a 31-day month" / "31天的月份".
pub fn days_label(lang: Lang, w: MeasurementWindow, days: u32) -> String {
    w.days_label_in(lang, days)
}

/// Minutes as people say them: "1 h 30 min", "3 days" / "1小时30分钟", "3天".
pub fn minutes(lang: Lang, minutes: u32) -> String {
    if lang == Lang::En {
        return crate::calc::support::format_minutes(minutes);
    }
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m}分钟"),
        (h, 0) if h >= 48 && h % 24 == 0 => format!("{}天", h / 24),
        (h, 0) => format!("{h}小时"),
        (h, m) => format!("{h}小时{m}分钟"),
    }
}

/// A response grade on the support scale: "good" / "良".
pub fn grade(lang: Lang, grade: crate::calc::support::ResponseGrade) -> String {
    grade.label_in(lang)
}

/// The support scale in words (`calc::support::SCALE_TEXT` in English).
pub fn support_scale(lang: Lang) -> String {
    match lang {
        Lang::En => crate::calc::support::SCALE_TEXT.to_owned(),
        Lang::ZhHans => "5–15分钟为优；30分钟–2小时为良；4–24小时为差（介于两档之间的时间按较慢的一档评级：16–29分钟为良，超过2小时为差）".to_owned(),
    }
}

/// A working day: "Monday" / "周一".
pub fn weekday(lang: Lang, weekday: u32) -> String {
    crate::calc::support::weekday_name_in(lang, weekday)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_durations_use_chinese_units_and_the_same_rounding() {
        // 241.92 s → 4 min 2 s; 3 153.6 s → 52 min 34 s; 20 h exactly; 4.5 s keeps its tenth.
        assert_eq!(duration(Lang::ZhHans, 241_920), "4分2秒");
        assert_eq!(duration(Lang::ZhHans, 3_153_600), "52分34秒");
        assert_eq!(duration(Lang::ZhHans, 72_000_000), "20小时");
        assert_eq!(duration(Lang::ZhHans, 4_500), "4.5秒");
        assert_eq!(duration(Lang::ZhHans, 90_000_000), "1天1小时");
        assert_eq!(duration(Lang::En, 241_920), "4 min 2 s");
    }

    #[test]
    fn lists_and_amounts_follow_the_language() {
        let items = ["A".to_owned(), "B".to_owned()];
        assert_eq!(list(Lang::ZhHans, &items), "A、B");
        assert_eq!(quoted(Lang::ZhHans, &["A", "B", "C"]), "“A”、“B”和“C”");
        assert_eq!(quoted(Lang::En, &["A", "B", "C"]), "“A”, “B” and “C”");
        assert_eq!(money(Lang::ZhHans, "USD", 1_025_928), "$10,259.28");
        assert_eq!(money(Lang::En, "USD", 1_025_928), "USD 10,259.28");
    }
}
