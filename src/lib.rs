//! Core of VoIP Contract Review: the review model, the ten-area template, validation, the
//! local SQLite store and the example review. Free of Tauri so that the desktop app, the
//! command-line tool and the tests all share exactly the same rules.

pub mod bindings;
pub mod calc;
pub mod contract;
pub mod dates;
pub mod deadlines;
pub mod display;
pub mod error;
pub mod files;
pub mod fingerprint;
pub mod glossary;
pub mod help;
pub mod i18n;
pub mod input;
pub mod insights;
pub mod limits;
pub mod model;
pub mod money;
pub mod paths;
pub mod pdf;
pub mod report;
pub mod review_file;
pub mod sample;
pub mod store;
pub mod template;
pub mod validate;
pub mod wording;

pub use error::{ApiError, Error, ErrorCode, Result};
pub use store::Store;
pub use template::{Template, template};
