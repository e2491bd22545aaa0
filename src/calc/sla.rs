//! SLA figures: the downtime an uptime promise permits, and the service credit owed for an
//! outage under a tiered credit table.
//!
//! Formula: permitted downtime = period × (100 % − uptime %). Computed in integer milliseconds
//! from the uptime in parts per million, so 99.9 % of a 365-day year is exactly 31 536 s
//! (8 h 45 min 36 s, the "8.76 h/year" of published SLA tables).
//!
//! Periods, stated with every figure:
//! - year: 365 days (the basis of most published SLA tables), or the mean Gregorian year of
//!   365.2425 days when asked;
//! - month: 30 days (what many SLAs measure), and one twelfth of the year (a calendar average);
//! - quarter: one quarter of the year; week: 7 days; day: 24 hours.

use super::{PPM_WHOLE, check_number, check_percent, share_of};
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

const DAY_S: i64 = 86_400;

/// Which year length the yearly figures use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum YearBasis {
    /// 365 days: what published SLA tables use.
    #[default]
    Days365,
    /// 365.2425 days: the mean Gregorian year, leap years included.
    Gregorian,
}

impl YearBasis {
    pub fn seconds(self) -> i64 {
        match self {
            YearBasis::Days365 => 365 * DAY_S,
            // 365.2425 × 86 400 = 31 556 952 exactly.
            YearBasis::Gregorian => 31_556_952,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            YearBasis::Days365 => "365-day year",
            YearBasis::Gregorian => "365.2425-day year",
        }
    }
}

/// The period over which the contract measures uptime.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MeasurementWindow {
    Day,
    Week,
    /// A 30-day month.
    Month,
    Quarter,
    Year,
}

impl MeasurementWindow {
    pub fn parse(text: &str) -> Option<MeasurementWindow> {
        Some(match text {
            "day" => MeasurementWindow::Day,
            "week" => MeasurementWindow::Week,
            "month" => MeasurementWindow::Month,
            "quarter" => MeasurementWindow::Quarter,
            "year" => MeasurementWindow::Year,
            _ => return None,
        })
    }

    pub fn seconds(self, basis: YearBasis) -> i64 {
        match self {
            MeasurementWindow::Day => DAY_S,
            MeasurementWindow::Week => 7 * DAY_S,
            MeasurementWindow::Month => 30 * DAY_S,
            MeasurementWindow::Quarter => basis.seconds() / 4,
            MeasurementWindow::Year => basis.seconds(),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            MeasurementWindow::Day => "day",
            MeasurementWindow::Week => "week",
            MeasurementWindow::Month => "30-day month",
            MeasurementWindow::Quarter => "quarter",
            MeasurementWindow::Year => "year",
        }
    }
}

/// The downtime an uptime promise permits, in milliseconds, for each period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DowntimeAllowance {
    /// The promise in parts per million (999 000 = 99.9 %).
    pub uptime_ppm: i64,
    pub year_basis: YearBasis,
    #[ts(type = "number")]
    pub per_year_ms: i64,
    /// One twelfth of the year.
    #[ts(type = "number")]
    pub per_month_average_ms: i64,
    /// A 30-day month.
    #[ts(type = "number")]
    pub per_month_30d_ms: i64,
    #[ts(type = "number")]
    pub per_quarter_ms: i64,
    #[ts(type = "number")]
    pub per_week_ms: i64,
    #[ts(type = "number")]
    pub per_day_ms: i64,
    /// The contract's own measurement window and its allowance, when known.
    pub window: Option<MeasurementWindow>,
    #[ts(type = "number | null")]
    pub per_window_ms: Option<i64>,
}

/// Downtime permitted in `period_s` seconds at `uptime_ppm`, rounded half up to the millisecond.
pub fn permitted_downtime_ms(uptime_ppm: i64, period_s: i64) -> i64 {
    let down_ppm = i128::from(PPM_WHOLE - uptime_ppm);
    let ms = i128::from(period_s) * 1000 * down_ppm;
    ((ms + i128::from(PPM_WHOLE / 2)) / i128::from(PPM_WHOLE)) as i64
}

/// The downtime allowance of an uptime percentage (0–100).
pub fn downtime_allowance(
    uptime_percent: f64,
    basis: YearBasis,
    window: Option<MeasurementWindow>,
) -> Result<DowntimeAllowance> {
    let uptime_ppm = check_percent(
        "sla.uptime_percent",
        "Guaranteed uptime",
        uptime_percent,
        0.0,
        100.0,
    )?;
    let year = basis.seconds();
    let at = |period_s| permitted_downtime_ms(uptime_ppm, period_s);
    Ok(DowntimeAllowance {
        uptime_ppm,
        year_basis: basis,
        per_year_ms: at(year),
        per_month_average_ms: at(year / 12),
        per_month_30d_ms: at(30 * DAY_S),
        per_quarter_ms: at(year / 4),
        per_week_ms: at(7 * DAY_S),
        per_day_ms: at(DAY_S),
        window,
        per_window_ms: window.map(|w| at(w.seconds(basis))),
    })
}

