//! The notice letter as a PDF: the same fonts, layout engine, metadata and compression as the
//! sign-off summary; the words come from `crate::deadlines::letter`.

use super::fonts::{Fonts, Weight};
use super::layout::{INK, Layout, MUTED, Style};
use super::{DocumentInfo, PdfOptions, save};
use crate::deadlines::letter::NoticeLetter;
use crate::error::Result;
use printpdf::PdfDocument;
use unicode_normalization::UnicodeNormalization;

const FROM: Style = Style::new(12.0, Weight::Bold, INK);
const BODY: Style = Style::new(10.5, Weight::Regular, INK);
const BODY_BOLD: Style = Style::new(10.5, Weight::Bold, INK);
const SMALL: Style = Style::new(9.0, Weight::Regular, MUTED);

/// The letter's PDF: its bytes, its page count and the characters no font could draw (printed
/// as □).
pub fn render_letter(
    letter: &NoticeLetter,
    options: &PdfOptions,
) -> Result<(Vec<u8>, usize, String)> {
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
    let fonts = Fonts::load(&mut doc, &nfc(&letter.text));
    let (width, height) = options.paper.size_pt();
    let mut page = Layout::new(&fonts, width, height);
    let gap = BODY.line_height() * 0.7;

    page.paragraph(&from, FROM, 0.0);
    page.space(gap * 2.0);
    page.paragraph(&letter.dated, BODY, 0.0);
    page.space(gap);
    page.paragraph(&format!("To: {to}"), BODY, 0.0);
    page.space(gap * 2.0);
    page.paragraph(&format!("Subject: {subject}"), BODY_BOLD, 0.0);
    page.space(gap * 1.5);
    page.paragraph(&format!("Dear {to},"), BODY, 0.0);
    page.space(gap);
    for p in &paragraphs {
        // The numbered requests hang under "Please:".
        let numbered = p.starts_with(|c: char| c.is_ascii_digit());
        page.ensure(page.paragraph_height(p, BODY, if numbered { 16.0 } else { 0.0 }));
        page.paragraph(p, BODY, if numbered { 16.0 } else { 0.0 });
        page.space(if p == "Please:" { gap * 0.4 } else { gap });
    }
    page.space(gap);
    page.ensure(BODY.line_height() * 6.0);
    page.paragraph("Yours faithfully,", BODY, 0.0);
    // Room for a wet signature above the line.
    page.space(BODY.line_height() * 3.0);
    let y = page.y();
    let x0 = page.margin_x;
    page.rule(x0, x0 + 220.0, y, INK, 0.6);
    page.space(4.0);
    page.paragraph(&signer, BODY, 0.0);
    page.space(gap);
    page.paragraph(
        "Signed for and on behalf of the customer named above.",
        SMALL,
        0.0,
    );

    let pages = page.finish(|n, total| (String::new(), format!("Page {n} of {total}")));
    let count = pages.len();
    doc.with_pages(pages);
    let bytes = save(
        doc,
        options.generated_at,
        DocumentInfo {
            author: signer,
            subject: format!("Notice of non-renewal to {to}"),
            keywords: vec!["notice".into(), "non-renewal".into(), to.clone()],
            identifier: format!("notice-letter-review-{}", letter.review_id),
        },
    )?;
    Ok((bytes, count, fonts.missing.iter().collect()))
}
