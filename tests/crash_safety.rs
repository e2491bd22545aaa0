//! Crash safety: a writer process is killed with SIGKILL at random moments, again and again.
//! After every kill the database must pass `PRAGMA integrity_check` and hold every write the
//! writer had acknowledged (the CLI prints a new review's id only after the commit).

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

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

#[test]
fn killing_the_writer_never_loses_an_acknowledged_write_or_corrupts_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.sqlite3");
    let file = dir.path().join("review.json");
    let bin = env!("CARGO_BIN_EXE_voip-review");

    // The review file every writer imports: the example, exported by the CLI itself.
    let status = Command::new(bin)
        .arg("--db")
        .arg(&db)
        .arg("sample")
        .output()
        .unwrap();
    assert!(status.status.success());
    let out = Command::new(bin)
        .arg("--db")
        .arg(&db)
        .args(["export-json", "1", "--out"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

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
    let mut acknowledged: Vec<i64> = vec![1];
    let mut kills = 0;
    let started = Instant::now();
    while kills < 60 {
        // One writer imports the file and prints the new id after the commit; it is killed
        // with SIGKILL after a random delay: while starting, opening, writing or printing.
        let mut child = Command::new(bin)
            .arg("--db")
            .arg(&db)
            .arg("import")
            .arg(&file)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(rng.next() % 40_000));
        let _ = child.kill();
        let status = child.wait().unwrap();
        // Count only the runs the signal actually cut short.
        if status.signal() == Some(9) {
            kills += 1;
        }
        let mut printed = String::new();
        child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut printed)
            .unwrap();
        // Only a complete line is an acknowledgement; a torn one is not.
        if let Some((done, _)) = printed.rsplit_once('\n') {
            acknowledged.extend(
                done.lines()
                    .map(|l| l.trim().parse::<i64>().expect("an id per line")),
            );
        }
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "the kill loop is stuck"
        );

        let conn = rusqlite::Connection::open(&db).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok", "integrity after kill {kills} (seed {seed})");
        let mut stmt = conn
            .prepare("SELECT count(*) FROM reviews WHERE id = ?1")
            .unwrap();
        for id in &acknowledged {
            let n: i64 = stmt.query_row([id], |r| r.get(0)).unwrap();
            assert_eq!(
                n, 1,
                "acknowledged review {id} missing after kill {kills} (seed {seed})"
            );
        }
        // Every stored review is whole: its ten areas and its answers arrived together.
        let partial: i64 = conn
            .query_row(
                "SELECT count(*) FROM reviews r WHERE (SELECT count(*) FROM area_states a WHERE a.review_id = r.id) <> 10",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            partial, 0,
            "a half-written review after kill {kills} (seed {seed})"
        );
    }
    assert!(
        acknowledged.len() > 10,
        "the writer made progress: {} writes",
        acknowledged.len()
    );
    eprintln!(
        "{kills} kills, {} acknowledged writes, {:?}",
        acknowledged.len(),
        started.elapsed()
    );
}
