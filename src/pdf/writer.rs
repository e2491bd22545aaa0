//! Writes the PDF file: the pages' content streams, the fonts (each a subset of the glyphs the
//! pages draw, as a Type 0 font with Identity-H codes, widths and a ToUnicode map so text can be
//! searched and copied), the document information, the cross-reference table and the trailer.
//!
//! The file is written directly rather than through a general PDF object model: the pages hold
//! only text runs, rules and boxes, and building objects for each of them, then formatting every
//! glyph code through the formatting machinery, cost the whole export more than our layout
//! (docs/performance.md, "Where an export's work goes").

use super::fonts::{FaceMetrics, FaceRef, Fonts, Outlines, Subset, subset_face};
use super::page::{Mark, Page, Paint, Rgb};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use chrono::{DateTime, Utc};
use std::collections::{BTreeMap, BTreeSet};

/// The document's metadata (the information dictionary).
pub struct DocumentInfo {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub keywords: Vec<String>,
    /// A stable identifier of what the document is (the review's fingerprint).
    pub identifier: String,
    /// Stored as the creation and modification dates.
    pub created: DateTime<Utc>,
    /// The language of the document's text (`/Lang`), for screen readers and search.
    pub lang: Lang,
}

/// Streams are deflated at zlib level 1 (zlib-rs's quick strategy: fixed codes, one probe):
/// the best level spent about a third of an export's time; level 1 takes a fraction of that
/// for a file about a fifth larger than level 2 (the example: 79 KB against 64 KB, within its
/// 100 KB budget; docs/performance.md).
const STREAM_COMPRESSION: u32 = 1;

/// The whole PDF file for `pages`, drawn with `fonts`.
pub fn write_pdf(pages: &[Page], fonts: &Fonts, info: &DocumentInfo) -> Result<Vec<u8>> {
    let subsets = subset_fonts(pages, fonts)?;
    let mut file = PdfFile::new();

    // Object numbers: the catalog, the page tree, the information and the shared resources
    // first; then each font's objects; then each page and its content.
    let (catalog, page_tree, information, resources) = (1, 2, 3, 4);
    file.next_id = 5;

    let mut font_entries = String::new();
    for (face, coded) in &subsets {
        let font = write_font(&mut file, &coded.subset, &fonts.face(*face).font.metrics)?;
        font_entries.push_str(&format!("/{} {font} 0 R ", face.resource_name()));
    }
    file.object(
        resources,
        format!("<< /Font << {font_entries}>> >>").as_bytes(),
    );

    let mut kids = String::new();
    for page in pages {
        let content_id = file.reserve();
        let page_id = file.reserve();
        let content = content_stream(page, &subsets);
        file.stream(content_id, "", &content, true)?;
        file.object(
            page_id,
            format!(
                "<< /Type /Page /Parent {page_tree} 0 R /MediaBox [0 0 {} {}] \
                 /Resources {resources} 0 R /Contents {content_id} 0 R >>",
                number(page.width),
                number(page.height)
            )
            .as_bytes(),
        );
        kids.push_str(&format!("{page_id} 0 R "));
    }
    file.object(
        page_tree,
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.trim_end(),
            pages.len()
        )
        .as_bytes(),
    );
    file.object(
        catalog,
        format!(
            "<< /Type /Catalog /Pages {page_tree} 0 R /Lang {} >>",
            text_string(info.lang.tag())
        )
        .as_bytes(),
    );
    file.object(information, information_dictionary(info).as_bytes());
    Ok(file.finish(catalog, information, &document_id(info, pages)))
}

/// A subset with its codes in a table indexed by character, for writing the content streams
/// (a map lookup per character drawn was a tenth of the writer's work).
struct CodedSubset {
    subset: Subset,
    /// The code of each character below `codes_by_char.len()`; 0 (`.notdef`) for others.
    codes_by_char: Vec<u16>,
}

