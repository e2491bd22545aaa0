//! The notice letter as a PDF: the same fonts, layout engine, metadata and compression as the
//! sign-off summary; the words come from `crate::deadlines::letter`.

use super::fonts::{Fonts, Weight};
use super::layout::{INK, Layout, MUTED, Style};
use super::writer::{DocumentInfo, write_pdf};
use super::{PdfOptions, page_footer};
use crate::deadlines::letter::{CHINESE_INDENT, NoticeLetter, is_request};
use crate::error::Result;
use crate::i18n::{Arg, Lang, msg, text, text_with};
use unicode_normalization::UnicodeNormalization;

const FROM: Style = Style::new(12.0, Weight::Bold, INK);
const TITLE: Style = Style::new(15.0, Weight::Bold, INK);
const BODY: Style = Style::new(10.5, Weight::Regular, INK);
const BODY_BOLD: Style = Style::new(10.5, Weight::Bold, INK);
const SMALL: Style = Style::new(9.0, Weight::Regular, MUTED);

/// The letter's PDF in `lang` (the review's language): its bytes, its page count and the
/// characters no font could draw (printed as □).
pub fn render_letter(
    letter: &NoticeLetter,
    options: &PdfOptions,
    lang: Lang,
) -> Result<(Vec<u8>, usize, String)> {
    let say = |key, name: &str, value: &str| text_with(lang, key, &[(name, Arg::from(value))]);
    // The PDF's text is not shaped: composed (NFC) text draws accents with the precomposed glyphs.
    let nfc = |s: &str| s.nfc().collect::<String>();
    let paragraphs: Vec<String> = letter.paragraphs.iter().map(|p| nfc(p)).collect();
    let (from, to, subject, signer) = (
        nfc(&letter.from),
        nfc(&letter.to),
        nfc(&letter.subject),
        nfc(&letter.signer),
    );
    let fonts = Fonts::load(&nfc(&letter.text), lang);
    let (width, height) = options.paper.size_pt();
    let mut page = Layout::new(&fonts, width, height);

    match lang {
        Lang::En => english_body(
            &mut page,
            letter,
            &paragraphs,
            (&from, &to, &subject, &signer),
        ),
        Lang::ZhHans => {
            // The title is set in the middle of its line.
            let heading_width =
                fonts.text_width(&text(lang, msg::LETTER_HEADING), TITLE.weight, TITLE.size);
            let centre = ((page.content_width() - heading_width) / 2.0).max(0.0);
            chinese_body(
                &mut page,
                letter,
                &paragraphs,
                (&from, &to, &subject, &signer),
                centre,
            )
        }
    }

    let pages = page.finish(|n, total| (String::new(), page_footer(lang, n, total)));
    let bytes = write_pdf(
        &pages,
        &fonts,
        &DocumentInfo {
            title: subject,
            author: signer,
            subject: say(msg::PDF_LETTER_METADATA_SUBJECT, "to", &to),
            keywords: vec![
                text(lang, msg::PDF_LETTER_KEYWORD_NOTICE),
                text(lang, msg::PDF_LETTER_KEYWORD_NON_RENEWAL),
                to.clone(),
            ],
            identifier: format!("notice-letter-review-{}", letter.review_id),
            created: options.generated_at,
            lang,
        },
    )?;
    Ok((bytes, pages.len(), fonts.missing().into_iter().collect()))
}

