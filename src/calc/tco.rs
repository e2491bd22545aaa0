//! Total cost of ownership over the term.
//!
//! ```text
//! seats in contract year y (y = 0, 1, …)  = starting seats + growth per year × y
//! plan charge in year y, before increases = starting plan charge × seats(y) / starting seats
//! recurring charge in year y              = (plan charge + add-ons + paid support),
//!                                           raised by the escalator at each anniversary
//! promotion ("first N months at P % off") = recurring charge of each of months 1…N × P %
//! recurring total                         = Σ over the months of the term − promotion
//! taxes (when charged on top)             = recurring total × tax rate
//! total                                   = upfront + recurring total + taxes
//! effective cost per seat per month       = total ÷ Σ seats over the months of the term
//! ```
//!
//! Paid support counts from month 1, or from month 13 when support is free in the first year
//! only. Rounding: the plan charge for a changed seat count is rounded half up to the minor
//! unit; the escalator is applied once per anniversary to the whole recurring charge and rounded
//! half up each time (as a provider re-prices each year); each promotional month's discount is
//! rounded half up; taxes are rounded once on the total (a bill rounds per invoice, which can
//! differ by at most one minor unit a month). The escalator applies to every recurring charge,
//! add-ons and support included: the cautious reading of a typical clause.
//!
//! Every sum and product is checked: a total beyond what an `i64` count of minor units holds is
//! refused with an error naming the inputs, never wrapped.

use super::{PPM_WHOLE, check_percent, check_range, checked_share_of, share_of};
use crate::error::{Error, Result, Words};
use crate::i18n::{self, Key, Lang, msg};
use crate::money::MAX_MINOR;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct UpfrontItem {
    pub label: String,
    #[ts(type = "number")]
    pub amount_minor: i64,
}

