//! The history of a review: every saved change as (what, old value, new value, when, revision),
//! found by comparing the review before and after each edit inside the edit's transaction, so
//! no edit can forget to record itself.

use super::Store;
use crate::error::Result;
use crate::model::{Review, ReviewId};
use rusqlite::{Transaction, params};
use serde::Serialize;
use serde_json::Value;

/// One recorded change as stored: what kind of thing changed, which one, and its JSON before
/// and after. [`crate::display::history`] words it for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredChange {
    pub revision: i64,
    /// RFC 3339, UTC.
    pub changed_at: String,
    /// `context`, `area`, `answer`, `signoff` or `quote`.
    pub kind: String,
    /// The field, `<area id>.<field>`, question id or quote id.
    pub target: String,
    pub old: Option<String>,
    pub new: Option<String>,
    /// Where the value came from when it was not typed ("msa.pdf, page 3, Section 9.3").
    pub source: Option<String>,
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
    // Marking the contract signed (or not) is part of the sign-off's story.
    if before.signed_on != after.signed_on {
        out.push(Change {
            kind: "signoff",
            target: SIGNED_ON.into(),
            old: before.signed_on.as_ref().map(json),
            new: after.signed_on.as_ref().map(json),
        });
    }
    // The language of the review's sign-off PDF and notice letter, chosen on the summary: part
    // of the sign-off's story too (the table's kinds are fixed by the schema).
    if before.language != after.language {
        out.push(Change {
            kind: "signoff",
            target: LANGUAGE.into(),
            old: Some(json(&before.language)),
            new: Some(json(&after.language)),
        });
    }
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
    sources: &std::collections::BTreeMap<String, String>,
) -> Result<()> {
    let mut insert = tx.prepare_cached(
        "INSERT INTO history (review_id, revision, changed_at, kind, target, old_value, new_value, source)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
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
            sources.get(&change.target),
        ])?;
    }
    Ok(())
}

/// The history target of the signature date (kind `signoff`).
pub(crate) const SIGNED_ON: &str = "signed_on";

/// The history target of the review's language (kind `signoff`), stored as its tag ("zh-Hans").
pub(crate) const LANGUAGE: &str = "language";

/// How many changes the history shows (the app's History panel and `voip-review history`): the
/// newest this many, which covers weeks of editing without loading years of it.
pub const HISTORY_PAGE_SIZE: u32 = 500;

impl Store {
    /// The review's latest `limit` changes as stored, newest first.
    pub fn changes(&self, id: ReviewId, limit: u32) -> Result<Vec<StoredChange>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT revision, changed_at, kind, target, old_value, new_value, source FROM history
             WHERE review_id = ?1 ORDER BY id DESC LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![id, limit], |row| {
            Ok(StoredChange {
                revision: row.get(0)?,
                changed_at: row.get(1)?,
                kind: row.get(2)?,
                target: row.get(3)?,
                old: row.get(4)?,
                new: row.get(5)?,
                source: row.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}
