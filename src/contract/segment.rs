//! The text cut into the units the finder reads: sentences of running text, one unit per table
//! row, each with the section heading it falls under ("Section 9.3", "Schedule B, 4.2").

use super::numbers::is_chinese;
use super::{ContractDocument, utf16_len};
use regex::Regex;
use std::sync::LazyLock;

/// One sentence or table row and where it is.
#[derive(Debug, Clone)]
pub struct Unit {
    pub document: usize,
    pub page: u32,
    /// Byte range in the page's text.
    pub start: usize,
    pub end: usize,
    /// The text on one line (line breaks and runs of spaces made single spaces; a table row
    /// keeps " | " between cells).
    pub text: String,
    /// The section reference, "" before the first heading.
    pub section: String,
    /// The words of the nearest headings (lowercase), e.g. "service level agreement service
    /// credits": a sentence in a "Service Credits" section is about credits even when it only
    /// says "the amounts below".
    pub headings: String,
    pub is_row: bool,
}

static ARTICLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:article)\s+([IVXLC]+|\d+)\b[.:]?\s*(.*)$").expect("valid"));
static SECTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:section|§)\s*(\d+(?:\.\d+)*)\.?\s*(.*)$").expect("valid"));
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,2}(?:\.\d{1,3}){0,3})(?:\.|\))?\s+([A-Z(\x22“].*)$").expect("valid")
});
static SCHEDULE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?i:(schedule|exhibit|appendix|attachment|annex|addendum))\s+([A-Z0-9]{1,4})\b[.:\s–—-]*(.*)$",
    )
    .expect("valid")
});
/// A line that is a heading of its own: short, in capitals or Title Case, no full stop at the end.
static TITLE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Z][A-Za-z&/,'’ -]{2,60}$").expect("valid"));
/// Between two cells of a row: a bar, or the wide gap of a PDF column.
static CELL_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s*\|\s*|\s{2,}").expect("valid"));
static SPACES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+").expect("valid"));
/// A row of a table: cells separated by a bar, or by runs of 3+ spaces (PDF columns).
static ROW: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\S(?: \| |\s{2,}\|?\s*)\S").expect("valid"));
/// "Setup fee: $99.00", "Contract Term: 36 months": a labelled line of an order form.
static LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Z][A-Za-z0-9 /&()'-]{1,40}:\s+\S").expect("valid"));
static BULLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[•\-–*·▪]|\([a-z0-9ivx]{1,4}\)|[a-z]\))\s").expect("valid"));

// Chinese contracts: 第五条 / 第9.3条 (a clause), 第三章 (a chapter), 附件一 / 附录A (a
// schedule), "一、服务期限" (a part), "9.3 服务可用性" (a numbered clause), list items
// "（一）" / "（1）" / "1）", and labelled lines "安装费：¥99.00".
const ZH_NUMERALS: &str = "一二两三四五六七八九十百零〇";
static ZH_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^第\s*([{ZH_NUMERALS}]+|\d{{1,3}}(?:\.\d{{1,3}}){{0,3}})\s*条[\s:：、.．]*(.*)$"
    ))
    .expect("valid")
});
static ZH_CHAPTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^第\s*([{ZH_NUMERALS}]+|\d{{1,3}})\s*(章|部分|篇)[\s:：、.．]*(.*)$"
    ))
    .expect("valid")
});
static ZH_SCHEDULE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(附件|附录|附表)\s*([{ZH_NUMERALS}]{{1,3}}|[A-Za-z0-9]{{1,3}})(?:[\s:：、.．—–-]+(.*))?$"
    ))
    .expect("valid")
});
static ZH_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^([{ZH_NUMERALS}]{{1,3}})[、．]\s*(.*)$")).expect("valid")
});
static ZH_NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,2}(?:\.\d{1,3}){0,3})(?:[.、．)）]\s*|\s+)(\p{Han}.*)$").expect("valid")
});
/// A heading line of its own in Chinese: short, no sentence or clause punctuation.
static ZH_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\p{Han}A-Za-z0-9（）()、“”《》/ ]{2,24}$").expect("valid"));
static ZH_LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\p{Han}A-Za-z0-9（）()/、 ]{1,20}[：:]\s*\S").expect("valid"));
static ZH_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:[（(][{ZH_NUMERALS}\d]{{1,3}}[）)]|\d{{1,2}}[）)]|[•·▪])"
    ))
    .expect("valid")
});
/// Where a Chinese sentence ends; closing quotes and brackets right after stay with it.
const ZH_SENTENCE_ENDS: [char; 4] = ['。', '；', '！', '？'];
const ZH_CLOSERS: [char; 5] = ['”', '’', '）', '」', '』'];

