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
mod help;
mod output;
mod read_contract;

use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use voip_review_core::error::Words;
use voip_review_core::files::{pdf_file_name, review_file_name, write_file_atomically};
use voip_review_core::i18n::{Arg, Key, Lang, msg, text, text_with};
use voip_review_core::model::Paper;
use voip_review_core::pdf::{PdfOptions, render_review};
use voip_review_core::store::Replaced;
use voip_review_core::{Error, Store, paths, sample, template};

/// A message of the command line's catalog with its variables, in `lang`.
fn say(lang: Lang, key: Key, args: &[(&str, Arg<'_>)]) -> String {
    text_with(lang, key, args)
}

/// A value for a message.
fn arg(value: impl std::fmt::Display) -> Arg<'static> {
    Arg::from(value.to_string())
}

/// A count for a message: a number, so the catalog picks the plural form.
fn count(n: impl TryInto<u64>) -> Arg<'static> {
    Arg::from(n.try_into().unwrap_or(u64::MAX))
}

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
    /// Language of the human-readable output: en or zh-Hans. Default: from the locale
    /// (LC_ALL, LC_MESSAGES, LANG). JSON output is the same in every language.
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<Lang>,
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
    Sample {
        /// Language of its texts and sign-off PDF: en or zh-Hans (a clinic in China, in CNY).
        /// Default: the output's language.
        #[arg(long, value_name = "LANG")]
        language: Option<Lang>,
    },
    /// Print the language of a review's sign-off PDF and notice letter, or set it.
    ReviewLanguage {
        /// The review's id (see `list`).
        id: i64,
        /// The language to set: en or zh-Hans.
        language: Option<Lang>,
    },
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
        /// current folder, the name the app offers (in the review's language: "VoIP 合同审查").
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
        /// the current folder, the name the app offers (in the review's language: "VoIP 合同审查").
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
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    // Help and usage errors in the language the output will have.
    let cli: Cli = help::parse(help::language(&args), args);
    let lang = cli.lang.unwrap_or_else(Lang::from_system);
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // In the terminal's language, as the rest of the human output.
            eprintln!("voip-review: {}", err.message(lang));
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), Error> {
    let lang = cli.lang.unwrap_or_else(Lang::from_system);
    match cli.command {
        Command::Calc(c) => calc::run(*c, lang),
        Command::Restore { file } => restore(lang, &db_path(cli.db)?, &file),
        Command::ReadContract {
            files,
            json,
            apply: None,
        } => read_contract::print(&files, json, lang),
        Command::ReadContract {
            files,
            json,
            apply: Some(id),
        } => {
            let db = existing_db(cli.db)?;
            let mut store = Store::open(&db)?;
            read_contract::apply(&mut store, id, &files, json, lang)
        }
        Command::Store(command) => {
            let db = if matches!(
                command,
                StoreCommand::Sample { .. } | StoreCommand::Import { .. }
            ) {
                db_path(cli.db)?
            } else {
                existing_db(cli.db)?
            };
            if !command.only_reads() {
                let mut store = Store::open(&db)?;
                return run_on_store(&mut store, &db, command, lang);
            }
            let mut store = Store::open_for_reading(&db)?;
            match run_on_store(&mut store, &db, command, lang) {
                // Damage met while reading: the full open checks the file, moves it aside and
                // says so, as any other command would have.
                Err(err) if err.is_damage() => {
                    drop(store);
                    Store::open(&db)?;
                    Err(err)
                }
                done => done,
            }
        }
    }
}