/// One row of a credit table: when measured uptime falls below `below_uptime_percent`, the
/// credit is `credit_percent` of the monthly charge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CreditTier {
    pub below_uptime_percent: f64,
    pub credit_percent: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CreditOwed {
    /// Uptime achieved in the window, parts per million, rounded down (never flatters).
    pub achieved_uptime_ppm: i64,
    /// The tier that applies (index into the table as given), if any.
    pub tier: Option<u32>,
    /// Credit before the cap, parts per million of the monthly charge.
    pub credit_ppm: i64,
    /// Whether the cap cut the credit.
    pub capped: bool,
    /// Credit after the cap, parts per million of the monthly charge.
    pub credit_after_cap_ppm: i64,
    /// Credit in minor units of the monthly charge's currency.
    #[ts(type = "number")]
    pub credit_minor: i64,
}

/// The credit owed for `outage_s` seconds of downtime in one measurement window.
///
/// The achieved uptime is `1 − outage / window`. The tier with the highest credit whose
/// threshold the achieved uptime falls below applies (tables list tiers in any order); a tier
/// applies when uptime is strictly below its threshold, as SLAs word it ("less than 99.9 %").
/// The credit is a percentage of the monthly charge, limited to `cap_percent` of it when the
/// contract has a cap, and rounded half up to the minor unit.
pub fn credit_owed(
    tiers: &[CreditTier],
    cap_percent: Option<f64>,
    window: MeasurementWindow,
    basis: YearBasis,
    outage_s: f64,
    monthly_charge_minor: i64,
) -> Result<CreditOwed> {
    let window_s = window.seconds(basis);
    let outage_s = check_number(
        "outage",
        "Outage length",
        outage_s,
        0.0,
        window_s as f64,
        &format!("seconds (the length of one {})", window.label()),
    )?;
    let mut table = Vec::with_capacity(tiers.len());
    for (i, tier) in tiers.iter().enumerate() {
        let n = i + 1;
        let below = check_percent(
            &format!("credit_tier_{n}.below_uptime"),
            &format!("Credit tier {n}: uptime threshold"),
            tier.below_uptime_percent,
            0.0,
            100.0,
        )?;
        let credit = check_percent(
            &format!("credit_tier_{n}.credit"),
            &format!("Credit tier {n}: credit"),
            tier.credit_percent,
            0.0,
            100.0,
        )?;
        table.push((below, credit));
    }
    let cap = cap_percent
        .map(|c| check_percent("sla.credit_cap_percent", "Credit cap", c, 0.0, 100.0))
        .transpose()?;
    if monthly_charge_minor < 0 {
        return Err(Error::invalid(
            "monthly_charge",
            "Monthly charge",
            "must not be negative",
        ));
    }
    // Uptime achieved, rounded down to the ppm so a breach is never hidden by rounding.
    let outage_ms = (outage_s * 1000.0).round() as i128;
    let window_ms = i128::from(window_s) * 1000;
    let down_ppm = (outage_ms * i128::from(PPM_WHOLE) + window_ms - 1) / window_ms;
    let achieved = PPM_WHOLE - down_ppm as i64;
    let applicable = table
        .iter()
        .enumerate()
        .filter(|(_, (below, _))| achieved < *below)
        .max_by_key(|(_, (_, credit))| *credit);
    let (tier, credit_ppm) = match applicable {
        Some((i, (_, credit))) => (Some(i as u32), *credit),
        None => (None, 0),
    };
    let after_cap = cap.map_or(credit_ppm, |c| credit_ppm.min(c));
    Ok(CreditOwed {
        achieved_uptime_ppm: achieved,
        tier,
        credit_ppm,
        capped: after_cap < credit_ppm,
        credit_after_cap_ppm: after_cap,
        credit_minor: share_of(monthly_charge_minor, after_cap),
    })
}

