//! Cutting a TrueType (`glyf`) face down to the glyphs a PDF draws, for `/FontFile2`.
//!
//! A general font library parses every table of the face to subset it (allsorts read all of
//! DejaVu's glyph headers, its `post` names and its whole character map, which the PDF does not
//! use: a CIDFont with `/CIDToGIDMap /Identity` draws glyph ids). This copies only what the
//! kept glyphs need: their outlines (with the glyphs composites are built from), advances and
//! side bearings, and the tables a PDF font program must have (ISO 32000-1, 9.9: `head`,
//! `hhea`, `loca`, `maxp`, `cvt `, `prep`, `glyf`, `hmtx`, `fpgm`), with a `post` header
//! without glyph names. CFF faces are left to allsorts.

use std::collections::HashMap;

/// The tables copied unchanged when the face has them: the hinting program and its data.
const HINTING_TABLES: [&[u8; 4]; 3] = [b"cvt ", b"fpgm", b"prep"];

/// A subset font program and the old glyph id of each new glyph, in order (new id = position):
/// the glyphs asked for, then those that composites among them are built from.
pub struct GlyfSubset {
    pub program: Vec<u8>,
    pub old_ids: Vec<u16>,
}

/// The subset of face `index` of `font` (a font file or collection) keeping `glyphs` (glyph 0
/// first, as a font must start with the missing glyph). `None` when the face has no `glyf`
/// outlines or its tables do not read.
pub fn subset_glyf(font: &[u8], index: usize, glyphs: &[u16]) -> Option<GlyfSubset> {
    let tables = TableDirectory::read(font, index)?;
    let head = tables.get(b"head")?;
    let hhea = tables.get(b"hhea")?;
    let maxp = tables.get(b"maxp")?;
    let hmtx = tables.get(b"hmtx")?;
    let loca = tables.get(b"loca")?;
    let glyf = tables.get(b"glyf")?;
    if head.len() < 54 || hhea.len() < 36 || maxp.len() < 6 {
        return None;
    }
    let long_offsets = read_u16(head, 50)? == 1;
    let glyph_count = read_u16(maxp, 4)?;
    let long_metrics = read_u16(hhea, 34)?;
    let outline = |id: u16| -> Option<&[u8]> {
        let (start, end) = if long_offsets {
            let at = usize::from(id) * 4;
            (
                read_u32(loca, at)? as usize,
                read_u32(loca, at + 4)? as usize,
            )
        } else {
            let at = usize::from(id) * 2;
            (
                usize::from(read_u16(loca, at)?) * 2,
                usize::from(read_u16(loca, at + 2)?) * 2,
            )
        };
        glyf.get(start..end)
    };

    // The glyphs asked for, then the components of composites, found breadth first.
    let mut old_ids: Vec<u16> = Vec::with_capacity(glyphs.len() + 8);
    let mut new_id: HashMap<u16, u16> = HashMap::with_capacity(glyphs.len() + 8);
    for &id in glyphs {
        if id < glyph_count {
            keep(id, &mut old_ids, &mut new_id)?;
        }
    }
    let mut next = 0;
    while next < old_ids.len() {
        let data = outline(old_ids[next])?;
        for component in components(data)? {
            let id = component.glyph;
            if id >= glyph_count {
                return None;
            }
            keep(id, &mut old_ids, &mut new_id)?;
        }
        next += 1;
    }

    // glyf and loca (long offsets), with composites pointing at the new ids.
    let mut new_glyf = Vec::new();
    let mut new_loca = Vec::with_capacity((old_ids.len() + 1) * 4);
    for &id in &old_ids {
        new_loca.extend_from_slice(&u32::try_from(new_glyf.len()).ok()?.to_be_bytes());
        let data = outline(id)?;
        let start = new_glyf.len();
        new_glyf.extend_from_slice(data);
        for component in components(data)? {
            let renumbered = new_id.get(&component.glyph)?.to_be_bytes();
            new_glyf[start + component.at..start + component.at + 2].copy_from_slice(&renumbered);
        }
        // Each glyph starts on an even offset, as the short form of `loca` needs and viewers
        // expect of either form.
        if new_glyf.len() % 2 == 1 {
            new_glyf.push(0);
        }
    }
    new_loca.extend_from_slice(&u32::try_from(new_glyf.len()).ok()?.to_be_bytes());

    // hmtx: a full metric (advance, left side bearing) for every glyph.
    let mut new_hmtx = Vec::with_capacity(old_ids.len() * 4);
    for &id in &old_ids {
        let (advance, lsb) = if id < long_metrics {
            let at = usize::from(id) * 4;
            (read_u16(hmtx, at)?, read_u16(hmtx, at + 2)?)
        } else {
            let last = usize::from(long_metrics.checked_sub(1)?) * 4;
            let at = usize::from(long_metrics) * 4 + usize::from(id - long_metrics) * 2;
            (read_u16(hmtx, last)?, read_u16(hmtx, at)?)
        };
        new_hmtx.extend_from_slice(&advance.to_be_bytes());
        new_hmtx.extend_from_slice(&lsb.to_be_bytes());
    }

    let count = u16::try_from(old_ids.len()).ok()?.to_be_bytes();
    let mut new_head = head.to_vec();
    new_head[8..12].fill(0); // checkSumAdjustment, set once the file is whole
    new_head[50..52].copy_from_slice(&1u16.to_be_bytes()); // long loca offsets
    let mut new_hhea = hhea.to_vec();
    new_hhea[34..36].copy_from_slice(&count);
    let mut new_maxp = maxp.to_vec();
    new_maxp[4..6].copy_from_slice(&count);

    let mut out_tables: Vec<(&[u8; 4], std::borrow::Cow<'_, [u8]>)> = vec![
        (b"glyf", new_glyf.into()),
        (b"head", new_head.into()),
        (b"hhea", new_hhea.into()),
        (b"hmtx", new_hmtx.into()),
        (b"loca", new_loca.into()),
        (b"maxp", new_maxp.into()),
    ];
    for tag in HINTING_TABLES {
        if let Some(data) = tables.get(tag) {
            out_tables.push((tag, data.into()));
        }
    }
    // `post` without glyph names (format 3): its header only, which some viewers read for the
    // underline and fixed pitch and which costs 32 bytes.
    if let Some(post) = tables.get(b"post").and_then(|post| post.get(..32)) {
        let mut header = post.to_vec();
        header[..4].copy_from_slice(&0x0003_0000u32.to_be_bytes());
        header[16..32].fill(0); // the memory hints, which describe the whole face
        out_tables.push((b"post", header.into()));
    }
    out_tables.sort_by_key(|(tag, _)| **tag);
    Some(GlyfSubset {
        program: write_font(&out_tables)?,
        old_ids,
    })
}