/// The English letter: sender, date, addressee, subject, greeting, body, close and signature.
fn english_body(
    page: &mut Layout<'_>,
    letter: &NoticeLetter,
    paragraphs: &[String],
    (from, to, subject, signer): (&str, &str, &str, &str),
) {
    let lang = Lang::En;
    let say = |key, name: &str, value: &str| text_with(lang, key, &[(name, Arg::from(value))]);
    let gap = BODY.line_height() * 0.7;
    page.paragraph(from, FROM, 0.0);
    page.space(gap * 2.0);
    page.paragraph(&letter.dated, BODY, 0.0);
    page.space(gap);
    page.paragraph(&say(msg::PDF_LETTER_TO, "to", to), BODY, 0.0);
    page.space(gap * 2.0);
    page.paragraph(
        &say(msg::PDF_LETTER_SUBJECT, "subject", subject),
        BODY_BOLD,
        0.0,
    );
    page.space(gap * 1.5);
    page.paragraph(&say(msg::PDF_LETTER_GREETING, "to", to), BODY, 0.0);
    page.space(gap);
    for (i, p) in paragraphs.iter().enumerate() {
        // The numbered requests hang under the line that introduces them ("Please:").
        let indent = if is_request(p) { 16.0 } else { 0.0 };
        page.ensure(page.paragraph_height(p, BODY, indent));
        page.paragraph(p, BODY, indent);
        let introduces =
            !is_request(p) && paragraphs.get(i + 1).is_some_and(|next| is_request(next));
        page.space(if introduces { gap * 0.4 } else { gap });
    }
    page.space(gap);
    page.ensure(BODY.line_height() * 6.0);
    page.paragraph(&text(lang, msg::PDF_LETTER_CLOSING), BODY, 0.0);
    // Room for a wet signature above the line.
    page.space(BODY.line_height() * 3.0);
    let y = page.y();
    let x0 = page.margin_x;
    page.rule(x0, x0 + 220.0, y, INK, 0.6);
    page.space(4.0);
    page.paragraph(signer, BODY, 0.0);
    page.space(gap);
    page.paragraph(&text(lang, msg::PDF_LETTER_SIGNED_FOR), SMALL, 0.0);
}

/// The Chinese letter, set as a Chinese business letter is: the title (不续约通知函) centred
/// at the top, 致 and 事由, the greeting, paragraphs indented two characters on their
/// first line, 此致 indented and 敬礼 at the margin, and at the foot on the right the company,
/// the signature line, the signer and the date (落款与日期).
fn chinese_body(
    page: &mut Layout<'_>,
    letter: &NoticeLetter,
    paragraphs: &[String],
    (from, to, subject, signer): (&str, &str, &str, &str),
    heading_indent: f32,
) {
    let lang = Lang::ZhHans;
    let say = |key, name: &str, value: &str| text_with(lang, key, &[(name, Arg::from(value))]);
    let gap = BODY.line_height() * 0.7;
    let heading = text(lang, msg::LETTER_HEADING);
    page.paragraph(&heading, TITLE, heading_indent);
    page.space(gap * 2.0);
    page.paragraph(&say(msg::PDF_LETTER_TO, "to", to), BODY, 0.0);
    page.paragraph(
        &say(msg::PDF_LETTER_SUBJECT, "subject", subject),
        BODY_BOLD,
        0.0,
    );
    page.space(gap * 1.5);
    page.paragraph(&say(msg::PDF_LETTER_GREETING, "to", to), BODY, 0.0);
    page.space(gap * 0.5);
    for (i, p) in paragraphs.iter().enumerate() {
        let indented = format!("{CHINESE_INDENT}{p}");
        page.ensure(page.paragraph_height(&indented, BODY, 0.0));
        page.paragraph(&indented, BODY, 0.0);
        let introduces =
            !is_request(p) && paragraphs.get(i + 1).is_some_and(|next| is_request(next));
        let request_follows =
            is_request(p) && paragraphs.get(i + 1).is_some_and(|next| is_request(next));
        page.space(if introduces || request_follows {
            gap * 0.4
        } else {
            gap
        });
    }
    page.space(gap);
    page.ensure(BODY.line_height() * 10.0);
    let closing = text(lang, msg::PDF_LETTER_CLOSING);
    let mut lines = closing.lines();
    if let Some(first) = lines.next() {
        page.paragraph(&format!("{CHINESE_INDENT}{}", first.trim()), BODY, 0.0);
    }
    for line in lines {
        page.paragraph(line.trim(), BODY, 0.0);
    }
    page.space(gap * 2.0);
    // The signature block sits on the right half of the page.
    let indent = page.content_width() / 2.0;
    // The company's name with the place of its seal, as in the letter's text.
    page.paragraph(&format!("{from}（盖章）"), BODY, indent);
    // Room for a wet signature (and the company's seal) above the line.
    page.space(BODY.line_height() * 3.0);
    let y = page.y();
    let x0 = page.margin_x + indent;
    page.rule(x0, x0 + 200.0, y, INK, 0.6);
    page.space(4.0);
    if !signer.is_empty() {
        page.paragraph(signer, BODY, indent);
    }
    page.paragraph(&letter.dated, BODY, indent);
    page.space(gap);
    page.paragraph(&text(lang, msg::PDF_LETTER_SIGNED_FOR), SMALL, indent);
}
