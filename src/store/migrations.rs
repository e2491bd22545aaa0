//! Schema history. Each entry runs once, all pending ones in a single transaction, and
//! `user_version` records how far a file has come. Never edit a released entry: add one.

use rusqlite_migration::{M, Migrations};
use std::sync::LazyLock;

const SCHEMA_V1: &str = r#"
CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE reviews (
    id                    INTEGER PRIMARY KEY,
    is_example            INTEGER NOT NULL DEFAULT 0 CHECK (is_example IN (0, 1)),
    reviewer              TEXT NOT NULL DEFAULT '',
    company               TEXT NOT NULL DEFAULT '',
    provider              TEXT NOT NULL CHECK (length(provider) BETWEEN 1 AND 200),
    plan                  TEXT NOT NULL DEFAULT '',
    quote_reference       TEXT NOT NULL DEFAULT '',
    quote_date            TEXT,
    term_months           INTEGER NOT NULL CHECK (term_months BETWEEN 1 AND 120),
    start_date            TEXT,
    seats                 INTEGER CHECK (seats BETWEEN 1 AND 10000),
    monthly_charge_minor  INTEGER CHECK (monthly_charge_minor >= 0),
    monthly_charge_basis  TEXT NOT NULL DEFAULT 'total' CHECK (monthly_charge_basis IN ('total', 'per_seat')),
    currency              TEXT NOT NULL,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    revision              INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE area_states (
    review_id         INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    area_id           TEXT NOT NULL,
    rating            TEXT NOT NULL DEFAULT 'not_reviewed',
    notes             TEXT NOT NULL DEFAULT '',
    clause_reference  TEXT NOT NULL DEFAULT '',
    clause_text       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (review_id, area_id)
) STRICT;

-- One row per answered question; the value is the JSON of `AnswerValue`, tagged with its type.
CREATE TABLE answers (
    review_id    INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    question_id  TEXT NOT NULL,
    value        TEXT NOT NULL CHECK (json_valid(value)),
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (review_id, question_id)
) STRICT;

CREATE INDEX reviews_by_updated ON reviews (updated_at DESC);
"#;

/// The sign-off sheet: one row per review once anything on it is filled in.
const SCHEMA_V2: &str = r#"
CREATE TABLE signoffs (
    review_id      INTEGER PRIMARY KEY REFERENCES reviews(id) ON DELETE CASCADE,
    approver_name  TEXT NOT NULL DEFAULT '',
    approver_role  TEXT NOT NULL DEFAULT '',
    decision       TEXT CHECK (decision IN ('approve', 'approve_with_conditions', 'reject')),
    conditions     TEXT NOT NULL DEFAULT '',
    signoff_date   TEXT
) STRICT;
"#;

/// Competing quotes entered for comparison.
const SCHEMA_V3: &str = r#"
CREATE TABLE competitor_quotes (
    id                 INTEGER PRIMARY KEY,
    review_id          INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    provider           TEXT NOT NULL CHECK (length(provider) BETWEEN 1 AND 200),
    monthly_minor      INTEGER NOT NULL CHECK (monthly_minor >= 0),
    term_months        INTEGER NOT NULL CHECK (term_months BETWEEN 0 AND 120),
    contract_required  INTEGER NOT NULL CHECK (contract_required IN (0, 1)),
    upfront_minor      INTEGER NOT NULL CHECK (upfront_minor >= 0),
    notes              TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX competitor_quotes_by_review ON competitor_quotes (review_id, id);
"#;

/// History of every change, and the trash: a deleted review keeps its rows for 30 days.
const SCHEMA_V4: &str = r#"
ALTER TABLE reviews ADD COLUMN deleted_at TEXT;

-- One row per changed value. Values are JSON (null when absent). No foreign key: the history of
-- a review outlives nothing but the review itself, and is removed with it when it is purged.
CREATE TABLE history (
    id         INTEGER PRIMARY KEY,
    review_id  INTEGER NOT NULL,
    revision   INTEGER NOT NULL,
    changed_at TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('context', 'area', 'answer', 'signoff', 'quote')),
    target     TEXT NOT NULL,
    old_value  TEXT CHECK (old_value IS NULL OR json_valid(old_value)),
    new_value  TEXT CHECK (new_value IS NULL OR json_valid(new_value))
) STRICT;

CREATE INDEX history_by_review ON history (review_id, id);
CREATE INDEX reviews_by_deleted ON reviews (deleted_at) WHERE deleted_at IS NOT NULL;

-- The home list shows every review's rating counts: they are kept on the review's row, set by
-- the same transaction that changes a rating, so listing thousands of reviews reads one table.
ALTER TABLE reviews ADD COLUMN acceptable_areas INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reviews ADD COLUMN negotiate_areas INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reviews ADD COLUMN deal_breaker_areas INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reviews ADD COLUMN not_applicable_areas INTEGER NOT NULL DEFAULT 0;
UPDATE reviews SET
    acceptable_areas = (SELECT count(*) FROM area_states a WHERE a.review_id = reviews.id AND a.rating = 'acceptable'),
    negotiate_areas = (SELECT count(*) FROM area_states a WHERE a.review_id = reviews.id AND a.rating = 'negotiate'),
    deal_breaker_areas = (SELECT count(*) FROM area_states a WHERE a.review_id = reviews.id AND a.rating = 'deal_breaker'),
    not_applicable_areas = (SELECT count(*) FROM area_states a WHERE a.review_id = reviews.id AND a.rating = 'not_applicable');
"#;

/// The template version each review was saved with, so answers of retired questions are carried
/// over exactly once (`crate::template::migrate`). Reviews from before it are version 1.
const SCHEMA_V5: &str = r#"
ALTER TABLE reviews ADD COLUMN template_version INTEGER NOT NULL DEFAULT 1 CHECK (template_version >= 1);
"#;

/// Competing quotes state seats, taxes and an escalator (or not: NULL), and a term means a
/// contract. The old "contract required" box is dropped: a quote with a term was a contract of
/// that term whatever the box said; one ticked without a term keeps the fact in its notes.
const SCHEMA_V6: &str = r#"
ALTER TABLE competitor_quotes ADD COLUMN seats INTEGER CHECK (seats IS NULL OR seats BETWEEN 1 AND 10000);
ALTER TABLE competitor_quotes ADD COLUMN taxes_percent REAL CHECK (taxes_percent IS NULL OR taxes_percent BETWEEN 0 AND 100);
ALTER TABLE competitor_quotes ADD COLUMN escalator_percent REAL CHECK (escalator_percent IS NULL OR escalator_percent BETWEEN 0 AND 100);
UPDATE competitor_quotes
SET notes = CASE
    WHEN notes = '' THEN 'Contract required; term not stated.'
    ELSE substr(notes, 1, 1960) || char(10) || 'Contract required; term not stated.'
END
WHERE contract_required = 1 AND term_months = 0;
ALTER TABLE competitor_quotes DROP COLUMN contract_required;
"#;

/// A contract in force: the day the review's contract was signed (null while it is a review).
const SCHEMA_V7: &str = r#"
ALTER TABLE reviews ADD COLUMN signed_on TEXT CHECK (signed_on IS NULL OR (length(signed_on) = 10 AND date(signed_on) = signed_on));
CREATE INDEX reviews_signed ON reviews (signed_on) WHERE signed_on IS NOT NULL AND deleted_at IS NULL;
"#;

/// The contract read for a review (issue 13): each document's text page by page and its
/// SHA-256, and the history's record of values accepted from the contract.
const SCHEMA_V8_CONTRACT: &str = r#"
CREATE TABLE contract_documents (
    review_id  INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
    kind       TEXT NOT NULL CHECK (kind IN ('pdf', 'docx', 'text', 'pasted')),
    pages      TEXT NOT NULL CHECK (json_valid(pages)),
    added_at   TEXT NOT NULL,
    PRIMARY KEY (review_id, position)
) STRICT;

-- Where an edit's values came from when not typed: "MSA.pdf, page 3, Section 9.3".
ALTER TABLE history ADD COLUMN source TEXT;
"#;

/// The review's language (issue 15): its sign-off PDF and notice letter are written in it.
/// Reviews from before it were all English.
const SCHEMA_V9_LANGUAGE: &str = r#"
ALTER TABLE reviews ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'zh-Hans'));
"#;

