//! Crash safety of the app's edit path: a process making the same store calls as the window's
//! commands (an answer, a context field, a sign-off field, an area's notes, a competing quote) is
//! killed with SIGKILL at random moments, again and again. After every kill the database must
//! pass `PRAGMA integrity_check`, hold every edit the writer had acknowledged, and every
//! revision must have arrived whole: its value and its history record together.
//!
//! The writer is this test binary run again with `VOIP_REVIEW_EDIT_WRITER` set (see
//! `edit_writer_process`), so it links the same `voip_review_core` core as the app.

use std::io::Write;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use voip_review_core::Store;
use voip_review_core::model::{AnswerValue, AreaTextField, ContextEdit, ReviewId, SignOffEdit};

/// Set in the writer process: `<database>\n<acknowledgement file>\n<first step>\n<quote id>`.
const WRITER_ENV: &str = "VOIP_REVIEW_EDIT_WRITER";

/// A small deterministic generator, so a failure can be replayed from the seed it prints.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

/// The five kinds of edit, taken in turn: step `n` makes edit `n % 5` with `n` in its value, so
/// the value stored tells which step wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Answer,
    Context,
    SignOff,
    AreaNotes,
    Quote,
}

const KINDS: [Kind; 5] = [
    Kind::Answer,
    Kind::Context,
    Kind::SignOff,
    Kind::AreaNotes,
    Kind::Quote,
];

fn kind_of(step: u64) -> Kind {
    KINDS[(step % KINDS.len() as u64) as usize]
}

/// The text step `step` writes; `step_in` reads it back.
fn text_of(step: u64) -> String {
    format!("step {step}")
}

fn step_in(text: &str) -> Option<u64> {
    text.strip_prefix("step ")?.parse().ok()
}

/// One edit, through the same calls as the app's commands (`src-tauri/src/commands.rs`):
/// answers and quotes arrive as JSON and are read by `voip_review_core::input` first.
fn edit(
    store: &mut Store,
    review: ReviewId,
    quote_id: i64,
    step: u64,
) -> voip_review_core::Result<()> {
    let text = text_of(step);
    match kind_of(step) {
        Kind::Answer => {
            let value = voip_review_core::input::answer(
                "sla.escalation",
                serde_json::json!({ "type": "text", "value": text }),
            )?;
            store.set_answer(review, "sla.escalation", value.as_ref())?;
        }
        Kind::Context => {
            store.set_context_field(review, &ContextEdit::QuoteReference(text))?;
        }
        Kind::SignOff => {
            store.set_signoff_field(review, &SignOffEdit::Conditions(text))?;
        }
        Kind::AreaNotes => {
            store.set_area_text(review, "sla", AreaTextField::Notes, &text)?;
        }
        Kind::Quote => {
            let quote = voip_review_core::input::quote(serde_json::json!({
                "provider": "Rival Telecom",
                "monthly_minor": 100_000 + step as i64,
                "term_months": 24,
                "upfront_minor": 0,
                "seats": null,
                "taxes_percent": null,
                "escalator_percent": null,
                "notes": text,
            }))?;
            store.update_quote(review, quote_id, &quote)?;
        }
    }
    Ok(())
}

/// The writer: edits review 1 step after step and appends each step's number to the
/// acknowledgement file once its edit has returned (committed). Does nothing in a normal run.
#[test]
fn edit_writer_process() {
    let Ok(spec) = std::env::var(WRITER_ENV) else {
        return;
    };
    let parts: Vec<&str> = spec.lines().collect();
    let [db, acks, first, quote_id] = parts[..] else {
        panic!("{WRITER_ENV} needs four lines, got {spec:?}");
    };
    let mut store = Store::open(Path::new(db)).expect("open the store");
    let mut acks = std::fs::OpenOptions::new()
        .append(true)
        .open(acks)
        .expect("open the acknowledgement file");
    let quote_id: i64 = quote_id.parse().unwrap();
    for step in first.parse::<u64>().unwrap().. {
        edit(&mut store, 1, quote_id, step).expect("an edit");
        // One write per line: a kill leaves whole lines or a torn last one, never a mix.
        acks.write_all(format!("{step}\n").as_bytes()).unwrap();
    }
}

/// What a field holds now, as the step that wrote it (`None`: the example's own value).
fn stored_steps(db: &Path) -> [Option<u64>; 5] {
    let store = Store::open(db).expect("the app opens the database again after the kill");
    let review = store.get_review(1).expect("the review loads whole");
    let answer = match review.answers.get("sla.escalation") {
        Some(AnswerValue::Text(text)) => step_in(text),
        _ => None,
    };
    let notes = review
        .areas
        .iter()
        .find(|a| a.area_id == "sla")
        .and_then(|a| step_in(&a.notes));
    let quote = review.quotes.first().and_then(|q| step_in(&q.quote.notes));
    [
        answer,
        step_in(&review.context.quote_reference),
        step_in(&review.signoff.conditions),
        notes,
        quote,
    ]
}

