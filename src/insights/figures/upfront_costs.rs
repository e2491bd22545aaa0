//! The upfront-costs area: what is paid before the first call.

use super::*;

/// An upfront item's name (the calculator's English one) in `lang`.
pub(super) fn upfront_label(lang: Lang, label: &str) -> String {
    UPFRONT_NAMES
        .into_iter()
        .find(|name| text(Lang::En, *name) == label)
        .map_or_else(|| label.to_owned(), |name| text(lang, name))
}

/// One-time charges.
pub(super) fn upfront(cx: &Cx, _calc: &mut Calculations, out: &mut Out) {
    let (a, money, lang) = (&cx.a, &cx.money, cx.lang);
    let upfront = upfront_items(a);
    if !upfront.is_empty() || a.is_answered("upfront.setup_fee") {
        let total: i64 = upfront.iter().map(|i| i.amount_minor).sum();
        let parts: Vec<String> = upfront
            .iter()
            .map(|i| {
                text_with(
                    lang,
                    msg::INSIGHTS_UPFRONT_ITEM,
                    &[
                        ("item", Arg::from(upfront_label(lang, &i.label))),
                        ("amount", Arg::from(money.fmt(i.amount_minor))),
                    ],
                )
            })
            .collect();
        let tbd = a.is_yes("upfront.tbd_fees");
        out.push(
            "upfront",
            "upfront.tbd_fees",
            &text(lang, msg::INSIGHTS_UPFRONT_LABEL),
            if tbd {
                text_with(
                    lang,
                    msg::INSIGHTS_UPFRONT_TBD,
                    &[("total", Arg::from(money.fmt(total)))],
                )
            } else {
                money.fmt(total)
            },
            if parts.is_empty() {
                text(lang, msg::INSIGHTS_UPFRONT_NONE)
            } else {
                parts.join(" + ")
            },
            if tbd { Tone::Warn } else { Tone::Info },
        );
    }
}
