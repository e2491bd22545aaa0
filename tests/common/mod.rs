//! Helpers shared by the integration tests that roll a database back to an older schema.

/// Puts a competing quote's table back as schema 5 had it (no seats, taxes or escalator; a
/// "contract required" box), as an older app would have left the file.
pub fn undo_schema_6(conn: &rusqlite::Connection) {
    for sql in [
        "ALTER TABLE competitor_quotes DROP COLUMN seats",
        "ALTER TABLE competitor_quotes DROP COLUMN taxes_percent",
        "ALTER TABLE competitor_quotes DROP COLUMN escalator_percent",
        "ALTER TABLE competitor_quotes ADD COLUMN contract_required INTEGER NOT NULL DEFAULT 0 \
         CHECK (contract_required IN (0, 1))",
    ] {
        conn.execute(sql, []).unwrap();
    }
}

/// Removes the contract's tables (schema 8: the documents read for a review, and the history's
/// record of where an accepted value came from), as an older app would have left the file.
pub fn undo_schema_8_contract(conn: &rusqlite::Connection) {
    for sql in [
        "DROP TABLE contract_documents",
        "ALTER TABLE history DROP COLUMN source",
    ] {
        conn.execute(sql, []).unwrap();
    }
}

/// Takes the signature date away, as schema 6 had the reviews (before contracts in force).
pub fn undo_schema_7(conn: &rusqlite::Connection) {
    for sql in [
        "DROP INDEX reviews_signed",
        "ALTER TABLE reviews DROP COLUMN signed_on",
    ] {
        conn.execute(sql, []).unwrap();
    }
}

/// Takes the review's language away, as schema 8 had the reviews (every review English).
pub fn undo_schema_9_language(conn: &rusqlite::Connection) {
    conn.execute("ALTER TABLE reviews DROP COLUMN language", [])
        .unwrap();
}
