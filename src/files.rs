//! Small file-system helpers shared by every place that must not lose a file: a rename is made
//! durable by flushing its folder, and the data folder and its files are private to the user.

use crate::error::{Error, Result};
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
                context: "Could not flush the folder to disk",
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
pub fn rename_durably(from: &Path, to: &Path, context: &'static str) -> Result<()> {
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
        context: "Could not create the data folder",
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
        context: "Could not read the permissions of",
        path: path.to_owned(),
        source,
    })?;
    if current.permissions().mode() & 0o777 == mode {
        return Ok(());
    }
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).map_err(|source| {
        Error::Io {
            context: "Could not make this private to the user",
            path: path.to_owned(),
            source,
        }
    })
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> Result<()> {
    Ok(())
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
        rename_durably(&from, &to, "test").unwrap();
        assert_eq!(std::fs::read(&to).unwrap(), b"x");
        assert!(!from.exists());
    }
}
