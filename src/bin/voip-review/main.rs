//! `voip-review`: the command-line tool over the same core and the same database as the app.

mod calc;
mod contract;
mod read_contract;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use voip_review::model::Paper;
use voip_review::pdf::{PdfOptions, render_review, write_file_atomically};
use voip_review::store::{BackupReason, Replaced};
use voip_review::{Error, Store, paths, sample, template};

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

#[derive(Subcommand)]
enum Command {
    /// The calculators (downtime, credit, bandwidth, exit cost, dates, total cost), without a
    /// database. Each prints its formula; add --json for scripts.
    #[command(subcommand)]
    Calc(Box<calc::Calc>),
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
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
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
        /// Fill only the still-empty answers of review ID with what was found, and print them.
        #[arg(long, value_name = "ID")]
        apply: Option<i64>,
    },
    /// Write the sign-off summary of a review as a PDF.
    ExportPdf {
        /// The review's id (see `list`).
        id: i64,
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("voip-review: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), Error> {
    let command = match cli.command {
        Command::Calc(c) => return calc::run(*c),
        Command::ReadContract {
            files,
            json,
            apply: None,
        } => return read_contract::print(&files, json),
        other => other,
    };
    if let Command::Restore { file } = &command {
        let db = cli
            .db
            .clone()
            .or_else(paths::default_db_path)
            .ok_or_else(no_db)?;
        // Only one of this database's own backups, and only while no other program has the
        // database open (both checked by `restore`).
        let replaced = voip_review::store::restore(&db, file)?;
        match replaced {
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
        return Ok(());
    }
    let db = cli.db.or_else(paths::default_db_path).ok_or_else(no_db)?;
    let mut store = Store::open(&db)?;
    match command {
        Command::ReadContract {
            files,
            json,
            apply: Some(id),
        } => read_contract::apply(&mut store, id, &files, json)?,
        Command::Calc(_) | Command::Restore { .. } | Command::ReadContract { apply: None, .. } => {
            unreachable!("handled above, before the database is opened")
        }
        Command::ExportJson { id, out, force } => {
            let review = store.get_review(id)?;
            let contract = store.contract(id)?;
            let bytes = voip_review::review_file::export_with_contract(
                &review,
                &contract,
                chrono::Utc::now(),
            );
            write_file_atomically(&out, &bytes, force)?;
            println!("{}", out.display());
        }
        Command::Import { file } => {
            let bytes = voip_review::review_file::read_file(&file)?;
            let (review, contract) = voip_review::review_file::parse_with_contract(&bytes)?;
            let id = store.insert_review_with_contract(&review, &contract)?;
            println!("{id}");
        }
        Command::Backup => {
            println!("{}", store.backup_now()?.display());
        }
        Command::Backups { json } => {
            let backups = voip_review::store::list_backups(&db)?;
            if json {
                let text = serde_json::to_string_pretty(&backups)
                    .map_err(|e| Error::Corrupt(e.to_string()))?;
                println!("{text}");
            } else if backups.is_empty() {
                println!("No backups beside {}", db.display());
            } else {
                for b in backups {
                    let reason = match b.reason {
                        BackupReason::Daily => "daily",
                        BackupReason::BeforeRestore => "before a restore",
                        BackupReason::BeforeUpgrade => "before an upgrade",
                        BackupReason::Manual => "on request",
                    };
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
        Command::Contract(command) => contract::run(command, &mut store)?,
        Command::Sample => {
            let id = store.insert_review(&sample::example_review())?;
            println!("{id}");
        }
        Command::List { json, search } => {
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
        Command::ExportPdf {
            id,
            out,
            paper,
            force,
        } => {
            let review = store.get_review(id)?;
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
