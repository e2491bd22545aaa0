//! Writing files, shared by every place that must not lose one (the PDF, review files, backups
//! and the CLI): atomic writes, durable renames, private folders, and the names exported files
//! are given.

use crate::error::{Error, Result};
use crate::i18n::{Key, msg};
use crate::model::Review;
use std::path::Path;

/// Flushes a folder's entries to disk, so a rename or a new file in it survives a power loss
/// (the file's own `fsync` does not cover its name). A no-op where folders cannot be opened
/// (Windows), which makes renames durable itself.
pub fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        std::fs::File::open(dir)
            .and_then(|f| f.sync_all())
            .map_err(|source| Error::Io {
                context: msg::ERROR_IO_FLUSH_FOLDER,
                path: dir.to_owned(),
                source,
            })?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// The folder holding `path` (`.` for a bare file name).
pub fn parent_dir(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Renames `from` to `to` and flushes the folder of `to` (and of `from`, when it differs).
pub fn rename_durably(from: &Path, to: &Path, context: Key) -> Result<()> {
    std::fs::rename(from, to).map_err(|source| Error::Io {
        context,
        path: to.to_owned(),
        source,
    })?;
    let to_dir = parent_dir(to);
    sync_dir(to_dir)?;
    if parent_dir(from) != to_dir {
        sync_dir(parent_dir(from))?;
    }
    Ok(())
}

/// Creates `dir` and any missing parents; the folders created here are readable by the user
/// only (0700 on Unix). Existing folders are left as they are.
pub fn create_private_dir_all(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|source| Error::Io {
        context: msg::ERROR_IO_CREATE_DATA_FOLDER,
        path: dir.to_owned(),
        source,
    })
}

/// Makes a folder private to the user (0700 on Unix).
pub fn make_dir_private(dir: &Path) -> Result<()> {
    set_mode(dir, 0o700)
}

/// Makes a file private to the user (0600 on Unix).
pub fn make_file_private(file: &Path) -> Result<()> {
    set_mode(file, 0o600)
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let current = std::fs::metadata(path).map_err(|source| Error::Io {
        context: msg::ERROR_IO_READ_PERMISSIONS,
        path: path.to_owned(),
        source,
    })?;
    if current.permissions().mode() & 0o777 == mode {
        return Ok(());
    }
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).map_err(|source| {
        Error::Io {
            context: msg::ERROR_IO_MAKE_PRIVATE,
            path: path.to_owned(),
            source,
        }
    })
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> Result<()> {
    Ok(())
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed to disk,
/// then renamed over the target. An existing file is kept unless `overwrite`. On any failure
/// nothing is left behind and the message names the path.
///
/// The temporary file is created exclusively (`O_EXCL`) under a random name, readable only by
/// the user: a file or symbolic link planted at a predictable name is never followed or
/// overwritten, and the short fixed-length name fits wherever the target's name fits.
pub fn write_file_atomically(path: &Path, bytes: &[u8], overwrite: bool) -> Result<()> {
    use std::io::Write;
    let io = |context: Key, path: &Path| {
        let path = path.to_owned();
        move |source| Error::Io {
            context,
            path,
            source,
        }
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => std::path::PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(Error::Io {
            context: msg::ERROR_IO_FOLDER_MISSING,
            path: dir,
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        });
    }
    let exists = || {
        Error::invalid(
            "out",
            "Output file",
            format!(
                "{} already exists; choose another name or allow replacing it",
                path.display()
            ),
        )
    };
    if !overwrite && std::fs::symlink_metadata(path).is_ok() {
        return Err(exists());
    }
    let mut temp = tempfile::Builder::new()
        .prefix(".voip-review-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(io(msg::ERROR_IO_WRITE_FOLDER, &dir))?;
    temp.write_all(bytes)
        .map_err(io(msg::ERROR_IO_WRITE_FILE, temp.path()))?;
    temp.as_file()
        .sync_all()
        .map_err(io(msg::ERROR_IO_FLUSH_FILE, temp.path()))?;
    // On failure the temporary file is deleted when `PersistError` drops it.
    let persisted = if overwrite {
        temp.persist(path)
    } else {
        // Refuses atomically if the target appeared meanwhile (link + unlink, never a replace).
        temp.persist_noclobber(path)
    };
    match persisted {
        // The new name is on disk only once its folder is flushed.
        Ok(_) => crate::files::sync_dir(&dir),
        Err(e) if !overwrite && e.error.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(exists())
        }
        Err(e) => Err(io(msg::ERROR_IO_MOVE_INTO_PLACE, path)(e.error)),
    }
}

/// The longest file name most file systems accept (ext4, APFS, NTFS): 255 bytes.
pub const MAX_FILE_NAME_BYTES: usize = 255;

/// A document the app offers to save (app) or writes when no `--out` is given (CLI).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportDocument {
    /// The sign-off PDF.
    SignOffPdf,
    /// The review file (JSON) another copy of the app imports.
    ReviewFile,
    /// The notice letter that stops a renewal, as a PDF.
    NoticeLetter,
    /// One contract's deadlines as a calendar file.
    Calendar,
}

