//! Fonts for the PDF: DejaVu Sans (regular and bold) shipped inside the binary, plus a system
//! font for characters DejaVu lacks (Chinese, for example), loaded only when needed. In a
//! Chinese document the system CJK font is the primary face: it draws every character it has
//! except ASCII (so Chinese punctuation is full-width and Han and punctuation share one
//! design), and its bold is drawn by stroking the outline, as CJK fonts rarely come with a bold.
//! Text is split into runs by which face has each character; a character no face has is printed
//! as a visible replacement mark and reported, never silently dropped.

use crate::i18n::Lang;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Shown in place of a character no available font can draw.
pub const REPLACEMENT: char = '\u{25A1}'; // WHITE SQUARE, present in DejaVu Sans

/// Set to a font file to prefer it as the fallback for missing characters.
pub const FALLBACK_FONT_ENV: &str = "VOIP_REVIEW_FALLBACK_FONT";

/// Well-known places of fonts with wide coverage, with the face index in a collection. CJK
/// fonts with TrueType outlines come first: their `glyf` outlines subset cleanly, so the file
/// carries only the glyphs used (tens of kilobytes), whereas the CFF outlines of Noto Sans CJK
/// are a later choice. Droid Sans Fallback is the Debian package `fonts-droid-fallback`,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FaceRef {
    Regular,
    Bold,
    Fallback,
}

impl FaceRef {
    /// The face's name in a page's resources (`/F1 9 Tf`).
    pub fn resource_name(self) -> &'static str {
        match self {
            FaceRef::Regular => "F1",
            FaceRef::Bold => "F2",
            FaceRef::Fallback => "F3",
        }
    }
}

pub struct Face {
    pub font: Arc<FaceData>,
    units_per_em: f32,
    /// Advance widths (font units) of the characters looked up so far (`None`: the face has
    /// no glyph): layout asks for the same few hundred characters thousands of times, and each
    /// lookup in the font's cmap was the largest single cost of laying out the example.
    advances: RefCell<CharCache<Option<f32>>>,
}

/// What was worked out for each character so far: an array for the Latin letters nearly every
/// document is mostly written in, a map for the rest (punctuation, currency signs, Chinese).
/// One array over every cached character (up to U+2200) touched about a hundred pages of fresh
/// memory per export, which cost more than the lookups it saved.
struct CharCache<T> {
    dense: Vec<Option<T>>,
    sparse: HashMap<char, T, std::hash::BuildHasherDefault<CharHasher>>,
}

/// Hashes a character by one multiplication: the map's keys are a document's own characters,
/// not input an attacker chooses to collide, and the default hasher cost more than the lookup
/// it guards.
#[derive(Default)]
struct CharHasher(u64);

