//! Side by side: the quote under review against its competing quotes, and several reviews
//! against each other.

use super::Insights;
use super::answers::Answers;
use super::figures::Money;
use super::figures::tco_input;
use super::playbook::Severity;
use crate::calc::tco::{self, TcoBreakdown, TcoInput, UpfrontItem};
use crate::calc::{ppm_to_percent, trim_number};
use crate::i18n::Lang;
use crate::model::{ChargeBasis, QuoteInput, Review};
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

/// The seats every quote is costed at: the review's contracted seats and its forecast growth.
struct SeatBasis {
    seats: Option<u32>,
    growth_per_year: u32,
}

/// `amount × numerator ÷ denominator`, rounded half up (amounts and seat counts are small
/// enough for `i128` never to overflow; a result past `i64` is `None`).
fn scale(amount_minor: i64, numerator: u32, denominator: u32) -> Option<i64> {
    let denominator = i128::from(denominator.max(1));
    let product = i128::from(amount_minor) * i128::from(numerator);
    i64::try_from((product * 2 + denominator) / (denominator * 2)).ok()
}

fn percent_text(percent: f64) -> String {
    format!("{} %", trim_number(percent))
}

/// A competing quote on the review's basis: the review's term, seats and seat growth (at the
/// quote's per-seat price), the quote's own taxes and escalator where it states them, its
/// upfront costs. Returns the input and, in words, what was applied or assumed.
fn competitor_input(
    quote: &QuoteInput,
    months: u32,
    basis: &SeatBasis,
    this_taxes: Option<f64>,
    money: &Money,
) -> (Option<TcoInput>, Vec<String>) {
    let mut applied = Vec::new();
    let monthly = match (quote.seats, basis.seats) {
        (Some(quoted), Some(ours)) if quoted != ours => {
            let Some(scaled) = scale(quote.monthly_minor, ours, quoted) else {
                return (None, applied);
            };
            applied.push(format!(
                "quoted for {quoted} seats, scaled to your {ours} at its per-seat price ({} → {} a month)",
                money.fmt(quote.monthly_minor),
                money.fmt(scaled)
            ));
            scaled
        }
        (Some(_), Some(ours)) => {
            applied.push(format!("quoted for your {ours} seats"));
            quote.monthly_minor
        }
        (None, Some(ours)) => {
            applied.push(format!(
                "seats not stated: assumed to be for your {ours} seats"
            ));
            quote.monthly_minor
        }
        (Some(quoted), None) => {
            applied.push(format!(
                "quoted for {quoted} seats, as quoted (this review gives no seat count)"
            ));
            quote.monthly_minor
        }
        (None, None) => quote.monthly_minor,
    };
    let mut input = TcoInput::new(months, monthly);
    input.seats = basis.seats;
    if basis.seats.is_some() && basis.growth_per_year > 0 {
        input.seat_growth_per_year = basis.growth_per_year;
        applied.push(format!(
            "+{} a year at the same per-seat price",
            crate::wording::count(basis.growth_per_year, "seat", "seats")
        ));
    }
    match quote.escalator_percent {
        Some(e) if e > 0.0 => {
            input.escalator_percent = e;
            applied.push(format!("{} annual increase, as quoted", percent_text(e)));
        }
        Some(_) => applied.push("price locked (0 % increase), as quoted".into()),
        None => applied.push("no annual increase stated: none assumed".into()),
    }
    match quote.taxes_percent {
        Some(t) if t > 0.0 => {
            input.taxes_percent = Some(t);
            applied.push(format!("{} taxes and fees, as quoted", percent_text(t)));
        }
        Some(_) => applied.push("taxes included, as quoted".into()),
        None => applied.push(match this_taxes.filter(|t| *t > 0.0) {
            Some(ours) => format!(
                "taxes not stated: none added (the quote under review adds {}; ask)",
                percent_text(ours)
            ),
            None => "taxes not stated: none added".into(),
        }),
    }
    input.upfront = vec![UpfrontItem {
        label: "Upfront costs".into(),
        amount_minor: quote.upfront_minor,
    }];
    applied.push(format!("upfront {}", money.fmt(quote.upfront_minor)));
    if !quote.is_contract() {
        applied.push(format!(
            "month-to-month: the same terms assumed for all {months} months"
        ));
    } else if quote.term_months != months {
        applied.push(format!(
            "its {}-month contract costed over {months} months at the same terms",
            quote.term_months
        ));
    }
    (Some(input), applied)
}

