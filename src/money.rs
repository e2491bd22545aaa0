//! Money is an integer count of minor units (cents) plus an ISO 4217 code; never a float.

use crate::error::{Error, Result, Words};
use crate::i18n::msg;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Largest amount accepted anywhere: 1,000,000,000.00 in a two-decimal currency. Far above any
/// small-business phone contract, far below where i64 arithmetic could overflow.
pub const MAX_MINOR: i64 = 100_000_000_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Money {
    /// Amount in the currency's minor unit (cents for USD).
    pub minor: i64,
    /// ISO 4217 code, e.g. `USD`.
    pub currency: String,
}

/// The currencies offered, with the number of digits of their minor unit as ISO 4217 lists
/// them (ISO 4217:2015 table A.1, "Minor unit"). First the ones an owner in China meets: the
/// renminbi, the Hong Kong, Macao and Taiwan currencies, and those of the main trading partners
/// and neighbours; then the rest in the order they were added. TWD has 2 in ISO 4217 although
/// prices in Taiwan are written without decimals; JPY, KRW have 0.
pub const CURRENCIES: &[(&str, u32)] = &[
    ("CNY", 2),
    ("HKD", 2),
    ("MOP", 2),
    ("TWD", 2),
    ("USD", 2),
    ("EUR", 2),
    ("JPY", 0),
    ("KRW", 0),
    ("SGD", 2),
    ("GBP", 2),
    ("MYR", 2),
    ("THB", 2),
    ("AUD", 2),
    ("CAD", 2),
    ("NZD", 2),
    ("CHF", 2),
    ("SEK", 2),
    ("NOK", 2),
    ("DKK", 2),
    ("PLN", 2),
    ("CZK", 2),
    ("INR", 2),
    ("ZAR", 2),
    ("MXN", 2),
    ("BRL", 2),
];

pub fn minor_digits(currency: &str) -> Option<u32> {
    CURRENCIES
        .iter()
        .find(|(code, _)| *code == currency)
        .map(|(_, digits)| *digits)
}

pub fn check_currency(field: &str, label: impl Into<Words>, currency: &str) -> Result<()> {
    if minor_digits(currency).is_none() {
        let codes: Vec<&str> = CURRENCIES.iter().map(|(c, _)| *c).collect();
        return Err(Error::invalid(
            field,
            label,
            Words::msg_with(
                msg::ERROR_RULE_CURRENCY,
                vec![
                    // ISO codes, listed the same way in every language.
                    ("codes", Words::Plain(codes.join(", "))),
                    ("value", Words::from(currency)),
                ],
            ),
        ));
    }
    Ok(())
}

pub fn check_amount(
    field: &str,
    label: impl Into<Words>,
    minor: i64,
    currency: &str,
) -> Result<()> {
    if !(0..=MAX_MINOR).contains(&minor) {
        return Err(Error::invalid(
            field,
            label,
            Words::msg_with(
                msg::ERROR_RULE_AMOUNT_MAX,
                vec![("max", Words::Plain(format_amount(MAX_MINOR, currency)))],
            ),
        ));
    }
    Ok(())
}

/// `1234567` USD → `12,345.67`. Used in messages, the CLI and (later) the PDF.
pub fn format_amount(minor: i64, currency: &str) -> String {
    let digits = minor_digits(currency).unwrap_or(2);
    let negative = minor < 0;
    let abs = minor.unsigned_abs();
    let scale = 10u64.pow(digits);
    let whole = abs / scale;
    let frac = abs % scale;
    let whole_text = group_thousands(whole);
    let sign = if negative { "-" } else { "" };
    if digits == 0 {
        format!("{sign}{whole_text}")
    } else {
        format!("{sign}{whole_text}.{frac:0width$}", width = digits as usize)
    }
}

