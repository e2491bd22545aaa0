//! SLA figures: the downtime an uptime promise permits, and the service credit owed for an
//! outage under a tiered credit table.
//!
//! Formula: permitted downtime = window length × (100 % − uptime %). Computed in integer
//! milliseconds from the uptime in parts per million, so 99.9 % of a 365-day year is exactly
//! 31 536 s (8 h 45 min 36 s, the "8.76 h/year" of published SLA tables). Durations are shown
//! rounded to the nearest second (52.56 min = 3 153.6 s → 52 min 34 s), never truncated.
//!
//! The contract's measurement window is used throughout one review. A calendar window has no
//! single length, so every length it can have is given:
//! - calendar month: 28, 29, 30 or 31 days (99.9 %: 40 min 19 s in February, 43 min 12 s in a
//!   30-day month, 44 min 38 s in a 31-day month);
//! - calendar quarter: 90 (Q1), 91 (Q1 of a leap year, Q2) or 92 days (Q3, Q4);
//! - calendar year: 365 or 366 days; week: 7 days; day: 24 hours.
//!
//! The yearly reference figure uses a 365-day year (the basis of published SLA tables), or the
//! mean Gregorian year of 365.2425 days when asked.

use super::{PPM_WHOLE, check_number, check_percent, share_of};
use crate::error::{Error, Result, Words};
use crate::i18n::{self, Lang, msg};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

const DAY_S: i64 = 86_400;

/// Which year length the yearly reference figure uses.
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

    pub fn label(self) -> String {
        self.label_in(Lang::En)
    }

    /// "365-day year" / "一年按365天计".
    pub fn label_in(self, lang: Lang) -> String {
        i18n::text(
            lang,
            match self {
                YearBasis::Days365 => msg::CALC_YEAR_365,
                YearBasis::Gregorian => msg::CALC_YEAR_GREGORIAN,
            },
        )
    }
}

