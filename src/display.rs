//! How stored values read to people, in the app, the PDF and the CLI alike: answers with their
//! option labels and units, and the history's changes ("Quote details: Provider", "USD 342.00",
//! "Approve with conditions"). The store keeps raw values; nothing here touches the database.

use crate::error::Result;
use crate::i18n::{Arg, Lang, msg, text, text_with};
use crate::model::{AnswerValue, ChargeBasis, ReviewId, YesNo};
use crate::money::format_money;
use crate::store::history::{LANGUAGE, SIGNED_ON};
use crate::store::{HISTORY_PAGE_SIZE, Store, StoredChange};
use crate::template::{Question, QuestionKind, template_in};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

/// An answer as the reader should see it: option labels, units, amounts with their currency.
pub fn answer(question: &Question, value: &AnswerValue) -> String {
    answer_in(Lang::En, question, value)
}

/// [`answer`] in `lang`. `question` is the template question in that language
/// ([`crate::template::template_in`]), whose option labels and unit it uses.
pub fn answer_in(lang: Lang, question: &Question, value: &AnswerValue) -> String {
    if lang != Lang::En {
        return answer_translated(lang, question, value);
    }
    let option_label = |id: &str| match &question.kind {
        QuestionKind::Choice { options } | QuestionKind::MultiChoice { options } => options
            .iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.to_owned(), |o| o.label.clone()),
        _ => id.to_owned(),
    };
    let unit = match &question.kind {
        QuestionKind::Integer { unit: Some(u), .. }
        | QuestionKind::Decimal { unit: Some(u), .. } => Some(u.as_str()),
        _ => None,
    };
    // "1 device", "12 devices": the template's unit agrees with the number.
    let number = |text: String| match unit {
        Some(u) => crate::wording::with_unit(&text, u),
        None => text,
    };
    match value {
        AnswerValue::YesNo(answer) => answer.label().into(),
        AnswerValue::Integer(n) => number(n.to_string()),
        AnswerValue::Decimal(x) => number(x.to_string()),
        AnswerValue::Money(m) => format_money(m),
        AnswerValue::Percent(x) => format!("{x} %"),
        AnswerValue::Days(n) => format!("{n} day{}", if *n == 1 { "" } else { "s" }),
        AnswerValue::Months(n) => format!("{n} month{}", if *n == 1 { "" } else { "s" }),
        // One date format in the app and the PDF: "15 Dec 2026".
        AnswerValue::Date(d) => crate::dates::display_iso(d),
        AnswerValue::Choice(id) => option_label(id),
        AnswerValue::MultiChoice(ids) if ids.is_empty() => "None".into(),
        AnswerValue::MultiChoice(ids) => ids
            .iter()
            .map(|id| option_label(id))
            .collect::<Vec<_>>()
            .join(", "),
        AnswerValue::Text(t) => t.clone(),
    }
}

/// [`answer_in`] for a language other than English: no plural endings, the language's
/// dates, amounts, percentages and list separator.
fn answer_translated(lang: Lang, question: &Question, value: &AnswerValue) -> String {
    let option_label = |id: &str| match &question.kind {
        QuestionKind::Choice { options } | QuestionKind::MultiChoice { options } => options
            .iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.to_owned(), |o| o.label.clone()),
        _ => id.to_owned(),
    };
    let number = |text: String| match &question.kind {
        QuestionKind::Integer { unit: Some(u), .. }
        | QuestionKind::Decimal { unit: Some(u), .. } => format!("{text} {u}"),
        _ => text,
    };
    let count = |key, n: i64| text_with(lang, key, &[("count", Arg::from(n))]);
    match value {
        AnswerValue::YesNo(answer) => answer.label_in(lang),
        AnswerValue::Integer(n) => number(n.to_string()),
        AnswerValue::Decimal(x) => number(x.to_string()),
        AnswerValue::Money(m) => crate::i18n::format::money(lang, m),
        AnswerValue::Percent(x) => crate::i18n::format::percent(lang, &x.to_string()),
        AnswerValue::Days(n) => count(msg::CONTENT_ANSWER_DAYS, *n),
        AnswerValue::Months(n) => count(msg::CONTENT_ANSWER_MONTHS, *n),
        AnswerValue::Date(d) => crate::i18n::format::iso_date(lang, d),
        AnswerValue::Choice(id) => option_label(id),
        AnswerValue::MultiChoice(ids) if ids.is_empty() => text(lang, msg::CONTENT_ANSWER_NONE),
        AnswerValue::MultiChoice(ids) => ids
            .iter()
            .map(|id| option_label(id))
            .collect::<Vec<_>>()
            .join(match lang {
                Lang::ZhHans => "、",
                Lang::En => ", ",
            }),
        AnswerValue::Text(t) => t.clone(),
    }
}

