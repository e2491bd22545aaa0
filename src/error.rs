//! One error type for the whole core. It crosses to the UI as `{code, message, field}` so the
//! UI can branch on `code` and show `message` beside `field`.

use crate::i18n::{self, Arg, Key, Lang, msg};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::PathBuf;
use ts_rs::TS;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Words of a message, kept structured until they are shown so the same error reads in the
/// interface language in the window and in the CLI's language in a terminal: the core's checks
/// need no language, only the boundary that shows the message has one ([`Error::message`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Words {
    /// The same in every language: what the owner typed, a code, or a label already in the
    /// language it is shown in (a template question's label).
    Plain(String),
    /// A catalog message and its variables.
    Message(Key, Vec<(&'static str, Words)>),
    /// A number given to a message as a number, so the catalog can choose a plural form.
    Count(i64),
    /// Items joined as the language lists them ("A, B, C" / "A、B、C").
    List(Vec<Words>),
    /// A date as the language writes it ("1 Mar 2027" / "2027年3月1日").
    Date(chrono::NaiveDate),
    /// A template question's label in the language (the id when no question has it).
    Question(String),
}

impl Words {
    /// A catalog message without variables.
    pub fn msg(key: Key) -> Self {
        Words::Message(key, Vec::new())
    }

    /// A catalog message with its variables.
    pub fn msg_with(key: Key, args: Vec<(&'static str, Words)>) -> Self {
        Words::Message(key, args)
    }

    /// The words in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Words::Plain(text) => text.clone(),
            Words::Count(n) => n.to_string(),
            Words::Date(date) => i18n::format::date(lang, *date),
            Words::Question(id) => crate::template::template_in(lang)
                .question(id)
                .map_or_else(|| id.clone(), |(_, question)| question.label.clone()),
            Words::List(items) => {
                let separator = match lang {
                    Lang::En => ", ",
                    Lang::ZhHans => "、",
                };
                items
                    .iter()
                    .map(|item| item.render(lang))
                    .collect::<Vec<_>>()
                    .join(separator)
            }
            Words::Message(key, args) => {
                let values: Vec<(&str, Arg<'_>)> = args
                    .iter()
                    .map(|(name, words)| {
                        let value = match words {
                            Words::Count(n) => Arg::from(*n),
                            other => Arg::from(other.render(lang)),
                        };
                        (*name, value)
                    })
                    .collect();
                i18n::text_with(lang, *key, &values)
            }
        }
    }
}

impl From<String> for Words {
    fn from(text: String) -> Self {
        Words::Plain(text)
    }
}

impl From<&str> for Words {
    fn from(text: &str) -> Self {
        Words::Plain(text.to_owned())
    }
}

impl From<&String> for Words {
    fn from(text: &String) -> Self {
        Words::Plain(text.clone())
    }
}

impl From<Key> for Words {
    fn from(key: Key) -> Self {
        Words::msg(key)
    }
}

/// English, as logs, tests and `Display` show words.
impl fmt::Display for Words {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

#[derive(Debug)]
pub enum Error {
    /// Input broke a rule. `field` is the machine id (`context.provider`, a question id, …),
    /// `label` the words the user sees next to it; shown "Label: rule" / "标签：规则".
    Invalid {
        field: String,
        label: Words,
        rule: Words,
    },
    ReviewNotFound(i64),
    DatabaseTooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    DatabaseDamaged {
        path: PathBuf,
        moved_to: PathBuf,
        reason: String,
    },
    DatabaseOpen {
        path: PathBuf,
        reason: String,
    },
    /// Another process holds the database's lock (see `store::lock`). `action` is what needed
    /// the lock ("Opening it"), `holder` who has it ("another program has it open").
    DatabaseInUse {
        path: PathBuf,
        action: Key,
        holder: Key,
    },
    /// A file operation failed; `context` says which ("Could not write the file").
    Io {
        context: Key,
        path: PathBuf,
        source: std::io::Error,
    },
    Sqlite(rusqlite::Error),
    /// Stored data that does not read back; the text names what (an answer's id) and is kept
    /// as the reader wrote it.
    Corrupt(String),
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        Error::Sqlite(err)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            Error::Sqlite(err) => Some(err),
            _ => None,
        }
    }
}

/// Plain words for the storage failures a user can act on; the rest keep SQLite's text.
fn sqlite_message(err: &rusqlite::Error, lang: Lang) -> String {
    use rusqlite::ErrorCode as Code;
    let detail = [("detail", Arg::from(err.to_string()))];
    match err.sqlite_error_code() {
        Some(Code::DiskFull) => i18n::text(lang, msg::ERROR_DISK_FULL),
        Some(Code::ReadOnly) => i18n::text(lang, msg::ERROR_READ_ONLY),
        Some(Code::CannotOpen) => i18n::text_with(lang, msg::ERROR_CANNOT_OPEN, &detail),
        _ => i18n::text_with(lang, msg::ERROR_DATABASE, &detail),
    }
}

