//! Automatic backups, restore, and damaged files: moved aside, reported, never repaired in place.

use std::path::Path;
use std::process::Command;
use voip_review::store::{LATEST_VERSION, list_backups, restore};
use voip_review::{Error, ErrorCode, Store, sample};

fn store_with_reviews(path: &Path, n: usize) -> Store {
    let mut store = Store::open(path).unwrap();
    for _ in 0..n {
        store.insert_review(&sample::example_review()).unwrap();
    }
    store
}

#[test]
fn backup_and_restore_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let store = store_with_reviews(&db, 1);
    let backup = store.backup_now().unwrap();
    assert!(backup.starts_with(dir.path().join("backups")));
    drop(store);

    let mut store = Store::open(&db).unwrap();
    store.insert_review(&sample::example_review()).unwrap();
    assert_eq!(store.review_count().unwrap(), 2);
    drop(store);

    restore(&db, &backup).unwrap();
    let store = Store::open(&db).unwrap();
    assert_eq!(store.review_count().unwrap(), 1);
    let restored = store.get_review(1).unwrap();
    assert_eq!(restored.context.provider, "Northwind Voice");
    // What was replaced was backed up first: the newest backup holds both reviews.
    let backups = list_backups(&db).unwrap();
    assert!(backups.iter().any(|b| b.reviews == Some(2)), "{backups:?}");
}

#[test]
fn only_the_last_ten_backups_are_kept_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let store = store_with_reviews(&db, 1);
    for _ in 0..12 {
        store.backup_now().unwrap();
    }
    let backups = list_backups(&db).unwrap();
    assert_eq!(backups.len(), 10);
    let mut sorted = backups.clone();
    sorted.sort_by(|a, b| b.created_at.cmp(&a.created_at));
    assert_eq!(
        backups.iter().map(|b| &b.created_at).collect::<Vec<_>>(),
        sorted.iter().map(|b| &b.created_at).collect::<Vec<_>>()
    );
    assert!(backups.iter().all(|b| b.reviews == Some(1) && b.bytes > 0));
    // Each backup is one self-contained file.
    let names: Vec<String> = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| n.ends_with(".sqlite3")), "{names:?}");
}

#[test]
fn a_backup_is_taken_before_a_migration() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    drop(store_with_reviews(&db, 1));
    // Roll the file back to schema version 3, as an older app would have left it.
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        // Undo schema versions 5 (template version) and 4 (history and trash).
        for sql in [
            "ALTER TABLE reviews DROP COLUMN template_version",
            "DROP INDEX reviews_by_deleted",
            "DROP INDEX history_by_review",
            "DROP TABLE history",
            "ALTER TABLE reviews DROP COLUMN deleted_at",
            "ALTER TABLE reviews DROP COLUMN acceptable_areas",
            "ALTER TABLE reviews DROP COLUMN negotiate_areas",
            "ALTER TABLE reviews DROP COLUMN deal_breaker_areas",
            "ALTER TABLE reviews DROP COLUMN not_applicable_areas",
        ] {
            conn.execute(sql, []).unwrap();
        }
        conn.pragma_update(None, "user_version", 3).unwrap();
    }
    for b in list_backups(&db).unwrap() {
        std::fs::remove_file(b.path).unwrap();
    }
    let store = Store::open(&db).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    // The migration filled in the rating counts the home list reads: the example rates 3 areas
    // acceptable, 6 negotiate and cancellation a deal-breaker.
    let listed = store.list_reviews("").unwrap();
    assert_eq!(
        (
            listed[0].ratings.acceptable,
            listed[0].ratings.negotiate,
            listed[0].ratings.deal_breaker
        ),
        (3, 6, 1)
    );
    let backups = list_backups(&db).unwrap();
    assert_eq!(backups.len(), 1);
    let old = rusqlite::Connection::open(&backups[0].path).unwrap();
    let version: i64 = old
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 3, "the backup is of the file before the migration");
}

fn damaged_is_moved_aside(damage: impl Fn(&Path)) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let store = store_with_reviews(&db, 30);
    store.backup_now().unwrap();
    drop(store);
    damage(&db);
    let damaged_bytes = std::fs::read(&db).unwrap();

    let err = Store::open(&db).err().expect("a damaged file is refused");
    let Error::DatabaseDamaged { path, moved_to, .. } = &err else {
        panic!("expected DatabaseDamaged, got {err:?}");
    };
    assert_eq!(path, &db);
    assert_eq!(
        voip_review::ApiError::from(&err).code,
        ErrorCode::DatabaseDamaged
    );
    assert!(err.to_string().contains("moved aside"), "{err}");
    // Never repaired in place: the damaged bytes sit unchanged beside, the path is free.
    assert!(!db.exists());
    assert_eq!(std::fs::read(moved_to).unwrap(), damaged_bytes);

    // The latest backup restores the reviews.
    let latest = list_backups(&db).unwrap().remove(0);
    restore(&db, Path::new(&latest.path)).unwrap();
    assert_eq!(Store::open(&db).unwrap().review_count().unwrap(), 30);
}

fn checkpoint(db: &Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
}

#[test]
fn a_truncated_file_is_moved_aside() {
    damaged_is_moved_aside(|db| {
        checkpoint(db);
        let len = std::fs::metadata(db).unwrap().len();
        let file = std::fs::OpenOptions::new().write(true).open(db).unwrap();
        file.set_len(len / 2).unwrap();
    });
}

#[test]
fn an_overwritten_header_is_moved_aside() {
    damaged_is_moved_aside(|db| {
        checkpoint(db);
        let mut bytes = std::fs::read(db).unwrap();
        bytes[..16].copy_from_slice(b"not a database!!");
        std::fs::write(db, bytes).unwrap();
    });
}

#[test]
fn random_bytes_in_the_middle_are_moved_aside() {
    damaged_is_moved_aside(|db| {
        checkpoint(db);
        let mut bytes = std::fs::read(db).unwrap();
        let page = 4096;
        // Scribble over whole pages in the middle of the file (b-tree pages of the reviews).
        let mut x: u64 = 0x9E3779B97F4A7C15;
        let start = (bytes.len() / 2 / page) * page;
        for b in &mut bytes[start..start + 3 * page] {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
        std::fs::write(db, bytes).unwrap();
    });
}

#[test]
fn the_cli_exits_non_zero_naming_the_damaged_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    store_with_reviews(&db, 1).backup_now().unwrap();
    checkpoint(&db);
    let mut bytes = std::fs::read(&db).unwrap();
    bytes[..16].copy_from_slice(b"garbage-garbage!");
    std::fs::write(&db, bytes).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_voip-review"))
        .arg("--db")
        .arg(&db)
        .arg("list")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(&db.display().to_string()) && stderr.contains("damaged"),
        "{stderr}"
    );

    // `restore` from the CLI brings back the automatic backup.
    let latest = list_backups(&db).unwrap().remove(0);
    let out = Command::new(env!("CARGO_BIN_EXE_voip-review"))
        .arg("--db")
        .arg(&db)
        .arg("restore")
        .arg(&latest.path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(Store::open(&db).unwrap().review_count().unwrap(), 1);
}

#[test]
fn a_damaged_backup_is_not_restored() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    drop(store_with_reviews(&db, 1));
    let bad = dir.path().join("bad.sqlite3");
    std::fs::write(
        &bad,
        b"this is not sqlite at all, not even close............",
    )
    .unwrap();
    let err = restore(&db, &bad).unwrap_err();
    assert!(err.to_string().contains("cannot be restored"), "{err}");
    assert_eq!(Store::open(&db).unwrap().review_count().unwrap(), 1);
}
