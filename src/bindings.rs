//! The TypeScript declarations of every type that crosses to the UI, generated from the Rust
//! types with ts-rs. `tests/bindings.rs` fails when `ui/src/lib/bindings.ts` is stale.

use crate::error::{ApiError, ErrorCode};
use crate::i18n::Lang;
use crate::insights::compare::{ComparedReview, QuoteRow};
use crate::insights::{
    Figure, Flag, Insights, KeyFigure, ProviderQuestion, QuestionSource, QuoteComparison,
    ReviewComparison, RuleView, Severity, Suggestion, Tone,
};
use crate::model::{
    AnswerValue, AppStatus, AreaState, AreaTextField, ChargeBasis, CompetitorQuote, ContextEdit,
    Decision, ExportResult, Paper, QuoteInput, Rating, RatingCounts, Review, ReviewContext,
    ReviewListItem, SaveReceipt, SignOff, SignOffEdit, YesNo,
};
use crate::money::Money;
use crate::report::{OpenQuestion, ReviewReport, ReviewStatus};
use crate::template::{Area, AskedOf, ChoiceOption, Question, QuestionKind, ShowIf, Template};
use ts_rs::{Config, TS};

/// Where the generated file lives, relative to the workspace root.
pub const BINDINGS_PATH: &str = "ui/src/lib/bindings.ts";

pub fn typescript() -> String {
    // i64 ids, revisions and money stay far below 2^53, so plain numbers are exact.
    let cfg = Config::new().with_large_int("number");
    let decls = [
        ErrorCode::decl(&cfg),
        ApiError::decl(&cfg),
        AppStatus::decl(&cfg),
        Money::decl(&cfg),
        Rating::decl(&cfg),
        YesNo::decl(&cfg),
        AnswerValue::decl(&cfg),
        ChargeBasis::decl(&cfg),
        ReviewContext::decl(&cfg),
        AreaState::decl(&cfg),
        AreaTextField::decl(&cfg),
        Decision::decl(&cfg),
        SignOff::decl(&cfg),
        ContextEdit::decl(&cfg),
        SignOffEdit::decl(&cfg),
        Paper::decl(&cfg),
        Lang::decl(&cfg),
        ExportResult::decl(&cfg),
        Review::decl(&cfg),
        RatingCounts::decl(&cfg),
        ReviewListItem::decl(&cfg),
        SaveReceipt::decl(&cfg),
        ReviewStatus::decl(&cfg),
        OpenQuestion::decl(&cfg),
        ReviewReport::decl(&cfg),
        Template::decl(&cfg),
        crate::glossary::GlossaryEntry::decl(&cfg),
        Area::decl(&cfg),
        Question::decl(&cfg),
        ShowIf::decl(&cfg),
        AskedOf::decl(&cfg),
        QuestionKind::decl(&cfg),
        ChoiceOption::decl(&cfg),
        QuoteInput::decl(&cfg),
        CompetitorQuote::decl(&cfg),
        Tone::decl(&cfg),
        Figure::decl(&cfg),
        KeyFigure::decl(&cfg),
        Severity::decl(&cfg),
        Flag::decl(&cfg),
        Suggestion::decl(&cfg),
        RuleView::decl(&cfg),
        QuestionSource::decl(&cfg),
        ProviderQuestion::decl(&cfg),
        QuoteRow::decl(&cfg),
        QuoteComparison::decl(&cfg),
        Insights::decl(&cfg),
        ComparedReview::decl(&cfg),
        ReviewComparison::decl(&cfg),
        crate::store::BackupReason::decl(&cfg),
        crate::store::BackupInfo::decl(&cfg),
        crate::display::HistoryEntry::decl(&cfg),
        crate::store::TrashedReview::decl(&cfg),
        crate::dates::DateChoice::decl(&cfg),
        crate::dates::DateEntry::decl(&cfg),
        crate::store::ReviewPlace::decl(&cfg),
        crate::contract::DocumentKind::decl(&cfg),
        crate::contract::ContractDocument::decl(&cfg),
        crate::contract::Location::decl(&cfg),
        crate::contract::Passage::decl(&cfg),
        crate::contract::Suggestion::decl(&cfg),
        crate::contract::Referral::decl(&cfg),
        crate::contract::Reading::decl(&cfg),
        crate::contract::ReadProgress::decl(&cfg),
        crate::contract::GuideItem::decl(&cfg),
        crate::store::AcceptedValue::decl(&cfg),
        crate::help::HelpTopic::decl(&cfg),
        crate::help::QuestionHelp::decl(&cfg),
        crate::help::FlagHelp::decl(&cfg),
        crate::help::AreaHelp::decl(&cfg),
        crate::help::Shortcut::decl(&cfg),
        crate::help::Help::decl(&cfg),
        crate::calc::dates::DeadlineStatus::decl(&cfg),
        crate::deadlines::DeadlineKind::decl(&cfg),
        crate::deadlines::Deadline::decl(&cfg),
        crate::deadlines::ContractDeadlines::decl(&cfg),
        crate::deadlines::DeadlinesOverview::decl(&cfg),
        crate::deadlines::CalendarExport::decl(&cfg),
        crate::deadlines::letter::NoticeLetter::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types by ts-rs (src/bindings.rs). Do not edit by hand:\n\
         // run `UPDATE_BINDINGS=1 cargo test --test bindings` after changing a type.\n\n",
    );
    for decl in decls {
        out.push_str("export ");
        out.push_str(&decl);
        out.push_str("\n\n");
    }
    out.push_str(&constants());
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// Each value's wire name with its label.
fn labelled<T: serde::Serialize + Copy>(
    values: &[T],
    label: fn(T) -> &'static str,
) -> Vec<(String, &'static str)> {
    values.iter().map(|v| (wire_name(v), label(*v))).collect()
}

/// How an enum value crosses to the UI (`deal_breaker`).
fn wire_name(value: &impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        other => panic!("a unit variant serialises to a string, not {other:?}"),
    }
}

