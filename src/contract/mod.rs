//! "Read the contract for me": the provider's documents (PDF with a text layer, DOCX, plain or
//! pasted text) turned into text with pages and section numbers, and the clauses that answer
//! the template's questions found in it with transparent rules (no network, no model). Each
//! suggestion carries its value in the question's own answer type, the sentence it came from,
//! where that sentence is, and the rule that produced it. Nothing here changes a review:
//! applying suggestions is the store's job, and only for what the owner accepts.

mod extract;
mod find;
mod guide;
mod lexicon;
mod numbers;
mod segment;
mod zip;

pub use extract::{MAX_FILE_BYTES, pasted_document, read_document, read_document_with, sha256_hex};
pub use find::{Referral, Suggestion, TERM_FIELD, find};
pub use guide::{GuideItem, guide, guide_in};
pub use lexicon::{RuleSpec, rules};
pub use segment::{Unit, units};

use crate::i18n::{Arg, Lang, msg, text, text_with};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "ContractDocumentKind")]
pub enum DocumentKind {
    Pdf,
    Docx,
    Text,
    Pasted,
}

/// One document of a contract (MSA, SLA, order form), as text page by page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ContractDocument {
    /// The file name, or "Pasted text".
    pub name: String,
    /// SHA-256 of the file's bytes (of the text, when pasted), lowercase hex.
    pub sha256: String,
    pub kind: DocumentKind,
    /// The text of each page; a DOCX or text file has the pages its page breaks make.
    pub pages: Vec<String>,
}

/// Where a passage is: the document, the page (from 1) and the section heading it falls under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(rename = "ContractLocation")]
pub struct Location {
    /// Index of the document in the reading (0-based).
    pub document: u32,
    pub document_name: String,
    pub page: u32,
    /// "Section 9.3", "Schedule B, 4.2", "Article IX"; empty when no heading precedes it.
    pub section: String,
    /// The passage within its page's text, in UTF-16 code units (what the UI's strings count).
    pub start: u32,
    pub end: u32,
}

impl Location {
    /// "MSA.pdf, page 3, Section 9.3" / "服务协议.pdf，第 3 页，第七条": how the area's clause
    /// reference is filled, in `lang` (the section's heading as the contract has it).
    pub fn reference(&self, lang: Lang) -> String {
        let document = ("document", Arg::from(self.document_name.as_str()));
        let page = ("page", Arg::from(self.page));
        if self.section.is_empty() {
            text_with(lang, msg::CONTRACT_LOCATION, &[document, page])
        } else {
            let section = ("section", Arg::from(self.section.as_str()));
            text_with(
                lang,
                msg::CONTRACT_LOCATION_SECTION,
                &[document, page, section],
            )
        }
    }
}

/// A passage found in the text, numbered in reading order; several suggestions can share one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(rename = "ContractPassage")]
pub struct Passage {
    pub number: u32,
    pub location: Location,
    /// The passage's text on one line, as quoted into the review.
    pub quote: String,
}

/// The documents read and everything found in them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(rename = "ContractReading")]
pub struct Reading {
    pub documents: Vec<ContractDocument>,
    pub passages: Vec<Passage>,
    /// In template order (area, then question).
    pub suggestions: Vec<Suggestion>,
    /// Clauses that send the reader to another document instead of stating the figure.
    pub referrals: Vec<Referral>,
}

/// Reads the documents together as one contract, its suggestions and referrals labelled in
/// English (the CLI's JSON output, which is the same in every language).
pub fn read(documents: Vec<ContractDocument>) -> Reading {
    read_in(documents, Lang::En)
}

/// Reads the documents together as one contract, its suggestions and referrals labelled in
/// `lang`, the owner's language (a Chinese contract read in an English window is labelled in
/// English, and the other way round; the quotes stay as the contract has them).
pub fn read_in(documents: Vec<ContractDocument>, lang: Lang) -> Reading {
    let units = units(&documents);
    let (passages, suggestions, referrals) = find(&documents, &units, lang);
    Reading {
        documents,
        passages,
        suggestions,
        referrals,
    }
}

/// How far a reading has come, for the progress bar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(rename = "ContractReadProgress")]
pub struct ReadProgress {
    /// Steps done and the number of steps: each document, then the search.
    pub done: u32,
    pub total: u32,
    /// "Reading MSA.pdf, page 3 of 40", "Looking for the clauses".
    pub message: String,
}

/// Reads named files as one contract, reporting progress and stopping (`Ok(None)`) as soon as
/// `cancelled` is set: what a window runs on a background thread.
pub fn read_files(
    files: &[(String, Vec<u8>)],
    lang: Lang,
    cancelled: &std::sync::atomic::AtomicBool,
    progress: &mut dyn FnMut(ReadProgress),
) -> crate::Result<Option<Reading>> {
    use std::sync::atomic::Ordering;
    let total = files.len() as u32 + 1;
    let mut documents = Vec::with_capacity(files.len());
    for (index, (name, bytes)) in files.iter().enumerate() {
        let done = index as u32;
        progress(ReadProgress {
            done,
            total,
            message: text_with(
                lang,
                msg::CONTRACT_PROGRESS_READING,
                &[("name", Arg::from(name.as_str()))],
            ),
        });
        let mut on_page = |page: u32, pages: u32| {
            if page % 5 == 1 {
                progress(ReadProgress {
                    done,
                    total,
                    message: text_with(
                        lang,
                        msg::CONTRACT_PROGRESS_READING_PAGE,
                        &[
                            ("name", Arg::from(name.as_str())),
                            ("page", Arg::from(page)),
                            ("pages", Arg::from(pages)),
                        ],
                    ),
                });
            }
            !cancelled.load(Ordering::Relaxed)
        };
        match read_document_with(name, bytes, &mut on_page)? {
            Some(doc) => documents.push(doc),
            None => return Ok(None),
        }
        if cancelled.load(Ordering::Relaxed) {
            return Ok(None);
        }
    }
    progress(ReadProgress {
        done: total - 1,
        total,
        message: text(lang, msg::CONTRACT_PROGRESS_SEARCHING),
    });
    let reading = read_in(documents, lang);
    if cancelled.load(Ordering::Relaxed) {
        return Ok(None);
    }
    Ok(Some(reading))
}

/// The UTF-16 length of `text`, the unit the UI's offsets use.
fn utf16_len(text: &str) -> u32 {
    u32::try_from(text.encode_utf16().count()).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicBool;

    #[test]
    fn a_cancelled_reading_stops_and_returns_nothing() {
        let files = vec![
            ("a.txt".to_owned(), b"Initial Term: 36 months".to_vec()),
            ("b.txt".to_owned(), b"Setup fee: $99.00".to_vec()),
        ];
        let mut steps = Vec::new();
        let done = read_files(&files, Lang::En, &AtomicBool::new(false), &mut |p| {
            steps.push(p)
        })
        .unwrap();
        assert_eq!(done.map(|r| r.documents.len()), Some(2));
        // Two documents, then the search: three steps of three.
        assert_eq!(
            steps.iter().map(|p| (p.done, p.total)).collect::<Vec<_>>(),
            vec![(0, 3), (1, 3), (2, 3)]
        );
        assert_eq!(steps[2].message, "Looking for the clauses");
        let cancelled = AtomicBool::new(true);
        assert_eq!(
            read_files(&files, Lang::En, &cancelled, &mut |_| {}).unwrap(),
            None
        );
    }
}
