//! How long each free-text field may be: one table, read by validation (app, CLI and imports
//! alike) and handed to the UI through the generated bindings, so a form's `maxlength` can never
//! disagree with the rule that refuses the text. A question's own text limit lives in the
//! template (`QuestionKind::Text { max_len }`), next to the question.

/// One field's limit, counted in characters (not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldLimit {
    /// The field's id in messages; area fields are written `area.<field>` here and
    /// `<area id>.<field>` in messages.
    pub field: &'static str,
    pub max_chars: usize,
}

/// Names, providers, plans and references: one line each.
pub const SHORT_TEXT_MAX: usize = 200;

pub const FIELD_LIMITS: &[FieldLimit] = &[
    limit("context.reviewer", SHORT_TEXT_MAX),
    limit("context.company", SHORT_TEXT_MAX),
    limit("context.provider", SHORT_TEXT_MAX),
    limit("context.plan", SHORT_TEXT_MAX),
    limit("context.quote_reference", SHORT_TEXT_MAX),
    limit("signoff.approver_name", SHORT_TEXT_MAX),
    limit("signoff.approver_role", SHORT_TEXT_MAX),
    limit("signoff.conditions", 5_000),
    limit("quote.provider", SHORT_TEXT_MAX),
    limit("quote.notes", 2_000),
    limit("area.notes", 20_000),
    limit("area.clause_reference", SHORT_TEXT_MAX),
    limit("area.clause_text", 20_000),
];

const fn limit(field: &'static str, max_chars: usize) -> FieldLimit {
    FieldLimit { field, max_chars }
}

/// The most characters `field` (an id of [`FIELD_LIMITS`]) may hold.
///
/// # Panics
/// When `field` is not in the table: a misspelt id in the core, caught by the tests of every
/// validation path.
pub fn max_chars(field: &str) -> usize {
    FIELD_LIMITS
        .iter()
        .find(|l| l.field == field)
        .map(|l| l.max_chars)
        .unwrap_or_else(|| panic!("{field} is not in limits::FIELD_LIMITS"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_listed_once() {
        let mut ids: Vec<&str> = FIELD_LIMITS.iter().map(|l| l.field).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), FIELD_LIMITS.len());
        assert_eq!(max_chars("signoff.conditions"), 5_000);
        assert_eq!(max_chars("area.clause_reference"), 200);
    }
}
