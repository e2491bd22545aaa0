//! The review record: context, per-area state and typed answers.

use crate::i18n::{Arg, Lang, msg, text, text_with};
use crate::money::Money;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

pub type ReviewId = i64;

/// The user's verdict on one area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    #[default]
    NotReviewed,
    Acceptable,
    Negotiate,
    DealBreaker,
    NotApplicable,
}

impl Rating {
    pub const ALL: [Rating; 5] = [
        Rating::NotReviewed,
        Rating::Acceptable,
        Rating::Negotiate,
        Rating::DealBreaker,
        Rating::NotApplicable,
    ];

    /// The order an area's verdict is offered in: the decisions first, "not reviewed" last.
    pub const OFFERED: [Rating; 5] = [
        Rating::Acceptable,
        Rating::Negotiate,
        Rating::DealBreaker,
        Rating::NotApplicable,
        Rating::NotReviewed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Rating::NotReviewed => "not_reviewed",
            Rating::Acceptable => "acceptable",
            Rating::Negotiate => "negotiate",
            Rating::DealBreaker => "deal_breaker",
            Rating::NotApplicable => "not_applicable",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Rating::NotReviewed => "Not reviewed",
            Rating::Acceptable => "Acceptable",
            Rating::Negotiate => "Negotiate",
            Rating::DealBreaker => "Deal-breaker",
            Rating::NotApplicable => "Not applicable",
        }
    }

    /// [`Rating::label`] in `lang`: "Deal-breaker", "不可接受".
    pub fn label_in(self, lang: Lang) -> String {
        text(
            lang,
            match self {
                Rating::NotReviewed => msg::CONTENT_RATING_NOT_REVIEWED,
                Rating::Acceptable => msg::CONTENT_RATING_ACCEPTABLE,
                Rating::Negotiate => msg::CONTENT_RATING_NEGOTIATE,
                Rating::DealBreaker => msg::CONTENT_RATING_DEAL_BREAKER,
                Rating::NotApplicable => msg::CONTENT_RATING_NOT_APPLICABLE,
            },
        )
    }

    pub fn parse(text: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum YesNo {
    Yes,
    No,
    NotSure,
}

impl YesNo {
    pub const ALL: [YesNo; 3] = [YesNo::Yes, YesNo::No, YesNo::NotSure];

    pub fn label(self) -> &'static str {
        match self {
            YesNo::Yes => "Yes",
            YesNo::No => "No",
            YesNo::NotSure => "Not sure",
        }
    }

    /// [`YesNo::label`] in `lang`: "Not sure", "不确定".
    pub fn label_in(self, lang: Lang) -> String {
        text(
            lang,
            match self {
                YesNo::Yes => msg::CONTENT_YES,
                YesNo::No => msg::CONTENT_NO,
                YesNo::NotSure => msg::CONTENT_NOT_SURE,
            },
        )
    }
}

/// A typed answer. The variant must match the question's kind in the template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(
    tag = "type",
    content = "value",
    rename_all = "snake_case",
    deny_unknown_fields
)]
pub enum AnswerValue {
    YesNo(YesNo),
    Integer(i64),
    Decimal(f64),
    Money(Money),
    Percent(f64),
    Days(i64),
    Months(i64),
    /// `YYYY-MM-DD`; checked to be a real calendar date.
    Date(String),
    /// The id of the chosen option.
    Choice(String),
    /// The ids of the chosen options, in template order.
    MultiChoice(Vec<String>),
    Text(String),
}

impl AnswerValue {
    /// "Not sure" answers become questions for the provider.
    pub fn is_not_sure(&self) -> bool {
        match self {
            AnswerValue::YesNo(YesNo::NotSure) => true,
            AnswerValue::Choice(id) => id == NOT_SURE_OPTION,
            _ => false,
        }
    }
}

/// The option id that choice questions use for "not sure".
pub const NOT_SURE_OPTION: &str = "not_sure";

/// Whether the quoted monthly charge is for the whole account or for each seat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ChargeBasis {
    #[default]
    Total,
    PerSeat,
}