pub static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(SCHEMA_V1),
        M::up(SCHEMA_V2),
        M::up(SCHEMA_V3),
        M::up(SCHEMA_V4),
        M::up(SCHEMA_V5),
        M::up(SCHEMA_V6),
        M::up(SCHEMA_V7),
        M::up(SCHEMA_V8_CONTRACT),
        M::up(SCHEMA_V9_LANGUAGE),
    ])
});

/// The schema version this build writes.
pub const LATEST_VERSION: i64 = 9;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        MIGRATIONS.validate().unwrap();
    }

    /// A stored quote row: provider, term, notes, seats, taxes %, escalator %.
    type QuoteRow = (String, u32, String, Option<u32>, Option<f64>, Option<f64>);

    #[test]
    // The rows of an older schema are written as that schema's own SQL, like the migration.
    #[allow(clippy::disallowed_methods)]
    fn schema_6_keeps_every_quote_and_makes_a_term_a_contract() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        MIGRATIONS.to_version(&mut conn, 5).unwrap();
        conn.execute_batch(
            "INSERT INTO reviews (id, provider, term_months, currency, created_at, updated_at)
                 VALUES (1, 'Acme', 36, 'USD', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
             INSERT INTO competitor_quotes
                 (review_id, provider, monthly_minor, term_months, contract_required, upfront_minor, notes)
             VALUES
                 (1, 'Ticked, no term', 100, 0, 1, 0, ''),
                 (1, 'Ticked, no term, notes', 200, 0, 1, 0, 'Email support only.'),
                 (1, 'Term, not ticked', 300, 24, 0, 50, 'Phones leased.'),
                 (1, 'Month-to-month', 400, 0, 0, 0, '');",
        )
        .unwrap();
        MIGRATIONS.to_latest(&mut conn).unwrap();
        let rows: Vec<QuoteRow> = conn
            .prepare(
                "SELECT provider, term_months, notes, seats, taxes_percent, escalator_percent
                 FROM competitor_quotes ORDER BY id",
            )
            .unwrap()
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let kept: Vec<(&str, u32, &str)> = rows
            .iter()
            .map(|(p, t, n, ..)| (p.as_str(), *t, n.as_str()))
            .collect();
        assert_eq!(
            kept,
            [
                ("Ticked, no term", 0, "Contract required; term not stated."),
                (
                    "Ticked, no term, notes",
                    0,
                    "Email support only.\nContract required; term not stated."
                ),
                // A 24-month term is a 24-month contract now, whatever the box said.
                ("Term, not ticked", 24, "Phones leased."),
                ("Month-to-month", 0, ""),
            ]
        );
        // Nothing was stated about seats, taxes or an escalator.
        assert!(
            rows.iter()
                .all(|r| r.3.is_none() && r.4.is_none() && r.5.is_none())
        );
        let columns: i64 = conn
            .query_row(
                "SELECT count(*) FROM pragma_table_info('competitor_quotes') WHERE name = 'contract_required'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(columns, 0);
    }

    #[test]
    fn latest_version_matches_the_list() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        MIGRATIONS.to_latest(&mut conn).unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, LATEST_VERSION);
    }
}