/// `1 h 2 min 3 s` style, for figures; milliseconds below a minute are kept to one decimal.
pub fn format_duration_ms(ms: i64) -> String {
    let total_s = ms / 1000;
    let (d, h, m, s) = (
        total_s / 86_400,
        total_s % 86_400 / 3600,
        total_s % 3600 / 60,
        total_s % 60,
    );
    let mut parts = Vec::new();
    if d > 0 {
        parts.push(format!("{d} d"));
    }
    if h > 0 {
        parts.push(format!("{h} h"));
    }
    if m > 0 {
        parts.push(format!("{m} min"));
    }
    if total_s < 60 {
        let tenths = (ms % 60_000 + 50) / 100;
        if tenths % 10 == 0 {
            parts.push(format!("{} s", tenths / 10));
        } else {
            parts.push(format!("{}.{} s", tenths / 10, tenths % 10));
        }
    } else if s > 0 {
        parts.push(format!("{s} s"));
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year_hours(uptime: f64) -> f64 {
        downtime_allowance(uptime, YearBasis::Days365, None)
            .unwrap()
            .per_year_ms as f64
            / 3_600_000.0
    }

    /// The brief's table (365-day year): 99 % → 87.6 h; 99.5 % → 43.8 h; 99.9 % → 8.76 h;
    /// 99.95 % → 4.38 h; 99.99 % → 52.6 min; 99.999 % → 5.26 min.
    #[test]
    fn published_downtime_table() {
        assert_eq!(year_hours(99.0), 87.6);
        assert_eq!(year_hours(99.5), 43.8);
        assert_eq!(year_hours(99.9), 8.76);
        assert_eq!(year_hours(99.95), 4.38);
        let four_nines = downtime_allowance(99.99, YearBasis::Days365, None).unwrap();
        assert_eq!(four_nines.per_year_ms, 3_153_600); // 52.56 min
        let five_nines = downtime_allowance(99.999, YearBasis::Days365, None).unwrap();
        assert_eq!(five_nines.per_year_ms, 315_360); // 5.256 min
        // 99.9 %: 43.8 min per average month, 43.2 min per 30-day month, 10.08 min per week.
        let three_nines = downtime_allowance(99.9, YearBasis::Days365, None).unwrap();
        assert_eq!(three_nines.per_month_average_ms, 2_628_000);
        assert_eq!(three_nines.per_month_30d_ms, 2_592_000);
        assert_eq!(three_nines.per_week_ms, 604_800);
        assert_eq!(three_nines.per_day_ms, 86_400);
        assert_eq!(
            format_duration_ms(three_nines.per_month_average_ms),
            "43 min 48 s"
        );
    }

    #[test]
    fn gregorian_year_is_a_little_longer() {
        let g = downtime_allowance(99.9, YearBasis::Gregorian, Some(MeasurementWindow::Quarter))
            .unwrap();
        assert_eq!(g.per_year_ms, 31_556_952);
        assert_eq!(g.per_window_ms, Some(7_889_238));
    }

    #[test]
    fn out_of_range_uptime_is_refused() {
        for bad in [100.01, -1.0, f64::INFINITY] {
            let err = downtime_allowance(bad, YearBasis::Days365, None).unwrap_err();
            assert!(
                err.to_string()
                    .starts_with("Guaranteed uptime: must be a percentage between 0 % and 100 %")
            );
        }
        assert_eq!(
            downtime_allowance(100.0, YearBasis::Days365, None)
                .unwrap()
                .per_year_ms,
            0
        );
    }

    fn tiers() -> Vec<CreditTier> {
        vec![
            CreditTier {
                below_uptime_percent: 99.9,
                credit_percent: 10.0,
            },
            CreditTier {
                below_uptime_percent: 99.5,
                credit_percent: 25.0,
            },
            CreditTier {
                below_uptime_percent: 99.0,
                credit_percent: 50.0,
            },
        ]
    }

    #[test]
    fn credit_follows_the_tier_table_and_the_cap() {
        let month = MeasurementWindow::Month;
        let basis = YearBasis::Days365;
        // 43.2 min in a 30-day month is exactly 99.9 %: not below, no credit.
        let at = credit_owed(&tiers(), None, month, basis, 2592.0, 34_200).unwrap();
        assert_eq!((at.tier, at.credit_minor), (None, 0));
        // One second more falls below 99.9 %: 10 %.
        let over = credit_owed(&tiers(), None, month, basis, 2593.0, 34_200).unwrap();
        assert_eq!((over.tier, over.credit_minor), (Some(0), 3_420));
        // Four hours: 99.44 %, below 99.5 %: 25 %.
        let four_h = credit_owed(&tiers(), None, month, basis, 4.0 * 3600.0, 34_200).unwrap();
        assert_eq!((four_h.tier, four_h.credit_minor), (Some(1), 8_550));
        // A day down: 96.7 %, 50 %, capped at 30 %.
        let day = credit_owed(&tiers(), Some(30.0), month, basis, 86_400.0, 34_200).unwrap();
        assert!(day.capped);
        assert_eq!(day.credit_ppm, 500_000);
        assert_eq!(day.credit_minor, 10_260);
    }

    #[test]
    fn outage_longer_than_the_window_is_refused() {
        let err = credit_owed(
            &tiers(),
            None,
            MeasurementWindow::Day,
            YearBasis::Days365,
            90_000.0,
            100,
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .contains("Outage length: must be between 0 and 86400")
        );
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(format_duration_ms(31_536_000), "8 h 45 min 36 s");
        assert_eq!(format_duration_ms(315_360), "5 min 15 s");
        assert_eq!(format_duration_ms(86_400), "1 min 26 s");
        assert_eq!(format_duration_ms(8_640), "8.6 s");
        assert_eq!(format_duration_ms(0), "0 s");
        assert_eq!(format_duration_ms(315_360_000), "3 d 15 h 36 min");
    }
}
