//! The languages the app speaks (English and Simplified Chinese) and the core's message
//! catalogs. Everything that shows words to the owner (the template, the playbook, the figures,
//! the PDF, the CLI's human output, error messages) takes a [`Lang`]; files (review files, JSON
//! output, ISO dates in storage) stay language-neutral.

mod catalog;
pub mod format;
pub mod terms;

pub use catalog::{Arg, Key, msg, text, text_with};
pub use terms::has_chinese;

use serde::{Deserialize, Serialize};
use std::fmt;
use ts_rs::TS;

/// A language of the interface, of a review's PDF, or of the CLI's human output.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize, TS,
)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-Hans")]
    ZhHans,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhHans];

    /// The BCP 47 tag stored in settings and review files: "en", "zh-Hans".
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
        }
    }

    /// The language's name in itself, as a language menu shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhHans => "简体中文",
        }
    }

    /// Reads a stored tag. Only the exact tags of [`Lang::tag`] are accepted.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.tag() == tag)
    }

    /// The language for a POSIX locale or a BCP 47 tag: any Chinese ("zh_CN.UTF-8", "zh-SG",
    /// "zh-Hans", and also "zh_TW": Simplified is closer to a Traditional reader than English)
    /// is Simplified Chinese; everything else, including "C" and "POSIX", is English.
    pub fn from_locale(locale: &str) -> Lang {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if language == "zh" {
            Lang::ZhHans
        } else {
            Lang::En
        }
    }

    /// The system's language, from the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set
    /// and not empty (the order POSIX gives them); English when none is.
    pub fn from_system() -> Lang {
        Lang::from_environment(|name| std::env::var(name).ok())
    }

    /// [`Lang::from_system`] over any source of variables (for tests).
    pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(var)
            .find(|value| !value.is_empty())
            .map_or(Lang::En, |locale| Lang::from_locale(&locale))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    /// Accepts a stored tag or any locale ("zh_CN.UTF-8"), for the CLI's `--lang`.
    fn from_str(value: &str) -> Result<Lang, String> {
        if let Some(lang) = Lang::from_tag(value) {
            return Ok(lang);
        }
        let language = value.split(['_', '-', '.']).next().unwrap_or_default();
        match language.to_ascii_lowercase().as_str() {
            "en" => Ok(Lang::En),
            "zh" => Ok(Lang::ZhHans),
            _ => Err(text_with(
                Lang::En,
                msg::LANGUAGE_UNKNOWN,
                &[("value", Arg::from(value))],
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn locales_map_to_the_language_a_reader_expects() {
        assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Lang::ZhHans);
        assert_eq!(Lang::from_locale("zh-Hans"), Lang::ZhHans);
        assert_eq!(Lang::from_locale("zh_TW"), Lang::ZhHans);
        assert_eq!(Lang::from_locale("ZH"), Lang::ZhHans);
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("de_DE"), Lang::En);
        assert_eq!(Lang::from_locale("C"), Lang::En);
        assert_eq!(Lang::from_locale(""), Lang::En);
        // "zhx" is not Chinese: the language is the part before the separator.
        assert_eq!(Lang::from_locale("zhx_CN"), Lang::En);
    }

    #[test]
    fn the_first_set_locale_variable_wins_in_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| *key == name)
                    .map(|(_, value)| (*value).to_owned())
            }
        };
        assert_eq!(
            Lang::from_environment(env(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "zh_CN.UTF-8")])),
            Lang::ZhHans
        );
        assert_eq!(
            Lang::from_environment(env(&[("LC_ALL", ""), ("LANG", "zh_CN.UTF-8")])),
            Lang::ZhHans
        );
        assert_eq!(
            Lang::from_environment(env(&[("LC_MESSAGES", "en_US"), ("LANG", "zh_CN")])),
            Lang::En
        );
        assert_eq!(Lang::from_environment(env(&[])), Lang::En);
    }

    #[test]
    fn tags_round_trip_and_unknown_languages_are_refused_by_name() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
            assert_eq!(lang.tag().parse::<Lang>(), Ok(lang));
            assert_eq!(
                serde_json::to_string(&lang).unwrap(),
                format!("\"{}\"", lang.tag())
            );
        }
        assert_eq!("zh_CN.UTF-8".parse::<Lang>(), Ok(Lang::ZhHans));
        assert_eq!("en-US".parse::<Lang>(), Ok(Lang::En));
        let refused = "fr".parse::<Lang>().unwrap_err();
        assert_eq!(
            refused,
            "Language: “fr” is not one the app speaks (en for English, zh-Hans for 简体中文)."
        );
    }
}
