//! Review files: one review as a versioned JSON document, to send to a colleague or keep
//! outside the database. Import checks the whole file before writing anything and names the
//! first problem by its JSON path and the rule it breaks. Format: `docs/review-format.md`,
//! schema: `docs/review-format.schema.json`.

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::model::{
    AnswerValue, AreaState, AreaTextField, QuoteInput, Review, ReviewContext, SignOff,
};
use crate::store::NewReview;
use crate::template::template;
use crate::validate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Identifies the document type.
pub const FORMAT: &str = "voip-contract-review";
/// The version this build writes and the newest it reads. Version 2 added `template_version`;
/// version 3 gave quotes `seats`, `taxes_percent` and `escalator_percent` and retired their
/// `contract_required` (a term means a contract); version 4 added `review.signed_on`.
pub const FORMAT_VERSION: u32 = 4;
/// Version 5 adds `review.contract`, the documents read for the review (issue 13). A file is
/// written as version 5 only when it carries a contract, so other files stay readable by apps
/// that know version 4.
pub const CONTRACT_FORMAT_VERSION: u32 = 5;
/// Version 6 adds `review.language`, the language of the review's sign-off PDF (issue 15). A
/// file is written as version 6 only for a review that is not in English, so English files stay
/// readable by apps that know version 4 or 5; a file without it is an English review.
pub const LANGUAGE_FORMAT_VERSION: u32 = 6;
/// The newest version this build reads.
pub const NEWEST_FORMAT_VERSION: u32 = LANGUAGE_FORMAT_VERSION;
/// What a quote of an older file that was marked "contract required" without a term keeps in
/// its notes (the same words as the store's migration to schema 6).
const CONTRACT_WITHOUT_TERM_NOTE: &str = "Contract required; term not stated.";
/// Files larger than this are refused before parsing (a review is a few tens of kilobytes).
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewFile {
    pub format: String,
    pub format_version: u32,
    /// The template version the answers were saved with; absent (format version 1) means 1.
    /// Older answers are migrated on import (`crate::template::migrate`).
    #[serde(default = "first_template_version")]
    pub template_version: u32,
    /// RFC 3339, UTC. Informational.
    pub exported_at: String,
    /// The app version that wrote the file. Informational.
    pub app_version: String,
    /// The review's fingerprint when exported. Informational: the content decides.
    pub fingerprint: String,
    pub review: ReviewContent,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewContent {
    pub context: ReviewContext,
    pub areas: Vec<AreaState>,
    pub answers: BTreeMap<String, AnswerValue>,
    pub signoff: SignOff,
    #[serde(default)]
    pub quotes: Vec<QuoteInput>,
    /// `YYYY-MM-DD` the contract was signed, null while it is a review (format version 4;
    /// absent in older files, which are read as not signed).
    #[serde(default)]
    pub signed_on: Option<String>,
    /// The language of the review's sign-off PDF (format version 6; absent means English).
    #[serde(default, skip_serializing_if = "is_english")]
    pub language: Lang,
    /// The contract's documents as read (names, SHA-256, text page by page).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contract: Vec<crate::contract::ContractDocument>,
}

fn is_english(lang: &Lang) -> bool {
    *lang == Lang::En
}

fn first_template_version() -> u32 {
    1
}

/// The file for a stored review, pretty-printed.
pub fn export(review: &Review, exported_at: chrono::DateTime<chrono::Utc>) -> Vec<u8> {
    export_with_contract(review, &[], exported_at)
}

/// The file for a stored review and the contract read for it.
pub fn export_with_contract(
    review: &Review,
    contract: &[crate::contract::ContractDocument],
    exported_at: chrono::DateTime<chrono::Utc>,
) -> Vec<u8> {
    let file = ReviewFile {
        format: FORMAT.into(),
        format_version: if review.language != Lang::En {
            LANGUAGE_FORMAT_VERSION
        } else if contract.is_empty() {
            FORMAT_VERSION
        } else {
            CONTRACT_FORMAT_VERSION
        },
        template_version: crate::template::migrate::current_version(),
        exported_at: exported_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        app_version: env!("CARGO_PKG_VERSION").into(),
        fingerprint: crate::fingerprint::fingerprint(review),
        review: ReviewContent {
            context: review.context.clone(),
            areas: review.areas.clone(),
            answers: review.answers.clone(),
            signoff: review.signoff.clone(),
            quotes: review.quotes.iter().map(|q| q.quote.clone()).collect(),
            signed_on: review.signed_on.clone(),
            language: review.language,
            contract: contract.to_vec(),
        },
    };
    let mut bytes = serde_json::to_vec_pretty(&file).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

fn problem(path: &str, rule: impl Into<String>) -> Error {
    let rule = rule.into();
    Error::invalid(path, "Review file", format!("{path}: {rule}"))
}

/// Parses and checks a review file completely; returns what to insert. Nothing is written.
pub fn parse(bytes: &[u8]) -> Result<NewReview> {
    parse_with_contract(bytes).map(|(review, _)| review)
}

/// Like [`parse`], with the contract's documents the file carries (empty when none).
pub fn parse_with_contract(
    bytes: &[u8],
) -> Result<(NewReview, Vec<crate::contract::ContractDocument>)> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(problem(
            "$",
            format!(
                "the file is {} bytes; a review file is at most {MAX_FILE_BYTES}",
                bytes.len()
            ),
        ));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|e| problem("$", format!("is not UTF-8 text (byte {})", e.valid_up_to())))?;
    let not_json = |e: serde_json::Error| {
        problem(
            "$",
            format!(
                "is not valid JSON (line {}, column {}: {e})",
                e.line(),
                e.column()
            ),
        )
    };
    // serde_json keeps the last of two equal keys; a file that says two things is refused.
    if let Some(path) = first_duplicate_key(text).map_err(not_json)? {
        return Err(problem(
            &path,
            "appears twice in the same object; a review file states each field once",
        ));
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(not_json)?;
    // Format and version first, so a newer file gets the right message, not a field error.
    let object = value
        .as_object()
        .ok_or_else(|| problem("$", "must be a JSON object"))?;
    match object.get("format").and_then(|f| f.as_str()) {
        Some(FORMAT) => {}
        Some(other) => {
            return Err(problem(
                "$.format",
                format!("must be \"{FORMAT}\", not \"{other}\""),
            ));
        }
        None => {
            return Err(problem(
                "$.format",
                format!("is required and must be \"{FORMAT}\""),
            ));
        }
    }
    let version = object
        .get("format_version")
        .and_then(|v| v.as_u64())
        .ok_or_else(|| problem("$.format_version", "is required and must be a whole number"))?;
    if version > u64::from(NEWEST_FORMAT_VERSION) {
        return Err(problem(
            "$.format_version",
            format!(
                "this file uses format version {version}, newer than this app understands ({NEWEST_FORMAT_VERSION}); update VoIP Contract Review to open it"
            ),
        ));
    }
    if version == 0 {
        return Err(problem("$.format_version", "must be 1 or more"));
    }
    // The signature date is a version 4 field: an older file holding it was not written by the
    // app, and a field is never given a meaning its version did not have.
    // A null one says "not signed", as an absent one does.
    if version < 4
        && value
            .pointer("/review/signed_on")
            .is_some_and(|v| !v.is_null())
    {
        return Err(problem(
            "$.review.signed_on",
            format!(
                "appears in a format version {version} file; the signature date was added in format version 4"
            ),
        ));
    }
    if version < u64::from(LANGUAGE_FORMAT_VERSION) && value.pointer("/review/language").is_some() {
        return Err(problem(
            "$.review.language",
            format!(
                "appears in a format version {version} file; the review's language was added in format version {LANGUAGE_FORMAT_VERSION}"
            ),
        ));
    }
    let mut value = value;
    if version < 3 {
        upgrade_quotes_from_version_2(&mut value)?;
    }
    let file: ReviewFile = serde_path_to_error::deserialize(&value).map_err(|e| {
        let path = json_path(e.path());
        problem(&path, e.inner().to_string())
    })?;
    let mut content = file.review;
    let contract = std::mem::take(&mut content.contract);
    for (i, doc) in contract.iter().enumerate() {
        let at = format!("$.review.contract[{i}]");
        if doc.name.trim().is_empty() || doc.name.chars().count() > 300 {
            return Err(problem(
                &format!("{at}.name"),
                "must be 1 to 300 characters",
            ));
        }
        if doc.sha256.len() != 64 || !doc.sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(problem(
                &format!("{at}.sha256"),
                "must be 64 hexadecimal digits (a SHA-256)",
            ));
        }
    }
    Ok((check(file.template_version, content)?, contract))
}