/// One recorded change, worded for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HistoryEntry {
    pub revision: i64,
    /// RFC 3339, UTC.
    pub changed_at: String,
    /// What changed: "Quote details: Provider", "SLA: Guaranteed uptime", "Pricing: rating"…
    pub what: String,
    /// Before and after, as the app shows them; null when absent.
    pub old: Option<String>,
    pub new: Option<String>,
}

/// The review's latest [`HISTORY_PAGE_SIZE`] changes, newest first, worded for people (the
/// app's History panel and `voip-review history`).
pub fn recent_history(store: &Store, id: ReviewId) -> Result<Vec<HistoryEntry>> {
    history(store, id, HISTORY_PAGE_SIZE)
}

/// [`recent_history`] worded in `lang`.
pub fn recent_history_in(store: &Store, id: ReviewId, lang: Lang) -> Result<Vec<HistoryEntry>> {
    history_in(store, id, HISTORY_PAGE_SIZE, lang)
}

/// The review's latest `limit` changes, newest first, worded for people.
pub fn history(store: &Store, id: ReviewId, limit: u32) -> Result<Vec<HistoryEntry>> {
    history_in(store, id, limit, Lang::En)
}

/// [`history`] worded in `lang`.
pub fn history_in(
    store: &Store,
    id: ReviewId,
    limit: u32,
    lang: Lang,
) -> Result<Vec<HistoryEntry>> {
    let changes = store.changes(id, limit)?;
    // Amounts are shown in the review's currency (the default one once it is purged).
    let currency = store
        .get_review(id)
        .map(|review| review.context.currency)
        .unwrap_or_else(|_| crate::model::ReviewContext::default().currency);
    Ok(changes
        .into_iter()
        .map(|change| history_entry(change, &currency, lang))
        .collect())
}

fn history_entry(change: StoredChange, currency: &str, lang: Lang) -> HistoryEntry {
    HistoryEntry {
        revision: change.revision,
        what: match &change.source {
            Some(from) => text_with(
                lang,
                msg::CONTENT_HISTORY_FROM_CONTRACT,
                &[
                    (
                        "what",
                        Arg::from(describe(&change.kind, &change.target, lang)),
                    ),
                    ("source", Arg::from(from.as_str())),
                ],
            ),
            None => describe(&change.kind, &change.target, lang),
        },
        old: shown(&change.kind, &change.target, change.old, currency, lang),
        new: shown(&change.kind, &change.target, change.new, currency, lang),
        changed_at: change.changed_at,
    }
}

fn context_label(key: &str, lang: Lang) -> String {
    let message = match key {
        "reviewer" => msg::CONTENT_CONTEXT_REVIEWER,
        "company" => msg::CONTENT_CONTEXT_COMPANY,
        "provider" => msg::CONTENT_CONTEXT_PROVIDER,
        "plan" => msg::CONTENT_CONTEXT_PLAN,
        "quote_reference" => msg::CONTENT_CONTEXT_QUOTE_REFERENCE,
        "quote_date" => msg::CONTENT_CONTEXT_QUOTE_DATE,
        "term_months" => msg::CONTENT_CONTEXT_TERM_MONTHS,
        "start_date" => msg::CONTENT_CONTEXT_START_DATE,
        "seats" => msg::CONTENT_CONTEXT_SEATS,
        "monthly_charge_minor" => msg::CONTENT_CONTEXT_MONTHLY_CHARGE,
        "monthly_charge_basis" => return ChargeBasis::field_label_in(lang),
        "currency" => msg::CONTENT_CONTEXT_CURRENCY,
        other => return other.to_owned(),
    };
    text(lang, message)
}

fn signoff_label(key: &str, lang: Lang) -> String {
    let message = match key {
        SIGNED_ON => msg::CONTENT_SIGNOFF_SIGNED_ON,
        LANGUAGE => msg::HISTORY_LANGUAGE_LABEL,
        "approver_name" => msg::CONTENT_SIGNOFF_APPROVER_NAME,
        "approver_role" => msg::CONTENT_SIGNOFF_APPROVER_ROLE,
        "decision" => msg::CONTENT_SIGNOFF_DECISION,
        "conditions" => msg::CONTENT_SIGNOFF_CONDITIONS,
        "date" => msg::CONTENT_SIGNOFF_DATE,
        other => return other.to_owned(),
    };
    text(lang, message)
}

