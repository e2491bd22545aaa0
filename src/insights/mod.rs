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
        // $342 + $30 add-ons (asked once, in pricing) for 12 seats, +2 seats and +7 % a year,
        // 12.5 % taxes, $1,852 upfront:
        //   year 1: 342.00 + 30 = 372.00 × 12 = 4,464.00
        //   year 2: 342 × 14/12 = 399.00 + 30 = 429.00 × 1.07 = 459.03 × 12 = 5,508.36
        //   year 3: 342 × 16/12 = 456.00 + 30 = 486.00 × 1.07 = 520.02 × 1.07 = 556.42 × 12
        //           = 6,677.04
        //   recurring 16,649.40; taxes 12.5 % = 2,081.175 → 2,081.18;
        //   upfront 199 + 12 × 129 + 60 + 45 = 1,852.00; total 20,582.58.
        assert_eq!(key(&i, "total_cost").as_deref(), Some("USD 20,582.58"));
        // All remaining charges after month 12: 5,508.36 + 6,677.04.
        assert_eq!(key(&i, "exit_12").as_deref(), Some("USD 12,185.40"));
        // 99.99 % measured each calendar month (it was "4 min 22 s a month", 1/12 of a
        // 365-day year, which no contract month is): 0.01 % × 28 × 86 400 s = 241.92 s →
        // 4 min 2 s in February; × 31 days = 267.84 s → 4 min 28 s.
        assert_eq!(
            key(&i, "downtime").as_deref(),
            Some("4 min 2 s to 4 min 28 s each calendar month")
        );
        assert_eq!(key(&i, "bandwidth").as_deref(), Some("84 %"));
        // Notice must arrive 90 days before the end of the term, 2030-01-03 (the day before
        // the renewal date 2030-01-04): 2030-01-03 − 3 days = 2029-12-31, − 31 = 2029-11-30
        // (34 days), − 30 = 2029-10-31 (64), − 26 = 2029-10-05 (90). It said 2029-10-06
        // (renewal − 90 days): a day late for the clause's "before the end of the term".
        assert_eq!(key(&i, "notice").as_deref(), Some("2029-10-05"));
        let notice = i.key_figures.iter().find(|k| k.id == "notice").unwrap();
        assert_eq!(notice.label, "Notice must arrive by");
        assert_eq!(
            notice.detail,
            "90 days before the end of the term (2030-01-03); otherwise it renews on 2030-01-04 for 12 months"
        );
        let dates = i
            .figures
            .iter()
            .find(|f| f.anchor == "cancellation.notice_counted_before")
            .unwrap();
        assert_eq!(
            dates.value,
            "notice must arrive by 2029-10-05, 90 days before the end of the term (2030-01-03); otherwise it renews for 12 more months"
        );
        let sla = i
            .figures
            .iter()
            .find(|f| f.anchor == "sla.measurement_window")
            .unwrap();
        // 0.01 % × 365 × 86 400 s = 3 153.6 s → 52 min 34 s (nearest second).
        assert_eq!(
            sla.value,
            "allows 4 min 2 s to 4 min 28 s of downtime each calendar month (52 min 34 s a 365-day year)"
        );
        // The example excludes up to 20 h of Sunday maintenance a month, far more than the
        // 4 min 2 s February allows: a flag of its own.
        let maintenance = i
            .flags
            .iter()
            .find(|f| f.rule_id == "sla.maintenance_exceeds_allowance")
            .unwrap();
        assert!(
            maintenance.reason.starts_with(
                "Up to 20 h of scheduled maintenance each calendar month is excluded from uptime, more than all the downtime the SLA allows (4 min 2 s to 4 min 28 s each calendar month)"
            ),
            "{}",
            maintenance.reason
        );
        assert_eq!(
            i.quotes.rows.iter().map(|r| r.rank).collect::<Vec<_>>(),
            [Some(3), Some(2), Some(1)]
        );
        assert_eq!(i.provider_questions.len(), 3);
    }

    fn notice_figure(i: &Insights) -> &Figure {
        i.figures
            .iter()
            .find(|f| f.anchor == "cancellation.notice_counted_before")
            .expect("the contract dates figure")
    }

    #[test]
    fn the_notice_deadline_follows_the_clauses_wording() {
        let mut review = example_review_as_stored();
        let choose = |review: &mut Review, basis: &str| {
            review.answers.insert(
                "cancellation.notice_counted_before".into(),
                AnswerValue::Choice(basis.into()),
            );
        };
        // Before the renewal date 2030-01-04: 90 days earlier is 2029-10-06.
        choose(&mut review, "renewal_date");
        let i = insights(&review, None);
        assert_eq!(key(&i, "notice").as_deref(), Some("2029-10-06"));
        assert!(
            notice_figure(&i)
                .value
                .contains("2029-10-06, 90 days before the renewal date (2030-01-04)")
        );
        // Not sure: the earlier date, the end of the term (2029-10-05), and the provider is asked.
        choose(&mut review, "not_sure");
        let i = insights(&review, None);
        assert_eq!(key(&i, "notice").as_deref(), Some("2029-10-05"));
        assert!(
            notice_figure(&i)
                .detail
                .contains("Not sure what the clause counts from: the end of the term is used")
        );
        assert!(
            i.provider_questions
                .iter()
                .any(|q| q.question_id == "cancellation.notice_counted_before")
        );
        // Not answered: the same earlier date.
        review.answers.remove("cancellation.notice_counted_before");
        assert_eq!(
            key(&insights(&review, None), "notice").as_deref(),
            Some("2029-10-05")
        );
    }

    #[test]
    fn notice_in_months() {
        let mut review = example_review_as_stored();
        review.answers.remove("cancellation.notice_days");
        review
            .answers
            .insert("cancellation.notice_months".into(), AnswerValue::Months(3));
        // Three months before the end of the term, 2030-01-03: 2029-10-03. From there to
        // 2030-01-03: 31 (to 3 November) + 30 (to 3 December) + 31 (to 3 January) = 92 days.
        let i = insights(&review, None);
        assert_eq!(key(&i, "notice").as_deref(), Some("2029-10-03"));
        let flag = i
            .flags
            .iter()
            .find(|f| f.rule_id == "cancellation.long_notice")
            .expect("3 months is over 60 days");
        assert_eq!(
            flag.reason,
            "It renews automatically unless you give 3 months' (92 days) notice, more than 60 days: the deadline is easy to miss."
        );
        // Two months spanning January and February are 59 days: not over 60. A term from
        // 2027-04-01 ends 2030-03-31; two months earlier is 2030-01-31; 31 January → 28
        // February is 28 days, → 31 March 31 more: 59.
        review
            .answers
            .insert("cancellation.notice_months".into(), AnswerValue::Months(2));
        review.context.start_date = Some("2027-04-01".into());
        let i = insights(&review, None);
        assert_eq!(key(&i, "notice").as_deref(), Some("2030-01-31"));
        assert!(
            !i.flags
                .iter()
                .any(|f| f.rule_id == "cancellation.long_notice")
        );
        // Two months from 2027-01-04: 2029-11-03 → 2030-01-03 is 30 + 31 = 61 days: over 60.
        review.context.start_date = Some("2027-01-04".into());
        let i = insights(&review, None);
        assert_eq!(key(&i, "notice").as_deref(), Some("2029-11-03"));
        assert!(
            i.flags
                .iter()
                .any(|f| f.rule_id == "cancellation.long_notice")
        );
        // Without a start date, a month counts 365/12 days: 2 months ≈ 60.8, shown as 61.
        review.context.start_date = None;
        let flag = insights(&review, None)
            .flags
            .into_iter()
            .find(|f| f.rule_id == "cancellation.long_notice")
            .expect("about 61 days is over 60");
        assert!(
            flag.reason
                .contains("give 2 months' (about 61 days) notice")
        );
    }

    #[test]
    fn days_left_to_the_notice_deadline_and_the_warning() {
        // The example's deadline is 2029-10-05.
        let review = example_review_as_stored();
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        for (today, value, tone) in [
            // 5 September → 5 October: 30 days, no warning.
            ("2029-09-05", "2029-10-05 (30 days left)", Tone::Info),
            // 20 September → 5 October: 10 days to the 30th + 5 = 15: a warning.
            ("2029-09-20", "2029-10-05 (15 days left)", Tone::Warn),
            (
                "2029-10-05",
                "2029-10-05 (today is the last day)",
                Tone::Warn,
            ),
            ("2029-10-06", "2029-10-05 (passed 1 day ago)", Tone::Bad),
        ] {
            let i = insights(&review, Some(day(today)));
            let notice = i.key_figures.iter().find(|k| k.id == "notice").unwrap();
            assert_eq!(notice.value.as_deref(), Some(value), "{today}");
            assert_eq!(notice.tone, tone, "{today}");
            let figure = notice_figure(&i);
            assert_eq!(figure.tone, tone, "{today}");
            let left = value.split_once(" (").unwrap().1.trim_end_matches(')');
            assert!(
                figure.value.contains(&format!("; {left};")),
                "{}",
                figure.value
            );
        }
        // Every other key figure is neutral.
        let i = insights(&review, Some(day("2029-10-06")));
        assert!(
            i.key_figures
                .iter()
                .filter(|k| k.id != "notice")
                .all(|k| k.tone == Tone::Info)
        );
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
                120.0,
                121.0,
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
                "upgrades.short_notice",
                "upgrades.advance_notice_days",
                |v| AnswerValue::Days(v as i64),
                30.0,
                29.0,
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
            "Fix before go-live: peak calls need 0.87 Mbps, 80.7 % of your measured 1.08 Mbps upload (limit 80 %), so calls will break up when the line is busy. Upgrade the line's upload or cap other traffic with QoS; this is about your internet line, not the provider's contract."
        );
    }

    fn figure<'a>(i: &'a Insights, label: &str) -> &'a Figure {
        i.figures.iter().find(|f| f.label == label).unwrap()
    }

    /// Maintenance excluded from uptime is flagged once it exceeds the allowance of the
    /// shortest window: at 99.9 % a month, February allows 0.1 % × 28 × 86 400 s = 2 419.2 s
    /// (0.672 h).
    #[test]
    fn maintenance_rule_fires_past_the_allowance_only() {
        let mut review = example_review_as_stored();
        review
            .answers
            .insert("sla.uptime_percent".into(), AnswerValue::Percent(99.9));
        let fired = |r: &Review| {
            insights(r, None)
                .flags
                .iter()
                .any(|f| f.rule_id == "sla.maintenance_exceeds_allowance")
        };
        review.answers.insert(
            "sla.maintenance_excluded_hours".into(),
            AnswerValue::Decimal(0.672),
        );
        assert!(!fired(&review), "fired at exactly the allowance");
        review.answers.insert(
            "sla.maintenance_excluded_hours".into(),
            AnswerValue::Decimal(0.673),
        );
        assert!(fired(&review));
        // Counting 2 h of maintenance, February may see 2 h + 40 min 19 s of outage.
        review.answers.insert(
            "sla.maintenance_excluded_hours".into(),
            AnswerValue::Decimal(2.0),
        );
        let i = insights(&review, None);
        assert!(
            figure(&i, "Downtime the SLA permits").detail.contains(
                "Scheduled maintenance of up to 2 h each calendar month is excluded from uptime, more than the whole allowance: counting it, the service may be unavailable up to 2 h 40 min 19 s in February (28 days)."
            )
        );
    }

    /// The window follows the contract; "not sure" is a calendar month, said so.
    #[test]
    fn sla_figures_follow_the_measurement_window() {
        let mut review = example_review_as_stored();
        review
            .answers
            .insert("sla.uptime_percent".into(), AnswerValue::Percent(99.9));
        review.answers.insert(
            "sla.measurement_window".into(),
            AnswerValue::Choice("quarter".into()),
        );
        let i = insights(&review, None);
        // 0.1 % × 90 d = 7 776 s = 2 h 9 min 36 s; × 92 d = 7 948.8 s → 2 h 12 min 29 s.
        assert_eq!(
            key(&i, "downtime").as_deref(),
            Some("2 h 9 min 36 s to 2 h 12 min 29 s each calendar quarter")
        );
        // Credit tiers of the example: below 99.99 % → 10 %; 0.01 % of a 92-day quarter is
        // 794.88 s → 13 min 15 s, of a 90-day quarter 777.6 s → 12 min 58 s.
        assert!(
            figure(&i, "Service credits")
                .value
                .starts_with("over 13 min 15 s down in a 92-day quarter (over 12 min 58 s in a 90-day quarter): 10 %"),
            "{}",
            figure(&i, "Service credits").value
        );
        review.answers.insert(
            "sla.measurement_window".into(),
            AnswerValue::Choice("not_sure".into()),
        );
        let i = insights(&review, None);
        assert_eq!(
            key(&i, "downtime").as_deref(),
            Some("40 min 19 s to 44 min 38 s each calendar month")
        );
        assert!(
            figure(&i, "Downtime the SLA permits")
                .detail
                .contains("The measurement window is not known: each calendar month is assumed.")
        );
        // The uptime flag names the window's allowance, not an average month.
        review
            .answers
            .insert("sla.uptime_percent".into(), AnswerValue::Percent(99.5));
        let low = insights(&review, None)
            .flags
            .into_iter()
            .find(|f| f.rule_id == "sla.uptime_low")
            .unwrap();
        // 0.5 % × 28 d = 12 096 s = 3 h 21 min 36 s; × 31 d = 13 392 s = 3 h 43 min 12 s.
        assert!(
            low.reason.ends_with(
                "the service may be down 3 h 21 min 36 s to 3 h 43 min 12 s each calendar month without breaching the SLA."
            ),
            "{}",
            low.reason
        );
    }

    /// The bandwidth figure uses the codec, interval and link answered, shows the rule of
    /// thumb beside it, and words a saturated upload as a line to fix before go-live.
    #[test]
    fn bandwidth_figures_use_interval_link_and_rule_of_thumb() {
        let mut review = example_review_as_stored();
        let set = |r: &mut Review, id: &str, v: AnswerValue| {
            r.answers.insert(id.into(), v);
        };
        set(
            &mut review,
            "bandwidth.codec",
            AnswerValue::Choice("ilbc".into()),
        );
        set(
            &mut review,
            "bandwidth.packetisation_ms",
            AnswerValue::Choice("30".into()),
        );
        set(
            &mut review,
            "bandwidth.link_layer",
            AnswerValue::Choice("ppp_crtp".into()),
        );
        set(
            &mut review,
            "bandwidth.concurrent_video",
            AnswerValue::Integer(0),
        );
        let i = insights(&review, None);
        let needed = figure(&i, "Bandwidth needed");
        // iLBC 30 ms on PPP with cRTP: (50 + 2 + 6) bytes × 8 × 33.33/s = 15 466.7 bit/s;
        // × 8 calls = 123 733 bit/s → 0.12 Mbps.
        assert!(
            needed
                .value
                .starts_with("8 iLBC calls need 0.12 Mbps each way"),
            "{}",
            needed.value
        );
        assert!(
            needed.detail.starts_with(
                "15.5 kbps per call = (50 bytes of iLBC at 13.33 kbit/s + 2 bytes of compressed IP/UDP/RTP headers + 6 bytes of PPP serial line header) × 8 × 33.33 packets a second (30 ms packets)."
            ),
            "{}",
            needed.detail
        );
        // 8 × 100 kbps = 0.8 Mbps; 8 × 500 kbps = 4 Mbps.
        assert_eq!(
            figure(&i, "Planning rule of thumb (for comparison)").value,
            "8 calls × 100 kbps ≈ 0.80 Mbps each way; 4.00 Mbps at the conservative 500 kbps a call"
        );
        // iLBC cannot be sent in 10 ms packets: the figure says why.
        set(
            &mut review,
            "bandwidth.packetisation_ms",
            AnswerValue::Choice("10".into()),
        );
        assert_eq!(
            figure(&insights(&review, None), "Bandwidth needed").value,
            "Packetisation interval: iLBC is sent in 20, 30, 40 ms packets, not 10 ms"
        );
        // 10 G.711 calls at 20 ms on Ethernet need 0.872 Mbps: 80.7 % of 1.08 Mbps.
        set(
            &mut review,
            "bandwidth.codec",
            AnswerValue::Choice("g711".into()),
        );
        set(
            &mut review,
            "bandwidth.packetisation_ms",
            AnswerValue::Choice("20".into()),
        );
        set(
            &mut review,
            "bandwidth.link_layer",
            AnswerValue::Choice("ethernet".into()),
        );
        set(
            &mut review,
            "bandwidth.peak_concurrent_calls",
            AnswerValue::Integer(10),
        );
        set(
            &mut review,
            "bandwidth.measured_up_mbps",
            AnswerValue::Decimal(1.08),
        );
        let i = insights(&review, None);
        assert!(
            figure(&i, "Bandwidth needed")
                .value
                .ends_with("At 81 % of the upload (above 80 %), fix the line before go-live: a faster upload, voice first (QoS), or less other traffic"),
        );
        assert!(
            i.key_figures
                .iter()
                .find(|k| k.id == "bandwidth")
                .unwrap()
                .detail
                .ends_with(
                    "80.7 % of the measured upload: above 80 %, a line to fix before go-live"
                )
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
                "cancellation.exit_fee_no_cause",
                "features.must_have_missing"
            ]
        );
        assert!(
            flags[0]
                .reason
                .contains("; leaving after month 12 costs USD 12,185.40)")
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
