//! The core's message catalogs: Fluent files per language (`src/i18n/<tag>/*.ftl`), embedded in
//! the binary, each parsed the first time one of its messages is needed. Ids are constants generated from the English files
//! ([`msg`]), so code cannot ask for a message that does not exist; the tests below fail when a
//! language lacks an id, has one English lacks, or disagrees on a message's variables.

use super::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::sync::OnceLock;

/// A value put into a message: text or a number (Fluent chooses plural forms from numbers).
pub type Arg<'a> = fluent_bundle::FluentValue<'a>;

/// A message id of the catalogs and the index of the file that defines it; the only values are
/// the constants of [`msg`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key(&'static str, usize);

impl Key {
    pub fn id(self) -> &'static str {
        self.0
    }
}

include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

fn sources(lang: Lang) -> &'static [(&'static str, &'static str); FILE_COUNT] {
    match lang {
        Lang::En => &EN_SOURCES,
        Lang::ZhHans => &ZH_HANS_SOURCES,
    }
}

/// The messages of one catalog file. The files share nothing (no terms, no references from one
/// message to another), so a bundle per file formats every message as one bundle would.
fn bundle(lang: Lang, file: usize) -> FluentBundle<FluentResource> {
    let locale = lang
        .tag()
        .parse()
        .expect("every Lang tag is a valid BCP 47 tag");
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // No Unicode isolation marks around variables: they end up in PDFs and terminals as
    // invisible characters.
    bundle.set_use_isolating(false);
    let (name, source) = sources(lang)[file];
    // A catalog that does not parse, or an id defined twice, fails the tests below; at run
    // time the messages that did parse are still used.
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
    if let Err(errors) = bundle.add_resource(resource) {
        debug_assert!(false, "{name}: {errors:?}");
    }
    bundle
}

/// Each file of each language is parsed the first time one of its messages is asked for: an
/// English export never parses the Chinese catalogs, nor the command line's or the errors'
/// (parsing every catalog was a tenth of a command's work).
static ENGLISH: [OnceLock<FluentBundle<FluentResource>>; FILE_COUNT] =
    [const { OnceLock::new() }; FILE_COUNT];
static CHINESE: [OnceLock<FluentBundle<FluentResource>>; FILE_COUNT] =
    [const { OnceLock::new() }; FILE_COUNT];

fn bundle_of(lang: Lang, file: usize) -> &'static FluentBundle<FluentResource> {
    let bundles = match lang {
        Lang::En => &ENGLISH,
        Lang::ZhHans => &CHINESE,
    };
    bundles[file].get_or_init(|| bundle(lang, file))
}

/// The message `key` in `lang`.
pub fn text(lang: Lang, key: Key) -> String {
    text_with(lang, key, &[])
}

