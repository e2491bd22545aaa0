//! Fonts for the PDF: DejaVu Sans (regular and bold) shipped inside the binary, plus a system
//! font for characters DejaVu lacks (Chinese, for example), loaded only when needed. In a
//! Chinese document the system CJK font is the primary face: it draws every character it has
//! except ASCII (so Chinese punctuation is full-width and Han and punctuation share one
//! design), and its bold is drawn by stroking the outline, as CJK fonts rarely come with a bold.
//! Text is split into runs by which face has each character; a character no face has is printed
//! as a visible replacement mark and reported, never silently dropped.

use crate::i18n::Lang;
use printpdf::{FontId, Op, ParsedFont, PdfDocument, PdfFontHandle, TextItem};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Shown in place of a character no available font can draw.
pub const REPLACEMENT: char = '\u{25A1}'; // WHITE SQUARE, present in DejaVu Sans

/// Set to a font file to prefer it as the fallback for missing characters.
pub const FALLBACK_FONT_ENV: &str = "VOIP_REVIEW_FALLBACK_FONT";

/// Well-known places of fonts with wide coverage, with the face index in a collection. CJK
/// fonts with TrueType outlines come first: printpdf subsets `glyf` outlines reliably, so the
/// file carries only the glyphs used (tens of kilobytes), whereas the CFF outlines of Noto Sans
/// CJK are a later choice. Droid Sans Fallback is the Debian package `fonts-droid-fallback`,
/// which the .deb depends on and scripts/setup.sh installs.
const SYSTEM_FALLBACKS: &[(&str, usize)] = &[
    (
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        0,
    ),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", 0),
    ("/System/Library/Fonts/PingFang.ttc", 0),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
    ("C:\\Windows\\Fonts\\msyh.ttc", 0),
    ("C:\\Windows\\Fonts\\simsun.ttc", 0),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaceRef {
    Regular,
    Bold,
    Fallback,
}

pub struct Face {
    pub font: Arc<ParsedFont>,
    pub id: FontId,
    units_per_em: f32,
    /// Advance widths (font units) of the characters below [`CACHED_CHARS`] looked up so far:
    /// layout asks for the same few hundred characters thousands of times, and each lookup in
    /// the font's cmap was the largest single cost of laying out the example.
    advances: RefCell<Vec<Cached>>,
}

/// Characters with a code below this are cached per face (Latin, Greek, Cyrillic, general
/// punctuation and currency signs); others are looked up each time.
const CACHED_CHARS: usize = 0x2200;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Cached {
    Unknown,
    Absent,
    Advance(f32),
}

/// Parses a face and gives it a stable name instead of printpdf's random one, which keeps the
/// output reproducible.
fn parse(bytes: &[u8], index: usize, name: &str) -> Option<ParsedFont> {
    let mut font = ParsedFont::from_bytes(bytes, index, &mut Vec::new())?;
    font.font_name = Some(name.to_owned());
    Some(font)
}

/// The built-in faces, parsed once per process: every later export in the same process (the
/// app's) reuses them.
fn built_in(weight: Weight) -> Arc<ParsedFont> {
    static REGULAR: OnceLock<Arc<ParsedFont>> = OnceLock::new();
    static BOLD: OnceLock<Arc<ParsedFont>> = OnceLock::new();
    // The built-in fonts are compiled in and known to parse; a failure is a build defect.
    let (cell, bytes, name) = match weight {
        Weight::Regular => (&REGULAR, REGULAR_TTF, "DejaVuSans"),
        Weight::Bold => (&BOLD, BOLD_TTF, "DejaVuSans-Bold"),
    };
    cell.get_or_init(|| Arc::new(parse(bytes, 0, name).expect("built-in font")))
        .clone()
}

impl Face {
    fn add(doc: &mut PdfDocument, font: Arc<ParsedFont>) -> Face {
        let units_per_em = f32::from(font.units_per_em.max(1));
        let id = doc.add_font(&font);
        Face {
            font,
            id,
            units_per_em,
            advances: RefCell::new(Vec::new()),
        }
    }

    pub fn has(&self, c: char) -> bool {
        self.advance_units(c).is_some()
    }

    /// Advance width of `c` at `size` points.
    pub fn advance(&self, c: char, size: f32) -> f32 {
        self.advance_units(c)
            .map_or(0.0, |units| units / self.units_per_em * size)
    }

    /// The advance of `c` in font units, or `None` when the face has no glyph for it.
    fn advance_units(&self, c: char) -> Option<f32> {
        let lookup = || {
            self.font
                .lookup_glyph_index(c as u32)
                .map(|gid| f32::from(self.font.get_glyph_width(gid).unwrap_or(0)))
        };
        let code = c as usize;
        if code >= CACHED_CHARS {
            return lookup();
        }
        let mut cache = self.advances.borrow_mut();
        if cache.is_empty() {
            cache.resize(CACHED_CHARS, Cached::Unknown);
        }
        match cache[code] {
            Cached::Advance(units) => Some(units),
            Cached::Absent => None,
            Cached::Unknown => {
                let found = lookup();
                cache[code] = found.map_or(Cached::Absent, Cached::Advance);
                found
            }
        }
    }
}

/// Characters a Chinese document always has (its headings), so a CJK face is chosen even for a
/// review whose own text is all Latin.
const CHINESE_PROBE: &str = "审查签字确认服务商报价，。：（）“”";

pub struct Fonts {
    pub regular: Face,
    pub bold: Face,
    pub fallback: Option<Face>,
    /// Whether the fallback is the primary face for everything but ASCII (a Chinese document).
    cjk_primary: bool,
    /// Characters no font had; each is printed as [`REPLACEMENT`].
    missing: RefCell<BTreeSet<char>>,
}

impl Fonts {
    /// Loads the built-in faces, and a fallback face if `text_needed` has characters they lack
    /// or the document is Chinese.
    pub fn load(doc: &mut PdfDocument, text_needed: &str, lang: Lang) -> Fonts {
        let regular = Face::add(doc, built_in(Weight::Regular));
        let bold = Face::add(doc, built_in(Weight::Bold));
        let cjk_primary = lang == Lang::ZhHans;
        let lacking: BTreeSet<char> = if cjk_primary {
            text_needed
                .chars()
                .chain(CHINESE_PROBE.chars())
                .filter(|c| !c.is_control() && !c.is_ascii())
                .collect()
        } else {
            text_needed
                .chars()
                .filter(|c| !c.is_control() && !regular.has(*c))
                .collect()
        };
        let fallback = if lacking.is_empty() {
            None
        } else {
            load_fallback(doc, &lacking)
        };
        Fonts {
            regular,
            bold,
            // Without a CJK face, a Chinese document draws what DejaVu has, as English does.
            cjk_primary: cjk_primary && fallback.is_some(),
            fallback,
            missing: RefCell::new(BTreeSet::new()),
        }
    }

    /// The characters no font could draw, printed as [`REPLACEMENT`].
    pub fn missing(&self) -> Vec<char> {
        self.missing.borrow().iter().copied().collect()
    }

    /// Whether `face` in `weight` is drawn with a stroked outline to look bold.
    pub fn synthetic_bold(&self, face: FaceRef, weight: Weight) -> bool {
        face == FaceRef::Fallback && weight == Weight::Bold
    }

    pub fn face(&self, face: FaceRef) -> &Face {
        match face {
            FaceRef::Regular => &self.regular,
            FaceRef::Bold => &self.bold,
            FaceRef::Fallback => self.fallback.as_ref().unwrap_or(&self.regular),
        }
    }

    /// Which face draws `c` in `weight`, and the character actually drawn.
    pub fn pick(&self, c: char, weight: Weight) -> (FaceRef, char) {
        let primary = match weight {
            Weight::Regular => FaceRef::Regular,
            Weight::Bold => FaceRef::Bold,
        };
        if self.cjk_primary && !c.is_ascii() && self.fallback.as_ref().is_some_and(|f| f.has(c)) {
            return (FaceRef::Fallback, c);
        }
        if self.face(primary).has(c) {
            (primary, c)
        } else if self.fallback.as_ref().is_some_and(|f| f.has(c)) {
            (FaceRef::Fallback, c)
        } else {
            if !c.is_control() {
                self.missing.borrow_mut().insert(c);
            }
            (primary, REPLACEMENT)
        }
    }

    pub fn char_width(&self, c: char, weight: Weight, size: f32) -> f32 {
        let (face, drawn) = self.pick(c, weight);
        self.face(face).advance(drawn, size)
    }

    pub fn text_width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        text.chars().map(|c| self.char_width(c, weight, size)).sum()
    }

    /// Splits `text` into runs drawn with one face each.
    pub fn runs(&self, text: &str, weight: Weight) -> Vec<(FaceRef, String)> {
        let mut runs: Vec<(FaceRef, String)> = Vec::new();
        for c in text.chars() {
            let (face, drawn) = self.pick(c, weight);
            match runs.last_mut() {
                Some((last, run)) if *last == face => run.push(drawn),
                _ => runs.push((face, drawn.to_string())),
            }
        }
        runs
    }
}