/// Quotes of format versions 1 and 2 carry `contract_required`, which version 3 retired: a term
/// means a contract; seats, taxes and an escalator were not stated. A quote marked as a contract without a term keeps the fact in its notes, as
/// the store's migration does. Any other problem is left for the full check to name.
fn upgrade_quotes_from_version_2(value: &mut serde_json::Value) -> Result<()> {
    let Some(quotes) = value
        .pointer_mut("/review/quotes")
        .and_then(|q| q.as_array_mut())
    else {
        return Ok(());
    };
    for (i, quote) in quotes.iter_mut().enumerate() {
        let Some(quote) = quote.as_object_mut() else {
            continue;
        };
        // Nothing about seats, taxes or an escalator was stated before version 3.
        for field in ["seats", "taxes_percent", "escalator_percent"] {
            quote.entry(field).or_insert(serde_json::Value::Null);
        }
        let Some(contract) = quote.remove("contract_required") else {
            continue;
        };
        let contract = contract.as_bool().ok_or_else(|| {
            problem(
                &format!("$.review.quotes[{i}].contract_required"),
                "must be true or false",
            )
        })?;
        let no_term = quote.get("term_months").and_then(|t| t.as_u64()) == Some(0);
        if contract
            && no_term
            && let Some(serde_json::Value::String(notes)) = quote.get_mut("notes")
        {
            if notes.trim().is_empty() {
                *notes = CONTRACT_WITHOUT_TERM_NOTE.into();
            } else {
                let kept: String = notes.chars().take(1960).collect();
                *notes = format!("{kept}\n{CONTRACT_WITHOUT_TERM_NOTE}");
            }
        }
    }
    Ok(())
}