impl CodedSubset {
    fn new(subset: Subset) -> CodedSubset {
        let size = subset
            .codes
            .keys()
            .next_back()
            .map_or(0, |last| *last as usize + 1);
        let mut codes_by_char = vec![0; size];
        for (c, code) in &subset.codes {
            codes_by_char[*c as usize] = *code;
        }
        CodedSubset {
            subset,
            codes_by_char,
        }
    }

    fn code(&self, c: char) -> u16 {
        self.codes_by_char.get(c as usize).copied().unwrap_or(0)
    }
}

/// Each face the pages draw, subset to the characters it draws.
fn subset_fonts(pages: &[Page], fonts: &Fonts) -> Result<BTreeMap<FaceRef, CodedSubset>> {
    let mut drawn: BTreeMap<FaceRef, DrawnChars> = BTreeMap::new();
    for mark in pages.iter().flat_map(|page| &page.marks) {
        if let Mark::Text { face, text, .. } = mark {
            let set = drawn.entry(*face).or_default();
            for c in text.chars() {
                set.insert(c);
            }
        }
    }
    let mut subsets = BTreeMap::new();
    for (which, face) in fonts.loaded() {
        let Some(chars) = drawn.remove(&which) else {
            continue;
        };
        let chars = chars.into_set();
        let subset = subset_face(&face.font, &chars).map_err(|reason| {
            Error::Corrupt(format!("could not subset a font of the PDF: {reason}"))
        })?;
        subsets.insert(which, CodedSubset::new(subset));
    }
    Ok(subsets)
}

/// The characters a face draws: a bit per character of the Basic Multilingual Plane (8 KB),
/// a set for the rest. A document draws a hundred thousand characters but only a few hundred
/// different ones; sorting them all to find those was a tenth of the writer's work.
#[derive(Default)]
struct DrawnChars {
    basic: Vec<u64>,
    others: BTreeSet<char>,
}

impl DrawnChars {
    const BASIC_WORDS: usize = 0x10000 / 64;

    fn insert(&mut self, c: char) {
        let code = c as usize;
        if code < 0x10000 {
            if self.basic.is_empty() {
                self.basic.resize(Self::BASIC_WORDS, 0);
            }
            self.basic[code / 64] |= 1 << (code % 64);
        } else {
            self.others.insert(c);
        }
    }

    fn into_set(self) -> BTreeSet<char> {
        let mut set = self.others;
        for (index, word) in self.basic.iter().enumerate() {
            let mut bits = *word;
            while bits != 0 {
                let bit = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                // Surrogate codes are never set: a `char` is not one.
                if let Some(c) = char::from_u32((index * 64 + bit) as u32) {
                    set.insert(c);
                }
            }
        }
        set
    }
}

