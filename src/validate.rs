//! Every rule on user input, enforced here in the core so the app, the CLI and imports all
//! refuse the same things with the same words. Messages name the field and the rule.

use crate::error::{Error, Result, Words};
use crate::i18n::{Key, Lang, msg};
use crate::limits::max_chars;
use crate::model::{AnswerValue, AreaTextField, ReviewContext};
use crate::money;
use crate::template::{Question, QuestionKind};
use chrono::NaiveDate;

pub const SEATS_MAX: u32 = 10_000;
pub const TERM_MIN: u32 = 1;
pub const TERM_MAX: u32 = 120;
/// The rule of the seat count, in English (the UI's bindings); messages use the catalog's
/// `error-rule-seats`, which a test keeps equal to this.
pub const SEATS_RULE: &str = "must be between 1 and 10,000";

/// The rule of the contract term, in the words every message uses.
pub fn term_rule() -> String {
    term_rule_words().render(Lang::En)
}

pub(crate) fn term_rule_words() -> Words {
    Words::msg_with(
        msg::ERROR_RULE_TERM,
        vec![
            ("min", Words::Plain(TERM_MIN.to_string())),
            ("max", Words::Plain(TERM_MAX.to_string())),
        ],
    )
}

/// The rule of a competing quote's seat count (English; the catalog's `error-rule-quote-seats`).
pub const QUOTE_SEATS_RULE: &str = "must be between 1 and 10,000, or not stated";
/// The rule of a competing quote's taxes and escalator (English; `error-rule-quote-percent`).
pub const QUOTE_PERCENT_RULE: &str = "must be a number from 0 to 100 %, or not stated";

/// The rule of a competing quote's term.
pub fn quote_term_rule() -> String {
    quote_term_rule_words().render(Lang::En)
}

pub(crate) fn quote_term_rule_words() -> Words {
    Words::msg_with(
        msg::ERROR_RULE_QUOTE_TERM,
        vec![("max", Words::Plain(TERM_MAX.to_string()))],
    )
}

/// Checks a context and returns it with text trimmed. Nothing is written when this fails.
pub fn context(input: &ReviewContext) -> Result<ReviewContext> {
    let (ctx, problems) = checked_context(input);
    match problems.into_iter().next() {
        Some(first) => Err(first),
        None => Ok(ctx),
    }
}

/// Every problem of a context at once, one per field, in the order of the form (the New review
/// form shows them all together rather than one per press of Create).
pub fn context_problems(input: &ReviewContext) -> Vec<Error> {
    checked_context(input).1
}

fn checked_context(input: &ReviewContext) -> (ReviewContext, Vec<Error>) {
    let mut ctx = input.clone();
    let mut problems = Vec::new();
    for (field, label, value) in [
        (
            "context.reviewer",
            msg::ERROR_LABEL_REVIEWER,
            &mut ctx.reviewer,
        ),
        (
            "context.company",
            msg::ERROR_LABEL_COMPANY,
            &mut ctx.company,
        ),
        (
            "context.provider",
            msg::ERROR_LABEL_PROVIDER,
            &mut ctx.provider,
        ),
        ("context.plan", msg::ERROR_LABEL_PLAN, &mut ctx.plan),
        (
            "context.quote_reference",
            msg::ERROR_LABEL_QUOTE_REFERENCE,
            &mut ctx.quote_reference,
        ),
    ] {
        if let Err(e) = short_text(field, label, value) {
            problems.push(e);
        }
    }
    if ctx.provider.is_empty()
        && !problems
            .iter()
            .any(|e| e.field() == Some("context.provider"))
    {
        problems.push(Error::invalid(
            "context.provider",
            msg::ERROR_LABEL_PROVIDER,
            required_rule_words("context.provider"),
        ));
    }
    if !(TERM_MIN..=TERM_MAX).contains(&ctx.term_months) {
        problems.push(Error::invalid(
            "context.term_months",
            msg::ERROR_LABEL_CONTRACT_TERM,
            term_rule_words(),
        ));
    }
    if let Some(seats) = ctx.seats
        && !(1..=SEATS_MAX).contains(&seats)
    {
        problems.push(Error::invalid(
            "context.seats",
            msg::ERROR_LABEL_SEATS,
            msg::ERROR_RULE_SEATS,
        ));
    }
    match optional_date(
        "context.quote_date",
        msg::ERROR_LABEL_QUOTE_DATE,
        ctx.quote_date.as_deref(),
    ) {
        Ok(date) => ctx.quote_date = date,
        Err(e) => problems.push(e),
    }
    match optional_date(
        "context.start_date",
        msg::ERROR_LABEL_START_DATE,
        ctx.start_date.as_deref(),
    ) {
        Ok(date) => ctx.start_date = date,
        Err(e) => problems.push(e),
    }
    ctx.currency = ctx.currency.trim().to_ascii_uppercase();
    match money::check_currency("context.currency", msg::ERROR_LABEL_CURRENCY, &ctx.currency) {
        Err(e) => problems.push(e),
        Ok(()) => {
            if let Some(minor) = ctx.monthly_charge_minor
                && let Err(e) = money::check_amount(
                    "context.monthly_charge_minor",
                    msg::ERROR_LABEL_MONTHLY_CHARGE,
                    minor,
                    &ctx.currency,
                )
            {
                problems.push(e);
            }
        }
    }
    (ctx, problems)
}

