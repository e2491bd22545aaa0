//! What the window sends, read loosely and checked here. A value the typed model cannot even hold
//! (a seat count of -3 or of 10¹², a term of "twelve", a number too large to be finite) gets the
//! same plain message as a value the core's rules refuse: the field's name and its rule. No
//! serialisation or IPC wording ever reaches the owner.

use crate::error::{Error, Result};
use crate::model::{AnswerValue, QuoteInput, ReviewContext, SignOff};
use crate::template::{Question, QuestionKind, template};
use crate::validate;
use serde::de::DeserializeOwned;
use serde_json::Value;

const TEXT_RULE: &str = "must be text";
const DATE_RULE: &str = crate::dates::DATE_RULE;
const AMOUNT_RULE: &str = "must be an amount between 0 and 1,000,000,000";

/// The quote details of the New review form and the Quote details page.
pub fn context(value: Value) -> Result<ReviewContext> {
    read(value, "context", "Quote details", |key| {
        Some(match key {
            "reviewer" => ("Reviewer", TEXT_RULE.into()),
            "company" => ("Company", TEXT_RULE.into()),
            "provider" => ("Provider", TEXT_RULE.into()),
            "plan" => ("Plan", TEXT_RULE.into()),
            "quote_reference" => ("Quote reference", TEXT_RULE.into()),
            "quote_date" => ("Quote date", DATE_RULE.into()),
            "start_date" => ("Start date", DATE_RULE.into()),
            "term_months" => ("Contract term", validate::term_rule()),
            "seats" => ("Seats", validate::SEATS_RULE.into()),
            "monthly_charge_minor" => ("Monthly charge", AMOUNT_RULE.into()),
            "monthly_charge_basis" => (
                "The charge is for",
                "must be for the account or for each seat".into(),
            ),
            "currency" => ("Currency", "must be one of the supported currencies".into()),
            _ => return None,
        })
    })
}

/// A competing quote.
pub fn quote(value: Value) -> Result<QuoteInput> {
    read(value, "quote", "Competing quote", |key| {
        Some(match key {
            "provider" => ("Competitor", TEXT_RULE.into()),
            "monthly_minor" => ("Monthly total", AMOUNT_RULE.into()),
            "upfront_minor" => ("Upfront costs", AMOUNT_RULE.into()),
            "term_months" => ("Term", validate::quote_term_rule()),
            "seats" => ("Seats quoted", validate::QUOTE_SEATS_RULE.into()),
            "taxes_percent" => ("Taxes and fees", validate::QUOTE_PERCENT_RULE.into()),
            "escalator_percent" => ("Annual increase", validate::QUOTE_PERCENT_RULE.into()),
            "notes" => ("Key differences", TEXT_RULE.into()),
            _ => return None,
        })
    })
}

/// The sign-off sheet.
pub fn signoff(value: Value) -> Result<SignOff> {
    read(value, "signoff", "Sign-off", |key| {
        Some(match key {
            "approver_name" => ("Approver name", TEXT_RULE.into()),
            "approver_role" => ("Approver role", TEXT_RULE.into()),
            "decision" => (
                "Decision",
                "must be approve, approve with conditions or reject".into(),
            ),
            "conditions" => ("Conditions", TEXT_RULE.into()),
            "date" => ("Sign-off date", DATE_RULE.into()),
            _ => return None,
        })
    })
}

/// One answer (`null` clears it), for the question `question_id`.
pub fn answer(question_id: &str, value: Value) -> Result<Option<AnswerValue>> {
    let (_, question) = template()
        .question(question_id)
        .ok_or_else(|| Error::invalid(question_id, question_id, "is not a known question"))?;
    serde_json::from_value::<Option<AnswerValue>>(value)
        .map_err(|_| Error::invalid(question_id, question.label.as_str(), answer_rule(question)))
}

/// What an answer to `question` must be, in the words of the core's range checks.
pub fn answer_rule(question: &Question) -> String {
    let unit = |u: &Option<String>| u.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
    match &question.kind {
        QuestionKind::YesNo => "must be yes, no or not sure".into(),
        QuestionKind::Integer { min, max, unit: u } => {
            format!("must be a whole number from {min} to {max}{}", unit(u))
        }
        QuestionKind::Days { min, max } => {
            format!("must be a whole number from {min} to {max} days")
        }
        QuestionKind::Months { min, max } => {
            format!("must be a whole number from {min} to {max} months")
        }
        QuestionKind::Decimal { min, max, unit: u } => {
            format!("must be a number from {min} to {max}{}", unit(u))
        }
        QuestionKind::Percent { min, max } => format!("must be a number from {min} to {max} %"),
        QuestionKind::Money => AMOUNT_RULE.into(),
        QuestionKind::Date => DATE_RULE.into(),
        QuestionKind::Choice { .. } => "must be one of the options".into(),
        QuestionKind::MultiChoice { .. } => "must be a selection of the options".into(),
        QuestionKind::Text { .. } => TEXT_RULE.into(),
    }
}

