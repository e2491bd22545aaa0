//! What leaving costs at any month: the early-termination fee (ETF) under the structures met in
//! real VoIP terms, plus what else falls due when you leave.
//!
//! "Leaving after month m" means m months of service were used and paid; the remaining months
//! are `term − m` and the remaining contract value is the sum of the recurring charges those
//! months would have cost on the **contracted** seats (no forecast growth), escalator as
//! contracted (the caller builds that schedule with [`super::tco`]).
//!
//! ```text
//! none                  fee = 0
//! fixed amount          fee = the amount (0 once the term is complete)
//! % of remaining value  fee = remaining value × percent
//! all remaining charges fee = remaining value
//! declining schedule    fee = remaining value × the percent of the step in force at month m
//! walk-away window      fee = 0 (and no clawback) when the days of service ≤ the window
//!
//! port-out              = fee per number × numbers ported (always: numbers leave with you)
//! promotion clawback    = the promotional discounts received in months 1…m, when the
//!                         contract claws them back on early exit
//! hardware balance      = hardware payments still to make (payment × payments left)
//! cost to leave         = fee + port-out + clawback + hardware balance
//! ```
//!
//! Days of service: from the start date to the same day m months later (the corresponding-date
//! rule of [`super::dates`]), counted in real days. Without a start date each month counts as
//! 31 days, the longest, so the free window is never overstated.
//!
//! Percentages of an amount are rounded half up to the minor unit. Every sum and product is
//! checked: a result beyond the `i64` range is an error naming the input, never a wrapped value.

use super::{check_percent, check_range, share_of};
use crate::error::{Error, Result, Words};
use crate::i18n::msg;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// From `from_month` on (0 = the start), the fee is this percentage of the remaining value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DecliningStep {
    pub from_month: u32,
    pub percent_of_remaining: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EtfStructure {
    None,
    Fixed {
        #[ts(type = "number")]
        amount_minor: i64,
    },
    PercentOfRemaining {
        percent: f64,
    },
    AllRemaining,
    Declining {
        steps: Vec<DecliningStep>,
    },
}

/// Leased or financed hardware paid by the month; the payments left fall due on leaving.
#[derive(Debug, Clone, PartialEq)]
pub struct HardwarePayments {
    pub monthly_minor: i64,
    /// How many monthly payments in all.
    pub months: u32,
}

/// Everything the cost of leaving depends on besides the recurring charges.
#[derive(Debug, Clone, PartialEq)]
pub struct ExitTerms {
    pub structure: EtfStructure,
    pub walkaway_days: u32,
    /// The service start date, to count the walk-away window in real days.
    pub start_date: Option<NaiveDate>,
    pub port_out_fee_per_number_minor: i64,
    pub numbers_ported: u32,
    /// Whether promotional discounts must be paid back on early exit.
    pub promotion_clawback: bool,
    /// The discount of each promotional month, month 1 first (see
    /// [`super::tco::TcoBreakdown::promotion_discounts_minor`]).
    pub promotion_discounts_minor: Vec<i64>,
    pub hardware: Option<HardwarePayments>,
}