/// The question that holds the notice period.
pub const NOTICE_DAYS_QUESTION: &str = "cancellation.notice_days";
pub const NOTICE_MONTHS_QUESTION: &str = "cancellation.notice_months";

/// "The notice period is shorter than the term", checked on every path that can change either
/// (an answer, the quote details, an import, a copy) through the contract-dates calculator, so
/// all of them refuse the same notice with the same words. Without a start date the notice must
/// fit the term whichever month it starts in (February makes some terms shorter).
pub fn notice_fits_term(
    context: &ReviewContext,
    answers: &std::collections::BTreeMap<String, AnswerValue>,
) -> Result<()> {
    use crate::calc::dates::{Notice, NoticeBasis, contract_dates};
    let mut notices = Vec::new();
    if let Some(AnswerValue::Days(days)) = answers.get(NOTICE_DAYS_QUESTION) {
        notices.push(Notice::Days(u32::try_from(*days).unwrap_or(u32::MAX)));
    }
    if let Some(AnswerValue::Months(months)) = answers.get(NOTICE_MONTHS_QUESTION) {
        notices.push(Notice::Months(u32::try_from(*months).unwrap_or(u32::MAX)));
    }
    let known_start = context
        .start_date
        .as_deref()
        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    let starts: Vec<NaiveDate> = match known_start {
        Some(start) => vec![start],
        None => (1..=12)
            .filter_map(|month| NaiveDate::from_ymd_opt(2027, month, 1))
            .collect(),
    };
    // The refusal does not depend on what the notice is counted back from.
    for start in starts {
        for notice in &notices {
            contract_dates(
                start,
                context.term_months,
                Some(*notice),
                NoticeBasis::EndOfTerm,
                None,
                None,
            )?;
        }
    }
    Ok(())
}

fn optional_date(field: &str, label: Key, value: Option<&str>) -> Result<Option<String>> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) => date(field, label, text).map(Some),
    }
}

/// A real calendar date between 1900 and 2200, typed in any form `dates` reads, returned as
/// `YYYY-MM-DD`; a date that could be read two ways (3/1/2027) is refused naming both.
pub fn date(field: &str, label: impl Into<Words>, text: &str) -> Result<String> {
    crate::dates::parse(field, label, text).map(crate::dates::iso)
}

