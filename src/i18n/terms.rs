//! The shared vocabulary of the Chinese texts (`terms.json`): one approved Chinese word for
//! each English term, so the template, the playbook, the figures and the PDF say “服务积分”
//! every time, never a synonym. The tests check every Chinese text of the template overlay and
//! of the catalogs (`zh-Hans/*.ftl`, whoever wrote them) against it.

use serde::Deserialize;
use std::sync::LazyLock;

/// One English term (its written forms) and its approved Chinese.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub en: Vec<String>,
    pub zh: String,
    /// English phrases in which a form of `en` means something else: not checked.
    #[serde(default)]
    pub not_in: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermsFile {
    #[expect(dead_code, reason = "the file's explanation for translators")]
    about: String,
    terms: Vec<Term>,
}

static TERMS: LazyLock<Vec<Term>> = LazyLock::new(|| {
    let file: TermsFile =
        serde_json::from_str(include_str!("terms.json")).expect("terms.json is valid JSON");
    file.terms
});

/// The approved vocabulary, in the file's order.
pub fn terms() -> &'static [Term] {
    &TERMS
}

/// Whether `text` has a Chinese (CJK unified) character.
pub fn has_chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Whether `term` occurs in `text` as whole words, ignoring case (“SLA” in “the SLA's”, not
/// “seat” in “seating”).
fn contains_words(text: &str, term: &str) -> bool {
    let text = text.to_lowercase();
    let term = term.to_lowercase();
    let is_word = |c: char| c.is_alphanumeric();
    text.match_indices(&term).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + term.len()..].chars().next();
        !before.is_some_and(is_word) && !after.is_some_and(is_word)
    })
}

/// What a Chinese text must contain for the approved term: the term up to a full-width
/// bracket (“服务等级协议（SLA）” → “服务等级协议”).
fn required(term: &Term) -> &str {
    term.zh.split('（').next().unwrap_or(&term.zh)
}

/// The approved terms a translation misses: for each term whose English form is in `english`,
/// the term when `chinese` lacks it.
pub fn missing_terms(english: &str, chinese: &str) -> Vec<&'static str> {
    let english = english.to_lowercase();
    terms()
        .iter()
        .filter(|term| {
            let mut english = english.clone();
            for phrase in &term.not_in {
                english = english.replace(&phrase.to_lowercase(), " ");
            }
            term.en.iter().any(|form| contains_words(&english, form))
        })
        .filter(|term| !chinese.contains(required(term)))
        .map(|term| term.zh.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::template::QuestionKind;
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    use std::collections::BTreeMap;

    #[test]
    fn the_vocabulary_is_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for term in terms() {
            assert!(!term.en.is_empty(), "{}", term.zh);
            assert!(has_chinese(&term.zh), "{}", term.zh);
            for form in &term.en {
                assert!(seen.insert(form.to_lowercase()), "{form} twice");
            }
        }
        assert!(contains_words("Missed the SLA's target", "SLA"));
        assert!(!contains_words("Seating plan", "seat"));
        assert!(contains_words(
            "An early-termination fee.",
            "early-termination fee"
        ));
        assert_eq!(
            missing_terms(
                "Service credits for the SLA",
                "服务等级协议（SLA）的服务积分"
            ),
            Vec::<&str>::new()
        );
        assert_eq!(
            missing_terms("Service credits", "服务抵扣"),
            vec!["服务积分"]
        );
    }

    /// Every text of a pattern, placeables shown as `{}` and each variant of a selection
    /// included, so a term in any variant counts.
    fn pattern_text(pattern: &Pattern<&str>, into: &mut String) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => into.push_str(value),
                PatternElement::Placeable { expression } => expression_text(expression, into),
            }
        }
    }

    fn expression_text(expression: &Expression<&str>, into: &mut String) {
        match expression {
            Expression::Select { variants, .. } => {
                for variant in variants {
                    into.push(' ');
                    pattern_text(&variant.value, into);
                }
            }
            Expression::Inline(InlineExpression::StringLiteral { value }) => into.push_str(value),
            Expression::Inline(_) => into.push_str("{}"),
        }
    }

    /// Message id → its text, over every catalog file of `sources`.
    fn messages(sources: &[(&str, &'static str)]) -> BTreeMap<String, String> {
        let mut all = BTreeMap::new();
        for (name, source) in sources {
            let resource = fluent_syntax::parser::parse(*source)
                .unwrap_or_else(|(_, errors)| panic!("{name}: {errors:?}"));
            for entry in resource.body {
                if let Entry::Message(message) = entry {
                    let mut text = String::new();
                    if let Some(value) = &message.value {
                        pattern_text(value, &mut text);
                    }
                    for attribute in &message.attributes {
                        text.push(' ');
                        pattern_text(&attribute.value, &mut text);
                    }
                    all.insert(message.id.name.to_owned(), text);
                }
            }
        }
        all
    }

    #[test]
    fn every_chinese_catalog_message_uses_the_approved_terms() {
        let english = messages(&super::super::catalog::EN_SOURCES);
        let chinese = messages(&super::super::catalog::ZH_HANS_SOURCES);
        let mut problems = Vec::new();
        for (id, source) in &english {
            let Some(translation) = chinese.get(id) else {
                continue; // the catalog's own test reports a missing id
            };
            for term in missing_terms(source, translation) {
                problems.push(format!(
                    "{id}: “{translation}” lacks “{term}” (English: {source})"
                ));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn every_chinese_template_text_uses_the_approved_terms() {
        let english = crate::template::template();
        let chinese = crate::template::template_in(Lang::ZhHans);
        let mut problems = Vec::new();
        let mut check = |at: &str, source: &str, translation: &str| {
            for term in missing_terms(source, translation) {
                problems.push(format!(
                    "{at}: “{translation}” lacks “{term}” (English: {source})"
                ));
            }
        };
        for (area, translated) in english.areas.iter().zip(&chinese.areas) {
            check(&area.id, &area.title, &translated.title);
            check(&area.id, &area.summary, &translated.summary);
            check(&area.id, &area.why, &translated.why);
            for (line, translated_line) in area.look_for.iter().zip(&translated.look_for) {
                check(&area.id, line, translated_line);
            }
            for (question, translated) in area.questions.iter().zip(&translated.questions) {
                check(&question.id, &question.label, &translated.label);
                if let (Some(help), Some(translated_help)) = (&question.help, &translated.help) {
                    check(&question.id, help, translated_help);
                }
                if let (
                    QuestionKind::Choice { options } | QuestionKind::MultiChoice { options },
                    QuestionKind::Choice {
                        options: translated_options,
                    }
                    | QuestionKind::MultiChoice {
                        options: translated_options,
                    },
                ) = (&question.kind, &translated.kind)
                {
                    for (option, translated) in options.iter().zip(translated_options) {
                        check(&question.id, &option.label, &translated.label);
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