impl ChargeBasis {
    /// In the order the form offers them.
    pub const ALL: [ChargeBasis; 2] = [ChargeBasis::Total, ChargeBasis::PerSeat];

    // One wording everywhere (content.ftl): the form, the history, error messages, the summary
    // and the PDF read the same words in both languages.

    /// The field's label: "The charge is for", "月费计费方式".
    pub fn field_label_in(lang: Lang) -> String {
        text(lang, msg::CONTENT_CHARGE_BASIS_FIELD)
    }

    /// The choice, after the field's label (short enough for a quarter-width column), and the
    /// value the history shows: "the account", "each seat"; "整个账户", "每个座席".
    pub fn label_in(self, lang: Lang) -> String {
        text(
            lang,
            match self {
                ChargeBasis::Total => msg::CONTENT_CHARGE_BASIS_TOTAL,
                ChargeBasis::PerSeat => msg::CONTENT_CHARGE_BASIS_PER_SEAT,
            },
        )
    }

    /// A monthly charge (`amount`, already formatted) on this basis, with the choice's own
    /// words: "USD 25.00 a month for each seat", "每个座席每月 $25.00".
    pub fn charge_in(self, lang: Lang, amount: &str) -> String {
        text_with(
            lang,
            msg::CONTENT_CHARGE_BASIS_CHARGE,
            &[
                ("amount", Arg::from(amount)),
                ("basis", Arg::from(self.label_in(lang))),
            ],
        )
    }
}

/// Who is reviewing which quote. Text fields are trimmed when saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ReviewContext {
    pub reviewer: String,
    pub company: String,
    pub provider: String,
    pub plan: String,
    pub quote_reference: String,
    /// `YYYY-MM-DD`, or null when not known.
    pub quote_date: Option<String>,
    pub term_months: u32,
    /// Planned start (go-live) date, `YYYY-MM-DD`.
    pub start_date: Option<String>,
    pub seats: Option<u32>,
    /// Monthly recurring charge in minor units of `currency`.
    pub monthly_charge_minor: Option<i64>,
    pub monthly_charge_basis: ChargeBasis,
    pub currency: String,
}

pub const DEFAULT_TERM_MONTHS: u32 = 36;

impl Default for ReviewContext {
    fn default() -> Self {
        ReviewContext {
            reviewer: String::new(),
            company: String::new(),
            provider: String::new(),
            plan: String::new(),
            quote_reference: String::new(),
            quote_date: None,
            term_months: DEFAULT_TERM_MONTHS,
            start_date: None,
            seats: None,
            monthly_charge_minor: None,
            monthly_charge_basis: ChargeBasis::Total,
            currency: "USD".to_owned(),
        }
    }
}

/// The user's work on one of the ten areas.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct AreaState {
    pub area_id: String,
    pub rating: Rating,
    pub notes: String,
    /// Where in the contract, e.g. "Schedule B, clause 4.2".
    pub clause_reference: String,
    /// The clause quoted word for word.
    pub clause_text: String,
}

impl AreaState {
    pub fn new(area_id: &str) -> Self {
        AreaState {
            area_id: area_id.to_owned(),
            rating: Rating::NotReviewed,
            notes: String::new(),
            clause_reference: String::new(),
            clause_text: String::new(),
        }
    }
}

/// The free-text fields of an area, edited one at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AreaTextField {
    Notes,
    ClauseReference,
    ClauseText,
}

impl AreaTextField {
    pub fn column(self) -> &'static str {
        match self {
            AreaTextField::Notes => "notes",
            AreaTextField::ClauseReference => "clause_reference",
            AreaTextField::ClauseText => "clause_text",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AreaTextField::Notes => "Notes",
            AreaTextField::ClauseReference => "Clause reference",
            AreaTextField::ClauseText => "Quoted clause text",
        }
    }

    /// [`AreaTextField::label`] in `lang`.
    pub fn label_in(self, lang: Lang) -> String {
        text(
            lang,
            match self {
                AreaTextField::Notes => msg::CONTENT_FIELD_NOTES,
                AreaTextField::ClauseReference => msg::CONTENT_FIELD_CLAUSE_REFERENCE,
                AreaTextField::ClauseText => msg::CONTENT_FIELD_CLAUSE_TEXT,
            },
        )
    }

    /// The field's id in [`crate::limits::FIELD_LIMITS`].
    pub fn limit_id(self) -> &'static str {
        match self {
            AreaTextField::Notes => "area.notes",
            AreaTextField::ClauseReference => "area.clause_reference",
            AreaTextField::ClauseText => "area.clause_text",
        }
    }
}