/// Checks an answer against its question and returns it normalised.
pub fn answer(question: &Question, value: &AnswerValue) -> Result<AnswerValue> {
    let field = question.id.as_str();
    let label = Words::Question(question.id.clone());
    let invalid = |rule: Words| Error::invalid(field, label.clone(), rule);
    let mismatch = || {
        invalid(Words::msg_with(
            msg::ERROR_RULE_EXPECTS,
            vec![("kind", Words::msg(kind_name(&question.kind)))],
        ))
    };
    Ok(match (&question.kind, value) {
        (QuestionKind::YesNo, AnswerValue::YesNo(_)) => value.clone(),
        (QuestionKind::Integer { min, max, unit }, AnswerValue::Integer(n)) => {
            in_range_int(*n, *min, *max, plain_unit(unit)).map_err(invalid)?;
            value.clone()
        }
        (QuestionKind::Days { min, max }, AnswerValue::Days(n)) => {
            in_range_int(*n, *min, *max, Unit::Days).map_err(invalid)?;
            value.clone()
        }
        (QuestionKind::Months { min, max }, AnswerValue::Months(n)) => {
            in_range_int(*n, *min, *max, Unit::Months).map_err(invalid)?;
            value.clone()
        }
        (QuestionKind::Decimal { min, max, unit }, AnswerValue::Decimal(x)) => {
            in_range_float(*x, *min, *max, plain_unit(unit)).map_err(invalid)?;
            value.clone()
        }
        (QuestionKind::Percent { min, max }, AnswerValue::Percent(x)) => {
            in_range_float(*x, *min, *max, Unit::Percent).map_err(invalid)?;
            value.clone()
        }
        (QuestionKind::Money, AnswerValue::Money(m)) => {
            let currency = m.currency.trim().to_ascii_uppercase();
            money::check_currency(field, label.clone(), &currency)?;
            money::check_amount(field, label.clone(), m.minor, &currency)?;
            AnswerValue::Money(money::Money {
                minor: m.minor,
                currency,
            })
        }
        (QuestionKind::Date, AnswerValue::Date(text)) => {
            AnswerValue::Date(date(field, label.clone(), text.trim())?)
        }
        (QuestionKind::Choice { options }, AnswerValue::Choice(id)) => {
            if !options.iter().any(|o| &o.id == id) {
                return Err(invalid(Words::msg_with(
                    msg::ERROR_RULE_ONE_OF,
                    vec![(
                        "options",
                        Words::List(options.iter().map(|o| Words::from(&o.label)).collect()),
                    )],
                )));
            }
            value.clone()
        }
        (QuestionKind::MultiChoice { options }, AnswerValue::MultiChoice(ids)) => {
            for id in ids {
                if !options.iter().any(|o| &o.id == id) {
                    return Err(invalid(Words::msg_with(
                        msg::ERROR_RULE_NOT_AN_OPTION,
                        vec![("value", Words::from(id))],
                    )));
                }
            }
            // Template order, no duplicates: the same selection always stores the same way.
            let ordered = options
                .iter()
                .filter(|o| ids.contains(&o.id))
                .map(|o| o.id.clone())
                .collect();
            AnswerValue::MultiChoice(ordered)
        }
        (QuestionKind::Text { max_len, multiline }, AnswerValue::Text(text)) => {
            let max = *max_len as usize;
            if *multiline {
                check_text_chars(field, &label, text)?;
            } else {
                check_no_control_chars(field, &label, text)?;
            }
            if char_len(text) > max {
                return Err(invalid(too_long(max, char_len(text))));
            }
            value.clone()
        }
        _ => return Err(mismatch()),
    })
}

/// The sign-off sheet, returned trimmed.
pub fn signoff(input: &crate::model::SignOff) -> Result<crate::model::SignOff> {
    let mut s = input.clone();
    for (field, label, value) in [
        (
            "signoff.approver_name",
            msg::ERROR_LABEL_APPROVER_NAME,
            &mut s.approver_name,
        ),
        (
            "signoff.approver_role",
            msg::ERROR_LABEL_APPROVER_ROLE,
            &mut s.approver_role,
        ),
    ] {
        short_text(field, label, value)?;
    }
    let conditions = Words::msg(msg::ERROR_LABEL_CONDITIONS);
    check_text_chars("signoff.conditions", &conditions, &s.conditions)?;
    check_length(
        "signoff.conditions",
        "signoff.conditions",
        &conditions,
        &s.conditions,
    )?;
    s.date = optional_date(
        "signoff.date",
        msg::ERROR_LABEL_SIGNOFF_DATE,
        s.date.as_deref(),
    )?;
    Ok(s)
}

/// The day a contract was signed: a real date, returned as `YYYY-MM-DD`; `None` (or empty) is
/// "not signed".
pub fn signed_on(value: Option<&str>) -> Result<Option<String>> {
    optional_date("signed_on", msg::ERROR_LABEL_SIGNATURE_DATE, value)
}

