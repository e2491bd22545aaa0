//! The notice letter that stops a renewal (or confirms the end at the end of the term): built
//! once, as structured text, for the PDF (`crate::pdf::render_letter`), the plain text to paste
//! into an email, and the CLI.

use super::{ContractDeadlines, DeadlineKind, cancellation_clause, notice_method};
use crate::error::{Error, Result};
use crate::i18n::msg;
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
    let shown = crate::dates::display_iso;
    let company = if ctx.company.trim().is_empty() {
        "[Your company]".to_owned()
    } else {
        ctx.company.trim().to_owned()
    };
    let provider = ctx.provider.trim().to_owned();
    let plan = if ctx.plan.trim().is_empty() {
        "our business phone service".to_owned()
    } else {
        format!("the {} plan", ctx.plan.trim())
    };
    let reference = if ctx.quote_reference.trim().is_empty() {
        String::new()
    } else {
        format!(
            " (account or quote reference {})",
            ctx.quote_reference.trim()
        )
    };
    let start = ctx.start_date.as_deref().map(shown).unwrap_or_default();
    let clause = cancellation_clause(review).map_or(
        "the renewal and termination terms of the contract".to_owned(),
        |c| format!("{c} of the contract"),
    );
    let method = notice_method(review);
    let renewal_term = deadlines.notice_passed.is_some();
    let mut paragraphs = vec![
        format!(
            "We give notice that {company} will not renew its contract with {provider} for {plan}{reference}, which started on {start} for a term of {}.",
            crate::wording::count(ctx.term_months, "month", "months"),
        ),
        format!(
            "Relying on {clause}, we ask that the contract end at the end of the {} term, on {} (our last day of service), and that it not renew after that day.",
            if renewal_term {
                "current renewal"
            } else {
                "current"
            },
            shown(&end_date),
        ),
    ];
    // "Written notice by email to …" reads on inside the sentence: "…requires: written notice…".
    let method_words = method.as_deref().map_or(String::new(), |m| {
        let mut chars = m.chars();
        let lowered: String = match (chars.next(), chars.next()) {
            (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
                first.to_lowercase().chain(m.chars().skip(1)).collect()
            }
            _ => m.to_owned(),
        };
        format!(" This notice is given as the contract requires: {lowered}.")
    });
    if let Some(day) = &arrive_by {
        paragraphs.push(format!(
            "This notice is sent to reach you no later than {}, the last day notice can be given for this term.{method_words}",
            shown(day)
        ));
    } else if !method_words.is_empty() {
        paragraphs.push(method_words.trim_start().to_owned());
    }
    paragraphs.push("Please:".to_owned());
    paragraphs.push(format!(
        "1. Confirm in writing, within 10 business days of receiving this letter, that the contract ends on {} and will not renew, and that nothing will be charged for any period after that day.",
        shown(&end_date)
    ));
    paragraphs.push(
        "2. Release our telephone numbers to the provider we choose as soon as the port-out is requested, and tell us in advance of any port-out charge.".to_owned(),
    );
    paragraphs.push(format!(
        "3. Send us, before {}, an export of our call records, call recordings and voicemail messages, and tell us their format and the last day they can be downloaded.",
        shown(&end_date)
    ));
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
    let signer = [name, role, company.as_str()]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let dated = crate::dates::display(today);
    let subject = format!(
        "Notice of non-renewal: {}{reference}",
        if ctx.plan.trim().is_empty() {
            provider.clone()
        } else {
            format!("{provider}, {}", ctx.plan.trim())
        }
    );
    let how = method.as_deref().map_or(
        " Check the contract for how notice must be given (email, post or portal).".to_owned(),
        |m| format!(" How: {m}."),
    );
    let reminder = match &arrive_by {
        Some(day) => {
            let days = NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .map(|d| (d - today).num_days())
                .unwrap_or(0);
            format!(
                "The letter must arrive by {} ({}). Send it early: the day it arrives counts, not the day it is sent. Keep proof of delivery.{how}",
                shown(day),
                crate::calc::dates::days_left_words(days)
            )
        }
        None => format!(
            "No notice period is entered: the contract ends on {}. Send the letter early and keep proof of delivery.{how}",
            shown(&end_date)
        ),
    };
    let mut text = format!(
        "{company}\n\n{dated}\n\nTo: {provider}\n\nSubject: {subject}\n\nDear {provider},\n\n"
    );
    for p in &paragraphs {
        text.push_str(p);
        text.push_str(
            if p.starts_with(|c: char| c.is_ascii_digit()) || p == "Please:" {
                "\n"
            } else {
                "\n\n"
            },
        );
    }
    text.push_str(&format!("\nYours faithfully,\n\n\n{signer}\n"));
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