impl StoreCommand {
    /// Whether the command only reads the store, so it can skip the upkeep of a full open
    /// ([`Store::open_for_reading`]).
    fn only_reads(&self) -> bool {
        match self {
            StoreCommand::List { .. }
            | StoreCommand::ExportJson { .. }
            | StoreCommand::ExportPdf { .. }
            | StoreCommand::Backups { .. }
            | StoreCommand::Compare { .. }
            | StoreCommand::History { .. }
            | StoreCommand::ReviewLanguage { language: None, .. } => true,
            StoreCommand::Contract(command) => command.only_reads(),
            StoreCommand::Sample { .. }
            | StoreCommand::ReviewLanguage { .. }
            | StoreCommand::Import { .. }
            | StoreCommand::Backup => false,
        }
    }
}

/// `--db`, else `$VOIP_REVIEW_DB`, else the app's own database.
fn db_path(given: Option<PathBuf>) -> Result<PathBuf, Error> {
    given.or_else(paths::default_db_path).ok_or_else(no_db)
}

/// [`db_path`], refused when `--db` names a file that does not exist: a mistyped path must not
/// make a new, empty database (and its folders) and report "no reviews".
fn existing_db(given: Option<PathBuf>) -> Result<PathBuf, Error> {
    let named = given.is_some();
    let db = db_path(given)?;
    if named && !db.exists() {
        return Err(Error::invalid(
            "--db",
            "--db",
            Words::msg_with(
                msg::CLI_REFUSE_MISSING_DB,
                vec![("path", Words::Plain(db.display().to_string()))],
            ),
        ));
    }
    Ok(db)
}

/// Only one of this database's own backups, and only while no other program has the database
/// open (both checked by `store::restore`).
fn restore(lang: Lang, db: &Path, file: &Path) -> Result<(), Error> {
    match voip_review_core::store::restore(db, file)? {
        Replaced::BackedUp(saved) => {
            let path = arg(saved.display());
            println!(
                "{}",
                say(lang, msg::CLI_RESTORE_BACKED_UP, &[("path", path)])
            );
        }
        Replaced::MovedAside(aside) => {
            let path = arg(aside.display());
            println!(
                "{}",
                say(lang, msg::CLI_RESTORE_MOVED_ASIDE, &[("path", path)])
            );
        }
        Replaced::Nothing => {}
    }
    println!(
        "{}",
        say(
            lang,
            msg::CLI_RESTORED,
            &[("db", arg(db.display())), ("file", arg(file.display()))]
        )
    );
    Ok(())
}