/// A competing quote, returned trimmed.
pub fn quote(input: &crate::model::QuoteInput) -> Result<crate::model::QuoteInput> {
    let mut q = input.clone();
    short_text(
        "quote.provider",
        msg::ERROR_LABEL_COMPETITOR,
        &mut q.provider,
    )?;
    if q.provider.is_empty() {
        return Err(Error::invalid(
            "quote.provider",
            msg::ERROR_LABEL_COMPETITOR,
            required_rule_words("quote.provider"),
        ));
    }
    for (field, label, minor) in [
        (
            "quote.monthly_minor",
            msg::ERROR_LABEL_MONTHLY_TOTAL,
            q.monthly_minor,
        ),
        (
            "quote.upfront_minor",
            msg::ERROR_LABEL_UPFRONT_COSTS,
            q.upfront_minor,
        ),
    ] {
        if !(0..=money::MAX_MINOR).contains(&minor) {
            return Err(Error::invalid(field, label, msg::ERROR_RULE_AMOUNT));
        }
    }
    if q.term_months > TERM_MAX {
        return Err(Error::invalid(
            "quote.term_months",
            msg::ERROR_LABEL_TERM,
            quote_term_rule_words(),
        ));
    }
    if q.seats.is_some_and(|s| !(1..=SEATS_MAX).contains(&s)) {
        return Err(Error::invalid(
            "quote.seats",
            msg::ERROR_LABEL_SEATS_QUOTED,
            msg::ERROR_RULE_QUOTE_SEATS,
        ));
    }
    for (field, label, percent) in [
        (
            "quote.taxes_percent",
            msg::ERROR_LABEL_TAXES,
            q.taxes_percent,
        ),
        (
            "quote.escalator_percent",
            msg::ERROR_LABEL_ANNUAL_INCREASE,
            q.escalator_percent,
        ),
    ] {
        if let Some(p) = percent {
            in_range_float(p, 0.0, 100.0, Unit::Percent).map_err(|rule| {
                Error::invalid(
                    field,
                    label,
                    Words::msg_with(msg::ERROR_RULE_OR_NOT_STATED, vec![("rule", rule)]),
                )
            })?;
        }
    }
    let notes = Words::msg(msg::ERROR_LABEL_KEY_DIFFERENCES);
    check_text_chars("quote.notes", &notes, &q.notes)?;
    check_length("quote.notes", "quote.notes", &notes, &q.notes)?;
    Ok(q)
}

/// Notes, clause reference and quoted clause text.
pub fn area_text(area_id: &str, field: AreaTextField, text: &str) -> Result<()> {
    let id = format!("{area_id}.{}", field.column());
    let label = Words::msg(match field {
        AreaTextField::Notes => msg::ERROR_LABEL_NOTES,
        AreaTextField::ClauseReference => msg::ERROR_LABEL_CLAUSE_REFERENCE,
        AreaTextField::ClauseText => msg::ERROR_LABEL_CLAUSE_TEXT,
    });
    if field == AreaTextField::ClauseReference {
        check_no_control_chars(&id, &label, text)?;
    } else {
        check_text_chars(&id, &label, text)?;
    }
    check_length(field.limit_id(), &id, &label, text)
}

/// A single-line field: trimmed in place, no control characters, within its limit.
fn short_text(field: &str, label: Key, value: &mut String) -> Result<()> {
    *value = value.trim().to_owned();
    let label = Words::msg(label);
    check_no_control_chars(field, &label, value)?;
    check_length(field, field, &label, value)
}

/// The rule of a required one-line field, in the words every message uses (English).
pub fn required_rule(field: &str) -> String {
    required_rule_words(field).render(Lang::En)
}

fn required_rule_words(field: &str) -> Words {
    Words::msg_with(
        msg::ERROR_RULE_REQUIRED,
        vec![("max", Words::Plain(max_chars(field).to_string()))],
    )
}

/// "must be at most 200 characters (it has 201)".
fn too_long(max: usize, len: usize) -> Words {
    Words::msg_with(
        msg::ERROR_RULE_TOO_LONG,
        vec![
            ("max", Words::Plain(max.to_string())),
            ("len", Words::Plain(len.to_string())),
        ],
    )
}

/// `text` within the limit of `limit_id` in [`crate::limits::FIELD_LIMITS`]; the message names
/// `field` (an area's field is `<area id>.notes` in messages, `area.notes` in the table).
fn check_length(limit_id: &str, field: &str, label: &Words, text: &str) -> Result<()> {
    let max = max_chars(limit_id);
    let len = char_len(text);
    if len > max {
        return Err(Error::invalid(field, label.clone(), too_long(max, len)));
    }
    Ok(())
}

