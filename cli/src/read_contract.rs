//! `voip-review read-contract`: the contract reader from the command line.

use std::path::{Path, PathBuf};
use voip_review_core::contract::{self, Reading};
use voip_review_core::{Error, Store};

fn read(files: &[PathBuf]) -> Result<Reading, Error> {
    let mut documents = Vec::with_capacity(files.len());
    for file in files {
        let name = file.file_name().map_or_else(
            || file.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let bytes = read_bytes(file)?;
        documents.push(contract::read_document(&name, &bytes)?);
    }
    Ok(contract::read(documents))
}

fn read_bytes(file: &Path) -> Result<Vec<u8>, Error> {
    let too_big = std::fs::metadata(file)
        .map(|m| m.len() > contract::MAX_FILE_BYTES as u64)
        .unwrap_or(false);
    if too_big {
        return Err(Error::invalid(
            "contract.file",
            file.display().to_string(),
            format!(
                "cannot be read: it is larger than the {} MB a contract file may be. Nothing was changed.",
                contract::MAX_FILE_BYTES / 1_000_000
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

pub fn print(files: &[PathBuf], json: bool) -> Result<(), Error> {
    let reading = read(files)?;
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
            "{} ({} page{}, SHA-256 {})",
            d.name,
            d.pages.len(),
            if d.pages.len() == 1 { "" } else { "s" },
            d.sha256
        );
    }
    if reading.suggestions.is_empty() {
        println!("\nNothing found that answers a question of the review.");
    }
    let mut area = String::new();
    for s in &reading.suggestions {
        if s.area_id != area {
            area.clone_from(&s.area_id);
            let title = voip_review_core::template()
                .area(&area)
                .map_or(area.clone(), |a| a.title.clone());
            println!("\n{title}");
        }
        println!("  {} = {}   [{}]", s.question_id, s.shown, s.rule);
        println!("      {}", s.location.reference());
        println!("      \"{}\"", s.quote);
        if !s.note.is_empty() {
            println!("      Note: {}", s.note);
        }
    }
    for r in &reading.referrals {
        println!(
            "\nRefers elsewhere: the {} is in {} ({})\n      \"{}\"",
            r.topic,
            r.target,
            r.location.reference(),
            r.quote
        );
    }
    Ok(())
}

pub fn apply(store: &mut Store, id: i64, files: &[PathBuf], json: bool) -> Result<(), Error> {
    let reading = read(files)?;
    let filled = store.fill_empty_from_contract(id, &reading)?;
    if json {
        println!("{}", json_text(&filled)?);
    } else if filled.is_empty() {
        println!("Nothing filled: every question the contract answers already has an answer.");
    } else {
        for s in &filled {
            println!(
                "{} = {}   ({})",
                s.question_id,
                s.shown,
                s.location.reference()
            );
        }
        println!(
            "Filled {} answer{} of review {id}.",
            filled.len(),
            if filled.len() == 1 { "" } else { "s" }
        );
    }
    Ok(())
}
