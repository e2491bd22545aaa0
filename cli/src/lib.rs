//! `voip-review`: the command-line tool over the same core and the same database as the app.
//! A library so the installed app can answer as `voip-review` too (one program in the package:
//! `/usr/bin/voip-review` is a link to the app, see `voip_review_app::main`).

// Every line the commands print goes through `output`, which ends quietly when the reader has
// closed the pipe instead of panicking as the standard macros do. Defined before the modules so
// they use these too.
macro_rules! println {
    () => {
        $crate::output::line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::output::line(format_args!($($arg)*))
    };
}
macro_rules! eprintln {
    ($($arg:tt)*) => {
        $crate::output::error_line(format_args!($($arg)*))
    };
}

mod calc;
mod contract;
mod output;
mod read_contract;

use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use voip_review_core::files::{pdf_file_name, review_file_name, write_file_atomically};
use voip_review_core::model::Paper;
use voip_review_core::pdf::{PdfOptions, render_review};
use voip_review_core::store::Replaced;
use voip_review_core::{Error, Store, paths, sample, template};

#[derive(Parser)]
#[command(
    name = "voip-review",
    version,
    about = "Review business VoIP contracts from the command line"
)]
struct Cli {
    /// Database file. Default: $VOIP_REVIEW_DB, else the app's own database.
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

/// The subcommands, by what they need: nothing (the calculators), the database's file (restore
/// replaces it, so it must not be opened first), or the open store (everything else).
#[derive(Subcommand)]
enum Command {
    /// The calculators (downtime, credit, bandwidth, exit cost, dates, total cost, support), without a
    /// database. Each prints its formula; add --json for scripts.
    #[command(subcommand)]
    Calc(Box<calc::Calc>),
    #[command(flatten)]
    Store(StoreCommand),
    /// Replace the database with one of its backups (see `backups`). The current database is
    /// backed up first (or moved aside if damaged); refused while the app has it open.
    Restore { file: PathBuf },
    /// Read a contract (PDF with a text layer, DOCX or plain text; several files make one
    /// contract) and print what it says for each area: question id, value in the review-file
    /// answer format, the quoted sentence, document, page, section and the rule that found it.
    ReadContract {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Print JSON for scripts instead of text.
        #[arg(long)]
        json: bool,
        /// Fill only the still-empty answers of review ID with what was found, and print them
        /// (this opens the database; without it none is needed).
        #[arg(long, value_name = "ID")]
        apply: Option<i64>,
    },
}

/// The subcommands that work on the open store.
#[derive(Subcommand)]
enum StoreCommand {
    /// Add the example review ("Example: 12-seat office quote") and print its id.
    Sample,
    /// List reviews, most recently edited first.
    List {
        /// Print JSON for scripts instead of a table.
        #[arg(long)]
        json: bool,
        /// Only reviews whose provider, plan, company, reviewer or quote reference match.
        #[arg(long, value_name = "TEXT", default_value = "")]
        search: String,
    },
    /// Write a review to a JSON review file (format: docs/review-format.md).
    ExportJson {
        /// The review's id (see `list`).
        id: i64,
        /// Where to write it. Default: "<provider> – VoIP contract review – <date>.json" in the
        /// current folder, the name the app offers.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Import a review file as a new review; prints its id once it is committed.
    Import { file: PathBuf },
    /// Back up the database now into the `backups/` folder beside it; prints the backup's path.
    Backup,
    /// List the automatic backups, newest first.
    Backups {
        #[arg(long)]
        json: bool,
    },
    /// Compare 2 to 4 reviews side by side: costs, uptime, support and flags, ranked.
    Compare {
        /// The reviews' ids (see `list`).
        #[arg(required = true, value_name = "ID")]
        ids: Vec<i64>,
        #[arg(long)]
        json: bool,
    },
    /// A review's latest changes, newest first (the same page as the app's History panel).
    History {
        /// The review's id (see `list`).
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Write the sign-off summary of a review as a PDF.
    ExportPdf {
        /// The review's id (see `list`).
        id: i64,
        /// Where to write the PDF. Default: "<provider> – VoIP contract review – <date>.pdf" in
        /// the current folder, the name the app offers.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Paper size. Default: the app's setting, else from the locale (Letter for the US).
        #[arg(long, value_parser = ["a4", "letter"])]
        paper: Option<String>,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
    },
    #[command(flatten)]
    Contract(contract::ContractCommand),
}

/// Runs the command line `args` (the first is the program's name, as in `std::env::args_os`).
pub fn run_from_args<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = Cli::parse_from(args);
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("voip-review: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), Error> {
    match cli.command {
        Command::Calc(c) => calc::run(*c),
        Command::Restore { file } => restore(&db_path(cli.db)?, &file),
        Command::ReadContract {
            files,
            json,
            apply: None,
        } => read_contract::print(&files, json),
        Command::ReadContract {
            files,
            json,
            apply: Some(id),
        } => {
            let mut store = Store::open(&db_path(cli.db)?)?;
            read_contract::apply(&mut store, id, &files, json)
        }
        Command::Store(command) => {
            let db = db_path(cli.db)?;
            let mut store = Store::open(&db)?;
            run_on_store(&mut store, &db, command)
        }
    }
}

/// `--db`, else `$VOIP_REVIEW_DB`, else the app's own database.
fn db_path(given: Option<PathBuf>) -> Result<PathBuf, Error> {
    given.or_else(paths::default_db_path).ok_or_else(no_db)
}

/// Only one of this database's own backups, and only while no other program has the database
/// open (both checked by `store::restore`).
fn restore(db: &Path, file: &Path) -> Result<(), Error> {
    match voip_review_core::store::restore(db, file)? {
        Replaced::BackedUp(saved) => {
            println!("The current database was backed up to {}", saved.display());
        }
        Replaced::MovedAside(aside) => {
            println!(
                "The current database was damaged and was moved aside to {}",
                aside.display()
            );
        }
        Replaced::Nothing => {}
    }
    println!("Restored {} from {}", db.display(), file.display());
    Ok(())
}

fn run_on_store(store: &mut Store, db: &Path, command: StoreCommand) -> Result<(), Error> {
    match command {
        StoreCommand::ExportJson { id, out, force } => {
            let review = store.get_review(id)?;
            let out = out.unwrap_or_else(|| review_file_name(&review, today()).into());
            let contract = store.contract(id)?;
            let bytes = voip_review_core::review_file::export_with_contract(
                &review,
                &contract,
                chrono::Utc::now(),
            );
            write_file_atomically(&out, &bytes, force)?;
            println!("{}", out.display());
        }
        StoreCommand::Import { file } => {
            let bytes = voip_review_core::review_file::read_file(&file)?;
            let (review, contract) = voip_review_core::review_file::parse_with_contract(&bytes)?;
            let id = store.insert_review_with_contract(&review, &contract)?;
            println!("{id}");
        }
        StoreCommand::Backup => {
            println!("{}", store.backup_now()?.display());
        }
        StoreCommand::Backups { json } => {
            let backups = voip_review_core::store::list_backups(db)?;
            if json {
                let text = serde_json::to_string_pretty(&backups)
                    .map_err(|e| Error::Corrupt(e.to_string()))?;
                println!("{text}");
            } else if backups.is_empty() {
                println!("No backups beside {}", db.display());
            } else {
                for b in backups {
                    let reason = b.reason.label();
                    println!(
                        "{}  {:>5} reviews  {:<17}  {}",
                        b.created_at,
                        b.reviews.map_or("?".into(), |n| n.to_string()),
                        reason,
                        b.path
                    );
                }
            }
        }
        StoreCommand::Compare { ids, json } => {
            let comparison =
                voip_review_core::insights::compare::compare_stored(store, &ids, today())?;
            if json {
                print_json(&comparison)?;
            } else {
                print_comparison(&comparison);
            }
        }
        StoreCommand::History { id, json } => {
            let entries = voip_review_core::display::recent_history(store, id)?;
            if json {
                print_json(&entries)?;
            } else if entries.is_empty() {
                println!("No changes recorded for review {id}");
            } else {
                for e in entries {
                    let change = match (e.old, e.new) {
                        (Some(old), Some(new)) => format!("{old} → {new}"),
                        (None, Some(new)) => format!("set to {new}"),
                        (Some(old), None) => format!("{old} cleared"),
                        (None, None) => "cleared".to_owned(),
                    };
                    println!(
                        "{}  r{:<4}  {}: {}",
                        e.changed_at, e.revision, e.what, change
                    );
                }
            }
        }
        StoreCommand::Contract(command) => contract::run(command, store)?,
        StoreCommand::Sample => {
            let id = store.insert_review(&sample::example_review())?;
            println!("{id}");
        }
        StoreCommand::List { json, search } => {
            let items = store.list_reviews(&search)?;
            if json {
                let text = serde_json::to_string_pretty(&items)
                    .map_err(|e| Error::Corrupt(e.to_string()))?;
                println!("{text}");
            } else if items.is_empty() {
                println!("No reviews in {}", db.display());
            } else {
                println!(
                    "{:>5}  {:<34}  {:<26}  {:>8}  LAST EDITED",
                    "ID", "REVIEW", "PLAN", "PROGRESS"
                );
                for item in items {
                    println!(
                        "{:>5}  {:<34}  {:<26}  {:>8}  {}",
                        item.id,
                        truncate(&item.title, 34),
                        truncate(&item.plan, 26),
                        format!("{}/{}", item.reviewed_areas, item.total_areas),
                        item.updated_at
                            .get(..16)
                            .unwrap_or(&item.updated_at)
                            .replace('T', " ")
                    );
                }
            }
        }
        StoreCommand::ExportPdf {
            id,
            out,
            paper,
            force,
        } => {
            let review = store.get_review(id)?;
            let out = out.unwrap_or_else(|| pdf_file_name(&review, today()).into());
            let paper = match paper.as_deref().and_then(Paper::parse) {
                Some(p) => p,
                None => store.paper_setting()?.unwrap_or_else(Paper::from_locale),
            };
            let options = PdfOptions {
                paper,
                generated_at: chrono::Utc::now(),
            };
            let pdf = render_review(&review, template(), &options)?;
            write_file_atomically(&out, &pdf.bytes, force)?;
            if !pdf.missing_characters.is_empty() {
                let chars: String = pdf.missing_characters.iter().collect();
                eprintln!(
                    "warning: no installed font can show these characters, printed as □: {chars}"
                );
            }
            println!(
                "{} ({} pages, {} bytes, fingerprint {})",
                out.display(),
                pdf.pages,
                pdf.bytes.len(),
                pdf.fingerprint
            );
        }
    }
    Ok(())
}

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn print_json(value: &impl serde::Serialize) -> Result<(), Error> {
    let text = serde_json::to_string_pretty(value).map_err(|e| Error::Corrupt(e.to_string()))?;
    println!("{text}");
    Ok(())
}

/// One block per review, in the order given, with its rank and what keeps it unranked.
fn print_comparison(comparison: &voip_review_core::insights::ReviewComparison) {
    if let Some(warning) = &comparison.warning {
        println!("Note: {warning}");
    }
    let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".to_owned());
    for r in &comparison.reviews {
        println!();
        let rank = r
            .rank
            .map_or("not ranked".to_owned(), |n| format!("rank {n}"));
        println!("{} (id {}, {rank})", r.title, r.review_id);
        println!("  Plan               {}", r.plan);
        println!("  Total cost         {}", shown(&r.total_cost));
        println!("  Monthly average    {}", shown(&r.monthly_average));
        println!("  Uptime             {}", shown(&r.uptime));
        println!("  Support hours      {}", shown(&r.support_hours));
        println!("  Critical response  {}", shown(&r.critical_response));
        println!(
            "  Flags              {}, {}",
            voip_review_core::wording::count(r.deal_breakers, "deal-breaker", "deal-breakers"),
            voip_review_core::wording::count(r.negotiate, "to negotiate", "to negotiate")
        );
        println!(
            "  Areas reviewed     {} of {}",
            r.areas_reviewed, r.areas_total
        );
        if !r.missing.is_empty() {
            println!("  Missing            {}", r.missing.join(", "));
        }
    }
    println!();
    println!("{}", comparison.ranking_rule);
}

fn no_db() -> Error {
    Error::invalid(
        "--db",
        "--db",
        "no data directory could be found; pass --db PATH or set VOIP_REVIEW_DB",
    )
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_owned()
    } else {
        text.chars().take(width - 1).collect::<String>() + "…"
    }
}