/// The core's rules and words the UI shows or checks as the user types, as constants (the UI
/// keeps no copy of its own): currencies, amounts, labels and field limits.
fn constants() -> String {
    use serde_json::{Map, Value, json};
    let to_text = |value: &Value| serde_json::to_string(value).expect("JSON values serialise");
    let labels = |pairs: Vec<(String, &str)>| {
        Value::Object(
            pairs
                .into_iter()
                .map(|(key, label)| (key, Value::from(label)))
                .collect::<Map<_, _>>(),
        )
    };
    let currencies: Vec<Value> = crate::money::CURRENCIES
        .iter()
        .map(|(code, digits)| json!({ "code": code, "minor_digits": digits }))
        .collect();
    let rating_labels = labels(labelled(&Rating::ALL, Rating::label));
    let status_labels = labels(labelled(&ReviewStatus::ALL, ReviewStatus::label));
    // In the order the forms offer them.
    let ordered_labels = |pairs: Vec<(String, &str)>| {
        Value::Array(
            pairs
                .into_iter()
                .map(|(id, label)| json!({ "id": id, "label": label }))
                .collect(),
        )
    };
    let decisions = ordered_labels(labelled(&Decision::ALL, Decision::label));
    let yes_no = ordered_labels(labelled(&YesNo::ALL, YesNo::label));
    let papers = ordered_labels(labelled(&Paper::ALL, Paper::label));
    // Worded in every language (ChargeBasis::label_in, charge_in): the form, the summary, the
    // history and the PDF read the same words. `{{amount}}` is filled in by the UI.
    let in_every_lang = |words: &dyn Fn(Lang) -> String| {
        Value::Object(
            Lang::ALL
                .iter()
                .map(|&lang| (lang.tag().to_owned(), Value::from(words(lang))))
                .collect::<Map<_, _>>(),
        )
    };
    let charge_bases = Value::Array(
        ChargeBasis::ALL
            .iter()
            .map(|&basis| {
                json!({
                    "id": wire_name(&basis),
                    "label": in_every_lang(&|lang| basis.label_in(lang)),
                    "charge": in_every_lang(&|lang| basis.charge_in(lang, "{{amount}}")),
                })
            })
            .collect(),
    );
    let charge_basis_field = in_every_lang(&ChargeBasis::field_label_in);
    let currency_signs: Vec<Value> = crate::money::CURRENCY_SIGNS
        .iter()
        .map(|(sign, codes)| json!({ "sign": sign, "currencies": codes }))
        .collect();
    let limits = Value::Object(
        crate::limits::FIELD_LIMITS
            .iter()
            .map(|l| (l.field.to_owned(), Value::from(l.max_chars)))
            .collect(),
    );
    use crate::insights::compare::{COMPARE_MAX, COMPARE_MIN};
    [
        "// The core's rules and labels (src/bindings.rs `constants`).\n".to_owned(),
        format!(
            "/** The currencies offered, with the digits of their minor unit (cents: 2). */\n\
             export const CURRENCIES: readonly {{ code: string; minor_digits: number }}[] = {};\n",
            to_text(&Value::Array(currencies))
        ),
        format!(
            "/** The largest amount anywhere, in minor units. */\nexport const MAX_MINOR = {};\n",
            crate::money::MAX_MINOR
        ),
        format!(
            "/** The signs typed with an amount, with the currencies each stands for. */\n\
             export const CURRENCY_SIGNS: readonly {{ sign: string; currencies: readonly string[] }}[] = {};\n",
            to_text(&Value::Array(currency_signs))
        ),
        format!(
            "export const RATING_LABELS: Record<Rating, string> = {};\n",
            to_text(&rating_labels)
        ),
        format!(
            "/** An area's verdicts, in the order offered. */\n\
             export const RATINGS: readonly Rating[] = {};\n",
            to_text(&Value::Array(
                Rating::OFFERED
                    .iter()
                    .map(|r| Value::from(wire_name(r)))
                    .collect()
            ))
        ),
        format!(
            "export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {};\n",
            to_text(&labels(labelled(
                &crate::store::BackupReason::ALL,
                crate::store::BackupReason::label
            )))
        ),
        format!(
            "export const STATUS_LABELS: Record<ReviewStatus, string> = {};\n",
            to_text(&status_labels)
        ),
        format!(
            "/** The sign-off decisions, in the order offered. */\n\
             export const DECISIONS: readonly {{ id: Decision; label: string }}[] = {};\n",
            to_text(&decisions)
        ),
        format!(
            "/** The answers of a yes/no question, in the order offered. */\n\
             export const YES_NO: readonly {{ id: YesNo; label: string }}[] = {};\n",
            to_text(&yes_no)
        ),
        format!(
            "/** The paper sizes of printed summaries and letters, in the order offered. */\n\
             export const PAPERS: readonly {{ id: Paper; label: string }}[] = {};\n",
            to_text(&papers)
        ),
        format!(
            "/** The label of the field saying what a quoted monthly charge covers, in each language. */\n\
             export const CHARGE_BASIS_FIELD: Record<Lang, string> = {};\n",
            to_text(&charge_basis_field)
        ),
        format!(
            "/** What a quoted monthly charge covers, in the order offered: the choice after\n \
             * CHARGE_BASIS_FIELD and a charge on that basis (`{{{{amount}}}}` to fill in), in each language. */\n\
             export const CHARGE_BASES: readonly {{ id: ChargeBasis; label: Record<Lang, string>; charge: Record<Lang, string> }}[] = {};\n",
            to_text(&charge_bases)
        ),
        format!(
            "/** The most characters each free-text field may hold (area fields: `area.<field>`). */\n\
             export const FIELD_LIMITS = {} as const;\n",
            to_text(&limits)
        ),
        format!(
            "/** The rules a competing quote's form states as the owner types (src/validate.rs). */\n\
             export const QUOTE_RULES = {} as const;\n",
            to_text(&json!({
                "provider": crate::validate::required_rule("quote.provider"),
                "term": crate::validate::quote_term_rule(),
                "seats": crate::validate::QUOTE_SEATS_RULE,
                "percent": crate::validate::QUOTE_PERCENT_RULE,
            }))
        ),
        format!(
            "/** How many reviews one comparison holds. */\n\
             export const COMPARE_MIN = {};\nexport const COMPARE_MAX = {};\n",
            COMPARE_MIN, COMPARE_MAX
        ),
    ]
    .join("\n")
}