/// The period over which the contract measures uptime. Month, quarter and year are calendar
/// periods, so their length varies (see [`MeasurementWindow::lengths_days`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MeasurementWindow {
    Day,
    Week,
    /// A calendar month: 28 to 31 days.
    Month,
    /// A calendar quarter: 90 to 92 days.
    Quarter,
    /// A calendar year: 365 or 366 days.
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

    /// Every length, in days, one window of this kind can have, shortest first.
    pub fn lengths_days(self) -> &'static [u32] {
        match self {
            MeasurementWindow::Day => &[1],
            MeasurementWindow::Week => &[7],
            MeasurementWindow::Month => &[28, 29, 30, 31],
            MeasurementWindow::Quarter => &[90, 91, 92],
            MeasurementWindow::Year => &[365, 366],
        }
    }

    pub fn shortest_days(self) -> u32 {
        self.lengths_days()[0]
    }

    pub fn longest_days(self) -> u32 {
        *self.lengths_days().last().unwrap_or(&1)
    }

    /// "calendar month", for sentences such as "each calendar month".
    pub fn label(self) -> String {
        self.label_in(Lang::En)
    }

    /// The window's name as a catalog message: "calendar month" / "自然月".
    pub fn words(self) -> Words {
        Words::msg(match self {
            MeasurementWindow::Day => msg::CALC_WINDOW_DAY,
            MeasurementWindow::Week => msg::CALC_WINDOW_WEEK,
            MeasurementWindow::Month => msg::CALC_WINDOW_MONTH,
            MeasurementWindow::Quarter => msg::CALC_WINDOW_QUARTER,
            MeasurementWindow::Year => msg::CALC_WINDOW_YEAR,
        })
    }

    /// [`MeasurementWindow::label`] in `lang`.
    pub fn label_in(self, lang: Lang) -> String {
        self.words().render(lang)
    }

    /// "a 31-day month", "a 90-day quarter": a length without naming the month.
    pub fn days_label(self, days: u32) -> String {
        self.days_label_in(Lang::En, days)
    }

    /// [`MeasurementWindow::days_label`] in `lang`: "31天的月份".
    pub fn days_label_in(self, lang: Lang, days: u32) -> String {
        let key = match self {
            MeasurementWindow::Day => msg::CALC_LENGTH_DAY,
            MeasurementWindow::Week => msg::CALC_LENGTH_WEEK,
            MeasurementWindow::Month => msg::CALC_LENGTH_MONTH,
            MeasurementWindow::Quarter => msg::CALC_LENGTH_QUARTER,
            MeasurementWindow::Year => msg::CALC_LENGTH_YEAR,
        };
        Words::msg_with(key, vec![("days", Words::Plain(days.to_string()))]).render(lang)
    }

    /// One length of this window as a catalog message: "February (28 days)", "a 31-day month"
    /// / "2月（28天）", "31天的月份".
    pub fn length_words(self, days: u32) -> Words {
        let key = match (self, days) {
            (MeasurementWindow::Day, _) => msg::CALC_LENGTH_DAY,
            (MeasurementWindow::Week, _) => msg::CALC_LENGTH_WEEK,
            (MeasurementWindow::Month, 28) => msg::CALC_LENGTH_FEBRUARY,
            (MeasurementWindow::Month, 29) => msg::CALC_LENGTH_LEAP_FEBRUARY,
            (MeasurementWindow::Month, _) => msg::CALC_LENGTH_MONTH,
            (MeasurementWindow::Quarter, _) => msg::CALC_LENGTH_QUARTER,
            (MeasurementWindow::Year, 366) => msg::CALC_LENGTH_LEAP_YEAR,
            (MeasurementWindow::Year, _) => msg::CALC_LENGTH_YEAR,
        };
        Words::msg_with(key, vec![("days", Words::Plain(days.to_string()))])
    }

    /// One length of this window in words: "February (28 days)", "a 31-day month".
    pub fn length_label(self, days: u32) -> String {
        self.length_label_in(Lang::En, days)
    }

    /// [`MeasurementWindow::length_label`] in `lang`.
    pub fn length_label_in(self, lang: Lang, days: u32) -> String {
        self.length_words(days).render(lang)
    }

    /// Checks that a window of this kind can be `days` long.
    pub fn check_days(self, field: &str, days: u32) -> Result<u32> {
        if self.lengths_days().contains(&days) {
            return Ok(days);
        }
        let allowed = self
            .lengths_days()
            .iter()
            .map(|d| Words::Plain(d.to_string()))
            .collect();
        Err(Error::invalid(
            field,
            msg::CALC_LABEL_WINDOW_LENGTH,
            Words::msg_with(
                msg::CALC_WINDOW_DAYS,
                vec![
                    ("window", self.words()),
                    ("allowed", Words::List(allowed)),
                    ("value", Words::Plain(days.to_string())),
                ],
            ),
        ))
    }

    /// The length of the window that contains the given month (the month an outage happened
    /// in): its own length for a calendar month, its quarter's or year's otherwise.
    pub fn days_containing(self, year: i32, month: u32) -> Result<u32> {
        let first = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, 1);
        let start = first(year, month).ok_or_else(|| {
            Error::invalid(
                "month",
                msg::CALC_LABEL_OUTAGE_MONTH,
                Words::msg_with(
                    msg::CALC_OUTAGE_MONTH_FORMAT,
                    vec![("value", Words::Plain(format!("{year:04}-{month:02}")))],
                ),
            )
        })?;
        let (from, months) = match self {
            MeasurementWindow::Day => return Ok(1),
            MeasurementWindow::Week => return Ok(7),
            MeasurementWindow::Month => (start, 1),
            MeasurementWindow::Quarter => {
                (first(year, (month - 1) / 3 * 3 + 1).unwrap_or(start), 3)
            }
            MeasurementWindow::Year => (first(year, 1).unwrap_or(start), 12),
        };
        let until = from
            .checked_add_months(chrono::Months::new(months))
            .ok_or_else(|| {
                Error::invalid(
                    "month",
                    msg::CALC_LABEL_OUTAGE_MONTH,
                    msg::CALC_OUT_OF_RANGE,
                )
            })?;
        Ok((until - from).num_days() as u32)
    }
}

