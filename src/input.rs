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

use crate::error::Words;
use crate::i18n::{Key, Lang, msg};
use crate::validate::{Unit, number_rule, plain_unit, whole_number_rule};

const TEXT_RULE: Key = msg::ERROR_RULE_TEXT;
const DATE_RULE: Key = msg::ERROR_RULE_DATE;
const AMOUNT_RULE: Key = msg::ERROR_RULE_AMOUNT;

/// The quote details of the New review form and the Quote details page.
pub fn context(value: Value) -> Result<ReviewContext> {
    read(value, "context", msg::ERROR_LABEL_QUOTE_DETAILS, |key| {
        Some(match key {
            "reviewer" => (msg::ERROR_LABEL_REVIEWER, TEXT_RULE.into()),
            "company" => (msg::ERROR_LABEL_COMPANY, TEXT_RULE.into()),
            "provider" => (msg::ERROR_LABEL_PROVIDER, TEXT_RULE.into()),
            "plan" => (msg::ERROR_LABEL_PLAN, TEXT_RULE.into()),
            "quote_reference" => (msg::ERROR_LABEL_QUOTE_REFERENCE, TEXT_RULE.into()),
            "quote_date" => (msg::ERROR_LABEL_QUOTE_DATE, DATE_RULE.into()),
            "start_date" => (msg::ERROR_LABEL_START_DATE, DATE_RULE.into()),
            "term_months" => (msg::ERROR_LABEL_CONTRACT_TERM, validate::term_rule_words()),
            "seats" => (msg::ERROR_LABEL_SEATS, msg::ERROR_RULE_SEATS.into()),
            "monthly_charge_minor" => (msg::ERROR_LABEL_MONTHLY_CHARGE, AMOUNT_RULE.into()),
            // The form's label (content.ftl), so the message names the field as shown.
            "monthly_charge_basis" => (
                msg::CONTENT_CHARGE_BASIS_FIELD,
                msg::ERROR_RULE_CHARGE_BASIS.into(),
            ),
            "currency" => (
                msg::ERROR_LABEL_CURRENCY,
                msg::ERROR_RULE_SUPPORTED_CURRENCY.into(),
            ),
            _ => return None,
        })
    })
}

/// A competing quote.
pub fn quote(value: Value) -> Result<QuoteInput> {
    read(value, "quote", msg::ERROR_LABEL_COMPETING_QUOTE, |key| {
        Some(match key {
            "provider" => (msg::ERROR_LABEL_COMPETITOR, TEXT_RULE.into()),
            "monthly_minor" => (msg::ERROR_LABEL_MONTHLY_TOTAL, AMOUNT_RULE.into()),
            "upfront_minor" => (msg::ERROR_LABEL_UPFRONT_COSTS, AMOUNT_RULE.into()),
            "term_months" => (msg::ERROR_LABEL_TERM, validate::quote_term_rule_words()),
            "seats" => (
                msg::ERROR_LABEL_SEATS_QUOTED,
                msg::ERROR_RULE_QUOTE_SEATS.into(),
            ),
            "taxes_percent" => (msg::ERROR_LABEL_TAXES, msg::ERROR_RULE_QUOTE_PERCENT.into()),
            "escalator_percent" => (
                msg::ERROR_LABEL_ANNUAL_INCREASE,
                msg::ERROR_RULE_QUOTE_PERCENT.into(),
            ),
            "notes" => (msg::ERROR_LABEL_KEY_DIFFERENCES, TEXT_RULE.into()),
            _ => return None,
        })
    })
}

/// The sign-off sheet.
pub fn signoff(value: Value) -> Result<SignOff> {
    read(value, "signoff", msg::ERROR_LABEL_SIGNOFF, |key| {
        Some(match key {
            "approver_name" => (msg::ERROR_LABEL_APPROVER_NAME, TEXT_RULE.into()),
            "approver_role" => (msg::ERROR_LABEL_APPROVER_ROLE, TEXT_RULE.into()),
            "decision" => (msg::ERROR_LABEL_DECISION, msg::ERROR_RULE_DECISION.into()),
            "conditions" => (msg::ERROR_LABEL_CONDITIONS, TEXT_RULE.into()),
            "date" => (msg::ERROR_LABEL_SIGNOFF_DATE, DATE_RULE.into()),
            _ => return None,
        })
    })
}

/// One answer (`null` clears it), for the question `question_id`.
pub fn answer(question_id: &str, value: Value) -> Result<Option<AnswerValue>> {
    let (_, question) = template().question(question_id).ok_or_else(|| {
        Error::invalid(question_id, question_id, msg::ERROR_RULE_UNKNOWN_QUESTION)
    })?;
    serde_json::from_value::<Option<AnswerValue>>(value).map_err(|_| {
        Error::invalid(
            question_id,
            Words::Question(question.id.clone()),
            answer_rule_words(question),
        )
    })
}

/// What an answer to `question` must be, in the words of the core's range checks (English).
pub fn answer_rule(question: &Question) -> String {
    answer_rule_words(question).render(Lang::En)
}

fn answer_rule_words(question: &Question) -> Words {
    match &question.kind {
        QuestionKind::YesNo => msg::ERROR_RULE_YES_NO.into(),
        QuestionKind::Integer { min, max, unit } => whole_number_rule(*min, *max, plain_unit(unit)),
        QuestionKind::Days { min, max } => whole_number_rule(*min, *max, Unit::Days),
        QuestionKind::Months { min, max } => whole_number_rule(*min, *max, Unit::Months),
        QuestionKind::Decimal { min, max, unit } => number_rule(*min, *max, plain_unit(unit)),
        QuestionKind::Percent { min, max } => number_rule(*min, *max, Unit::Percent),
        QuestionKind::Money => AMOUNT_RULE.into(),
        QuestionKind::Date => DATE_RULE.into(),
        QuestionKind::Choice { .. } => msg::ERROR_RULE_AN_OPTION.into(),
        QuestionKind::MultiChoice { .. } => msg::ERROR_RULE_A_SELECTION.into(),
        QuestionKind::Text { .. } => TEXT_RULE.into(),
    }
}

/// Deserialises a form object; the first field that does not fit is reported as
/// `<form>.<key>` with its label and rule. A missing or unknown field (never sent by the app's
/// own window) is reported against the whole form.
fn read<T: DeserializeOwned>(
    value: Value,
    form: &str,
    form_label: Key,
    rule: impl Fn(&str) -> Option<(Key, Words)>,
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
            _ => Error::invalid(form, form_label, msg::ERROR_RULE_FORM_INCOMPLETE),
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

    #[test]
    fn what_the_window_sends_is_refused_in_chinese_too() {
        use crate::i18n::Lang;
        let mut seats = form();
        seats["seats"] = json!(-3);
        let err = context(seats).unwrap_err();
        assert_eq!(err.message(Lang::ZhHans), "座席数：必须在 1 到 10,000 之间");
        let mut charge = form();
        charge["monthly_charge_minor"] = json!("lots");
        assert_eq!(
            context(charge).unwrap_err().message(Lang::ZhHans),
            "月费：必须是 0 到 1,000,000,000 之间的金额"
        );
        let mut extra = form();
        extra["surprise"] = json!(1);
        assert!(
            context(extra)
                .unwrap_err()
                .message(Lang::ZhHans)
                .starts_with("报价详情：收到的内容不完整")
        );
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
