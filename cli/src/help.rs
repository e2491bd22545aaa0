//! The command line's help and usage errors in the reader's language (`--lang`, else the
//! locale). English is clap's own, from the doc comments of the commands (lib.rs, calc/,
//! contract.rs), untouched. The Chinese is one Fluent file, `help.zh-Hans.ftl`, keyed by command
//! path and argument id (`calc-credit`, `calc-credit--tier`; `.long` for the long form), laid
//! over the built command tree, with clap's own words (headings, "Print help", the usage
//! errors) under `clap-…` ids. The tests below fail when a command or argument with English
//! help has no Chinese, or the file has an entry nothing uses.

use clap::builder::{StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use clap::{Arg, ArgAction, Command, Parser};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::ffi::OsString;
use std::fmt::Write as _;
use std::sync::LazyLock;
use voip_review_core::i18n::{Arg as MsgArg, Lang, msg, text_with};

/// The Chinese help: command and argument texts, and clap's words.
const CHINESE: &str = include_str!("help.zh-Hans.ftl");

/// The top-level command's key; subcommands are keyed by their path without it.
const ROOT: &str = "voip-review";

/// The ids of clap's own words in the file (the rest are commands and arguments).
mod word {
    pub const USAGE: &str = "clap-usage";
    pub const COMMANDS: &str = "clap-commands";
    pub const ARGUMENTS: &str = "clap-arguments";
    pub const OPTIONS: &str = "clap-options";
    pub const PRINT_HELP: &str = "clap-print-help";
    pub const PRINT_HELP_MORE: &str = "clap-print-help-more";
    pub const PRINT_HELP_SUMMARY: &str = "clap-print-help-summary";
    pub const PRINT_VERSION: &str = "clap-print-version";
    pub const HELP_COMMAND: &str = "clap-help-command";
    pub const HELP_COMMAND_SUBCOMMAND: &str = "clap-help-command--subcommand";
    pub const DEFAULT: &str = "clap-default";
    pub const POSSIBLE_VALUES: &str = "clap-possible-values";
    pub const ERROR: &str = "clap-error";
    pub const TRY_HELP: &str = "clap-try-help";
    pub const TIP: &str = "clap-tip";
    pub const SIMILAR_ARGUMENT: &str = "clap-similar-argument";
    pub const SIMILAR_SUBCOMMAND: &str = "clap-similar-subcommand";
    pub const SIMILAR_VALUE: &str = "clap-similar-value";
    pub const PASS_AS_VALUE: &str = "clap-pass-as-value";
    pub const SUBCOMMAND_AFTER_ESCAPE: &str = "clap-subcommand-after-escape";
    pub const UNKNOWN_ARGUMENT: &str = "clap-unknown-argument";
    pub const UNKNOWN_SUBCOMMAND: &str = "clap-unknown-subcommand";
    pub const MISSING_ARGUMENTS: &str = "clap-missing-arguments";
    pub const MISSING_SUBCOMMAND: &str = "clap-missing-subcommand";
    pub const SUBCOMMANDS: &str = "clap-subcommands";
    pub const NO_VALUE: &str = "clap-no-value";
    pub const INVALID_VALUE: &str = "clap-invalid-value";
    pub const INVALID_VALUE_BECAUSE: &str = "clap-invalid-value-because";
    pub const NOT_A_NUMBER: &str = "clap-not-a-number";
    pub const NOT_A_WHOLE_NUMBER: &str = "clap-not-a-whole-number";
    pub const OUT_OF_RANGE: &str = "clap-out-of-range";
    pub const EMPTY_VALUE: &str = "clap-empty-value";
    pub const USED_TWICE: &str = "clap-used-twice";
    pub const CONFLICT: &str = "clap-conflict";
    pub const CONFLICT_WITH_OTHERS: &str = "clap-conflict-with-others";
    pub const SUBCOMMAND_CONFLICT: &str = "clap-subcommand-conflict";
    pub const NO_EQUALS: &str = "clap-no-equals";
    pub const TOO_MANY_VALUES: &str = "clap-too-many-values";
    pub const TOO_FEW_VALUES: &str = "clap-too-few-values";
    pub const WRONG_NUMBER_OF_VALUES: &str = "clap-wrong-number-of-values";
    pub const NOT_UTF8: &str = "clap-not-utf8";
    pub const OTHER: &str = "clap-other";

    /// Every id above, for the test that the file has these and no others.
    #[cfg(test)]
    pub const ALL: &[&str] = &[
        USAGE,
        COMMANDS,
        ARGUMENTS,
        OPTIONS,
        PRINT_HELP,
        PRINT_HELP_MORE,
        PRINT_HELP_SUMMARY,
        PRINT_VERSION,
        HELP_COMMAND,
        HELP_COMMAND_SUBCOMMAND,
        DEFAULT,
        POSSIBLE_VALUES,
        ERROR,
        TRY_HELP,
        TIP,
        SIMILAR_ARGUMENT,
        SIMILAR_SUBCOMMAND,
        SIMILAR_VALUE,
        PASS_AS_VALUE,
        SUBCOMMAND_AFTER_ESCAPE,
        UNKNOWN_ARGUMENT,
        UNKNOWN_SUBCOMMAND,
        MISSING_ARGUMENTS,
        MISSING_SUBCOMMAND,
        SUBCOMMANDS,
        NO_VALUE,
        INVALID_VALUE,
        INVALID_VALUE_BECAUSE,
        NOT_A_NUMBER,
        NOT_A_WHOLE_NUMBER,
        OUT_OF_RANGE,
        EMPTY_VALUE,
        USED_TWICE,
        CONFLICT,
        CONFLICT_WITH_OTHERS,
        SUBCOMMAND_CONFLICT,
        NO_EQUALS,
        TOO_MANY_VALUES,
        TOO_FEW_VALUES,
        WRONG_NUMBER_OF_VALUES,
        NOT_UTF8,
        OTHER,
    ];
}

/// The language of the command line `args`: the last `--lang` before `--` that names one,
/// else the locale's. Read before clap parses, so `--help` and usage errors speak it too.
pub fn language(args: &[OsString]) -> Lang {
    let mut chosen = None;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next(),
            Some(rest) => rest.strip_prefix('=').map(|v| v.to_owned().into()),
            None => None,
        };
        if let Some(lang) = value.and_then(|v| v.parse::<Lang>().ok()) {
            chosen = Some(lang);
        }
    }
    chosen.unwrap_or_else(Lang::from_system)
}

