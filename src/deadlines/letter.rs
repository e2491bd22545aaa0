//! The notice letter that stops a renewal (or confirms the end at the end of the term): built
//! once, as structured text, for the PDF (`crate::pdf::render_letter`), the plain text to paste
//! into an email, and the CLI.

use super::{ContractDeadlines, DeadlineKind, cancellation_clause, notice_method};
use crate::error::{Error, Result};
use crate::i18n::{Arg, Key, Lang, msg, text, text_with};
use crate::model::Review;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The letter, with the date it must arrive by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NoticeLetter {
    pub review_id: i64,
    /// The sender's block: the company.
    pub from: String,
    /// The letter's date as printed.
    pub dated: String,
    /// The provider it is addressed to.
    pub to: String,
    pub subject: String,
    /// The body, paragraph by paragraph; the requests are the lines starting "1. ", "2. "…
    pub paragraphs: Vec<String>,
    /// Who signs, and in what role: "Sam Okafor, Managing partner, Harbour Street Dental".
    pub signer: String,
    /// `YYYY-MM-DD` the contract should end (the last day of service asked for).
    pub end_date: String,
    /// `YYYY-MM-DD` of the last day the notice must arrive; null when no notice period is known.
    pub arrive_by: Option<String>,
    /// The reminder the app shows: "It must arrive by 5 Oct 2029 (312 days left), by email to …".
    pub reminder: String,
    /// The whole letter as plain text, ready to paste into an email.
    pub text: String,
}

/// The notice letter for a signed review, seen from `today`: it asks for the end of the
/// current term, or, once that notice deadline has passed, of the next term that can still be
/// stopped.
pub fn notice_letter(
    review: &Review,
    deadlines: &ContractDeadlines,
    today: NaiveDate,
) -> Result<NoticeLetter> {
    notice_letter_in(review, deadlines, today, review.language)
}