/// The approver's decision on the sign-off sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Approve,
    ApproveWithConditions,
    Reject,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Approve => "approve",
            Decision::ApproveWithConditions => "approve_with_conditions",
            Decision::Reject => "reject",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Decision::Approve => "Approve",
            Decision::ApproveWithConditions => "Approve with conditions",
            Decision::Reject => "Reject",
        }
    }

    /// [`Decision::label`] in `lang`: "Approve with conditions", "有条件批准".
    pub fn label_in(self, lang: Lang) -> String {
        text(
            lang,
            match self {
                Decision::Approve => msg::CONTENT_DECISION_APPROVE,
                Decision::ApproveWithConditions => msg::CONTENT_DECISION_APPROVE_WITH_CONDITIONS,
                Decision::Reject => msg::CONTENT_DECISION_REJECT,
            },
        )
    }

    pub const ALL: [Decision; 3] = [
        Decision::Approve,
        Decision::ApproveWithConditions,
        Decision::Reject,
    ];

    pub fn parse(text: &str) -> Option<Decision> {
        Decision::ALL.into_iter().find(|d| d.as_str() == text)
    }
}

/// Who approves the contract and how; printed on the PDF above the signature lines. The
/// reviewer is the context's reviewer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SignOff {
    pub approver_name: String,
    pub approver_role: String,
    pub decision: Option<Decision>,
    pub conditions: String,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
}

/// One field of the context, saved on its own so an edit never writes back other fields from a
/// possibly stale copy. Whole numbers arrive as `i64` so an out-of-range entry gets the field's
/// rule, not a deserialisation error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "field", content = "value", rename_all = "snake_case")]
pub enum ContextEdit {
    Reviewer(String),
    Company(String),
    Provider(String),
    Plan(String),
    QuoteReference(String),
    QuoteDate(Option<String>),
    TermMonths(i64),
    StartDate(Option<String>),
    Seats(Option<i64>),
    /// The amount and its currency together: the minor units depend on the currency.
    MonthlyCharge {
        minor: Option<i64>,
        currency: String,
    },
    MonthlyChargeBasis(ChargeBasis),
}

/// One field of the sign-off sheet, saved on its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "field", content = "value", rename_all = "snake_case")]
pub enum SignOffEdit {
    ApproverName(String),
    ApproverRole(String),
    Decision(Option<Decision>),
    Conditions(String),
    Date(Option<String>),
}

/// A whole review as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Review {
    pub id: ReviewId,
    pub is_example: bool,
    pub context: ReviewContext,
    /// The ten areas in template order.
    pub areas: Vec<AreaState>,
    /// Answers by question id; unanswered questions are absent.
    pub answers: BTreeMap<String, AnswerValue>,
    pub signoff: SignOff,
    /// Competing quotes collected for comparison, in the order they were added.
    pub quotes: Vec<CompetitorQuote>,
    /// `YYYY-MM-DD` the contract was signed; null while it is still a review. A signed review is
    /// a contract in force: its deadlines are tracked (`crate::deadlines`).
    pub signed_on: Option<String>,
    /// The language of the review's sign-off PDF and notice letter, whoever exports it: a
    /// Chinese review exported by an English-speaking accountant stays Chinese.
    #[serde(default)]
    pub language: crate::i18n::Lang,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub updated_at: String,
    /// Grows by one with every saved change.
    pub revision: i64,
}

