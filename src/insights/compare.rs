//! Side by side: the quote under review against its competing quotes, and several reviews
//! against each other.

use super::Insights;
use super::figures::Money;
use super::playbook::Severity;
use crate::calc::tco::TcoBreakdown;
use crate::calc::{ppm_to_percent, trim_number};
use crate::model::Review;
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
    /// 1 is the cheapest over the period.
    pub rank: Option<u32>,
    pub notes: String,
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

pub fn compare_quotes(review: &Review, tco: Option<&TcoBreakdown>) -> QuoteComparison {
    let months = review.context.term_months;
    let insights_total = tco.map(|t| t.total_minor);
    let this_monthly = tco.and_then(|t| t.years.first()).map(|y| y.monthly_minor);
    let upfront_total = tco.map_or(0, |t| t.upfront_total_minor);
    let mut rows = vec![QuoteRow {
        provider: review.context.provider.clone(),
        is_this_review: true,
        quote_id: None,
        monthly_minor: this_monthly,
        term: crate::wording::count(months, "month", "months"),
        upfront_minor: upfront_total,
        total_minor: insights_total,
        difference_minor: insights_total.map(|_| 0),
        rank: None,
        notes: "The quote under review (escalator, seats, add-ons and taxes included).".into(),
    }];
    for q in &review.quotes {
        let total = q.quote.upfront_minor + q.quote.monthly_minor * i64::from(months);
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
            difference_minor: insights_total.map(|t| total - t),
            rank: None,
            notes: q.quote.notes.clone(),
        });
    }
    rank_by(
        &mut rows,
        |r| r.total_minor.map(|t| (0, t)),
        |r, n| r.rank = Some(n),
    );
    QuoteComparison {
        months,
        currency: review.context.currency.clone(),
        rows,
        method: format!(
            "Cost over the same {months} months: upfront + monthly total × {months}. Competitors' prices are taken as quoted (no escalator); rank 1 is the cheapest. Price is not everything: weigh the SLA, support and features too."
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
            keys.push(average.map(|m| (deal_breakers, if mixed { 0 } else { m })));
            let exit = |m: u32| calc.exit_after(m).map(|e| money.fmt(e.fee_minor));
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
            "Ranked by the number of deal-breaker flags only: the reviews are in different currencies, so their costs are not compared.".into()
        } else {
            "Ranked by the number of deal-breaker flags (fewest first), then by the average monthly cost over each term (total cost ÷ months), cheapest first. Reviews without a total cost are not ranked.".into()
        },
        warning: mixed.then(|| {
            format!(
                "These reviews use different currencies ({}).",
                currencies.into_iter().collect::<Vec<_>>().join(", ")
            )
        }),
    }
}