/// Adds glyph `id` to the subset unless it is there; `None` past 65,535 glyphs.
fn keep(id: u16, old_ids: &mut Vec<u16>, new_id: &mut HashMap<u16, u16>) -> Option<()> {
    if let std::collections::hash_map::Entry::Vacant(slot) = new_id.entry(id) {
        slot.insert(u16::try_from(old_ids.len()).ok()?);
        old_ids.push(id);
    }
    Some(())
}

/// Where the tables of one face sit in a font file or collection.
struct TableDirectory<'a> {
    font: &'a [u8],
    /// (tag, offset, length) of each table.
    records: Vec<([u8; 4], usize, usize)>,
}

impl<'a> TableDirectory<'a> {
    fn read(font: &'a [u8], index: usize) -> Option<TableDirectory<'a>> {
        let start = if font.starts_with(b"ttcf") {
            let count = read_u32(font, 8)? as usize;
            if index >= count {
                return None;
            }
            read_u32(font, 12 + index * 4)? as usize
        } else if index == 0 {
            0
        } else {
            return None;
        };
        let count = usize::from(read_u16(font, start + 4)?);
        let records = (0..count)
            .map(|i| {
                let at = start + 12 + i * 16;
                let tag: [u8; 4] = font.get(at..at + 4)?.try_into().ok()?;
                Some((
                    tag,
                    read_u32(font, at + 8)? as usize,
                    read_u32(font, at + 12)? as usize,
                ))
            })
            .collect::<Option<Vec<_>>>()?;
        Some(TableDirectory { font, records })
    }

    fn get(&self, tag: &[u8; 4]) -> Option<&'a [u8]> {
        let (_, offset, length) = self.records.iter().find(|(t, _, _)| t == tag)?;
        self.font.get(*offset..offset.checked_add(*length)?)
    }
}