fn writer(db: &Path, acks: &Path, first: u64, quote_id: i64) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "edit_writer_process", "--test-threads=1"])
        .env(
            WRITER_ENV,
            format!("{}\n{}\n{first}\n{quote_id}", db.display(), acks.display()),
        )
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn killing_the_app_edit_path_never_loses_an_acknowledged_edit_or_half_writes_one() {
    let dir = tempfile::tempdir().unwrap();
    let db: PathBuf = dir.path().join("edits.sqlite3");
    let acks = dir.path().join("acks");
    std::fs::write(&acks, "").unwrap();

    // Review 1: the example, with one competing quote to edit.
    let (quote_id, first_revision) = {
        let mut store = Store::open(&db).unwrap();
        store.seed_example_if_new().unwrap();
        let mut review = store.get_review(1).unwrap();
        if review.quotes.is_empty() {
            let quote = voip_review_core::input::quote(serde_json::json!({
                "provider": "Rival Telecom", "monthly_minor": 100_000, "term_months": 24,
                "upfront_minor": 0, "seats": null, "taxes_percent": null,
                "escalator_percent": null, "notes": "",
            }))
            .unwrap();
            store.add_quote(1, &quote).unwrap();
            review = store.get_review(1).unwrap();
        }
        (review.quotes[0].id, review.revision)
    };

    let seed = std::env::var("CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    eprintln!("CRASH_SEED={seed}");
    let mut rng = Lcg(seed);
    // Per kind, the last acknowledged step; and every step that was on its way at a kill
    // (it may or may not have committed).
    let mut last_acked: [Option<u64>; 5] = [None; 5];
    let mut in_flight: Vec<u64> = Vec::new();
    let (mut next, mut kills, mut acknowledged) = (0u64, 0, 0usize);
    let started = Instant::now();
    // At least 40 kills, and on until enough edits of every kind were acknowledged (a busy
    // machine starts the writer slowly, so a short delay may kill it before its first edit).
    while kills < 40 || acknowledged < 50 || last_acked.iter().any(Option::is_none) {
        let first = next;
        let mut child = writer(&db, &acks, first, quote_id);
        // Starting, opening (and the day's backup), or in the middle of a run of edits.
        // Every fourth run is given longer, so runs of many edits are cut short too.
        let longer = if kills % 4 == 3 { 250_000 } else { 0 };
        std::thread::sleep(Duration::from_micros(rng.next() % 150_000 + longer));
        let _ = child.kill();
        let status = child.wait().unwrap();
        assert!(
            status.signal() == Some(9),
            "the writer stopped by itself ({status}); run it alone to see why (seed {seed})"
        );
        kills += 1;

        // This run's acknowledgements: whole lines only.
        let written = std::fs::read_to_string(&acks).unwrap();
        let done: Vec<u64> = match written.rsplit_once('\n') {
            Some((lines, _)) => lines.lines().map(|l| l.parse().unwrap()).collect(),
            None => Vec::new(),
        };
        std::fs::write(&acks, "").unwrap();
        for (offset, step) in done.iter().enumerate() {
            assert_eq!(*step, first + offset as u64, "steps in order");
            last_acked[KINDS.iter().position(|k| *k == kind_of(*step)).unwrap()] = Some(*step);
        }
        acknowledged += done.len();
        let unacknowledged = first + done.len() as u64;
        in_flight.push(unacknowledged);
        next = unacknowledged + 1;

        let conn = rusqlite::Connection::open(&db).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok", "integrity after kill {kills} (seed {seed})");
        drop(conn);

        // Every field holds its last acknowledged edit, or a later one that was on its way.
        for (index, stored) in stored_steps(&db).into_iter().enumerate() {
            let kind = KINDS[index];
            let acked = last_acked[index];
            let later_in_flight = stored.is_some_and(|s| {
                in_flight.contains(&s) && kind_of(s) == kind && acked.is_none_or(|a| s > a)
            });
            assert!(
                stored == acked || later_in_flight,
                "{kind:?}: stored step {stored:?}, last acknowledged {acked:?}, after kill {kills} (seed {seed})"
            );
        }

        // Whole revisions: every revision since the start has its history record, and the
        // review's revision is the newest one recorded.
        let conn = rusqlite::Connection::open(&db).unwrap();
        let (revision, recorded, newest): (i64, i64, i64) = conn
            .query_row(
                "SELECT r.revision,
                        (SELECT count(DISTINCT revision) FROM history h
                          WHERE h.review_id = r.id AND h.revision > ?1),
                        (SELECT coalesce(max(revision), 0) FROM history h WHERE h.review_id = r.id)
                 FROM reviews r WHERE r.id = 1",
                [first_revision],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert_eq!(
            recorded,
            revision - first_revision,
            "a revision without its history after kill {kills} (seed {seed})"
        );
        assert!(
            revision == newest || revision == first_revision,
            "revision {revision}, newest in history {newest} (seed {seed})"
        );
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "the kill loop is stuck"
        );
    }
    eprintln!(
        "{kills} kills, {acknowledged} acknowledged edits, {:?}",
        started.elapsed()
    );
}
