//! The upgrades area: how updates and critical patches reach the phones.

use super::*;

/// How fast security holes are fixed, and how long versions on your side are supported.
pub(super) fn upgrades(cx: &Cx, _calc: &mut Calculations, out: &mut Out) {
    let (a, term, lang) = (&cx.a, cx.term, cx.lang);
    let benchmark = Arg::from(CRITICAL_PATCH_BENCHMARK_HOURS);
    if let Some(hours) = a.whole("upgrades.critical_patch_hours") {
        let slow = hours > CRITICAL_PATCH_BENCHMARK_HOURS;
        out.push(
            "upgrades",
            "upgrades.critical_patch_hours",
            &text(lang, msg::INSIGHTS_PATCH_LABEL),
            text_with(
                lang,
                if slow {
                    msg::INSIGHTS_PATCH_SLOWER
                } else {
                    msg::INSIGHTS_PATCH_WITHIN
                },
                &[
                    ("hours", Arg::from(hours)),
                    ("benchmark", benchmark.clone()),
                ],
            ),
            text_with(
                lang,
                msg::INSIGHTS_PATCH_DETAIL,
                &[("benchmark", benchmark)],
            ),
            if slow { Tone::Warn } else { Tone::Good },
        );
    }
    if let Some(months) = a.whole("upgrades.version_support_months") {
        let short = months < term;
        out.push(
            "upgrades",
            "upgrades.version_support_months",
            &text(lang, msg::INSIGHTS_VERSION_LABEL),
            if short {
                text_with(
                    lang,
                    msg::INSIGHTS_VERSION_SHORT,
                    &[
                        ("months", Arg::from(months)),
                        ("short", Arg::from(term - months)),
                        ("term", Arg::from(term)),
                    ],
                )
            } else {
                text_with(
                    lang,
                    msg::INSIGHTS_VERSION_COVERS,
                    &[("months", Arg::from(months)), ("term", Arg::from(term))],
                )
            },
            text(lang, msg::INSIGHTS_VERSION_DETAIL),
            if short { Tone::Warn } else { Tone::Good },
        );
    }
}