fn fallback_candidates() -> Vec<(PathBuf, usize)> {
    let mut list: Vec<(PathBuf, usize)> = std::env::var_os(FALLBACK_FONT_ENV)
        .map(|p| vec![(PathBuf::from(p), 0)])
        .unwrap_or_default();
    list.extend(SYSTEM_FALLBACKS.iter().map(|(p, i)| (PathBuf::from(p), *i)));
    list
}

/// The first candidate that covers every lacking character, else the one covering the most.
fn load_fallback(doc: &mut PdfDocument, lacking: &BTreeSet<char>) -> Option<Face> {
    let mut best: Option<(usize, ParsedFont)> = None;
    for (path, index) in fallback_candidates() {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let Some(font) = parse(&bytes, index, "Fallback") else {
            continue;
        };
        let covered = lacking
            .iter()
            .filter(|c| font.lookup_glyph_index(**c as u32).is_some())
            .count();
        if covered == lacking.len() {
            return Some(Face::add(doc, Arc::new(font)));
        }
        if covered > 0 && best.as_ref().is_none_or(|(n, _)| covered > *n) {
            best = Some((covered, font));
        }
    }
    best.map(|(_, font)| Face::add(doc, Arc::new(font)))
}

/// Replaces every face of `doc` by a subset holding only the glyphs its pages draw (and
/// `.notdef`), renumbered from 0, so the file carries kilobytes of font instead of megabytes.
/// printpdf's own subsetting needs its text-layout engine, whose font parsing and compilation
/// cost more than the rest of the export; this reads the pages' text runs instead.
pub fn subset_document_fonts(doc: &mut PdfDocument) -> crate::error::Result<()> {
    let mut drawn: BTreeMap<FontId, BTreeSet<char>> = BTreeMap::new();
    for page in &doc.pages {
        let mut current: Option<&FontId> = None;
        for op in &page.ops {
            match op {
                Op::SetFont {
                    font: PdfFontHandle::External(id),
                    ..
                } => current = Some(id),
                Op::ShowText { items } => {
                    let Some(id) = current else { continue };
                    let chars = drawn.entry(id.clone()).or_default();
                    for item in items {
                        if let TextItem::Text(text) = item {
                            chars.extend(text.chars());
                        }
                    }
                }
                _ => {}
            }
        }
    }
    for (id, chars) in &drawn {
        let Some(font) = doc.resources.fonts.map.get_mut(id) else {
            continue;
        };
        let subset = subset_face(&font.parsed_font, chars).map_err(|reason| {
            crate::error::Error::Corrupt(format!("could not subset a font of the PDF: {reason}"))
        })?;
        font.parsed_font = subset;
    }
    Ok(())
}