/// Parses `args` as `P` with help and usage errors in `lang`; like clap's `parse_from`, prints
/// the help or the error and exits (0 after help, 2 after a usage error) when it cannot go on.
pub fn parse<P: Parser>(lang: Lang, args: Vec<OsString>) -> P {
    let mut command = command_in::<P>(lang);
    let parsed = command
        .try_get_matches_from_mut(args)
        .and_then(|mut matches| P::from_arg_matches_mut(&mut matches))
        .map_err(|err| err.format(&mut command));
    match parsed {
        Ok(parsed) => parsed,
        Err(err) => match lang {
            Lang::En => err.exit(),
            Lang::ZhHans => err.apply::<ChineseErrors>().exit(),
        },
    }
}

/// `P`'s command tree with its help in `lang`.
pub fn command_in<P: Parser>(lang: Lang) -> Command {
    let command = P::command();
    match lang {
        Lang::En => command,
        Lang::ZhHans => {
            let mut command = command;
            // Built first, so clap's own --help, --version and `help` exist to be translated.
            command.build();
            localize(command, "")
        }
    }
}

/// The catalog: parsed once; the file is checked by the tests below.
static CATALOG: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| {
    let resource = FluentResource::try_new(CHINESE.to_owned()).unwrap_or_else(|(r, _)| r);
    let locale = Lang::ZhHans
        .tag()
        .parse()
        .expect("every Lang tag is a valid BCP 47 tag");
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        debug_assert!(false, "help.zh-Hans.ftl: {errors:?}");
    }
    bundle
});

/// The entry `id` (its `.long` attribute with `long`), lines joined as help text needs.
fn entry(id: &str, long: bool, args: &[(&str, String)]) -> Option<String> {
    let message = CATALOG.get_message(id)?;
    let pattern = if long {
        message.get_attribute("long")?.value()
    } else {
        message.value()?
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, FluentValue::from(value.clone()));
    }
    let mut errors = Vec::new();
    let text = CATALOG.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(unwrap_lines(&text))
}

