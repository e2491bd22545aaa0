//! How stored values read to people, in the app, the PDF and the CLI alike: answers with their
//! option labels and units, and the history's changes ("Quote details: Provider", "USD 342.00",
//! "Approve with conditions"). The store keeps raw values; nothing here touches the database.

use crate::error::Result;
use crate::model::{AnswerValue, ReviewId};
use crate::money::format_money;
use crate::store::history::SIGNED_ON;
use crate::store::{HISTORY_PAGE_SIZE, Store, StoredChange};
use crate::template::{Question, QuestionKind, template};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

/// An answer as the reader should see it: option labels, units, amounts with their currency.
pub fn answer(question: &Question, value: &AnswerValue) -> String {
    let option_label = |id: &str| match &question.kind {
        QuestionKind::Choice { options } | QuestionKind::MultiChoice { options } => options
            .iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.to_owned(), |o| o.label.clone()),
        _ => id.to_owned(),
    };
    let unit = match &question.kind {
        QuestionKind::Integer { unit: Some(u), .. }
        | QuestionKind::Decimal { unit: Some(u), .. } => Some(u.as_str()),
        _ => None,
    };
    // "1 device", "12 devices": the template's unit agrees with the number.
    let number = |text: String| match unit {
        Some(u) => crate::wording::with_unit(&text, u),
        None => text,
    };
    match value {
        AnswerValue::YesNo(answer) => answer.label().into(),
        AnswerValue::Integer(n) => number(n.to_string()),
        AnswerValue::Decimal(x) => number(x.to_string()),
        AnswerValue::Money(m) => format_money(m),
        AnswerValue::Percent(x) => format!("{x} %"),
        AnswerValue::Days(n) => format!("{n} day{}", if *n == 1 { "" } else { "s" }),
        AnswerValue::Months(n) => format!("{n} month{}", if *n == 1 { "" } else { "s" }),
        // One date format in the app and the PDF: "15 Dec 2026".
        AnswerValue::Date(d) => crate::dates::display_iso(d),
        AnswerValue::Choice(id) => option_label(id),
        AnswerValue::MultiChoice(ids) if ids.is_empty() => "None".into(),
        AnswerValue::MultiChoice(ids) => ids
            .iter()
            .map(|id| option_label(id))
            .collect::<Vec<_>>()
            .join(", "),
        AnswerValue::Text(t) => t.clone(),
    }
}

/// One recorded change, worded for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HistoryEntry {
    pub revision: i64,
    /// RFC 3339, UTC.
    pub changed_at: String,
    /// What changed: "Quote details: Provider", "SLA: Guaranteed uptime", "Pricing: rating"…
    pub what: String,
    /// Before and after, as the app shows them; null when absent.
    pub old: Option<String>,
    pub new: Option<String>,
}

/// The review's latest [`HISTORY_PAGE_SIZE`] changes, newest first, worded for people (the
/// app's History panel and `voip-review history`).
pub fn recent_history(store: &Store, id: ReviewId) -> Result<Vec<HistoryEntry>> {
    history(store, id, HISTORY_PAGE_SIZE)
}

/// The review's latest `limit` changes, newest first, worded for people.
pub fn history(store: &Store, id: ReviewId, limit: u32) -> Result<Vec<HistoryEntry>> {
    let changes = store.changes(id, limit)?;
    // Amounts are shown in the review's currency (the default one once it is purged).
    let currency = store
        .get_review(id)
        .map(|review| review.context.currency)
        .unwrap_or_else(|_| crate::model::ReviewContext::default().currency);
    Ok(changes
        .into_iter()
        .map(|change| history_entry(change, &currency))
        .collect())
}

fn history_entry(change: StoredChange, currency: &str) -> HistoryEntry {
    HistoryEntry {
        revision: change.revision,
        what: match &change.source {
            Some(from) => format!(
                "{} (from the contract: {from})",
                describe(&change.kind, &change.target)
            ),
            None => describe(&change.kind, &change.target),
        },
        old: shown(&change.kind, &change.target, change.old, currency),
        new: shown(&change.kind, &change.target, change.new, currency),
        changed_at: change.changed_at,
    }
}