/// The subset of `full` that draws `chars`: glyph 0 first (allsorts requires it), then the
/// glyphs in the order of their old ids; allsorts numbers the new glyphs by that position.
fn subset_face(full: &ParsedFont, chars: &BTreeSet<char>) -> Result<ParsedFont, String> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile, subset};

    let mut old_ids: Vec<u16> = chars
        .iter()
        .filter_map(|c| full.lookup_glyph_index(*c as u32))
        .filter(|gid| *gid != 0)
        .collect();
    old_ids.sort_unstable();
    old_ids.dedup();
    let ids: Vec<u16> = std::iter::once(0).chain(old_ids).collect();

    let data = ReadScope::new(&full.original_bytes)
        .read::<FontData<'_>>()
        .map_err(|e| e.to_string())?;
    let provider = data
        .table_provider(full.font_index as usize)
        .map_err(|e| e.to_string())?;
    let bytes = subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
        .map_err(|e| e.to_string())?;

    let new_id: BTreeMap<u16, u16> = ids
        .iter()
        .enumerate()
        .filter_map(|(position, old)| Some((*old, u16::try_from(position).ok()?)))
        .collect();
    let codepoint_to_glyph = chars
        .iter()
        .filter_map(|c| {
            let old = full.lookup_glyph_index(*c as u32)?;
            Some((*c as u32, *new_id.get(&old)?))
        })
        .collect();
    let glyph_widths = new_id
        .iter()
        .filter_map(|(old, new)| Some((*new, full.get_glyph_width(*old)?)))
        .collect();
    let name = full.font_name.clone().unwrap_or_default();
    Ok(ParsedFont {
        original_bytes: bytes,
        font_index: 0,
        font_name: Some(format!("{}+{name}", subset_tag(&name, &ids))),
        codepoint_to_glyph,
        glyph_widths,
        units_per_em: full.units_per_em,
        font_metrics: full.font_metrics.clone(),
        font_type: full.font_type,
        pdf_font_metrics: full.pdf_font_metrics.clone(),
    })
}

/// The six capital letters that mark a subset font's name (ISO 32000-1, 9.6.4), derived
/// from the face and its glyphs so the same export gives the same file.
fn subset_tag(name: &str, ids: &[u16]) -> String {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    hash.update(name.as_bytes());
    for id in ids {
        hash.update(id.to_be_bytes());
    }
    hash.finalize()
        .iter()
        .take(6)
        .map(|byte| char::from(b'A' + byte % 26))
        .collect()
}
