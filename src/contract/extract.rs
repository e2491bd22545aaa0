//! Documents to text, page by page: plain text, DOCX (read directly, no converter) and PDF with
//! a text layer (read with lopdf, pure Rust).

use super::{ContractDocument, DocumentKind, zip};
use crate::error::{Error, Result, Words};
use crate::i18n::{Key, msg};
use lopdf::content::Content;
use lopdf::{Document, Encoding, Object};
use quick_xml::events::Event;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// Largest file read: a 60-page contract PDF is a few MB; scans of hundreds of pages are larger.
pub const MAX_FILE_BYTES: usize = 50_000_000;
/// Largest text part of a DOCX once unpacked, and largest content of one PDF page.
const MAX_PART_BYTES: usize = 40_000_000;
/// Deepest XML nesting accepted in a DOCX: real documents stay below 30.
const MAX_XML_DEPTH: usize = 200;
/// Most pages read from one PDF.
const MAX_PAGES: usize = 2_000;

fn refused(name: &str, why: impl Into<Words>) -> Error {
    Error::invalid(
        "contract.file",
        name,
        Words::msg_with(msg::ERROR_CONTRACT_REFUSED, vec![("why", why.into())]),
    )
}

/// A reason with its variables, shown as they are.
fn reason(key: Key, args: &[(&'static str, String)]) -> Words {
    Words::msg_with(
        key,
        args.iter()
            .map(|(name, value)| (*name, Words::Plain(value.clone())))
            .collect(),
    )
}

/// The SHA-256 of a file's bytes, lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Reads one document from its bytes; `name` is the file name shown to the owner.
pub fn read_document(name: &str, bytes: &[u8]) -> Result<ContractDocument> {
    read_document_with(name, bytes, &mut |_, _| true)?
        .ok_or_else(|| refused(name, msg::ERROR_CONTRACT_STOPPED))
}

/// Like [`read_document`], calling `on_page(page, pages)` before each PDF page; `None` when it
/// returns false (the owner cancelled).
pub fn read_document_with(
    name: &str,
    bytes: &[u8],
    on_page: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<Option<ContractDocument>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(refused(
            name,
            reason(
                msg::ERROR_CONTRACT_TOO_LARGE,
                &[
                    ("size", (bytes.len() / 1_000_000).to_string()),
                    ("max", (MAX_FILE_BYTES / 1_000_000).to_string()),
                ],
            ),
        ));
    }
    let (kind, pages) = if bytes.starts_with(b"%PDF") {
        // A damaged PDF must get a message, even if the PDF library panics on it.
        let pages = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            pdf_pages(name, bytes, on_page)
        }))
        .map_err(|_| refused(name, msg::ERROR_CONTRACT_DAMAGED_PDF))?;
        match pages? {
            Some(pages) => (DocumentKind::Pdf, pages),
            None => return Ok(None),
        }
    } else if bytes.starts_with(b"PK\x03\x04") {
        (DocumentKind::Docx, docx_pages(name, bytes)?)
    } else {
        (DocumentKind::Text, text_pages(name, bytes)?)
    };
    let pages: Vec<String> = pages.into_iter().map(|p| tidy(&p)).collect();
    if pages.iter().all(|p| p.trim().is_empty()) {
        let why = match kind {
            DocumentKind::Pdf => msg::ERROR_CONTRACT_SCAN,
            _ => msg::ERROR_CONTRACT_NO_TEXT,
        };
        return Err(refused(name, why));
    }
    Ok(Some(ContractDocument {
        name: name.to_owned(),
        sha256: sha256_hex(bytes),
        kind,
        pages,
    }))
}

/// Pasted text: one document, pages split at form feeds.
pub fn pasted_document(name: &str, text: &str) -> Result<ContractDocument> {
    if text.len() > MAX_FILE_BYTES {
        return Err(refused(name, msg::ERROR_CONTRACT_PASTE_TOO_LONG));
    }
    if text.trim().is_empty() {
        return Err(Error::invalid(
            "contract.text",
            msg::ERROR_LABEL_PASTED_TEXT,
            msg::ERROR_CONTRACT_PASTE_EMPTY,
        ));
    }
    Ok(ContractDocument {
        name: name.to_owned(),
        sha256: sha256_hex(text.as_bytes()),
        kind: DocumentKind::Pasted,
        pages: text.split('\u{c}').map(tidy).collect(),
    })
}

