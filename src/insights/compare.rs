//! Side by side: the quote under review against its competing quotes, and several reviews
//! against each other.

use super::Insights;
use super::answers::Answers;
use super::figures::Money;
use super::figures::tco_input;
use super::playbook::Severity;
use crate::calc::tco::{self, TcoBreakdown, TcoInput};
use crate::calc::{ppm_to_percent, trim_number};
use crate::model::{ChargeBasis, Review};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuoteRow {
    pub provider: String,
    /// The quote under review (the others are competitors).
    pub is_this_review: bool,
    pub quote_id: Option<i64>,
    #[ts(type = "number | null")]
    pub monthly_minor: Option<i64>,
    pub term: String,
    #[ts(type = "number")]
    pub upfront_minor: i64,
    /// Cost over the comparison period.
    #[ts(type = "number | null")]
    pub total_minor: Option<i64>,
    /// Against the quote under review: positive means this row costs more.
    #[ts(type = "number | null")]
    pub difference_minor: Option<i64>,
    /// 1 is the cheapest over the period, on the like-for-like basis; null when incomplete.
    pub rank: Option<u32>,
    pub notes: String,
    /// What was assumed, applied or left out for this quote to compare like for like.
    pub assumptions: String,
    /// Cost inputs still missing: the row is incomplete and not ranked.
    pub missing: Vec<String>,
    /// The quote under review only: its total cost with everything it states (growth,
    /// escalator, promotion, taxes), as in the key figures.
    #[ts(type = "number | null")]
    pub full_total_minor: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuoteComparison {
    /// The comparison period: the review's term.
    pub months: u32,
    pub currency: String,
    pub rows: Vec<QuoteRow>,
    pub method: String,
}

fn rank_by<T>(rows: &mut [T], key: impl Fn(&T) -> Option<(u32, i64)>, set: impl Fn(&mut T, u32)) {
    let mut keyed: Vec<(usize, (u32, i64))> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| key(r).map(|k| (i, k)))
        .collect();
    keyed.sort_by_key(|(i, k)| (*k, *i));
    for (rank, (i, _)) in keyed.into_iter().enumerate() {
        set(&mut rows[i], rank as u32 + 1);
    }
}

/// Cost inputs of a review that the total cost needs and that are still unanswered, in words.
/// A missing cost would otherwise count as zero and make the review look cheaper.
pub fn missing_cost_inputs(review: &Review) -> Vec<String> {
    let a = Answers::new(review);
    let mut missing = Vec::new();
    let mut need = |ok: bool, what: &str| {
        if !ok {
            missing.push(what.to_owned());
        }
    };
    need(
        review.context.monthly_charge_minor.is_some(),
        "the monthly charge",
    );
    need(
        review.context.monthly_charge_basis != ChargeBasis::PerSeat
            || review.context.seats.is_some(),
        "the number of seats (the charge is per seat)",
    );
    need(
        a.is_yes("pricing.price_locked") || a.is_answered("pricing.escalator_percent"),
        "the price lock or annual escalator",
    );
    need(
        match a.choice("pricing.taxes_included") {
            Some("included") => true,
            Some("extra") => a.is_answered("pricing.taxes_percent"),
            _ => false,
        },
        "taxes and fees",
    );
    need(a.is_answered("pricing.addons_monthly"), "add-ons per month");
    need(
        match a.choice("support.included") {
            Some("included") => {
                !a.is_yes("support.free_first_year_only") || a.is_answered("support.paid_monthly")
            }
            Some("tiered" | "paid_tier") => a.is_answered("support.paid_monthly"),
            Some("per_incident") => {
                a.is_answered("support.per_incident_fee")
                    && a.is_answered("support.incidents_per_year")
            }
            _ => false,
        },
        "how support is priced",
    );
    need(a.is_answered("upfront.setup_fee"), "the setup fee");
    need(
        a.is_answered("upfront.phones_count"),
        "the phones to buy (0 if none)",
    );
    missing
}

/// The quote under review on the basis every quote shares: the same term and the contracted
/// seats at today's prices, upfront included. Seat growth, escalator, promotion and taxes are
/// left out because competing quotes do not state them (see `docs/calculations.md`).
fn like_for_like_input(review: &Review) -> Option<TcoInput> {
    let a = Answers::new(review);
    let mut input = tco_input(review, &a)?;
    input.seat_growth_per_year = 0;
    input.escalator_percent = 0.0;
    input.taxes_percent = None;
    input.promotion = None;
    Some(input)
}

