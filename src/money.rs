//! Money is an integer count of minor units (cents) plus an ISO 4217 code; never a float.

use crate::error::{Error, Result};
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

/// The currencies offered, with the number of digits of their minor unit.
pub const CURRENCIES: &[(&str, u32)] = &[
    ("USD", 2),
    ("EUR", 2),
    ("GBP", 2),
    ("CAD", 2),
    ("AUD", 2),
    ("NZD", 2),
    ("CHF", 2),
    ("SEK", 2),
    ("NOK", 2),
    ("DKK", 2),
    ("PLN", 2),
    ("CZK", 2),
    ("CNY", 2),
    ("HKD", 2),
    ("TWD", 2),
    ("SGD", 2),
    ("INR", 2),
    ("ZAR", 2),
    ("MXN", 2),
    ("BRL", 2),
    ("JPY", 0),
    ("KRW", 0),
];

pub fn minor_digits(currency: &str) -> Option<u32> {
    CURRENCIES
        .iter()
        .find(|(code, _)| *code == currency)
        .map(|(_, digits)| *digits)
}

pub fn check_currency(field: &str, label: &str, currency: &str) -> Result<()> {
    if minor_digits(currency).is_none() {
        return Err(Error::invalid(
            field,
            label,
            format!(
                "currency must be one of the supported ISO codes ({}), not \"{currency}\"",
                CURRENCIES
                    .iter()
                    .map(|(c, _)| *c)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    Ok(())
}

pub fn check_amount(field: &str, label: &str, minor: i64, currency: &str) -> Result<()> {
    if !(0..=MAX_MINOR).contains(&minor) {
        return Err(Error::invalid(
            field,
            label,
            format!(
                "must be between 0 and {}",
                format_amount(MAX_MINOR, currency)
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

/// `"1,234.5"` in USD → 123450. Refuses more decimals than the currency has, signs and junk.
pub fn parse_amount(field: &str, label: &str, text: &str, currency: &str) -> Result<i64> {
    let digits = minor_digits(currency).unwrap_or(2);
    let cleaned: String = text.trim().chars().filter(|c| *c != ',').collect();
    let bad = || {
        Error::invalid(
            field,
            label,
            format!("must be an amount such as 1234.50, not \"{text}\""),
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
            0 => format!("{currency} amounts have no decimals"),
            1 => format!("{currency} amounts have at most 1 decimal"),
            _ => format!("{currency} amounts have at most {digits} decimals"),
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
