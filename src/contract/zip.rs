//! Just enough of the ZIP format to read one entry of a DOCX (a ZIP archive) with hard limits,
//! so a hostile archive (a "zip bomb", thousands of entries, a lying size) is refused with a
//! message instead of filling memory. Stored and deflated entries only, as Word writes them.

use std::io::Read;

/// Entries in the archive's directory: a Word document has a few dozen.
const MAX_ENTRIES: usize = 10_000;

/// Why an entry could not be read, worded for the owner.
pub type ZipResult<T> = std::result::Result<T, String>;

fn u16_at(data: &[u8], at: usize) -> ZipResult<u16> {
    data.get(at..at + 2)
        .map(|b| u16::from_le_bytes([b[0], b[1]]))
        .ok_or_else(|| "the archive is cut short".to_owned())
}

fn u32_at(data: &[u8], at: usize) -> ZipResult<u32> {
    data.get(at..at + 4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .ok_or_else(|| "the archive is cut short".to_owned())
}

struct Entry {
    name: String,
    method: u16,
    compressed: usize,
    uncompressed: usize,
    local_header: usize,
}

fn directory(data: &[u8]) -> ZipResult<Vec<Entry>> {
    // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
    const EOCD: u32 = 0x0605_4b50;
    let earliest = data.len().saturating_sub(22 + 65_535);
    let eocd = (earliest..=data.len().saturating_sub(22))
        .rev()
        .find(|&at| u32_at(data, at) == Ok(EOCD))
        .ok_or_else(|| "it is not a ZIP archive (a DOCX file is one)".to_owned())?;
    let count = usize::from(u16_at(data, eocd + 10)?);
    if count > MAX_ENTRIES {
        return Err(format!(
            "the archive has {count} entries, more than {MAX_ENTRIES}"
        ));
    }
    let mut at = u32_at(data, eocd + 16)? as usize;
    let mut entries = Vec::with_capacity(count);
    for _ in 0..count {
        if u32_at(data, at)? != 0x0201_4b50 {
            return Err("the archive's directory is damaged".to_owned());
        }
        let method = u16_at(data, at + 10)?;
        let compressed = u32_at(data, at + 20)? as usize;
        let uncompressed = u32_at(data, at + 24)? as usize;
        let name_len = usize::from(u16_at(data, at + 28)?);
        let extra_len = usize::from(u16_at(data, at + 30)?);
        let comment_len = usize::from(u16_at(data, at + 32)?);
        let local_header = u32_at(data, at + 42)? as usize;
        let name = data
            .get(at + 46..at + 46 + name_len)
            .ok_or_else(|| "the archive is cut short".to_owned())?;
        entries.push(Entry {
            name: String::from_utf8_lossy(name).into_owned(),
            method,
            compressed,
            uncompressed,
            local_header,
        });
        at += 46 + name_len + extra_len + comment_len;
    }
    Ok(entries)
}

/// The bytes of entry `name`, refused when it would unpack to more than `max_size` bytes.
pub fn read_entry(data: &[u8], name: &str, max_size: usize) -> ZipResult<Vec<u8>> {
    let entries = directory(data)?;
    let entry = entries
        .iter()
        .find(|e| e.name == name)
        .ok_or_else(|| format!("it has no {name} (it is not a Word document)"))?;
    if entry.uncompressed > max_size {
        return Err(format!(
            "its text part unpacks to {} MB, more than the {} MB allowed",
            entry.uncompressed / 1_000_000,
            max_size / 1_000_000
        ));
    }
    let at = entry.local_header;
    if u32_at(data, at)? != 0x0403_4b50 {
        return Err("the archive's entry is damaged".to_owned());
    }
    let start = at + 30 + usize::from(u16_at(data, at + 26)?) + usize::from(u16_at(data, at + 28)?);
    let packed = data
        .get(start..start.saturating_add(entry.compressed))
        .ok_or_else(|| "the archive is cut short".to_owned())?;
    let mut out = Vec::new();
    match entry.method {
        0 => out.extend_from_slice(packed),
        8 => {
            // The size in the directory can lie: read at most one byte past the limit.
            flate2::read::DeflateDecoder::new(packed)
                .take(max_size as u64 + 1)
                .read_to_end(&mut out)
                .map_err(|err| format!("its text part cannot be unpacked ({err})"))?;
        }
        other => {
            return Err(format!(
                "its text part uses compression method {other}, which Word does not write"
            ));
        }
    }
    if out.len() > max_size {
        return Err(format!(
            "its text part unpacks to more than the {} MB allowed",
            max_size / 1_000_000
        ));
    }
    Ok(out)
}