/// Line ends unified, trailing spaces and control characters removed (they would only confuse
/// highlighting), so offsets into the stored text are offsets into what the owner sees.
fn tidy(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    for line in text.split('\n') {
        let clean: String = line
            .chars()
            .map(|c| match c {
                '\t' => ' ',
                '\u{a0}' => ' ',
                c if c.is_control() => ' ',
                c => c,
            })
            .collect();
        out.push_str(clean.trim_end());
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn text_pages(name: &str, bytes: &[u8]) -> Result<Vec<String>> {
    let text = if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        String::from_utf8_lossy(rest).into_owned()
    } else if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        let little = bytes.starts_with(b"\xff\xfe");
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| {
                if little {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        String::from_utf16_lossy(&units)
    } else if bytes.contains(&0) {
        return Err(refused(name, msg::ERROR_CONTRACT_NOT_A_DOCUMENT));
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => text.to_owned(),
            // Older Windows text files: Latin-1 is the part of Windows-1252 every byte maps to.
            Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
        }
    };
    Ok(text.split('\u{c}').map(str::to_owned).collect())
}

fn docx_pages(name: &str, bytes: &[u8]) -> Result<Vec<String>> {
    let xml = zip::read_entry(bytes, "word/document.xml", MAX_PART_BYTES)
        .map_err(|why| refused(name, why.to_string()))?;
    let mut reader = quick_xml::Reader::from_reader(xml.as_slice());
    let mut pages = vec![String::new()];
    let mut depth = 0usize;
    let mut in_text = false;
    // Inside a table cell a paragraph ends with a space: the row stays on one line.
    let mut cell_depth = 0usize;
    let mut buf = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|err| {
            refused(
                name,
                reason(
                    msg::ERROR_CONTRACT_DOCX_DAMAGED,
                    &[("detail", err.to_string())],
                ),
            )
        })?;
        let page = pages.last_mut().expect("one page at least");
        match event {
            Event::Start(e) => {
                depth += 1;
                if depth > MAX_XML_DEPTH {
                    return Err(refused(
                        name,
                        reason(
                            msg::ERROR_CONTRACT_DOCX_DEEP,
                            &[("max", MAX_XML_DEPTH.to_string())],
                        ),
                    ));
                }
                in_text = e.local_name().as_ref() == "t";
                if e.local_name().as_ref() == "tc" {
                    cell_depth += 1;
                }
            }
            Event::End(e) => {
                depth = depth.saturating_sub(1);
                in_text = false;
                match e.local_name().as_ref() {
                    "p" if cell_depth > 0 => page.push(' '),
                    "p" => page.push('\n'),
                    "tc" => {
                        cell_depth = cell_depth.saturating_sub(1);
                        let trimmed = page.trim_end_matches(' ').len();
                        page.truncate(trimmed);
                        page.push_str(" | ");
                    }
                    "tr" => page.push('\n'),
                    _ => {}
                }
            }
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" => page.push_str("  "),
                "br" => {
                    let is_page = e.attributes().flatten().any(|a| {
                        a.key.local_name().as_ref() == "type" && a.value.as_ref() == "page"
                    });
                    if is_page {
                        pages.push(String::new());
                    } else {
                        page.push('\n');
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_text => {
                page.push_str(&t.xml10_content());
            }
            Event::GeneralRef(r) if in_text => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    page.push(c);
                } else {
                    page.push_str(match r.into_inner().as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    });
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    // A table row's cells end with " | "; drop the last one so rows read as "a | b | c".
    Ok(pages
        .into_iter()
        .map(|p| p.replace(" | \n", "\n"))
        .collect())
}

fn pdf_pages(
    name: &str,
    bytes: &[u8],
    on_page: &mut dyn FnMut(u32, u32) -> bool,
) -> Result<Option<Vec<String>>> {
    let doc = Document::load_mem(bytes).map_err(|err| {
        let text = err.to_string();
        if text.to_lowercase().contains("decrypt") || text.to_lowercase().contains("password") {
            refused(name, msg::ERROR_CONTRACT_ENCRYPTED)
        } else {
            refused(
                name,
                reason(msg::ERROR_CONTRACT_UNREADABLE_PDF, &[("detail", text)]),
            )
        }
    })?;
    if doc.is_encrypted() {
        return Err(refused(name, msg::ERROR_CONTRACT_ENCRYPTED));
    }
    let page_ids = doc.get_pages();
    if page_ids.len() > MAX_PAGES {
        return Err(refused(
            name,
            reason(
                msg::ERROR_CONTRACT_TOO_MANY_PAGES,
                &[
                    ("pages", page_ids.len().to_string()),
                    ("max", MAX_PAGES.to_string()),
                ],
            ),
        ));
    }
    let mut pages = Vec::with_capacity(page_ids.len());
    let total = page_ids.len() as u32;
    for (number, id) in page_ids {
        if !on_page(number, total) {
            return Ok(None);
        }
        let text = pdf_page_text(&doc, id).map_err(|err| {
            refused(
                name,
                reason(
                    msg::ERROR_CONTRACT_PAGE_UNREADABLE,
                    &[("page", number.to_string()), ("detail", err.to_string())],
                ),
            )
        })?;
        pages.push(text);
    }
    Ok(Some(pages))
}

/// The text of one page in reading order of its drawing operations, with a line break where
/// the text moves to another line and two spaces where it jumps along the same line (table
/// columns), which lopdf's own `extract_text` does not keep.
fn pdf_page_text(doc: &Document, page: lopdf::ObjectId) -> lopdf::Result<String> {
    let fonts = doc.get_page_fonts(page)?;
    let encodings: BTreeMap<Vec<u8>, Encoding> = fonts
        .into_iter()
        .filter_map(|(name, font)| {
            font.get_font_encoding_with_limit(doc, MAX_PART_BYTES)
                .ok()
                .map(|e| (name, e))
        })
        .collect();
    let content = Content::decode(&doc.get_page_content_with_limit(page, MAX_PART_BYTES)?)?;
    let mut out = String::new();
    let mut encoding: Option<&Encoding> = None;
    // The current line's vertical position, and the one text was last shown at.
    let mut line_y = 0.0f32;
    let mut shown_y: Option<f32> = None;
    let mut moved_along = false;
    let number = |o: &Object| o.as_float().unwrap_or(0.0);
    for op in &content.operations {
        let args = &op.operands;
        match op.operator.as_str() {
            "Tf" => {
                encoding = args
                    .first()
                    .and_then(|n| n.as_name().ok())
                    .and_then(|n| encodings.get(n));
            }
            "BT" => line_y = 0.0,
            "Td" | "TD" if args.len() == 2 => {
                line_y += number(&args[1]);
                moved_along = true;
            }
            "Tm" if args.len() == 6 => {
                line_y = number(&args[5]);
                moved_along = true;
            }
            "T*" => {
                line_y -= 1.0;
                moved_along = true;
            }
            "Tj" | "TJ" | "'" | "\"" => {
                if matches!(op.operator.as_str(), "'" | "\"") {
                    line_y -= 1.0;
                }
                let Some(enc) = encoding else { continue };
                match shown_y {
                    Some(y) if (y - line_y).abs() > 0.5 && !out.ends_with('\n') => {
                        out.push('\n');
                    }
                    Some(y) if (y - line_y).abs() > 0.5 => {}
                    Some(_) if moved_along && !out.ends_with(' ') && !out.ends_with('\n') => {
                        out.push_str("  ");
                    }
                    _ => {}
                }
                shown_y = Some(line_y);
                moved_along = false;
                for operand in args {
                    show(&mut out, enc, operand);
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

fn show(out: &mut String, encoding: &Encoding, operand: &Object) {
    match operand {
        Object::String(bytes, _) => {
            if let Ok(text) = Document::decode_text(encoding, bytes) {
                out.push_str(&text);
            }
        }
        Object::Array(items) => {
            for item in items {
                match item {
                    // A large negative kerning is a space the font did not draw.
                    Object::Integer(n) if *n < -200 => out.push(' '),
                    Object::Real(n) if *n < -200.0 => out.push(' '),
                    other => show(out, encoding, other),
                }
            }
        }
        _ => {}
    }
}