pub fn compare_quotes(review: &Review, full: Option<&TcoBreakdown>) -> QuoteComparison {
    let months = review.context.term_months;
    let money = Money(&review.context.currency);
    let a = Answers::new(review);
    let full_input = tco_input(review, &a);
    let basis = like_for_like_input(review).and_then(|i| tco::total_cost(&i).ok());
    let this_total = basis.as_ref().map(|t| t.total_minor);
    let this_monthly = basis
        .as_ref()
        .and_then(|t| t.years.first())
        .map(|y| y.monthly_minor);
    let mut missing = missing_cost_inputs(review);
    if full_input.is_some() && basis.is_none() {
        missing.push("cost inputs within range (see the total cost figure)".into());
    }
    let mut left_out = Vec::new();
    if let Some(input) = &full_input {
        if input.seat_growth_per_year > 0 {
            left_out.push(format!(
                "seat growth (+{} a year)",
                input.seat_growth_per_year
            ));
        }
        if input.escalator_percent > 0.0 {
            left_out.push(format!(
                "the {} % annual escalator",
                trim_number(input.escalator_percent)
            ));
        }
        if let Some(p) = &input.promotion {
            left_out.push(format!(
                "the promotion ({} at {} % off)",
                crate::wording::count(p.months, "month", "months"),
                trim_number(p.percent)
            ));
        }
        if let Some(t) = input.taxes_percent.filter(|t| *t > 0.0) {
            left_out.push(format!("{} % taxes and fees", trim_number(t)));
        }
    }
    let has_competitors = !review.quotes.is_empty();
    let seats = review
        .context
        .seats
        .map_or(String::new(), |s| format!("{s} seats, "));
    let this_assumptions = match (&basis, has_competitors) {
        (Some(t), true) => format!(
            "{seats}today's recurring charge {} × {months} months + upfront {}{}.{}",
            money.fmt(t.years.first().map_or(0, |y| y.monthly_minor)),
            money.fmt(t.upfront_total_minor),
            if t.hardware_payments_minor > 0 {
                format!(
                    " + hardware payments {}",
                    money.fmt(t.hardware_payments_minor)
                )
            } else {
                String::new()
            },
            if left_out.is_empty() {
                String::new()
            } else {
                format!(
                    " Left out because the competing quotes do not state them: {}; with them the total is {}.",
                    left_out.join(", "),
                    full.map_or("not known".into(), |f| money.fmt(f.total_minor))
                )
            }
        ),
        (Some(_), false) => "The quote under review as entered.".into(),
        (None, _) => "Not costed: its cost inputs are incomplete.".into(),
    };
    let ranked_total = if has_competitors {
        this_total
    } else {
        full.map(|f| f.total_minor)
    };
    let mut rows = vec![QuoteRow {
        provider: review.context.provider.clone(),
        is_this_review: true,
        quote_id: None,
        monthly_minor: this_monthly,
        term: crate::wording::count(months, "month", "months"),
        upfront_minor: basis.as_ref().map_or(0, |t| t.upfront_total_minor),
        total_minor: ranked_total,
        difference_minor: ranked_total.map(|_| 0),
        rank: None,
        notes: String::new(),
        assumptions: this_assumptions,
        missing,
        full_total_minor: full.map(|f| f.total_minor),
    }];
    for q in &review.quotes {
        // Both at most 1,000,000,000.00 and the term at most 120 months: within range.
        let total = q.quote.upfront_minor + q.quote.monthly_minor * i64::from(months);
        let term_note = if q.quote.term_months == 0 || !q.quote.contract_required {
            format!(" Month-to-month: the same price assumed for all {months} months.")
        } else if q.quote.term_months != months {
            format!(
                " Its {}-month term is costed over {months} months at the same price.",
                q.quote.term_months
            )
        } else {
            String::new()
        };
        rows.push(QuoteRow {
            provider: q.quote.provider.clone(),
            is_this_review: false,
            quote_id: Some(q.id),
            monthly_minor: Some(q.quote.monthly_minor),
            term: if q.quote.term_months == 0 || !q.quote.contract_required {
                "No contract".into()
            } else {
                crate::wording::count(q.quote.term_months, "month", "months")
            },
            upfront_minor: q.quote.upfront_minor,
            total_minor: Some(total),
            difference_minor: this_total.map(|t| total - t),
            rank: None,
            notes: q.quote.notes.clone(),
            assumptions: format!(
                "{} × {months} months + upfront {}, as quoted (no growth, escalator or taxes stated).{term_note}",
                money.fmt(q.quote.monthly_minor),
                money.fmt(q.quote.upfront_minor),
            ),
            missing: Vec::new(),
            full_total_minor: None,
        });
    }
    // An incomplete quote is never ranked: its missing costs would count as zero.
    rank_by(
        &mut rows,
        |r| {
            r.missing
                .is_empty()
                .then_some(r.total_minor?)
                .map(|t| (0, t))
        },
        |r, n| r.rank = Some(n),
    );
    QuoteComparison {
        months,
        currency: review.context.currency.clone(),
        rows,
        method: format!(
            "Like for like: every quote over the same {months} months at the contracted seats, upfront included: upfront + monthly total × {months}. Seat growth, escalators, promotions and taxes count only when every quote states them; competing quotes do not, so they are left out of all rows and each row says what was assumed. Rank 1 is the cheapest; a quote with missing cost inputs is shown as incomplete and not ranked. Price is not everything: weigh the SLA, support and features too."
        ),
    }
}

