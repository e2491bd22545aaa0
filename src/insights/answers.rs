//! Typed reading of a review's answers, for the calculators and the playbook.

use crate::model::{AnswerValue, Review, YesNo};
use crate::template::template;

/// A review's answers, read by question id.
pub struct Answers<'a> {
    review: &'a Review,
}

impl<'a> Answers<'a> {
    pub fn new(review: &'a Review) -> Self {
        Answers { review }
    }

    /// The answer, unless its question does not apply (a `show_if` in the template not met):
    /// a hidden answer is kept in the store but never counted.
    pub fn get(&self, id: &str) -> Option<&'a AnswerValue> {
        let value = self.review.answers.get(id)?;
        template()
            .applies(id, &self.review.answers)
            .then_some(value)
    }

    pub fn is_answered(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    pub fn yes_no(&self, id: &str) -> Option<YesNo> {
        match self.get(id)? {
            AnswerValue::YesNo(v) => Some(*v),
            _ => None,
        }
    }

    pub fn is_yes(&self, id: &str) -> bool {
        self.yes_no(id) == Some(YesNo::Yes)
    }

    pub fn is_no(&self, id: &str) -> bool {
        self.yes_no(id) == Some(YesNo::No)
    }

    /// Any numeric answer (integer, decimal, percent, days, months) as a number.
    pub fn number(&self, id: &str) -> Option<f64> {
        match self.get(id)? {
            AnswerValue::Integer(n) | AnswerValue::Days(n) | AnswerValue::Months(n) => {
                Some(*n as f64)
            }
            AnswerValue::Decimal(x) | AnswerValue::Percent(x) => Some(*x),
            _ => None,
        }
    }

    pub fn whole(&self, id: &str) -> Option<u32> {
        self.number(id)
            .filter(|n| *n >= 0.0)
            .map(|n| n.min(f64::from(u32::MAX)) as u32)
    }

    /// A money answer in the review's currency. Amounts in another currency are not mixed in.
    pub fn money(&self, id: &str) -> Option<i64> {
        match self.get(id)? {
            AnswerValue::Money(m) if m.currency == self.review.context.currency => Some(m.minor),
            _ => None,
        }
    }

    pub fn choice(&self, id: &str) -> Option<&'a str> {
        match self.get(id)? {
            AnswerValue::Choice(c) => Some(c.as_str()),
            _ => None,
        }
    }

    pub fn multi(&self, id: &str) -> &'a [String] {
        match self.get(id) {
            Some(AnswerValue::MultiChoice(ids)) => ids,
            _ => &[],
        }
    }
}
