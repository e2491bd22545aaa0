//! What leaving costs at any month: the early-termination fee (ETF) under the structures met in
//! real VoIP terms.
//!
//! "Leaving after month m" means m months of service were used and paid; the remaining months
//! are `term − m` and the remaining contract value is the sum of the recurring charges those
//! months would have cost (escalator included, from [`super::tco`]).
//!
//! ```text
//! none                  fee = 0
//! fixed amount          fee = the amount (0 once the term is complete)
//! % of remaining value  fee = remaining value × percent
//! all remaining charges fee = remaining value
//! declining schedule    fee = remaining value × the percent of the step in force at month m
//! walk-away window      fee = 0 when m × 30 days ≤ the window (a 30-day month)
//! ```
//!
//! Percentages of an amount are rounded half up to the minor unit.

use super::{check_percent, check_range, share_of};
use crate::error::{Error, Result};
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExitCost {
    /// Months of service used before leaving.
    pub after_month: u32,
    pub remaining_months: u32,
    #[ts(type = "number")]
    pub remaining_value_minor: i64,
    /// The termination fee.
    #[ts(type = "number")]
    pub fee_minor: i64,
    /// Whether the free walk-away window covers this month.
    pub within_walkaway: bool,
    /// Recurring charges paid up to leaving, plus the fee (upfront costs not included).
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
                    "Fixed termination fee",
                    "must be an amount between 0 and 1,000,000,000",
                ));
            }
            Checked::Fixed(*amount_minor)
        }
        EtfStructure::PercentOfRemaining { percent } => Checked::Percent(check_percent(
            "cancellation.etf_percent",
            "Percentage of the remaining value charged",
            *percent,
            0.0,
            100.0,
        )?),
        EtfStructure::AllRemaining => Checked::All,
        EtfStructure::Declining { steps } => {
            if steps.is_empty() {
                return Err(Error::invalid(
                    "cancellation.sliding_scale",
                    "Sliding scale",
                    "needs at least one step",
                ));
            }
            let mut checked: Vec<(u32, i64)> = Vec::with_capacity(steps.len());
            for (i, step) in steps.iter().enumerate() {
                let label = format!("Sliding scale step {}", i + 1);
                let ppm = check_percent(
                    &format!("cancellation.sliding_scale.{i}"),
                    &label,
                    step.percent_of_remaining,
                    0.0,
                    100.0,
                )?;
                if let Some(&(from, previous)) = checked.last() {
                    if step.from_month <= from {
                        return Err(Error::invalid(
                            "cancellation.sliding_scale",
                            &label,
                            "must start later than the step before it",
                        ));
                    }
                    if ppm > previous {
                        return Err(Error::invalid(
                            "cancellation.sliding_scale",
                            &label,
                            "must not be higher than the step before it (the scale declines)",
                        ));
                    }
                }
                checked.push((step.from_month, ppm));
            }
            Checked::Declining(checked)
        }
    })
}

/// The cost of leaving after each month in `months`, for a contract whose recurring charges are
/// `schedule` (one entry per month of the term).
pub fn exit_costs(
    structure: &EtfStructure,
    walkaway_days: u32,
    schedule: &[i64],
    months: &[u32],
) -> Result<Vec<ExitCost>> {
    let checked = check_structure(structure)?;
    check_range(
        "cancellation.walkaway_days",
        "Free walk-away window",
        i64::from(walkaway_days),
        0,
        365,
        "days",
    )?;
    let term = schedule.len() as u32;
    months
        .iter()
        .map(|&m| {
            if m > term {
                return Err(Error::invalid(
                    "month",
                    "Month of leaving",
                    format!("must be between 0 and the {term}-month term, not {m}"),
                ));
            }
            let used = &schedule[..m as usize];
            let remaining_value: i64 = schedule[m as usize..].iter().sum();
            let within_walkaway =
                u64::from(m) * 30 <= u64::from(walkaway_days) && walkaway_days > 0;
            let fee = if within_walkaway || m == term {
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
            Ok(ExitCost {
                after_month: m,
                remaining_months: term - m,
                remaining_value_minor: remaining_value,
                fee_minor: fee,
                within_walkaway,
                paid_with_fee_minor: used.iter().sum::<i64>() + fee,
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
        exit_costs(structure, walkaway, &flat(34_200, 36), months)
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
        let err = exit_costs(&rising, 0, &flat(100, 36), &[1]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Sliding scale step 2: must not be higher than the step before it (the scale declines)"
        );
    }

    #[test]
    fn walk_away_window_is_free() {
        let costs = exit_costs(
            &EtfStructure::AllRemaining,
            30,
            &flat(34_200, 36),
            &[0, 1, 2],
        )
        .unwrap();
        assert_eq!(
            costs.iter().map(|c| c.within_walkaway).collect::<Vec<_>>(),
            [true, true, false]
        );
        assert_eq!(costs[1].fee_minor, 0);
        assert_eq!(costs[1].paid_with_fee_minor, 34_200);
        assert_eq!(costs[2].fee_minor, 34 * 34_200);
    }

    #[test]
    fn escalated_schedule_counts_in_the_remaining_value() {
        let schedule: Vec<i64> = [100_000; 12].into_iter().chain([105_000; 12]).collect();
        let costs = exit_costs(&EtfStructure::AllRemaining, 0, &schedule, &[6]).unwrap();
        assert_eq!(costs[0].remaining_value_minor, 6 * 100_000 + 12 * 105_000);
    }

    #[test]
    fn month_past_the_term_is_refused() {
        let err = exit_costs(&EtfStructure::None, 0, &flat(1, 36), &[37]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Month of leaving: must be between 0 and the 36-month term, not 37"
        );
    }
}