/// A competing quote, entered for comparison with the one under review. Amounts are in the
/// review's currency. A term means a contract of that length; 0 is month-to-month. What the
/// quote does not state (seats, taxes, an escalator) is `None`, and the like-for-like
/// comparison says what it assumed instead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct QuoteInput {
    pub provider: String,
    /// Monthly total, all seats, in minor units.
    #[ts(type = "number")]
    pub monthly_minor: i64,
    /// Contract term in months; 0 for month-to-month (no contract).
    pub term_months: u32,
    /// Setup, hardware and other one-time costs, in minor units.
    #[ts(type = "number")]
    pub upfront_minor: i64,
    /// Seats (lines) the monthly total is for; `None` when the quote does not say.
    pub seats: Option<u32>,
    /// Taxes and regulatory fees on top of the monthly total, percent (0 when included);
    /// `None` when the quote does not say.
    pub taxes_percent: Option<f64>,
    /// Annual price increase, percent (0 when the price is locked); `None` when not stated.
    pub escalator_percent: Option<f64>,
    /// Key differences: features, support, SLA.
    pub notes: String,
}

impl QuoteInput {
    /// A term entered means a contract; 0 months is month-to-month.
    pub fn is_contract(&self) -> bool {
        self.term_months > 0
    }
}

/// A stored competing quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CompetitorQuote {
    pub id: i64,
    #[serde(flatten)]
    pub quote: QuoteInput,
}

/// How many areas carry each rating.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RatingCounts {
    pub not_reviewed: u32,
    pub acceptable: u32,
    pub negotiate: u32,
    pub deal_breaker: u32,
    pub not_applicable: u32,
}

impl RatingCounts {
    pub fn add(&mut self, rating: Rating) {
        match rating {
            Rating::NotReviewed => self.not_reviewed += 1,
            Rating::Acceptable => self.acceptable += 1,
            Rating::Negotiate => self.negotiate += 1,
            Rating::DealBreaker => self.deal_breaker += 1,
            Rating::NotApplicable => self.not_applicable += 1,
        }
    }

    /// Areas the user has decided on (any rating but "not reviewed").
    pub fn reviewed(&self) -> u32 {
        self.acceptable + self.negotiate + self.deal_breaker + self.not_applicable
    }
}

/// One row of the home screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ReviewListItem {
    pub id: ReviewId,
    pub is_example: bool,
    /// What the list shows: the provider, or the example's title.
    pub title: String,
    pub provider: String,
    pub plan: String,
    pub company: String,
    pub quote_reference: String,
    pub reviewed_areas: u32,
    pub total_areas: u32,
    pub ratings: RatingCounts,
    pub updated_at: String,
    /// `YYYY-MM-DD` the contract was signed: a contract in force. Null for a review.
    pub signed_on: Option<String>,
}

/// Returned by every write once it is committed: the UI shows "Saved" only on receiving it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaveReceipt {
    pub revision: i64,
    pub updated_at: String,
}

/// Paper size for printed summaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    /// In the order the summary offers them.
    pub const ALL: [Paper; 2] = [Paper::A4, Paper::Letter];

    pub fn label(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "US Letter",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "letter",
        }
    }

    /// The paper's name for a menu: "A4", "US Letter"; "A4 纸", "美国信纸（Letter）".
    pub fn label_in(self, lang: Lang) -> String {
        text(
            lang,
            match self {
                Paper::A4 => msg::CONTENT_PAPER_A4,
                Paper::Letter => msg::CONTENT_PAPER_LETTER,
            },
        )
    }

    pub fn parse(text: &str) -> Option<Paper> {
        match text.to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "letter" | "us-letter" => Some(Paper::Letter),
            _ => None,
        }
    }

    /// Letter where the locale's territory uses it (the Americas' Letter countries and the
    /// Philippines), A4 everywhere else. Reads `LC_ALL`, `LC_PAPER`, then `LANG`.
    pub fn from_locale() -> Paper {
        let locale = ["LC_ALL", "LC_PAPER", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.is_empty())
            .unwrap_or_default();
        Paper::for_locale(&locale)
    }

    pub fn for_locale(locale: &str) -> Paper {
        let territory = locale
            .split(['.', '@'])
            .next()
            .and_then(|l| l.split('_').nth(1))
            .unwrap_or("");
        match territory {
            "US" | "CA" | "MX" | "CL" | "CO" | "VE" | "PH" | "PR" | "GT" | "CR" | "PA" | "SV"
            | "NI" | "DO" => Paper::Letter,
            _ => Paper::A4,
        }
    }
}