fn context_label(key: &str) -> &str {
    match key {
        "reviewer" => "Reviewer",
        "company" => "Company",
        "provider" => "Provider",
        "plan" => "Plan",
        "quote_reference" => "Quote reference",
        "quote_date" => "Quote date",
        "term_months" => "Contract term (months)",
        "start_date" => "Start date",
        "seats" => "Seats",
        "monthly_charge_minor" => "Monthly charge",
        "monthly_charge_basis" => "Monthly charge basis",
        "currency" => "Currency",
        other => other,
    }
}

fn signoff_label(key: &str) -> &str {
    match key {
        SIGNED_ON => "Contract signed on",
        "approver_name" => "Approver name",
        "approver_role" => "Approver role",
        "decision" => "Decision",
        "conditions" => "Conditions",
        "date" => "Date",
        other => other,
    }
}

/// "1 month", "24 months"; 0 is no fixed term.
fn months_text(months: i64) -> String {
    match months {
        0 => "no fixed term".to_owned(),
        n => crate::wording::count(n, "month", "months"),
    }
}

/// A stored JSON value as the app shows it: labels for stored codes, amounts in the review's
/// currency, never a raw value such as `approve_with_conditions` or an amount in cents.
fn shown(kind: &str, target: &str, raw: Option<String>, currency: &str) -> Option<String> {
    let value: Value = serde_json::from_str(&raw?).ok()?;
    let target = crate::template::migrate::retired(target).map_or(target, |m| m.canonical);
    let money = |minor: i64| {
        format!(
            "{} {currency}",
            crate::money::format_amount(minor, currency)
        )
    };
    if kind == "signoff"
        && target == "decision"
        && let Some(decision) = value.as_str().and_then(crate::model::Decision::parse)
    {
        return Some(decision.label().to_owned());
    }
    if kind == "signoff"
        && matches!(target, SIGNED_ON | "date")
        && let Some(date) = value.as_str()
    {
        return Some(crate::dates::display_iso(date));
    }
    if kind == "context" {
        match (target, &value) {
            ("monthly_charge_basis", Value::String(basis)) if basis == "per_seat" => {
                return Some("Per seat".to_owned());
            }
            ("monthly_charge_basis", Value::String(basis)) if basis == "total" => {
                return Some("For the whole account".to_owned());
            }
            ("monthly_charge_minor", Value::Number(n)) if n.is_i64() => {
                return n.as_i64().map(money);
            }
            _ => {}
        }
    }
    if kind == "answer"
        && let Some((_, question)) = template().question(target)
        && let Ok(stored) = serde_json::from_value::<AnswerValue>(value.clone())
    {
        return Some(answer(question, &stored));
    }
    if kind == "area"
        && target.ends_with(".rating")
        && let Some(rating) = value.as_str().and_then(crate::model::Rating::parse)
    {
        return Some(rating.label().to_owned());
    }
    Some(match value {
        Value::Null => return None,
        Value::String(s) => s,
        Value::Bool(b) => (if b { "Yes" } else { "No" }).to_owned(),
        Value::Object(map) if kind == "quote" => {
            let number = |k: &str| map.get(k).and_then(Value::as_i64).unwrap_or(0);
            let provider = map.get("provider").and_then(Value::as_str).unwrap_or("");
            format!(
                "{provider} — {} a month, {}",
                money(number("monthly_minor")),
                months_text(number("term_months"))
            )
        }
        other => other.to_string(),
    })
}

fn describe(kind: &str, target: &str) -> String {
    let t = template();
    match kind {
        "context" => format!("Quote details: {}", context_label(target)),
        "signoff" => format!("Sign-off: {}", signoff_label(target)),
        "quote" => "Competing quote".into(),
        "answer" => match (
            t.question(target),
            crate::template::migrate::retired(target),
        ) {
            (Some((area, q)), _) => format!("{}: {}", area.title, q.label),
            (None, Some(merge)) => format!("{} (now asked once)", merge.duplicate_label),
            (None, None) => target.to_owned(),
        },
        _ => {
            let (area_id, field) = target.split_once('.').unwrap_or((target, ""));
            let title = t.area(area_id).map_or(area_id, |a| a.title.as_str());
            let field = match field {
                "rating" => "rating",
                "notes" => "notes",
                "clause_reference" => "clause reference",
                "clause_text" => "quoted clause",
                other => other,
            };
            format!("{title}: {field}")
        }
    }
}