/// The Type 0 font of `subset` with its CIDFont, descriptor, program and ToUnicode map; returns
/// the Type 0 font's object number.
fn write_font(file: &mut PdfFile, subset: &Subset, metrics: &FaceMetrics) -> Result<u32> {
    let (type0, cid_font, descriptor, program, to_unicode) = (
        file.reserve(),
        file.reserve(),
        file.reserve(),
        file.reserve(),
        file.reserve(),
    );
    let name = &subset.name;
    let (subtype, font_file, program_dict) = match subset.outlines {
        Outlines::TrueType => (
            "CIDFontType2",
            "FontFile2",
            format!("/Length1 {}", subset.program.len()),
        ),
        Outlines::OpenTypeCff => ("CIDFontType0", "FontFile3", "/Subtype /OpenType".into()),
        Outlines::CidKeyedCff => (
            "CIDFontType0",
            "FontFile3",
            "/Subtype /CIDFontType0C".into(),
        ),
    };
    file.stream(program, &program_dict, &subset.program, true)?;
    file.stream(
        to_unicode,
        "",
        to_unicode_cmap(&subset.codes).as_bytes(),
        true,
    )?;

    // Descriptor metrics are in glyph space, 1/1000 em.
    let scale = 1000.0 / f32::from(metrics.units_per_em.max(1));
    let scaled = |v: i16| (f32::from(v) * scale).round() as i64;
    let ascent = scaled(metrics.ascent);
    let italic_angle = if metrics.caret_slope_rise == 0 {
        0
    } else {
        (-f32::from(metrics.caret_slope_run)
            .atan2(f32::from(metrics.caret_slope_rise))
            .to_degrees())
        .round() as i64
    };
    // Symbolic (bit 3): a CID font's glyphs are not the standard Latin set, as cairo and Skia
    // mark them; italic (bit 7) from the caret's slope.
    let flags = 4 | if italic_angle != 0 { 64 } else { 0 };
    // No table holds the vertical stem width: estimated from the weight class as PDF
    // producers do (about 88 at 400, 166 at 700).
    let stem_v = if metrics.weight_class == 0 {
        80
    } else {
        50 + (f32::from(metrics.weight_class) / 65.0).powi(2).round() as i64
    };
    let [x_min, y_min, x_max, y_max] = metrics.bbox.map(scaled);
    file.object(
        descriptor,
        format!(
            "<< /Type /FontDescriptor /FontName /{name} /Flags {flags} \
             /FontBBox [{x_min} {y_min} {x_max} {y_max}] /ItalicAngle {italic_angle} \
             /Ascent {ascent} /Descent {} /CapHeight {ascent} /StemV {stem_v} \
             /{font_file} {program} 0 R >>",
            scaled(metrics.descent)
        )
        .as_bytes(),
    );
    let cid_to_gid = if subset.outlines == Outlines::TrueType {
        " /CIDToGIDMap /Identity"
    } else {
        ""
    };
    file.object(
        cid_font,
        format!(
            "<< /Type /Font /Subtype /{subtype} /BaseFont /{name} \
             /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> \
             /FontDescriptor {descriptor} 0 R /DW 1000 /W [{}]{cid_to_gid} >>",
            widths_array(&subset.widths, scale)
        )
        .as_bytes(),
    );
    // Over a CIDFontType0 the Type 0 font's name is the CIDFont's and the encoding's
    // (ISO 32000-1, 9.7.6.1); over a CIDFontType2, the TrueType font's.
    let type0_name = match subset.outlines {
        Outlines::TrueType => name.clone(),
        Outlines::OpenTypeCff | Outlines::CidKeyedCff => format!("{name}-Identity-H"),
    };
    file.object(
        type0,
        format!(
            "<< /Type /Font /Subtype /Type0 /BaseFont /{type0_name} /Encoding /Identity-H \
             /DescendantFonts [{cid_font} 0 R] /ToUnicode {to_unicode} 0 R >>"
        )
        .as_bytes(),
    );
    Ok(type0)
}

/// The `/W` array: runs of consecutive codes, each `first [w w w …]`, widths in 1/1000 em.
fn widths_array(widths: &[(u16, u16)], scale: f32) -> String {
    let mut out = String::new();
    let mut previous: Option<u16> = None;
    for (code, advance) in widths {
        let width = (f32::from(*advance) * scale).round() as i64;
        if previous.is_some_and(|p| u32::from(p) + 1 == u32::from(*code)) {
            out.push_str(&format!(" {width}"));
        } else {
            if previous.is_some() {
                out.push_str("] ");
            }
            out.push_str(&format!("{code} [{width}"));
        }
        previous = Some(*code);
    }
    if previous.is_some() {
        out.push(']');
    }
    out
}

/// The ToUnicode CMap: which character each code draws, so text can be searched and copied.
fn to_unicode_cmap(codes: &BTreeMap<char, u16>) -> String {
    // One character per code (the first, when several characters share a glyph).
    let mut by_code: BTreeMap<u16, char> = BTreeMap::new();
    for (c, code) in codes {
        by_code.entry(*code).or_insert(*c);
    }
    let mut out = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<(u16, char)> = by_code.into_iter().collect();
    // At most 100 entries a block (PDF 32000-1, 9.10.3).
    for block in entries.chunks(100) {
        out.push_str(&format!("{} beginbfchar\n", block.len()));
        for (code, c) in block {
            out.push_str(&format!("<{code:04X}> <"));
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("{unit:04X}"));
            }
            out.push_str(">\n");
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out
}