/// "1 month", "24 months"; 0 is no fixed term.
fn months_text(months: i64, lang: Lang) -> String {
    match months {
        0 => text(lang, msg::CONTENT_HISTORY_NO_FIXED_TERM),
        n => text_with(lang, msg::CONTENT_ANSWER_MONTHS, &[("count", Arg::from(n))]),
    }
}

/// A stored JSON value as the app shows it: labels for stored codes, amounts in the review's
/// currency, never a raw value such as `approve_with_conditions` or an amount in cents.
fn shown(
    kind: &str,
    target: &str,
    raw: Option<String>,
    currency: &str,
    lang: Lang,
) -> Option<String> {
    let value: Value = serde_json::from_str(&raw?).ok()?;
    let target = crate::template::migrate::retired(target).map_or(target, |m| m.canonical);
    let money = |minor: i64| match lang {
        Lang::En => format!(
            "{} {currency}",
            crate::money::format_amount(minor, currency)
        ),
        _ => crate::i18n::format::money(
            lang,
            &crate::money::Money {
                minor,
                currency: currency.to_owned(),
            },
        ),
    };
    if kind == "signoff"
        && target == "decision"
        && let Some(decision) = value.as_str().and_then(crate::model::Decision::parse)
    {
        return Some(decision.label_in(lang));
    }
    // Each language named in itself, as the summary's menu names it.
    if kind == "signoff"
        && target == LANGUAGE
        && let Some(language) = value.as_str().and_then(Lang::from_tag)
    {
        return Some(language.native_name().to_owned());
    }
    if kind == "signoff"
        && matches!(target, SIGNED_ON | "date")
        && let Some(date) = value.as_str()
    {
        return Some(match lang {
            Lang::En => crate::dates::display_iso(date),
            _ => crate::i18n::format::iso_date(lang, date),
        });
    }
    if kind == "context" {
        match (target, &value) {
            // The form's own words for the choice (the field reads "The charge is for").
            ("monthly_charge_basis", Value::String(basis)) if basis == "per_seat" => {
                return Some(ChargeBasis::PerSeat.label_in(lang));
            }
            ("monthly_charge_basis", Value::String(basis)) if basis == "total" => {
                return Some(ChargeBasis::Total.label_in(lang));
            }
            ("monthly_charge_minor", Value::Number(n)) if n.is_i64() => {
                return n.as_i64().map(money);
            }
            _ => {}
        }
    }
    if kind == "answer"
        && let Some((_, question)) = template_in(lang).question(target)
        && let Ok(stored) = serde_json::from_value::<AnswerValue>(value.clone())
    {
        return Some(answer_in(lang, question, &stored));
    }
    if kind == "area"
        && target.ends_with(".rating")
        && let Some(rating) = value.as_str().and_then(crate::model::Rating::parse)
    {
        return Some(rating.label_in(lang));
    }
    Some(match value {
        Value::Null => return None,
        Value::String(s) => s,
        Value::Bool(b) => (if b { YesNo::Yes } else { YesNo::No }).label_in(lang),
        Value::Object(map) if kind == "quote" => {
            let number = |k: &str| map.get(k).and_then(Value::as_i64).unwrap_or(0);
            let provider = map.get("provider").and_then(Value::as_str).unwrap_or("");
            text_with(
                lang,
                msg::CONTENT_HISTORY_QUOTE_VALUE,
                &[
                    ("provider", Arg::from(provider)),
                    ("monthly", Arg::from(money(number("monthly_minor")))),
                    ("term", Arg::from(months_text(number("term_months"), lang))),
                ],
            )
        }
        other => other.to_string(),
    })
}

/// "Area: question": a colon and a space in English, the full-width colon in Chinese.
fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::ZhHans => "：",
    }
}