#[derive(Default)]
struct Headings {
    schedule: String,
    article: String,
    clause: String,
    /// Titles, outermost first.
    titles: Vec<(u8, String)>,
}

impl Headings {
    fn reference(&self) -> String {
        let mut parts: Vec<&str> = Vec::new();
        let chinese = [&self.schedule, &self.article, &self.clause]
            .iter()
            .any(|p| is_chinese(p));
        if !self.schedule.is_empty() {
            parts.push(&self.schedule);
        }
        if !self.article.is_empty() {
            parts.push(&self.article);
        }
        if !self.clause.is_empty() {
            parts.push(&self.clause);
        }
        parts.join(if chinese { "，" } else { ", " })
    }

    fn title(&mut self, level: u8, text: &str) {
        self.titles.retain(|(l, _)| *l < level);
        self.titles.push((level, text.to_lowercase()));
    }

    fn words(&self) -> String {
        self.titles
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Reads a heading at the start of a line; returns the length of the heading's own text when
/// the line goes on with running text ("9.3 Renewal. This Agreement renews…").
fn heading(line: &str, h: &mut Headings, after_sentence: bool, wrapped: bool) -> bool {
    if is_chinese(line) && zh_heading(line, h, after_sentence) {
        return true;
    }
    if let Some(c) = SCHEDULE.captures(line) {
        let kind = c[1].to_lowercase();
        let mut word = kind[..1].to_uppercase();
        word.push_str(&kind[1..]);
        h.schedule = format!("{word} {}", &c[2]);
        h.article.clear();
        h.clause.clear();
        h.titles.clear();
        h.title(0, &format!("{} {}", &c[1], &c[3]));
        return true;
    }
    if let Some(c) = ARTICLE.captures(line) {
        h.article = format!("Article {}", &c[1]);
        h.clause.clear();
        h.title(1, &c[2]);
        return true;
    }
    if let Some(c) = SECTION.captures(line) {
        h.clause = format!("Section {}", &c[1]);
        let depth = c[1].matches('.').count() as u8;
        h.title(2 + depth, &c[2]);
        return true;
    }
    if let Some(c) = NUMBERED.captures(line) {
        let number = &c[1];
        // "12 Yealink phones" in an order form is not a clause; numbered clauses are short
        // numbers followed by a capitalised title or sentence.
        let plausible = number.contains('.') || number.parse::<u32>().is_ok_and(|n| n <= 40);
        if plausible {
            h.clause = if h.schedule.is_empty() && h.article.is_empty() {
                format!("Section {number}")
            } else {
                number.to_owned()
            };
            let depth = number.matches('.').count() as u8;
            h.title(2 + depth, &c[2]);
            return true;
        }
    }
    if is_title(line, after_sentence, wrapped) {
        h.title(9, line);
    }
    false
}

/// The Chinese headings: 附件一, 第三章, 第五条 / 第9.3条, "一、服务期限", "9.3 服务可用性".
fn zh_heading(line: &str, h: &mut Headings, after_sentence: bool) -> bool {
    if let Some(c) = ZH_SCHEDULE.captures(line) {
        h.schedule = format!("{}{}", &c[1], &c[2]);
        h.article.clear();
        h.clause.clear();
        h.titles.clear();
        h.title(
            0,
            &format!("{} {}", &c[1], c.get(3).map_or("", |m| m.as_str())),
        );
        return true;
    }
    if let Some(c) = ZH_CHAPTER.captures(line) {
        h.article = format!("第{}{}", &c[1], &c[2]);
        h.clause.clear();
        h.title(1, &c[3]);
        return true;
    }
    if let Some(c) = ZH_CLAUSE.captures(line) {
        h.clause = format!("第{}条", &c[1]);
        h.title(2, &c[2]);
        return true;
    }
    // "一、服务期限" starts a part only as a heading line of its own (after a sentence).
    if after_sentence
        && let Some(c) = ZH_PART.captures(line)
        && ZH_TITLE.is_match(&c[2])
    {
        h.article = line.to_owned();
        h.clause.clear();
        h.title(1, &c[2]);
        return true;
    }
    if let Some(c) = ZH_NUMBERED.captures(line) {
        let number = &c[1];
        let plausible = number.contains('.') || number.parse::<u32>().is_ok_and(|n| n <= 40);
        if plausible {
            h.clause = if h.schedule.is_empty() && h.article.is_empty() {
                format!("第{number}条")
            } else {
                number.to_owned()
            };
            let depth = number.matches('.').count() as u8;
            h.title(2 + depth, &c[2]);
            return true;
        }
    }
    false
}

/// A Chinese heading line with only a title after its number ("2.1 月度可用性", "附件一"): it
/// names what follows and is not part of the next sentence. "1.1 合同期限为2年" says something.
fn zh_heading_alone(line: &str) -> bool {
    let rest = [
        (&*ZH_SCHEDULE, 3),
        (&*ZH_CHAPTER, 3),
        (&*ZH_CLAUSE, 2),
        (&*ZH_NUMBERED, 2),
    ]
    .iter()
    .find_map(|(pattern, group)| {
        let c = pattern.captures(line)?;
        Some(c.get(*group).map_or("", |m| m.as_str()).trim())
    });
    rest.is_some_and(|rest| {
        rest.is_empty()
            || (ZH_TITLE.is_match(rest)
                && rest.chars().count() <= 12
                && !rest.chars().any(|c| c.is_ascii_digit()))
    })
}

/// A short line in capitals or Title Case with no full stop: a heading without a number. In
/// Chinese, a short line with no punctuation standing after a finished sentence (a line cut
/// from the middle of a sentence is not a heading). Never a line `wrapped` onto the next.
fn is_title(line: &str, after_sentence: bool, wrapped: bool) -> bool {
    if wrapped {
        return false;
    }
    if is_chinese(line) {
        return after_sentence && ZH_TITLE.is_match(line) && !line.contains("  ");
    }
    TITLE_LINE.is_match(line) && line.split_whitespace().count() <= 8 && !line.contains("  ")
}

/// How many columns a text takes in a fixed-width file: two for a Chinese character or a
/// full-width sign, one for anything else.
fn columns(text: &str) -> usize {
    text.chars()
        .map(|c| {
            let wide = is_chinese(c.encode_utf8(&mut [0; 4]))
                || matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff01}'..='\u{ff60}');
            if wide { 2 } else { 1 }
        })
        .sum()
}

/// Whether `line` was cut by a hard wrap at `width` columns (a text file wrapped by its editor or
/// by the tool that made it): the first word of the `next` line would not have fitted on it. A
/// Chinese line wraps at any character, an English one between words.
fn wrapped_onto(line: &str, next: &str, width: usize) -> bool {
    let Some(first) = next.chars().next() else {
        return false;
    };
    let first_word = if columns(&first.to_string()) == 2 {
        first.to_string()
    } else {
        next.split(char::is_whitespace)
            .next()
            .unwrap_or("")
            .to_owned()
    };
    let space = usize::from(
        columns(&first.to_string()) == 1 && !line.ends_with(|c: char| columns(&c.to_string()) == 2),
    );
    columns(line) + space + columns(&first_word) > width
}

/// The units of all documents, in reading order.
pub fn units(documents: &[ContractDocument]) -> Vec<Unit> {
    let mut out = Vec::new();
    for (d, doc) in documents.iter().enumerate() {
        let mut h = Headings::default();
        for (p, page) in doc.pages.iter().enumerate() {
            page_units(d, p as u32 + 1, page, &mut h, &mut out);
        }
    }
    out
}

fn page_units(document: usize, page: u32, text: &str, h: &mut Headings, out: &mut Vec<Unit>) {
    // Paragraphs: runs of lines; a blank line, a heading, a bullet or a table row starts a new one.
    let mut para: Option<(usize, usize)> = None;
    let mut para_section = String::new();
    let mut para_headings = String::new();
    let mut offset = 0;
    let flush =
        |para: &mut Option<(usize, usize)>, section: &str, headings: &str, out: &mut Vec<Unit>| {
            if let Some((start, end)) = para.take() {
                sentences(document, page, text, start, end, section, headings, out);
            }
        };
    let lines: Vec<&str> = text.split('\n').collect();
    // The widest line is the wrap width when the text is hard-wrapped.
    let width = lines.iter().map(|l| columns(l.trim())).max().unwrap_or(0);
    for (n, line) in lines.iter().enumerate() {
        let line_start = offset;
        offset += line.len() + 1;
        let trimmed = line.trim();
        let next = lines.get(n + 1).map_or("", |l| l.trim());
        let wrapped = wrapped_onto(trimmed, next, width);
        let lead = line.len() - line.trim_start().len();
        let (start, end) = (line_start + lead, line_start + lead + trimmed.len());
        if trimmed.is_empty() {
            flush(&mut para, &para_section, &para_headings, out);
            continue;
        }
        let chinese = is_chinese(trimmed);
        let labelled = if chinese {
            ZH_LABEL.is_match(trimmed) && trimmed.chars().count() <= 60
        } else {
            LABEL.is_match(trimmed) && trimmed.len() <= 90
        };
        let is_row = (ROW.is_match(trimmed) || labelled)
            && !trimmed.ends_with('.')
            && !trimmed.ends_with('。');
        // "(36) months" wrapped onto a new line continues its sentence; a list item starts
        // after a sentence or a colon.
        let after_sentence = para.is_none_or(|(s, e)| {
            text[s..e]
                .trim_end()
                .ends_with(['.', ':', ';', '!', '?', '。', '：', '；', '！', '？'])
        });
        let is_item =
            (BULLET.is_match(trimmed) || (chinese && ZH_ITEM.is_match(trimmed))) && after_sentence;
        let starts_new = heading(trimmed, h, after_sentence, wrapped) || is_row || is_item;
        if starts_new {
            flush(&mut para, &para_section, &para_headings, out);
        }
        // A heading line of its own names what follows; it is not part of the next sentence.
        let heading_alone = chinese && zh_heading_alone(trimmed);
        if (is_title(trimmed, after_sentence, wrapped) || heading_alone) && !is_row {
            flush(&mut para, &para_section, &para_headings, out);
            continue;
        }
        if is_row {
            out.push(Unit {
                document,
                page,
                start,
                end,
                text: CELL_GAP.split(trimmed).collect::<Vec<_>>().join(" | "),
                section: h.reference(),
                headings: h.words(),
                is_row: true,
            });
            continue;
        }
        match &mut para {
            Some((_, e)) => *e = end,
            None => {
                para = Some((start, end));
                para_section = h.reference();
                para_headings = h.words();
            }
        }
    }
    flush(&mut para, &para_section, &para_headings, out);
}

/// Words before a full stop that do not end a sentence.
const ABBREVIATIONS: [&str; 16] = [
    "e.g", "i.e", "inc", "no", "sec", "art", "etc", "co", "ltd", "llc", "corp", "vs", "u.s", "st",
    "a.m", "p.m",
];

#[allow(clippy::too_many_arguments)]
fn sentences(
    document: usize,
    page: u32,
    text: &str,
    start: usize,
    end: usize,
    section: &str,
    headings: &str,
    out: &mut Vec<Unit>,
) {
    let para = &text[start..end];
    if is_chinese(para) {
        return zh_sentences(document, page, text, start, end, section, headings, out);
    }
    let bytes = para.as_bytes();
    let mut begin = 0;
    let mut push = |from: usize, to: usize| {
        let raw = &para[from..to];
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        if trimmed.chars().any(char::is_alphanumeric) {
            out.push(Unit {
                document,
                page,
                start: start + from + lead,
                end: start + from + lead + trimmed.len(),
                text: SPACES.replace_all(trimmed, " ").into_owned(),
                section: section.to_owned(),
                headings: headings.to_owned(),
                is_row: false,
            });
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if (c == b'.' || c == b';' || c == b'?' || c == b'!')
            && i + 1 < bytes.len()
            && bytes[i + 1].is_ascii_whitespace()
        {
            // The next word must start like a sentence.
            let next = para[i + 1..].trim_start();
            let starts = next
                .chars()
                .next()
                .is_some_and(|n| n.is_uppercase() || n == '(' || n == '"' || n == '“');
            let word_before = para[begin..i]
                .rsplit(|ch: char| ch.is_whitespace() || ch == '(')
                .next()
                .unwrap_or("")
                .to_lowercase();
            // "1. Service Availability": a clause number, not the end of a sentence.
            let clause_number = c == b'.'
                && para[begin..i]
                    .trim()
                    .chars()
                    .all(|ch| ch.is_ascii_digit() || ch == '.');
            let abbreviation = clause_number
                || c == b'.'
                    && (ABBREVIATIONS.contains(&word_before.as_str())
                        || (word_before.len() == 1
                            && word_before.chars().all(char::is_alphabetic)));
            if starts && !abbreviation && c != b';' {
                push(begin, i + 1);
                begin = i + 1;
            }
        }
        i += 1;
    }
    push(begin, bytes.len());
}

/// A Chinese paragraph cut at 。；！？ (with a closing quote or bracket that follows).
#[allow(clippy::too_many_arguments)]
fn zh_sentences(
    document: usize,
    page: u32,
    text: &str,
    start: usize,
    end: usize,
    section: &str,
    headings: &str,
    out: &mut Vec<Unit>,
) {
    let para = &text[start..end];
    let mut push = |from: usize, to: usize| {
        let raw = &para[from..to];
        let lead = raw.len() - raw.trim_start().len();
        let trimmed = raw.trim();
        if trimmed.chars().any(char::is_alphanumeric) {
            out.push(Unit {
                document,
                page,
                start: start + from + lead,
                end: start + from + lead + trimmed.len(),
                text: join_lines(trimmed),
                section: section.to_owned(),
                headings: headings.to_owned(),
                is_row: false,
            });
        }
    };
    let mut begin = 0;
    let mut chars = para.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !ZH_SENTENCE_ENDS.contains(&c) {
            continue;
        }
        let mut to = i + c.len_utf8();
        while let Some(&(j, next)) = chars.peek() {
            if !ZH_CLOSERS.contains(&next) {
                break;
            }
            to = j + next.len_utf8();
            chars.next();
        }
        push(begin, to);
        begin = to;
    }
    push(begin, para.len());
}

/// Lines of a Chinese sentence joined: no space where a line break fell between two Chinese
/// characters (Chinese has no spaces between words), one space elsewhere.
fn join_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.split('\n').enumerate() {
        let line = line.trim();
        if n > 0 && !line.is_empty() {
            let joins_han = out.chars().last().is_some_and(|c| !c.is_ascii())
                && line.chars().next().is_some_and(|c| !c.is_ascii());
            if !joins_han {
                out.push(' ');
            }
        }
        out.push_str(line);
    }
    SPACES.replace_all(&out, " ").into_owned()
}