/// One of clap's words; its id when missing (the tests forbid that).
fn say(id: &str, args: &[(&str, String)]) -> String {
    entry(id, false, args).unwrap_or_else(|| id.to_owned())
}

/// A Fluent text as one line per paragraph: the file wraps long texts, the terminal does not
/// want those breaks. Lines are joined without a space (Chinese has none between words) unless
/// both sides are Latin letters or digits (“--json 输出” split after “--json”); a blank line
/// stays a paragraph break.
fn unwrap_lines(text: &str) -> String {
    text.split("\n\n")
        .map(|paragraph| {
            let mut joined = String::new();
            for line in paragraph.lines().map(str::trim) {
                let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii() && !c.is_whitespace());
                if latin(joined.chars().next_back()) && latin(line.chars().next()) {
                    joined.push(' ');
                }
                joined.push_str(line);
            }
            joined
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The key of the command at `path` ("" for the top level, else "calc-credit").
fn command_key(path: &str) -> &str {
    if path.is_empty() { ROOT } else { path }
}

fn sub_path(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}-{name}")
    }
}

/// The key of argument `arg` of the command at `path`; a global argument (--db, --lang) is the
/// top level's wherever clap has copied it.
fn arg_key(path: &str, arg: &Arg) -> String {
    let owner = if arg.is_global_set() {
        ROOT
    } else {
        command_key(path)
    };
    format!("{owner}--{}", arg.get_id())
}

/// The command at `path` and everything under it, in Chinese.
fn localize(mut command: Command, path: &str) -> Command {
    let key = command_key(path);
    if let Some(about) = entry(key, false, &[]) {
        command = command.about(about);
    }
    if let Some(long_about) = entry(key, true, &[]) {
        command = command.long_about(long_about);
    }
    let command = command
        .mut_args(|arg| localize_arg(arg, path))
        .mut_subcommands(|sub| localize_subcommand(sub, path));
    let template = template(&command);
    command.help_template(template)
}

/// A subcommand of the command at `path`: clap's own `help`, or one of ours.
fn localize_subcommand(sub: Command, path: &str) -> Command {
    if sub.get_name() == "help" {
        localize_help_command(sub, path)
    } else {
        let sub_path = sub_path(path, sub.get_name());
        localize(sub, &sub_path)
    }
}

/// Clap's `help` subcommand of the command at `path`: under it, copies of that command's
/// subcommands (and a `help` of its own).
fn localize_help_command(help: Command, path: &str) -> Command {
    let help = help
        .about(say(word::HELP_COMMAND, &[]))
        .mut_args(|arg| {
            if arg.get_id() == "subcommand" {
                arg.help(say(word::HELP_COMMAND_SUBCOMMAND, &[]))
            } else {
                arg
            }
        })
        .mut_subcommands(|sub| localize_subcommand(sub, path));
    let template = template(&help);
    help.help_template(template)
}

/// An argument's help in Chinese, with clap's “[default: …]” and “[possible values: …]” put
/// into Chinese as well (clap writes them in English, so they are hidden and appended here, in
/// the places clap puts them: after the short help, on lines of their own after the long).
fn localize_arg(arg: Arg, path: &str) -> Arg {
    match arg.get_action() {
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong => {
            return if arg.get_long_help().is_some() {
                arg.help(say(word::PRINT_HELP_MORE, &[]))
                    .long_help(say(word::PRINT_HELP_SUMMARY, &[]))
            } else {
                arg.help(say(word::PRINT_HELP, &[]))
            };
        }
        ArgAction::Version => return arg.help(say(word::PRINT_VERSION, &[])),
        _ => {}
    }
    let key = arg_key(path, &arg);
    let help = entry(&key, false, &[]);
    let long_help = entry(&key, true, &[]);
    let specs = specs(&arg);
    if specs.is_empty() {
        let arg = match help {
            Some(help) => arg.help(help),
            None => arg,
        };
        return match long_help {
            Some(long_help) => arg.long_help(long_help),
            None => arg,
        };
    }
    let join = |text: Option<String>, separator: &str, specs: String| match text {
        Some(text) => format!("{text}{separator}{specs}"),
        None => specs,
    };
    let short = join(help.clone(), " ", specs.join(" "));
    let long = join(long_help.or(help), "\n\n", specs.join("\n"));
    arg.hide_default_value(true)
        .hide_possible_values(true)
        .help(short)
        .long_help(long)
}

