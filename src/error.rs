//! One error type for the whole core. It crosses to the UI as `{code, message, field}` so the
//! UI can branch on `code` and show `message` beside `field`.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use ts_rs::TS;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input broke a rule. `field` is the machine id (`context.provider`, a question id, …),
    /// `label` the words the user sees next to it.
    #[error("{label}: {rule}")]
    Invalid {
        field: String,
        label: String,
        rule: String,
    },
    #[error("No review with id {0} exists (it may have been deleted).")]
    ReviewNotFound(i64),
    #[error(
        "The database at {path} was written by a newer version of VoIP Contract Review (schema \
         {found}; this version understands up to {supported}). It has not been changed. Update the \
         app, or choose another database file."
    )]
    DatabaseTooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error(
        "The database at {path} is damaged ({reason}). It has been moved aside to {moved_to} and \
         nothing in it was changed. Restore the latest automatic backup, or start with an empty \
         database."
    )]
    DatabaseDamaged {
        path: PathBuf,
        moved_to: PathBuf,
        reason: String,
    },
    #[error("Could not open the database at {path}: {reason}")]
    DatabaseOpen { path: PathBuf, reason: String },
    /// Another process holds the database's lock (see `store::lock`).
    #[error(
        "{action} needs the database at {path} to itself, but {holder}. Nothing was changed; close \
         it and try again."
    )]
    DatabaseInUse {
        path: PathBuf,
        action: &'static str,
        holder: &'static str,
    },
    #[error("{context}: {path}: {source}")]
    Io {
        context: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}", sqlite_message(.0))]
    Sqlite(#[from] rusqlite::Error),
    #[error("Stored data could not be read: {0}")]
    Corrupt(String),
}

/// Plain words for the storage failures a user can act on; the rest keep SQLite's text.
fn sqlite_message(err: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode as Code;
    match err.sqlite_error_code() {
        Some(Code::DiskFull) => "The disk holding your reviews is full, so this change was not \
            saved; everything saved before is intact. Free some space and try again."
            .into(),
        Some(Code::ReadOnly) => "Your reviews' folder is read-only, so this change was not saved; \
            everything saved before is intact. Check the folder's permissions."
            .into(),
        Some(Code::CannotOpen) => format!("The database file cannot be opened: {err}"),
        _ => format!("Database error: {err}"),
    }
}

impl Error {
    pub fn invalid(
        field: impl Into<String>,
        label: impl Into<String>,
        rule: impl Into<String>,
    ) -> Self {
        Error::Invalid {
            field: field.into(),
            label: label.into(),
            rule: rule.into(),
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

impl From<&Error> for ApiError {
    fn from(err: &Error) -> Self {
        ApiError {
            code: err.code(),
            message: err.to_string(),
            field: err.field().map(str::to_owned),
        }
    }
}

impl From<Error> for ApiError {
    fn from(err: Error) -> Self {
        ApiError::from(&err)
    }
}