fn kind_name(kind: &QuestionKind) -> Key {
    match kind {
        QuestionKind::YesNo => msg::ERROR_KIND_YES_NO,
        QuestionKind::Integer { .. } => msg::ERROR_KIND_INTEGER,
        QuestionKind::Decimal { .. } => msg::ERROR_KIND_DECIMAL,
        QuestionKind::Money => msg::ERROR_KIND_MONEY,
        QuestionKind::Percent { .. } => msg::ERROR_KIND_PERCENT,
        QuestionKind::Days { .. } => msg::ERROR_KIND_DAYS,
        QuestionKind::Months { .. } => msg::ERROR_KIND_MONTHS,
        QuestionKind::Date => msg::ERROR_KIND_DATE,
        QuestionKind::Choice { .. } => msg::ERROR_KIND_CHOICE,
        QuestionKind::MultiChoice { .. } => msg::ERROR_KIND_MULTI_CHOICE,
        QuestionKind::Text { .. } => msg::ERROR_KIND_TEXT,
    }
}

/// The unit written after a range: none, days, months, percent or the template's own unit.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Unit<'a> {
    None,
    Days,
    Months,
    Percent,
    /// A template question's unit ("Mbps"), shown as the template writes it.
    Plain(&'a str),
}

pub(crate) fn plain_unit(unit: &Option<String>) -> Unit<'_> {
    match unit.as_deref() {
        None | Some("") => Unit::None,
        Some(other) => Unit::Plain(other),
    }
}

impl Unit<'_> {
    fn words(self) -> Words {
        match self {
            Unit::None => Words::Plain(String::new()),
            Unit::Days => Words::msg(msg::ERROR_UNIT_DAYS),
            Unit::Months => Words::msg(msg::ERROR_UNIT_MONTHS),
            Unit::Percent => Words::Plain(" %".to_owned()),
            Unit::Plain(unit) => Words::Plain(format!(" {unit}")),
        }
    }
}

/// "must be a whole number from 0 to 90 days".
pub(crate) fn whole_number_rule(min: i64, max: i64, unit: Unit<'_>) -> Words {
    Words::msg_with(
        msg::ERROR_RULE_WHOLE_NUMBER,
        vec![
            ("min", Words::Plain(min.to_string())),
            ("max", Words::Plain(max.to_string())),
            ("unit", unit.words()),
        ],
    )
}

/// "must be a number from 0 to 100 %".
pub(crate) fn number_rule(min: f64, max: f64, unit: Unit<'_>) -> Words {
    Words::msg_with(
        msg::ERROR_RULE_NUMBER,
        vec![
            ("min", Words::Plain(min.to_string())),
            ("max", Words::Plain(max.to_string())),
            ("unit", unit.words()),
        ],
    )
}

fn in_range_int(n: i64, min: i64, max: i64, unit: Unit<'_>) -> std::result::Result<(), Words> {
    if (min..=max).contains(&n) {
        Ok(())
    } else {
        Err(whole_number_rule(min, max, unit))
    }
}

fn in_range_float(x: f64, min: f64, max: f64, unit: Unit<'_>) -> std::result::Result<(), Words> {
    if x.is_finite() && x >= min && x <= max {
        Ok(())
    } else {
        Err(number_rule(min, max, unit))
    }
}

fn char_len(text: &str) -> usize {
    text.chars().count()
}

/// Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069):
/// invisible, they reorder what follows, so "Acme\u{202E}fdp.exe" shows as "Acmeexe.pdf".
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Single-line fields: no control characters at all, and no text-direction controls, which
/// could make a name (and the file named after it) read differently from what it is.
fn check_no_control_chars(field: &str, label: &Words, text: &str) -> Result<()> {
    if text.chars().any(char::is_control) {
        return Err(Error::invalid(
            field,
            label.clone(),
            msg::ERROR_RULE_SINGLE_LINE,
        ));
    }
    if text.chars().any(is_bidi_control) {
        return Err(Error::invalid(
            field,
            label.clone(),
            msg::ERROR_RULE_NO_BIDI,
        ));
    }
    Ok(())
}