/// Reads a review file from disk: only a regular file (a pipe or device is refused before it is
/// read, so it cannot block or feed endless data), and never more than [`MAX_FILE_BYTES`] + 1
/// bytes, so a huge file is refused without being loaded.
pub fn read_file(path: &std::path::Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let io = |context: &'static str| {
        let path = path.to_owned();
        move |source| Error::Io {
            context,
            path,
            source,
        }
    };
    let not_regular = || {
        Error::invalid(
            "file",
            "Review file",
            format!(
                "{} is not a regular file (it is a folder, pipe or device); choose a review file saved by the app",
                path.display()
            ),
        )
    };
    // Refused before opening: opening a pipe for reading waits for a writer.
    let metadata = std::fs::metadata(path).map_err(io("Could not read the review file"))?;
    if !metadata.is_file() {
        return Err(not_regular());
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        // Never block on open, even if the path was swapped for a pipe since the check above.
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options
        .open(path)
        .map_err(io("Could not read the review file"))?;
    let opened = file
        .metadata()
        .map_err(io("Could not read the review file"))?;
    if !opened.is_file() {
        return Err(not_regular());
    }
    let too_large = || {
        problem(
            "$",
            format!(
                "the file is larger than {MAX_FILE_BYTES} bytes, the most a review file can be"
            ),
        )
    };
    if opened.len() > MAX_FILE_BYTES as u64 {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(opened.len() as usize);
    file.take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(io("Could not read the review file"))?;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

/// The JSON path of the first key that appears twice in one object, if any.
fn first_duplicate_key(text: &str) -> std::result::Result<Option<String>, serde_json::Error> {
    let found = std::cell::RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    let seed = KeyCheck {
        path: "$".into(),
        found: &found,
    };
    match serde::de::DeserializeSeed::deserialize(seed, &mut de) {
        Ok(()) => {}
        // The duplicate was recorded; the error only stopped the walk.
        Err(_) if found.borrow().is_some() => {}
        Err(e) => return Err(e),
    }
    Ok(found.into_inner())
}

/// Walks a JSON document without building it, recording the path of the first duplicate key.
struct KeyCheck<'a> {
    path: String,
    found: &'a std::cell::RefCell<Option<String>>,
}

impl<'de> serde::de::DeserializeSeed<'de> for KeyCheck<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for KeyCheck<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E: serde::de::Error>(self, _: bool) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_i64<E: serde::de::Error>(self, _: i64) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_u64<E: serde::de::Error>(self, _: u64) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: serde::de::Error>(self, _: f64) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_str<E: serde::de::Error>(self, _: &str) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_unit<E: serde::de::Error>(self) -> std::result::Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(
        self,
        mut seq: A,
    ) -> std::result::Result<(), A::Error> {
        let mut index = 0usize;
        while seq
            .next_element_seed(KeyCheck {
                path: format!("{}[{index}]", self.path),
                found: self.found,
            })?
            .is_some()
        {
            index += 1;
        }
        Ok(())
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(
        self,
        mut map: A,
    ) -> std::result::Result<(), A::Error> {
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = child_path(&self.path, &key);
            if !seen.insert(key) {
                *self.found.borrow_mut() = Some(path);
                return Err(serde::de::Error::custom("duplicate key"));
            }
            map.next_value_seed(KeyCheck {
                path,
                found: self.found,
            })?;
        }
        Ok(())
    }
}

/// `$.review.context` for plain keys, `$.review.answers["sla.has_sla"]` for the others.
fn child_path(parent: &str, key: &str) -> String {
    let plain = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain {
        format!("{parent}.{key}")
    } else {
        format!("{parent}[{}]", serde_json::Value::from(key))
    }
}

/// serde_path_to_error's path as `$.review.areas[0].rating` / `$.review.answers["sla.has_sla"]`.
fn json_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    path.iter()
        .fold("$".to_owned(), |parent, segment| match segment {
            Segment::Seq { index } => format!("{parent}[{index}]"),
            Segment::Map { key } => child_path(&parent, key),
            Segment::Enum { .. } | Segment::Unknown => parent,
        })
}

