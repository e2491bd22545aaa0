//! `voip-review read-contract`: the contract reader from the command line.

use crate::{arg, count, say};
use std::path::{Path, PathBuf};
use voip_review_core::contract::{self, Location, Reading};
use voip_review_core::error::Words;
use voip_review_core::i18n::{Lang, msg, text};
use voip_review_core::{Error, Store};

/// Where a passage is, as `lang` writes it: "MSA.pdf, page 3, Section 9.3" / "MSA.pdf，第 3 页，
/// Section 9.3" (the section's heading as the contract has it).
fn location(lang: Lang, l: &Location) -> String {
    l.reference(lang)
}

/// Reads the files as one contract, labelled in `lang`.
fn read(files: &[PathBuf], lang: Lang) -> Result<Reading, Error> {
    let mut documents = Vec::with_capacity(files.len());
    for file in files {
        let name = file.file_name().map_or_else(
            || file.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let bytes = read_bytes(file)?;
        documents.push(contract::read_document(&name, &bytes)?);
    }
    Ok(contract::read_in(documents, lang))
}

fn read_bytes(file: &Path) -> Result<Vec<u8>, Error> {
    let too_big = std::fs::metadata(file)
        .map(|m| m.len() > contract::MAX_FILE_BYTES as u64)
        .unwrap_or(false);
    if too_big {
        return Err(Error::invalid(
            "contract.file",
            file.display().to_string(),
            Words::msg_with(
                msg::CLI_REFUSE_FILE_TOO_BIG,
                vec![(
                    "megabytes",
                    Words::Count((contract::MAX_FILE_BYTES / 1_000_000) as i64),
                )],
            ),
        ));
    }
    std::fs::read(file).map_err(|source| Error::Io {
        context: voip_review_core::i18n::msg::ERROR_IO_READ_CONTRACT,
        path: file.to_owned(),
        source,
    })
}

fn json_text<T: serde::Serialize>(value: &T) -> Result<String, Error> {
    serde_json::to_string_pretty(value).map_err(|e| Error::Corrupt(e.to_string()))
}

pub fn print(files: &[PathBuf], json: bool, lang: Lang) -> Result<(), Error> {
    // JSON is the same in every language.
    let reading = read(files, if json { Lang::En } else { lang })?;
    if json {
        println!(
            "{}",
            json_text(&serde_json::json!({
                "documents": reading.documents.iter().map(|d| serde_json::json!({
                    "name": d.name, "sha256": d.sha256, "kind": d.kind, "pages": d.pages.len(),
                })).collect::<Vec<_>>(),
                "suggestions": reading.suggestions,
                "referrals": reading.referrals,
            }))?
        );
        return Ok(());
    }
    for d in &reading.documents {
        println!(
            "{}",
            say(
                lang,
                msg::CLI_READ_DOCUMENT,
                &[
                    ("name", arg(&d.name)),
                    ("pages", count(d.pages.len())),
                    ("sha256", arg(&d.sha256)),
                ]
            )
        );
    }
    if reading.suggestions.is_empty() {
        println!("\n{}", text(lang, msg::CLI_READ_NOTHING_FOUND));
    }
    let mut area = String::new();
    for s in &reading.suggestions {
        if s.area_id != area {
            area.clone_from(&s.area_id);
            let title = voip_review_core::template::template_in(lang)
                .area(&area)
                .map_or(area.clone(), |a| a.title.clone());
            println!("\n{title}");
        }
        println!("  {} = {}   [{}]", s.question_id, s.shown, s.rule);
        println!("      {}", location(lang, &s.location));
        println!("      \"{}\"", s.quote);
        if !s.note.is_empty() {
            println!(
                "      {}",
                say(lang, msg::CLI_READ_NOTE, &[("note", arg(&s.note))])
            );
        }
    }
    for r in &reading.referrals {
        println!(
            "\n{}\n      \"{}\"",
            say(
                lang,
                msg::CLI_READ_REFERS,
                &[
                    ("topic", arg(&r.topic)),
                    ("target", arg(&r.target)),
                    ("location", arg(location(lang, &r.location))),
                ]
            ),
            r.quote
        );
    }
    Ok(())
}

pub fn apply(
    store: &mut Store,
    id: i64,
    files: &[PathBuf],
    json: bool,
    lang: Lang,
) -> Result<(), Error> {
    let reading = read(files, if json { Lang::En } else { lang })?;
    let filled = store.fill_empty_from_contract(id, &reading)?;
    if json {
        println!("{}", json_text(&filled)?);
    } else if filled.is_empty() {
        println!("{}", text(lang, msg::CLI_READ_NOTHING_FILLED));
    } else {
        for s in &filled {
            println!(
                "{} = {}   ({})",
                s.question_id,
                s.shown,
                location(lang, &s.location)
            );
        }
        println!(
            "{}",
            say(
                lang,
                msg::CLI_READ_FILLED,
                &[("count", count(filled.len())), ("id", arg(id))]
            )
        );
    }
    Ok(())
}
