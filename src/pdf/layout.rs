//! A small flow-layout engine that lays out [`Page`]s of text runs, rules and boxes: wrapped
//! paragraphs measured with the fonts' glyph advances, long words broken, tables whose rows grow to their tallest cell and
//! whose header repeats on a new page, blocks kept together, and a footer added once the page
//! count is known. Coordinates are points from the bottom-left corner, as in PDF.

use super::fonts::{Fonts, Weight};
use super::page::{Mark, Page, Paint, Rgb};

/// Characters of Chinese (and Japanese) writing: a line may break between any two of them.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}' // CJK punctuation: 、。「」『』【】
        | '\u{3040}'..='\u{30FF}' // kana
        | '\u{3400}'..='\u{4DBF}' // Han, extension A
        | '\u{4E00}'..='\u{9FFF}' // Han
        | '\u{F900}'..='\u{FAFF}' // Han compatibility
        | '\u{FE30}'..='\u{FE4F}' // CJK compatibility forms
        | '\u{FF00}'..='\u{FFEF}' // full-width forms: ，：；？！（）
        | '\u{20000}'..='\u{2FFFF}' // Han, extensions B on
    )
}

/// Punctuation that never starts a line: it stays with what precedes it.
fn closes(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '？'
            | '！'
            | '）'
            | '」'
            | '』'
            | '”'
            | '’'
            | '》'
            | '〉'
            | '】'
            | '〕'
            | '…'
            | '·'
            | '％'
            | ','
            | '.'
            | ';'
            | ':'
            | '?'
            | '!'
            | ')'
            | ']'
            | '%'
    )
}

/// Punctuation that never ends a line: it stays with what follows it.
fn opens(c: char) -> bool {
    matches!(
        c,
        '（' | '「' | '『' | '“' | '‘' | '《' | '〈' | '【' | '〔' | '(' | '['
    )
}

/// The pieces a line may break between, each with whether a space separated it from the one
/// before (that space is drawn inside a line and dropped at a break). Latin words and numbers
/// stay whole; each CJK character is a piece; closing punctuation joins the piece before it and
/// opening punctuation the piece after it, so no line starts with ，。）” or ends with （“.
/// Each piece is a byte range of `paragraph` (a joined piece is still one range: pieces join
/// only inside a word).
fn pieces(paragraph: &str) -> Vec<(bool, std::ops::Range<usize>)> {
    let mut out: Vec<(bool, std::ops::Range<usize>)> = Vec::new();
    // Whether the next piece joins the last one (it follows an opening mark).
    let mut glue_next = false;
    let mut offset = 0;
    // A tab separates words as a space does (it is drawn as one).
    for word in paragraph.split([' ', '\t']) {
        let word_start = offset;
        offset += word.len() + 1;
        if word.is_empty() {
            continue;
        }
        let mut spaced = !out.is_empty();
        let mut at = word_start;
        let mut rest = word;
        while let Some(first) = rest.chars().next() {
            let len = if is_cjk(first) {
                first.len_utf8()
            } else {
                rest.find(is_cjk).unwrap_or(rest.len())
            };
            let piece = &rest[..len];
            rest = &rest[len..];
            let joins = !spaced && (glue_next || piece.starts_with(closes));
            match out.last_mut() {
                Some((_, last)) if joins => last.end = at + len,
                _ => out.push((spaced, at..at + len)),
            }
            at += len;
            glue_next = piece.ends_with(opens);
            spaced = false;
        }
    }
    out
}

/// Wraps `text` to `width`, measuring each character with `advance`: paragraphs at line breaks;
/// lines at spaces and between CJK characters, by the rules of [`pieces`]; a piece longer than
/// a line (a URL, a reference) broken between characters. Nothing is dropped.
pub fn break_lines(text: &str, width: f32, advance: impl Fn(char) -> f32) -> Vec<String> {
    let measure = |s: &str| -> f32 { s.chars().map(&advance).sum() };
    let space = advance(' ');
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let paragraph = paragraph.trim_end_matches('\r');
        let mut line = String::new();
        let mut line_width = 0.0;
        for (spaced, range) in pieces(paragraph) {
            let piece = &paragraph[range];
            let piece_width = measure(piece);
            let gap = if spaced { space } else { 0.0 };
            if !line.is_empty() && line_width + gap + piece_width <= width {
                if spaced {
                    line.push(' ');
                }
                line.push_str(piece);
                line_width += gap + piece_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                line_width = 0.0;
            }
            if piece_width <= width {
                line.push_str(piece);
                line_width = piece_width;
            } else {
                for c in piece.chars() {
                    let w = advance(c);
                    if !line.is_empty() && line_width + w > width {
                        lines.push(std::mem::take(&mut line));
                        line_width = 0.0;
                    }
                    line.push(c);
                    line_width += w;
                }
            }
        }
        lines.push(line);
    }
    lines
}