/// "The first `months` months at `percent` % off" the recurring charge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Promotion {
    pub months: u32,
    pub percent: f64,
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
    /// Support is free in the first contract year only: paid support counts from month 13.
    #[serde(default)]
    pub support_free_first_year: bool,
    /// A promotional discount on the first months of the term.
    #[serde(default)]
    pub promotion: Option<Promotion>,
    /// Annual increase applied at each anniversary, percent.
    pub escalator_percent: f64,
    /// Tax and regulatory fees charged on top of the recurring charges, percent.
    pub taxes_percent: Option<f64>,
    /// Why taxes are left out of the total although they may be charged (the answer is "Not
    /// sure", or "charged on top" without a rate): carried to the breakdown so every place
    /// that shows the total says so.
    #[serde(default)]
    pub taxes_left_out: Option<String>,
    pub upfront: Vec<UpfrontItem>,
    /// Leased or financed hardware billed apart: monthly payment and number of payments (those
    /// within the term count).
    #[serde(default)]
    #[ts(type = "number")]
    pub hardware_monthly_minor: i64,
    #[serde(default)]
    pub hardware_payment_months: u32,
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
            support_free_first_year: false,
            promotion: None,
            escalator_percent: 0.0,
            taxes_percent: None,
            taxes_left_out: None,
            upfront: Vec::new(),
            hardware_monthly_minor: 0,
            hardware_payment_months: 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TcoYear {
    /// Contract year, from 1.
    pub year: u32,
    pub months: u32,
    pub seats: Option<u32>,
    /// Recurring charge per month in this year, before any promotion.
    #[ts(type = "number")]
    pub monthly_minor: i64,
    /// Promotional discount in this year.
    #[serde(default)]
    #[ts(type = "number")]
    pub discount_minor: i64,
    /// Months × monthly charge − discount.
    #[ts(type = "number")]
    pub subtotal_minor: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TcoBreakdown {
    pub years: Vec<TcoYear>,
    #[ts(type = "number")]
    pub upfront_total_minor: i64,
    /// The discount of each promotional month, month 1 first.
    #[serde(default)]
    #[ts(type = "Array<number>")]
    pub promotion_discounts_minor: Vec<i64>,
    /// Recurring charges over the term, promotion deducted.
    #[ts(type = "number")]
    pub recurring_total_minor: i64,
    #[ts(type = "number")]
    pub taxes_minor: i64,
    /// Set when the total leaves out taxes that may be charged: says why, in a sentence.
    #[serde(default)]
    pub taxes_left_out: Option<String>,
    /// Leased or financed hardware payments within the term.
    #[serde(default)]
    #[ts(type = "number")]
    pub hardware_payments_minor: i64,
    #[ts(type = "number")]
    pub total_minor: i64,
    /// Effective cost per seat per month, when the seat count is known.
    #[ts(type = "number | null")]
    pub per_seat_month_minor: Option<i64>,
}

impl TcoBreakdown {
    /// The recurring charge of each month of the term, month 1 first, promotion deducted.
    pub fn monthly_schedule(&self) -> Vec<i64> {
        let mut schedule: Vec<i64> = self
            .years
            .iter()
            .flat_map(|y| std::iter::repeat_n(y.monthly_minor, y.months as usize))
            .collect();
        for (month, discount) in schedule.iter_mut().zip(&self.promotion_discounts_minor) {
            *month -= discount;
        }
        schedule
    }

    /// The whole promotional discount over the term.
    pub fn promotion_discount_minor(&self) -> i64 {
        // Each discount is at most its month's charge, whose sum was checked.
        self.promotion_discounts_minor.iter().sum()
    }
}

fn check_money(field: &str, label: impl Into<Words>, minor: i64) -> Result<i64> {
    if !(0..=MAX_MINOR).contains(&minor) {
        return Err(Error::invalid(field, label, msg::CALC_MONEY_RANGE));
    }
    Ok(minor)
}

/// `amount` raised by `ppm` once, rounded half up; `None` past the `i64` range.
pub fn escalate(amount_minor: i64, escalator_ppm: i64) -> Option<i64> {
    checked_share_of(amount_minor, PPM_WHOLE + escalator_ppm)
}

/// The error for a total beyond the representable range: it names the inputs that drive it.
/// `what` is the sum that overflowed ("the recurring total").
fn too_large(input: &TcoInput, what: Key) -> Error {
    Error::invalid(
        "context.monthly_charge",
        msg::CALC_LABEL_MONTHLY_CHARGE,
        Words::msg_with(
            msg::CALC_TCO_TOO_LARGE,
            vec![
                (
                    "growth",
                    Words::Plain(input.seat_growth_per_year.to_string()),
                ),
                (
                    "escalator",
                    Words::Plain(super::trim_number(input.escalator_percent)),
                ),
                ("term", Words::Plain(input.term_months.to_string())),
                ("what", Words::msg(what)),
                (
                    "max",
                    Words::Plain(crate::money::format_amount(i64::MAX, "USD")),
                ),
            ],
        ),
    )
}

pub fn total_cost(input: &TcoInput) -> Result<TcoBreakdown> {
    check_range(
        "context.term_months",
        msg::CALC_LABEL_CONTRACT_TERM,
        i64::from(input.term_months),
        1,
        120,
        msg::CALC_UNIT_MONTHS,
    )?;
    check_money(
        "context.monthly_charge",
        msg::CALC_LABEL_MONTHLY_CHARGE,
        input.monthly_plan_minor,
    )?;
    check_money(
        "pricing.addons_monthly",
        msg::CALC_LABEL_ADDONS,
        input.addons_monthly_minor,
    )?;
    check_money(
        "support.paid_monthly",
        msg::CALC_LABEL_PAID_SUPPORT,
        input.support_monthly_minor,
    )?;
    check_money(
        "upfront.hardware_monthly_payment",
        msg::CALC_LABEL_HARDWARE_PAYMENT,
        input.hardware_monthly_minor,
    )?;
    check_range(
        "upfront.hardware_payments_months",
        msg::CALC_LABEL_HARDWARE_PAYMENTS,
        i64::from(input.hardware_payment_months),
        0,
        120,
        msg::CALC_UNIT_MONTHS,
    )?;
    let escalator = check_percent(
        "pricing.escalator_percent",
        msg::CALC_LABEL_ESCALATOR,
        input.escalator_percent,
        0.0,
        100.0,
    )?;
    let tax = input
        .taxes_percent
        .map(|t| {
            check_percent(
                "pricing.taxes_percent",
                msg::CALC_LABEL_TAXES,
                t,
                0.0,
                100.0,
            )
        })
        .transpose()?;
    if let Some(seats) = input.seats {
        check_range(
            "context.seats",
            msg::CALC_LABEL_SEATS,
            i64::from(seats),
            1,
            10_000,
            msg::CALC_UNIT_SEATS,
        )?;
    }
    check_range(
        "pricing.seat_growth_per_year",
        msg::CALC_LABEL_SEAT_GROWTH,
        i64::from(input.seat_growth_per_year),
        0,
        10_000,
        msg::CALC_UNIT_SEATS,
    )?;
    let promotion = input
        .promotion
        .as_ref()
        .map(|p| -> Result<(u32, i64)> {
            let months = check_range(
                "upfront.promotion_months",
                msg::CALC_LABEL_PROMOTION_MONTHS,
                i64::from(p.months),
                0,
                i64::from(input.term_months),
                msg::CALC_UNIT_MONTHS_TERM,
            )?;
            let ppm = check_percent(
                "upfront.promotion_percent",
                msg::CALC_LABEL_PROMOTION_DISCOUNT,
                p.percent,
                0.0,
                100.0,
            )?;
            Ok((months as u32, ppm))
        })
        .transpose()?;
    let mut upfront_total = 0i64;
    for (i, item) in input.upfront.iter().enumerate() {
        // At most 1,000,000,000.00 each: a sum of them cannot overflow before the last check.
        upfront_total = upfront_total
            .checked_add(check_money(
                &format!("upfront.{i}"),
                &item.label,
                item.amount_minor,
            )?)
            .ok_or_else(|| too_large(input, msg::CALC_SUM_UPFRONT_TOTAL))?;
    }

    let overflow = |what: Key| too_large(input, what);
    let mut years = Vec::new();
    let mut discounts = Vec::new();
    let mut recurring_total: i64 = 0;
    let mut seat_months: i64 = 0;
    let mut months_left = input.term_months;
    let mut year = 0u32;
    while months_left > 0 {
        let months = months_left.min(12);
        let seats = input
            .seats
            .map(|s| {
                input
                    .seat_growth_per_year
                    .checked_mul(year)
                    .and_then(|g| g.checked_add(s))
                    .ok_or_else(|| overflow(msg::CALC_SUM_SEAT_COUNT))
            })
            .transpose()?;
        let plan = match (input.seats, seats) {
            (Some(start), Some(now)) => {
                let scaled = i128::from(input.monthly_plan_minor) * i128::from(now);
                i64::try_from((scaled + i128::from(start) / 2) / i128::from(start))
                    .map_err(|_| overflow(msg::CALC_SUM_PLAN_CHARGE))?
            }
            _ => input.monthly_plan_minor,
        };
        let support = if input.support_free_first_year && year == 0 {
            0
        } else {
            input.support_monthly_minor
        };
        let mut monthly = plan
            .checked_add(input.addons_monthly_minor)
            .and_then(|m| m.checked_add(support))
            .ok_or_else(|| overflow(msg::CALC_SUM_MONTHLY_CHARGE))?;
        for _ in 0..year {
            monthly = escalate(monthly, escalator)
                .ok_or_else(|| overflow(msg::CALC_SUM_MONTHLY_CHARGE))?;
        }
        let mut discount = 0i64;
        if let Some((promo_months, ppm)) = promotion {
            let first = year * 12;
            let in_year = promo_months.saturating_sub(first).min(months);
            for _ in 0..in_year {
                // Never above the month's charge, so the sum below stays in range.
                let off = share_of(monthly, ppm);
                discounts.push(off);
                discount += off;
            }
        }
        let subtotal = monthly
            .checked_mul(i64::from(months))
            .map(|s| s - discount)
            .ok_or_else(|| overflow(msg::CALC_SUM_YEARLY_SUBTOTAL))?;
        recurring_total = recurring_total
            .checked_add(subtotal)
            .ok_or_else(|| overflow(msg::CALC_SUM_RECURRING_TOTAL))?;
        seat_months += i64::from(seats.unwrap_or(0)) * i64::from(months);
        years.push(TcoYear {
            year: year + 1,
            months,
            seats,
            monthly_minor: monthly,
            discount_minor: discount,
            subtotal_minor: subtotal,
        });
        months_left -= months;
        year += 1;
    }
    let taxes = match tax {
        Some(t) => {
            checked_share_of(recurring_total, t).ok_or_else(|| overflow(msg::CALC_SUM_TAX))?
        }
        None => 0,
    };
    // At most 1,000,000,000.00 × 120: far inside the range.
    let hardware_payments = input.hardware_monthly_minor
        * i64::from(input.hardware_payment_months.min(input.term_months));
    let total = upfront_total
        .checked_add(recurring_total)
        .and_then(|t| t.checked_add(taxes))
        .and_then(|t| t.checked_add(hardware_payments))
        .ok_or_else(|| overflow(msg::CALC_SUM_TOTAL_COST))?;
    let per_seat = (seat_months > 0).then(|| {
        let rounded = (i128::from(total) + i128::from(seat_months / 2)) / i128::from(seat_months);
        rounded as i64
    });
    Ok(TcoBreakdown {
        years,
        upfront_total_minor: upfront_total,
        promotion_discounts_minor: discounts,
        recurring_total_minor: recurring_total,
        taxes_minor: taxes,
        taxes_left_out: input
            .taxes_left_out
            .clone()
            .filter(|_| input.taxes_percent.is_none()),
        hardware_payments_minor: hardware_payments,
        total_minor: total,
        per_seat_month_minor: per_seat,
    })
}

/// The sentence a total carries when the taxes answer is "Not sure".
pub const TAXES_NOT_SURE: &str = "Taxes and fees are not included: whether they are charged on top is \"Not sure\". Ask the provider; they often add 10–20 %.";
/// The sentence a total carries when taxes are charged on top but their rate is not entered.
pub const TAXES_RATE_MISSING: &str =
    "Taxes and fees are not included: they are charged on top, but their rate is not entered.";

/// Why taxes are left out ([`TcoBreakdown::taxes_left_out`], one of [`TAXES_NOT_SURE`] and
/// [`TAXES_RATE_MISSING`], kept in English in the JSON) in `lang`; any other text as it is.
pub fn taxes_left_out_in(lang: Lang, why: &str) -> String {
    match why {
        TAXES_NOT_SURE => i18n::text(lang, msg::INSIGHTS_TAXES_NOT_SURE),
        TAXES_RATE_MISSING => i18n::text(lang, msg::INSIGHTS_TAXES_RATE_MISSING),
        other => other.to_owned(),
    }
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
    fn promotion_discounts_the_first_months() {
        // $402 a month for 36 months, first 2 months at 50 % off: 2 × $201 off.
        let mut input = TcoInput::new(36, 40_200);
        input.promotion = Some(Promotion {
            months: 2,
            percent: 50.0,
        });
        let tco = total_cost(&input).unwrap();
        assert_eq!(tco.promotion_discounts_minor, [20_100, 20_100]);
        // 36 × $402 = $14,472 − $402 = $14,070.
        assert_eq!(tco.recurring_total_minor, 1_407_000);
        assert_eq!(tco.years[0].discount_minor, 40_200);
        assert_eq!(tco.years[0].subtotal_minor, 12 * 40_200 - 40_200);
        let schedule = tco.monthly_schedule();
        assert_eq!(schedule[..3], [20_100, 20_100, 40_200]);
        // A promotion reaching into year 2 takes that year's escalated charge: $100 × 1.10 =
        // $110, 10 % off is $11 in month 13.
        let mut input = TcoInput::new(24, 10_000);
        input.escalator_percent = 10.0;
        input.promotion = Some(Promotion {
            months: 13,
            percent: 10.0,
        });
        let tco = total_cost(&input).unwrap();
        assert_eq!(tco.promotion_discounts_minor.len(), 13);
        assert_eq!(tco.promotion_discounts_minor[11..], [1_000, 1_100]);
        // 12 × $100 + 12 × $110 = $2,520, less 12 × $10 + $11 = $131: $2,389.
        assert_eq!(tco.recurring_total_minor, 238_900);
        let mut long = TcoInput::new(12, 10_000);
        long.promotion = Some(Promotion {
            months: 13,
            percent: 10.0,
        });
        assert_eq!(
            total_cost(&long).unwrap_err().to_string(),
            "Months at the promotional price: must be between 0 and 12 months (the term), not 13"
        );
    }

    #[test]
    fn support_free_in_the_first_year_only_counts_from_month_13() {
        // Plan $300, support $50 from year 2, 5 % escalator, 36 months:
        // year 1 $300; year 2 ($300 + $50) × 1.05 = $367.50; year 3 $367.50 × 1.05 = $385.875,
        // rounded half up $385.88. Recurring 12 × (300 + 367.50 + 385.88) = $12,640.56.
        let mut input = TcoInput::new(36, 30_000);
        input.support_monthly_minor = 5_000;
        input.support_free_first_year = true;
        input.escalator_percent = 5.0;
        let tco = total_cost(&input).unwrap();
        let monthly: Vec<_> = tco.years.iter().map(|y| y.monthly_minor).collect();
        assert_eq!(monthly, [30_000, 36_750, 38_588]);
        assert_eq!(tco.recurring_total_minor, 1_264_056);
    }

    #[test]
    fn totals_beyond_the_representable_range_are_refused_not_wrapped() {
        // $1,000,000,000 for 1 seat growing by 10,000 a year and doubling every year: year 10
        // is 10¹¹ cents × 90,001 seats × 2⁹ ≈ 4.6 × 10¹⁸ cents a month; 12 months of it are
        // past i64::MAX (≈ 9.2 × 10¹⁸).
        let mut input = TcoInput::new(120, 100_000_000_000);
        input.seats = Some(1);
        input.seat_growth_per_year = 10_000;
        input.escalator_percent = 100.0;
        let err = total_cost(&input).unwrap_err();
        assert_eq!(err.field(), Some("context.monthly_charge"));
        assert!(
            err.to_string().starts_with(
                "Monthly charge: with 10000 seats added a year, a 100 % yearly increase and a \
                 120-month term, the "
            ),
            "{err}"
        );
        assert!(
            err.to_string().contains("92,233,720,368,547,758.07"),
            "{err}"
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

    #[test]
    fn chinese_refusals_name_the_field_in_chinese() {
        use crate::i18n::Lang;
        let mut input = TcoInput::new(36, 10_000);
        input.taxes_percent = Some(150.0);
        let err = total_cost(&input).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Taxes and fees: must be a percentage between 0 % and 100 %, not 150"
        );
        assert_eq!(
            err.message(Lang::ZhHans),
            "税费：必须是0%到100%之间的百分比，而不是150"
        );
        // The overflowing total of `totals_beyond_the_representable_range_are_refused_not_wrapped`.
        let mut input = TcoInput::new(120, 100_000_000_000);
        input.seats = Some(1);
        input.seat_growth_per_year = 10_000;
        input.escalator_percent = 100.0;
        let chinese = total_cost(&input).unwrap_err().message(Lang::ZhHans);
        assert!(
            chinese.starts_with("月费：每年新增10000个座席、年度涨幅100%、合同期限120个月时，"),
            "{chinese}"
        );
        assert!(chinese.contains("92,233,720,368,547,758.07"), "{chinese}");
        // The notes on left-out taxes keep their English in the breakdown and read in Chinese.
        assert_eq!(taxes_left_out_in(Lang::En, TAXES_NOT_SURE), TAXES_NOT_SURE);
        assert_eq!(
            taxes_left_out_in(Lang::En, TAXES_RATE_MISSING),
            TAXES_RATE_MISSING
        );
        assert!(taxes_left_out_in(Lang::ZhHans, TAXES_NOT_SURE).contains("税费"));
    }
}
