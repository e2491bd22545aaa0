//! What a review's answers mean: figures beside the inputs, key figures, playbook flags and
//! suggested ratings, questions for the provider, and the comparison with competing quotes.
//! Computed from a stored review; nothing here writes.

mod answers;
pub mod compare;
pub mod figures;
pub mod playbook;
pub mod questions;
pub mod words;

use crate::i18n::Lang;
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
    insights_in(review, today, Lang::En)
}

/// [`insights`] with every sentence in `lang` (the figures, flags, suggestions, questions and
/// comparison, the template's titles and labels they quote); the calculations' numbers are the
/// same in every language, their few words (must-have names, severity meanings, the clock
/// note) in `lang`.
pub fn insights_in(review: &Review, today: Option<NaiveDate>, lang: Lang) -> Insights {
    let (calculations, figures) = figures::compute_in(review, today, lang);
    let flags = playbook::evaluate_in(review, &calculations, lang);
    let suggestions = playbook::suggest_in(review, &flags, lang);
    let provider_questions = questions::provider_questions_in(review, lang);
    Insights {
        key_figures: figures::key_figures_in(review, &calculations, lang),
        figures,
        flags,
        suggestions,
        provider_questions_text: questions::as_text_in(review, &provider_questions, lang),
        provider_questions,
        owner_checks: questions::owner_checks_in(review, lang),
        quotes: compare::compare_quotes_in(review, calculations.tco.as_ref(), lang),
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
    fn a_total_without_taxes_because_they_are_not_sure_says_so() {
        let mut review = example_review_as_stored();
        review.answers.insert(
            "pricing.taxes_included".into(),
            AnswerValue::Choice("not_sure".into()),
        );
        let i = insights(&review, None);
        // The example's total without its 12.5 % taxes: 1,852.00 + 16,277.40 = 18,129.40
        // (see example_review_key_figures for the recurring charges).
        assert_eq!(
            key(&i, "total_cost").as_deref(),
            Some("USD 18,129.40, taxes not included")
        );
        let total = i.key_figures.iter().find(|k| k.id == "total_cost").unwrap();
        assert!(
            total.detail.starts_with(
                "Taxes and fees are not included: whether they are charged on top is \"Not sure\"."
            ),
            "{}",
            total.detail
        );
        let figure = i
            .figures
            .iter()
            .find(|f| f.label == "36-month total cost")
            .unwrap();
        assert_eq!(figure.value, "USD 18,129.40, taxes not included");
        assert_eq!(figure.tone, Tone::Warn);
        // Charged on top with no rate entered: also left out, with its own reason.
        review.answers.insert(
            "pricing.taxes_included".into(),
            AnswerValue::Choice("extra".into()),
        );
        review.answers.remove("pricing.taxes_percent");
        let i = insights(&review, None);
        let total = i.key_figures.iter().find(|k| k.id == "total_cost").unwrap();
        assert!(total.detail.starts_with("Taxes and fees are not included: they are charged on top, but their rate is not entered."));
        // Included in the price: nothing is left out, the plain total.
        review.answers.insert(
            "pricing.taxes_included".into(),
            AnswerValue::Choice("included".into()),
        );
        assert_eq!(
            key(&insights(&review, None), "total_cost").as_deref(),
            Some("USD 18,129.40")
        );
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
        //   recurring 16,649.40. Was USD 20,582.58 before the typed promotion: the first 2
        //   months at 50 % off take 2 × 186.00 = 372.00 off: recurring 16,277.40; taxes
        //   12.5 % = 2,034.675 → 2,034.68; upfront 199 + 12 × 129 + 60 + 45 = 1,852.00;
        //   total 1,852 + 16,277.40 + 2,034.68 = 20,164.08.
        assert_eq!(key(&i, "total_cost").as_deref(), Some("USD 20,164.08"));
        // Was USD 12,185.40 (all remaining charges on the growth schedule, 14 and 16 seats).
        // Now on the 12 contracted seats: year 2 372.00 × 1.07 = 398.04, year 3 398.04 × 1.07
        // = 425.9028 → 425.90; after month 12 the fee is 12 × 398.04 + 12 × 425.90 =
        // 4,776.48 + 5,110.80 = 9,887.28, plus the promotion clawed back (372.00) and port-out
        // 4 × 0.00: 10,259.28. After month 24: 5,110.80 + 372.00 = 5,482.80.
        assert_eq!(key(&i, "exit_12").as_deref(), Some("USD 10,259.28"));
        assert_eq!(key(&i, "exit_24").as_deref(), Some("USD 5,482.80"));
        // 99.99 % measured each calendar month (it was "4 min 22 s a month", 1/12 of a
        // 365-day year, which no contract month is): 0.01 % × 28 × 86 400 s = 241.92 s →
        // 4 min 2 s in February; × 31 days = 267.84 s → 4 min 28 s.
        assert_eq!(
            key(&i, "downtime").as_deref(),
            Some("4 min 2 s to 4 min 28 s each calendar month")
        );
        // 8 G.711 calls at 20 ms on Ethernet: 64 kbit/s + 50 packets × (40 + 18) bytes × 8 =
        // 87.2 kbps each (Cisco 7934), 697.6 kbps; 2 video meetings × 1,500 kbps = 3,000 kbps;
        // 3,697.6 kbps of the measured 22.5 Mbps upload = 16.43 %, leaving 83.57 % → "84 %".
        assert_eq!(key(&i, "bandwidth").as_deref(), Some("84 %"));
        // Notice must arrive 90 days before the end of the term, 2030-01-03 (the day before
        // the renewal date 2030-01-04): 2030-01-03 − 3 days = 2029-12-31, − 31 = 2029-11-30
        // (34 days), − 30 = 2029-10-31 (64), − 26 = 2029-10-05 (90). It said 2029-10-06
        // (renewal − 90 days): a day late for the clause's "before the end of the term".
        assert_eq!(key(&i, "notice").as_deref(), Some("5 Oct 2029"));
        let notice = i.key_figures.iter().find(|k| k.id == "notice").unwrap();
        assert_eq!(notice.label, "Notice must arrive by");
        assert_eq!(
            notice.detail,
            "90 days before the end of the term (3 Jan 2030); otherwise it renews on 4 Jan 2030 for 12 months"
        );
        let dates = i
            .figures
            .iter()
            .find(|f| f.anchor == "cancellation.notice_counted_before")
            .unwrap();
        assert_eq!(
            dates.value,
            "notice must arrive by 5 Oct 2029, 90 days before the end of the term (3 Jan 2030); otherwise it renews for 12 more months"
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
        // Like for like (issue 9): every quote at the review's 12 seats +2 a year over 36
        // months, its own taxes and escalator where stated, upfront included. The quote under
        // review is its total cost, USD 20,164.08 (above).
        // Bayline, USD 378.00 quoted for 12 seats, 12.5 % taxes, no escalator stated:
        //   year 1 378.00 × 12 = 4,536.00; year 2 378 × 14/12 = 441.00 × 12 = 5,292.00;
        //   year 3 378 × 16/12 = 504.00 × 12 = 6,048.00; recurring 15,876.00;
        //   taxes 12.5 % = 1,984.50; total 17,860.50.
        // OpenLine, USD 312.00, seats, taxes and escalator not stated, USD 450 upfront:
        //   312 × 12 = 3,744.00; 312 × 14/12 = 364.00 × 12 = 4,368.00; 312 × 16/12 = 416.00
        //   × 12 = 4,992.00; recurring 13,104.00 + 450.00 = 13,554.00.
        assert_eq!(
            i.quotes
                .rows
                .iter()
                .map(|r| (r.rank, r.total_minor))
                .collect::<Vec<_>>(),
            [
                (Some(3), Some(2_016_408)),
                (Some(2), Some(1_786_050)),
                (Some(1), Some(1_355_400))
            ]
        );
        assert_eq!(
            i.quotes.rows[0].assumptions,
            "12 seats; +2 seats a year; USD 372.00 a month in year 1; 7 % annual increase; the promotion (2 months at 50 % off); 12.5 % taxes and fees; upfront USD 1,852.00."
        );
        assert_eq!(
            i.quotes.rows[1].assumptions,
            "Quoted for your 12 seats; +2 seats a year at the same per-seat price; no annual increase stated: none assumed; 12.5 % taxes and fees, as quoted; upfront USD 0.00; month-to-month: the same terms assumed for all 36 months."
        );
        assert_eq!(
            i.quotes.rows[2].assumptions,
            "Seats not stated: assumed to be for your 12 seats; +2 seats a year at the same per-seat price; no annual increase stated: none assumed; taxes not stated: none added (the quote under review adds 12.5 %; ask); upfront USD 450.00; month-to-month: the same terms assumed for all 36 months."
        );
        // OpenLine is 20,164.08 − 13,554.00 = 6,610.08 cheaper: 6,610.08 ÷ 20,164.08 =
        // 32.78 %, at least 20 %: a flag in the competitors area. Bayline's 2,303.58 is 11.4 %.
        let cheaper = i
            .flags
            .iter()
            .find(|f| f.rule_id == "competitors.much_cheaper")
            .expect("the much-cheaper flag");
        assert_eq!(cheaper.area_id, "competitors");
        assert_eq!(
            cheaper.reason,
            "OpenLine Cloud PBX costs USD 13,554.00 over 36 months like for like against USD 20,164.08 for this quote, USD 6,610.08 less (32.8 %, the flag is at 20 % or more). Show it to the provider and ask for a written counter-offer, and weigh what the cheaper quote leaves out."
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
        assert_eq!(key(&i, "notice").as_deref(), Some("6 Oct 2029"));
        assert!(
            notice_figure(&i)
                .value
                .contains("6 Oct 2029, 90 days before the renewal date (4 Jan 2030)")
        );
        // Not sure: the earlier date, the end of the term (2029-10-05), and the provider is asked.
        choose(&mut review, "not_sure");
        let i = insights(&review, None);
        assert_eq!(key(&i, "notice").as_deref(), Some("5 Oct 2029"));
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
            Some("5 Oct 2029")
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
        assert_eq!(key(&i, "notice").as_deref(), Some("3 Oct 2029"));
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
        assert_eq!(key(&i, "notice").as_deref(), Some("31 Jan 2030"));
        assert!(
            !i.flags
                .iter()
                .any(|f| f.rule_id == "cancellation.long_notice")
        );
        // Two months from 2027-01-04: 2029-11-03 → 2030-01-03 is 30 + 31 = 61 days: over 60.
        review.context.start_date = Some("2027-01-04".into());
        let i = insights(&review, None);
        assert_eq!(key(&i, "notice").as_deref(), Some("3 Nov 2029"));
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
            ("2029-09-05", "5 Oct 2029 (30 days left)", Tone::Info),
            // 20 September → 5 October: 10 days to the 30th + 5 = 15: a warning.
            ("2029-09-20", "5 Oct 2029 (15 days left)", Tone::Warn),
            (
                "2029-10-05",
                "5 Oct 2029 (today is the last day)",
                Tone::Warn,
            ),
            ("2029-10-06", "5 Oct 2029 (passed 1 day ago)", Tone::Bad),
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
        i.figures
            .iter()
            .find(|f| f.label == label)
            .unwrap_or_else(|| panic!("no figure {label}"))
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
        // The cost to leave on the contracted seats (see example_review_key_figures): was
        // USD 12,185.40 on the growth schedule.
        assert!(
            flags[0]
                .reason
                .contains("; leaving after month 12 costs USD 10,259.28)")
        );
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
        // $50 support from year 2 on top of the example: year 2 ($399 + $30 + $50) × 1.07 =
        // $512.53; year 3 ($456 + $30 + $50) × 1.07 = $573.52 × 1.07 = $613.6664 → $613.67.
        // Recurring 12 × (372 + 512.53 + 613.67) − $372 promotion = $17,606.40; taxes 12.5 % =
        // $2,200.80; total $1,852 + 17,606.40 + 2,200.80 = $21,659.20.
        assert_eq!(key(&i, "total_cost").as_deref(), Some("USD 21,659.20"));
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
        assert_eq!(tco.years[0].monthly_minor, 37_200 + 3_000);
    }

    #[test]
    fn an_amount_in_another_currency_is_left_out_and_says_so_beside_its_question() {
        let usd = example_review_as_stored();
        let mut mixed = usd.clone();
        for (id, value) in [
            (
                "support.free_first_year_only",
                AnswerValue::YesNo(YesNo::Yes),
            ),
            (
                "support.paid_monthly",
                AnswerValue::Money(crate::money::Money {
                    minor: 5_000,
                    currency: "EUR".into(),
                }),
            ),
        ] {
            mixed.answers.insert(id.into(), value);
        }
        let i = insights(&mixed, None);
        // In USD the same $50 changes the total (support_paid_from_year_two_counts_in_the_total);
        // in euros it is not added to dollars: the total is the example's own, and says what it
        // leaves out, on the summary and the PDF's first page too.
        let example_total = key(&insights(&usd, None), "total_cost").unwrap();
        assert_eq!(
            key(&i, "total_cost"),
            Some(format!(
                "{example_total}, without an amount in another currency"
            ))
        );
        let total = i.key_figures.iter().find(|k| k.id == "total_cost").unwrap();
        assert!(
            total.detail.ends_with(
                ". Not counted, in another currency: EUR 50.00 for “Monthly cost of paid support \
                 (the plan or tier you need)”."
            ),
            "{}",
            total.detail
        );
        assert_eq!(total.tone, Tone::Warn);
        let left_out: Vec<_> = i
            .figures
            .iter()
            .filter(|f| f.label == "Not counted in the figures")
            .collect();
        assert_eq!(left_out.len(), 1, "{left_out:?}");
        let figure = left_out[0];
        assert_eq!(
            (figure.area_id.as_str(), figure.anchor.as_str()),
            ("support", "support.paid_monthly")
        );
        assert_eq!(
            figure.value,
            "Monthly cost of paid support (the plan or tier you need), EUR 50.00 (this review \
             is in USD)"
        );
        assert_eq!(
            figure.detail,
            "It is saved in EUR, not in the review's currency, USD: the totals, the costs to \
             leave and the flags leave it out. Type the amount again in USD to count it."
        );
        assert_eq!(figure.tone, Tone::Warn);
        // Nothing is said of the amounts in the review's own currency.
        assert!(
            !insights(&usd, None)
                .figures
                .iter()
                .any(|f| f.label == "Not counted in the figures")
        );
        // In Chinese, with the question's Chinese words.
        let zh = insights_in(&mixed, None, Lang::ZhHans);
        let figure = zh
            .figures
            .iter()
            .find(|f| f.anchor == "support.paid_monthly" && f.label == "未计入计算结果")
            .expect("the Chinese figure");
        let total = zh
            .key_figures
            .iter()
            .find(|k| k.id == "total_cost")
            .unwrap();
        assert!(
            total
                .value
                .as_deref()
                .is_some_and(|v| v.ends_with("，未计入 1 笔其他币种金额")),
            "{:?}",
            total.value
        );
        assert!(
            figure
                .value
                .starts_with("付费技术支持的每月费用（你需要的方案或级别），")
                && figure.value.ends_with("（本审查使用 USD）"),
            "{}",
            figure.value
        );
        assert_eq!(
            figure.detail,
            "该金额以 EUR 保存，不是本审查的货币 USD：各项总额、解约费用和提示都不计入它。\
             请以 USD 重新输入该金额后才会计入。"
        );
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
        let comparison = compare::compare_reviews(&pair).unwrap();
        let bare_row = &comparison.reviews[0];
        // $342 a month and nothing else would have been the cheapest ($342.00 a month against
        // $20,164.08 ÷ 36 = $560.11), so it ranked first before.
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
        // Responses 30 min / 2 h / 8 h / 24 h on the scale (≤15 excellent, ≤2 h good, over 2 h weak):
        // good, good, weak, weak. Fixes 4 h / 8 h / 72 h = 3 days / 120 h = 5 days.
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

    #[test]
    fn the_must_have_cards_come_after_every_question_of_their_area() {
        // So ticking a must-have never pushes down a field the owner is about to type into.
        let features = crate::template::template()
            .areas
            .iter()
            .find(|a| a.id == "features")
            .unwrap();
        let last = &features.questions.last().unwrap().id;
        assert_eq!(last, figures::MUST_HAVE_CARDS_AFTER);
        assert!(
            features.questions.last().unwrap().show_if.is_none(),
            "always shown"
        );

        // Call recording is sold as an add-on in the example; ticking it as a must-have adds
        // the card, anchored after the CRM question.
        let mut review = example_review_as_stored();
        review.answers.insert(
            "features.must_have".into(),
            AnswerValue::MultiChoice(vec!["call_recording".into()]),
        );
        let i = insights(&review, None);
        let card = i
            .figures
            .iter()
            .find(|f| f.label == "Must-haves sold as add-ons")
            .unwrap();
        assert_eq!(card.anchor, "features.crm_name");
        assert_eq!(card.value, "Call recording");
    }
}

#[cfg(test)]
mod chinese {
    use super::*;
    use crate::sample::example_review_as_stored;

    fn key(i: &Insights, id: &str) -> KeyFigure {
        i.key_figures.iter().find(|k| k.id == id).unwrap().clone()
    }

    #[test]
    fn the_example_reviews_key_figures_in_chinese() {
        let i = insights_in(&example_review_as_stored(), None, Lang::ZhHans);
        // Worked by hand in tests::example_review_key_figures: total USD 20,164.08 (upfront
        // 1,852.00 + recurring 16,277.40 + taxes 2,034.68), exits USD 10,259.28 after month 12
        // and USD 5,482.80 after month 24; written with the dollar sign in Chinese.
        let total = key(&i, "total_cost");
        assert_eq!(total.label, "36个月的总费用");
        assert_eq!(total.value.as_deref(), Some("$20,164.08"));
        assert!(
            total
                .detail
                .starts_with("一次性费用$1,852.00 + 月费$16,277.40 + 税费$2,034.68"),
            "{}",
            total.detail
        );
        let exit = key(&i, "exit_12");
        assert_eq!(exit.label, "第12个月后解约的费用");
        assert_eq!(exit.value.as_deref(), Some("$10,259.28"));
        // All remaining monthly charges on the 12 contracted seats (9,887.28, see the English
        // test), the promotion clawed back (372.00), port-out 0.00, no hardware balance.
        assert_eq!(
            exit.detail,
            "提前解约费$9,887.28（剩余24个月，合计$9,887.28） + 号码携出费$0.00 + 优惠返还$372.00 + 硬件余款$0.00 = $10,259.28；按合同座席数和合同约定的费用计算"
        );
        assert_eq!(key(&i, "exit_24").value.as_deref(), Some("$5,482.80"));
        // 99.99 % each calendar month: 241.92 s → 4分2秒 (February), 267.84 s → 4分28秒
        // (31 days); a 365-day year 3 153.6 s → 52分34秒.
        let downtime = key(&i, "downtime");
        assert_eq!(downtime.label, "服务等级协议（SLA）允许的停机时间");
        assert_eq!(downtime.value.as_deref(), Some("每个自然月4分2秒至4分28秒"));
        assert!(
            downtime
                .detail
                .starts_with("可用性99.99%：2月（28天）4分2秒，")
                && downtime.detail.ends_with("；按一年365天计为52分34秒"),
            "{}",
            downtime.detail
        );
        // 16.43 % of the upload used leaves 83.57 % → "84%".
        assert_eq!(key(&i, "bandwidth").value.as_deref(), Some("84%"));
        // Notice 90 days before the end of the term (3 Jan 2030): 5 Oct 2029.
        let notice = key(&i, "notice");
        assert_eq!(notice.label, "解约通知最迟送达日（含当日）");
        assert_eq!(notice.value.as_deref(), Some("2029年10月5日"));
        assert_eq!(
            notice.detail,
            "合同期限结束（2030年1月3日）前90天；否则合同将于2030年1月4日自动续约，续约期限12个月"
        );
    }

    /// English words left in a Chinese text: runs of 3+ ASCII letters, except the product and
    /// unit names a Chinese text keeps (codecs, units, the source's title, what the owner typed).
    fn english_words(text: &str) -> Vec<String> {
        const KEPT: &[&str] = &[
            "SLA",
            "MOS",
            "Mbps",
            "kbps",
            "kbit",
            "ITU",
            "QoS",
            "VLAN",
            "PPP",
            "MLPPP",
            "FRF",
            "RTP",
            "UDP",
            "Cisco",
            "Voice",
            "Over",
            "Per",
            "Call",
            "Bandwidth",
            "Consumption",
            "SKU",
            "USD",
        ];
        let example = crate::sample::example_review_as_stored();
        let typed: Vec<String> = [
            &example.context.provider,
            &example.context.plan,
            &example.context.quote_reference,
        ]
        .iter()
        .map(|s| s.to_string())
        .chain(example.quotes.iter().map(|q| q.quote.provider.clone()))
        .collect();
        text.split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() >= 3)
            .filter(|w| !KEPT.contains(w))
            .filter(|w| !typed.iter().any(|t| t.contains(*w)))
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn the_example_in_chinese_leaves_no_english_behind() {
        let i = insights_in(&example_review_as_stored(), None, Lang::ZhHans);
        let mut texts: Vec<String> = Vec::new();
        for f in &i.figures {
            texts.extend([f.label.clone(), f.value.clone(), f.detail.clone()]);
        }
        for k in &i.key_figures {
            texts.extend([k.label.clone(), k.detail.clone()]);
            texts.extend(k.value.clone());
        }
        texts.extend(i.flags.iter().map(|f| f.reason.clone()));
        texts.extend(i.suggestions.iter().flat_map(|s| s.reasons.clone()));
        texts.push(i.provider_questions_text.clone());
        texts.extend(i.owner_checks.iter().map(|q| q.question.clone()));
        texts.push(i.quotes.method.clone());
        texts.extend(i.quotes.rows.iter().map(|r| r.assumptions.clone()));
        for text in &texts {
            assert!(
                english_words(text).is_empty(),
                "English left in {text:?}: {:?}",
                english_words(text)
            );
        }
        // The approved terms appear where the figures speak of them.
        let all = texts.join("\n");
        for term in [
            "服务积分",
            "提前解约费",
            "自动续约",
            "服务等级协议（SLA）",
            "座席",
            "可用性",
        ] {
            assert!(all.contains(term), "{term}");
        }
    }

    #[test]
    fn a_total_without_taxes_says_why_in_chinese() {
        let mut review = example_review_as_stored();
        review.answers.insert(
            "pricing.taxes_included".into(),
            crate::model::AnswerValue::Choice("not_sure".into()),
        );
        let i = insights_in(&review, None, Lang::ZhHans);
        // 1,852.00 + 16,277.40 = 18,129.40 without the taxes.
        let total = key(&i, "total_cost");
        assert_eq!(total.value.as_deref(), Some("$18,129.40，不含税费"));
        assert!(
            total
                .detail
                .starts_with("未计入税费：是否另收税费的答案是“不确定”。")
        );
        // The English sentence of the catalog is the calculator's, word for word.
        assert_eq!(
            crate::i18n::text(Lang::En, crate::i18n::msg::INSIGHTS_TAXES_NOT_SURE),
            crate::calc::tco::TAXES_NOT_SURE
        );
        assert_eq!(
            crate::i18n::text(Lang::En, crate::i18n::msg::INSIGHTS_TAXES_RATE_MISSING),
            crate::calc::tco::TAXES_RATE_MISSING
        );
    }

    /// A calculator's refusal reaches the figures in the screen's language, naming the field in
    /// Chinese; the link and the quality rows use the calculators' catalog words.
    #[test]
    fn bandwidth_refusals_and_names_read_in_chinese() {
        let mut review = example_review_as_stored();
        let set = |review: &mut Review, id: &str, v: &str| {
            review
                .answers
                .insert(id.into(), crate::model::AnswerValue::Choice(v.into()));
        };
        set(&mut review, "bandwidth.codec", "ilbc");
        set(&mut review, "bandwidth.packetisation_ms", "10");
        let i = insights_in(&review, None, Lang::ZhHans);
        let needed = i
            .figures
            .iter()
            .find(|f| f.label == "所需带宽")
            .expect("the bandwidth figure");
        assert_eq!(
            needed.value,
            "打包间隔：iLBC按20、30、40 ms打包发送，不能是10 ms"
        );
        // An MLPPP link, which the figures used to leave in English.
        set(&mut review, "bandwidth.packetisation_ms", "20");
        set(&mut review, "bandwidth.link_layer", "mlppp");
        let i = insights_in(&review, None, Lang::ZhHans);
        let needed = i.figures.iter().find(|f| f.label == "所需带宽").unwrap();
        assert!(
            needed.detail.contains("MLPPP或帧中继（FRF.12）"),
            "{}",
            needed.detail
        );
        assert!(!needed.detail.contains("Frame Relay"), "{}", needed.detail);
    }
}
