//! The notice letter as a PDF: the same fonts, layout engine, metadata and compression as the
//! sign-off summary; the words come from `crate::deadlines::letter`.

use super::fonts::{Fonts, Weight};
use super::layout::{INK, Layout, MUTED, Style};
use super::{DocumentInfo, PdfOptions, page_footer, save};
use crate::deadlines::letter::NoticeLetter;
use crate::error::Result;
use crate::i18n::{Arg, Lang, msg, text, text_with};
use printpdf::PdfDocument;
use unicode_normalization::UnicodeNormalization;

const FROM: Style = Style::new(12.0, Weight::Bold, INK);
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
    // printpdf has no shaping: composed (NFC) text draws accents with the precomposed glyphs.
    let nfc = |s: &str| s.nfc().collect::<String>();
    let paragraphs: Vec<String> = letter.paragraphs.iter().map(|p| nfc(p)).collect();
    let (from, to, subject, signer) = (
        nfc(&letter.from),
        nfc(&letter.to),
        nfc(&letter.subject),
        nfc(&letter.signer),
    );
    let mut doc = PdfDocument::new(&subject);
    let fonts = Fonts::load(&mut doc, &nfc(&letter.text), lang);
    let (width, height) = options.paper.size_pt();
    let mut page = Layout::new(&fonts, width, height);
    let gap = BODY.line_height() * 0.7;

    page.paragraph(&from, FROM, 0.0);
    page.space(gap * 2.0);
    page.paragraph(&letter.dated, BODY, 0.0);
    page.space(gap);
    page.paragraph(&say(msg::PDF_LETTER_TO, "to", &to), BODY, 0.0);
    page.space(gap * 2.0);
    page.paragraph(
        &say(msg::PDF_LETTER_SUBJECT, "subject", &subject),
        BODY_BOLD,
        0.0,
    );
    page.space(gap * 1.5);
    page.paragraph(&say(msg::PDF_LETTER_GREETING, "to", &to), BODY, 0.0);
    page.space(gap);
    let numbered = |p: &str| p.starts_with(|c: char| c.is_ascii_digit());
    for (i, p) in paragraphs.iter().enumerate() {
        // The numbered requests hang under the line that introduces them ("Please:").
        let indent = if numbered(p) { 16.0 } else { 0.0 };
        page.ensure(page.paragraph_height(p, BODY, indent));
        page.paragraph(p, BODY, indent);
        let introduces = !numbered(p) && paragraphs.get(i + 1).is_some_and(|next| numbered(next));
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
    page.paragraph(&signer, BODY, 0.0);
    page.space(gap);
    page.paragraph(&text(lang, msg::PDF_LETTER_SIGNED_FOR), SMALL, 0.0);

    let pages = page.finish(|n, total| (String::new(), page_footer(lang, n, total)));
    let count = pages.len();
    doc.with_pages(pages);
    let bytes = save(
        doc,
        options.generated_at,
        DocumentInfo {
            author: signer,
            subject: say(msg::PDF_LETTER_METADATA_SUBJECT, "to", &to),
            keywords: vec![
                text(lang, msg::PDF_LETTER_KEYWORD_NOTICE),
                text(lang, msg::PDF_LETTER_KEYWORD_NON_RENEWAL),
                to.clone(),
            ],
            identifier: format!("notice-letter-review-{}", letter.review_id),
        },
    )?;
    Ok((bytes, count, fonts.missing().into_iter().collect()))
}