/// The signs people write with an amount, and the currencies each stands for ("$" for eight of
/// them). Typed amounts may carry one, before or after the number, as may an ISO code.
pub const CURRENCY_SIGNS: &[(&str, &[&str])] = &[
    (
        "$",
        &["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "MXN"],
    ),
    ("US$", &["USD"]),
    ("C$", &["CAD"]),
    ("CA$", &["CAD"]),
    ("A$", &["AUD"]),
    ("AU$", &["AUD"]),
    ("NZ$", &["NZD"]),
    ("S$", &["SGD"]),
    ("HK$", &["HKD"]),
    ("MOP$", &["MOP"]),
    ("NT$", &["TWD"]),
    ("MX$", &["MXN"]),
    ("R$", &["BRL"]),
    ("€", &["EUR"]),
    ("£", &["GBP"]),
    ("¥", &["JPY", "CNY"]),
    // As Chinese quotes write yuan: "75元", "人民币1,200元", "RMB 99".
    ("元", &["CNY"]),
    ("人民币", &["CNY"]),
    ("RMB", &["CNY"]),
    ("₹", &["INR"]),
    ("₩", &["KRW"]),
    ("kr", &["SEK", "NOK", "DKK"]),
    ("zł", &["PLN"]),
    ("Kč", &["CZK"]),
];

/// `"1,234.5"` in USD → 123450. People copy amounts with their currency, so "$27.95",
/// "USD 27.95", "27.95 USD" and "US$ 25" read as the number when the sign or code is the
/// field's currency; another currency's is refused, naming the field's. Refuses more decimals
/// than the currency has, plus and minus signs and junk.
pub fn parse_amount(
    field: &str,
    label: impl Into<Words>,
    text: &str,
    currency: &str,
) -> Result<i64> {
    let label: Words = label.into();
    let number = match without_currency(text, currency) {
        Ok(number) => number,
        Err(marker) => {
            return Err(Error::invalid(
                field,
                label,
                Words::msg_with(
                    msg::ERROR_RULE_OTHER_CURRENCY,
                    vec![
                        ("currency", Words::from(currency)),
                        ("marker", Words::Plain(marker)),
                    ],
                ),
            ));
        }
    };
    let digits = minor_digits(currency).unwrap_or(2);
    if !commas_group_thousands(number) {
        return Err(Error::invalid(field, label.clone(), msg::ERROR_RULE_COMMA));
    }
    let cleaned: String = number.chars().filter(|c| *c != ',').collect();
    let bad = || {
        Error::invalid(
            field,
            label.clone(),
            Words::msg_with(
                msg::ERROR_RULE_AMOUNT_EXAMPLE,
                vec![("value", Words::from(text))],
            ),
        )
    };
    let (whole, frac) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    if whole.is_empty() && frac.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
        || whole.len() > 13
    {
        return Err(bad());
    }
    if frac.len() > digits as usize {
        let rule = match digits {
            0 => Words::msg_with(
                msg::ERROR_RULE_NO_DECIMALS,
                vec![("currency", Words::from(currency))],
            ),
            _ => Words::msg_with(
                msg::ERROR_RULE_DECIMALS,
                vec![
                    ("currency", Words::from(currency)),
                    ("digits", Words::Count(i64::from(digits))),
                ],
            ),
        };
        return Err(Error::invalid(field, label, rule));
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| bad())?
    };
    let frac_minor: i64 = format!("{frac:0<width$}", width = digits as usize)
        .parse()
        .unwrap_or(0);
    let minor = whole * 10i64.pow(digits) + frac_minor;
    check_amount(field, label, minor, currency)?;
    Ok(minor)
}

/// Why "25,50" is refused: read with the comma as a thousands separator it would be 2,550, ten
/// times or a hundred times what an owner used to decimal commas meant.
pub const COMMA_RULE: &str = "uses a comma where a point or a group of three digits belongs: write decimals with a point (25.50) and commas only between thousands (1,250)";

/// Whether every comma of a number separates thousands: only in the whole part, after one to
/// three digits, and followed by exactly three digits ("1,250", "1,234,567.89"); a number
/// without commas passes.
fn commas_group_thousands(number: &str) -> bool {
    if !number.contains(',') {
        return true;
    }
    let (whole, frac) = number.split_once('.').unwrap_or((number, ""));
    if frac.contains(',') {
        return false;
    }
    let mut groups = whole.split(',');
    let first = groups.next().unwrap_or_default();
    (1..=3).contains(&first.len()) && groups.all(|group| group.len() == 3)
}