/// What the app knows at start: where its data is, and whether the store could be opened.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct AppStatus {
    pub db_path: Option<String>,
    /// Set when the database could not be opened; the UI shows it instead of the reviews.
    pub error: Option<crate::error::ApiError>,
    /// Set when the daily backup could not be taken: the reviews are fine, the user should know.
    pub backup_warning: Option<String>,
    pub version: String,
}

/// What an export wrote, for the app to report.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct ExportResult {
    pub path: String,
    pub pages: u32,
    pub bytes: u64,
    pub fingerprint: String,
    /// Characters that no installed font could show; printed as □.
    pub missing_characters: String,
}

#[cfg(test)]
mod label_tests {
    use super::*;

    #[test]
    fn labels_in_english_are_the_labels_and_chinese_uses_the_approved_terms() {
        for rating in Rating::ALL {
            assert_eq!(rating.label_in(Lang::En), rating.label());
        }
        for answer in YesNo::ALL {
            assert_eq!(answer.label_in(Lang::En), answer.label());
        }
        for decision in Decision::ALL {
            assert_eq!(decision.label_in(Lang::En), decision.label());
        }
        for field in [
            AreaTextField::Notes,
            AreaTextField::ClauseReference,
            AreaTextField::ClauseText,
        ] {
            assert_eq!(field.label_in(Lang::En), field.label());
        }
        let chinese: Vec<String> = Rating::OFFERED
            .iter()
            .map(|r| r.label_in(Lang::ZhHans))
            .collect();
        assert_eq!(
            chinese,
            ["可接受", "需谈判", "不可接受", "不适用", "未评级"]
        );
        assert_eq!(YesNo::NotSure.label_in(Lang::ZhHans), "不确定");
        assert_eq!(
            Decision::ApproveWithConditions.label_in(Lang::ZhHans),
            "有条件批准"
        );
        assert_eq!(ChargeBasis::PerSeat.label_in(Lang::ZhHans), "每个座席");
        assert_eq!(Paper::Letter.label_in(Lang::ZhHans), "美国信纸（Letter）");
    }

    /// The form reads "The charge is for [each seat]"; the history, the summary and the PDF
    /// repeat the choice's words, in both languages.
    #[test]
    fn a_charge_basis_reads_as_the_forms_choice_everywhere() {
        assert_eq!(ChargeBasis::field_label_in(Lang::En), "The charge is for");
        assert_eq!(ChargeBasis::field_label_in(Lang::ZhHans), "月费计费方式");
        let words = |lang| ChargeBasis::ALL.map(|b| b.label_in(lang));
        assert_eq!(words(Lang::En), ["the account", "each seat"]);
        assert_eq!(words(Lang::ZhHans), ["整个账户", "每个座席"]);
        assert_eq!(
            ChargeBasis::PerSeat.charge_in(Lang::En, "USD 25.00"),
            "USD 25.00 a month for each seat"
        );
        assert_eq!(
            ChargeBasis::Total.charge_in(Lang::En, "USD 342.00"),
            "USD 342.00 a month for the account"
        );
        assert_eq!(
            ChargeBasis::PerSeat.charge_in(Lang::ZhHans, "$25.00"),
            "每个座席每月 $25.00"
        );
        assert_eq!(
            ChargeBasis::Total.charge_in(Lang::ZhHans, "$342.00"),
            "整个账户每月 $342.00"
        );
        // Each charge holds its choice's words.
        for lang in Lang::ALL {
            for basis in ChargeBasis::ALL {
                assert!(basis.charge_in(lang, "1").contains(&basis.label_in(lang)));
            }
        }
    }
}