/// What clap adds after an argument's help, in Chinese: its default and its possible values.
fn specs(arg: &Arg) -> Vec<String> {
    if !arg.get_action().takes_values() {
        return Vec::new();
    }
    let mut specs = Vec::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|value| quoted(&value.to_string_lossy()))
        .collect();
    if !arg.is_hide_default_value_set() && !defaults.is_empty() {
        specs.push(say(word::DEFAULT, &[("values", defaults.join(" "))]));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|value| !value.is_hide_set())
        .map(|value| quoted(value.get_name()))
        .collect();
    if !arg.is_hide_possible_values_set() && !possible.is_empty() {
        specs.push(say(
            word::POSSIBLE_VALUES,
            &[("values", possible.join(", "))],
        ));
    }
    specs
}

/// A value as clap shows it: in double quotes when empty or with spaces.
fn quoted(value: &str) -> String {
    if value.is_empty() || value.contains(char::is_whitespace) {
        format!("{value:?}")
    } else {
        value.to_owned()
    }
}

/// Clap's layout (its default template, with `{all-args}` spelled out) under Chinese headings.
fn template(command: &Command) -> String {
    layout(
        command,
        &say(word::USAGE, &[]),
        [
            say(word::COMMANDS, &[]),
            say(word::ARGUMENTS, &[]),
            say(word::OPTIONS, &[]),
        ]
        .each_ref()
        .map(String::as_str),
    )
}

/// Clap's default page for `command` with `usage` before the usage line and `headings` over
/// the subcommands, the positional arguments and the options (the sections it has).
fn layout(command: &Command, usage: &str, headings: [&str; 3]) -> String {
    let styles = command.get_styles();
    let header = styles.get_header();
    let usage_style = styles.get_usage();
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage_style}{}{usage_style:#}{{usage}}",
        usage.trim_end()
    );
    if usage.ends_with(' ') {
        // Clap writes the space after its heading's style ends.
        let at = template.len() - "{usage}".len();
        template.insert(at, ' ');
    }
    let shown = [
        command.get_subcommands().any(|c| !c.is_hide_set()),
        command.get_positionals().any(|a| !a.is_hide_set()),
        command
            .get_arguments()
            .any(|a| !a.is_positional() && !a.is_hide_set()),
    ];
    let tags = ["{subcommands}", "{positionals}", "{options}"];
    for ((shown, heading), tag) in shown.into_iter().zip(headings).zip(tags) {
        if shown {
            let _ = write!(template, "\n\n{header}{heading}{header:#}\n{tag}");
        }
    }
    template.push_str("{after-help}");
    template
}

/// Clap's usage errors in Chinese: the message from the error's kind and context (the flag,
/// the value, what was expected), then the usage and where to read more, as clap lays them out.
pub struct ChineseErrors;

impl ErrorFormatter for ChineseErrors {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let styles = Styles::styled();
        let error_style = styles.get_error();
        let valid = styles.get_valid();
        let literal = styles.get_literal();
        let mut styled = StyledStr::new();
        let _ = write!(
            styled,
            "{error_style}{}{error_style:#}",
            say(word::ERROR, &[])
        );
        styled.push_str(&message(error));