impl Unit {
    /// The unit's location, offsets converted to UTF-16 for the UI.
    pub fn location(&self, documents: &[super::ContractDocument]) -> super::Location {
        let doc = &documents[self.document];
        let page = &doc.pages[self.page as usize - 1];
        let start = utf16_len(&page[..self.start]);
        let end = start + utf16_len(&page[self.start..self.end]);
        super::Location {
            document: self.document as u32,
            document_name: doc.name.clone(),
            page: self.page,
            section: self.section.clone(),
            start,
            end,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::DocumentKind;

    fn read(text: &str) -> Vec<Unit> {
        units(&[ContractDocument {
            name: "合同.txt".into(),
            sha256: String::new(),
            kind: DocumentKind::Text,
            pages: vec![text.to_owned()],
        }])
    }

    fn texts_and_sections(text: &str) -> Vec<(String, String)> {
        read(text)
            .into_iter()
            .map(|u| (u.text, u.section))
            .collect()
    }

    fn pair(text: &str, section: &str) -> (String, String) {
        (text.to_owned(), section.to_owned())
    }

    #[test]
    fn chinese_sentences_end_at_full_stops_semicolons_and_marks() {
        let text = "第三条 自动续约\n初始服务期限届满后，本协议自动续约。任何一方如不希望续约，\
                    应提前六十日书面通知对方；否则视为同意续约！是否续约？\n甲方确认：“已阅读全部条款。”乙方签字。";
        assert_eq!(
            texts_and_sections(text),
            vec![
                pair("初始服务期限届满后，本协议自动续约。", "第三条"),
                pair("任何一方如不希望续约，应提前六十日书面通知对方；", "第三条"),
                pair("否则视为同意续约！", "第三条"),
                pair("是否续约？", "第三条"),
                // The closing quote stays with its sentence.
                pair("甲方确认：“已阅读全部条款。”", "第三条"),
                pair("乙方签字。", "第三条"),
            ]
        );
    }

    #[test]
    fn a_chinese_sentence_cut_across_lines_is_joined_without_a_space() {
        let text = "服务自开通之日起算，本协议的初始服务期限为三十六\n个月。";
        let units = read(text);
        assert_eq!(units.len(), 1);
        assert_eq!(
            units[0].text,
            "服务自开通之日起算，本协议的初始服务期限为三十六个月。"
        );
        // The unit's range is the passage in the page, line break included.
        assert_eq!(&text[units[0].start..units[0].end], text);
    }

    #[test]
    fn chinese_headings_give_the_location() {
        let text = "第二章 期限与终止\n第五条 续约\n本协议自动续约一年。\n\n\
                    附件一 服务等级协议（SLA）\n2.1 月度可用性\n乙方承诺可用性不低于99.9%。\n\n\
                    附录A 技术支持\n第9.3条 响应时间\n紧急故障15分钟内响应。";
        assert_eq!(
            texts_and_sections(text),
            vec![
                pair("本协议自动续约一年。", "第二章，第五条"),
                pair("乙方承诺可用性不低于99.9%。", "附件一，2.1"),
                pair("紧急故障15分钟内响应。", "附录A，第9.3条"),
            ]
        );
        // A numbered clause with no chapter or schedule above it reads as 第…条.
        assert_eq!(
            texts_and_sections("9.3 服务积分\n服务积分按月结算。"),
            vec![pair("服务积分按月结算。", "第9.3条")]
        );
        // "一、服务期限" heads a part; its clauses follow.
        assert_eq!(
            texts_and_sections("一、合同期限\n1.1 合同期限为2年。"),
            vec![pair("1.1 合同期限为2年。", "一、合同期限，1.1")]
        );
    }

    #[test]
    fn chinese_labelled_lines_and_table_rows_are_units_of_their_own() {
        let units =
            read("安装费：¥99.00\n开通费：¥0.00（本次免收）\n等级 | 响应时间\n紧急 | 15分钟");
        let rows: Vec<(&str, bool)> = units.iter().map(|u| (u.text.as_str(), u.is_row)).collect();
        assert_eq!(
            rows,
            vec![
                ("安装费：¥99.00", true),
                ("开通费：¥0.00（本次免收）", true),
                ("等级 | 响应时间", true),
                ("紧急 | 15分钟", true),
            ]
        );
        // A line that says something and ends with 。 is a sentence, not a labelled row.
        let units = read("付款方式：按月支付，每月五日前付清。");
        assert!(!units[0].is_row);
    }

    /// A text file wrapped at a fixed width: the first line of a paragraph is as wide as the
    /// lines after it and has no punctuation of its own; it is the start of the sentence, not a
    /// heading. A short line standing before a sentence is still one.
    #[test]
    fn a_hard_wrapped_first_line_is_not_a_heading() {
        // Wrapped at 12 characters.
        let text = "第七条 服务等级\n乙方承诺本服务的月度可用\n性不低于99.9%，未达到\n的按附件二给予服务积分。\n\n\
                    故障处理\n乙方应在接到报修后两小时\n内响应。";
        assert_eq!(
            texts_and_sections(text),
            vec![
                pair(
                    "乙方承诺本服务的月度可用性不低于99.9%，未达到的按附件二给予服务积分。",
                    "第七条"
                ),
                pair("乙方应在接到报修后两小时内响应。", "第七条"),
            ]
        );
        let units = read(text);
        assert_eq!(units[1].headings, "服务等级 故障处理");
        // English, wrapped at 40 characters.
        let english = "Service Levels\nThe Provider shall make the Service\n\
                       available 99.9% of each calendar month.\n\nSupport Hours\n\
                       Support is available from 8am to 6pm.";
        assert_eq!(
            read(english)
                .iter()
                .map(|u| u.text.as_str())
                .collect::<Vec<_>>(),
            vec![
                "The Provider shall make the Service available 99.9% of each calendar month.",
                "Support is available from 8am to 6pm."
            ]
        );
    }
}