/// One component of a composite glyph: the glyph it draws and where that id sits in the data.
struct Component {
    glyph: u16,
    at: usize,
}

/// The components of a composite glyph (none for a simple or empty one); `None` if the
/// record runs past the glyph's data (OpenType `glyf`, composite glyph description).
fn components(glyph: &[u8]) -> Option<Vec<Component>> {
    const ARGS_ARE_WORDS: u16 = 0x0001;
    const HAS_SCALE: u16 = 0x0008;
    const MORE_COMPONENTS: u16 = 0x0020;
    const HAS_X_AND_Y_SCALE: u16 = 0x0040;
    const HAS_TWO_BY_TWO: u16 = 0x0080;

    // A negative contour count marks a composite; an empty glyph has no data at all.
    if glyph.len() < 10 || read_u16(glyph, 0)? & 0x8000 == 0 {
        return Some(Vec::new());
    }
    let mut found = Vec::new();
    let mut at = 10;
    loop {
        let flags = read_u16(glyph, at)?;
        found.push(Component {
            glyph: read_u16(glyph, at + 2)?,
            at: at + 2,
        });
        at += 4 + if flags & ARGS_ARE_WORDS != 0 { 4 } else { 2 };
        at += if flags & HAS_SCALE != 0 {
            2
        } else if flags & HAS_X_AND_Y_SCALE != 0 {
            4
        } else if flags & HAS_TWO_BY_TWO != 0 {
            8
        } else {
            0
        };
        if at > glyph.len() {
            return None;
        }
        if flags & MORE_COMPONENTS == 0 {
            return Some(found);
        }
    }
}

