//! The hardware-warranty area: the warranty against the term.

use super::*;

/// Warranty against the term.
pub(super) fn warranty(cx: &Cx, _calc: &mut Calculations, out: &mut Out) {
    let (a, term, lang) = (&cx.a, cx.term, cx.lang);
    if let Some(months) = a.whole("warranty.length_months")
        && a.choice("warranty.hardware_mode") != Some("byod")
    {
        let short = months < term;
        out.push(
            "warranty",
            "warranty.length_months",
            &text(lang, msg::INSIGHTS_WARRANTY_LABEL),
            if short {
                text_with(
                    lang,
                    msg::INSIGHTS_WARRANTY_SHORT,
                    &[
                        ("months", Arg::from(months)),
                        ("term", Arg::from(term)),
                        ("uncovered", Arg::from(term - months)),
                    ],
                )
            } else {
                text_with(
                    lang,
                    msg::INSIGHTS_WARRANTY_COVERS,
                    &[("term", Arg::from(term))],
                )
            },
            text(lang, msg::INSIGHTS_WARRANTY_DETAIL),
            if short { Tone::Warn } else { Tone::Good },
        );
    }
    damage_on_arrival(a, out);
}

/// What happens to a phone that arrives broken, and how long there is to report it.
pub(super) fn damage_on_arrival(a: &Answers, out: &mut Out) {
    // "Not sure" is a question for the provider, not a figure.
    let replaced = match a.yes_no("warranty.doa_replaced") {
        Some(crate::model::YesNo::Yes) => Some(true),
        Some(crate::model::YesNo::No) => Some(false),
        _ => None,
    };
    let window = a.whole("warranty.doa_window_days");
    if a.choice("warranty.hardware_mode") == Some("byod") {
        return;
    }
    let lang = out.lang;
    let days = |key, d: u32| text_with(lang, key, &[("days", Arg::from(d))]);
    let (value, tone) = match (replaced, window) {
        (None, None) => return,
        (Some(false), _) => (text(lang, msg::INSIGHTS_DOA_NOT_REPLACED), Tone::Warn),
        (_, Some(0)) => (text(lang, msg::INSIGHTS_DOA_SAME_DAY), Tone::Warn),
        (Some(true), Some(d)) => (days(msg::INSIGHTS_DOA_REPLACED_WITHIN, d), Tone::Good),
        (Some(true), None) => (text(lang, msg::INSIGHTS_DOA_REPLACED), Tone::Info),
        (None, Some(d)) => (days(msg::INSIGHTS_DOA_REPORT_WITHIN, d), Tone::Info),
    };
    out.push(
        "warranty",
        "warranty.doa_window_days",
        &text(lang, msg::INSIGHTS_DOA_LABEL),
        value,
        text(lang, msg::INSIGHTS_DOA_DETAIL),
        tone,
    );
}
