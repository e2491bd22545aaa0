//! Start-up time and memory of the app against a minimal Tauri 2 window, under Xvfb.
//!
//! `bench-start --app PATH --minimal PATH [--runs N] [--watch SECONDS]`, run by
//! `scripts/bench-start.sh` inside `xvfb-run` (no window manager). Each round launches, one after
//! the other on the same screen:
//!
//! - the minimal window and the app with empty data folders (a first start: the app creates and
//!   migrates its database, seeds the example review and takes its first backup);
//! - both again with the folders the first start left (an ordinary start).
//!
//! **Ready** is the time from the launch to the first frame of the screen that equals its settled
//! picture. The screen is read whenever the X server reports that something was drawn on it
//! (the DAMAGE extension), for `--watch` seconds, and once more at the end. The settled picture
//! is any frame read in the last second of that watch, or the last one read (a blinking caret
//! gives two). For the app that picture is the home screen with its list of reviews drawn,
//! which is interactive from then on. Reading the screen only when it changed leaves both
//! processors to the program measured: reading it in a loop, as this harness first did, kept
//! one of this 2-core machine's two busy copying 4 MB frames (docs/performance.md). **Memory** is the sum of `Rss` and `Pss` in `/proc/PID/smaps_rollup` over the
//! launched process and every process it started (WebKit's web and network processes), read at
//! the end of the watch.

use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hasher};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use x11rb::connection::Connection;
use x11rb::protocol::Event;
use x11rb::protocol::damage::{self, ConnectionExt as _, ReportLevel};
use x11rb::protocol::xproto::{ConnectionExt as _, ImageFormat};
use x11rb::rust_connection::RustConnection;

struct Options {
    app: PathBuf,
    minimal: PathBuf,
    runs: usize,
    watch: Duration,
}

fn parse_options() -> Result<Options, String> {
    let mut app = None;
    let mut minimal = None;
    let mut runs = 7;
    let mut watch = 5.0;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--app" => app = Some(PathBuf::from(value()?)),
            "--minimal" => minimal = Some(PathBuf::from(value()?)),
            "--runs" => {
                runs = value()?
                    .parse()
                    .map_err(|_| "--runs must be a whole number of rounds, 1 or more")?
            }
            "--watch" => {
                watch = value()?
                    .parse()
                    .map_err(|_| "--watch must be a number of seconds, 2 or more")?
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if runs == 0 {
        return Err("--runs must be a whole number of rounds, 1 or more".into());
    }
    if !(2.0..=60.0).contains(&watch) {
        return Err("--watch must be a number of seconds between 2 and 60".into());
    }
    Ok(Options {
        app: app.ok_or("--app PATH is required")?,
        minimal: minimal.ok_or("--minimal PATH is required")?,
        runs,
        watch: Duration::from_secs_f64(watch),
    })
}

/// One launch's figures.
struct Sample {
    ready: Duration,
    rss_kib: u64,
    pss_kib: u64,
    processes: usize,
}

struct Screen {
    conn: RustConnection,
    root: u32,
    width: u16,
    height: u16,
    /// Collects what is drawn anywhere on the screen, and says so once until it is cleared.
    damage: damage::Damage,
}

impl Screen {
    fn connect() -> Result<Screen, String> {
        let (conn, screen_num) =
            x11rb::connect(None).map_err(|e| format!("no X display (run under xvfb-run): {e}"))?;
        let screen = &conn.setup().roots[screen_num];
        let (root, width, height) = (screen.root, screen.width_in_pixels, screen.height_in_pixels);
        let no_damage =
            |e: &dyn std::fmt::Display| format!("the X server has no DAMAGE extension: {e}");
        conn.damage_query_version(1, 1)
            .map_err(|e| no_damage(&e))?
            .reply()
            .map_err(|e| no_damage(&e))?;
        let damage = conn.generate_id().map_err(|e| e.to_string())?;
        conn.damage_create(damage, root, ReportLevel::NON_EMPTY)
            .map_err(|e| e.to_string())?
            .check()
            .map_err(|e| no_damage(&e))?;
        Ok(Screen {
            conn,
            root,
            width,
            height,
            damage,
        })
    }

    /// Waits until something is drawn on the screen or `until` passes; true if something was.
    /// The damage is cleared, so the next change is reported again.
    fn wait_for_drawing(&self, until: Instant) -> Result<bool, String> {
        loop {
            let mut drawn = false;
            while let Some(event) = self.conn.poll_for_event().map_err(|e| e.to_string())? {
                drawn |= matches!(event, Event::DamageNotify(_));
            }
            if drawn {
                self.conn
                    .damage_subtract(self.damage, x11rb::NONE, x11rb::NONE)
                    .map_err(|e| e.to_string())?;
                return Ok(true);
            }
            if Instant::now() >= until {
                return Ok(false);
            }
            // A millisecond's sleep between looks: the watch costs next to nothing.
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    /// A hash of the whole screen's pixels.
    fn frame(&self) -> Result<u64, String> {
        let image = self
            .conn
            .get_image(
                ImageFormat::Z_PIXMAP,
                self.root,
                0,
                0,
                self.width,
                self.height,
                !0,
            )
            .map_err(|e| e.to_string())?
            .reply()
            .map_err(|e| e.to_string())?;
        let mut hasher = DefaultHasher::new();
        hasher.write(&image.data);
        Ok(hasher.finish())
    }
}

/// The process and every process it started, recursively (read from `/proc/*/stat`).
fn process_tree(root: u32) -> Vec<u32> {
    let mut parent_of: HashMap<u32, u32> = HashMap::new();
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for entry in entries.flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
                continue;
            };
            let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
                continue;
            };
            // The command name is in parentheses and may hold spaces: the parent follows the
            // last ')' after the state letter.
            let Some(after) = stat.rfind(')').map(|i| &stat[i + 1..]) else {
                continue;
            };
            if let Some(ppid) = after.split_whitespace().nth(1).and_then(|p| p.parse().ok()) {
                parent_of.insert(pid, ppid);
            }
        }
    }
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        let parent = tree[i];
        tree.extend(
            parent_of
                .iter()
                .filter(|(_, ppid)| **ppid == parent)
                .map(|(pid, _)| *pid),
        );
        i += 1;
    }
    tree
}