#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub size: f32,
    pub weight: Weight,
    pub color: (f32, f32, f32),
}

impl Style {
    pub const fn new(size: f32, weight: Weight, color: (f32, f32, f32)) -> Style {
        Style {
            size,
            weight,
            color,
        }
    }

    pub fn line_height(&self) -> f32 {
        self.size * 1.38
    }
}

pub const INK: Rgb = (0.11, 0.14, 0.20);
pub const MUTED: Rgb = (0.36, 0.40, 0.47);
pub const RULE: Rgb = (0.80, 0.83, 0.88);

/// One table column: its header and its share of the content width.
pub struct Column {
    pub title: String,
    pub share: f32,
}

pub struct Cell {
    pub text: String,
    pub style: Style,
}

pub struct Layout<'f> {
    pub fonts: &'f Fonts,
    pub page_width: f32,
    pub page_height: f32,
    pub margin_x: f32,
    top: f32,
    bottom: f32,
    pages: Vec<Vec<Mark>>,
    /// Top of the free space on the current page.
    y: f32,
}

impl<'f> Layout<'f> {
    pub fn new(fonts: &'f Fonts, page_width: f32, page_height: f32) -> Layout<'f> {
        let margin_x = 54.0;
        let top = page_height - 50.0;
        let mut layout = Layout {
            fonts,
            page_width,
            page_height,
            margin_x,
            top,
            bottom: 62.0,
            pages: Vec::new(),
            y: top,
        };
        layout.new_page();
        layout
    }

    pub fn content_width(&self) -> f32 {
        self.page_width - 2.0 * self.margin_x
    }

    pub fn y(&self) -> f32 {
        self.y
    }

    pub fn at_page_top(&self) -> bool {
        self.y >= self.top
    }

    pub fn remaining(&self) -> f32 {
        self.y - self.bottom
    }

    /// Height available on an empty page.
    pub fn page_capacity(&self) -> f32 {
        self.top - self.bottom
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.top;
    }

    /// Starts a new page unless `height` still fits on this one (or the page is empty).
    pub fn ensure(&mut self, height: f32) {
        if height > self.remaining() && self.y < self.top {
            self.new_page();
        }
    }

    pub fn space(&mut self, height: f32) {
        self.y -= height;
    }

    /// The text drawn so far on every page, each run followed by a space (a phrase broken
    /// across lines reads as one), for finding which terms a document prints.
    pub fn drawn_text(&self) -> String {
        let mut text = String::new();
        for mark in self.pages.iter().flatten() {
            if let Mark::Text { text: run, .. } = mark {
                text.push_str(run);
                text.push(' ');
            }
        }
        text
    }

    fn marks(&mut self) -> &mut Vec<Mark> {
        // `new` always pushes the first page, so there is always a current page.
        self.pages.last_mut().expect("a current page")
    }

    /// Wraps `text` to `width` with the fonts' advances: see [`break_lines`].
    pub fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        break_lines(text, width, |c| {
            self.fonts.char_width(c, style.weight, style.size)
        })
    }

    /// Draws one line of text with its baseline at `baseline`.
    pub fn text_at(&mut self, x: f32, baseline: f32, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        let runs = self.fonts.runs(text, style.weight, style.size);
        let mut cursor = x;
        for (face_ref, run, width) in runs {
            let bold = self.fonts.synthetic_bold(face_ref, style.weight);
            self.marks().push(Mark::Text {
                face: face_ref,
                size: style.size,
                color: style.color,
                x: cursor,
                y: baseline,
                text: run,
                stroke_width: bold.then_some(style.size * 0.04),
            });
            cursor += width;
        }
    }

    /// A wrapped paragraph at `indent` from the left margin, breaking across pages by line.
    pub fn paragraph(&mut self, text: &str, style: Style, indent: f32) {
        let width = self.content_width() - indent;
        let x = self.margin_x + indent;
        for line in self.wrap(text, style, width) {
            self.ensure(style.line_height());
            let baseline = self.y - style.size;
            self.text_at(x, baseline, &line, style);
            self.y -= style.line_height();
        }
    }

