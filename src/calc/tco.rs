//! Total cost of ownership over the term.
//!
//! ```text
//! seats in contract year y (y = 0, 1, …)  = starting seats + growth per year × y
//! plan charge in year y, before increases = starting plan charge × seats(y) / starting seats
//! recurring charge in year y              = (plan charge + add-ons + paid support),
//!                                           raised by the escalator at each anniversary
//! recurring total                         = Σ over the months of the term
//! taxes (when charged on top)             = recurring total × tax rate
//! total                                   = upfront + recurring total + taxes
//! effective cost per seat per month       = total ÷ Σ seats over the months of the term
//! ```
//!
//! Rounding: the plan charge for a changed seat count is rounded half up to the minor unit;
//! the escalator is applied once per anniversary to the whole recurring charge and rounded half
//! up each time (as a provider re-prices each year); taxes are rounded once on the total (a bill
//! rounds per invoice, which can differ by at most one minor unit a month). The escalator applies
//! to every recurring charge, add-ons and support included: the cautious reading of a typical
//! clause.

use super::{PPM_WHOLE, check_percent, check_range, share_of};
use crate::error::{Error, Result};
use crate::money::MAX_MINOR;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct UpfrontItem {
    pub label: String,
    #[ts(type = "number")]
    pub amount_minor: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TcoInput {
    pub term_months: u32,
    /// Plan charge per month at the start, for all starting seats.
    #[ts(type = "number")]
    pub monthly_plan_minor: i64,
    pub seats: Option<u32>,
    /// Seats added at each anniversary (needs `seats`).
    pub seat_growth_per_year: u32,
    #[ts(type = "number")]
    pub addons_monthly_minor: i64,
    #[ts(type = "number")]
    pub support_monthly_minor: i64,
    /// Annual increase applied at each anniversary, percent.
    pub escalator_percent: f64,
    /// Tax and regulatory fees charged on top of the recurring charges, percent.
    pub taxes_percent: Option<f64>,
    pub upfront: Vec<UpfrontItem>,
}

impl TcoInput {
    pub fn new(term_months: u32, monthly_plan_minor: i64) -> Self {
        TcoInput {
            term_months,
            monthly_plan_minor,
            seats: None,
            seat_growth_per_year: 0,
            addons_monthly_minor: 0,
            support_monthly_minor: 0,
            escalator_percent: 0.0,
            taxes_percent: None,
            upfront: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TcoYear {
    /// Contract year, from 1.
    pub year: u32,
    pub months: u32,
    pub seats: Option<u32>,
    /// Recurring charge per month in this year.
    #[ts(type = "number")]
    pub monthly_minor: i64,
    #[ts(type = "number")]
    pub subtotal_minor: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TcoBreakdown {
    pub years: Vec<TcoYear>,
    #[ts(type = "number")]
    pub upfront_total_minor: i64,
    #[ts(type = "number")]
    pub recurring_total_minor: i64,
    #[ts(type = "number")]
    pub taxes_minor: i64,
    #[ts(type = "number")]
    pub total_minor: i64,
    /// Effective cost per seat per month, when the seat count is known.
    #[ts(type = "number | null")]
    pub per_seat_month_minor: Option<i64>,
}

impl TcoBreakdown {
    /// The recurring charge of each month of the term, month 1 first.
    pub fn monthly_schedule(&self) -> Vec<i64> {
        self.years
            .iter()
            .flat_map(|y| std::iter::repeat_n(y.monthly_minor, y.months as usize))
            .collect()
    }
}

fn check_money(field: &str, label: &str, minor: i64) -> Result<i64> {
    if !(0..=MAX_MINOR).contains(&minor) {
        return Err(Error::invalid(
            field,
            label,
            "must be an amount between 0 and 1,000,000,000",
        ));
    }
    Ok(minor)
}

/// `amount` raised by `ppm` once, rounded half up.
pub fn escalate(amount_minor: i64, escalator_ppm: i64) -> i64 {
    share_of(amount_minor, PPM_WHOLE + escalator_ppm)
}

pub fn total_cost(input: &TcoInput) -> Result<TcoBreakdown> {
    check_range(
        "context.term_months",
        "Contract term",
        i64::from(input.term_months),
        1,
        120,
        "months",
    )?;
    check_money(
        "context.monthly_charge",
        "Monthly charge",
        input.monthly_plan_minor,
    )?;
    check_money(
        "pricing.addons_monthly",
        "Add-ons per month",
        input.addons_monthly_minor,
    )?;
    check_money(
        "support.paid_monthly",
        "Paid support per month",
        input.support_monthly_minor,
    )?;
    let escalator = check_percent(
        "pricing.escalator_percent",
        "Annual price increase (escalator)",
        input.escalator_percent,
        0.0,
        100.0,
    )?;
    let tax = input
        .taxes_percent
        .map(|t| check_percent("pricing.taxes_percent", "Taxes and fees", t, 0.0, 100.0))
        .transpose()?;
    if let Some(seats) = input.seats {
        check_range(
            "context.seats",
            "Seats",
            i64::from(seats),
            1,
            10_000,
            "seats",
        )?;
    }
    check_range(
        "pricing.seat_growth_per_year",
        "Seats added per year",
        i64::from(input.seat_growth_per_year),
        0,
        10_000,
        "seats",
    )?;
    let mut upfront_total = 0i64;
    for (i, item) in input.upfront.iter().enumerate() {
        upfront_total += check_money(&format!("upfront.{i}"), &item.label, item.amount_minor)?;
    }

    let mut years = Vec::new();
    let mut recurring_total: i64 = 0;
    let mut seat_months: i64 = 0;
    let mut months_left = input.term_months;
    let mut year = 0u32;
    while months_left > 0 {
        let months = months_left.min(12);
        let seats = input.seats.map(|s| s + input.seat_growth_per_year * year);
        let plan = match (input.seats, seats) {
            (Some(start), Some(now)) => {
                let scaled = i128::from(input.monthly_plan_minor) * i128::from(now);
                ((scaled + i128::from(start) / 2) / i128::from(start)) as i64
            }
            _ => input.monthly_plan_minor,
        };
        let mut monthly = plan + input.addons_monthly_minor + input.support_monthly_minor;
        for _ in 0..year {
            monthly = escalate(monthly, escalator);
        }
        let subtotal = monthly * i64::from(months);
        recurring_total += subtotal;
        seat_months += i64::from(seats.unwrap_or(0)) * i64::from(months);
        years.push(TcoYear {
            year: year + 1,
            months,
            seats,
            monthly_minor: monthly,
            subtotal_minor: subtotal,
        });
        months_left -= months;
        year += 1;
    }
    let taxes = tax.map_or(0, |t| share_of(recurring_total, t));
    let total = upfront_total + recurring_total + taxes;
    let per_seat = (seat_months > 0).then(|| (total + seat_months / 2) / seat_months);
    Ok(TcoBreakdown {
        years,
        upfront_total_minor: upfront_total,
        recurring_total_minor: recurring_total,
        taxes_minor: taxes,
        total_minor: total,
        per_seat_month_minor: per_seat,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_price_over_three_years() {
        // The issue's figure: $610/month for 36 months is $21,960.
        let tco = total_cost(&TcoInput::new(36, 61_000)).unwrap();
        assert_eq!(tco.total_minor, 2_196_000);
        assert_eq!(tco.years.len(), 3);
        assert_eq!(tco.monthly_schedule().len(), 36);
    }

    #[test]
    fn escalator_applies_at_each_anniversary_and_compounds() {
        let mut input = TcoInput::new(36, 100_000);
        input.escalator_percent = 5.0;
        let tco = total_cost(&input).unwrap();
        let monthly: Vec<_> = tco.years.iter().map(|y| y.monthly_minor).collect();
        assert_eq!(monthly, [100_000, 105_000, 110_250]);
        assert_eq!(
            tco.recurring_total_minor,
            12 * (100_000 + 105_000 + 110_250)
        );
    }

    #[test]
    fn seats_upfront_addons_support_and_taxes() {
        let mut input = TcoInput::new(30, 34_200);
        input.seats = Some(12);
        input.seat_growth_per_year = 2;
        input.addons_monthly_minor = 2_000;
        input.support_monthly_minor = 1_000;
        input.taxes_percent = Some(10.0);
        input.upfront = vec![
            UpfrontItem {
                label: "Setup".into(),
                amount_minor: 5_000,
            },
            UpfrontItem {
                label: "Phones".into(),
                amount_minor: 12 * 12_900,
            },
        ];
        let tco = total_cost(&input).unwrap();
        // Year 1: 12 seats, $342 + $20 + $10; year 2: 14 seats, $399 + 30; year 3 (6 months):
        // 16 seats, $456 + 30.
        let rows: Vec<_> = tco
            .years
            .iter()
            .map(|y| (y.months, y.seats, y.monthly_minor))
            .collect();
        assert_eq!(
            rows,
            [
                (12, Some(12), 37_200),
                (12, Some(14), 42_900),
                (6, Some(16), 48_600)
            ]
        );
        let recurring = 12 * 37_200 + 12 * 42_900 + 6 * 48_600;
        assert_eq!(tco.recurring_total_minor, recurring);
        assert_eq!(tco.taxes_minor, recurring / 10);
        assert_eq!(tco.upfront_total_minor, 159_800);
        assert_eq!(tco.total_minor, 159_800 + recurring + recurring / 10);
        let seat_months = 12 * 12 + 12 * 14 + 6 * 16;
        assert_eq!(
            tco.per_seat_month_minor,
            Some((tco.total_minor + seat_months / 2) / seat_months)
        );
    }

    #[test]
    fn bad_input_names_the_field() {
        let mut input = TcoInput::new(36, 10_000);
        input.escalator_percent = 500.0;
        assert_eq!(
            total_cost(&input).unwrap_err().to_string(),
            "Annual price increase (escalator): must be a percentage between 0 % and 100 %, not 500"
        );
        let negative = TcoInput::new(36, -1);
        assert!(
            total_cost(&negative)
                .unwrap_err()
                .to_string()
                .starts_with("Monthly charge: must be an amount")
        );
    }
}