/// [`notice_letter`] with its reminder in `reminder_lang` (the window's or the terminal's
/// language); the letter itself is always in the review's language.
pub fn notice_letter_in(
    review: &Review,
    deadlines: &ContractDeadlines,
    today: NaiveDate,
    reminder_lang: Lang,
) -> Result<NoticeLetter> {
    if review.signed_on.is_none() {
        return Err(Error::invalid(
            "signed_on",
            msg::DEADLINE_LABEL_LETTER,
            msg::DEADLINE_LETTER_UNSIGNED,
        ));
    }
    if let Some(missing) = &deadlines.missing {
        return Err(Error::invalid(
            "context.start_date",
            msg::DEADLINE_LABEL_LETTER,
            missing,
        ));
    }
    let ctx = &review.context;
    // The first notice deadline that has not passed, with the end of the term it stops; or,
    // without a notice period, the end of the term.
    let next_notice = deadlines
        .deadlines
        .iter()
        .find(|d| d.kind == DeadlineKind::NoticeDeadline && d.days_left >= 0);
    let term_end = |key: &str| {
        deadlines
            .deadlines
            .iter()
            .find(|d| d.key == key)
            .map(|d| d.date.clone())
    };
    let (end_date, arrive_by) = match next_notice {
        Some(notice) => {
            let end_key = match notice.key.strip_prefix("notice-deadline") {
                Some("") | None => None,
                Some(suffix) => Some(format!("term-end{suffix}")),
            };
            let end = match end_key {
                Some(key) => term_end(&key),
                None => crate::insights::figures::compute(review, None)
                    .0
                    .dates
                    .map(|d| d.end),
            };
            (end, Some(notice.date.clone()))
        }
        None if deadlines.notice_passed.is_some() => {
            return Err(Error::invalid(
                "cancellation.renewal_term_months",
                msg::DEADLINE_LABEL_LETTER,
                msg::DEADLINE_LETTER_RENEWAL_UNKNOWN,
            ));
        }
        None => (term_end("term-end"), None),
    };
    let end_date = end_date.ok_or_else(|| {
        Error::invalid(
            "context.start_date",
            msg::DEADLINE_LABEL_LETTER,
            msg::DEADLINE_LETTER_NO_END,
        )
    })?;
    let lang = review.language;
    let t = |key: Key| text(lang, key);
    let tw = |key: Key, args: &[(&str, Arg<'_>)]| text_with(lang, key, args);
    let shown = |iso: &str| crate::i18n::format::iso_date(lang, iso);
    let company = if ctx.company.trim().is_empty() {
        t(msg::LETTER_COMPANY_PLACEHOLDER)
    } else {
        ctx.company.trim().to_owned()
    };
    let provider = ctx.provider.trim().to_owned();
    let plan = if ctx.plan.trim().is_empty() {
        t(msg::LETTER_PLAN_NONE)
    } else {
        tw(msg::LETTER_PLAN, &[("plan", Arg::from(ctx.plan.trim()))])
    };
    let reference = if ctx.quote_reference.trim().is_empty() {
        String::new()
    } else {
        tw(
            msg::LETTER_REFERENCE,
            &[("reference", Arg::from(ctx.quote_reference.trim()))],
        )
    };
    let start = ctx.start_date.as_deref().map(shown).unwrap_or_default();
    let clause = cancellation_clause(review).map_or(t(msg::LETTER_CLAUSE_NONE), |c| {
        // A bare number ("14.2") reads in Chinese as the article it is: 第14.2条.
        let c = match lang {
            Lang::ZhHans if c.starts_with(|ch: char| ch.is_ascii_digit()) => format!("第{c}条"),
            _ => c,
        };
        tw(msg::LETTER_CLAUSE, &[("clause", Arg::from(c))])
    });
    let method = notice_method(review);
    let renewal_term = deadlines.notice_passed.is_some();
    let mut paragraphs = vec![
        tw(
            msg::LETTER_NOTICE,
            &[
                ("company", Arg::from(company.as_str())),
                ("provider", Arg::from(provider.as_str())),
                ("plan", Arg::from(plan.as_str())),
                ("reference", Arg::from(reference.as_str())),
                ("start", Arg::from(start.as_str())),
                (
                    "term",
                    Arg::from(tw(
                        msg::LETTER_TERM,
                        &[("months", Arg::from(ctx.term_months))],
                    )),
                ),
            ],
        ),
        tw(
            msg::LETTER_END,
            &[
                ("clause", Arg::from(clause.as_str())),
                (
                    "which",
                    Arg::from(t(if renewal_term {
                        msg::LETTER_TERM_CURRENT_RENEWAL
                    } else {
                        msg::LETTER_TERM_CURRENT
                    })),
                ),
                ("end", Arg::from(shown(&end_date))),
            ],
        ),
    ];
    // "Written notice by email to …" reads on inside the English sentence: "…requires: written
    // notice…". Chinese keeps what the owner typed.
    let method_words = method.as_deref().map_or(String::new(), |m| {
        let mut chars = m.chars();
        let lowered: String = match (lang, chars.next(), chars.next()) {
            (Lang::En, Some(first), Some(second))
                if first.is_uppercase() && second.is_lowercase() =>
            {
                first.to_lowercase().chain(m.chars().skip(1)).collect()
            }
            _ => m.to_owned(),
        };
        tw(msg::LETTER_METHOD, &[("method", Arg::from(lowered))])
    });
    if let Some(day) = &arrive_by {
        paragraphs.push(tw(
            msg::LETTER_ARRIVE,
            &[
                ("day", Arg::from(shown(day))),
                ("method", Arg::from(method_words.as_str())),
            ],
        ));
    } else if !method_words.is_empty() {
        paragraphs.push(method_words.trim_start().to_owned());
    }
    let requests = t(msg::LETTER_REQUESTS);
    paragraphs.push(requests.clone());
    let end_arg = [("end", Arg::from(shown(&end_date)))];
    paragraphs.push(tw(msg::LETTER_REQUEST_CONFIRM, &end_arg));
    paragraphs.push(t(msg::LETTER_REQUEST_NUMBERS));
    paragraphs.push(tw(msg::LETTER_REQUEST_EXPORT, &end_arg));
    let conclusion = t(msg::LETTER_CONCLUSION);
    if !conclusion.is_empty() {
        paragraphs.push(conclusion);
    }
    let signoff = &review.signoff;
    let name = if signoff.approver_name.trim().is_empty() {
        ctx.reviewer.trim()
    } else {
        signoff.approver_name.trim()
    };
    let role = if signoff.approver_name.trim().is_empty() {
        ""
    } else {
        signoff.approver_role.trim()
    };
    let signer = match lang {
        Lang::En => [name, role, company.as_str()]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        // A Chinese letter signs with the company above and the person for it below:
        // "授权代表：张伟（总经理）".
        Lang::ZhHans => match (name, role) {
            ("", _) => String::new(),
            (name, "") => format!("授权代表：{name}"),
            (name, role) => tw(
                msg::LETTER_SIGNER_ROLE,
                &[("name", Arg::from(name)), ("role", Arg::from(role))],
            ),
        },
    };
    let dated = crate::i18n::format::date(lang, today);
    let subject = if ctx.plan.trim().is_empty() {
        tw(
            msg::LETTER_SUBJECT,
            &[
                ("provider", Arg::from(provider.as_str())),
                ("reference", Arg::from(reference.as_str())),
            ],
        )
    } else {
        tw(
            msg::LETTER_SUBJECT_PLAN,
            &[
                ("provider", Arg::from(provider.as_str())),
                ("plan", Arg::from(ctx.plan.trim())),
                ("reference", Arg::from(reference.as_str())),
            ],
        )
    };
    // The reminder is read on the screen that shows the letter, in that screen's language.
    let rt = |key: Key, args: &[(&str, Arg<'_>)]| text_with(reminder_lang, key, args);
    let how = method
        .as_deref()
        .map_or(rt(msg::LETTER_HOW_MISSING, &[]), |m| {
            rt(msg::LETTER_HOW, &[("method", Arg::from(m))])
        });
    let reminder_shown = |iso: &str| crate::i18n::format::iso_date(reminder_lang, iso);
    let reminder = match &arrive_by {
        Some(day) => {
            let days = NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .map(|d| (d - today).num_days())
                .unwrap_or(0);
            rt(
                msg::LETTER_REMINDER,
                &[
                    ("day", Arg::from(reminder_shown(day))),
                    (
                        "days_left",
                        Arg::from(crate::calc::dates::days_left_words_in(days, reminder_lang)),
                    ),
                    ("how", Arg::from(how.as_str())),
                ],
            )
        }
        None => rt(
            msg::LETTER_REMINDER_NO_NOTICE,
            &[
                ("end", Arg::from(reminder_shown(&end_date))),
                ("how", Arg::from(how.as_str())),
            ],
        ),
    };
    let text = match lang {
        Lang::En => english_text(
            &company,
            &dated,
            &provider,
            &subject,
            &paragraphs,
            &requests,
            &signer,
        ),
        Lang::ZhHans => chinese_text(
            &company,
            &dated,
            &provider,
            &subject,
            &paragraphs,
            &requests,
            &signer,
        ),
    };
    Ok(NoticeLetter {
        review_id: review.id,
        from: company,
        dated,
        to: provider,
        subject,
        paragraphs,
        signer,
        end_date,
        arrive_by,
        reminder,
        text,
    })
}

/// How far a Chinese letter's paragraphs are indented on their first line: two ideographic
/// spaces, as a Chinese business letter is set (首行缩进两字).
pub const CHINESE_INDENT: &str = "\u{3000}\u{3000}";

/// The English letter as plain text: sender, date, addressee, subject, greeting, body, close.
fn english_text(
    company: &str,
    dated: &str,
    provider: &str,
    subject: &str,
    paragraphs: &[String],
    requests: &str,
    signer: &str,
) -> String {
    let lang = Lang::En;
    let mut text = format!(
        "{company}\n\n{dated}\n\n{}\n\n{}\n\n{}\n\n",
        text_with(lang, msg::PDF_LETTER_TO, &[("to", Arg::from(provider))]),
        text_with(
            lang,
            msg::PDF_LETTER_SUBJECT,
            &[("subject", Arg::from(subject))]
        ),
        text_with(
            lang,
            msg::PDF_LETTER_GREETING,
            &[("to", Arg::from(provider))]
        ),
    );
    for p in paragraphs {
        text.push_str(p);
        text.push_str(if is_request(p) || p == requests {
            "\n"
        } else {
            "\n\n"
        });
    }
    text.push_str(&format!(
        "\n{}\n\n\n{signer}\n",
        crate::i18n::text(lang, msg::PDF_LETTER_CLOSING)
    ));
    text
}

/// The Chinese letter as plain text, set as a Chinese business writes one: addressee and
/// subject (致、事由), the greeting, indented paragraphs ending 特此通知, 此致 indented above
/// 敬礼, then the company, the signer and the date at the foot (落款与日期).
fn chinese_text(
    company: &str,
    dated: &str,
    provider: &str,
    subject: &str,
    paragraphs: &[String],
    requests: &str,
    signer: &str,
) -> String {
    let lang = Lang::ZhHans;
    let mut text = format!(
        "{}\n{}\n\n{}\n\n",
        text_with(lang, msg::PDF_LETTER_TO, &[("to", Arg::from(provider))]),
        text_with(
            lang,
            msg::PDF_LETTER_SUBJECT,
            &[("subject", Arg::from(subject))]
        ),
        text_with(
            lang,
            msg::PDF_LETTER_GREETING,
            &[("to", Arg::from(provider))]
        ),
    );
    for p in paragraphs {
        text.push_str(CHINESE_INDENT);
        text.push_str(p);
        text.push_str(if is_request(p) || p == requests {
            "\n"
        } else {
            "\n\n"
        });
    }
    let closing = crate::i18n::text(lang, msg::PDF_LETTER_CLOSING);
    let mut lines = closing.lines();
    if let Some(first) = lines.next() {
        text.push_str(CHINESE_INDENT);
        text.push_str(first);
        text.push('\n');
    }
    for line in lines {
        text.push_str(line.trim());
        text.push('\n');
    }
    text.push('\n');
    // The company's seal goes beside its name: a Chinese provider expects a stamped letter.
    let sealed = if company.is_empty() {
        String::new()
    } else {
        format!("{company}（盖章）")
    };
    for line in [sealed.as_str(), signer, dated] {
        if !line.is_empty() {
            text.push_str(line);
            text.push('\n');
        }
    }
    text
}

/// Whether a paragraph is one of the numbered requests ("1. Confirm…").
pub fn is_request(paragraph: &str) -> bool {
    paragraph.starts_with(|c: char| c.is_ascii_digit())
}
