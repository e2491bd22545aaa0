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
    match lang {
        Lang::En => window.label().to_owned(),
        Lang::ZhHans => match window {
            MeasurementWindow::Day => "天",
            MeasurementWindow::Week => "周",
            MeasurementWindow::Month => "自然月",
            MeasurementWindow::Quarter => "自然季度",
            MeasurementWindow::Year => "自然年",
        }
        .to_owned(),
    }
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