/// The message `key` in `lang` with its variables filled in. A message missing from a language
/// (which the tests forbid) falls back to English rather than show nothing.
pub fn text_with(lang: Lang, key: Key, args: &[(&str, Arg<'_>)]) -> String {
    let (bundle, message) = match bundle_of(lang, key.1).get_message(key.0) {
        Some(message) => (bundle_of(lang, key.1), message),
        None => match bundle_of(Lang::En, key.1).get_message(key.0) {
            Some(message) => (bundle_of(Lang::En, key.1), message),
            None => return key.0.to_owned(),
        },
    };
    let Some(pattern) = message.value() else {
        return key.0.to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::{Lang, sources};
    use fluent_syntax::ast::{
        Entry, Expression, InlineExpression, Pattern, PatternElement, Resource,
    };
    use std::collections::{BTreeMap, BTreeSet};

    /// Every message id of a language, with the file that defines it (without the language's
    /// folder), and the variables its value and attributes use.
    fn messages(lang: Lang) -> BTreeMap<String, (String, BTreeSet<String>)> {
        let mut all = BTreeMap::new();
        for (name, source) in sources(lang) {
            let file = name
                .split_once('/')
                .map_or(*name, |(_, file)| file)
                .to_owned();
            let resource: Resource<&str> = fluent_syntax::parser::parse(*source)
                .unwrap_or_else(|(_, errors)| panic!("{name} does not parse: {errors:?}"));
            for entry in resource.body {
                if let Entry::Message(message) = entry {
                    let mut variables = BTreeSet::new();
                    if let Some(value) = &message.value {
                        collect_variables(value, &mut variables);
                    }
                    let id = message.id.name.to_owned();
                    assert!(
                        all.insert(id.clone(), (file.clone(), variables)).is_none(),
                        "{name}: message {id} is defined twice in {}",
                        lang.tag()
                    );
                }
            }
        }
        all
    }

    fn collect_variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                collect_expression(expression, into);
            }
        }
    }

    fn collect_expression(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
        match expression {
            Expression::Inline(inline) => collect_inline(inline, into),
            Expression::Select { selector, variants } => {
                collect_inline(selector, into);
                for variant in variants {
                    collect_variables(&variant.value, into);
                }
            }
        }
    }

    fn collect_inline(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
        match inline {
            InlineExpression::VariableReference { id } => {
                into.insert(id.name.to_owned());
            }
            InlineExpression::Placeable { expression } => collect_expression(expression, into),
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    collect_inline(argument, into);
                }
            }
            // Each file is its own bundle: a message or term of another file would not resolve.
            InlineExpression::MessageReference { id, .. } => {
                panic!(
                    "message reference {{ {} }}: messages are self-contained",
                    id.name
                )
            }
            InlineExpression::TermReference { id, .. } => {
                panic!(
                    "term reference {{ -{} }}: messages are self-contained",
                    id.name
                )
            }
            _ => {}
        }
    }

    #[test]
    fn every_language_has_exactly_the_english_messages_with_the_same_variables() {
        let english = messages(Lang::En);
        assert!(!english.is_empty());
        for lang in Lang::ALL {
            let other = messages(lang);
            let missing: Vec<_> = english
                .keys()
                .filter(|id| !other.contains_key(*id))
                .collect();
            let extra: Vec<_> = other
                .keys()
                .filter(|id| !english.contains_key(*id))
                .collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
            assert!(
                extra.is_empty(),
                "{} has ids English lacks: {extra:?}",
                lang.tag()
            );
            for (id, (file, variables)) in &english {
                // In the same file: a message is looked for in its English file's bundle.
                assert_eq!(
                    &other[id].0,
                    file,
                    "{}: message {id} is not in {file} as in English",
                    lang.tag()
                );
                assert_eq!(
                    &other[id].1,
                    variables,
                    "{}: message {id} uses other variables than English",
                    lang.tag()
                );
            }
        }
    }

    #[test]
    fn chinese_messages_are_translated_not_copied() {
        for (name, source) in sources(Lang::ZhHans) {
            let resource: Resource<&str> = fluent_syntax::parser::parse(*source).unwrap();
            for entry in resource.body {
                if let Entry::Message(message) = entry {
                    let text: String = message
                        .value
                        .iter()
                        .flat_map(|pattern| &pattern.elements)
                        .filter_map(|element| match element {
                            PatternElement::TextElement { value } => Some(*value),
                            _ => None,
                        })
                        .collect();
                    let has_han = text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
                    assert!(
                        has_han || text.trim().is_empty(),
                        "{name}: {} has no Chinese text: {text:?}",
                        message.id.name
                    );
                }
            }
        }
    }

    #[test]
    fn variables_are_filled_in_without_isolation_marks_and_plurals_follow_the_language() {
        use super::{Arg, msg, text_with};
        let english = text_with(
            Lang::En,
            msg::LANGUAGE_UNKNOWN,
            &[("value", Arg::from("fr"))],
        );
        assert!(english.starts_with("Language: “fr” is not"), "{english}");
        assert!(!english.contains('\u{2068}') && !english.contains('\u{2069}'));
        let chinese = text_with(
            Lang::ZhHans,
            msg::LANGUAGE_UNKNOWN,
            &[("value", Arg::from("fr"))],
        );
        assert!(chinese.starts_with("语言：“fr”"), "{chinese}");
    }
}
