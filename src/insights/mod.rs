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
    /// What the owner still has to check before signing (references, a test ticket, the
    /// provider's reputation, their own "not sure" answers). Never in the provider's text.
    pub owner_checks: Vec<ProviderQuestion>,
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
        owner_checks: questions::owner_checks(review),
        quotes: compare::compare_quotes(review, calculations.tco.as_ref()),
        calculations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::support::ResponseGrade;
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
        // $342 + $30 add-ons for 12 seats, +2 seats and +7 % a year, 12.5 % taxes, $1,852 upfront.
        assert_eq!(key(&i, "total_cost").as_deref(), Some("USD 21,884.65"));
        assert_eq!(key(&i, "exit_12").as_deref(), Some("USD 12,982.80"));
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
        assert_eq!(
            i.quotes.rows.iter().map(|r| r.rank).collect::<Vec<_>>(),
            [Some(3), Some(2), Some(1)]
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
        assert!(flags[0].reason.contains("(USD 12,982.80 after month 12)"));
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

    fn figure(i: &Insights, label: &str) -> Figure {
        i.figures
            .iter()
            .find(|f| f.label == label)
            .unwrap_or_else(|| panic!("no figure {label}"))
            .clone()
    }

    fn fires(review: &Review, rule: &str) -> bool {
        insights(review, None)
            .flags
            .iter()
            .any(|f| f.rule_id == rule)
    }

    /// The seeds' support, security and hardware terms: each numeric rule at and past its
    /// threshold.
    #[test]
    fn seed_threshold_rules_fire_past_their_threshold_only() {
        // (rule, question, at the threshold, just past it). The example promises a reply to a
        // question (P4) within 1440 minutes, so a test ticket answered in 1440 is on time.
        let cases = [
            (
                "support.p1_resolution_slow",
                "support.p1_resolution_hours",
                4,
                5,
            ),
            (
                "upgrades.slow_critical_patch",
                "upgrades.critical_patch_hours",
                72,
                73,
            ),
            (
                "support.test_ticket_slow",
                "support.test_ticket_minutes",
                1440,
                1441,
            ),
        ];
        for (rule, question, at, past) in cases {
            let mut review = example_review_as_stored();
            review
                .answers
                .insert(question.into(), AnswerValue::Integer(at));
            assert!(!fires(&review, rule), "{rule} fired at its threshold {at}");
            review
                .answers
                .insert(question.into(), AnswerValue::Integer(past));
            assert!(fires(&review, rule), "{rule} did not fire at {past}");
        }
        let mut review = example_review_as_stored();
        review.answers.insert(
            "support.p1_resolution_hours".into(),
            AnswerValue::Integer(8),
        );
        let flag = insights(&review, None)
            .flags
            .into_iter()
            .find(|f| f.rule_id == "support.p1_resolution_slow")
            .unwrap();
        assert_eq!(
            flag.reason,
            "A critical (system down) issue may take 8 hours to fix, longer than 4 hours: more than half a working day without phones."
        );
        // No promise for a question: a test ticket has nothing to be slower than.
        review.answers.remove("support.p4_response_minutes");
        review.answers.insert(
            "support.test_ticket_minutes".into(),
            AnswerValue::Integer(5000),
        );
        assert!(!fires(&review, "support.test_ticket_slow"));
    }

    #[test]
    fn seed_choice_rules_fire_on_their_answers() {
        let choice = |id: &str| AnswerValue::Choice(id.into());
        let base = example_review_as_stored();
        let with = |pairs: &[(&str, AnswerValue)]| {
            let mut review = base.clone();
            for (id, value) in pairs {
                review.answers.insert((*id).into(), value.clone());
            }
            review
        };
        let yes = AnswerValue::YesNo(YesNo::Yes);
        let no = AnswerValue::YesNo(YesNo::No);
        // A business-hours clock matters only to a business that runs longer.
        let clock = with(&[("support.clock", choice("business_hours"))]);
        assert!(!fires(&clock, "support.clock_business_hours"));
        let clock = with(&[
            ("support.clock", choice("business_hours")),
            ("support.business_runs_after_hours", yes.clone()),
        ]);
        assert!(fires(&clock, "support.clock_business_hours"));
        let clock = with(&[
            ("support.clock", choice("p1_24x7")),
            ("support.business_runs_after_hours", yes),
        ]);
        assert!(!fires(&clock, "support.clock_business_hours"));
        for (question, answer, rule) in [
            (
                "support.clock_starts",
                choice("acknowledged"),
                "support.clock_from_acknowledgement",
            ),
            (
                "support.response_credits",
                no.clone(),
                "support.no_response_credits",
            ),
            (
                "support.reference_check",
                choice("none_given"),
                "support.references_refused",
            ),
            (
                "support.reference_check",
                choice("concerns"),
                "support.references_concerns",
            ),
            (
                "support.reputation_check",
                choice("complaints"),
                "support.reputation_poor",
            ),
            (
                "warranty.doa_replaced",
                no.clone(),
                "warranty.doa_not_replaced",
            ),
        ] {
            assert!(!fires(&base, rule), "{rule} fired on the example");
            assert!(fires(&with(&[(question, answer)]), rule), "{rule}");
        }
        // Your own phones: nothing arrives from the provider.
        let own = with(&[
            ("warranty.doa_replaced", no),
            ("warranty.hardware_mode", choice("byod")),
        ]);
        assert!(!fires(&own, "warranty.doa_not_replaced"));
    }

    #[test]
    fn severity_table_of_the_example_by_hand() {
        let i = insights(&example_review_as_stored(), None);
        let table = figure(&i, figures::SEVERITY_FIGURE);
        // Responses 30 min / 2 h / 8 h / 24 h on the scale (≤15 excellent, ≤2 h good, 2–4 h fair,
        // ≥4 h weak): good, good, weak, weak. Fixes 4 h / 8 h / 72 h = 3 days / 120 h = 5 days.
        // The clock is 24/7 for P1 only, so P2 is worked out on business hours: logged Friday
        // 17:00, the clock restarts Monday 09:00 (64 h later); 2 h → Monday 11:00 (66 h);
        // 8 h → Monday 17:00 (72 h = 3 days).
        assert_eq!(
            table.value,
            "P1 30 min (good), fixed in 4 h · P2 2 h (good), fixed in 8 h · P3 8 h (weak), fixed in 3 days · P4 24 h (weak), fixed in 5 days; business-hours clock: a P2 logged on Friday at 17:00 is answered by Monday 11:00 (66 h later) and fixed by Monday 17:00 (3 days later)"
        );
        assert_eq!(table.tone, Tone::Warn);
        assert!(
            table
                .detail
                .contains("The clock starts when the ticket is logged.")
        );
        let levels = &i.calculations.support_levels;
        assert_eq!(levels.len(), 4);
        assert_eq!(
            levels.iter().map(|l| l.grade).collect::<Vec<_>>(),
            [
                Some(ResponseGrade::Good),
                Some(ResponseGrade::Good),
                Some(ResponseGrade::Weak),
                Some(ResponseGrade::Weak)
            ]
        );
        // 95 minutes = 1 h 35 min: good; within the 24 h promised for a question.
        assert_eq!(
            figure(&i, "Test ticket").value,
            "first reply after 1 h 35 min (good); within the 24 h promised for a question (P4)"
        );
        assert_eq!(
            figure(&i, "Critical security fixes").value,
            "48 h: within the 72-hour benchmark"
        );
        assert_eq!(
            figure(&i, "Version support against the term").value,
            "36 months: covers the 36-month term"
        );
        assert_eq!(
            figure(&i, "Damage on arrival").value,
            "replaced free if reported within 14 days of delivery"
        );

        // A P1 on a business-hours clock: 30 min → Monday 09:30, 64 h 30 min after the fault;
        // a 9 h fix → Monday's 8 h and 1 h on Tuesday: Tuesday 10:00, 64 + 24 + 1 = 89 h.
        let mut review = example_review_as_stored();
        review.answers.insert(
            "support.clock".into(),
            AnswerValue::Choice("business_hours".into()),
        );
        review.answers.insert(
            "support.p1_resolution_hours".into(),
            AnswerValue::Integer(9),
        );
        let i = insights(&review, None);
        assert_eq!(
            i.calculations.support_clock_note.as_deref(),
            Some(
                "On a business-hours clock, a P1 logged on Friday at 17:00 is answered by Monday 09:30 (64 h 30 min later) and fixed by Tuesday 10:00 (89 h later)."
            )
        );
        // A version supported for 24 months on a 36-month term: 12 months short.
        review.answers.insert(
            "upgrades.version_support_months".into(),
            AnswerValue::Months(24),
        );
        let i = insights(&review, None);
        let versions = figure(&i, "Version support against the term");
        assert_eq!(
            versions.value,
            "24 months: 12 months short of the 36-month term"
        );
        assert_eq!(versions.tone, Tone::Warn);
    }

    #[test]
    fn owner_checks_stay_out_of_the_providers_questions() {
        let mut review = example_review_as_stored();
        let i = insights(&review, None);
        // The example has done every check but the phone's own warranty.
        let owner: Vec<&str> = i
            .owner_checks
            .iter()
            .map(|q| q.question_id.as_str())
            .collect();
        assert_eq!(owner, ["warranty.model_lookup"]);
        review.answers.insert(
            "support.business_runs_after_hours".into(),
            AnswerValue::YesNo(YesNo::NotSure),
        );
        review.answers.insert(
            "support.reference_check".into(),
            AnswerValue::Choice("not_yet".into()),
        );
        review.answers.insert(
            "competitors.counter_offer_requested".into(),
            AnswerValue::YesNo(YesNo::NotSure),
        );
        review.answers.remove("support.test_ticket_minutes");
        let i = insights(&review, None);
        let owner: Vec<&str> = i
            .owner_checks
            .iter()
            .map(|q| q.question_id.as_str())
            .collect();
        assert_eq!(
            owner,
            [
                "competitors.counter_offer_requested",
                "support.business_runs_after_hours",
                "support.reference_check",
                "support.test_ticket_minutes",
                "warranty.model_lookup"
            ]
        );
        let template = crate::template::template();
        for q in &i.provider_questions {
            let (_, question) = template.question(&q.question_id).unwrap();
            assert_eq!(
                question.asked_of,
                crate::template::AskedOf::Provider,
                "{}",
                q.question_id
            );
        }
        for q in &i.owner_checks {
            assert!(
                !i.provider_questions_text.contains(&q.question),
                "owner's check in the provider's text: {}",
                q.question
            );
        }
        assert!(!i.provider_questions_text.contains("counter-offer"));
        assert!(
            !i.provider_questions_text
                .contains("outside normal business hours")
        );
    }
}
