//! The sign-off PDF: a faithful summary of one review, laid out by our own engine, fonts embedded
//! and subset, with real metadata and a footer that ties the paper to the stored revision.

mod fonts;
mod layout;
mod letter;
mod page;
mod summary;
mod truetype_subset;
mod writer;

pub use fonts::{FALLBACK_FONT_ENV, REPLACEMENT};
pub use letter::render_letter;

use crate::error::Result;
use crate::i18n::{Arg, Lang, msg, text, text_with};
use crate::model::{Paper, Review};
use crate::report::review_report;
use crate::template::Template;
use chrono::{DateTime, Utc};
use unicode_normalization::UnicodeNormalization;
use writer::{DocumentInfo, write_pdf};

pub struct PdfOptions {
    pub paper: Paper,
    /// Printed in the footer and stored as the creation date (UTC).
    pub generated_at: DateTime<Utc>,
}

pub struct PdfOutput {
    pub bytes: Vec<u8>,
    pub pages: usize,
    pub fingerprint: String,
    /// Characters no available font could draw; they appear as a visible □ in the PDF.
    pub missing_characters: Vec<char>,
}

impl Paper {
    /// Width and height in points.
    pub fn size_pt(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// The PDF's text is not shaped: composed (NFC) text draws accents with the precomposed glyphs.
fn normalised(review: &Review) -> Review {
    let nfc = |s: &mut String| *s = s.nfc().collect();
    let mut r = review.clone();
    for s in [
        &mut r.context.reviewer,
        &mut r.context.company,
        &mut r.context.provider,
        &mut r.context.plan,
        &mut r.context.quote_reference,
        &mut r.signoff.approver_name,
        &mut r.signoff.approver_role,
        &mut r.signoff.conditions,
    ] {
        nfc(s);
    }
    for area in &mut r.areas {
        nfc(&mut area.notes);
        nfc(&mut area.clause_reference);
        nfc(&mut area.clause_text);
    }
    for value in r.answers.values_mut() {
        if let crate::model::AnswerValue::Text(t) = value {
            nfc(t);
        }
    }
    r
}

/// Every character the document may draw, to decide whether a fallback font is needed.
fn all_text(review: &Review) -> String {
    let mut text = serde_json::to_string(&review.context).unwrap_or_default();
    text.push_str(&serde_json::to_string(&review.signoff).unwrap_or_default());
    for area in &review.areas {
        text.push_str(&area.notes);
        text.push_str(&area.clause_reference);
        text.push_str(&area.clause_text);
    }
    for value in review.answers.values() {
        if let crate::model::AnswerValue::Text(t) = value {
            text.push_str(t);
        }
    }
    text
}

pub fn render_review(
    review: &Review,
    template: &Template,
    options: &PdfOptions,
) -> Result<PdfOutput> {
    let review = normalised(review);
    let lang = review.language;
    // The template's words (area titles, questions, choices) in the review's language; the
    // template given is the English one, whose ids and rules are the same.
    let template = match lang {
        Lang::En => template,
        _ => crate::template::template_in(lang),
    };
    let report = review_report(&review, template);
    let ctx = &review.context;
    let title = if ctx.plan.is_empty() {
        text_with(
            lang,
            msg::PDF_TITLE,
            &[("provider", Arg::from(ctx.provider.as_str()))],
        )
    } else {
        text_with(
            lang,
            msg::PDF_TITLE_WITH_PLAN,
            &[
                ("provider", Arg::from(ctx.provider.as_str())),
                ("plan", Arg::from(ctx.plan.as_str())),
            ],
        )
    };

    let fonts = fonts::Fonts::load(&all_text(&review), lang);
    let (width, height) = options.paper.size_pt();
    let mut page_layout = layout::Layout::new(&fonts, width, height);
    // No "today": the PDF must depend only on the review and the options.
    let insights = crate::insights::insights_in(&review, None, lang);
    summary::render(&mut page_layout, &review, template, &report, &insights);

    let generated = generated_at(lang, options.generated_at);
    let fingerprint = report.fingerprint.clone();
    let revision = review.revision.to_string();
    let pages = page_layout.finish(|page, total| {
        (
            text_with(
                lang,
                msg::PDF_FOOTER,
                &[
                    ("generated", Arg::from(generated.as_str())),
                    ("revision", Arg::from(revision.as_str())),
                    ("fingerprint", Arg::from(fingerprint.as_str())),
                ],
            ),
            page_footer(lang, page, total),
        )
    });
    let bytes = write_pdf(
        &pages,
        &fonts,
        &DocumentInfo {
            title,
            author: ctx.reviewer.clone(),
            subject: text_with(
                lang,
                msg::PDF_SUBJECT,
                &[("provider", Arg::from(ctx.provider.as_str()))],
            ),
            keywords: vec![
                "VoIP".into(),
                text(lang, msg::PDF_KEYWORD_REVIEW),
                text(lang, msg::PDF_KEYWORD_SIGNOFF),
                ctx.provider.clone(),
                text_with(
                    lang,
                    msg::PDF_KEYWORD_FINGERPRINT,
                    &[("fingerprint", Arg::from(report.fingerprint.as_str()))],
                ),
            ],
            identifier: report.fingerprint.clone(),
            created: options.generated_at,
            lang,
        },
    )?;

    Ok(PdfOutput {
        bytes,
        pages: pages.len(),
        fingerprint: report.fingerprint,
        missing_characters: fonts.missing(),
    })
}

/// When the PDF was generated, as its footer prints it: `2029-12-01 09:30 UTC` in English as
/// the app has always printed it, `2029年12月1日 09:30（UTC 时间）` in Chinese.
fn generated_at(lang: Lang, at: DateTime<Utc>) -> String {
    match lang {
        Lang::En => at.format("%Y-%m-%d %H:%M UTC").to_string(),
        Lang::ZhHans => text_with(
            lang,
            msg::PDF_GENERATED_AT,
            &[
                (
                    "date",
                    Arg::from(crate::i18n::format::date(lang, at.date_naive())),
                ),
                ("time", Arg::from(at.format("%H:%M").to_string())),
            ],
        ),
    }
}

/// "Page 2 of 13".
fn page_footer(lang: Lang, page: usize, total: usize) -> String {
    text_with(
        lang,
        msg::PDF_FOOTER_PAGE,
        &[
            ("page", Arg::from(page.to_string())),
            ("total", Arg::from(total.to_string())),
        ],
    )
}