/// The downtime allowed in one length of the measurement window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct WindowAllowance {
    pub days: u32,
    #[ts(type = "number")]
    pub allowance_ms: i64,
}

/// The downtime an uptime promise permits, in milliseconds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DowntimeAllowance {
    /// The promise in parts per million (999 000 = 99.9 %).
    pub uptime_ppm: i64,
    pub year_basis: YearBasis,
    /// A year of the year basis: the reference figure of published SLA tables.
    #[ts(type = "number")]
    pub per_year_ms: i64,
    /// One twelfth of the year: the "per month" column of published tables, for reference only;
    /// no contract month is this long.
    #[ts(type = "number")]
    pub per_month_average_ms: i64,
    /// A 30-day month.
    #[ts(type = "number")]
    pub per_month_30d_ms: i64,
    /// One quarter of the year, for reference.
    #[ts(type = "number")]
    pub per_quarter_ms: i64,
    #[ts(type = "number")]
    pub per_week_ms: i64,
    #[ts(type = "number")]
    pub per_day_ms: i64,
    /// The contract's own measurement window, when known.
    pub window: Option<MeasurementWindow>,
    /// The allowance in the shortest window of that kind (February for a calendar month).
    #[ts(type = "number | null")]
    pub per_window_ms: Option<i64>,
    /// The allowance in every length the window can have, shortest first.
    pub window_lengths: Vec<WindowAllowance>,
}

impl DowntimeAllowance {
    /// The allowance over the window's lengths: "40 min 19 s to 44 min 38 s".
    pub fn allowance_range_text(&self) -> Option<String> {
        let first = self.window_lengths.first()?;
        let last = self.window_lengths.last()?;
        Some(if first.days == last.days {
            format_duration_ms(first.allowance_ms)
        } else {
            format!(
                "{} to {}",
                format_duration_ms(first.allowance_ms),
                format_duration_ms(last.allowance_ms)
            )
        })
    }

    /// The allowance in the window in words: "40 min 19 s to 44 min 38 s each calendar month".
    pub fn window_range_text(&self) -> Option<String> {
        Some(format!(
            "{} each {}",
            self.allowance_range_text()?,
            self.window?.label()
        ))
    }

    /// Every length in words: "40 min 19 s in February (28 days), …, 44 min 38 s in a 31-day
    /// month".
    pub fn window_lengths_text(&self) -> Option<String> {
        let window = self.window?;
        Some(
            self.window_lengths
                .iter()
                .map(|l| {
                    format!(
                        "{} in {}",
                        format_duration_ms(l.allowance_ms),
                        window.length_label(l.days)
                    )
                })
                .collect::<Vec<_>>()
                .join(", "),
        )
    }
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
        msg::CALC_LABEL_UPTIME,
        uptime_percent,
        0.0,
        100.0,
    )?;
    let year = basis.seconds();
    let at = |period_s| permitted_downtime_ms(uptime_ppm, period_s);
    let window_lengths: Vec<WindowAllowance> = window
        .map(|w| {
            w.lengths_days()
                .iter()
                .map(|&days| WindowAllowance {
                    days,
                    allowance_ms: at(i64::from(days) * DAY_S),
                })
                .collect()
        })
        .unwrap_or_default();
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
        per_window_ms: window_lengths.first().map(|l| l.allowance_ms),
        window_lengths,
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
    /// Length of the measurement window the outage was set against, days.
    pub window_days: u32,
    /// True when no month was given and the longest window was assumed (the owner's worst
    /// case: the same outage is the smallest share of the longest window, so it earns least).
    pub window_days_assumed: bool,
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