/// The semantic checks of the core, with each error placed at its JSON path.
fn check(template_version: u32, mut content: ReviewContent) -> Result<NewReview> {
    let t = template();
    // Answers of retired questions move to their canonical question before anything is
    // checked against the current template; a conflicting one is kept in the area notes.
    let migrated =
        crate::template::migrate::migrate_answers(template_version, &mut content.answers)
            .map_err(|rule| problem("$.template_version", rule))?;
    crate::template::migrate::record_in_notes(&mut content.areas, &migrated.conflicts);
    iso_dates(&content)?;
    let context = validate::context(&content.context)
        .map_err(|e| at(e, |field| format!("$.review.{field}")))?;
    let mut seen = std::collections::HashSet::new();
    for (i, area) in content.areas.iter().enumerate() {
        if t.area(&area.area_id).is_none() {
            return Err(problem(
                &format!("$.review.areas[{i}].area_id"),
                format!("\"{}\" is not one of the ten areas", area.area_id),
            ));
        }
        if !seen.insert(area.area_id.as_str()) {
            return Err(problem(
                &format!("$.review.areas[{i}].area_id"),
                format!("\"{}\" appears more than once", area.area_id),
            ));
        }
        for (field, text) in [
            (AreaTextField::Notes, &area.notes),
            (AreaTextField::ClauseReference, &area.clause_reference),
            (AreaTextField::ClauseText, &area.clause_text),
        ] {
            validate::area_text(&area.area_id, field, text)
                .map_err(|e| at(e, |_| format!("$.review.areas[{i}].{}", field.column())))?;
        }
    }
    let mut answers = BTreeMap::new();
    for (id, value) in content.answers {
        let path = format!("$.review.answers[\"{id}\"]");
        let (_, question) = t
            .question(&id)
            .ok_or_else(|| problem(&path, "is not a question of the template"))?;
        let checked = validate::answer(question, &value).map_err(|e| at(e, |_| path.clone()))?;
        answers.insert(id, checked);
    }
    validate::notice_fits_term(&context, &answers).map_err(|e| {
        at(e, |field| {
            if field.starts_with("context.") {
                format!("$.review.{field}")
            } else {
                format!("$.review.answers[\"{field}\"]")
            }
        })
    })?;
    let signoff = validate::signoff(&content.signoff)
        .map_err(|e| at(e, |field| format!("$.review.{field}")))?;
    if content.quotes.len() > crate::store::MAX_QUOTES as usize {
        return Err(problem(
            "$.review.quotes",
            format!("holds at most {} quotes", crate::store::MAX_QUOTES),
        ));
    }
    let mut quotes = Vec::with_capacity(content.quotes.len());
    for (i, quote) in content.quotes.iter().enumerate() {
        let checked = validate::quote(quote).map_err(|e| {
            at(e, |field| {
                format!(
                    "$.review.quotes[{i}].{}",
                    field.trim_start_matches("quote.")
                )
            })
        })?;
        quotes.push(checked);
    }
    let signed_on = validate::signed_on(content.signed_on.as_deref())
        .map_err(|e| at(e, |_| "$.review.signed_on".into()))?;
    Ok(NewReview {
        is_example: false,
        context,
        areas: content.areas,
        answers,
        signoff,
        quotes,
        signed_on,
        language: content.language,
    })
}

/// Re-labels a validation error with a JSON path built from its field.
/// Files hold dates as `YYYY-MM-DD` only (the format's rule); the looser forms are for typing.
fn iso_dates(content: &ReviewContent) -> Result<()> {
    for (field, label, value) in [
        (
            "context.quote_date",
            "Quote date",
            &content.context.quote_date,
        ),
        (
            "context.start_date",
            "Start date",
            &content.context.start_date,
        ),
        ("signoff.date", "Sign-off date", &content.signoff.date),
        ("signed_on", "Signature date", &content.signed_on),
    ] {
        if let Some(text) = value {
            crate::dates::iso_only(field, label, text)
                .map_err(|e| at(e, |field| format!("$.review.{field}")))?;
        }
    }
    for (id, value) in &content.answers {
        if let AnswerValue::Date(text) = value {
            let label = template()
                .question(id)
                .map_or(id.as_str(), |(_, q)| q.label.as_str());
            crate::dates::iso_only(id, label, text)
                .map_err(|e| at(e, |_| format!("$.review.answers[\"{id}\"]")))?;
        }
    }
    Ok(())
}

fn at(err: Error, path: impl Fn(&str) -> String) -> Error {
    match err {
        Error::Invalid { field, label, rule } => {
            let path = path(&field);
            Error::invalid(
                path.clone(),
                "Review file",
                format!("{path} ({label}): {rule}"),
            )
        }
        other => other,
    }
}