fn run_on_store(
    store: &mut Store,
    db: &Path,
    command: StoreCommand,
    lang: Lang,
) -> Result<(), Error> {
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
                println!(
                    "{}",
                    say(lang, msg::CLI_NO_BACKUPS, &[("db", arg(db.display()))])
                );
            } else {
                for b in backups {
                    let reason = b.reason.label_in(lang);
                    let reviews = b.reviews.map_or_else(
                        || format!("{:>5}", "?"),
                        |n| {
                            let words = say(lang, msg::CLI_BACKUP_REVIEWS, &[("count", count(n))]);
                            // The number right-aligned in five places, as the columns expect.
                            match words.split_once(' ') {
                                Some((number, rest)) => format!("{number:>5} {rest}"),
                                None => words,
                            }
                        },
                    );
                    let reason = pad_right(&reason, 17);
                    println!("{}  {reviews}  {reason}  {}", b.created_at, b.path);
                }
            }
        }
        StoreCommand::Compare { ids, json } => {
            // JSON keeps the English words of every version; people read their language.
            let comparison = if json {
                voip_review_core::insights::compare::compare_stored(store, &ids, today())?
            } else {
                voip_review_core::insights::compare::compare_stored_in(store, &ids, today(), lang)?
            };
            if json {
                print_json(&comparison)?;
            } else {
                print_comparison(lang, &comparison);
            }
        }
        StoreCommand::History { id, json } => {
            let entries = if json {
                voip_review_core::display::recent_history(store, id)?
            } else {
                voip_review_core::display::recent_history_in(store, id, lang)?
            };
            if json {
                print_json(&entries)?;
            } else if entries.is_empty() {
                println!("{}", say(lang, msg::CLI_NO_HISTORY, &[("id", arg(id))]));
            } else {
                for e in entries {
                    let change = match (e.old, e.new) {
                        (Some(old), Some(new)) => say(
                            lang,
                            msg::CLI_HISTORY_CHANGED,
                            &[("old", arg(old)), ("new", arg(new))],
                        ),
                        (None, Some(new)) => say(lang, msg::CLI_HISTORY_SET, &[("new", arg(new))]),
                        (Some(old), None) => {
                            say(lang, msg::CLI_HISTORY_CLEARED_FROM, &[("old", arg(old))])
                        }
                        (None, None) => text(lang, msg::CLI_HISTORY_CLEARED),
                    };
                    println!(
                        "{}  r{:<4}  {}: {}",
                        local_minute(&e.changed_at),
                        e.revision,
                        e.what,
                        change
                    );
                }
            }
        }
        StoreCommand::Contract(command) => contract::run(command, store, lang)?,
        StoreCommand::Sample { language } => {
            // The example written in the language its maker reads (or the one asked for), as
            // the app's first start seeds it: its texts, amounts and PDF in that language.
            let example = sample::example_review_in(language.unwrap_or(lang));
            let id = store.insert_review(&example)?;
            println!("{id}");
        }
        StoreCommand::ReviewLanguage { id, language } => match language {
            None => {
                let language = store.get_review(id)?.language;
                println!(
                    "{}",
                    say(
                        lang,
                        msg::CLI_REVIEW_LANGUAGE,
                        &[("id", arg(id)), ("language", arg(language.native_name()))]
                    )
                );
            }
            Some(language) => {
                let receipt = store.set_review_language(id, language)?;
                println!(
                    "{}",
                    say(
                        lang,
                        msg::CLI_REVIEW_LANGUAGE_SET,
                        &[
                            ("id", arg(id)),
                            ("language", arg(language.native_name())),
                            ("revision", arg(receipt.revision)),
                        ]
                    )
                );
            }
        },
        StoreCommand::List { json, search } => {
            let items = store.list_reviews(&search)?;
            if json {
                let text = serde_json::to_string_pretty(&items)
                    .map_err(|e| Error::Corrupt(e.to_string()))?;
                println!("{text}");
            } else if items.is_empty() {
                println!(
                    "{}",
                    say(lang, msg::CLI_NO_REVIEWS, &[("db", arg(db.display()))])
                );
            } else {
                // Padded by display width: a Chinese character takes two columns.
                println!(
                    "{}  {}  {}  {}  {}",
                    pad_left(&text(lang, msg::CLI_LIST_ID), 5),
                    pad_right(&text(lang, msg::CLI_LIST_REVIEW), 34),
                    pad_right(&text(lang, msg::CLI_LIST_PLAN), 26),
                    pad_left(&text(lang, msg::CLI_LIST_PROGRESS), 8),
                    text(lang, msg::CLI_LIST_LAST_EDITED)
                );
                for item in items {
                    println!(
                        "{:>5}  {}  {}  {:>8}  {}",
                        item.id,
                        pad_right(&truncate(&item.title, 34), 34),
                        pad_right(&truncate(&item.plan, 26), 26),
                        format!("{}/{}", item.reviewed_areas, item.total_areas),
                        local_minute(&item.updated_at)
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
                    "{}",
                    say(lang, msg::CLI_NO_FONT, &[("characters", arg(chars))])
                );
            }
            println!(
                "{}",
                say(
                    lang,
                    msg::CLI_PDF_WRITTEN,
                    &[
                        ("path", arg(out.display())),
                        ("pages", count(pdf.pages)),
                        ("bytes", arg(pdf.bytes.len())),
                        ("fingerprint", arg(&pdf.fingerprint)),
                    ]
                )
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
fn print_comparison(lang: Lang, comparison: &voip_review_core::insights::ReviewComparison) {
    if let Some(warning) = &comparison.warning {
        println!(
            "{}",
            say(lang, msg::CLI_COMPARE_NOTE, &[("warning", arg(warning))])
        );
    }
    let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".to_owned());
    // "  Label              value": labels padded to 19 columns of display width.
    let row = |key: Key, value: &str| {
        println!("  {}{value}", pad_right(&text(lang, key), 19));
    };
    for r in &comparison.reviews {
        println!();
        let rank = r.rank.map_or(text(lang, msg::CLI_COMPARE_NOT_RANKED), |n| {
            say(lang, msg::CLI_COMPARE_RANK, &[("rank", arg(n))])
        });
        println!(
            "{}",
            say(
                lang,
                msg::CLI_COMPARE_HEADING,
                &[
                    ("title", arg(&r.title)),
                    ("id", arg(r.review_id)),
                    ("rank", arg(rank))
                ]
            )
        );
        row(msg::CLI_COMPARE_PLAN, &r.plan);
        row(msg::CLI_COMPARE_TOTAL_COST, &shown(&r.total_cost));
        row(msg::CLI_COMPARE_MONTHLY_AVERAGE, &shown(&r.monthly_average));
        row(msg::CLI_COMPARE_UPTIME, &shown(&r.uptime));
        row(msg::CLI_COMPARE_SUPPORT_HOURS, &shown(&r.support_hours));
        row(
            msg::CLI_COMPARE_CRITICAL_RESPONSE,
            &shown(&r.critical_response),
        );
        row(
            msg::CLI_COMPARE_FLAGS,
            &say(
                lang,
                msg::CLI_COMPARE_FLAGS_VALUE,
                &[
                    ("breakers", count(r.deal_breakers)),
                    ("negotiate", count(r.negotiate)),
                ],
            ),
        );
        row(
            msg::CLI_COMPARE_AREAS_REVIEWED,
            &say(
                lang,
                msg::CLI_COMPARE_AREAS_VALUE,
                &[
                    ("reviewed", arg(r.areas_reviewed)),
                    ("total", arg(r.areas_total)),
                ],
            ),
        );
        if !r.missing.is_empty() {
            row(msg::CLI_COMPARE_MISSING, &r.missing.join(", "));
        }
    }
    println!();
    println!("{}", comparison.ranking_rule);
}

fn no_db() -> Error {
    Error::invalid("--db", "--db", msg::CLI_REFUSE_NO_DB)
}

/// Columns `text` takes in a terminal: two for a CJK (wide) character, one for others.
fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| match c {
            '\u{1100}'..='\u{115F}'
            | '\u{2E80}'..='\u{A4CF}'
            | '\u{AC00}'..='\u{D7A3}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{FE30}'..='\u{FE4F}'
            | '\u{FF00}'..='\u{FF60}'
            | '\u{FFE0}'..='\u{FFE6}'
            | '\u{20000}'..='\u{3FFFD}' => 2,
            _ => 1,
        })
        .sum()
}

/// `text` followed by spaces up to `width` columns.
fn pad_right(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(display_width(text));
    format!("{text}{}", " ".repeat(fill))
}

/// Spaces up to `width` columns, then `text`.
fn pad_left(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(display_width(text));
    format!("{}{text}", " ".repeat(fill))
}

/// `text` cut to `width` terminal columns (a CJK character takes two), with "…" when cut.
fn truncate(text: &str, width: usize) -> String {
    if display_width(text) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        if display_width(&out) + display_width(c.encode_utf8(&mut [0; 4])) > width - 1 {
            break;
        }
        out.push(c);
    }
    out + "…"
}

/// A stored RFC 3339 UTC time as this computer's local time to the minute, "2026-11-30 15:04":
/// what a person reading the terminal expects (JSON keeps the stored UTC time).
fn local_minute(stored: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(stored).map_or_else(
        |_| stored.get(..16).unwrap_or(stored).replace('T', " "),
        |at| {
            at.with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        },
    )
}
