//! The features area: must-haves that are missing or sold as add-ons.

use super::*;

/// The must-have cards are shown after the area's last question, not after the must-have list:
/// a card appearing when a box is ticked then moves nothing the owner is about to type into
/// (it pushed "Which CRM must it work with?" down under the pointer).
pub(crate) const MUST_HAVE_CARDS_AFTER: &str = "features.crm_name";

/// Must-haves that are missing or sold as add-ons.
pub(super) fn features(cx: &Cx, calc: &mut Calculations, out: &mut Out) {
    let (a, lang) = (&cx.a, cx.lang);
    for id in a.multi("features.must_have") {
        match a.choice(&format!("features.{id}")) {
            Some("not_available") => calc.missing_must_haves.push(feature_label(id, lang)),
            Some("add_on") => calc.add_on_must_haves.push(feature_label(id, lang)),
            _ => {}
        }
    }
    if !calc.missing_must_haves.is_empty() {
        out.push(
            "features",
            MUST_HAVE_CARDS_AFTER,
            &text(lang, msg::INSIGHTS_MISSING_LABEL),
            words::list(lang, &calc.missing_must_haves),
            text(lang, msg::INSIGHTS_MISSING_DETAIL),
            Tone::Bad,
        );
    }
    if !calc.add_on_must_haves.is_empty() {
        out.push(
            "features",
            MUST_HAVE_CARDS_AFTER,
            &text(lang, msg::INSIGHTS_ADDON_LABEL),
            words::list(lang, &calc.add_on_must_haves),
            text(lang, msg::INSIGHTS_ADDON_DETAIL),
            Tone::Warn,
        );
    }
}