impl ExportDocument {
    fn words(self) -> crate::i18n::Key {
        match self {
            ExportDocument::SignOffPdf | ExportDocument::ReviewFile => msg::FILES_DOCUMENT_REVIEW,
            ExportDocument::NoticeLetter => msg::FILES_DOCUMENT_NOTICE_LETTER,
            ExportDocument::Calendar => msg::FILES_DOCUMENT_DEADLINES,
        }
    }

    fn extension(self) -> &'static str {
        match self {
            ExportDocument::SignOffPdf | ExportDocument::NoticeLetter => "pdf",
            ExportDocument::ReviewFile => "json",
            ExportDocument::Calendar => "ics",
        }
    }
}

/// The name the sign-off PDF is offered under (app) or written to (CLI, when no `--out`):
/// `<provider> – VoIP contract review – <date>.pdf` (`… – VoIP 合同审查 – …` for a Chinese review).
pub fn pdf_file_name(review: &Review, date: chrono::NaiveDate) -> String {
    export_file_name(review, date, ExportDocument::SignOffPdf)
}

/// The name a review file is offered under (app) or written to (CLI, when no `--out`):
/// `<provider> – VoIP contract review – <date>.json`.
pub fn review_file_name(review: &Review, date: chrono::NaiveDate) -> String {
    export_file_name(review, date, ExportDocument::ReviewFile)
}

/// The calendar of every signed contract: `Contract deadlines – <date>.ics` in `lang` (the
/// exporter's language: the file holds contracts in several languages).
pub fn all_deadlines_file_name(date: chrono::NaiveDate, lang: crate::i18n::Lang) -> String {
    format!(
        "{} – {}.ics",
        crate::i18n::text(lang, msg::FILES_ALL_DEADLINES),
        date.format("%Y-%m-%d")
    )
}

/// `<provider> – <document> – <date>.<extension>`, the document named in the review's language
/// (whoever exports it, as the document itself): characters file systems reject become `-`,
/// invisible text-direction marks are dropped (they could make `.exe` read as `.pdf`), and the
/// provider is shortened so the name stays within [`MAX_FILE_NAME_BYTES`].
pub fn export_file_name(
    review: &Review,
    date: chrono::NaiveDate,
    document: ExportDocument,
) -> String {
    let lang = review.language;
    let tail = format!(
        " – {} – {}.{}",
        crate::i18n::text(lang, document.words()),
        date.format("%Y-%m-%d"),
        document.extension()
    );
    let budget = MAX_FILE_NAME_BYTES.saturating_sub(tail.len());
    let mut provider = String::new();
    let cleaned = review
        .context
        .provider
        .chars()
        .filter(|c| !is_direction_mark(*c))
        .map(|c| {
            if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() {
                '-'
            } else {
                c
            }
        });
    for c in cleaned {
        if provider.len() + c.len_utf8() > budget {
            break;
        }
        provider.push(c);
    }
    let provider = provider.trim().trim_start_matches('.');
    let unnamed;
    let provider = if provider.is_empty() {
        unnamed = crate::i18n::text(lang, msg::FILES_UNNAMED_REVIEW);
        unnamed.as_str()
    } else {
        provider
    };
    format!("{provider}{tail}")
}

/// Invisible characters that change the direction text is shown in.
fn is_direction_mark(c: char) -> bool {
    crate::validate::is_bidi_control(c) || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn created_folders_are_private_and_renames_land() {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("a").join("b");
        create_private_dir_all(&nested).unwrap();
        assert_eq!(mode(&dir.path().join("a")), 0o700);
        assert_eq!(mode(&nested), 0o700);

        let from = nested.join("x.tmp");
        std::fs::write(&from, b"x").unwrap();
        make_file_private(&from).unwrap();
        assert_eq!(mode(&from), 0o600);
        let to = dir.path().join("x");
        rename_durably(&from, &to, msg::ERROR_IO_WRITE_FILE).unwrap();
        assert_eq!(std::fs::read(&to).unwrap(), b"x");
        assert!(!from.exists());
    }
}