/// One review in a comparison across reviews.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ComparedReview {
    pub review_id: i64,
    pub title: String,
    pub plan: String,
    pub currency: String,
    pub term_months: u32,
    pub total_cost: Option<String>,
    /// Total ÷ months: comparable across different terms.
    pub monthly_average: Option<String>,
    pub exit_12: Option<String>,
    pub exit_24: Option<String>,
    pub uptime: Option<String>,
    // The downtime the SLA allows in its own measurement window ("… each calendar month").
    pub downtime_per_month: Option<String>,
    pub support_hours: Option<String>,
    pub critical_response: Option<String>,
    pub warranty: Option<String>,
    pub deal_breakers: u32,
    pub negotiate: u32,
    /// Areas with a rating other than "not reviewed", of all areas.
    pub areas_reviewed: u32,
    pub areas_total: u32,
    /// Cost inputs still missing: the review is incomplete and not ranked.
    pub missing: Vec<String>,
    pub rank: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ReviewComparison {
    pub reviews: Vec<ComparedReview>,
    pub ranking_rule: String,
    /// Set when the reviews are in different currencies: costs are then not ranked.
    pub warning: Option<String>,
}

pub fn compare_reviews(reviews: &[(Review, Insights)]) -> ReviewComparison {
    let template = crate::template::template();
    let currencies: std::collections::BTreeSet<&str> = reviews
        .iter()
        .map(|(r, _)| r.context.currency.as_str())
        .collect();
    let mixed = currencies.len() > 1;
    let mut keys = Vec::new();
    let mut rows: Vec<ComparedReview> = reviews
        .iter()
        .map(|(review, insights)| {
            let money = Money(&review.context.currency);
            let calc = &insights.calculations;
            let a = super::answers::Answers::new(review);
            let option_label = |id: &str| {
                let choice = a.choice(id)?;
                let (_, q) = template.question(id)?;
                match &q.kind {
                    crate::template::QuestionKind::Choice { options } => options
                        .iter()
                        .find(|o| o.id == choice)
                        .map(|o| o.label.clone()),
                    _ => None,
                }
            };
            let deal_breakers = insights
                .flags
                .iter()
                .filter(|f| f.severity == Severity::DealBreaker)
                .count() as u32;
            let negotiate = insights
                .flags
                .iter()
                .filter(|f| f.severity == Severity::Negotiate)
                .count() as u32;
            let total = calc.tco.as_ref().map(|t| t.total_minor);
            let average = total.map(|t| {
                (t + i64::from(review.context.term_months) / 2)
                    / i64::from(review.context.term_months)
            });
            let missing = missing_cost_inputs(review);
            // An incomplete review is never ranked: its missing costs would count as zero.
            keys.push(
                average
                    .filter(|_| missing.is_empty())
                    .map(|m| (deal_breakers, if mixed { 0 } else { m })),
            );
            let exit = |m: u32| calc.exit_after(m).map(|e| money.fmt(e.total_minor));
            ComparedReview {
                review_id: review.id,
                title: if review.is_example {
                    crate::sample::EXAMPLE_TITLE.into()
                } else {
                    review.context.provider.clone()
                },
                plan: review.context.plan.clone(),
                currency: review.context.currency.clone(),
                term_months: review.context.term_months,
                total_cost: total.map(|t| money.fmt(t)),
                monthly_average: average.map(|m| money.fmt(m)),
                exit_12: exit(12),
                exit_24: exit(24),
                uptime: calc
                    .downtime
                    .as_ref()
                    .map(|d| format!("{} %", trim_number(ppm_to_percent(d.uptime_ppm)))),
                downtime_per_month: calc.downtime.as_ref().and_then(|d| d.window_range_text()),
                support_hours: option_label("support.hours"),
                critical_response: a
                    .number("support.critical_response_minutes")
                    .map(|m| format!("{} min", trim_number(m))),
                warranty: a
                    .whole("warranty.length_months")
                    .map(|m| crate::wording::count(m, "month", "months")),
                deal_breakers,
                negotiate,
                areas_reviewed: review
                    .areas
                    .iter()
                    .filter(|s| s.rating != crate::model::Rating::NotReviewed)
                    .count() as u32,
                areas_total: template.areas.len() as u32,
                missing,
                rank: None,
            }
        })
        .collect();
    let mut indexed: Vec<(usize, (u32, i64))> = keys
        .iter()
        .enumerate()
        .filter_map(|(i, k)| k.map(|k| (i, k)))
        .collect();
    indexed.sort_by_key(|(i, k)| (*k, *i));
    for (rank, (i, _)) in indexed.into_iter().enumerate() {
        rows[i].rank = Some(rank as u32 + 1);
    }
    ReviewComparison {
        reviews: rows,
        ranking_rule: if mixed {
            "Ranked by the number of deal-breaker flags only: the reviews are in different currencies, so their costs are not compared. Reviews with missing cost inputs are shown as incomplete and not ranked.".into()
        } else {
            "Ranked by the number of deal-breaker flags (fewest first), then by the average monthly cost over each term (total cost ÷ months), cheapest first. Reviews with missing cost inputs are shown as incomplete, with what is missing, and not ranked: a missing cost would count as zero.".into()
        },
        warning: mixed.then(|| {
            format!(
                "These reviews use different currencies ({}).",
                currencies.into_iter().collect::<Vec<_>>().join(", ")
            )
        }),
    }
}