impl ExitTerms {
    /// Only a termination fee: no port-out fee, promotion or hardware payments.
    pub fn fee_only(structure: EtfStructure, walkaway_days: u32) -> Self {
        ExitTerms {
            structure,
            walkaway_days,
            start_date: None,
            port_out_fee_per_number_minor: 0,
            numbers_ported: 0,
            promotion_clawback: false,
            promotion_discounts_minor: Vec::new(),
            hardware: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExitCost {
    /// Months of service used before leaving.
    pub after_month: u32,
    pub remaining_months: u32,
    /// Days of service before leaving (real days from the start date, or 31 a month).
    pub days_of_service: u32,
    /// The day of leaving, when the start date is known.
    pub leave_date: Option<String>,
    #[ts(type = "number")]
    pub remaining_value_minor: i64,
    /// The termination fee.
    #[ts(type = "number")]
    pub fee_minor: i64,
    /// Port-out fee per number × numbers ported.
    #[ts(type = "number")]
    pub port_out_minor: i64,
    /// Promotional discounts paid back.
    #[ts(type = "number")]
    pub clawback_minor: i64,
    /// Hardware payments still owed.
    #[ts(type = "number")]
    pub hardware_balance_minor: i64,
    /// What leaving costs: fee + port-out + clawback + hardware balance.
    #[ts(type = "number")]
    pub total_minor: i64,
    /// Whether the free walk-away window covers this month.
    pub within_walkaway: bool,
    /// Recurring charges and hardware payments made up to leaving, plus the cost to leave
    /// (upfront costs not included).
    #[ts(type = "number")]
    pub paid_with_fee_minor: i64,
}

/// Validated form of a structure: percentages as parts per million.
enum Checked {
    None,
    Fixed(i64),
    Percent(i64),
    All,
    Declining(Vec<(u32, i64)>),
}

fn check_structure(structure: &EtfStructure) -> Result<Checked> {
    Ok(match structure {
        EtfStructure::None => Checked::None,
        EtfStructure::Fixed { amount_minor } => {
            if !(0..=crate::money::MAX_MINOR).contains(amount_minor) {
                return Err(Error::invalid(
                    "cancellation.etf_fixed_amount",
                    msg::CALC_LABEL_FIXED_FEE,
                    msg::CALC_MONEY_RANGE,
                ));
            }
            Checked::Fixed(*amount_minor)
        }
        EtfStructure::PercentOfRemaining { percent } => Checked::Percent(check_percent(
            "cancellation.etf_percent",
            msg::CALC_LABEL_PERCENT_REMAINING,
            *percent,
            0.0,
            100.0,
        )?),
        EtfStructure::AllRemaining => Checked::All,
        EtfStructure::Declining { steps } => {
            if steps.is_empty() {
                return Err(Error::invalid(
                    "cancellation.sliding_scale",
                    msg::CALC_LABEL_SLIDING_SCALE,
                    msg::CALC_SLIDING_NEEDS_STEP,
                ));
            }
            let mut checked: Vec<(u32, i64)> = Vec::with_capacity(steps.len());
            for (i, step) in steps.iter().enumerate() {
                let label = Words::msg_with(
                    msg::CALC_LABEL_SLIDING_STEP,
                    vec![("n", Words::Plain((i + 1).to_string()))],
                );
                let ppm = check_percent(
                    &format!("cancellation.sliding_scale.{i}"),
                    label.clone(),
                    step.percent_of_remaining,
                    0.0,
                    100.0,
                )?;
                if let Some(&(from, previous)) = checked.last() {
                    if step.from_month <= from {
                        return Err(Error::invalid(
                            "cancellation.sliding_scale",
                            label,
                            msg::CALC_SLIDING_LATER,
                        ));
                    }
                    if ppm > previous {
                        return Err(Error::invalid(
                            "cancellation.sliding_scale",
                            label,
                            msg::CALC_SLIDING_DECLINES,
                        ));
                    }
                }
                checked.push((step.from_month, ppm));
            }
            Checked::Declining(checked)
        }
    })
}

fn too_large(field: &str, label: impl Into<Words>) -> Error {
    Error::invalid(
        field,
        label,
        Words::msg_with(
            msg::CALC_EXIT_TOO_LARGE,
            vec![(
                "max",
                Words::Plain(crate::money::format_amount(i64::MAX, "USD")),
            )],
        ),
    )
}

fn check_money(field: &str, label: impl Into<Words>, minor: i64) -> Result<i64> {
    if !(0..=crate::money::MAX_MINOR).contains(&minor) {
        return Err(Error::invalid(field, label, msg::CALC_MONEY_RANGE));
    }
    Ok(minor)
}

/// The last day service may end for leaving to fall within a free walk-away window of
/// `walkaway_days` days: leaving is free when the days of service (real days from `start` to
/// the leaving day, as [`exit_costs`] counts them) are at most the window, so `start + days`.
pub fn walkaway_last_day(start: NaiveDate, walkaway_days: u32) -> Option<NaiveDate> {
    start.checked_add_days(chrono::Days::new(u64::from(walkaway_days)))
}

/// Days of service in the first `months` months: real days from `start`, or 31 a month.
fn days_of_service(start: Option<NaiveDate>, months: u32) -> (u32, Option<NaiveDate>) {
    match start.and_then(|s| super::dates::anniversary(s, months).map(|d| (s, d))) {
        Some((s, leave)) => ((leave - s).num_days().max(0) as u32, Some(leave)),
        None => (months.saturating_mul(31), None),
    }
}

/// The cost of leaving after each month in `months`, for a contract whose recurring charges on
/// the contracted seats are `schedule` (one entry per month of the term).
pub fn exit_costs(terms: &ExitTerms, schedule: &[i64], months: &[u32]) -> Result<Vec<ExitCost>> {
    let checked = check_structure(&terms.structure)?;
    let walkaway_days = terms.walkaway_days;
    check_range(
        "cancellation.walkaway_days",
        msg::CALC_LABEL_WALKAWAY,
        i64::from(walkaway_days),
        0,
        365,
        msg::CALC_UNIT_DAYS,
    )?;
    let port_fee = check_money(
        "cancellation.port_out_fee",
        msg::CALC_LABEL_PORT_OUT_FEE,
        terms.port_out_fee_per_number_minor,
    )?;
    check_range(
        "cancellation.numbers_ported",
        msg::CALC_LABEL_NUMBERS_PORTED,
        i64::from(terms.numbers_ported),
        0,
        100_000,
        msg::CALC_UNIT_NUMBERS,
    )?;
    let port_out = port_fee
        .checked_mul(i64::from(terms.numbers_ported))
        .ok_or_else(|| {
            too_large(
                "cancellation.numbers_ported",
                msg::CALC_LABEL_NUMBERS_PORTED,
            )
        })?;
    if let Some(hw) = &terms.hardware {
        check_money(
            "upfront.hardware_monthly_payment",
            msg::CALC_LABEL_HARDWARE_PAYMENT,
            hw.monthly_minor,
        )?;
        check_range(
            "upfront.hardware_payments_months",
            msg::CALC_LABEL_HARDWARE_PAYMENTS,
            i64::from(hw.months),
            0,
            120,
            msg::CALC_UNIT_MONTHS,
        )?;
    }
    let term = schedule.len() as u32;
    let schedule_error = || too_large("context.monthly_charge", msg::CALC_LABEL_MONTHLY_CHARGE);
    let sum = |slice: &[i64]| -> Result<i64> {
        slice
            .iter()
            .try_fold(0i64, |acc, x| acc.checked_add(*x))
            .ok_or_else(schedule_error)
    };
    months
        .iter()
        .map(|&m| {
            if m > term {
                return Err(Error::invalid(
                    "month",
                    msg::CALC_LABEL_LEAVING_MONTH,
                    Words::msg_with(
                        msg::CALC_LEAVING_MONTH_RANGE,
                        vec![
                            ("term", Words::Plain(term.to_string())),
                            ("value", Words::Plain(m.to_string())),
                        ],
                    ),
                ));
            }
            let paid = sum(&schedule[..m as usize])?;
            let remaining_value = sum(&schedule[m as usize..])?;
            let (days, leave_date) = days_of_service(terms.start_date, m);
            let within_walkaway = walkaway_days > 0 && days <= walkaway_days;
            let early = !within_walkaway && m < term;
            let fee = if !early {
                0
            } else {
                match &checked {
                    Checked::None => 0,
                    Checked::Fixed(amount) => *amount,
                    Checked::Percent(ppm) => share_of(remaining_value, *ppm),
                    Checked::All => remaining_value,
                    Checked::Declining(steps) => {
                        let ppm = steps
                            .iter()
                            .rev()
                            .find(|(from, _)| *from <= m)
                            .map_or(steps[0].1, |s| s.1);
                        share_of(remaining_value, ppm)
                    }
                }
            };
            let clawback = if early && terms.promotion_clawback {
                let received = terms.promotion_discounts_minor.len().min(m as usize);
                sum(&terms.promotion_discounts_minor[..received])?
            } else {
                0
            };
            let (hardware_paid, hardware_balance) = match &terms.hardware {
                Some(hw) => {
                    let made = hw.months.min(m);
                    let owed = |n: u32| {
                        hw.monthly_minor.checked_mul(i64::from(n)).ok_or_else(|| {
                            too_large(
                                "upfront.hardware_monthly_payment",
                                msg::CALC_LABEL_HARDWARE_PAYMENT,
                            )
                        })
                    };
                    (owed(made)?, owed(hw.months - made)?)
                }
                None => (0, 0),
            };
            let total = [port_out, clawback, hardware_balance]
                .into_iter()
                .try_fold(fee, |acc, x| acc.checked_add(x))
                .ok_or_else(schedule_error)?;
            let paid_with_fee = [hardware_paid, total]
                .into_iter()
                .try_fold(paid, |acc, x| acc.checked_add(x))
                .ok_or_else(schedule_error)?;
            Ok(ExitCost {
                after_month: m,
                remaining_months: term - m,
                days_of_service: days,
                leave_date: leave_date.map(|d| d.to_string()),
                remaining_value_minor: remaining_value,
                fee_minor: fee,
                port_out_minor: port_out,
                clawback_minor: clawback,
                hardware_balance_minor: hardware_balance,
                total_minor: total,
                within_walkaway,
                paid_with_fee_minor: paid_with_fee,
            })
        })
        .collect()
}

/// The declining schedule most VoIP sliding scales use: a percentage per contract year.
pub fn yearly_steps(percents: &[f64]) -> Vec<DecliningStep> {
    percents
        .iter()
        .enumerate()
        .map(|(year, p)| DecliningStep {
            from_month: year as u32 * 12,
            percent_of_remaining: *p,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flat(monthly: i64, term: usize) -> Vec<i64> {
        vec![monthly; term]
    }

    fn fees(structure: &EtfStructure, walkaway: u32, months: &[u32]) -> Vec<i64> {
        exit_costs(
            &ExitTerms::fee_only(structure.clone(), walkaway),
            &flat(34_200, 36),
            months,
        )
        .unwrap()
        .iter()
        .map(|e| e.fee_minor)
        .collect()
    }

    #[test]
    fn all_remaining_charges() {
        // Leaving after month 12 of a $342 × 36 contract: 24 × $342 = $8,208.
        assert_eq!(
            fees(&EtfStructure::AllRemaining, 0, &[12, 24, 36]),
            [820_800, 410_400, 0]
        );
    }

    #[test]
    fn percentage_fixed_and_none() {
        let half = EtfStructure::PercentOfRemaining { percent: 50.0 };
        assert_eq!(fees(&half, 0, &[6, 30]), [513_000, 102_600]);
        let fixed = EtfStructure::Fixed {
            amount_minor: 150_000,
        };
        assert_eq!(fees(&fixed, 0, &[0, 35, 36]), [150_000, 150_000, 0]);
        assert_eq!(fees(&EtfStructure::None, 0, &[1]), [0]);
    }

    #[test]
    fn declining_schedule_by_contract_year() {
        let scale = EtfStructure::Declining {
            steps: yearly_steps(&[100.0, 50.0, 25.0]),
        };
        // After 6 months: 30 months left × 100 %; after 12: 24 × 50 %; after 30: 6 × 25 %.
        assert_eq!(fees(&scale, 0, &[6, 12, 30]), [1_026_000, 410_400, 51_300]);
        let rising = EtfStructure::Declining {
            steps: yearly_steps(&[25.0, 50.0]),
        };
        let err = exit_costs(&ExitTerms::fee_only(rising, 0), &flat(100, 36), &[1]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Sliding scale step 2: must not be higher than the step before it (the scale declines)"
        );
    }

    #[test]
    fn walk_away_window_is_counted_in_real_days() {
        let mut terms = ExitTerms::fee_only(EtfStructure::AllRemaining, 30);
        // Without a start date a month counts as 31 days: a 30-day window covers only month 0.
        let costs = exit_costs(&terms, &flat(34_200, 36), &[0, 1, 2]).unwrap();
        let covered = |c: &[ExitCost]| c.iter().map(|c| c.within_walkaway).collect::<Vec<_>>();
        assert_eq!(covered(&costs), [true, false, false]);
        assert_eq!(costs[1].days_of_service, 31);
        // After month 1: 35 months left × $342 = $11,970.
        assert_eq!(costs[1].fee_minor, 1_197_000);
        // Starting 2027-02-01, month 1 ends on 2027-03-01: 28 days, inside the 30-day window;
        // month 2 ends on 2027-04-01: 28 + 31 = 59 days, outside.
        terms.start_date = NaiveDate::from_ymd_opt(2027, 2, 1);
        let costs = exit_costs(&terms, &flat(34_200, 36), &[1, 2]).unwrap();
        assert_eq!(covered(&costs), [true, false]);
        assert_eq!(costs[0].days_of_service, 28);
        assert_eq!(costs[0].leave_date.as_deref(), Some("2027-03-01"));
        assert_eq!(costs[0].fee_minor, 0);
        assert_eq!(costs[0].paid_with_fee_minor, 34_200);
        assert_eq!(costs[1].days_of_service, 59);
        assert_eq!(costs[1].fee_minor, 34 * 34_200);
        // Starting 2027-01-04, month 1 ends on 2027-02-04: 31 days, outside a 30-day window.
        terms.start_date = NaiveDate::from_ymd_opt(2027, 1, 4);
        let costs = exit_costs(&terms, &flat(34_200, 36), &[1]).unwrap();
        assert!(!costs[0].within_walkaway);
    }

    #[test]
    fn port_out_clawback_and_hardware_add_to_the_fee() {
        // $342 a month for 36 months; the first 2 months at 50 % off ($171 discount each);
        // 12 numbers at $15 each; 12 phones financed at $40 a month for 24 months.
        let mut schedule = flat(34_200, 36);
        schedule[0] = 17_100;
        schedule[1] = 17_100;
        let terms = ExitTerms {
            structure: EtfStructure::PercentOfRemaining { percent: 50.0 },
            walkaway_days: 0,
            start_date: None,
            port_out_fee_per_number_minor: 1_500,
            numbers_ported: 12,
            promotion_clawback: true,
            promotion_discounts_minor: vec![17_100, 17_100],
            hardware: Some(HardwarePayments {
                monthly_minor: 4_000,
                months: 24,
            }),
        };
        let costs = exit_costs(&terms, &schedule, &[1, 12, 30]).unwrap();
        let rows: Vec<_> = costs
            .iter()
            .map(|c| {
                (
                    c.fee_minor,
                    c.port_out_minor,
                    c.clawback_minor,
                    c.hardware_balance_minor,
                    c.total_minor,
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                // After month 1: fee 50 % × ($171 + 34 × $342 = $11,799) = $5,899.50; port-out
                // 12 × $15 = $180; clawback of the one discount received, $171; hardware
                // 23 payments × $40 = $920. Total $5,899.50 + 180 + 171 + 920 = $7,170.50.
                (589_950, 18_000, 17_100, 92_000, 717_050),
                // After month 12: 50 % × 24 × $342 = $4,104; both discounts $342 back;
                // 12 × $40 = $480 of hardware. Total $4,104 + 180 + 342 + 480 = $5,106.
                (410_400, 18_000, 34_200, 48_000, 510_600),
                // After month 30: 50 % × 6 × $342 = $1,026; hardware paid off.
                // Total $1,026 + 180 + 342 = $1,548.
                (102_600, 18_000, 34_200, 0, 154_800),
            ]
        );
        // Paid up to month 12: $171 × 2 + $342 × 10 = $3,762, hardware 12 × $40 = $480, plus
        // the $5,106 cost to leave: $9,348.
        assert_eq!(costs[1].paid_with_fee_minor, 934_800);
    }

    #[test]
    fn sums_beyond_the_representable_range_are_refused() {
        let err = exit_costs(
            &ExitTerms::fee_only(EtfStructure::AllRemaining, 0),
            &[i64::MAX, 1],
            &[0],
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("Monthly charge: makes the cost to leave more than"),
            "{err}"
        );
    }

    #[test]
    fn escalated_schedule_counts_in_the_remaining_value() {
        let schedule: Vec<i64> = [100_000; 12].into_iter().chain([105_000; 12]).collect();
        let costs = exit_costs(
            &ExitTerms::fee_only(EtfStructure::AllRemaining, 0),
            &schedule,
            &[6],
        )
        .unwrap();
        assert_eq!(costs[0].remaining_value_minor, 6 * 100_000 + 12 * 105_000);
    }

    #[test]
    fn month_past_the_term_is_refused() {
        let err = exit_costs(
            &ExitTerms::fee_only(EtfStructure::None, 0),
            &flat(1, 36),
            &[37],
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "Month of leaving: must be between 0 and the 36-month term, not 37"
        );
    }

    /// The refusals name their field in the caller's language.
    #[test]
    fn chinese_refusals_name_the_field_in_chinese() {
        use crate::i18n::Lang;
        let rising = EtfStructure::Declining {
            steps: yearly_steps(&[25.0, 50.0]),
        };
        let err = exit_costs(&ExitTerms::fee_only(rising, 0), &flat(100, 36), &[1]).unwrap_err();
        assert_eq!(
            err.message(Lang::ZhHans),
            "递减比例第2档：不能高于上一档（比例逐档递减）"
        );
        let terms = ExitTerms::fee_only(EtfStructure::AllRemaining, 0);
        let err = exit_costs(&terms, &flat(100, 36), &[37]).unwrap_err();
        assert_eq!(
            err.message(Lang::ZhHans),
            "离开的月份：必须在0到36个月的合同期限之间，而不是37"
        );
        let mut terms = ExitTerms::fee_only(EtfStructure::None, 0);
        terms.port_out_fee_per_number_minor = -1;
        let err = exit_costs(&terms, &flat(100, 36), &[1]).unwrap_err();
        assert!(
            err.message(Lang::ZhHans)
                .starts_with("每个号码的携出费：必须是0到"),
            "{}",
            err.message(Lang::ZhHans)
        );
        assert!(
            err.to_string()
                .starts_with("Fee per number to port out: must be an amount")
        );
    }
}