fn describe(kind: &str, target: &str, lang: Lang) -> String {
    let t = template_in(lang);
    let field = |key, field: String| text_with(lang, key, &[("field", Arg::from(field))]);
    match kind {
        "context" => field(msg::CONTENT_HISTORY_CONTEXT, context_label(target, lang)),
        "signoff" => field(msg::CONTENT_HISTORY_SIGNOFF, signoff_label(target, lang)),
        "quote" => text(lang, msg::CONTENT_HISTORY_QUOTE),
        "answer" => match (
            t.question(target),
            crate::template::migrate::retired(target),
        ) {
            (Some((area, q)), _) => format!("{}{}{}", area.title, colon(lang), q.label),
            (None, Some(merge)) => text_with(
                lang,
                msg::CONTENT_HISTORY_MERGED,
                &[("question", Arg::from(merge.duplicate_label))],
            ),
            (None, None) => target.to_owned(),
        },
        _ => {
            let (area_id, field) = target.split_once('.').unwrap_or((target, ""));
            let title = t.area(area_id).map_or(area_id, |a| a.title.as_str());
            let field = match field {
                "rating" => text(lang, msg::CONTENT_HISTORY_RATING),
                "notes" => text(lang, msg::CONTENT_HISTORY_NOTES),
                "clause_reference" => text(lang, msg::CONTENT_HISTORY_CLAUSE_REFERENCE),
                "clause_text" => text(lang, msg::CONTENT_HISTORY_QUOTED_CLAUSE),
                other => other.to_owned(),
            };
            format!("{title}{}{field}", colon(lang))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Money;

    fn question(lang: Lang, id: &str) -> &'static Question {
        template_in(lang).question(id).unwrap().1
    }

    #[test]
    fn answers_read_in_chinese_with_the_chinese_template() {
        let zh = Lang::ZhHans;
        let etf = AnswerValue::Choice("sliding_scale".into());
        assert_eq!(
            answer_in(zh, question(zh, "cancellation.etf_structure"), &etf),
            "随时间递减的阶梯比例"
        );
        assert_eq!(
            answer_in(
                Lang::En,
                question(Lang::En, "cancellation.etf_structure"),
                &etf
            ),
            "A sliding scale that falls over time"
        );
        let yes = AnswerValue::YesNo(YesNo::NotSure);
        assert_eq!(answer_in(zh, question(zh, "sla.has_sla"), &yes), "不确定");
        // No plural endings in Chinese; the template's unit in Chinese.
        assert_eq!(
            answer_in(
                zh,
                question(zh, "cancellation.walkaway_days"),
                &AnswerValue::Days(1)
            ),
            "1 天"
        );
        assert_eq!(
            answer_in(
                zh,
                question(zh, "pricing.minimum_seats"),
                &AnswerValue::Integer(12)
            ),
            "12 个座席"
        );
        assert_eq!(
            answer(
                question(Lang::En, "pricing.minimum_seats"),
                &AnswerValue::Integer(1)
            ),
            "1 seat"
        );
        // $1,800.00: the dollar sign and two decimals, as format::money writes USD in Chinese.
        let fee = AnswerValue::Money(Money {
            minor: 180_000,
            currency: "USD".into(),
        });
        assert_eq!(
            answer_in(zh, question(zh, "cancellation.etf_fixed_amount"), &fee),
            "$1,800.00"
        );
        assert_eq!(
            answer_in(
                zh,
                question(zh, "sla.uptime_percent"),
                &AnswerValue::Percent(99.9)
            ),
            "99.9%"
        );
        let ticked = AnswerValue::MultiChoice(vec!["phone".into(), "email".into()]);
        assert_eq!(
            answer_in(zh, question(zh, "support.channels"), &ticked),
            "电话、电子邮件或工单"
        );
        assert_eq!(
            answer_in(
                zh,
                question(zh, "support.channels"),
                &AnswerValue::MultiChoice(vec![])
            ),
            "无"
        );
        assert_eq!(
            answer_in(
                zh,
                question(zh, "upfront.promotion_expires"),
                &AnswerValue::Date("2029-12-01".into())
            ),
            "2029年12月1日"
        );
    }

    #[test]
    fn history_lines_read_in_chinese_and_stay_as_they_were_in_english() {
        let zh = Lang::ZhHans;
        assert_eq!(
            describe("answer", "sla.uptime_percent", zh),
            "服务等级协议（SLA）：保证的可用性"
        );
        assert_eq!(
            describe("answer", "sla.uptime_percent", Lang::En),
            "Service level agreement (SLA): Guaranteed uptime"
        );
        assert_eq!(describe("context", "provider", zh), "报价详情：服务商");
        assert_eq!(
            describe("context", "provider", Lang::En),
            "Quote details: Provider"
        );
        assert_eq!(
            describe("area", "pricing.rating", zh),
            "灵活可扩展的价格方案：评级"
        );
        assert_eq!(describe("signoff", "decision", zh), "签字确认：决定");
        assert_eq!(describe("quote", "1", zh), "竞争报价");
        let shown_in =
            |kind, target, raw: &str, lang| shown(kind, target, Some(raw.to_owned()), "USD", lang);
        assert_eq!(
            shown_in("signoff", "decision", "\"approve_with_conditions\"", zh).as_deref(),
            Some("有条件批准")
        );
        assert_eq!(
            shown_in("area", "sla.rating", "\"deal_breaker\"", zh).as_deref(),
            Some("不可接受")
        );
        assert_eq!(
            shown_in("context", "monthly_charge_basis", "\"per_seat\"", zh).as_deref(),
            Some("每个座席")
        );
        assert_eq!(
            shown_in("context", "monthly_charge_basis", "\"total\"", Lang::En).as_deref(),
            Some("the account")
        );
        // 34200 cents: $342.00 in Chinese, "342.00 USD" in English as before.
        assert_eq!(
            shown_in("context", "monthly_charge_minor", "34200", zh).as_deref(),
            Some("$342.00")
        );
        assert_eq!(
            shown_in("context", "monthly_charge_minor", "34200", Lang::En).as_deref(),
            Some("342.00 USD")
        );
        let quote = r#"{"provider":"Acme","monthly_minor":99900,"term_months":24}"#;
        assert_eq!(
            shown_in("quote", "1", quote, zh).as_deref(),
            Some("Acme — 每月 $999.00，24 个月")
        );
        assert_eq!(
            shown_in("quote", "1", quote, Lang::En).as_deref(),
            Some("Acme — 999.00 USD a month, 24 months")
        );
    }

    #[test]
    fn a_reviews_history_reads_in_chinese_from_the_store() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store
            .create_review(
                &crate::model::ReviewContext {
                    provider: "Acme Voice".into(),
                    ..Default::default()
                },
                Lang::En,
            )
            .unwrap();
        store
            .set_answer(
                id,
                "sla.measurement_window",
                Some(&AnswerValue::Choice("quarter".into())),
            )
            .unwrap();
        store
            .set_rating(id, "sla", crate::model::Rating::Negotiate)
            .unwrap();
        store
            .set_context_field(
                id,
                &crate::model::ContextEdit::MonthlyChargeBasis(ChargeBasis::PerSeat),
            )
            .unwrap();
        let lines = |lang| {
            recent_history_in(&store, id, lang)
                .unwrap()
                .into_iter()
                .map(|e| format!("{} → {}", e.what, e.new.unwrap_or_default()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            lines(Lang::ZhHans)[..3],
            [
                "报价详情：月费计费方式 → 每个座席",
                "服务等级协议（SLA）：评级 → 需谈判",
                "服务等级协议（SLA）：可用性按什么周期统计？ → 每个季度",
            ]
        );
        assert_eq!(
            lines(Lang::En)[..3],
            [
                "Quote details: The charge is for → each seat",
                "Service level agreement (SLA): rating → Negotiate",
                "Service level agreement (SLA): Over what period is uptime measured? → Each quarter",
            ]
        );
        assert_eq!(
            recent_history(&store, id).unwrap(),
            recent_history_in(&store, id, Lang::En).unwrap()
        );
    }

    #[test]
    fn a_change_of_the_reviews_language_is_in_its_history_in_both_languages() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store
            .create_review(
                &crate::model::ReviewContext {
                    provider: "Acme Voice".into(),
                    ..Default::default()
                },
                Lang::En,
            )
            .unwrap();
        let receipt = store.set_review_language(id, Lang::ZhHans).unwrap();
        // Choosing the language it already has changes nothing worth a line.
        store.set_review_language(id, Lang::ZhHans).unwrap();
        let line = |lang| {
            let entries = recent_history_in(&store, id, lang).unwrap();
            assert_eq!(entries.len(), 1, "{entries:?}");
            let e = &entries[0];
            assert_eq!(e.revision, receipt.revision);
            format!(
                "{}: {} → {}",
                e.what,
                e.old.clone().unwrap_or_default(),
                e.new.clone().unwrap_or_default()
            )
        };
        assert_eq!(
            line(Lang::En),
            "Sign-off: Language of the PDF and notice letter: English → 简体中文"
        );
        assert_eq!(
            line(Lang::ZhHans),
            "签字确认：PDF 和通知函的语言: English → 简体中文"
        );
    }
}