/// The graphics state a content stream has set, so each operator is written only when its
/// value changes.
#[derive(Default)]
struct DrawState {
    fill: Option<Rgb>,
    stroke: Option<Rgb>,
    line_width: Option<f32>,
    font: Option<(FaceRef, f32)>,
    /// Text rendering mode 2 (fill, then stroke) for synthetic bold; 0 (fill) otherwise.
    stroking_text: bool,
    in_text: bool,
}

/// One page's content stream.
fn content_stream(page: &Page, subsets: &BTreeMap<FaceRef, CodedSubset>) -> Vec<u8> {
    let mut out = Vec::with_capacity(page.marks.len() * 48);
    // Round joins: the outline stroked for a synthetic bold has no spikes at sharp corners.
    out.extend_from_slice(b"1 j\n");
    let mut state = DrawState::default();
    for mark in &page.marks {
        let is_text = matches!(mark, Mark::Text { .. });
        if is_text && !state.in_text {
            out.extend_from_slice(b"BT\n");
            state.in_text = true;
        } else if !is_text && state.in_text {
            out.extend_from_slice(b"ET\n");
            state.in_text = false;
        }
        match mark {
            Mark::Text {
                face,
                size,
                color,
                x,
                y,
                text,
                stroke_width,
            } => {
                let Some(subset) = subsets.get(face) else {
                    continue;
                };
                set_fill(&mut out, &mut state, *color);
                let stroking = stroke_width.is_some();
                if let Some(width) = stroke_width {
                    set_stroke(&mut out, &mut state, *color, *width);
                }
                if stroking != state.stroking_text {
                    out.extend_from_slice(if stroking { b"2 Tr\n" } else { b"0 Tr\n" });
                    state.stroking_text = stroking;
                }
                if state.font != Some((*face, *size)) {
                    out.push(b'/');
                    out.extend_from_slice(face.resource_name().as_bytes());
                    out.push(b' ');
                    write_number(&mut out, *size);
                    out.extend_from_slice(b" Tf\n");
                    state.font = Some((*face, *size));
                }
                out.extend_from_slice(b"1 0 0 1 ");
                write_number(&mut out, *x);
                out.push(b' ');
                write_number(&mut out, *y);
                out.extend_from_slice(b" Tm (");
                for c in text.chars() {
                    write_code(&mut out, subset.code(c));
                }
                out.extend_from_slice(b") Tj\n");
            }
            Mark::Rule {
                x0,
                x1,
                y,
                color,
                thickness,
            } => {
                set_stroke(&mut out, &mut state, *color, *thickness);
                write_numbers(&mut out, &[*x0, *y]);
                out.extend_from_slice(b" m ");
                write_numbers(&mut out, &[*x1, *y]);
                out.extend_from_slice(b" l S\n");
            }
            Mark::Rect {
                x,
                y,
                width,
                height,
                paint,
            } => {
                let operator: &[u8] = match paint {
                    Paint::Fill(color) => {
                        set_fill(&mut out, &mut state, *color);
                        b" re f\n"
                    }
                    Paint::Stroke { color, thickness } => {
                        set_stroke(&mut out, &mut state, *color, *thickness);
                        b" re S\n"
                    }
                };
                write_numbers(&mut out, &[*x, *y, *width, *height]);
                out.extend_from_slice(operator);
            }
        }
    }
    if state.in_text {
        out.extend_from_slice(b"ET\n");
    }
    out
}

fn set_fill(out: &mut Vec<u8>, state: &mut DrawState, color: Rgb) {
    if state.fill != Some(color) {
        write_numbers(out, &[color.0, color.1, color.2]);
        out.extend_from_slice(b" rg\n");
        state.fill = Some(color);
    }
}