/// An operating-system error in `lang`: the kinds an owner can act on in plain words, the rest
/// as the system wrote them.
fn io_message(err: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind as Kind;
    if lang == Lang::En {
        return err.to_string();
    }
    let key = match err.kind() {
        Kind::NotFound => msg::ERROR_IO_NOT_FOUND,
        Kind::PermissionDenied => msg::ERROR_IO_PERMISSION_DENIED,
        Kind::AlreadyExists => msg::ERROR_IO_ALREADY_EXISTS,
        Kind::StorageFull => msg::ERROR_IO_STORAGE_FULL,
        Kind::ReadOnlyFilesystem => msg::ERROR_IO_READ_ONLY,
        _ => return err.to_string(),
    };
    i18n::text(lang, key)
}

impl Error {
    /// Whether SQLite found the database file damaged (not a database, or malformed): what
    /// [`crate::store::Store::open`] moves aside and reports.
    pub fn is_damage(&self) -> bool {
        matches!(
            self,
            Error::Sqlite(err) if matches!(
                err.sqlite_error_code(),
                Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt)
            )
        )
    }

    pub fn invalid(
        field: impl Into<String>,
        label: impl Into<Words>,
        rule: impl Into<Words>,
    ) -> Self {
        Error::Invalid {
            field: field.into(),
            label: label.into(),
            rule: rule.into(),
        }
    }

    /// The message in `lang`: the window shows it in the interface language, the CLI in its
    /// own. `Display` is the English.
    pub fn message(&self, lang: Lang) -> String {
        let path = |p: &PathBuf| Arg::from(p.display().to_string());
        match self {
            Error::Invalid { label, rule, .. } => {
                let (label, rule) = (label.render(lang), rule.render(lang));
                match lang {
                    Lang::En => format!("{label}: {rule}"),
                    Lang::ZhHans => format!("{label}：{rule}"),
                }
            }
            Error::ReviewNotFound(id) => i18n::text_with(
                lang,
                msg::ERROR_REVIEW_NOT_FOUND,
                &[("id", Arg::from(id.to_string()))],
            ),
            Error::DatabaseTooNew {
                path: p,
                found,
                supported,
            } => i18n::text_with(
                lang,
                msg::ERROR_DATABASE_TOO_NEW,
                &[
                    ("path", path(p)),
                    ("found", Arg::from(found.to_string())),
                    ("supported", Arg::from(supported.to_string())),
                ],
            ),
            Error::DatabaseDamaged {
                path: p,
                moved_to,
                reason,
            } => i18n::text_with(
                lang,
                msg::ERROR_DATABASE_DAMAGED,
                &[
                    ("path", path(p)),
                    ("moved_to", path(moved_to)),
                    ("reason", Arg::from(reason.as_str())),
                ],
            ),
            Error::DatabaseOpen { path: p, reason } => i18n::text_with(
                lang,
                msg::ERROR_DATABASE_OPEN,
                &[("path", path(p)), ("reason", Arg::from(reason.as_str()))],
            ),
            Error::DatabaseInUse {
                path: p,
                action,
                holder,
            } => i18n::text_with(
                lang,
                msg::ERROR_DATABASE_IN_USE,
                &[
                    ("path", path(p)),
                    ("action", Arg::from(i18n::text(lang, *action))),
                    ("holder", Arg::from(i18n::text(lang, *holder))),
                ],
            ),
            Error::Io {
                context,
                path: p,
                source,
            } => {
                let context = i18n::text(lang, *context);
                let shown = p.display();
                let reason = io_message(source, lang);
                match lang {
                    Lang::En => format!("{context}: {shown}: {reason}"),
                    Lang::ZhHans => format!("{context}：{shown}：{reason}"),
                }
            }
            Error::Sqlite(err) => sqlite_message(err, lang),
            Error::Corrupt(what) => i18n::text_with(
                lang,
                msg::ERROR_CORRUPT,
                &[("what", Arg::from(what.as_str()))],
            ),
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid { .. } => ErrorCode::Invalid,
            Error::ReviewNotFound(_) => ErrorCode::NotFound,
            Error::DatabaseTooNew { .. } => ErrorCode::DatabaseTooNew,
            Error::DatabaseOpen { .. } | Error::DatabaseInUse { .. } => ErrorCode::DatabaseOpen,
            Error::DatabaseDamaged { .. } => ErrorCode::DatabaseDamaged,
            Error::Io { .. } => ErrorCode::Io,
            Error::Sqlite(_) | Error::Corrupt(_) => ErrorCode::Database,
        }
    }

    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }
}

/// What the UI can branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Invalid,
    NotFound,
    DatabaseTooNew,
    DatabaseOpen,
    /// The database was damaged and has been moved aside: offer a backup or an empty start.
    DatabaseDamaged,
    Io,
    Database,
    Internal,
}

/// The serialised form of [`Error`], the only error shape the UI ever sees.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    /// The field the error belongs to, when it belongs to one.
    pub field: Option<String>,
}

impl ApiError {
    /// `err` as the window shows it, in the interface language `lang`.
    pub fn in_lang(err: &Error, lang: Lang) -> Self {
        ApiError {
            code: err.code(),
            message: err.message(lang),
            field: err.field().map(str::to_owned),
        }
    }
}

/// In English; the shell uses [`ApiError::in_lang`] wherever it knows the interface language.
impl From<&Error> for ApiError {
    fn from(err: &Error) -> Self {
        ApiError::in_lang(err, Lang::En)
    }
}

impl From<Error> for ApiError {
    fn from(err: Error) -> Self {
        ApiError::from(&err)
    }
}