/// Multi-line fields: line breaks and tabs are fine, other control characters are not.
fn check_text_chars(field: &str, label: &Words, text: &str) -> Result<()> {
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(Error::invalid(
            field,
            label.clone(),
            msg::ERROR_RULE_NO_CONTROL,
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::YesNo;
    use crate::money::{MAX_MINOR, Money};
    use crate::template::template;

    fn q(id: &str) -> &'static Question {
        template().question(id).unwrap().1
    }

    fn valid_context() -> ReviewContext {
        ReviewContext {
            provider: "  Acme Voice ".into(),
            ..ReviewContext::default()
        }
    }

    #[test]
    fn context_is_trimmed_and_defaults_are_valid() {
        let ctx = context(&valid_context()).unwrap();
        assert_eq!(ctx.provider, "Acme Voice");
        assert_eq!(ctx.term_months, 36);
    }

    #[test]
    fn every_problem_of_a_context_is_reported_at_once() {
        let ctx = ReviewContext {
            provider: " ".into(),
            term_months: 0,
            seats: Some(0),
            quote_date: Some("3/1/2027".into()),
            start_date: Some("2027-02-30".into()),
            monthly_charge_minor: Some(-5),
            ..ReviewContext::default()
        };
        let fields: Vec<_> = context_problems(&ctx)
            .iter()
            .map(|e| e.field().unwrap_or_default().to_owned())
            .collect();
        assert_eq!(
            fields,
            [
                "context.provider",
                "context.term_months",
                "context.seats",
                "context.quote_date",
                "context.start_date",
                "context.monthly_charge_minor"
            ]
        );
        // The first is what a single check (a save) reports.
        assert_eq!(context(&ctx).unwrap_err().field(), Some("context.provider"));
        assert!(context_problems(&valid_context()).is_empty());
    }

    #[test]
    fn typed_dates_are_stored_as_iso() {
        let mut ctx = valid_context();
        ctx.quote_date = Some("1 March 2027".into());
        ctx.start_date = Some("31/12/2027".into());
        let ctx = context(&ctx).unwrap();
        assert_eq!(ctx.quote_date.as_deref(), Some("2027-03-01"));
        assert_eq!(ctx.start_date.as_deref(), Some("2027-12-31"));
    }

    #[test]
    fn provider_is_required_and_bounded() {
        let mut ctx = valid_context();
        ctx.provider = "   ".into();
        let err = context(&ctx).unwrap_err();
        assert_eq!(err.field(), Some("context.provider"));
        assert_eq!(err.to_string(), "Provider: is required (1–200 characters)");
        ctx.provider = "x".repeat(201);
        assert!(
            context(&ctx)
                .unwrap_err()
                .to_string()
                .contains("at most 200")
        );
        ctx.provider = "é".repeat(200);
        assert!(context(&ctx).is_ok(), "200 characters, not bytes");
    }

    #[test]
    fn seats_term_money_and_dates_are_bounded() {
        type Mutation = fn(&mut ReviewContext);
        let cases: Vec<(Mutation, &str)> = vec![
            (|c| c.seats = Some(0), "context.seats"),
            (|c| c.seats = Some(10_001), "context.seats"),
            (|c| c.term_months = 0, "context.term_months"),
            (|c| c.term_months = 121, "context.term_months"),
            (
                |c| c.monthly_charge_minor = Some(-1),
                "context.monthly_charge_minor",
            ),
            (
                |c| c.monthly_charge_minor = Some(MAX_MINOR + 1),
                "context.monthly_charge_minor",
            ),
            (
                |c| c.start_date = Some("2027-02-30".into()),
                "context.start_date",
            ),
            (
                |c| c.quote_date = Some("next week".into()),
                "context.quote_date",
            ),
            (|c| c.currency = "XXX".into(), "context.currency"),
        ];
        for (mutate, field) in cases {
            let mut ctx = valid_context();
            mutate(&mut ctx);
            assert_eq!(context(&ctx).unwrap_err().field(), Some(field));
        }
        let mut ctx = valid_context();
        ctx.seats = Some(10_000);
        ctx.term_months = 120;
        ctx.start_date = Some("2028-02-29".into());
        assert!(context(&ctx).is_ok());
    }

    #[test]
    fn answers_must_match_their_question_kind() {
        let err = answer(q("sla.has_sla"), &AnswerValue::Integer(3)).unwrap_err();
        assert_eq!(err.field(), Some("sla.has_sla"));
        assert!(err.to_string().ends_with("expects yes, no or not sure"));
        assert!(answer(q("sla.has_sla"), &AnswerValue::YesNo(YesNo::NotSure)).is_ok());
    }

    #[test]
    fn numeric_answers_respect_ranges() {
        let pct = q("sla.uptime_percent");
        assert!(answer(pct, &AnswerValue::Percent(99.99)).is_ok());
        let err = answer(pct, &AnswerValue::Percent(100.5)).unwrap_err();
        assert!(err.to_string().contains("from 0 to 100 %"), "{err}");
        assert!(answer(pct, &AnswerValue::Percent(f64::NAN)).is_err());
        assert!(answer(q("cancellation.notice_days"), &AnswerValue::Days(-1)).is_err());
        assert!(answer(q("cancellation.notice_days"), &AnswerValue::Days(90)).is_ok());
        assert!(answer(q("warranty.length_months"), &AnswerValue::Months(241)).is_err());
        assert!(
            answer(
                q("bandwidth.peak_concurrent_calls"),
                &AnswerValue::Integer(-3)
            )
            .is_err()
        );
        assert!(answer(q("bandwidth.measured_up_mbps"), &AnswerValue::Decimal(5.5)).is_ok());
    }

    #[test]
    fn money_answers_are_integer_minor_units_with_a_known_currency() {
        let fee = q("upfront.setup_fee");
        let ok = AnswerValue::Money(Money {
            minor: 4_900,
            currency: "usd".into(),
        });
        assert_eq!(
            answer(fee, &ok).unwrap(),
            AnswerValue::Money(Money {
                minor: 4_900,
                currency: "USD".into()
            })
        );
        let negative = AnswerValue::Money(Money {
            minor: -1,
            currency: "USD".into(),
        });
        assert!(
            answer(fee, &negative)
                .unwrap_err()
                .to_string()
                .contains("between 0 and")
        );
    }

    #[test]
    fn choices_must_be_options_and_multi_choice_is_normalised() {
        assert!(
            answer(
                q("sla.measurement_window"),
                &AnswerValue::Choice("decade".into())
            )
            .is_err()
        );
        let v = AnswerValue::MultiChoice(vec!["chat".into(), "phone".into(), "chat".into()]);
        assert_eq!(
            answer(q("support.channels"), &v).unwrap(),
            AnswerValue::MultiChoice(vec!["phone".into(), "chat".into()])
        );
        let bad = AnswerValue::MultiChoice(vec!["fax".into()]);
        assert!(answer(q("support.channels"), &bad).is_err());
    }

    #[test]
    fn dates_must_be_real() {
        let d = q("upfront.promotion_expires");
        assert!(answer(d, &AnswerValue::Date("2028-02-29".into())).is_ok());
        assert!(answer(d, &AnswerValue::Date("2027-02-29".into())).is_err());
        // Typed forms are read by `dates` and stored as ISO.
        assert_eq!(
            answer(d, &AnswerValue::Date("1 Feb 2027".into())).unwrap(),
            AnswerValue::Date("2027-02-01".into())
        );
        assert!(answer(d, &AnswerValue::Date("3/1/2027".into())).is_err());
        assert!(answer(d, &AnswerValue::Date("0001-01-01".into())).is_err());
    }

    #[test]
    fn text_is_bounded_and_keeps_markup_as_text() {
        let t = q("cancellation.notice_method");
        assert!(answer(t, &AnswerValue::Text("<script>alert(1)</script>".into())).is_ok());
        assert!(answer(t, &AnswerValue::Text("x".repeat(2001))).is_err());
        assert!(answer(t, &AnswerValue::Text("bell\u{7}".into())).is_err());
        assert!(area_text("sla", AreaTextField::Notes, "line one\nline two").is_ok());
        assert!(area_text("sla", AreaTextField::ClauseReference, "a\nb").is_err());
    }

    #[test]
    fn single_line_fields_refuse_text_direction_controls() {
        for bidi in ['\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}'] {
            let text = format!("Acme{bidi}fdp.exe");
            let mut ctx = valid_context();
            ctx.provider = text.clone();
            let err = context(&ctx).unwrap_err();
            assert_eq!(err.field(), Some("context.provider"));
            assert_eq!(
                err.to_string(),
                "Provider: must not contain invisible text-direction characters (U+202A–U+202E, U+2066–U+2069)"
            );
            assert!(area_text("sla", AreaTextField::ClauseReference, &text).is_err());
            let single_line = q("cancellation.notice_method");
            assert!(answer(single_line, &AnswerValue::Text(text.clone())).is_err());
            let mut rival = crate::model::QuoteInput {
                provider: text.clone(),
                monthly_minor: 100,
                term_months: 0,
                upfront_minor: 0,
                seats: None,
                taxes_percent: None,
                escalator_percent: None,
                notes: String::new(),
            };
            assert!(quote(&rival).is_err());
            rival.provider = "Rival".into();
            assert!(quote(&rival).is_ok());
        }
        // Right-to-left text itself is fine.
        let mut ctx = valid_context();
        ctx.provider = "שלום Voice".into();
        assert!(context(&ctx).is_ok());
    }

    #[test]
    fn refusals_read_in_chinese_naming_the_field_and_the_rule() {
        use crate::i18n::Lang;
        let mut ctx = valid_context();
        ctx.provider = "  ".into();
        ctx.term_months = 0;
        ctx.seats = Some(0);
        ctx.monthly_charge_minor = Some(-5);
        ctx.currency = "CNY".into();
        let messages: Vec<String> = context_problems(&ctx)
            .iter()
            .map(|e| e.message(Lang::ZhHans))
            .collect();
        assert_eq!(
            messages,
            [
                "服务商：必须填写（1–200 个字符）",
                "合同期限：必须在 1 到 120 个月之间",
                "座席数：必须在 1 到 10,000 之间",
                "月费：必须在 0 到 1,000,000,000.00 之间",
            ]
        );
        let err = answer(q("cancellation.notice_days"), &AnswerValue::Days(-1)).unwrap_err();
        assert!(
            err.message(Lang::ZhHans)
                .ends_with("：必须是 0 到 730天之间的整数"),
            "{}",
            err.message(Lang::ZhHans)
        );
        assert!(
            err.to_string()
                .ends_with(": must be a whole number from 0 to 730 days"),
            "{err}"
        );
        let err = answer(q("sla.has_sla"), &AnswerValue::Integer(3)).unwrap_err();
        assert!(
            err.message(Lang::ZhHans)
                .ends_with("：应填写是、否或不确定")
        );
        let err = area_text("sla", AreaTextField::ClauseReference, "a\nb").unwrap_err();
        assert_eq!(
            err.message(Lang::ZhHans),
            "条款编号：必须是单行文字，不能含控制字符"
        );
        let rival = crate::model::QuoteInput {
            provider: "Rival".into(),
            monthly_minor: 100,
            term_months: 0,
            upfront_minor: 0,
            seats: None,
            taxes_percent: Some(120.0),
            escalator_percent: None,
            notes: String::new(),
        };
        let err = quote(&rival).unwrap_err();
        assert_eq!(
            err.message(Lang::ZhHans),
            "税费：必须是 0 到 100 % 之间的数字，或不填写"
        );
        assert_eq!(
            err.to_string(),
            "Taxes and fees: must be a number from 0 to 100 %, or not stated"
        );
    }

    #[test]
    fn the_english_rules_given_to_the_window_are_the_catalogs_words() {
        use crate::i18n::{Lang, msg, text};
        assert_eq!(text(Lang::En, msg::ERROR_RULE_SEATS), SEATS_RULE);
        assert_eq!(
            text(Lang::En, msg::ERROR_RULE_QUOTE_SEATS),
            QUOTE_SEATS_RULE
        );
        assert_eq!(
            text(Lang::En, msg::ERROR_RULE_QUOTE_PERCENT),
            QUOTE_PERCENT_RULE
        );
        assert_eq!(term_rule(), "must be between 1 and 120 months");
        assert_eq!(
            quote_term_rule(),
            "must be between 0 (month-to-month) and 120 months"
        );
    }

    #[test]
    fn not_sure_answers_are_recognised() {
        assert!(AnswerValue::YesNo(YesNo::NotSure).is_not_sure());
        assert!(AnswerValue::Choice("not_sure".into()).is_not_sure());
        assert!(!AnswerValue::YesNo(YesNo::No).is_not_sure());
    }
}
