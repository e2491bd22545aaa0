//! After signing: mark a review signed, list the deadlines of the contracts in force, write
//! them to a calendar file, prepare the notice letter.

use crate::{arg, count, display_width, pad_left, pad_right, say, truncate};
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use std::path::PathBuf;
use voip_review_core::deadlines::{self, letter};
use voip_review_core::error::Words;
use voip_review_core::files::write_file_atomically;
use voip_review_core::i18n::{Lang, format, msg, text};
use voip_review_core::model::Paper;
use voip_review_core::model::Review;
use voip_review_core::pdf::{PdfOptions, render_letter};
use voip_review_core::{Error, Store};

#[derive(Subcommand)]
pub enum ContractCommand {
    /// Mark a review's contract as signed on a date (or --unmark it): its deadlines are then
    /// tracked by `deadlines`, `export-ics` and `notice-letter`.
    MarkSigned {
        /// The review's id (see `list`).
        id: i64,
        /// The signature date, e.g. 2026-12-01 or "1 Dec 2026".
        #[arg(long, value_name = "DATE", required_unless_present = "unmark")]
        on: Option<String>,
        /// It is not signed after all.
        #[arg(long, conflicts_with = "on")]
        unmark: bool,
    },
    /// The deadlines of every signed contract from today on, soonest first, with overdue
    /// notice deadlines and the next possible exit.
    Deadlines {
        /// Only the next DAYS days (overdue notice deadlines are always listed).
        #[arg(long, value_name = "DAYS")]
        within: Option<u32>,
        /// Print JSON for scripts instead of a table.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        today: Today,
    },
    /// Write the deadlines of one signed contract, or of all of them, to an iCalendar file
    /// (all-day events, reminders 30 and 7 days before each notice deadline).
    ExportIcs {
        /// The review's id (see `list`).
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        id: Option<i64>,
        /// Every signed contract.
        #[arg(long)]
        all: bool,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        today: Today,
    },
    /// Write the letter that stops the renewal of a signed contract (PDF or plain text); says
    /// the last day it must arrive.
    NoticeLetter {
        /// The review's id (see `list`).
        id: i64,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long, value_parser = ["pdf", "txt"], default_value = "pdf")]
        format: String,
        /// Paper size of the PDF. Default: the app's setting, else from the locale.
        #[arg(long, value_parser = ["a4", "letter"])]
        paper: Option<String>,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        today: Today,
    },
}

impl ContractCommand {
    /// Whether the command only reads the store.
    pub fn only_reads(&self) -> bool {
        match self {
            ContractCommand::MarkSigned { .. } => false,
            ContractCommand::Deadlines { .. }
            | ContractCommand::ExportIcs { .. }
            | ContractCommand::NoticeLetter { .. } => true,
        }
    }
}

#[derive(Args)]
pub struct Today {
    /// Count days left from this date instead of today (YYYY-MM-DD or "1 Mar 2027").
    #[arg(long, value_name = "DATE")]
    today: Option<String>,
}

impl Today {
    fn date(&self) -> Result<NaiveDate, Error> {
        match &self.today {
            Some(text) => voip_review_core::dates::parse("--today", "--today", text),
            None => Ok(chrono::Local::now().date_naive()),
        }
    }
}

/// The review `id`, refused unless it is marked signed.
fn signed(store: &Store, id: i64) -> Result<Review, Error> {
    let review = store.get_review(id)?;
    if review.signed_on.is_none() {
        return Err(Error::invalid(
            "id",
            msg::CLI_REFUSE_LABEL_REVIEW,
            Words::msg_with(
                msg::CLI_REFUSE_NOT_SIGNED,
                vec![("id", Words::Plain(id.to_string()))],
            ),
        ));
    }
    Ok(review)
}