        let mut tips = Vec::new();
        for (kind, id) in [
            (ContextKind::SuggestedSubcommand, word::SIMILAR_SUBCOMMAND),
            (ContextKind::SuggestedArg, word::SIMILAR_ARGUMENT),
            (ContextKind::SuggestedValue, word::SIMILAR_VALUE),
        ] {
            if let Some(names) = error.get(kind).and_then(strings) {
                let names = names
                    .iter()
                    .map(|name| format!("“{name}”"))
                    .collect::<Vec<_>>();
                tips.push(say(id, &[("names", names.join("、"))]));
            }
        }
        if let Some(ContextValue::StyledStrs(suggestions)) = error.get(ContextKind::Suggested) {
            tips.extend(suggestions.iter().map(|s| suggestion(&s.to_string())));
        }
        if !tips.is_empty() {
            styled.push_str("\n");
        }
        for tip in tips {
            let _ = write!(styled, "\n  {valid}{}{valid:#}{tip}", say(word::TIP, &[]));
        }

        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            styled.push_str("\n\n");
            styled.push_str(&chinese_usage(usage));
        }
        let help = format!("{literal}--help{literal:#}");
        let _ = write!(styled, "\n\n{}\n", say(word::TRY_HELP, &[("help", help)]));
        styled
    }
}

/// A list of names from an error's context.
fn strings(value: &ContextValue) -> Option<Vec<String>> {
    match value {
        ContextValue::String(one) => Some(vec![one.clone()]),
        ContextValue::Strings(many) => Some(many.clone()),
        _ => None,
    }
}

fn string(error: &clap::error::Error<ChineseErrors>, kind: ContextKind) -> Option<String> {
    match error.get(kind)? {
        ContextValue::String(value) => Some(value.clone()),
        _ => None,
    }
}

fn number(error: &clap::error::Error<ChineseErrors>, kind: ContextKind) -> Option<String> {
    match error.get(kind)? {
        ContextValue::Number(value) => Some(value.to_string()),
        _ => None,
    }
}

/// The error's own sentence: which flag, which value, which rule.
fn message(error: &clap::error::Error<ChineseErrors>) -> String {
    let arg = || string(error, ContextKind::InvalidArg).unwrap_or_default();
    let value = || string(error, ContextKind::InvalidValue).unwrap_or_default();
    let list = |kind: ContextKind| {
        error
            .get(kind)
            .and_then(strings)
            .map(|values| values.join(", "))
            .filter(|values| !values.is_empty())
    };
    match error.kind() {
        ErrorKind::UnknownArgument => say(word::UNKNOWN_ARGUMENT, &[("arg", arg())]),
        ErrorKind::InvalidSubcommand => say(
            word::UNKNOWN_SUBCOMMAND,
            &[(
                "name",
                string(error, ContextKind::InvalidSubcommand).unwrap_or_default(),
            )],
        ),
        ErrorKind::MissingRequiredArgument => {
            let mut text = say(word::MISSING_ARGUMENTS, &[]);
            for missing in error
                .get(ContextKind::InvalidArg)
                .and_then(strings)
                .unwrap_or_default()
            {
                let _ = write!(text, "\n  {missing}");
            }
            text
        }
        ErrorKind::MissingSubcommand => {
            let name = string(error, ContextKind::InvalidSubcommand).unwrap_or_default();
            let mut text = say(word::MISSING_SUBCOMMAND, &[("name", name)]);
            if let Some(names) = list(ContextKind::ValidSubcommand) {
                let _ = write!(text, "\n  {}", say(word::SUBCOMMANDS, &[("names", names)]));
            }
            text
        }
        ErrorKind::InvalidValue if value().is_empty() => say(word::NO_VALUE, &[("arg", arg())]),
        ErrorKind::InvalidValue => {
            let mut text = say(word::INVALID_VALUE, &[("arg", arg()), ("value", value())]);
            if let Some(values) = list(ContextKind::ValidValue) {
                let _ = write!(
                    text,
                    "\n  {}",
                    say(word::POSSIBLE_VALUES, &[("values", values)])
                );
            }
            text
        }
        ErrorKind::ValueValidation => {
            let because = std::error::Error::source(error)
                .map(|source| why_invalid(source, &value()))
                .unwrap_or_default();
            if because.is_empty() {
                say(word::INVALID_VALUE, &[("arg", arg()), ("value", value())])
            } else {
                say(
                    word::INVALID_VALUE_BECAUSE,
                    &[("arg", arg()), ("value", value()), ("because", because)],
                )
            }
        }
        ErrorKind::ArgumentConflict => {
            let prior = error.get(ContextKind::PriorArg);
            match (string(error, ContextKind::InvalidArg), prior) {
                (Some(arg), Some(ContextValue::String(prior))) if &arg == prior => {
                    say(word::USED_TWICE, &[("arg", arg)])
                }
                (Some(arg), Some(ContextValue::String(prior))) => {
                    say(word::CONFLICT, &[("arg", arg), ("other", prior.clone())])
                }
                (Some(arg), Some(ContextValue::Strings(others))) => {
                    let mut text = say(word::CONFLICT_WITH_OTHERS, &[("arg", arg)]);
                    for other in others {
                        let _ = write!(text, "\n  {other}");
                    }
                    text
                }
                (Some(arg), _) => say(word::CONFLICT_WITH_OTHERS, &[("arg", arg)]),
                (None, _) => say(
                    word::SUBCOMMAND_CONFLICT,
                    &[(
                        "name",
                        string(error, ContextKind::InvalidSubcommand).unwrap_or_default(),
                    )],
                ),
            }
        }
        ErrorKind::NoEquals => say(word::NO_EQUALS, &[("arg", arg())]),
        ErrorKind::TooManyValues => {
            say(word::TOO_MANY_VALUES, &[("arg", arg()), ("value", value())])
        }
        ErrorKind::TooFewValues => say(
            word::TOO_FEW_VALUES,
            &[
                ("arg", arg()),
                (
                    "min",
                    number(error, ContextKind::MinValues).unwrap_or_default(),
                ),
                (
                    "given",
                    number(error, ContextKind::ActualNumValues).unwrap_or_default(),
                ),
            ],
        ),
        ErrorKind::WrongNumberOfValues => say(
            word::WRONG_NUMBER_OF_VALUES,
            &[
                ("arg", arg()),
                (
                    "expected",
                    number(error, ContextKind::ExpectedNumValues).unwrap_or_default(),
                ),
                (
                    "given",
                    number(error, ContextKind::ActualNumValues).unwrap_or_default(),
                ),
            ],
        ),
        ErrorKind::InvalidUtf8 => say(word::NOT_UTF8, &[]),
        _ => match std::error::Error::source(error) {
            Some(source) => source.to_string(),
            None => say(word::OTHER, &[]),
        },
    }
}