fn set_stroke(out: &mut Vec<u8>, state: &mut DrawState, color: Rgb, width: f32) {
    if state.stroke != Some(color) {
        write_numbers(out, &[color.0, color.1, color.2]);
        out.extend_from_slice(b" RG\n");
        state.stroke = Some(color);
    }
    if state.line_width != Some(width) {
        write_number(out, width);
        out.extend_from_slice(b" w\n");
        state.line_width = Some(width);
    }
}

/// A glyph code as its two bytes in a literal string: half the size of hexadecimal digits,
/// so the content streams are smaller to deflate. The string's delimiters and the backslash
/// are escaped, and so are the line ends, which a reader would otherwise normalise.
fn write_code(out: &mut Vec<u8>, code: u16) {
    for byte in code.to_be_bytes() {
        match byte {
            b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', byte]),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\n' => out.extend_from_slice(b"\\n"),
            _ => out.push(byte),
        }
    }
}

fn write_numbers(out: &mut Vec<u8>, values: &[f32]) {
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            out.push(b' ');
        }
        write_number(out, *value);
    }
}

/// A number as PDF writes it: at most three decimals, no trailing zeros, no exponent
/// (`595.28`, `7.5`, `0.11`, `-3`).
fn write_number(out: &mut Vec<u8>, value: f32) {
    let thousandths = (f64::from(value) * 1000.0).round() as i64;
    if thousandths < 0 {
        out.push(b'-');
    }
    let magnitude = thousandths.unsigned_abs();
    let (whole, fraction) = (magnitude / 1000, magnitude % 1000);
    write_digits(out, whole);
    if fraction > 0 {
        out.push(b'.');
        // Three digits with the trailing zeros dropped: 250 → "25", 5 → "005".
        let digits = [fraction / 100, fraction / 10 % 10, fraction % 10];
        let last = digits.iter().rposition(|d| *d != 0).unwrap_or(0);
        out.extend(digits[..=last].iter().map(|d| b'0' + *d as u8));
    }
}

/// A whole number's decimal digits, without going through the formatting machinery (content
/// streams write tens of thousands of numbers).
fn write_digits(out: &mut Vec<u8>, mut value: u64) {
    let mut buffer = [0u8; 20];
    let mut start = buffer.len();
    loop {
        start -= 1;
        buffer[start] = b'0' + (value % 10) as u8;
        value /= 10;
        if value == 0 {
            break;
        }
    }
    out.extend_from_slice(&buffer[start..]);
}

fn number(value: f32) -> String {
    let mut out = Vec::new();
    write_number(&mut out, value);
    String::from_utf8(out).unwrap_or_default()
}

/// A text string: literal when it is printable ASCII, else UTF-16BE with its byte order mark.
fn text_string(text: &str) -> String {
    if text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        let mut out = String::with_capacity(text.len() + 2);
        out.push('(');
        for c in text.chars() {
            if matches!(c, '(' | ')' | '\\') {
                out.push('\\');
            }
            out.push(c);
        }
        out.push(')');
        out
    } else {
        let mut out = String::from("<FEFF");
        for unit in text.encode_utf16() {
            out.push_str(&format!("{unit:04X}"));
        }
        out.push('>');
        out
    }
}

fn information_dictionary(info: &DocumentInfo) -> String {
    let date = text_string(&info.created.format("D:%Y%m%d%H%M%S+00'00'").to_string());
    format!(
        "<< /Title {} /Author {} /Subject {} /Keywords {} /Creator {} /Producer {} \
         /CreationDate {date} /ModDate {date} /Identifier {} /Trapped /False >>",
        text_string(&info.title),
        text_string(&info.author),
        text_string(&info.subject),
        text_string(&info.keywords.join(", ")),
        text_string(&format!(
            "VoIP Contract Review {}",
            env!("CARGO_PKG_VERSION")
        )),
        text_string("VoIP Contract Review"),
        text_string(&info.identifier),
    )
}

