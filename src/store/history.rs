//! The history of a review: every saved change as (what, old value, new value, when, revision),
//! found by comparing the review before and after each edit inside the edit's transaction, so
//! no edit can forget to record itself.

use super::Store;
use crate::error::Result;
use crate::model::{Review, ReviewId};
use crate::template::template;
use rusqlite::{Transaction, params};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

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

struct Change {
    kind: &'static str,
    target: String,
    old: Option<Value>,
    new: Option<Value>,
}

fn fields(value: Value) -> serde_json::Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => serde_json::Map::new(),
    }
}

fn diff_objects(kind: &'static str, prefix: &str, old: Value, new: Value, out: &mut Vec<Change>) {
    let (old, new) = (fields(old), fields(new));
    for (key, new_value) in &new {
        let old_value = old.get(key);
        if old_value != Some(new_value) {
            out.push(Change {
                kind,
                target: format!("{prefix}{key}"),
                old: old_value.cloned(),
                new: Some(new_value.clone()),
            });
        }
    }
}

fn diff(before: &Review, after: &Review) -> Vec<Change> {
    let mut out = Vec::new();
    diff_objects(
        "context",
        "",
        json(&before.context),
        json(&after.context),
        &mut out,
    );
    for (b, a) in before.areas.iter().zip(&after.areas) {
        let prefix = format!("{}.", a.area_id);
        diff_objects("area", &prefix, json(b), json(a), &mut out);
    }
    let keys: std::collections::BTreeSet<&String> =
        before.answers.keys().chain(after.answers.keys()).collect();
    for key in keys {
        let (old, new) = (before.answers.get(key), after.answers.get(key));
        if old != new {
            out.push(Change {
                kind: "answer",
                target: key.clone(),
                old: old.map(json),
                new: new.map(json),
            });
        }
    }
    diff_objects(
        "signoff",
        "",
        json(&before.signoff),
        json(&after.signoff),
        &mut out,
    );
    let ids: std::collections::BTreeSet<i64> = before
        .quotes
        .iter()
        .chain(&after.quotes)
        .map(|q| q.id)
        .collect();
    for id in ids {
        let find = |r: &Review| r.quotes.iter().find(|q| q.id == id).map(|q| json(&q.quote));
        let (old, new) = (find(before), find(after));
        if old != new {
            out.push(Change {
                kind: "quote",
                target: id.to_string(),
                old,
                new,
            });
        }
    }
    // `area_id` never changes; drop the noise of identical keys.
    out.retain(|c| !c.target.ends_with(".area_id"));
    out
}

/// Serialising plain data to a JSON value cannot fail.
fn json<T: Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

pub(super) fn record(
    tx: &Transaction,
    before: &Review,
    after: &Review,
    revision: i64,
    at: &str,
) -> Result<()> {
    let mut insert = tx.prepare_cached(
        "INSERT INTO history (review_id, revision, changed_at, kind, target, old_value, new_value)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for change in diff(before, after) {
        insert.execute(params![
            after.id,
            revision,
            at,
            change.kind,
            change.target,
            change.old.map(|v| v.to_string()),
            change.new.map(|v| v.to_string()),
        ])?;
    }
    Ok(())
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
        && let Ok(answer) = serde_json::from_value(value.clone())
    {
        return Some(crate::pdf::display_answer(question, &answer));
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

/// How many changes the history shows (the app's History panel and `voip-review history`): the
/// newest this many, which covers weeks of editing without loading years of it.
pub const HISTORY_PAGE_SIZE: u32 = 500;

impl Store {
    /// The review's latest [`HISTORY_PAGE_SIZE`] changes, newest first.
    pub fn recent_history(&self, id: ReviewId) -> Result<Vec<HistoryEntry>> {
        self.history(id, HISTORY_PAGE_SIZE)
    }

    /// The review's latest `limit` changes, newest first.
    pub fn history(&self, id: ReviewId, limit: u32) -> Result<Vec<HistoryEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT revision, changed_at, kind, target, old_value, new_value FROM history
             WHERE review_id = ?1 ORDER BY id DESC LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![id, limit], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, Option<String>>(4)?,
                row.get::<_, Option<String>>(5)?,
            ))
        })?;
        // Amounts are shown in the review's currency (the default one once it is purged).
        let currency = self
            .get_review(id)
            .map(|review| review.context.currency)
            .unwrap_or_else(|_| crate::model::ReviewContext::default().currency);
        let mut out = Vec::new();
        for row in rows {
            let (revision, changed_at, kind, target, old, new) = row?;
            out.push(HistoryEntry {
                revision,
                changed_at,
                what: describe(&kind, &target),
                old: shown(&kind, &target, old, &currency),
                new: shown(&kind, &target, new, &currency),
            });
        }
        Ok(out)
    }
}
