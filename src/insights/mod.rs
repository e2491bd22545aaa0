//! What a review's answers mean: figures beside the inputs, key figures, playbook flags and
//! suggested ratings, questions for the provider, and the comparison with competing quotes.
//! Computed from a stored review; nothing here writes.

mod answers;
pub mod compare;
pub mod figures;
pub mod playbook;
pub mod questions;

use crate::model::Review;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use compare::{QuoteComparison, ReviewComparison};
pub use figures::{Calculations, Figure, KeyFigure, Tone};
pub use playbook::{Flag, RuleView, Severity, Suggestion};
pub use questions::{ProviderQuestion, QuestionSource};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Insights {
    pub key_figures: Vec<KeyFigure>,
    /// Figures shown beside the questions they come from.
    pub figures: Vec<Figure>,
    pub flags: Vec<Flag>,
    /// One per area, in template order.
    pub suggestions: Vec<Suggestion>,
    pub provider_questions: Vec<ProviderQuestion>,
    /// The questions as plain text, ready for the clipboard.
    pub provider_questions_text: String,
    pub quotes: QuoteComparison,
    /// The raw results, for the comparison across reviews; not sent to the UI.
    #[serde(skip)]
    pub calculations: Calculations,
}

/// Everything the answers imply. `today` dates the "days left" figures; `None` leaves them out
/// (the PDF and tests use it so that output does not depend on the clock).
pub fn insights(review: &Review, today: Option<NaiveDate>) -> Insights {
    let (calculations, figures) = figures::compute(review, today);
    let flags = playbook::evaluate(review, &calculations);
    let suggestions = playbook::suggest(review, &flags);
    let provider_questions = questions::provider_questions(review);
    Insights {
        key_figures: figures::key_figures(review, &calculations),
        figures,
        flags,
        suggestions,
        provider_questions_text: questions::as_text(review, &provider_questions),
        provider_questions,
        quotes: compare::compare_quotes(review, calculations.tco.as_ref()),
        calculations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AnswerValue, Rating, YesNo};
    use crate::sample::example_review_as_stored;

    fn key(i: &Insights, id: &str) -> Option<String> {
        i.key_figures
            .iter()
            .find(|k| k.id == id)
            .and_then(|k| k.value.clone())
    }

    #[test]
    fn example_review_key_figures() {
        let i = insights(&example_review_as_stored(), None);
        // $342 + $60 add-ons for 12 seats, +2 seats and +7 % a year, 12.5 % taxes, $1,852 upfront.
        // Year 1: $402; year 2: 14 seats, ($399 + $60) × 1.07 = $491.13; year 3: 16 seats,
        // ($456 + $60) × 1.07 = $552.12 × 1.07 = $590.77 (rounded half up). Recurring
        // 12 × (402 + 491.13 + 590.77) = $17,806.80. Was USD 21,884.65 before the typed
        // promotion: the first 2 months at 50 % off now take 2 × $201 = $402 off, so recurring
        // $17,404.80, taxes 12.5 % = $2,175.60, total $1,852 + 17,404.80 + 2,175.60 = $21,432.40.
        assert_eq!(key(&i, "total_cost").as_deref(), Some("USD 21,432.40"));
        // Was USD 12,982.80 (the growth schedule with 14 and 16 seats). Now on the 12 contracted
        // seats: year 2 $402 × 1.07 = $430.14, year 3 $430.14 × 1.07 = $460.25; after month 12
        // the fee is 12 × 430.14 + 12 × 460.25 = $10,684.68, plus the promotion clawed back
        // (2 × $201 = $402) and port-out 4 × $0: $11,086.68. After month 24: 12 × $460.25
        // + $402 = $5,925.00.
        assert_eq!(key(&i, "exit_12").as_deref(), Some("USD 11,086.68"));
        assert_eq!(key(&i, "exit_24").as_deref(), Some("USD 5,925.00"));
        assert_eq!(key(&i, "downtime").as_deref(), Some("4 min 22 s a month"));
        assert_eq!(key(&i, "bandwidth").as_deref(), Some("84 %"));
        // Renewal 2030-01-04 minus 90 days.
        assert_eq!(key(&i, "notice").as_deref(), Some("2029-10-06"));
        let sla = i
            .figures
            .iter()
            .find(|f| f.anchor == "sla.measurement_window")
            .unwrap();
        assert!(
            sla.value
                .starts_with("allows 4 min 22 s of downtime a month")
        );
        // Like for like (issue 9): the competing quotes state no growth, escalator, promotion
        // or taxes, so the quote under review is $1,852 upfront + ($342 + $60) × 36 =
        // $16,324.00; Bayline $378 × 36 = $13,608.00; OpenLine $450 + $312 × 36 = $11,682.00.
        assert_eq!(
            i.quotes
                .rows
                .iter()
                .map(|r| (r.rank, r.total_minor))
                .collect::<Vec<_>>(),
            [
                (Some(3), Some(1_632_400)),
                (Some(2), Some(1_360_800)),
                (Some(1), Some(1_168_200))
            ]
        );
        assert_eq!(i.quotes.rows[0].full_total_minor, Some(2_143_240));
        assert!(
            i.quotes.rows[0].assumptions.contains(
                "seat growth (+2 a year), the 7 % annual escalator, the promotion (2 months at 50 % off), 12.5 % taxes and fees; with them the total is USD 21,432.40"
            ),
            "{}",
            i.quotes.rows[0].assumptions
        );
        assert_eq!(i.provider_questions.len(), 3);
    }

    #[test]
    fn suggestions_follow_the_worst_flag() {
        let mut review = example_review_as_stored();
        review
            .answers
            .insert("sla.has_sla".into(), AnswerValue::YesNo(YesNo::No));
        let i = insights(&review, None);
        let sla = i.suggestions.iter().find(|s| s.area_id == "sla").unwrap();
        assert_eq!(sla.rating, Some(Rating::DealBreaker));
        assert!(sla.reasons[0].starts_with("There is no written SLA"));
        let upgrades = i
            .suggestions
            .iter()
            .find(|s| s.area_id == "upgrades")
            .unwrap();
        assert_eq!(upgrades.rating, Some(Rating::Acceptable));
        review.answers.clear();
        let empty = insights(&review, None);
        assert!(
            empty
                .suggestions
                .iter()
                .all(|s| s.rating.is_none() || s.area_id == "competitors")
        );
        assert_eq!(key(&empty, "exit_12"), None);
        assert_eq!(key(&empty, "downtime"), None);
    }

    /// Each numeric rule: fires just past its threshold, not at it.
    #[test]
    fn each_threshold_rule_fires_past_its_threshold_only() {
        type Case = (&'static str, &'static str, fn(f64) -> AnswerValue, f64, f64);
        let cases: &[Case] = &[
            (
                "sla.uptime_low",
                "sla.uptime_percent",
                AnswerValue::Percent,
                99.9,
                99.89,
            ),
            (
                "sla.claim_window_short",
                "sla.claim_window_days",
                |v| AnswerValue::Days(v as i64),
                30.0,
                29.0,
            ),
            (
                "cancellation.long_notice",
                "cancellation.notice_days",
                |v| AnswerValue::Days(v as i64),
                60.0,
                61.0,
            ),
            (
                "pricing.escalator_high",
                "pricing.escalator_percent",
                AnswerValue::Percent,
                5.0,
                5.01,
            ),
            (
                "support.slow_critical",
                "support.critical_response_minutes",
                |v| AnswerValue::Integer(v as i64),
                60.0,
                61.0,
            ),
            (
                "bandwidth.latency",
                "bandwidth.latency_ms",
                AnswerValue::Decimal,
                150.0,
                150.1,
            ),
            (
                "bandwidth.jitter",
                "bandwidth.jitter_ms",
                AnswerValue::Decimal,
                30.0,
                30.1,
            ),
            (
                "bandwidth.loss",
                "bandwidth.packet_loss_percent",
                AnswerValue::Percent,
                1.0,
                1.01,
            ),
            (
                "warranty.short",
                "warranty.length_months",
                |v| AnswerValue::Months(v as i64),
                36.0,
                35.0,
            ),
            (
                "competitors.none",
                "competitors.quotes_collected",
                |v| AnswerValue::Integer(v as i64),
                1.0,
                0.0,
            ),
            (
                "upgrades.no_notice",
                "upgrades.advance_notice_days",
                |v| AnswerValue::Days(v as i64),
                1.0,
                0.0,
            ),
        ];
        for (rule, question, make, at, past) in cases {
            let mut review = example_review_as_stored();
            review.quotes.clear();
            let fired = |review: &Review| {
                insights(review, None)
                    .flags
                    .iter()
                    .any(|f| f.rule_id == *rule)
            };
            review.answers.insert((*question).into(), make(*at));
            assert!(!fired(&review), "{rule} fired at its threshold {at}");
            review.answers.insert((*question).into(), make(*past));
            assert!(fired(&review), "{rule} did not fire at {past}");
        }
    }

    #[test]
    fn upload_rule_fires_above_80_percent() {
        let mut review = example_review_as_stored();
        review
            .answers
            .insert("bandwidth.concurrent_video".into(), AnswerValue::Integer(0));
        review.answers.insert(
            "bandwidth.peak_concurrent_calls".into(),
            AnswerValue::Integer(10),
        );
        // 10 G.711 calls need 0.872 Mbps: exactly 80 % of 1.09 Mbps.
        review.answers.insert(
            "bandwidth.measured_up_mbps".into(),
            AnswerValue::Decimal(1.09),
        );
        let fired = |r: &Review| {
            insights(r, None)
                .flags
                .into_iter()
                .find(|f| f.rule_id == "bandwidth.upload_saturated")
        };
        assert!(fired(&review).is_none());
        review.answers.insert(
            "bandwidth.measured_up_mbps".into(),
            AnswerValue::Decimal(1.08),
        );
        let flag = fired(&review).unwrap();
        assert_eq!(
            flag.reason,
            "Peak calls need 0.87 Mbps, 80.7 % of your measured 1.08 Mbps upload (limit 80 %): calls will break up when the line is busy."
        );
    }

    #[test]
    fn yes_no_rules_fire_on_their_answer() {
        let mut review = example_review_as_stored();
        review.answers.insert(
            "cancellation.exit_for_cause".into(),
            AnswerValue::YesNo(YesNo::No),
        );
        review.answers.insert(
            "features.sms".into(),
            AnswerValue::Choice("not_available".into()),
        );
        review.answers.insert(
            "features.must_have".into(),
            AnswerValue::MultiChoice(vec!["sms".into()]),
        );
        let flags = insights(&review, None).flags;
        let db: Vec<&str> = flags
            .iter()
            .filter(|f| f.severity == Severity::DealBreaker)
            .map(|f| f.rule_id.as_str())
            .collect();
        assert_eq!(
            db,
            [
                "cancellation.all_remaining_no_cause",
                "features.must_have_missing"
            ]
        );
        // The fee alone on the contracted seats (see example_review_key_figures): was
        // USD 12,982.80 on the growth schedule.
        assert!(flags[0].reason.contains("(USD 10,684.68 after month 12)"));
    }

    #[test]
    fn support_paid_from_year_two_counts_in_the_total() {
        let mut review = example_review_as_stored();
        review.answers.insert(
            "support.free_first_year_only".into(),
            AnswerValue::YesNo(YesNo::Yes),
        );
        review.answers.insert(
            "support.paid_monthly".into(),
            AnswerValue::Money(crate::money::Money {
                minor: 5_000,
                currency: "USD".into(),
            }),
        );
        let i = insights(&review, None);
        // $50 support from year 2 on top of the example: year 2 ($399 + $60 + $50) × 1.07 =
        // $544.63; year 3 ($456 + $60 + $50) × 1.07 = $605.62 × 1.07 = $648.0134 → $648.01.
        // Recurring 12 × (402 + 544.63 + 648.01) − $402 promotion = $18,733.68; taxes 12.5 % =
        // $2,341.71; total $1,852 + 18,733.68 + 2,341.71 = $22,927.39.
        assert_eq!(key(&i, "total_cost").as_deref(), Some("USD 22,927.39"));
        // Per incident: $90 × 4 incidents a year = $360 a year, $30 a month, from month 1.
        review.answers.insert(
            "support.included".into(),
            AnswerValue::Choice("per_incident".into()),
        );
        review.answers.insert(
            "support.free_first_year_only".into(),
            AnswerValue::YesNo(YesNo::No),
        );
        review.answers.insert(
            "support.per_incident_fee".into(),
            AnswerValue::Money(crate::money::Money {
                minor: 9_000,
                currency: "USD".into(),
            }),
        );
        review
            .answers
            .insert("support.incidents_per_year".into(), AnswerValue::Integer(4));
        let tco = insights(&review, None).calculations.tco.unwrap();
        assert_eq!(tco.years[0].monthly_minor, 40_200 + 3_000);
    }

    #[test]
    fn a_review_with_only_a_monthly_charge_is_incomplete_and_never_ranked() {
        let complete = example_review_as_stored();
        let mut bare = example_review_as_stored();
        bare.id = 1;
        bare.is_example = false;
        bare.context.provider = "Bare Voice".into();
        bare.answers.clear();
        bare.quotes.clear();
        for area in &mut bare.areas {
            area.rating = Rating::NotReviewed;
        }
        let pair = [bare, complete].map(|r| {
            let i = insights(&r, None);
            (r, i)
        });
        let comparison = compare::compare_reviews(&pair);
        let bare_row = &comparison.reviews[0];
        // $342 a month and nothing else would have been the cheapest ($342.00 a month against
        // $21,432.40 ÷ 36 = $595.34), so it ranked first before.
        assert_eq!(bare_row.monthly_average.as_deref(), Some("USD 342.00"));
        assert_eq!(bare_row.rank, None);
        assert_eq!(bare_row.areas_reviewed, 0);
        assert_eq!(bare_row.areas_total, 10);
        assert_eq!(
            bare_row.missing,
            [
                "the price lock or annual escalator",
                "taxes and fees",
                "add-ons per month",
                "how support is priced",
                "the setup fee",
                "the phones to buy (0 if none)"
            ]
        );
        assert_eq!(comparison.reviews[1].rank, Some(1));
        assert!(comparison.reviews[1].missing.is_empty());
        // The same review's own quote comparison says it is incomplete and does not rank it.
        let mut with_quote = pair[0].0.clone();
        with_quote.quotes = example_review_as_stored().quotes;
        let quotes = insights(&with_quote, None).quotes;
        assert_eq!(quotes.rows[0].rank, None);
        assert_eq!(quotes.rows[0].missing.len(), 6);
        assert_eq!(
            quotes.rows.iter().map(|r| r.rank).collect::<Vec<_>>(),
            [None, Some(2), Some(1)]
        );
    }

    #[test]
    fn every_rule_is_in_a_real_area_with_a_unique_id() {
        let mut ids = std::collections::HashSet::new();
        for rule in playbook::RULES {
            assert!(
                crate::template::template().area(rule.area).is_some(),
                "{}",
                rule.id
            );
            assert!(ids.insert(rule.id), "{}", rule.id);
        }
    }
}