/// The trailer's file identifier: derived from what the document is, its pages' number and size,
/// and when it was made, so the same export gives the same file and an A4 and a Letter export
/// of the same review differ.
fn document_id(info: &DocumentInfo, pages: &[Page]) -> String {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    for part in [&info.identifier, &info.title, &info.author] {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    hash.update(info.created.timestamp().to_be_bytes());
    hash.update(pages.len().to_be_bytes());
    for page in pages.iter().take(1) {
        hash.update(page.width.to_be_bytes());
        hash.update(page.height.to_be_bytes());
    }
    hash.finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02X}"))
        .collect()
}

/// A PDF file being written: the objects in order, each one's offset kept for the
/// cross-reference table.
struct PdfFile {
    bytes: Vec<u8>,
    /// Offset of each object, by object number (index 0 is the free head of the table).
    offsets: Vec<usize>,
    next_id: u32,
    /// One compressor for every stream: setting one up clears tens of kilobytes of tables,
    /// which cost as much as compressing a small stream.
    deflater: flate2::Compress,
}

impl PdfFile {
    fn new() -> PdfFile {
        let mut bytes = Vec::with_capacity(128 * 1024);
        // The binary comment tells transfer tools the file is not text.
        bytes.extend_from_slice(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
        PdfFile {
            bytes,
            offsets: Vec::new(),
            next_id: 1,
            deflater: flate2::Compress::new(flate2::Compression::new(STREAM_COMPRESSION), true),
        }
    }

    fn reserve(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn begin(&mut self, id: u32) {
        let index = id as usize;
        if self.offsets.len() <= index {
            self.offsets.resize(index + 1, 0);
        }
        self.offsets[index] = self.bytes.len();
        self.bytes
            .extend_from_slice(format!("{id} 0 obj\n").as_bytes());
    }

    fn object(&mut self, id: u32, body: &[u8]) {
        self.begin(id);
        self.bytes.extend_from_slice(body);
        self.bytes.extend_from_slice(b"\nendobj\n");
    }

    /// A stream object; `dict` holds its entries other than `/Length` and `/Filter`. Deflated
    /// when asked and when that makes it smaller.
    fn stream(&mut self, id: u32, dict: &str, data: &[u8], deflate: bool) -> Result<()> {
        let compressed = if deflate {
            Some(self.deflated(data)?).filter(|c| c.len() < data.len())
        } else {
            None
        };
        let (content, filter) = match &compressed {
            Some(c) => (c.as_slice(), " /Filter /FlateDecode"),
            None => (data, ""),
        };
        self.begin(id);
        self.bytes.extend_from_slice(
            format!("<< /Length {}{filter} {dict} >>\nstream\n", content.len()).as_bytes(),
        );
        self.bytes.extend_from_slice(content);
        self.bytes.extend_from_slice(b"\nendstream\nendobj\n");
        Ok(())
    }

    /// `data` deflated, in a zlib wrapper as `/FlateDecode` expects.
    fn deflated(&mut self, data: &[u8]) -> Result<Vec<u8>> {
        use flate2::{FlushCompress, Status};
        let failed =
            |e: flate2::CompressError| Error::Corrupt(format!("could not compress the PDF: {e}"));
        self.deflater.reset();
        let mut out = Vec::with_capacity(data.len() / 2 + 64);
        loop {
            let consumed = usize::try_from(self.deflater.total_in()).unwrap_or(data.len());
            let status = self
                .deflater
                .compress_vec(
                    &data[consumed.min(data.len())..],
                    &mut out,
                    FlushCompress::Finish,
                )
                .map_err(failed)?;
            if status == Status::StreamEnd {
                return Ok(out);
            }
            // The output is full: give it room and go on.
            out.reserve(out.capacity().max(1024));
        }
    }

    /// The cross-reference table and the trailer.
    fn finish(mut self, root: u32, info: u32, id: &str) -> Vec<u8> {
        let xref = self.bytes.len();
        let count = self.offsets.len().max(self.next_id as usize);
        self.offsets.resize(count, 0);
        debug_assert!(
            self.offsets[1..].iter().all(|offset| *offset > 0),
            "every object number reserved is written"
        );
        let mut table = format!("xref\n0 {count}\n0000000000 65535 f \n");
        for offset in &self.offsets[1..] {
            table.push_str(&format!("{offset:010} 00000 n \n"));
        }
        self.bytes.extend_from_slice(table.as_bytes());
        self.bytes.extend_from_slice(
            format!(
                "trailer\n<< /Size {count} /Root {root} 0 R /Info {info} 0 R \
                 /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n"
            )
            .as_bytes(),
        );
        self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(value: f32) -> String {
        number(value)
    }

    #[test]
    fn drawn_characters_are_each_kept_once_in_order() {
        let mut drawn = DrawnChars::default();
        for c in "été – 指纹 😀 aa\u{FFFF}\u{0}".chars() {
            drawn.insert(c);
        }
        let set: String = drawn.into_set().into_iter().collect();
        // By code: U+0000, space, a, t, é, –, 指, 纹, U+FFFF, then 😀 (U+1F600).
        assert_eq!(set, "\u{0} até–指纹\u{FFFF}😀");
    }

    #[test]
    fn glyph_codes_are_two_bytes_with_string_delimiters_and_line_ends_escaped() {
        let mut out = Vec::new();
        // 0x0041: plain; 0x0028 and 0x2900: the string's parentheses; 0x5C0D: a backslash and
        // a carriage return; 0x000A: a line feed (a reader would normalise both line ends).
        for code in [0x0041, 0x0028, 0x2900, 0x5C0D, 0x000A] {
            write_code(&mut out, code);
        }
        assert_eq!(out, b"\x00A\x00\\(\\)\x00\\\\\\r\x00\\n".to_vec());
    }

    #[test]
    fn numbers_are_written_without_exponents_or_trailing_zeros() {
        assert_eq!(written(595.28), "595.28");
        assert_eq!(written(841.89), "841.89");
        assert_eq!(written(7.5), "7.5");
        assert_eq!(written(0.11), "0.11");
        assert_eq!(written(0.965), "0.965");
        assert_eq!(written(612.0), "612");
        assert_eq!(written(-3.0), "-3");
        assert_eq!(written(-0.25), "-0.25");
        assert_eq!(written(0.0), "0");
        // 0.0004 rounds to nothing at three decimals.
        assert_eq!(written(0.0004), "0");
        assert_eq!(written(1.05), "1.05");
    }

    #[test]
    fn text_strings_are_literal_for_ascii_and_utf16_otherwise() {
        assert_eq!(text_string("Dana (CFO)"), "(Dana \\(CFO\\))");
        assert_eq!(text_string("a\\b"), "(a\\\\b)");
        // "–" is U+2013; "审" U+5BA1.
        assert_eq!(text_string("a–审"), "<FEFF00612013 5BA1>".replace(' ', ""));
    }

    #[test]
    fn widths_group_consecutive_codes() {
        // 2048 units per em: 1229 units → 600.1 → 600; 2048 → 1000.
        let scale = 1000.0 / 2048.0;
        assert_eq!(
            widths_array(&[(0, 1229), (1, 2048), (2, 1229), (7, 2048)], scale),
            "0 [600 1000 600] 7 [1000]"
        );
        assert_eq!(widths_array(&[], scale), "");
    }

    #[test]
    fn the_unicode_map_gives_each_code_one_character() {
        let codes: BTreeMap<char, u16> = [('A', 1), ('審', 2), ('😀', 3)].into_iter().collect();
        let cmap = to_unicode_cmap(&codes);
        assert!(cmap.contains("3 beginbfchar\n<0001> <0041>\n<0002> <5BE9>\n<0003> <D83DDE00>\n"));
        assert!(cmap.ends_with("end\nend\n"));
    }
}