    /// Height that [`Layout::paragraph`] would use.
    pub fn paragraph_height(&self, text: &str, style: Style, indent: f32) -> f32 {
        self.wrap(text, style, self.content_width() - indent).len() as f32 * style.line_height()
    }

    pub fn rule(&mut self, x0: f32, x1: f32, y: f32, color: Rgb, thickness: f32) {
        self.marks().push(Mark::Rule {
            x0,
            x1,
            y,
            color,
            thickness,
        });
    }

    pub fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
        self.rect(x, y, w, h, Paint::Fill(color));
    }

    pub fn stroke_rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb, thickness: f32) {
        self.rect(x, y, w, h, Paint::Stroke { color, thickness });
    }

    fn rect(&mut self, x: f32, y: f32, width: f32, height: f32, paint: Paint) {
        self.marks().push(Mark::Rect {
            x,
            y,
            width,
            height,
            paint,
        });
    }

    /// A table filling the content width. Rows grow to their tallest cell; a row that does not
    /// fit moves to the next page (or, taller than a page, continues there line by line), and
    /// the header repeats on every page the table reaches.
    pub fn table(&mut self, columns: &[Column], rows: &[Vec<Cell>], header: Style) {
        let pad = 4.0;
        let total_share: f32 = columns.iter().map(|c| c.share).sum();
        let widths: Vec<f32> = columns
            .iter()
            .map(|c| self.content_width() * c.share / total_share)
            .collect();
        let xs: Vec<f32> = widths
            .iter()
            .scan(self.margin_x, |x, w| {
                let left = *x;
                *x += w;
                Some(left)
            })
            .collect();
        let has_header = columns.iter().any(|c| !c.title.is_empty());
        let header_height = if has_header {
            header.line_height() + 2.0 * pad
        } else {
            0.0
        };

        let draw_header = |layout: &mut Layout| {
            if !has_header {
                return;
            }
            let top = layout.y;
            layout.fill_rect(
                layout.margin_x,
                top - header_height,
                layout.content_width(),
                header_height,
                (0.93, 0.95, 0.98),
            );
            for (i, column) in columns.iter().enumerate() {
                layout.text_at(xs[i] + pad, top - pad - header.size, &column.title, header);
            }
            layout.y -= header_height;
        };

        let first_row_height = rows
            .first()
            .map_or(0.0, |r| self.row_lines(r, &widths, pad).1);
        self.ensure(header_height + first_row_height.min(self.page_capacity() - header_height));
        draw_header(self);

        for row in rows {
            let (lines, height) = self.row_lines(row, &widths, pad);
            if height > self.remaining() && height <= self.page_capacity() - header_height {
                self.new_page();
                draw_header(self);
            }
            // Draw line by line so a row taller than a page continues on the next one.
            let max_lines = lines.iter().map(Vec::len).max().unwrap_or(0);
            self.y -= pad;
            let line_height = row
                .iter()
                .map(|c| c.style.line_height())
                .fold(0.0, f32::max);
            for index in 0..max_lines.max(1) {
                if line_height > self.remaining() {
                    self.new_page();
                    draw_header(self);
                    self.y -= pad;
                }
                for (col, cell_lines) in lines.iter().enumerate() {
                    if let Some(text) = cell_lines.get(index) {
                        let style = row[col].style;
                        let baseline = self.y - style.size;
                        self.text_at(xs[col] + pad, baseline, text, style);
                    }
                }
                self.y -= line_height;
            }
            self.y -= pad;
            let y = self.y;
            let (x0, x1) = (self.margin_x, self.margin_x + self.content_width());
            self.rule(x0, x1, y, RULE, 0.5);
        }
    }

    fn row_lines(&self, row: &[Cell], widths: &[f32], pad: f32) -> (Vec<Vec<String>>, f32) {
        let lines: Vec<Vec<String>> = row
            .iter()
            .zip(widths)
            .map(|(cell, w)| self.wrap(&cell.text, cell.style, w - 2.0 * pad))
            .collect();
        let line_height = row
            .iter()
            .map(|c| c.style.line_height())
            .fold(0.0, f32::max);
        let count = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
        (lines, count as f32 * line_height + 2.0 * pad)
    }

    /// Adds the footer to every page and returns the pages.
    pub fn finish(mut self, footer: impl Fn(usize, usize) -> (String, String)) -> Vec<Page> {
        let total = self.pages.len();
        let style = Style::new(7.5, Weight::Regular, MUTED);
        let pages = std::mem::take(&mut self.pages);
        let mut out = Vec::with_capacity(total);
        for (index, marks) in pages.into_iter().enumerate() {
            self.pages.push(marks);
            let (left, right) = footer(index + 1, total);
            let baseline = 34.0;
            let (x0, x1) = (self.margin_x, self.page_width - self.margin_x);
            self.rule(x0, x1, baseline + 12.0, RULE, 0.5);
            let right_width = self.fonts.text_width(&right, style.weight, style.size);
            let left_lines = self.wrap(&left, style, self.content_width() - right_width - 12.0);
            for (i, line) in left_lines.iter().enumerate() {
                self.text_at(x0, baseline - i as f32 * style.line_height(), line, style);
            }
            self.text_at(x1 - right_width, baseline, &right, style);
            out.push(Page {
                width: self.page_width,
                height: self.page_height,
                marks: self.pages.pop().unwrap_or_default(),
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::break_lines;

    /// Every character one unit wide, so a width is a number of characters.
    fn wrap(text: &str, width: f32) -> Vec<String> {
        break_lines(text, width, |_| 1.0)
    }

    const NEVER_START: &str = "，。、；：？！）」』”";
    const NEVER_END: &str = "（「『“";

    fn check_rules(lines: &[String]) {
        for line in lines {
            let first = line.chars().next().unwrap();
            let last = line.chars().last().unwrap();
            assert!(!NEVER_START.contains(first), "{line:?} starts with {first}");
            assert!(!NEVER_END.contains(last), "{line:?} ends with {last}");
        }
    }

    #[test]
    fn han_text_breaks_between_any_two_characters() {
        // 13 characters at 5 a line: 5 + 5 + 3.
        assert_eq!(
            wrap("服务等级协议可用性响应时间", 5.0),
            ["服务等级协", "议可用性响", "应时间"]
        );
    }

    #[test]
    fn closing_punctuation_never_starts_a_line() {
        // Pieces 服 务 积 "分，" 赔 "偿。" (widths 1 1 1 2 1 2) at 4 a line: the comma would
        // start line 2, so it takes "分" with it.
        let lines = wrap("服务积分，赔偿。", 4.0);
        assert_eq!(lines, ["服务积", "分，赔", "偿。"]);
        check_rules(&lines);
        for (text, width) in [
            ("一二三，四五六。七八九、十；甲乙：丙丁？戊己！", 3.0),
            ("（甲乙丙）丁戊己「庚辛」壬癸『子丑』寅卯“辰巳”", 3.0),
            ("（甲乙丙）丁戊己「庚辛」壬癸『子丑』寅卯“辰巳”", 4.0),
            ("一二三，四五六。七八九、十；甲乙：丙丁？戊己！", 5.0),
        ] {
            let lines = wrap(text, width);
            check_rules(&lines);
            assert_eq!(lines.concat(), text, "nothing lost or added");
        }
    }

    #[test]
    fn opening_punctuation_never_ends_a_line() {
        // Pieces 甲 乙 "（丙" "丁）" at 3 a line: "（" would end line 1, so it moves down
        // with "丙"; "）" stays with "丁".
        assert_eq!(wrap("甲乙（丙丁）", 3.0), ["甲乙", "（丙", "丁）"]);
        assert_eq!(wrap("甲乙“丙丁”", 3.0), ["甲乙", "“丙", "丁”"]);
    }

    #[test]
    fn latin_words_and_numbers_stay_whole_inside_chinese() {
        // "月度可用性99.9%的" at 6 a line: "99.9%" (5) never splits.
        assert_eq!(
            wrap("月度可用性99.9%的服务等级协议（SLA）", 6.0),
            ["月度可用性", "99.9%的", "服务等级协议", "（SLA）"]
        );
        // A space between Latin words is kept inside a line and dropped at a break.
        assert_eq!(
            wrap("费用 USD 1,234.50 每月", 9.0),
            ["费用 USD", "1,234.50", "每月"]
        );
    }

    #[test]
    fn a_tab_separates_words_as_a_space_does() {
        // "Port\tout fee" at 8 a line: "Port out" (8) fits, "fee" goes down.
        assert_eq!(wrap("Port\tout fee", 8.0), ["Port out", "fee"]);
    }

    #[test]
    fn english_wraps_at_spaces_as_before() {
        assert_eq!(
            wrap("The notice period is ninety days.", 12.0),
            ["The notice", "period is", "ninety days."]
        );
        // A word longer than a line is broken between characters.
        assert_eq!(wrap("abcdefghij xy", 4.0), ["abcd", "efgh", "ij", "xy"]);
        assert_eq!(wrap("one\n\ntwo", 10.0), ["one", "", "two"]);
    }
}