/// `Rss` and `Pss` of one process in KiB, from `/proc/PID/smaps_rollup`.
fn memory_kib(pid: u32) -> (u64, u64) {
    let text = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
    let field = |name: &str| {
        text.lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|n| n.parse::<u64>().ok())
            .unwrap_or(0)
    };
    (field("Rss:"), field("Pss:"))
}

fn signal(pids: &[u32], name: &str) {
    if pids.is_empty() {
        return;
    }
    let _ = Command::new("kill")
        .arg(format!("-{name}"))
        .args(pids.iter().map(u32::to_string))
        .stderr(Stdio::null())
        .status();
}

/// Ends the launched process and everything it started, and waits until they are gone.
fn stop(mut child: Child) {
    let tree = process_tree(child.id());
    signal(&tree, "TERM");
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline && child.try_wait().ok().flatten().is_none() {
        std::thread::sleep(Duration::from_millis(20));
    }
    let left: Vec<u32> = tree
        .into_iter()
        .filter(|pid| Path::new(&format!("/proc/{pid}")).exists())
        .collect();
    signal(&left, "KILL");
    let _ = child.wait();
}

fn launch(screen: &Screen, program: &Path, home: &Path, watch: Duration) -> Result<Sample, String> {
    for dir in ["data", "cache", "config", "runtime"] {
        std::fs::create_dir_all(home.join(dir)).map_err(|e| e.to_string())?;
    }
    let mut command = Command::new(program);
    command
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_RUNTIME_DIR", home.join("runtime"))
        .env_remove("VOIP_REVIEW_DB")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let started = Instant::now();
    let child = command
        .spawn()
        .map_err(|e| format!("could not start {}: {e}", program.display()))?;
    // Each frame with the time its reading came back: the screen looked like that by then.
    let mut frames: Vec<(Duration, u64)> = Vec::new();
    let result = (|| -> Result<Sample, String> {
        frames.push((started.elapsed(), screen.frame()?));
        while screen.wait_for_drawing(started + watch)? {
            let hash = screen.frame()?;
            frames.push((started.elapsed(), hash));
        }
        let last = screen.frame()?;
        frames.push((started.elapsed(), last));
        let settled_from = watch - Duration::from_secs(1);
        let settled: HashSet<u64> = frames
            .iter()
            .filter(|(t, _)| *t >= settled_from)
            .map(|(_, h)| *h)
            .chain([last])
            .collect();
        let ready = frames
            .iter()
            .find(|(_, h)| settled.contains(h))
            .map(|(t, _)| *t)
            .ok_or("no frame was seen")?;
        let tree = process_tree(child.id());
        let (rss_kib, pss_kib) = tree
            .iter()
            .map(|pid| memory_kib(*pid))
            .fold((0, 0), |(r, p), (dr, dp)| (r + dr, p + dp));
        Ok(Sample {
            ready,
            rss_kib,
            pss_kib,
            processes: tree.len(),
        })
    })();
    stop(child);
    // Let the screen go back to its empty background before the next launch.
    std::thread::sleep(Duration::from_millis(300));
    result
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

fn main() {
    let options = match parse_options() {
        Ok(o) => o,
        Err(message) => {
            eprintln!("bench-start: {message}");
            std::process::exit(2);
        }
    };
    if let Err(message) = run(&options) {
        eprintln!("bench-start: {message}");
        std::process::exit(1);
    }
}

fn run(options: &Options) -> Result<(), String> {
    let screen = Screen::connect()?;
    let scratch = std::env::temp_dir().join(format!("bench-start-{}", std::process::id()));
    // (label, program, first start?)
    let cases: [(&str, &Path, bool); 4] = [
        (
            "minimal window, first start",
            options.minimal.as_path(),
            true,
        ),
        ("app, first start", options.app.as_path(), true),
        ("minimal window", options.minimal.as_path(), false),
        ("app", options.app.as_path(), false),
    ];
    let mut samples: Vec<Vec<Sample>> = cases.iter().map(|_| Vec::new()).collect();
    println!("round  case                          ready     RSS      PSS  processes");
    for round in 1..=options.runs {
        for (i, (label, program, _)) in cases.iter().enumerate() {
            // A first start gets empty folders; an ordinary start the ones its first start left.
            let home = scratch.join(format!("round{round}-{}", i % 2));
            let sample = launch(&screen, program, &home, options.watch)?;
            println!(
                "{round:>5}  {label:<28} {:>6.0} ms {:>5} MB {:>5} MB {:>3}",
                sample.ready.as_secs_f64() * 1000.0,
                sample.rss_kib / 1024,
                sample.pss_kib / 1024,
                sample.processes
            );
            samples[i].push(sample);
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);

    println!(
        "\nMedians of {} rounds (ready: launch to the settled first screen; memory: the process and its children at {:.0} s)",
        options.runs,
        options.watch.as_secs_f64()
    );
    println!("case                          ready      RSS       PSS");
    let mut medians = Vec::new();
    for ((label, _, _), list) in cases.iter().zip(&samples) {
        let ready = median(list.iter().map(|s| s.ready.as_secs_f64()).collect());
        let rss = median(list.iter().map(|s| s.rss_kib as f64 / 1024.0).collect());
        let pss = median(list.iter().map(|s| s.pss_kib as f64 / 1024.0).collect());
        println!(
            "{label:<28} {:>6.0} ms {:>6.0} MB {:>6.0} MB",
            ready * 1000.0,
            rss,
            pss
        );
        medians.push((ready, rss, pss));
    }
    let (app_ready, app_rss, app_pss) = medians[3];
    let (_, min_rss, min_pss) = medians[2];
    println!(
        "\napp against the minimal window: ready {:.0} ms (budget 700 ms), RSS {:.2}×, PSS {:.2}× (budget 1.15×)",
        app_ready * 1000.0,
        app_rss / min_rss,
        app_pss / min_pss
    );
    Ok(())
}