/// An sfnt file of `tables` (sorted by tag), each 4-byte aligned, with the table checksums
/// and `head`'s checksum adjustment filled in (OpenType, "Table directory" and `head`).
fn write_font(tables: &[(&[u8; 4], std::borrow::Cow<'_, [u8]>)]) -> Option<Vec<u8>> {
    let count = u16::try_from(tables.len()).ok()?;
    let entry_selector = 15 - count.leading_zeros() as u16; // floor(log2(count))
    let search_range = (1u16 << entry_selector) * 16;
    let mut out = Vec::new();
    out.extend_from_slice(&0x0001_0000u32.to_be_bytes());
    for value in [
        count,
        search_range,
        entry_selector,
        count * 16 - search_range,
    ] {
        out.extend_from_slice(&value.to_be_bytes());
    }
    let mut offset = 12 + tables.len() * 16;
    let mut head_at = None;
    for (tag, data) in tables {
        out.extend_from_slice(*tag);
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&u32::try_from(offset).ok()?.to_be_bytes());
        out.extend_from_slice(&u32::try_from(data.len()).ok()?.to_be_bytes());
        if *tag == b"head" {
            head_at = Some(offset);
        }
        offset += data.len().next_multiple_of(4);
    }
    for (_, data) in tables {
        out.extend_from_slice(data);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    let head_at = head_at?;
    let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
    out[head_at + 8..head_at + 12].copy_from_slice(&adjustment.to_be_bytes());
    Some(out)
}

/// The sum of `data` as big-endian 32-bit words, the last one padded with zeros.
fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, chunk| {
        let mut word = [0u8; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

fn read_u16(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn read_u32(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::tables::FontTableProvider;
    use allsorts::tables::cmap::Cmap;
    use allsorts::tag;

    const DEJAVU: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

    /// The glyph of `c` in DejaVu Sans, read by allsorts (not by the code under test).
    fn glyph_of(c: char) -> u16 {
        let data = ReadScope::new(DEJAVU).read::<FontData<'_>>().unwrap();
        let provider = data.table_provider(0).unwrap();
        let cmap_data = provider.read_table_data(tag::CMAP).unwrap();
        let cmap = ReadScope::new(&cmap_data).read::<Cmap<'_>>().unwrap();
        let (_, subtable) = allsorts::font::read_cmap_subtable(&cmap).unwrap().unwrap();
        subtable.map_glyph(u32::from(c)).unwrap().unwrap()
    }

    /// A table of a font program, read by allsorts.
    fn table(font: &[u8], t: u32) -> Vec<u8> {
        let data = ReadScope::new(font).read::<FontData<'_>>().unwrap();
        let provider = data.table_provider(0).unwrap();
        provider.read_table_data(t).unwrap().into_owned()
    }

    fn be16(data: &[u8], at: usize) -> u16 {
        u16::from_be_bytes([data[at], data[at + 1]])
    }

    /// Glyph `id`'s outline in a font whose `loca` has the long (`long`) or short form.
    fn outline(font: &[u8], id: u16, long: bool) -> Vec<u8> {
        let loca = table(font, tag::LOCA);
        let glyf = table(font, tag::GLYF);
        let i = usize::from(id);
        let (start, end) = if long {
            let at = |k: usize| u32::from_be_bytes(loca[k * 4..k * 4 + 4].try_into().unwrap());
            (at(i) as usize, at(i + 1) as usize)
        } else {
            (
                usize::from(be16(&loca, i * 2)) * 2,
                usize::from(be16(&loca, i * 2 + 2)) * 2,
            )
        };
        glyf[start..end].to_vec()
    }

    #[test]
    fn keeps_the_glyphs_asked_for_and_the_parts_of_composites_renumbered() {
        // "é" is a composite in DejaVu Sans (e + acute accent); "A" and "–" are simple.
        let mut asked = vec![0, glyph_of('A'), glyph_of('é'), glyph_of('–')];
        asked.sort_unstable();
        let subset = subset_glyf(DEJAVU, 0, &asked).unwrap();
        assert_eq!(
            &subset.old_ids[..4],
            &asked[..],
            "asked-for glyphs keep their order"
        );
        assert!(
            subset.old_ids.contains(&glyph_of('e')),
            "the composite's base glyph"
        );
        assert!(
            subset.old_ids.len() >= 6,
            "e and the accent come after the four"
        );

        let font = &subset.program;
        let original_long = be16(&table(DEJAVU, tag::HEAD), 50) == 1;
        let maxp = table(font, tag::MAXP);
        assert_eq!(usize::from(be16(&maxp, 4)), subset.old_ids.len());
        let hhea = table(font, tag::HHEA);
        assert_eq!(usize::from(be16(&hhea, 34)), subset.old_ids.len());
        let hmtx = table(font, tag::HMTX);
        let original_hmtx = table(DEJAVU, tag::HMTX);
        let original_metrics = be16(&table(DEJAVU, tag::HHEA), 34);
        for (new, &old) in subset.old_ids.iter().enumerate() {
            let new = u16::try_from(new).unwrap();
            let mut mine = outline(font, new, true);
            let theirs = outline(DEJAVU, old, original_long);
            if old == glyph_of('é') {
                // Its two parts (e, then the accent) are named at bytes 12 and 18: the new ids
                // there must be the subset's numbers for the original's parts.
                for at in [12, 18] {
                    let part = subset.old_ids[usize::from(be16(&mine, at))];
                    mine[at..at + 2].copy_from_slice(&part.to_be_bytes());
                }
            }
            assert_eq!(&mine[..theirs.len()], &theirs[..], "glyph {old}");
            assert!(
                mine.len() - theirs.len() <= 1,
                "at most one byte of padding"
            );
            // The advance is the original's (a glyph past the long metrics has the last one).
            let advance_at = usize::from(old.min(original_metrics - 1)) * 4;
            assert_eq!(
                be16(&hmtx, usize::from(new) * 4),
                be16(&original_hmtx, advance_at)
            );
        }
        let post = table(font, tag::POST);
        assert_eq!(post.len(), 32);
        assert_eq!(&post[..4], &[0, 3, 0, 0], "format 3: no glyph names");
        // The whole file sums to the OpenType magic once head's adjustment is in.
        assert_eq!(checksum(font), 0xB1B0_AFBA);
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        assert!(subset_glyf(b"not a font", 0, &[0]).is_none());
        assert!(subset_glyf(DEJAVU, 1, &[0]).is_none(), "no second face");
    }
}