pub fn run(command: ContractCommand, store: &mut Store, lang: Lang) -> Result<(), Error> {
    match command {
        ContractCommand::MarkSigned { id, on, unmark } => {
            let date = if unmark { None } else { on };
            store.set_signed(id, date.as_deref())?;
            match store.get_review(id)?.signed_on {
                Some(day) => println!(
                    "{}",
                    say(
                        lang,
                        msg::CLI_SIGNED_SINCE,
                        &[("id", arg(id)), ("date", arg(format::iso_date(lang, &day)))]
                    )
                ),
                None => println!(
                    "{}",
                    say(lang, msg::CLI_SIGNED_NO_LONGER, &[("id", arg(id))])
                ),
            }
        }
        ContractCommand::Deadlines {
            within,
            json,
            today,
        } => {
            let today = today.date()?;
            // JSON stays English; the table speaks the terminal's language.
            let contracts = if json {
                deadlines::all_contracts(store, today)?
            } else {
                deadlines::all_contracts_in(store, today, lang)?
            };
            let list = deadlines::upcoming(&contracts, within.map(i64::from));
            if json {
                let value = serde_json::json!({
                    "today": today.to_string(),
                    "within_days": within,
                    "deadlines": list,
                    "contracts": contracts.iter().map(|c| serde_json::json!({
                        "review_id": c.review_id,
                        "contract": c.contract,
                        "signed_on": c.signed_on,
                        "notice_passed": c.notice_passed,
                        "missing": c.missing,
                    })).collect::<Vec<_>>(),
                });
                let text = serde_json::to_string_pretty(&value)
                    .map_err(|e| Error::Corrupt(e.to_string()))?;
                println!("{text}");
                return Ok(());
            }
            if contracts.is_empty() {
                println!("{}", text(lang, msg::CLI_NO_SIGNED_CONTRACTS));
                return Ok(());
            }
            if list.is_empty() {
                match within {
                    Some(days) => println!(
                        "{}",
                        say(lang, msg::CLI_NO_DEADLINES_WITHIN, &[("days", count(days))])
                    ),
                    None => println!("{}", text(lang, msg::CLI_NO_DEADLINES)),
                }
            } else {
                // Padded by display width: a Chinese character takes two columns, and the date
                // and "when" columns are as wide as their widest entry ("2029年12月31日").
                let dates: Vec<String> = list
                    .iter()
                    .map(|d| format::iso_date(lang, &d.date))
                    .collect();
                let date_width = dates
                    .iter()
                    .map(|d| display_width(d))
                    .chain([display_width(&text(lang, msg::CLI_DEADLINES_DATE)), 11])
                    .max()
                    .unwrap_or(11);
                let when_width = list
                    .iter()
                    .map(|d| display_width(&d.days_left_words))
                    .chain([display_width(&text(lang, msg::CLI_DEADLINES_WHEN)), 22])
                    .max()
                    .unwrap_or(22);
                println!(
                    "{}  {}  {}  {}  {}",
                    pad_right(&text(lang, msg::CLI_DEADLINES_DATE), date_width),
                    pad_right(&text(lang, msg::CLI_DEADLINES_WHEN), when_width),
                    pad_left(&text(lang, msg::CLI_LIST_ID), 5),
                    pad_right(&text(lang, msg::CLI_DEADLINES_CONTRACT), 28),
                    text(lang, msg::CLI_DEADLINES_DEADLINE)
                );
                for (d, date) in list.iter().zip(&dates) {
                    println!(
                        "{}  {}  {:>5}  {}  {}{}",
                        pad_right(date, date_width),
                        pad_right(&d.days_left_words, when_width),
                        d.review_id,
                        pad_right(&truncate(&d.contract, 28), 28),
                        d.title,
                        if d.overdue {
                            format!("  {}", text(lang, msg::CLI_DEADLINES_OVERDUE))
                        } else {
                            String::new()
                        }
                    );
                }
            }
            for c in &contracts {
                for note in [&c.notice_passed, &c.missing].into_iter().flatten() {
                    println!("\n{} ({}): {note}", c.contract, c.review_id);
                }
            }
        }
        ContractCommand::ExportIcs {
            id,
            all,
            out,
            force,
            today,
        } => {
            let today = today.date()?;
            // Each contract's events in its review's language, as its PDF and letter.
            let contracts = if all {
                deadlines::all_calendar_contracts(store, today)?
            } else {
                let id = id.ok_or_else(|| {
                    Error::invalid(
                        "id",
                        msg::CLI_REFUSE_LABEL_REVIEW,
                        msg::CLI_REFUSE_ID_OR_ALL,
                    )
                })?;
                vec![deadlines::calendar_contract(&signed(store, id)?, today)]
            };
            let each: Vec<_> = contracts.iter().map(|(c, l)| (c, *l)).collect();
            let (text, events) = deadlines::calendar_for_each(&each, chrono::Utc::now(), lang)?;
            write_file_atomically(&out, text.as_bytes(), force)?;
            println!(
                "{}",
                say(
                    lang,
                    msg::CLI_CALENDAR_WRITTEN,
                    &[
                        ("path", arg(out.display())),
                        ("events", count(events)),
                        ("contracts", count(contracts.len())),
                    ]
                )
            );
        }
        ContractCommand::NoticeLetter {
            id,
            out,
            format,
            paper,
            force,
            today,
        } => {
            let today = today.date()?;
            // The letter in the review's language; its reminder in the terminal's.
            let review = signed(store, id)?;
            let deadlines = deadlines::contract_deadlines_in(&review, today, lang);
            let letter = letter::notice_letter_in(&review, &deadlines, today, lang)?;
            if format == "txt" {
                write_file_atomically(&out, letter.text.as_bytes(), force)?;
                println!("{}", out.display());
            } else {
                let paper = match paper.as_deref().and_then(Paper::parse) {
                    Some(p) => p,
                    None => store.paper_setting()?.unwrap_or_else(Paper::from_locale),
                };
                let options = PdfOptions {
                    paper,
                    generated_at: chrono::Utc::now(),
                };
                let (bytes, pages, missing) = render_letter(&letter, &options, review.language)?;
                if !missing.is_empty() {
                    eprintln!(
                        "{}",
                        say(lang, msg::CLI_NO_FONT, &[("characters", arg(missing))])
                    );
                }
                write_file_atomically(&out, &bytes, force)?;
                println!(
                    "{}",
                    say(
                        lang,
                        msg::CLI_LETTER_WRITTEN,
                        &[
                            ("path", arg(out.display())),
                            ("pages", count(pages)),
                            ("bytes", arg(bytes.len())),
                        ]
                    )
                );
            }
            eprintln!("{}", letter.reminder);
        }
    }
    Ok(())
}
