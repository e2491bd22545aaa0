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
    pub font: Arc<FaceData>,
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

/// A face's program and what the layout and the subsetting need of it, read straight from its
/// tables: the character map and the advances. (printpdf's own reader copies every character
/// and advance of the face into maps, which cost more than laying out the whole example.)
pub struct FaceData {
    bytes: FontBytes,
    index: usize,
    /// A stable name instead of printpdf's random one, which keeps the output reproducible.
    name: String,
    cmap: allsorts::tables::cmap::owned::CmapSubtable,
    /// The advance of each glyph with a long metric; later glyphs share the last one (`hmtx`).
    advances: Vec<u16>,
    units_per_em: u16,
    font_metrics: printpdf::FontMetrics,
    pdf_font_metrics: printpdf::PdfFontMetricsStub,
    font_type: printpdf::FontType,
}

enum FontBytes {
    BuiltIn(&'static [u8]),
    Loaded(Vec<u8>),
}

impl FontBytes {
    fn as_slice(&self) -> &[u8] {
        match self {
            FontBytes::BuiltIn(bytes) => bytes,
            FontBytes::Loaded(bytes) => bytes,
        }
    }
}

/// The parts of a face's tables the layout and the PDF need, owned.
struct FaceTables {
    cmap: allsorts::tables::cmap::owned::CmapSubtable,
    advances: Vec<u16>,
    head: allsorts::tables::HeadTable,
    hhea: allsorts::tables::HheaTable,
    us_weight_class: u16,
    font_type: printpdf::FontType,
}

impl FaceTables {
    fn read(bytes: &[u8], index: usize) -> Option<FaceTables> {
        use allsorts::binary::read::ReadScope;
        use allsorts::font_data::FontData;
        use allsorts::tables::cmap::Cmap;
        use allsorts::tables::os2::Os2;
        use allsorts::tables::{FontTableProvider, HeadTable, HheaTable};
        use allsorts::tag;

        let data = ReadScope::new(bytes).read::<FontData<'_>>().ok()?;
        let provider = data.table_provider(index).ok()?;
        let table = |t| provider.read_table_data(t).ok();
        let head_data = table(tag::HEAD)?;
        let head = ReadScope::new(&head_data).read::<HeadTable>().ok()?;
        let hhea_data = table(tag::HHEA)?;
        let hhea = ReadScope::new(&hhea_data).read::<HheaTable>().ok()?;
        let cmap_data = table(tag::CMAP)?;
        let cmap = ReadScope::new(&cmap_data).read::<Cmap<'_>>().ok()?;
        let (_, subtable) = allsorts::font::read_cmap_subtable(&cmap).ok()??;
        let cmap = subtable.to_owned()?;
        let hmtx = table(tag::HMTX)?;
        let advances: Vec<u16> = hmtx
            .chunks_exact(4)
            .take(usize::from(hhea.num_h_metrics))
            .map(|metric| u16::from_be_bytes([metric[0], metric[1]]))
            .collect();
        if advances.is_empty() {
            return None;
        }
        let us_weight_class = table(tag::OS_2)
            .and_then(|d| {
                ReadScope::new(&d)
                    .read_dep::<Os2>(d.len())
                    .ok()
                    .map(|os2| os2.us_weight_class)
            })
            .unwrap_or(0);
        let font_type = if provider.has_table(tag::CFF) {
            printpdf::FontType::OpenTypeCFF(())
        } else {
            printpdf::FontType::TrueType
        };
        Some(FaceTables {
            cmap,
            advances,
            head,
            hhea,
            us_weight_class,
            font_type,
        })
    }
}

impl FaceData {
    /// Reads face `index` of `bytes` (a font file or collection); `None` if it is not a font
    /// with a Unicode character map and horizontal metrics.
    fn read(bytes: FontBytes, index: usize, name: &str) -> Option<FaceData> {
        let tables = FaceTables::read(bytes.as_slice(), index)?;
        let FaceTables {
            cmap,
            advances,
            head,
            hhea,
            us_weight_class,
            font_type,
        } = tables;
        Some(FaceData {
            index,
            name: name.to_owned(),
            cmap,
            advances,
            units_per_em: head.units_per_em,
            font_metrics: printpdf::FontMetrics {
                ascent: hhea.ascender,
                descent: hhea.descender,
            },
            pdf_font_metrics: printpdf::PdfFontMetricsStub {
                units_per_em: head.units_per_em,
                x_min: head.x_min,
                y_min: head.y_min,
                x_max: head.x_max,
                y_max: head.y_max,
                caret_slope_rise: hhea.caret_slope_rise,
                caret_slope_run: hhea.caret_slope_run,
                us_weight_class,
            },
            font_type,
            bytes,
        })
    }

    /// The glyph that draws `c`, if the face has one (glyph 0 is "missing").
    fn glyph(&self, c: char) -> Option<u16> {
        self.cmap
            .map_glyph(c as u32)
            .ok()
            .flatten()
            .filter(|gid| *gid != 0)
    }

