//! The TypeScript declarations of every type that crosses to the UI, generated from the Rust
//! types with ts-rs. `tests/bindings.rs` fails when `ui/src/lib/bindings.ts` is stale.

use crate::error::{ApiError, ErrorCode};
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
        crate::store::HistoryEntry::decl(&cfg),
        crate::store::TrashedReview::decl(&cfg),
        crate::dates::DateChoice::decl(&cfg),
        crate::dates::DateEntry::decl(&cfg),
        crate::store::ReviewPlace::decl(&cfg),
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
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
