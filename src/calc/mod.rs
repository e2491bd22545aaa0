//! The calculators: pure functions from contract terms to figures a business bets money on.
//! Each module documents its formula, its source and its rounding.
//!
//! Shared conventions:
//! - Money is an integer count of minor units (see [`crate::money`]); a percentage of an amount
//!   is rounded half up to the nearest minor unit, once, where the module says so.
//! - Percentages arrive as `f64` from the user (e.g. `99.95`) and are turned into integer parts
//!   per million ([`ppm`]), so 99.9 % is exactly 999 000 ppm and no binary fraction leaks into
//!   a figure. Resolution: 0.0001 %.
//! - Every input is range-checked with an [`Error::Invalid`] naming the field and the allowed
//!   range, so the app and the CLI say the same thing.

pub mod bandwidth;
pub mod dates;
pub mod exit;
pub mod sla;
pub mod support;
pub mod tco;

use crate::error::{Error, Result, Words};
use crate::i18n::msg;

/// A range refusal's words: "must be between 1 and 120 months, not 0" / "必须在1到120个月之间，
/// 而不是0". `unit` is a catalog word or, from the command line, a flag's own unit.
fn out_of_range(
    key: crate::i18n::Key,
    min: String,
    max: String,
    unit: Words,
    value: String,
) -> Words {
    Words::msg_with(
        key,
        vec![
            ("min", Words::Plain(min)),
            ("max", Words::Plain(max)),
            ("unit", unit),
            ("value", Words::Plain(value)),
        ],
    )
}

/// One million parts: 100 %.
pub const PPM_WHOLE: i64 = 1_000_000;

/// `percent` (0–100 scale) as integer parts per million, rounded to the nearest 0.0001 %.
pub fn ppm(percent: f64) -> i64 {
    (percent * 10_000.0).round() as i64
}

/// Parts per million back to a percentage, for display.
pub fn ppm_to_percent(ppm: i64) -> f64 {
    ppm as f64 / 10_000.0
}

/// `amount × share / 1 000 000`, rounded half up to the minor unit. Amounts are never negative.
/// For a share of at most 100 % the result never exceeds `amount`, so it cannot overflow; a
/// larger share (an escalator) goes through [`checked_share_of`].
pub fn share_of(amount_minor: i64, share_ppm: i64) -> i64 {
    assert!(
        (0..=PPM_WHOLE).contains(&share_ppm),
        "share_of takes 0–100 %; use checked_share_of above"
    );
    checked_share_of(amount_minor, share_ppm).expect("at most 100 % of an i64 fits an i64")
}

/// `amount × share / 1 000 000`, rounded half up; `None` when the result does not fit an `i64`.
pub fn checked_share_of(amount_minor: i64, share_ppm: i64) -> Option<i64> {
    let product = i128::from(amount_minor) * i128::from(share_ppm);
    i64::try_from((product + i128::from(PPM_WHOLE / 2)) / i128::from(PPM_WHOLE)).ok()
}

/// Checks that a percentage is a finite number within `min..=max`.
pub fn check_percent(
    field: &str,
    label: impl Into<Words>,
    value: f64,
    min: f64,
    max: f64,
) -> Result<i64> {
    if !value.is_finite() || value < min || value > max {
        return Err(Error::invalid(
            field,
            label,
            Words::msg_with(
                msg::CALC_PERCENT_RANGE,
                vec![
                    ("min", Words::Plain(trim_number(min))),
                    ("max", Words::Plain(trim_number(max))),
                    ("value", Words::Plain(trim_number(value))),
                ],
            ),
        ));
    }
    Ok(ppm(value))
}

/// Checks that a whole number lies within `min..=max`.
pub fn check_range(
    field: &str,
    label: impl Into<Words>,
    value: i64,
    min: i64,
    max: i64,
    unit: impl Into<Words>,
) -> Result<i64> {
    if value < min || value > max {
        return Err(Error::invalid(
            field,
            label,
            out_of_range(
                msg::CALC_RANGE,
                min.to_string(),
                max.to_string(),
                unit.into(),
                value.to_string(),
            ),
        ));
    }
    Ok(value)
}

/// Checks that a measurement is a finite number within `min..=max`.
pub fn check_number(
    field: &str,
    label: impl Into<Words>,
    value: f64,
    min: f64,
    max: f64,
    unit: impl Into<Words>,
) -> Result<f64> {
    if !value.is_finite() || value < min || value > max {
        return Err(Error::invalid(
            field,
            label,
            out_of_range(
                msg::CALC_RANGE,
                trim_number(min),
                trim_number(max),
                unit.into(),
                trim_number(value),
            ),
        ));
    }
    Ok(value)
}

/// A number without a trailing `.0`, for messages and labels.
pub fn trim_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        let text = format!("{value:.4}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_become_exact_parts_per_million() {
        assert_eq!(ppm(99.9), 999_000);
        assert_eq!(ppm(99.999), 999_990);
        assert_eq!(ppm(0.1), 1_000);
        assert_eq!(ppm(100.0), PPM_WHOLE);
    }

    #[test]
    fn shares_round_half_up_to_the_minor_unit() {
        // 10 % of $342.00
        assert_eq!(share_of(34_200, 100_000), 3_420);
        // 2.5 % of 1 cent is 0.025 cents: rounds to 0; 50 % of 1 cent rounds up to 1.
        assert_eq!(share_of(1, 25_000), 0);
        assert_eq!(share_of(1, 500_000), 1);
    }

    #[test]
    fn range_errors_name_the_field_and_the_range() {
        let err = check_percent("sla.uptime_percent", "Guaranteed uptime", 100.5, 0.0, 100.0)
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "Guaranteed uptime: must be a percentage between 0 % and 100 %, not 100.5"
        );
        assert!(check_percent("f", "F", f64::NAN, 0.0, 100.0).is_err());
        assert_eq!(trim_number(99.95), "99.95");
        assert_eq!(trim_number(500.0), "500");
    }
}