/// What the quote under review's total includes, in words.
fn this_quote_applied(input: &TcoInput, total: &TcoBreakdown, money: &Money) -> Vec<String> {
    let mut applied = Vec::new();
    if let Some(seats) = input.seats {
        applied.push(crate::wording::count(seats, "seat", "seats"));
        if input.seat_growth_per_year > 0 {
            applied.push(format!(
                "+{} a year",
                crate::wording::count(input.seat_growth_per_year, "seat", "seats")
            ));
        }
    }
    if let Some(first) = total.years.first() {
        applied.push(format!(
            "{} a month in year 1",
            money.fmt(first.monthly_minor)
        ));
    }
    applied.push(if input.escalator_percent > 0.0 {
        format!("{} annual increase", percent_text(input.escalator_percent))
    } else {
        "no annual increase".into()
    });
    if let Some(p) = &input.promotion {
        applied.push(format!(
            "the promotion ({} at {} off)",
            crate::wording::count(p.months, "month", "months"),
            percent_text(p.percent)
        ));
    }
    applied.push(match input.taxes_percent.filter(|t| *t > 0.0) {
        Some(t) => format!("{} taxes and fees", percent_text(t)),
        None => "taxes included".into(),
    });
    applied.push(format!("upfront {}", money.fmt(total.upfront_total_minor)));
    if total.hardware_payments_minor > 0 {
        applied.push(format!(
            "hardware payments {}",
            money.fmt(total.hardware_payments_minor)
        ));
    }
    applied
}

fn sentence(applied: &[String]) -> String {
    let mut text = applied.join("; ");
    if let Some(first) = text.get(..1) {
        text = first.to_uppercase() + &text[1..];
    }
    text.push('.');
    text
}

