//! Dates, money and percentages as each language writes them. Files and storage stay neutral
//! (ISO dates, minor units with an ISO 4217 code); only what is shown goes through here.

use super::Lang;
use crate::money::{Money, format_amount};
use chrono::{Datelike, NaiveDate};

/// `1 Mar 2027` in English (`crate::dates::display`), `2027年3月1日` in Chinese.
pub fn date(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::En => crate::dates::display(date),
        Lang::ZhHans => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
    }
}

/// A stored ISO date as [`date`] shows it; anything else as it is.
pub fn iso_date(lang: Lang, text: &str) -> String {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(|parsed| date(lang, parsed))
        .unwrap_or_else(|_| text.to_owned())
}

/// The sign a Chinese reader knows a currency by, where it has one that cannot be confused:
/// ¥ is the yuan; the yen is written JP¥, the other dollars with their country's letters.
fn symbol(currency: &str) -> Option<&'static str> {
    Some(match currency {
        "CNY" => "¥",
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "HKD" => "HK$",
        "TWD" => "NT$",
        "SGD" => "S$",
        "CAD" => "CA$",
        "AUD" => "A$",
        "NZD" => "NZ$",
        "JPY" => "JP¥",
        "KRW" => "₩",
        "INR" => "₹",
        _ => return None,
    })
}

/// `USD 1,234.50` in English (`crate::money::format_money`); `$1,234.50`, `¥1,234.50` in
/// Chinese, or `CHF 1,234.50` for a currency without an unambiguous sign. Negative amounts
/// put the minus first: `-¥12.00`.
pub fn money(lang: Lang, money: &Money) -> String {
    match lang {
        Lang::En => crate::money::format_money(money),
        Lang::ZhHans => {
            let amount = format_amount(money.minor.abs(), &money.currency);
            let sign = if money.minor < 0 { "-" } else { "" };
            match symbol(&money.currency) {
                Some(symbol) => format!("{sign}{symbol}{amount}"),
                None => format!("{sign}{} {amount}", money.currency),
            }
        }
    }
}

/// A percentage already written as a number (`99.9`): `99.9 %` in English as the app has always
/// written it, `99.9%` in Chinese, which sets no space.
pub fn percent(lang: Lang, number: &str) -> String {
    match lang {
        Lang::En => format!("{number} %"),
        Lang::ZhHans => format!("{number}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usd(minor: i64) -> Money {
        Money {
            minor,
            currency: "USD".into(),
        }
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let day = NaiveDate::from_ymd_opt(2029, 12, 1).unwrap();
        assert_eq!(date(Lang::En, day), "1 Dec 2029");
        assert_eq!(date(Lang::ZhHans, day), "2029年12月1日");
        assert_eq!(iso_date(Lang::ZhHans, "2027-03-01"), "2027年3月1日");
        assert_eq!(iso_date(Lang::ZhHans, "not a date"), "not a date");
    }

    #[test]
    fn money_carries_the_currency_sign_and_its_digits_in_chinese() {
        assert_eq!(money(Lang::En, &usd(123_450)), "USD 1,234.50");
        assert_eq!(money(Lang::ZhHans, &usd(123_450)), "$1,234.50");
        let yuan = Money {
            minor: 2_795,
            currency: "CNY".into(),
        };
        assert_eq!(money(Lang::ZhHans, &yuan), "¥27.95");
        // The yen has no minor unit and is not the yuan's ¥.
        let yen = Money {
            minor: 1_500,
            currency: "JPY".into(),
        };
        assert_eq!(money(Lang::ZhHans, &yen), "JP¥1,500");
        let franc = Money {
            minor: 100,
            currency: "CHF".into(),
        };
        assert_eq!(money(Lang::ZhHans, &franc), "CHF 1.00");
        assert_eq!(money(Lang::ZhHans, &usd(-1_200)), "-$12.00");
    }

    #[test]
    fn percentages_follow_each_languages_spacing() {
        assert_eq!(percent(Lang::En, "99.9"), "99.9 %");
        assert_eq!(percent(Lang::ZhHans, "99.9"), "99.9%");
    }
}
