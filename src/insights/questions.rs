//! Questions to put to the provider: every "not sure" answer, and every key answer still
//! missing, worded as a question the provider can answer in writing.

use super::answers::Answers;
use crate::model::{Review, YesNo};
use crate::template::{QuestionKind, template};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum QuestionSource {
    /// The reviewer answered "not sure".
    NotSure,
    /// A key answer is missing.
    Missing,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProviderQuestion {
    pub area_id: String,
    pub area_title: String,
    pub question_id: String,
    pub question: String,
    pub source: QuestionSource,
}

/// When a key question matters.
enum Only {
    Always,
    /// Only when this yes/no question is not answered "no".
    UnlessNo(&'static str),
    /// Only when this choice question has this answer.
    IfChoice(&'static str, &'static str),
    /// Only when this yes/no question is answered "yes".
    IfYes(&'static str),
    /// Only when this yes/no question is not answered "yes".
    UnlessYes(&'static str),
    /// Only when this yes/no question is answered "yes" or "not sure". Otherwise the question
    /// does not matter, so it is not asked even when answered "not sure".
    IfYesOrNotSure(&'static str),
    /// Only when this question has no answer (another way to give the same fact).
    Unanswered(&'static str),
    /// Only when every condition holds.
    All(&'static [Only]),
}

/// The answers the figures and the playbook need, as the provider would be asked for them.
const KEY_QUESTIONS: &[(&str, &str, Only)] = &[
    (
        "cancellation.etf_structure",
        "Could you set out in writing exactly how the early-termination fee is calculated if we leave before the end of the term?",
        Only::Always,
    ),
    (
        "cancellation.etf_fixed_amount",
        "What is the fixed early-termination fee?",
        Only::IfChoice("cancellation.etf_structure", "fixed"),
    ),
    (
        "cancellation.etf_percent",
        "What percentage of the remaining contract value is charged if we leave early?",
        Only::IfChoice("cancellation.etf_structure", "percent_remaining"),
    ),
    (
        "cancellation.sliding_year1_percent",
        "What does the sliding-scale termination fee charge in each contract year?",
        Only::IfChoice("cancellation.etf_structure", "sliding_scale"),
    ),
    (
        "cancellation.exit_for_cause",
        "Can we terminate without a fee if you repeatedly miss the SLA or have chronic outages?",
        Only::Always,
    ),
    (
        "cancellation.auto_renews",
        "Does the contract renew automatically at the end of the term?",
        Only::Always,
    ),
    (
        "cancellation.renewal_term_months",
        "For how long does the contract renew if we do not give notice?",
        Only::IfYes("cancellation.auto_renews"),
    ),
    (
        "cancellation.notice_days",
        "How much notice (in days or months) must we give to stop the renewal, and how must notice be sent?",
        Only::All(&[
            Only::UnlessNo("cancellation.auto_renews"),
            Only::Unanswered("cancellation.notice_months"),
        ]),
    ),
    (
        "cancellation.notice_counted_before",
        "Is the notice period counted back from the last day of the term or from the renewal date? What is the last day our notice can arrive?",
        Only::IfYesOrNotSure("cancellation.auto_renews"),
    ),
    (
        "upgrades.included_free",
        "Are new features and upgrades included at no extra charge during the term?",
        Only::Always,
    ),
    (
        "upgrades.advance_notice_days",
        "How many days' notice do you give before changing features, terms or prices?",
        Only::Always,
    ),
    (
        "pricing.price_locked",
        "Is the monthly price locked for the whole term?",
        Only::Always,
    ),
    (
        "pricing.escalator_percent",
        "By what percentage can the price rise each year?",
        Only::UnlessYes("pricing.price_locked"),
    ),
    (
        "pricing.reduce_seats",
        "Can we reduce the number of seats during the term, and at what notice?",
        Only::Always,
    ),
    (
        "pricing.taxes_included",
        "Are taxes and regulatory fees included in the quoted price? If not, what do they add?",
        Only::Always,
    ),
    (
        "sla.has_sla",
        "Is there a written service level agreement (SLA) in the contract?",
        Only::Always,
    ),
    (
        "sla.uptime_percent",
        "What uptime percentage do you guarantee in writing?",
        Only::UnlessNo("sla.has_sla"),
    ),
    (
        "sla.measurement_window",
        "Over what period is uptime measured: each month, quarter or year?",
        Only::UnlessNo("sla.has_sla"),
    ),
    (
        "sla.credits_offered",
        "What service credits do we receive when you miss the SLA?",
        Only::UnlessNo("sla.has_sla"),
    ),
    (
        "sla.claim_window_days",
        "Within how many days must we claim a service credit, and how?",
        Only::IfYes("sla.credits_offered"),
    ),
    (
        "support.hours",
        "What are your support hours for critical issues?",
        Only::Always,
    ),
    (
        "support.critical_response_minutes",
        "What is your guaranteed response time for a critical (system down) issue?",
        Only::Always,
    ),
    (
        "support.escalation_path",
        "What is the escalation path if first-line support cannot solve a problem?",
        Only::Always,
    ),
    (
        "upfront.setup_fee",
        "What are all the one-time charges (setup, hardware, installation, porting, shipping), in writing?",
        Only::Always,
    ),
    (
        "bandwidth.codec",
        "Which voice codec do your phones use, so we can check our internet line?",
        Only::Always,
    ),
    (
        "warranty.hardware_mode",
        "Is the hardware bought, leased or our own?",
        Only::Always,
    ),
    (
        "warranty.length_months",
        "How long is the hardware warranty, and what does it cover?",
        Only::Always,
    ),
];

impl Only {
    fn applies(&self, a: &Answers) -> bool {
        match self {
            Only::Always => true,
            Only::UnlessNo(id) => !a.is_no(id),
            Only::IfChoice(id, choice) => a.choice(id) == Some(*choice),
            Only::IfYes(id) => a.is_yes(id),
            Only::UnlessYes(id) => !a.is_yes(id),
            Only::IfYesOrNotSure(id) => matches!(a.yes_no(id), Some(YesNo::Yes | YesNo::NotSure)),
            Only::Unanswered(id) => !a.is_answered(id),
            Only::All(conditions) => conditions.iter().all(|c| c.applies(a)),
        }
    }
}

/// The provider's question for `question_id`: the key-question wording when there is one,
/// else the template's label made into a question.
fn ask(question_id: &str) -> Option<String> {
    if let Some((_, text, _)) = KEY_QUESTIONS.iter().find(|(id, _, _)| *id == question_id) {
        return Some((*text).to_owned());
    }
    let (area, question) = template().question(question_id)?;
    let label = question.label.trim_end_matches('?');
    Some(match (&question.kind, area.id.as_str()) {
        (QuestionKind::Choice { .. }, "features") if question_id != "features.must_have" => {
            format!("{label}: is it included in the plan, a paid add-on, or not available?")
        }
        _ if question.label.ends_with('?') => question.label.clone(),
        _ => format!("{label}?"),
    })
}

/// "Not sure" whether the contract renews itself, with a notice period longer than the
/// playbook's limit: the question names the notice, since missing it may lock in another term.
fn renewal_with_long_notice(
    a: &Answers,
    question_id: &str,
    source: QuestionSource,
) -> Option<String> {
    if question_id != "cancellation.auto_renews" || source != QuestionSource::NotSure {
        return None;
    }
    let days = a
        .number("cancellation.notice_days")
        .filter(|d| *d > super::playbook::LONG_NOTICE_DAYS)?;
    Some(format!(
        "The contract asks for {} days' notice: does it renew automatically if we do not give that notice, for how long, and can we leave a renewed term without a fee?",
        crate::calc::trim_number(days)
    ))
}

pub fn provider_questions(review: &Review) -> Vec<ProviderQuestion> {
    let a = Answers::new(review);
    let mut out = Vec::new();
    for area in &template().areas {
        // A question that does not apply is never asked.
        for question in template().applicable_questions(area, &review.answers) {
            let key = KEY_QUESTIONS.iter().find(|(id, _, _)| *id == question.id);
            let source = match review.answers.get(&question.id) {
                Some(value) if value.is_not_sure() => match key {
                    Some((_, _, only @ Only::IfYesOrNotSure(_))) if !only.applies(&a) => continue,
                    _ => QuestionSource::NotSure,
                },
                Some(_) => continue,
                None => match key {
                    Some((_, _, only)) if only.applies(&a) => QuestionSource::Missing,
                    _ => continue,
                },
            };
            let wording = renewal_with_long_notice(&a, &question.id, source)
                .or_else(|| ask(&question.id))
                .unwrap_or_else(|| question.label.clone());
            out.push(ProviderQuestion {
                area_id: area.id.clone(),
                area_title: area.title.clone(),
                question_id: question.id.clone(),
                question: wording,
                source,
            });
        }
    }
    out
}

/// The list as plain text, for the clipboard: grouped by area, numbered.
pub fn as_text(review: &Review, questions: &[ProviderQuestion]) -> String {
    let mut text = format!(
        "Questions for {} about the {} quote{}\n",
        review.context.provider,
        if review.context.plan.is_empty() {
            "proposed"
        } else {
            review.context.plan.as_str()
        },
        if review.context.quote_reference.is_empty() {
            String::new()
        } else {
            format!(" ({})", review.context.quote_reference)
        }
    );
    let mut area = "";
    for (n, q) in questions.iter().enumerate() {
        if q.area_title != area {
            area = &q.area_title;
            text.push_str(&format!("\n{area}\n"));
        }
        text.push_str(&format!("{}. {}\n", n + 1, q.question));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AnswerValue, YesNo};

    #[test]
    fn every_key_question_exists_in_the_template() {
        for (id, text, _) in KEY_QUESTIONS {
            assert!(template().question(id).is_some(), "{id}");
            assert!(text.ends_with('?'), "{id}");
        }
    }

    #[test]
    fn what_notice_is_counted_from_is_asked_only_when_the_contract_may_renew() {
        let asked = |renews: Option<YesNo>, counted: Option<&str>| {
            let mut review = crate::sample::example_review_as_stored();
            review.answers.remove("cancellation.auto_renews");
            review.answers.remove("cancellation.notice_counted_before");
            if let Some(v) = renews {
                review
                    .answers
                    .insert("cancellation.auto_renews".into(), AnswerValue::YesNo(v));
            }
            if let Some(c) = counted {
                review.answers.insert(
                    "cancellation.notice_counted_before".into(),
                    AnswerValue::Choice(c.into()),
                );
            }
            provider_questions(&review)
                .into_iter()
                .find(|q| q.question_id == "cancellation.notice_counted_before")
                .map(|q| q.source)
        };
        use QuestionSource::{Missing, NotSure};
        assert_eq!(asked(Some(YesNo::Yes), None), Some(Missing));
        assert_eq!(asked(Some(YesNo::NotSure), None), Some(Missing));
        assert_eq!(asked(Some(YesNo::Yes), Some("not_sure")), Some(NotSure));
        assert_eq!(asked(Some(YesNo::NotSure), Some("not_sure")), Some(NotSure));
        assert_eq!(asked(Some(YesNo::Yes), Some("end_of_term")), None);
        // No renewal, nothing to count: not asked, not even when answered "not sure".
        assert_eq!(asked(Some(YesNo::No), None), None);
        assert_eq!(asked(Some(YesNo::No), Some("not_sure")), None);
        assert_eq!(asked(None, None), None);
    }

    #[test]
    fn notice_in_months_answers_the_notice_question() {
        let mut review = crate::sample::example_review_as_stored();
        review.answers.remove("cancellation.notice_days");
        let asks_notice = |review: &Review| {
            provider_questions(review)
                .iter()
                .any(|q| q.question_id == "cancellation.notice_days")
        };
        assert!(asks_notice(&review));
        review
            .answers
            .insert("cancellation.notice_months".into(), AnswerValue::Months(3));
        assert!(!asks_notice(&review));
    }

    #[test]
    fn a_question_that_does_not_apply_is_never_asked() {
        let mut review = crate::sample::example_review_as_stored();
        // A stale "not sure" for the renewal term, once the contract is known not to renew.
        review.answers.insert(
            "cancellation.auto_renews".into(),
            AnswerValue::YesNo(YesNo::No),
        );
        review.answers.insert(
            "cancellation.renewal_term_months".into(),
            AnswerValue::YesNo(YesNo::NotSure),
        );
        assert!(
            provider_questions(&review)
                .iter()
                .all(|q| q.question_id != "cancellation.renewal_term_months")
        );
    }

    #[test]
    fn not_sure_renewal_with_a_long_notice_names_the_notice() {
        let mut review = crate::sample::example_review_as_stored();
        review.answers.insert(
            "cancellation.auto_renews".into(),
            AnswerValue::YesNo(YesNo::NotSure),
        );
        let asked = |review: &Review| {
            provider_questions(review)
                .into_iter()
                .find(|q| q.question_id == "cancellation.auto_renews")
                .unwrap()
                .question
        };
        // The example gives 90 days' notice, over the playbook's 60.
        assert_eq!(
            asked(&review),
            "The contract asks for 90 days' notice: does it renew automatically if we do not give that notice, for how long, and can we leave a renewed term without a fee?"
        );
        review
            .answers
            .insert("cancellation.notice_days".into(), AnswerValue::Days(60));
        assert_eq!(
            asked(&review),
            "Does the contract renew automatically at the end of the term?"
        );
    }

    #[test]
    fn not_sure_and_missing_answers_become_questions() {
        let mut review = crate::sample::example_review_as_stored();
        review.answers.clear();
        review
            .answers
            .insert("sla.has_sla".into(), AnswerValue::YesNo(YesNo::No));
        review.answers.insert(
            "warranty.advance_replacement".into(),
            AnswerValue::YesNo(YesNo::NotSure),
        );
        review.answers.insert(
            "features.sms".into(),
            AnswerValue::Choice("not_sure".into()),
        );
        let qs = provider_questions(&review);
        let ids: Vec<&str> = qs.iter().map(|q| q.question_id.as_str()).collect();
        // No SLA: the SLA details are not asked; the warranty "not sure" is.
        assert!(!ids.contains(&"sla.uptime_percent"));
        assert!(ids.contains(&"cancellation.etf_structure"));
        let sms = qs.iter().find(|q| q.question_id == "features.sms").unwrap();
        assert_eq!(sms.source, QuestionSource::NotSure);
        assert!(
            sms.question
                .ends_with("included in the plan, a paid add-on, or not available?")
        );
        let warranty = qs
            .iter()
            .find(|q| q.question_id == "warranty.advance_replacement")
            .unwrap();
        assert_eq!(warranty.source, QuestionSource::NotSure);
        let text = as_text(&review, &qs);
        assert!(text.starts_with("Questions for Northwind Voice about the Business Pro (12 seats) quote (NWV-Q-2026-0418)\n"));
        assert!(text.contains("\nCancellation and early termination\n1. Could you set out"));
    }
}