/// The credit owed for `outage_s` seconds of downtime in one measurement window of
/// `window_days` days (the length of the month, quarter or year the outage happened in).
///
/// Without a length, the longest window of its kind is used (31 days for a calendar month):
/// the owner's worst case, since the same outage is then the smallest share of the window and
/// earns the smallest credit. The achieved uptime is `1 − outage / window`. The tier with the
/// highest credit whose threshold the achieved uptime falls below applies (tables list tiers in
/// any order); a tier applies when uptime is strictly below its threshold, as SLAs word it
/// ("less than 99.9 %"). The credit is a percentage of the monthly charge, limited to
/// `cap_percent` of it when the contract has a cap, and rounded half up to the minor unit.
pub fn credit_owed(
    tiers: &[CreditTier],
    cap_percent: Option<f64>,
    window: MeasurementWindow,
    window_days: Option<u32>,
    outage_s: f64,
    monthly_charge_minor: i64,
) -> Result<CreditOwed> {
    let days = match window_days {
        Some(d) => window.check_days("window_days", d)?,
        None => window.longest_days(),
    };
    let window_s = i64::from(days) * DAY_S;
    let outage_s = check_number(
        "outage",
        msg::CALC_LABEL_OUTAGE,
        outage_s,
        0.0,
        window_s as f64,
        Words::msg_with(
            msg::CALC_UNIT_OUTAGE_SECONDS,
            vec![("window", window.length_words(days))],
        ),
    )?;
    let mut table = Vec::with_capacity(tiers.len());
    for (i, tier) in tiers.iter().enumerate() {
        let n = i + 1;
        let tier_label = |key| Words::msg_with(key, vec![("n", Words::Plain(n.to_string()))]);
        let below = check_percent(
            &format!("credit_tier_{n}.below_uptime"),
            tier_label(msg::CALC_LABEL_TIER_THRESHOLD),
            tier.below_uptime_percent,
            0.0,
            100.0,
        )?;
        let credit = check_percent(
            &format!("credit_tier_{n}.credit"),
            tier_label(msg::CALC_LABEL_TIER_CREDIT),
            tier.credit_percent,
            0.0,
            100.0,
        )?;
        table.push((below, credit));
    }
    let cap = cap_percent
        .map(|c| {
            check_percent(
                "sla.credit_cap_percent",
                msg::CALC_LABEL_CREDIT_CAP,
                c,
                0.0,
                100.0,
            )
        })
        .transpose()?;
    if monthly_charge_minor < 0 {
        return Err(Error::invalid(
            "monthly_charge",
            msg::CALC_LABEL_MONTHLY_CHARGE,
            msg::CALC_NOT_NEGATIVE,
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
        window_days: days,
        window_days_assumed: window_days.is_none(),
        achieved_uptime_ppm: achieved,
        tier,
        credit_ppm,
        capped: after_cap < credit_ppm,
        credit_after_cap_ppm: after_cap,
        credit_minor: share_of(monthly_charge_minor, after_cap),
    })
}

/// `1 h 2 min 3 s` style, for figures. From a minute up, rounded to the nearest second (half
/// up), never truncated; below a minute, to the nearest tenth of a second.
pub fn format_duration_ms(ms: i64) -> String {
    let ms = ms.max(0);
    // Below 59.95 s the tenths do not round up to a whole minute.
    if ms < 59_950 {
        let tenths = (ms + 50) / 100;
        return if tenths % 10 == 0 {
            format!("{} s", tenths / 10)
        } else {
            format!("{}.{} s", tenths / 10, tenths % 10)
        };
    }
    let total_s = (ms + 500) / 1000;
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
    if s > 0 {
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
        // 0.01 % × 365 × 86 400 s = 3 153.6 s = 52.56 min → 52 min 34 s (nearest second).
        assert_eq!(four_nines.per_year_ms, 3_153_600);
        assert_eq!(format_duration_ms(four_nines.per_year_ms), "52 min 34 s");
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
        // No window given: no window figures.
        assert!(three_nines.window_lengths.is_empty());
        assert_eq!(three_nines.window_range_text(), None);
    }

    fn lengths(uptime: f64, window: MeasurementWindow) -> Vec<(u32, i64, String)> {
        downtime_allowance(uptime, YearBasis::Days365, Some(window))
            .unwrap()
            .window_lengths
            .iter()
            .map(|l| (l.days, l.allowance_ms, format_duration_ms(l.allowance_ms)))
            .collect()
    }

    /// A calendar month, quarter or year has several lengths; each gets its own allowance.
    #[test]
    fn calendar_windows_give_every_length() {
        let s = |t: &str| t.to_owned();
        // 0.1 % × 28 × 86 400 s = 2 419.2 s → 40 min 19 s; × 29 d = 2 505.6 s → 41 min 46 s
        // (rounded up, not truncated to 45 s); × 30 d = 2 592 s → 43 min 12 s;
        // × 31 d = 2 678.4 s → 44 min 38 s.
        assert_eq!(
            lengths(99.9, MeasurementWindow::Month),
            [
                (28, 2_419_200, s("40 min 19 s")),
                (29, 2_505_600, s("41 min 46 s")),
                (30, 2_592_000, s("43 min 12 s")),
                (31, 2_678_400, s("44 min 38 s")),
            ]
        );
        // Quarters: 0.1 % × 90 d = 7 776 s = 2 h 9 min 36 s; × 91 d = 7 862.4 s → 2 h 11 min 2 s;
        // × 92 d = 7 948.8 s → 2 h 12 min 29 s.
        assert_eq!(
            lengths(99.9, MeasurementWindow::Quarter),
            [
                (90, 7_776_000, s("2 h 9 min 36 s")),
                (91, 7_862_400, s("2 h 11 min 2 s")),
                (92, 7_948_800, s("2 h 12 min 29 s")),
            ]
        );
        // Years at 99.99 %: 0.01 % × 365 d = 3 153.6 s → 52 min 34 s; × 366 d = 3 162.24 s →
        // 52 min 42 s.
        assert_eq!(
            lengths(99.99, MeasurementWindow::Year),
            [
                (365, 3_153_600, s("52 min 34 s")),
                (366, 3_162_240, s("52 min 42 s")),
            ]
        );
        let month =
            downtime_allowance(99.9, YearBasis::Days365, Some(MeasurementWindow::Month)).unwrap();
        assert_eq!(month.per_window_ms, Some(2_419_200));
        assert_eq!(
            month.window_range_text().as_deref(),
            Some("40 min 19 s to 44 min 38 s each calendar month")
        );
        assert_eq!(
            month.window_lengths_text().as_deref(),
            Some(
                "40 min 19 s in February (28 days), 41 min 46 s in a 29-day February (leap year), 43 min 12 s in a 30-day month, 44 min 38 s in a 31-day month"
            )
        );
        let day =
            downtime_allowance(99.9, YearBasis::Days365, Some(MeasurementWindow::Day)).unwrap();
        assert_eq!(
            day.window_range_text().as_deref(),
            Some("1 min 26 s each day")
        );
    }

    #[test]
    fn gregorian_year_changes_only_the_reference_year() {
        let g = downtime_allowance(99.9, YearBasis::Gregorian, Some(MeasurementWindow::Quarter))
            .unwrap();
        assert_eq!(g.per_year_ms, 31_556_952);
        // A calendar quarter is 90–92 days whatever the reference year.
        assert_eq!(g.per_window_ms, Some(7_776_000));
    }

    #[test]
    fn the_window_containing_a_month() {
        use MeasurementWindow::*;
        assert_eq!(Month.days_containing(2027, 2).unwrap(), 28);
        assert_eq!(Month.days_containing(2028, 2).unwrap(), 29);
        assert_eq!(Month.days_containing(2027, 4).unwrap(), 30);
        assert_eq!(Month.days_containing(2027, 12).unwrap(), 31);
        // Q1 2028 = 31 + 29 + 31; Q3 = 31 + 31 + 30; Q2 = 30 + 31 + 30.
        assert_eq!(Quarter.days_containing(2028, 2).unwrap(), 91);
        assert_eq!(Quarter.days_containing(2027, 8).unwrap(), 92);
        assert_eq!(Quarter.days_containing(2027, 5).unwrap(), 91);
        assert_eq!(Quarter.days_containing(2027, 3).unwrap(), 90);
        assert_eq!(Year.days_containing(2028, 7).unwrap(), 366);
        assert_eq!(Year.days_containing(2027, 7).unwrap(), 365);
        assert!(Month.days_containing(2027, 13).is_err());
        assert_eq!(
            Month.check_days("window_days", 32).unwrap_err().to_string(),
            "Length of the measurement window: a calendar month has 28, 29, 30, 31 days, not 32"
        );
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
        // 43.2 min in a 30-day month is exactly 99.9 %: not below, no credit.
        let at = credit_owed(&tiers(), None, month, Some(30), 2592.0, 34_200).unwrap();
        assert_eq!((at.tier, at.credit_minor), (None, 0));
        // One second more falls below 99.9 %: 10 % of $342 = $34.20.
        let over = credit_owed(&tiers(), None, month, Some(30), 2593.0, 34_200).unwrap();
        assert_eq!((over.tier, over.credit_minor), (Some(0), 3_420));
        // Four hours in 30 days: 14 400 / 2 592 000 = 0.56 % down, 99.44 %, below 99.5 %: 25 %.
        let four_h = credit_owed(&tiers(), None, month, Some(30), 14_400.0, 34_200).unwrap();
        assert_eq!((four_h.tier, four_h.credit_minor), (Some(1), 8_550));
        // A day down in 30: 96.7 %, 50 %, capped at 30 % = $102.60.
        let day = credit_owed(&tiers(), Some(30.0), month, Some(30), 86_400.0, 34_200).unwrap();
        assert!(day.capped);
        assert_eq!(day.credit_ppm, 500_000);
        assert_eq!(day.credit_minor, 10_260);
    }

    /// The same outage is a larger share of a shorter month.
    #[test]
    fn credit_depends_on_the_length_of_the_month() {
        let month = MeasurementWindow::Month;
        // 43 min 13 s = 2 593 s. In February: 2 593 / 2 419 200 = 0.1072 % down, 99.8928 %,
        // below 99.9 %: 10 % credit ($34.20).
        let february = credit_owed(&tiers(), None, month, Some(28), 2593.0, 34_200).unwrap();
        assert_eq!(february.achieved_uptime_ppm, 998_928);
        assert_eq!((february.tier, february.credit_minor), (Some(0), 3_420));
        // In a 31-day month: 2 593 / 2 678 400 = 0.0968 % down (969 ppm rounded up),
        // 99.9031 %: not below 99.9 %, no credit.
        let march = credit_owed(&tiers(), None, month, Some(31), 2593.0, 34_200).unwrap();
        assert_eq!(march.achieved_uptime_ppm, 999_031);
        assert_eq!(march.credit_minor, 0);
        // No month given: the 31-day month, the owner's worst case.
        let unknown = credit_owed(&tiers(), None, month, None, 2593.0, 34_200).unwrap();
        assert_eq!(
            (unknown.window_days, unknown.window_days_assumed),
            (31, true)
        );
        assert_eq!(unknown.credit_minor, 0);
        assert!(!february.window_days_assumed);
        // A month cannot be 32 days long.
        assert!(credit_owed(&tiers(), None, month, Some(32), 1.0, 100).is_err());
    }

    #[test]
    fn outage_longer_than_the_window_is_refused() {
        let err =
            credit_owed(&tiers(), None, MeasurementWindow::Day, None, 90_000.0, 100).unwrap_err();
        assert!(
            err.to_string()
                .contains("Outage length: must be between 0 and 86400")
        );
    }

    #[test]
    fn durations_round_to_the_nearest_second() {
        assert_eq!(format_duration_ms(31_536_000), "8 h 45 min 36 s");
        // 315.36 s → 5 min 15 s; 86.4 s → 1 min 26 s; 89.5 s → 1 min 30 s (half up).
        assert_eq!(format_duration_ms(315_360), "5 min 15 s");
        assert_eq!(format_duration_ms(86_400), "1 min 26 s");
        assert_eq!(format_duration_ms(89_500), "1 min 30 s");
        // 2 505.6 s → 41 min 46 s, not the truncated 41 min 45 s.
        assert_eq!(format_duration_ms(2_505_600), "41 min 46 s");
        // Below a minute, tenths: 8.64 s → 8.6 s; 59.96 s is a whole minute.
        assert_eq!(format_duration_ms(8_640), "8.6 s");
        assert_eq!(format_duration_ms(59_960), "1 min");
        assert_eq!(format_duration_ms(0), "0 s");
        assert_eq!(format_duration_ms(315_360_000), "3 d 15 h 36 min");
    }

    /// The window's names and the refusals in each language: English as it always was, Chinese
    /// naming the field in Chinese.
    #[test]
    fn window_words_and_refusals_in_chinese() {
        use crate::i18n::Lang;
        let month = MeasurementWindow::Month;
        assert_eq!(month.length_label(28), "February (28 days)");
        assert_eq!(month.length_label(29), "a 29-day February (leap year)");
        assert_eq!(month.length_label(31), "a 31-day month");
        assert_eq!(
            MeasurementWindow::Year.length_label(366),
            "a leap year (366 days)"
        );
        assert_eq!(
            MeasurementWindow::Quarter.days_label(91),
            "a 91-day quarter"
        );
        assert_eq!(MeasurementWindow::Week.days_label(7), "a week");
        assert_eq!(month.label(), "calendar month");
        assert_eq!(YearBasis::Gregorian.label(), "365.2425-day year");
        assert_eq!(month.length_label_in(Lang::ZhHans, 28), "2月（28天）");
        assert_eq!(month.length_label_in(Lang::ZhHans, 30), "30天的月份");
        assert_eq!(month.label_in(Lang::ZhHans), "自然月");
        assert_eq!(YearBasis::Days365.label_in(Lang::ZhHans), "一年按365天计");

        let err = month.check_days("window_days", 32).unwrap_err();
        assert_eq!(
            err.message(Lang::ZhHans),
            "计量周期的长度：自然月有28、29、30、31天，不能是32天"
        );
        let tiers = [
            CreditTier {
                below_uptime_percent: 99.9,
                credit_percent: 10.0,
            },
            CreditTier {
                below_uptime_percent: 99.0,
                credit_percent: 150.0,
            },
        ];
        let err = credit_owed(&tiers, None, month, None, 0.0, 100).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Credit tier 2: credit: must be a percentage between 0 % and 100 %, not 150"
        );
        assert_eq!(
            err.message(Lang::ZhHans),
            "第2档服务积分：积分比例：必须是0%到100%之间的百分比，而不是150"
        );
        let err = credit_owed(&tiers[..1], Some(101.0), month, None, 0.0, 100).unwrap_err();
        assert!(
            err.message(Lang::ZhHans).starts_with("服务积分上限："),
            "{}",
            err.message(Lang::ZhHans)
        );
        // 28 days are 28 × 86 400 = 2 419 200 s; a longer outage does not fit.
        let err = credit_owed(&tiers[..1], None, month, Some(28), 3_000_000.0, 100).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Outage length: must be between 0 and 2419200 seconds (the length of February (28 days)), not 3000000"
        );
        assert_eq!(
            err.message(Lang::ZhHans),
            "故障时长：必须在0到2419200秒（2月（28天）的长度）之间，而不是3000000"
        );
        let err = month.days_containing(2027, 13).unwrap_err();
        assert_eq!(
            err.message(Lang::ZhHans),
            "故障所在月份：必须是YYYY-MM格式的月份，而不是2027-13"
        );
    }
}