/// Every quote on the same basis (issue 9): the review's term, its contracted seats and seat
/// growth, taxes where a quote states them, its escalator where known, upfront costs. The
/// quote under review is its total cost as in the key figures. Each row says what was applied.
pub fn compare_quotes(review: &Review, full: Option<&TcoBreakdown>) -> QuoteComparison {
    let months = review.context.term_months;
    let money = Money(&review.context.currency, Lang::En);
    let a = Answers::new(review);
    let full_input = tco_input(review, &a);
    let this_monthly = full.and_then(|t| t.years.first()).map(|y| y.monthly_minor);
    let mut missing = missing_cost_inputs(review);
    if full_input.is_some() && full.is_none() {
        missing.push("cost inputs within range (see the total cost figure)".into());
    }
    let this_assumptions = match (&full_input, full) {
        (Some(input), Some(total)) => sentence(&this_quote_applied(input, total, &money)),
        _ => "Not costed: its cost inputs are incomplete.".into(),
    };
    let this_total = full.map(|f| f.total_minor);
    let mut rows = vec![QuoteRow {
        provider: review.context.provider.clone(),
        is_this_review: true,
        quote_id: None,
        monthly_minor: this_monthly,
        term: crate::wording::count(months, "month", "months"),
        upfront_minor: full.map_or(0, |t| t.upfront_total_minor),
        total_minor: this_total,
        difference_minor: this_total.map(|_| 0),
        rank: None,
        notes: String::new(),
        assumptions: this_assumptions,
        missing,
        full_total_minor: this_total,
    }];
    let seat_basis = SeatBasis {
        seats: review.context.seats,
        growth_per_year: if review.context.seats.is_some() {
            a.whole("pricing.seat_growth_per_year").unwrap_or(0)
        } else {
            0
        },
    };
    let this_taxes = full_input.as_ref().and_then(|i| i.taxes_percent);
    for q in &review.quotes {
        let (input, applied) = competitor_input(&q.quote, months, &seat_basis, this_taxes, &money);
        let costed = input.and_then(|i| tco::total_cost(&i).ok());
        let total = costed.as_ref().map(|t| t.total_minor);
        rows.push(QuoteRow {
            provider: q.quote.provider.clone(),
            is_this_review: false,
            quote_id: Some(q.id),
            monthly_minor: Some(q.quote.monthly_minor),
            term: if q.quote.is_contract() {
                crate::wording::count(q.quote.term_months, "month", "months")
            } else {
                "No contract".into()
            },
            upfront_minor: q.quote.upfront_minor,
            total_minor: total,
            difference_minor: this_total.zip(total).map(|(t, c)| c - t),
            rank: None,
            notes: q.quote.notes.clone(),
            assumptions: sentence(&applied),
            missing: if costed.is_some() {
                Vec::new()
            } else {
                vec!["amounts within range (its total is too large to add up)".into()]
            },
            full_total_minor: total,
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
            "Like for like: every quote over the same {months} months, at this review's seats and seat growth (a competitor at its own per-seat price), with its own annual increase and taxes where it states them, upfront costs included. The quote under review is its total cost. Each row says what was applied or assumed; what a quote does not state is not added, so ask for it. Rank 1 is the cheapest; a quote with missing cost inputs is shown as incomplete and not ranked. Price is not everything: weigh the SLA, support and features too."
        ),
    }
}

/// The cheapest ranked competing quote, like for like, with how much less it costs in percent of
/// the quote under review's total (negative when it costs more). `None` while the quote under
/// review is not costed or there is no ranked competitor.
pub fn much_cheaper_competitor(comparison: &QuoteComparison) -> Option<(&QuoteRow, f64)> {
    let this = comparison.rows.iter().find(|r| r.is_this_review)?;
    let this_total = this.total_minor.filter(|_| this.missing.is_empty())?;
    if this_total <= 0 {
        return None;
    }
    comparison
        .rows
        .iter()
        .filter(|r| !r.is_this_review && r.missing.is_empty())
        .filter_map(|r| Some((r, r.total_minor?)))
        .min_by_key(|(_, total)| *total)
        .map(|(r, total)| (r, (this_total - total) as f64 * 100.0 / this_total as f64))
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

/// How many reviews one comparison holds: two at least (one has nothing to compare with), four
/// at most (the columns of a readable table).
pub const COMPARE_MIN: usize = 2;
pub const COMPARE_MAX: usize = 4;

/// Refuses a comparison of fewer than [`COMPARE_MIN`] or more than [`COMPARE_MAX`] reviews.
pub fn check_comparison_size(count: usize) -> crate::Result<()> {
    if (COMPARE_MIN..=COMPARE_MAX).contains(&count) {
        Ok(())
    } else {
        Err(crate::Error::invalid(
            "ids",
            "Reviews to compare",
            format!("choose between {COMPARE_MIN} and {COMPARE_MAX} reviews, not {count}"),
        ))
    }
}

/// The stored reviews `ids`, side by side, with their figures as of `today`. The size is
/// checked before any review is read.
pub fn compare_stored(
    store: &crate::Store,
    ids: &[crate::model::ReviewId],
    today: chrono::NaiveDate,
) -> crate::Result<ReviewComparison> {
    check_comparison_size(ids.len())?;
    if let Some(twice) = ids
        .iter()
        .enumerate()
        .find_map(|(i, id)| ids[..i].contains(id).then_some(id))
    {
        return Err(crate::Error::invalid(
            "ids",
            "Reviews to compare",
            format!("list each review once (review {twice} is listed twice)"),
        ));
    }
    let reviews = ids
        .iter()
        .map(|id| {
            let review = store.get_review(*id)?;
            let found = super::insights(&review, Some(today));
            Ok((review, found))
        })
        .collect::<crate::Result<Vec<_>>>()?;
    compare_reviews(&reviews)
}

/// `reviews` side by side, ranked; refused unless there are 2 to 4 of them.
pub fn compare_reviews(reviews: &[(Review, Insights)]) -> crate::Result<ReviewComparison> {
    check_comparison_size(reviews.len())?;
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
            let money = Money(&review.context.currency, Lang::En);
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
    Ok(ReviewComparison {
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
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AnswerValue, CompetitorQuote, YesNo};
    use crate::money::Money as Amount;
    use crate::sample::example_review_as_stored;

    /// 10 seats at USD 500.00 a month for the whole account, +5 seats a year, 24 months, a 3 %
    /// escalator, 10 % taxes on top, nothing else to pay.
    fn review() -> Review {
        let mut review = example_review_as_stored();
        review.context.term_months = 24;
        review.context.seats = Some(10);
        review.context.monthly_charge_minor = Some(50_000);
        review.context.monthly_charge_basis = ChargeBasis::Total;
        review.answers.clear();
        let usd = |minor| {
            AnswerValue::Money(Amount {
                minor,
                currency: "USD".into(),
            })
        };
        for (id, value) in [
            ("pricing.price_locked", AnswerValue::YesNo(YesNo::No)),
            ("pricing.escalator_percent", AnswerValue::Percent(3.0)),
            ("pricing.seat_growth_per_year", AnswerValue::Integer(5)),
            (
                "pricing.taxes_included",
                AnswerValue::Choice("extra".into()),
            ),
            ("pricing.taxes_percent", AnswerValue::Percent(10.0)),
            ("pricing.addons_monthly", usd(0)),
            ("support.included", AnswerValue::Choice("included".into())),
            ("upfront.setup_fee", usd(0)),
            ("upfront.phones_count", AnswerValue::Integer(0)),
        ] {
            review.answers.insert(id.into(), value);
        }
        review.quotes.clear();
        review
    }

    fn competitor(id: i64, quote: QuoteInput) -> CompetitorQuote {
        CompetitorQuote { id, quote }
    }

    fn quote(provider: &str, monthly_minor: i64, upfront_minor: i64) -> QuoteInput {
        QuoteInput {
            provider: provider.into(),
            monthly_minor,
            term_months: 0,
            upfront_minor,
            seats: None,
            taxes_percent: None,
            escalator_percent: None,
            notes: String::new(),
        }
    }

    fn totals(comparison: &QuoteComparison) -> Vec<(Option<u32>, Option<i64>)> {
        comparison
            .rows
            .iter()
            .map(|r| (r.rank, r.total_minor))
            .collect()
    }

    #[test]
    fn every_quote_is_costed_at_the_same_seats_growth_and_term() {
        let mut review = review();
        review.quotes = vec![
            competitor(
                1,
                QuoteInput {
                    term_months: 24,
                    seats: Some(8),
                    taxes_percent: Some(0.0),
                    escalator_percent: Some(5.0),
                    ..quote("Alpha", 40_000, 10_000)
                },
            ),
            competitor(
                2,
                QuoteInput {
                    term_months: 12,
                    taxes_percent: Some(10.0),
                    ..quote("Beta", 30_000, 0)
                },
            ),
        ];
        let i = super::super::insights(&review, None);
        // This quote: year 1 500.00 × 12 = 6,000.00; year 2 at 15 seats 500 × 15/10 = 750.00,
        // × 1.03 = 772.50 × 12 = 9,270.00; recurring 15,270.00 + 10 % taxes 1,527.00 =
        // 16,797.00.
        // Alpha, USD 400.00 for 8 seats: 400 × 10/8 = 500.00 for our 10; year 1 6,000.00; year 2
        // 500 × 15/10 = 750.00 × 1.05 = 787.50 × 12 = 9,450.00; taxes included; + 100.00
        // upfront = 15,550.00.
        // Beta, USD 300.00, seats not stated (assumed ours): 3,600.00 + 300 × 15/10 = 450.00 ×
        // 12 = 5,400.00; recurring 9,000.00 + 10 % = 900.00: 9,900.00.
        assert_eq!(
            totals(&i.quotes),
            [
                (Some(3), Some(1_679_700)),
                (Some(2), Some(1_555_000)),
                (Some(1), Some(990_000))
            ]
        );
        assert_eq!(i.quotes.rows[1].difference_minor, Some(-124_700));
        assert_eq!(i.quotes.rows[1].term, "24 months");
        assert_eq!(
            i.quotes.rows[1].assumptions,
            "Quoted for 8 seats, scaled to your 10 at its per-seat price (USD 400.00 → USD 500.00 a month); +5 seats a year at the same per-seat price; 5 % annual increase, as quoted; taxes included, as quoted; upfront USD 100.00."
        );
        assert_eq!(
            i.quotes.rows[2].assumptions,
            "Seats not stated: assumed to be for your 10 seats; +5 seats a year at the same per-seat price; no annual increase stated: none assumed; 10 % taxes and fees, as quoted; upfront USD 0.00; its 12-month contract costed over 24 months at the same terms."
        );
        // Beta saves 16,797.00 − 9,900.00 = 6,897.00, 41.06 % of 16,797.00: flagged.
        let flag = i
            .flags
            .iter()
            .find(|f| f.rule_id == "competitors.much_cheaper")
            .expect("flagged");
        assert!(
            flag.reason.starts_with(
                "Beta costs USD 9,900.00 over 24 months like for like against USD 16,797.00 for this quote, USD 6,897.00 less (41.1 %,"
            ),
            "{}",
            flag.reason
        );
    }

    #[test]
    fn a_quote_20_percent_cheaper_is_flagged_and_19_99_percent_is_not() {
        let flagged = |upfront_minor| {
            let mut review = review();
            review.quotes = vec![competitor(
                1,
                QuoteInput {
                    taxes_percent: Some(0.0),
                    escalator_percent: Some(0.0),
                    ..quote("Gamma", 40_000, upfront_minor)
                },
            )];
            let i = super::super::insights(&review, None);
            i.flags
                .iter()
                .any(|f| f.rule_id == "competitors.much_cheaper")
        };
        // 80 % of 16,797.00 is 13,437.60. Gamma: 400.00 × 12 + 400 × 15/10 = 600.00 × 12 =
        // 4,800.00 + 7,200.00 = 12,000.00, + 1,437.60 upfront = 13,437.60: exactly 20 % less.
        assert!(flagged(143_760));
        // One cent more upfront: 13,437.61 is 19.9999 % less.
        assert!(!flagged(143_761));
    }

    #[test]
    fn nothing_is_flagged_while_the_quote_under_review_is_not_costed() {
        let mut review = review();
        review.answers.remove("pricing.taxes_included");
        review.quotes = vec![competitor(1, quote("Cheap", 100, 0))];
        let i = super::super::insights(&review, None);
        assert_eq!(i.quotes.rows[0].rank, None);
        assert!(
            !i.flags
                .iter()
                .any(|f| f.rule_id == "competitors.much_cheaper")
        );
    }
}
