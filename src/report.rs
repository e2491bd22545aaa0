//! What the summary screen (and later the PDF) says about a review as a whole.

use crate::i18n::Lang;
use crate::model::{RatingCounts, Review};
use crate::template::Template;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where the review stands overall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReviewStatus {
    /// Some areas are still "not reviewed".
    InProgress,
    /// Every area is rated and at least one is a deal-breaker.
    DealBreakersFound,
    /// Every area is rated, none is a deal-breaker, some need negotiation.
    NegotiationNeeded,
    /// Every area is rated acceptable or not applicable.
    ReadyToSign,
}

impl ReviewStatus {
    pub const ALL: [ReviewStatus; 4] = [
        ReviewStatus::InProgress,
        ReviewStatus::DealBreakersFound,
        ReviewStatus::NegotiationNeeded,
        ReviewStatus::ReadyToSign,
    ];

    pub fn label(self) -> &'static str {
        self.label_in(Lang::En)
    }

    /// The status as the summary and the PDF name it, in `lang`.
    pub fn label_in(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::En, ReviewStatus::InProgress) => "In progress",
            (Lang::En, ReviewStatus::DealBreakersFound) => "Deal-breakers found",
            (Lang::En, ReviewStatus::NegotiationNeeded) => "Negotiation needed",
            (Lang::En, ReviewStatus::ReadyToSign) => "Ready to sign",
            (Lang::ZhHans, ReviewStatus::InProgress) => "审查中",
            (Lang::ZhHans, ReviewStatus::DealBreakersFound) => "发现不可接受项",
            (Lang::ZhHans, ReviewStatus::NegotiationNeeded) => "需谈判",
            (Lang::ZhHans, ReviewStatus::ReadyToSign) => "可以签约",
        }
    }
}

/// A question to put to the provider, from a "not sure" answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OpenQuestion {
    pub area_id: String,
    pub area_title: String,
    pub question_id: String,
    pub question: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ReviewReport {
    pub status: ReviewStatus,
    pub ratings: RatingCounts,
    pub reviewed_areas: u32,
    pub total_areas: u32,
    pub answered_questions: u32,
    pub total_questions: u32,
    pub open_questions: Vec<OpenQuestion>,
    /// First 12 hex digits of the SHA-256 of the review's canonical content; printed on the PDF
    /// so a signed paper copy can be matched to the stored version.
    pub fingerprint: String,
}

pub fn review_report(review: &Review, template: &Template) -> ReviewReport {
    let mut ratings = RatingCounts::default();
    for area in &review.areas {
        ratings.add(area.rating);
    }
    let total_areas = template.areas.len() as u32;
    let status = if ratings.not_reviewed > 0 {
        ReviewStatus::InProgress
    } else if ratings.deal_breaker > 0 {
        ReviewStatus::DealBreakersFound
    } else if ratings.negotiate > 0 {
        ReviewStatus::NegotiationNeeded
    } else {
        ReviewStatus::ReadyToSign
    };
    let questions = template
        .areas
        .iter()
        .flat_map(|a| a.questions.iter().map(move |q| (a, q)));
    let mut open_questions = Vec::new();
    let mut answered = 0;
    let mut total = 0;
    for (area, question) in questions {
        // A question that does not apply is neither asked nor counted.
        if !template.applies(&question.id, &review.answers) {
            continue;
        }
        total += 1;
        if let Some(answer) = review.answers.get(&question.id) {
            answered += 1;
            if answer.is_not_sure() {
                open_questions.push(OpenQuestion {
                    area_id: area.id.clone(),
                    area_title: area.title.clone(),
                    question_id: question.id.clone(),
                    question: question.label.clone(),
                });
            }
        }
    }
    ReviewReport {
        status,
        reviewed_areas: ratings.reviewed(),
        ratings,
        total_areas,
        answered_questions: answered,
        total_questions: total,
        open_questions,
        fingerprint: crate::fingerprint::fingerprint(review),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AnswerValue, AreaState, Rating, ReviewContext, YesNo};
    use crate::template::template;
    use std::collections::BTreeMap;

    fn review(ratings: &[Rating]) -> Review {
        let t = template();
        Review {
            id: 1,
            is_example: false,
            context: ReviewContext::default(),
            areas: t
                .areas
                .iter()
                .enumerate()
                .map(|(i, a)| AreaState {
                    rating: ratings.get(i).copied().unwrap_or_default(),
                    ..AreaState::new(&a.id)
                })
                .collect(),
            answers: BTreeMap::new(),
            signoff: Default::default(),
            quotes: Vec::new(),
            signed_on: None,
            language: crate::i18n::Lang::En,
            created_at: String::new(),
            updated_at: String::new(),
            revision: 1,
        }
    }

    #[test]
    fn status_follows_the_ratings() {
        let t = template();
        assert_eq!(
            review_report(&review(&[]), t).status,
            ReviewStatus::InProgress
        );
        let mut all = [Rating::Acceptable; 10];
        assert_eq!(
            review_report(&review(&all), t).status,
            ReviewStatus::ReadyToSign
        );
        all[3] = Rating::Negotiate;
        assert_eq!(
            review_report(&review(&all), t).status,
            ReviewStatus::NegotiationNeeded
        );
        all[4] = Rating::DealBreaker;
        let report = review_report(&review(&all), t);
        assert_eq!(report.status, ReviewStatus::DealBreakersFound);
        assert_eq!(report.reviewed_areas, 10);
        assert_eq!(report.ratings.deal_breaker, 1);
    }

    #[test]
    fn not_sure_answers_become_open_questions_in_template_order() {
        let mut r = review(&[]);
        r.answers.insert(
            "warranty.advance_replacement".into(),
            AnswerValue::YesNo(YesNo::NotSure),
        );
        r.answers.insert(
            "sla.measurement_window".into(),
            AnswerValue::Choice("not_sure".into()),
        );
        r.answers
            .insert("sla.has_sla".into(), AnswerValue::YesNo(YesNo::Yes));
        let report = review_report(&r, template());
        let ids: Vec<_> = report
            .open_questions
            .iter()
            .map(|q| q.question_id.as_str())
            .collect();
        assert_eq!(
            ids,
            ["sla.measurement_window", "warranty.advance_replacement"]
        );
        assert_eq!(
            report.open_questions[0].area_title,
            "Service level agreement (SLA)"
        );
        assert_eq!(report.answered_questions, 3);
    }
}

#[cfg(test)]
mod chinese {
    use super::*;

    #[test]
    fn every_status_has_a_chinese_label_and_english_is_unchanged() {
        for status in ReviewStatus::ALL {
            let label = status.label_in(Lang::ZhHans);
            assert!(
                label
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{label}"
            );
            assert_eq!(status.label_in(Lang::En), status.label());
        }
        // The approved terms: 不可接受 for deal-breaker, 需谈判 for negotiate.
        assert_eq!(
            ReviewStatus::DealBreakersFound.label_in(Lang::ZhHans),
            "发现不可接受项"
        );
        assert_eq!(
            ReviewStatus::NegotiationNeeded.label_in(Lang::ZhHans),
            "需谈判"
        );
    }
}