/// Why a value did not parse, in Chinese: the number parsers' reasons, the language's refusal;
/// any other reason as its parser gave it.
fn why_invalid(source: &(dyn std::error::Error + 'static), value: &str) -> String {
    use std::num::IntErrorKind;
    if value.trim().is_empty() {
        return say(word::EMPTY_VALUE, &[]);
    }
    if let Some(int) = source.downcast_ref::<std::num::ParseIntError>() {
        return match int.kind() {
            IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => say(word::OUT_OF_RANGE, &[]),
            IntErrorKind::Empty => say(word::EMPTY_VALUE, &[]),
            _ => say(word::NOT_A_WHOLE_NUMBER, &[]),
        };
    }
    if source.is::<std::num::ParseFloatError>() {
        return say(word::NOT_A_NUMBER, &[]);
    }
    let reason = source.to_string();
    let language = |lang| {
        text_with(
            lang,
            msg::LANGUAGE_UNKNOWN,
            &[("value", MsgArg::from(value))],
        )
    };
    if reason == language(Lang::En) {
        return language(Lang::ZhHans);
    }
    // clap's range check ("70000 is not in 0..=65535") on a number that did parse.
    if value.parse::<i128>().is_ok() {
        return say(word::OUT_OF_RANGE, &[]);
    }
    reason
}

/// Clap's tips that are sentences of its own, in Chinese when they are ones it is known to
/// give (clap 4: passing a flag-like value after `--`; a subcommand written after `--`).
fn suggestion(tip: &str) -> String {
    if let Some(rest) = tip.strip_prefix("to pass '")
        && let Some((arg, _)) = rest.split_once("' as a value")
    {
        return say(word::PASS_AS_VALUE, &[("arg", arg.to_owned())]);
    }
    if let Some(rest) = tip.strip_prefix("subcommand '")
        && let Some((name, _)) = rest.split_once("' exists")
    {
        return say(word::SUBCOMMAND_AFTER_ESCAPE, &[("name", name.to_owned())]);
    }
    tip.to_owned()
}

/// Clap's “Usage: voip-review …” with the Chinese heading, keeping its styles.
fn chinese_usage(usage: &StyledStr) -> String {
    let styles = Styles::styled();
    let style = styles.get_usage();
    let plain = usage.to_string();
    let line = plain.strip_prefix("Usage:").unwrap_or(&plain).trim_start();
    format!("{style}{}{style:#}{line}", say(word::USAGE, &[]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};
    use voip_review_core::i18n::has_chinese;
    use voip_review_core::i18n::terms::missing_terms;

    /// The English command tree as clap shows it (built: global arguments copied down).
    fn english() -> Command {
        let mut command = <crate::Cli as clap::CommandFactory>::command();
        command.build();
        command
    }

    /// Every text the Chinese file must translate: id (with “.long” for the long form) → the
    /// English. Clap's own `help` command and --help/--version are clap's words, not these.
    fn english_texts() -> BTreeMap<String, String> {
        fn walk(command: &Command, path: &str, into: &mut BTreeMap<String, String>) {
            let key = command_key(path);
            if let Some(about) = command.get_about() {
                into.insert(key.to_owned(), about.to_string());
            }
            if let Some(long) = command.get_long_about() {
                into.insert(format!("{key}.long"), long.to_string());
            }
            for arg in command.get_arguments() {
                let builtin = matches!(
                    arg.get_action(),
                    ArgAction::Help
                        | ArgAction::HelpShort
                        | ArgAction::HelpLong
                        | ArgAction::Version
                );
                if builtin || (arg.is_global_set() && !path.is_empty()) {
                    continue;
                }
                let key = arg_key(path, arg);
                if let Some(help) = arg.get_help() {
                    into.insert(key.clone(), help.to_string());
                }
                if let Some(long) = arg.get_long_help() {
                    into.insert(format!("{key}.long"), long.to_string());
                }
            }
            for sub in command.get_subcommands() {
                if sub.get_name() != "help" {
                    walk(sub, &sub_path(path, sub.get_name()), into);
                }
            }
        }
        let mut texts = BTreeMap::new();
        walk(&english(), "", &mut texts);
        texts
    }

    /// Every id of the file (“.long” for a long attribute) with its text.
    fn chinese_texts() -> BTreeMap<String, String> {
        use fluent_syntax::ast::{Entry, PatternElement};
        let resource = fluent_syntax::parser::parse(CHINESE)
            .unwrap_or_else(|(_, errors)| panic!("help.zh-Hans.ftl does not parse: {errors:?}"));
        let mut texts = BTreeMap::new();
        let text = |pattern: &fluent_syntax::ast::Pattern<&str>| {
            pattern
                .elements
                .iter()
                .filter_map(|element| match element {
                    PatternElement::TextElement { value } => Some(*value),
                    PatternElement::Placeable { .. } => None,
                })
                .collect::<String>()
        };
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let id = message.id.name;
                let value = message.value.as_ref().map(text).unwrap_or_default();
                assert!(
                    texts.insert(id.to_owned(), value).is_none(),
                    "{id} is defined twice"
                );
                for attribute in &message.attributes {
                    texts.insert(
                        format!("{id}.{}", attribute.id.name),
                        text(&attribute.value),
                    );
                }
            }
        }
        texts
    }

    #[test]
    fn every_command_and_argument_with_english_help_has_chinese_and_the_file_nothing_else() {
        let english = english_texts();
        assert!(english.contains_key("calc-credit--tiers") && english.contains_key("export-pdf"));
        let chinese = chinese_texts();
        let clap_words: BTreeSet<&str> = word::ALL.iter().copied().collect();
        let missing: Vec<&str> = english
            .keys()
            .map(String::as_str)
            .chain(clap_words.iter().copied())
            .filter(|id| !chinese.contains_key(*id))
            .collect();
        let extra: Vec<_> = chinese
            .keys()
            .filter(|id| !english.contains_key(*id) && !clap_words.contains(id.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "help.zh-Hans.ftl lacks the Chinese of {missing:?}"
        );
        assert!(
            extra.is_empty(),
            "help.zh-Hans.ftl has entries no command or argument has: {extra:?}"
        );
        for (id, text) in &chinese {
            assert!(has_chinese(text), "{id} is not translated: {text:?}");
        }
    }

    #[test]
    fn the_chinese_help_uses_the_approved_terms() {
        let chinese = chinese_texts();
        let mut problems = Vec::new();
        for (id, source) in english_texts() {
            let Some(translation) = chinese.get(&id) else {
                continue; // the test above reports it
            };
            // Names the owner types as they are ($VOIP_REVIEW_DB, --json) are not words.
            let words: Vec<&str> = source
                .split_whitespace()
                .filter(|w| !w.contains('_') && !w.starts_with("--") && !w.starts_with('$'))
                .collect();
            for term in missing_terms(&words.join(" "), translation) {
                problems.push(format!(
                    "{id}: “{translation}” lacks “{term}” (English: {source})"
                ));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn every_command_s_help_is_complete_in_chinese() {
        // Rendered from the tree the CLI parses with: no English text of clap's or of the doc
        // comments is left (flags, value names and examples stay as written).
        fn walk(command: &mut Command, at: &str) {
            for long in [false, true] {
                let help = if long {
                    command.render_long_help()
                } else {
                    command.render_help()
                }
                .to_string();
                for english in [
                    "Usage:",
                    "Commands:",
                    "Options:",
                    "Arguments:",
                    "Print help",
                    "Print version",
                    "Print this message",
                    "[default:",
                    "[possible values:",
                ] {
                    assert!(!help.contains(english), "{at}: {english:?} in\n{help}");
                }
                assert!(help.contains("用法："), "{at}:\n{help}");
            }
            for sub in command.get_subcommands_mut() {
                let at = format!("{at} {}", sub.get_name());
                walk(sub, &at);
            }
        }
        walk(&mut command_in::<crate::Cli>(Lang::ZhHans), ROOT);
    }

    #[test]
    fn the_template_lays_help_out_as_clap_s_own() {
        // With English headings, the template renders exactly clap's default page, so the
        // Chinese pages differ from the English ones only in their words.
        fn walk(command: &Command) {
            for long in [false, true] {
                let render = |mut command: Command| {
                    if long {
                        command.render_long_help()
                    } else {
                        command.render_help()
                    }
                    .to_string()
                };
                let own = render(command.clone());
                let ours = render(command.clone().help_template(layout(
                    command,
                    "Usage: ",
                    ["Commands:", "Arguments:", "Options:"],
                )));
                assert_eq!(ours, own, "{}", command.get_name());
            }
            for sub in command.get_subcommands() {
                walk(sub);
            }
        }
        walk(&english());
    }

    #[test]
    fn wrapped_lines_join_without_spaces_except_between_latin_words() {
        assert_eq!(unwrap_lines("加 --json\n输出"), "加 --json输出");
        assert_eq!(unwrap_lines("用 --link\nppp"), "用 --link ppp");
        assert_eq!(
            unwrap_lines("第一段，\n续。\n\n第二段"),
            "第一段，续。\n\n第二段"
        );
        // Fluent keeps a blank line inside a value: the long help's paragraphs.
        let long = entry("calc-credit", true, &[]).unwrap();
        assert_eq!(long.split("\n\n").count(), 2, "{long}");
        assert!(!long.split("\n\n").any(|p| p.contains('\n')), "{long}");
    }

    #[test]
    fn the_language_is_the_last_lang_flag_before_the_end_of_options() {
        let args = |words: &[&str]| {
            std::iter::once("voip-review")
                .chain(words.iter().copied())
                .map(OsString::from)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            language(&args(&["--lang", "zh-Hans", "--help"])),
            Lang::ZhHans
        );
        assert_eq!(
            language(&args(&["calc", "--lang=zh_CN.UTF-8", "credit"])),
            Lang::ZhHans
        );
        assert_eq!(
            language(&args(&["--lang", "zh-Hans", "list", "--lang", "en"])),
            Lang::En
        );
        // Not --lang: the sample's --language, and anything after `--`.
        assert_eq!(
            language(&args(&["--lang", "en", "sample", "--language", "zh-Hans"])),
            Lang::En
        );
        assert_eq!(
            language(&args(&["--lang", "en", "--", "--lang", "zh"])),
            Lang::En
        );
    }
}