    /// The advance of glyph `gid` in font units.
    fn advance(&self, gid: u16) -> u16 {
        let last = self.advances.len() - 1;
        self.advances[usize::from(gid).min(last)]
    }

    /// What printpdf is given when the face is added: its name and metrics, no program yet.
    /// [`subset_document_fonts`] replaces it with the subset the pages draw.
    fn placeholder(&self) -> ParsedFont {
        self.printpdf_font(
            Vec::new(),
            0,
            self.name.clone(),
            BTreeMap::new(),
            BTreeMap::new(),
        )
    }

    fn printpdf_font(
        &self,
        program: Vec<u8>,
        index: u32,
        name: String,
        codepoint_to_glyph: BTreeMap<u32, u16>,
        glyph_widths: BTreeMap<u16, u16>,
    ) -> ParsedFont {
        ParsedFont {
            original_bytes: program,
            font_index: index,
            font_name: Some(name),
            codepoint_to_glyph,
            glyph_widths,
            units_per_em: self.units_per_em,
            font_metrics: self.font_metrics.clone(),
            font_type: self.font_type,
            pdf_font_metrics: self.pdf_font_metrics.clone(),
        }
    }
}

/// The built-in faces, read once per process: every later export in the same process (the
/// app's) reuses them.
fn built_in(weight: Weight) -> Arc<FaceData> {
    static REGULAR: OnceLock<Arc<FaceData>> = OnceLock::new();
    static BOLD: OnceLock<Arc<FaceData>> = OnceLock::new();
    // The built-in fonts are compiled in and known to parse; a failure is a build defect.
    let (cell, bytes, name) = match weight {
        Weight::Regular => (&REGULAR, REGULAR_TTF, "DejaVuSans"),
        Weight::Bold => (&BOLD, BOLD_TTF, "DejaVuSans-Bold"),
    };
    cell.get_or_init(|| {
        Arc::new(FaceData::read(FontBytes::BuiltIn(bytes), 0, name).expect("built-in font"))
    })
    .clone()
}

impl Face {
    fn add(doc: &mut PdfDocument, font: Arc<FaceData>) -> Face {
        let units_per_em = f32::from(font.units_per_em.max(1));
        let id = doc.add_font(&font.placeholder());
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
                .glyph(c)
                .map(|gid| f32::from(self.font.advance(gid)))
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

    /// The face printpdf knows as `id`.
    fn by_id(&self, id: &FontId) -> Option<&Face> {
        [
            Some(&self.regular),
            Some(&self.bold),
            self.fallback.as_ref(),
        ]
        .into_iter()
        .flatten()
        .find(|face| &face.id == id)
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
    let mut best: Option<(usize, FaceData)> = None;
    for (path, index) in fallback_candidates() {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let Some(font) = FaceData::read(FontBytes::Loaded(bytes), index, "Fallback") else {
            continue;
        };
        let covered = lacking.iter().filter(|c| font.glyph(**c).is_some()).count();
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
pub fn subset_document_fonts(doc: &mut PdfDocument, fonts: &Fonts) -> crate::error::Result<()> {
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
        let (Some(font), Some(face)) = (doc.resources.fonts.map.get_mut(id), fonts.by_id(id))
        else {
            continue;
        };
        let subset = subset_face(&face.font, chars).map_err(|reason| {
            crate::error::Error::Corrupt(format!("could not subset a font of the PDF: {reason}"))
        })?;
        font.parsed_font = subset;
    }
    Ok(())
}

/// The subset of `full` that draws `chars`: glyph 0 first (allsorts requires it), then the
/// glyphs in the order of their old ids; allsorts numbers the new glyphs by that position.
fn subset_face(full: &FaceData, chars: &BTreeSet<char>) -> Result<ParsedFont, String> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile, subset};

    let mut old_ids: Vec<u16> = chars.iter().filter_map(|c| full.glyph(*c)).collect();
    old_ids.sort_unstable();
    old_ids.dedup();
    let ids: Vec<u16> = std::iter::once(0).chain(old_ids).collect();

    let data = ReadScope::new(full.bytes.as_slice())
        .read::<FontData<'_>>()
        .map_err(|e| e.to_string())?;
    let provider = data.table_provider(full.index).map_err(|e| e.to_string())?;
    let bytes = subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
        .map_err(|e| e.to_string())?;

    let new_id: BTreeMap<u16, u16> = ids
        .iter()
        .enumerate()
        .filter_map(|(position, old)| Some((*old, u16::try_from(position).ok()?)))
        .collect();
    let codepoint_to_glyph = chars
        .iter()
        .filter_map(|c| Some((*c as u32, *new_id.get(&full.glyph(*c)?)?)))
        .collect();
    let glyph_widths = new_id
        .iter()
        .map(|(old, new)| (*new, full.advance(*old)))
        .collect();
    let name = format!("{}+{}", subset_tag(&full.name, &ids), full.name);
    Ok(full.printpdf_font(bytes, 0, name, codepoint_to_glyph, glyph_widths))
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