/// Deserialises a form object; the first field that does not fit is reported as
/// `<form>.<key>` with its label and rule. A missing or unknown field (never sent by the app's
/// own window) is reported against the whole form.
fn read<T: DeserializeOwned>(
    value: Value,
    form: &str,
    form_label: &str,
    rule: impl Fn(&str) -> Option<(&'static str, String)>,
) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let key = e.path().iter().next().and_then(|segment| match segment {
            serde_path_to_error::Segment::Map { key } => Some(key.clone()),
            _ => None,
        });
        match key.as_deref().and_then(|k| rule(k).map(|r| (k, r))) {
            Some((key, (label, rule))) if !is_unknown_field(&e) => {
                Error::invalid(format!("{form}.{key}"), label, rule)
            }
            _ => Error::invalid(
                form,
                form_label,
                "arrived incomplete or with fields this version does not know; reload the window (Ctrl+R) and enter it again",
            ),
        }
    })
}

fn is_unknown_field(e: &serde_path_to_error::Error<serde_json::Error>) -> bool {
    e.inner().to_string().starts_with("unknown field")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn form() -> Value {
        serde_json::to_value(ReviewContext {
            provider: "Acme".into(),
            ..ReviewContext::default()
        })
        .unwrap()
    }

    fn message(err: Error) -> (String, String) {
        (err.field().unwrap_or_default().to_owned(), err.to_string())
    }

    #[test]
    fn values_the_model_cannot_hold_name_the_field_and_rule() {
        let cases = [
            (
                "seats",
                json!(-3),
                "context.seats",
                "Seats: must be between 1 and 10,000",
            ),
            (
                "seats",
                json!(99_999_999_999u64),
                "context.seats",
                "Seats: must be between 1 and 10,000",
            ),
            (
                "term_months",
                json!("twelve"),
                "context.term_months",
                "Contract term: must be between 1 and 120 months",
            ),
            (
                "monthly_charge_minor",
                json!(1.5e300),
                "context.monthly_charge_minor",
                "Monthly charge: must be an amount between 0 and 1,000,000,000",
            ),
            (
                "start_date",
                json!(20270101),
                "context.start_date",
                "Start date: must be a date such as 1 March 2027 or 2027-03-01",
            ),
        ];
        for (key, bad, field, expected) in cases {
            let mut value = form();
            value[key] = bad;
            let (f, text) = message(context(value).unwrap_err());
            assert_eq!((f.as_str(), text.as_str()), (field, expected));
        }
        assert_eq!(context(form()).unwrap().provider, "Acme");
    }

    #[test]
    fn unknown_or_missing_fields_are_reported_against_the_form_without_serde_words() {
        let mut extra = form();
        extra["surprise"] = json!(1);
        let mut missing = form();
        missing.as_object_mut().unwrap().remove("provider");
        for value in [extra, missing] {
            let err = context(value).unwrap_err();
            assert_eq!(err.field(), Some("context"));
            let text = err.to_string();
            assert!(
                text.starts_with("Quote details: arrived incomplete"),
                "{text}"
            );
            assert!(!text.contains('`'), "{text}");
        }
    }

    #[test]
    fn quotes_and_answers_get_their_rules() {
        let quote_value = json!({
            "provider": "Rival", "monthly_minor": 100, "term_months": -3,
            "upfront_minor": 0, "notes": ""
        });
        assert_eq!(
            quote(quote_value).unwrap_err().to_string(),
            "Term: must be between 0 (month-to-month) and 120 months"
        );
        // Seats typed as -3 cannot be held by the model: the same plain message as the core's.
        let seats_value = json!({
            "provider": "Rival", "monthly_minor": 100, "term_months": 24, "seats": -3,
            "taxes_percent": null, "escalator_percent": null, "upfront_minor": 0, "notes": ""
        });
        let err = quote(seats_value).unwrap_err();
        assert_eq!(err.field(), Some("quote.seats"));
        assert_eq!(
            err.to_string(),
            "Seats quoted: must be between 1 and 10,000, or not stated"
        );
        // A number too large to be finite arrives from JavaScript as null.
        let err = answer(
            "bandwidth.measured_up_mbps",
            json!({"type": "decimal", "value": null}),
        )
        .unwrap_err();
        assert_eq!(err.field(), Some("bandwidth.measured_up_mbps"));
        assert!(
            err.to_string().contains("must be a number from 0 to"),
            "{err}"
        );
        assert_eq!(
            answer("sla.has_sla", Value::Null).unwrap(),
            None,
            "null clears an answer"
        );
        assert!(
            answer("no.such", json!(null))
                .unwrap_err()
                .to_string()
                .contains("is not a known question")
        );
    }
}

/// The JSON the window sends for a `T`, kept as JSON so the functions above can read it with
/// plain messages. The type parameter documents what the window sends: the command reader
/// (`src-tauri/command_list.rs`) writes it into the TypeScript client as `T`.
#[derive(Debug, Clone, PartialEq)]
pub struct Loose<T> {
    json: Value,
    sent_as: std::marker::PhantomData<fn() -> T>,
}

impl<T> Loose<T> {
    pub fn new(json: Value) -> Self {
        Self {
            json,
            sent_as: std::marker::PhantomData,
        }
    }

    pub fn into_json(self) -> Value {
        self.json
    }
}

impl<'de, T> serde::Deserialize<'de> for Loose<T> {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        Value::deserialize(deserializer).map(Self::new)
    }
}