impl std::hash::Hasher for CharHasher {
    fn finish(&self) -> u64 {
        // The product's high bits depend on every bit of the code; fold them into the low
        // bits, which pick the bucket.
        self.0 ^ (self.0 >> 32)
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u32(&mut self, value: u32) {
        self.0 = (self.0 ^ u64::from(value)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

impl<T: Copy> CharCache<T> {
    /// Latin-1 and Latin Extended-A.
    const DENSE: usize = 0x180;

    fn new() -> Self {
        CharCache {
            dense: Vec::new(),
            sparse: HashMap::default(),
        }
    }

    fn get_or_insert_with(&mut self, c: char, work_out: impl FnOnce() -> T) -> T {
        let code = c as usize;
        if code < Self::DENSE {
            if self.dense.is_empty() {
                self.dense.resize(Self::DENSE, None);
            }
            *self.dense[code].get_or_insert_with(work_out)
        } else {
            *self.sparse.entry(c).or_insert_with(work_out)
        }
    }
}

/// A face's program and what the layout, the subsetting and the PDF's font dictionaries need
/// of it, read straight from its tables: the character map, the advances and the metrics.
/// (A general font reader copies every character and advance of the face into maps, which cost
/// more than laying out the whole example.)
pub struct FaceData {
    bytes: FontBytes,
    index: usize,
    /// The face's name in the PDF, stable so the same export gives the same file.
    pub name: String,
    cmap: allsorts::tables::cmap::owned::CmapSubtable,
    /// How many glyphs the face has (`maxp`).
    glyph_count: u16,
    /// The advance of each glyph with a long metric; later glyphs share the last one (`hmtx`).
    advances: Vec<u16>,
    pub metrics: FaceMetrics,
}

/// What a PDF font descriptor says of a face, in font units (`head`, `hhea`, `OS/2`).
#[derive(Debug, Clone, Copy)]
pub struct FaceMetrics {
    pub units_per_em: u16,
    pub ascent: i16,
    pub descent: i16,
    /// x min, y min, x max, y max.
    pub bbox: [i16; 4],
    pub caret_slope_rise: i16,
    pub caret_slope_run: i16,
    /// 0 when the face has no `OS/2` table.
    pub weight_class: u16,
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
    /// `maxp`'s glyph count: a character map pointing past it is a broken face's.
    glyph_count: u16,
    advances: Vec<u16>,
    head: allsorts::tables::HeadTable,
    hhea: allsorts::tables::HheaTable,
    us_weight_class: u16,
    /// The face's PostScript name (`name` table, id 6), if it has one.
    postscript_name: Option<String>,
}

impl FaceTables {
    fn read(bytes: &[u8], index: usize) -> Option<FaceTables> {
        use allsorts::binary::read::ReadScope;
        use allsorts::font_data::FontData;
        use allsorts::tables::cmap::Cmap;
        use allsorts::tables::os2::Os2;
        use allsorts::tables::{FontTableProvider, HeadTable, HheaTable, NameTable};
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
        let glyph_count = table(tag::MAXP)
            .and_then(|maxp| Some(u16::from_be_bytes([*maxp.get(4)?, *maxp.get(5)?])))?;
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
        let postscript_name = table(tag::NAME).and_then(|d| {
            ReadScope::new(&d)
                .read::<NameTable<'_>>()
                .ok()?
                .string_for_id(NameTable::POSTSCRIPT_NAME)
        });
        Some(FaceTables {
            cmap,
            glyph_count,
            advances,
            head,
            hhea,
            us_weight_class,
            postscript_name,
        })
    }
}

impl FaceData {
    /// Reads face `index` of `bytes` (a font file or collection); `None` if it is not a font
    /// with a Unicode character map and horizontal metrics. The face is named by its PostScript
    /// name (letters, digits and hyphens only, so the PDF name needs no escapes), else `name`.
    fn read(bytes: FontBytes, index: usize, name: &str) -> Option<FaceData> {
        let tables = FaceTables::read(bytes.as_slice(), index)?;
        let FaceTables {
            cmap,
            glyph_count,
            advances,
            head,
            hhea,
            us_weight_class,
            postscript_name,
        } = tables;
        let name = postscript_name
            .map(|n| {
                n.chars()
                    .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect::<String>()
            })
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| name.to_owned());
        Some(FaceData {
            index,
            name,
            cmap,
            glyph_count,
            advances,
            metrics: FaceMetrics {
                units_per_em: head.units_per_em,
                ascent: hhea.ascender,
                descent: hhea.descender,
                bbox: [head.x_min, head.y_min, head.x_max, head.y_max],
                caret_slope_rise: hhea.caret_slope_rise,
                caret_slope_run: hhea.caret_slope_run,
                weight_class: us_weight_class,
            },
            bytes,
        })
    }

    /// The glyph that draws `c`, if the face has one (glyph 0 is "missing").
    fn glyph(&self, c: char) -> Option<u16> {
        self.cmap
            .map_glyph(c as u32)
            .ok()
            .flatten()
            .filter(|gid| *gid != 0 && *gid < self.glyph_count)
    }

    /// The advance of glyph `gid` in font units.
    fn advance(&self, gid: u16) -> u16 {
        let last = self.advances.len() - 1;
        self.advances[usize::from(gid).min(last)]
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
    fn new(font: Arc<FaceData>) -> Face {
        let units_per_em = f32::from(font.metrics.units_per_em.max(1));
        Face {
            font,
            units_per_em,
            advances: RefCell::new(CharCache::new()),
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
        self.advances.borrow_mut().get_or_insert_with(c, lookup)
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
    /// What [`Fonts::pick`] chose for each character, by weight (regular, bold), with the
    /// advance in ems: the layout measures and draws the same characters thousands of times.
    picks: [RefCell<CharCache<Picked>>; 2],
    /// The same for ASCII, worked out when the fonts are loaded: most of any document's
    /// characters, so their lookup is one index (every built-in face draws all of ASCII, so
    /// working them out early records no missing character).
    ascii: [[Picked; 128]; 2],
}

/// A character's face, the character drawn (□ when no face has it) and its advance in ems.
#[derive(Debug, Clone, Copy)]
struct Picked {
    face: FaceRef,
    drawn: char,
    em_advance: f32,
}

impl Picked {
    /// What a table holds before it is filled.
    const NONE: Picked = Picked {
        face: FaceRef::Regular,
        drawn: '\0',
        em_advance: 0.0,
    };
}

impl Fonts {
    /// Loads the built-in faces, and a fallback face if `text_needed` has characters they lack
    /// or the document is Chinese.
    pub fn load(text_needed: &str, lang: Lang) -> Fonts {
        let regular = Face::new(built_in(Weight::Regular));
        let bold = Face::new(built_in(Weight::Bold));
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
            load_fallback(&lacking)
        };
        let mut fonts = Fonts {
            regular,
            bold,
            // Without a CJK face, a Chinese document draws what DejaVu has, as English does.
            cjk_primary: cjk_primary && fallback.is_some(),
            fallback,
            missing: RefCell::new(BTreeSet::new()),
            picks: [
                RefCell::new(CharCache::new()),
                RefCell::new(CharCache::new()),
            ],
            ascii: [[Picked::NONE; 128]; 2],
        };
        for weight in [Weight::Regular, Weight::Bold] {
            let table: [Picked; 128] =
                std::array::from_fn(|code| fonts.picked_and_kept(char::from(code as u8), weight));
            fonts.ascii[weight as usize] = table;
        }
        fonts
    }

    /// The faces loaded: the fallback only when one was needed and found.
    pub fn loaded(&self) -> impl Iterator<Item = (FaceRef, &Face)> {
        [
            (FaceRef::Regular, Some(&self.regular)),
            (FaceRef::Bold, Some(&self.bold)),
            (FaceRef::Fallback, self.fallback.as_ref()),
        ]
        .into_iter()
        .filter_map(|(which, face)| Some((which, face?)))
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

    /// Which face draws `c` in `weight`, the character actually drawn and its advance.
    fn picked(&self, c: char, weight: Weight) -> Picked {
        match self.ascii[weight as usize].get(c as usize) {
            Some(picked) => *picked,
            None => self.picked_and_kept(c, weight),
        }
    }

    /// [`Fonts::picked`] worked out, or read from what was worked out before.
    fn picked_and_kept(&self, c: char, weight: Weight) -> Picked {
        // A tab pasted into a note is drawn as a space; other control characters (a stray
        // carriage return, a form feed) are not drawn at all: no font has a glyph for them.
        let c = if c == '\t' { ' ' } else { c };
        if c.is_control() {
            return Picked {
                face: match weight {
                    Weight::Regular => FaceRef::Regular,
                    Weight::Bold => FaceRef::Bold,
                },
                drawn: c,
                em_advance: 0.0,
            };
        }
        let choose = || {
            let (face, drawn) = self.choose(c, weight);
            Picked {
                face,
                drawn,
                em_advance: self.face(face).advance(drawn, 1.0),
            }
        };
        self.picks[weight as usize]
            .borrow_mut()
            .get_or_insert_with(c, choose)
    }

    /// Which face draws `c` in `weight`, and the character actually drawn.
    fn choose(&self, c: char, weight: Weight) -> (FaceRef, char) {
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
            self.missing.borrow_mut().insert(c);
            (primary, REPLACEMENT)
        }
    }

    pub fn char_width(&self, c: char, weight: Weight, size: f32) -> f32 {
        self.picked(c, weight).em_advance * size
    }

    pub fn text_width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        text.chars().map(|c| self.char_width(c, weight, size)).sum()
    }

    /// Splits `text` into runs drawn with one face each, with each run's width at `size`.
    pub fn runs(&self, text: &str, weight: Weight, size: f32) -> Vec<(FaceRef, String, f32)> {
        let mut runs: Vec<(FaceRef, String, f32)> = Vec::new();
        for c in text.chars() {
            let Picked {
                face,
                drawn,
                em_advance,
            } = self.picked(c, weight);
            if drawn.is_control() {
                continue;
            }
            let width = em_advance * size;
            match runs.last_mut() {
                Some((last, run, run_width)) if *last == face => {
                    run.push(drawn);
                    *run_width += width;
                }
                _ => {
                    // Room for the rest of the text: most lines are one run.
                    let mut run = String::with_capacity(text.len());
                    run.push(drawn);
                    runs.push((face, run, width));
                }
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
fn load_fallback(lacking: &BTreeSet<char>) -> Option<Face> {
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
            return Some(Face::new(Arc::new(font)));
        }
        if covered > 0 && best.as_ref().is_none_or(|(n, _)| covered > *n) {
            best = Some((covered, font));
        }
    }
    best.map(|(_, font)| Face::new(Arc::new(font)))
}

/// A face cut down to the glyphs a document draws, as the PDF embeds it.
pub struct Subset {
    /// `XXXXXX+Name`: the tag marks a subset (ISO 32000-1, 9.6.4).
    pub name: String,
    /// The font program: a TrueType or OpenType file, or for a CID-keyed CFF face the bare
    /// `CFF ` table (see [`Outlines`]).
    pub program: Vec<u8>,
    pub outlines: Outlines,
    /// The code the content streams write for each character drawn (Identity-H: two bytes).
    pub codes: BTreeMap<char, u16>,
    /// Each code's advance in font units, ascending by code (for the `/W` array).
    pub widths: Vec<(u16, u16)>,
}

/// How a subset's outlines are embedded, which decides the CIDFont's subtype and font file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outlines {
    /// `glyf` outlines: `/CIDFontType2`, `/FontFile2`, codes are glyph ids.
    TrueType,
    /// A whole OpenType file with name-keyed CFF outlines: `/CIDFontType0`, `/FontFile3
    /// /OpenType`, codes are glyph ids.
    OpenTypeCff,
    /// A CID-keyed CFF face (Noto Sans CJK): the bare `CFF ` table as `/FontFile3
    /// /CIDFontType0C`, and codes are the CIDs its charset gives the glyphs, which is the
    /// only form every viewer family resolves alike (printpdf issue #280).
    CidKeyedCff,
}

/// The subset of `full` that draws `chars`: glyph 0 first (a font starts with the missing
/// glyph), then the glyphs in the order of their old ids; the new glyphs are numbered by that
/// position (the glyphs composites are built from come after them).
pub fn subset_face(full: &FaceData, chars: &BTreeSet<char>) -> Result<Subset, String> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile, subset};

    let mut old_ids: Vec<u16> = chars.iter().filter_map(|c| full.glyph(*c)).collect();
    old_ids.sort_unstable();
    old_ids.dedup();
    let ids: Vec<u16> = std::iter::once(0).chain(old_ids).collect();

    // TrueType outlines are cut here, reading only the kept glyphs; CFF by allsorts.
    let (program, order) =
        match super::truetype_subset::subset_glyf(full.bytes.as_slice(), full.index, &ids) {
            Some(glyf) => (glyf.program, glyf.old_ids),
            None => {
                let data = ReadScope::new(full.bytes.as_slice())
                    .read::<FontData<'_>>()
                    .map_err(|e| e.to_string())?;
                let provider = data.table_provider(full.index).map_err(|e| e.to_string())?;
                let program = subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
                    .map_err(|e| e.to_string())?;
                (program, ids.clone())
            }
        };

    let new_id: BTreeMap<u16, u16> = order
        .iter()
        .enumerate()
        .filter(|(_, old)| ids.binary_search(old).is_ok())
        .filter_map(|(position, old)| Some((*old, u16::try_from(position).ok()?)))
        .collect();
    let (program, outlines, code_of) = match cid_keyed_cff(&program) {
        Some((table, cids)) => (table, Outlines::CidKeyedCff, Some(cids)),
        None if program.starts_with(b"OTTO") => (program, Outlines::OpenTypeCff, None),
        None => (program, Outlines::TrueType, None),
    };
    let code = |new: u16| {
        code_of
            .as_ref()
            .map_or(Some(new), |cids| cids.get(&new).copied())
    };
    let codes = chars
        .iter()
        .filter_map(|c| Some((*c, code(*new_id.get(&full.glyph(*c)?)?)?)))
        .collect();
    let mut widths: Vec<(u16, u16)> = new_id
        .iter()
        .filter_map(|(old, new)| Some((code(*new)?, full.advance(*old))))
        .collect();
    widths.sort_unstable();
    let name = format!("{}+{}", subset_tag(&full.name, &ids), full.name);
    Ok(Subset {
        name,
        program,
        outlines,
        codes,
        widths,
    })
}

/// For an OpenType font whose CFF outlines are CID-keyed: the bare `CFF ` table and the CID its
/// charset gives each glyph. `None` for TrueType and name-keyed CFF fonts.
fn cid_keyed_cff(program: &[u8]) -> Option<(Vec<u8>, BTreeMap<u16, u16>)> {
    use allsorts::binary::read::ReadScope;
    use allsorts::cff::CFF;
    use allsorts::font_data::FontData;
    use allsorts::tables::FontTableProvider;
    use allsorts::tag;

    if !program.starts_with(b"OTTO") {
        return None;
    }
    let data = ReadScope::new(program).read::<FontData<'_>>().ok()?;
    let provider = data.table_provider(0).ok()?;
    let table = provider.read_table_data(tag::CFF).ok()?;
    let cff = ReadScope::new(&table).read::<CFF<'_>>().ok()?;
    let font = cff.fonts.first()?;
    if !font.is_cid_keyed() {
        return None;
    }
    let glyphs = u16::try_from(font.char_strings_index.len()).ok()?;
    let cids = (0..glyphs)
        .filter_map(|gid| Some((gid, font.charset.id_for_glyph(gid)?)))
        .collect();
    Some((table.into_owned(), cids))
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