/// The typed text without one currency code or sign before or after the number, trimmed. `Err`
/// holds the code (in capitals) or sign of another currency than `currency`. Only a supported ISO code counts
/// as one ("TBD" is not an amount, and is refused as such), and a code is a whole word ("USDX 5"
/// is refused too).
fn without_currency<'a>(text: &'a str, currency: &str) -> std::result::Result<&'a str, String> {
    let text = text.trim();
    let is_code = |word: &str| {
        word.len() == 3
            && word.chars().all(|c| c.is_ascii_alphabetic())
            && minor_digits(&word.to_ascii_uppercase()).is_some()
    };
    let not_letter = |c: Option<char>| !c.is_some_and(char::is_alphabetic);
    // Longest first, so "US$" is not read as "$" followed by junk.
    let mut signs: Vec<&(&str, &[&str])> = CURRENCY_SIGNS.iter().collect();
    signs.sort_by_key(|(sign, _)| std::cmp::Reverse(sign.chars().count()));
    let fits_sign = |sign: &str| {
        CURRENCY_SIGNS
            .iter()
            .any(|(s, codes)| *s == sign && codes.contains(&currency))
    };
    let (marker, rest, fits, before) = if let Some(code) = text.get(..3).filter(|w| is_code(w))
        && not_letter(text[3..].chars().next())
    {
        (
            code.to_ascii_uppercase(),
            &text[3..],
            code.eq_ignore_ascii_case(currency),
            true,
        )
    } else if let Some(code) = text
        .len()
        .checked_sub(3)
        .and_then(|at| text.get(at..))
        .filter(|w| is_code(w))
        && not_letter(text[..text.len() - 3].chars().next_back())
    {
        (
            code.to_ascii_uppercase(),
            &text[..text.len() - 3],
            code.eq_ignore_ascii_case(currency),
            false,
        )
    } else if let Some((sign, _)) = signs.iter().find(|(sign, _)| text.starts_with(sign)) {
        (sign.to_string(), &text[sign.len()..], fits_sign(sign), true)
    } else if let Some((sign, _)) = signs.iter().find(|(sign, _)| text.ends_with(sign)) {
        (
            sign.to_string(),
            &text[..text.len() - sign.len()],
            fits_sign(sign),
            false,
        )
    } else {
        return Ok(text);
    };
    if !fits {
        return Err(marker);
    }
    // A second mark of the same currency on the other side: "人民币1,200元", "¥75元".
    let rest = rest.trim();
    let second = signs.iter().find_map(|(sign, _)| {
        if !fits_sign(sign) {
            None
        } else if before {
            rest.strip_suffix(sign)
        } else {
            rest.strip_prefix(sign)
        }
    });
    Ok(second.unwrap_or(rest).trim())
}

/// `money`'s written amount in the currency `to`, in `to`'s minor units: USD 25.00 (2,500
/// cents) is JPY 25, JPY 25 is EUR 25.00 (2,500 cents). None when `to` cannot write it (USD
/// 25.50 in JPY, which has no decimals), it overflows, or either currency is unknown. A change
/// of label, never a conversion at a rate.
pub fn relabel(money: &Money, to: &str) -> Option<i64> {
    let (from_digits, to_digits) = (minor_digits(&money.currency)?, minor_digits(to)?);
    if to_digits >= from_digits {
        money.minor.checked_mul(10_i64.pow(to_digits - from_digits))
    } else {
        let scale = 10_i64.pow(from_digits - to_digits);
        (money.minor % scale == 0).then_some(money.minor / scale)
    }
}

pub fn format_money(money: &Money) -> String {
    format!(
        "{} {}",
        money.currency,
        format_amount(money.minor, &money.currency)
    )
}

fn group_thousands(mut n: u64) -> String {
    let mut groups = Vec::new();
    loop {
        if n < 1000 {
            groups.push(n.to_string());
            break;
        }
        groups.push(format!("{:03}", n % 1000));
        n /= 1000;
    }
    groups.reverse();
    groups.join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relabelling_keeps_the_written_amount() {
        let usd = |minor| Money {
            minor,
            currency: "USD".into(),
        };
        // USD 25.00 = 2,500 cents → EUR 25.00 = 2,500 cents; → JPY 25 (no minor unit).
        assert_eq!(relabel(&usd(2_500), "EUR"), Some(2_500));
        assert_eq!(relabel(&usd(2_500), "JPY"), Some(25));
        // JPY 25 → USD 25.00 = 2,500 cents.
        let yen = Money {
            minor: 25,
            currency: "JPY".into(),
        };
        assert_eq!(relabel(&yen, "USD"), Some(2_500));
        // USD 25.50 has cents JPY cannot write; an unknown code is no currency.
        assert_eq!(relabel(&usd(2_550), "JPY"), None);
        assert_eq!(relabel(&usd(2_500), "XXX"), None);
    }

    #[test]
    fn formats_minor_units_without_floats() {
        assert_eq!(format_amount(0, "USD"), "0.00");
        assert_eq!(format_amount(5, "USD"), "0.05");
        assert_eq!(format_amount(1_234_567, "USD"), "12,345.67");
        assert_eq!(format_amount(1_234_567, "JPY"), "1,234,567");
        assert_eq!(format_amount(-150, "EUR"), "-1.50");
    }

    #[test]
    fn parses_amounts_exactly() {
        assert_eq!(parse_amount("f", "F", "1,234.5", "USD").unwrap(), 123_450);
        assert_eq!(parse_amount("f", "F", "342", "USD").unwrap(), 34_200);
        assert_eq!(parse_amount("f", "F", "1500", "JPY").unwrap(), 1_500);
        assert!(parse_amount("f", "F", "1.5", "JPY").is_err());
        assert!(parse_amount("f", "F", "-3", "USD").is_err());
        assert!(parse_amount("f", "F", "12.345", "USD").is_err());
        assert!(parse_amount("f", "F", "abc", "USD").is_err());
    }

    #[test]
    fn the_currencies_an_owner_in_china_meets_are_offered_with_iso_4217_digits() {
        // Minor units from ISO 4217 table A.1.
        for (code, digits) in [
            ("CNY", 2),
            ("HKD", 2),
            ("MOP", 2),
            ("TWD", 2),
            ("SGD", 2),
            ("USD", 2),
            ("EUR", 2),
            ("JPY", 0),
            ("KRW", 0),
        ] {
            assert_eq!(minor_digits(code), Some(digits), "{code}");
        }
        assert_eq!(CURRENCIES[0].0, "CNY", "the renminbi comes first");
        // ¥27.95 is 2795 fen; ₩ and ¥ (yen) have no minor unit.
        assert_eq!(parse_amount("f", "F", "27.95", "CNY").unwrap(), 2_795);
        assert!(parse_amount("f", "F", "1.5", "KRW").is_err());
    }

    #[test]
    fn the_comma_rule_given_to_the_window_is_the_catalogs_words() {
        use crate::i18n::{Lang, msg, text};
        assert_eq!(text(Lang::En, msg::ERROR_RULE_COMMA), COMMA_RULE);
    }

    #[test]
    fn money_refusals_read_in_chinese() {
        use crate::i18n::{Lang, msg};
        let label = msg::ERROR_LABEL_MONTHLY_CHARGE;
        let err = parse_amount("f", label, "十块", "CNY").unwrap_err();
        assert_eq!(
            err.message(Lang::ZhHans),
            "月费：必须是像 1234.50 这样的金额，而不是“十块”"
        );
        let err = parse_amount("f", label, "1.5", "JPY").unwrap_err();
        assert_eq!(err.message(Lang::ZhHans), "月费：JPY 金额没有小数");
        assert_eq!(
            err.to_string(),
            "Monthly charge: JPY amounts have no decimals"
        );
        let err = parse_amount("f", label, "1.505", "CNY").unwrap_err();
        assert_eq!(err.message(Lang::ZhHans), "月费：CNY 金额最多有 2 位小数");
        assert_eq!(
            err.to_string(),
            "Monthly charge: CNY amounts have at most 2 decimals"
        );
        let err = check_amount("f", label, -1, "CNY").unwrap_err();
        assert_eq!(
            err.message(Lang::ZhHans),
            "月费：必须在 0 到 1,000,000,000.00 之间"
        );
        let err = check_currency("f", msg::ERROR_LABEL_CURRENCY, "RMB").unwrap_err();
        assert!(
            err.message(Lang::ZhHans)
                .starts_with("币种：必须是支持的 ISO 代码之一（CNY, HKD, MOP,"),
            "{}",
            err.message(Lang::ZhHans)
        );
        assert!(err.message(Lang::ZhHans).ends_with("而不是“RMB”"));
        let err = parse_amount("f", label, "$25", "CNY").unwrap_err();
        assert_eq!(err.message(Lang::ZhHans), "月费：币种是 CNY，不是 $");
        let err = parse_amount("f", label, "25,50", "CNY").unwrap_err();
        assert!(
            err.message(Lang::ZhHans)
                .starts_with("月费：逗号用错了位置")
        );
    }

    #[test]
    fn a_sign_of_another_currency_is_refused_naming_the_field_and_its_currency() {
        let err = parse_amount(
            "context.monthly_charge_minor",
            "Monthly charge",
            "€25",
            "USD",
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "Monthly charge: is in USD, not €");
        // The field's own sign is read as the number: $27.95 is 2,795 cents.
        assert_eq!(parse_amount("f", "F", "$27.95", "USD").unwrap(), 2_795);
    }

    #[test]
    fn rejects_unknown_currency_and_out_of_range_amounts() {
        assert!(check_currency("f", "Price", "USD").is_ok());
        let err = check_currency("f", "Price", "usd").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("Price: currency must be one of")
        );
        assert!(check_amount("f", "Price", -1, "USD").is_err());
        assert!(check_amount("f", "Price", MAX_MINOR, "USD").is_ok());
        assert!(check_amount("f", "Price", MAX_MINOR + 1, "USD").is_err());
    }
}
