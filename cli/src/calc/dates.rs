//! `calc dates`: the contract's end, its renewal and the notice deadline.

use super::{Output, emit};
use crate::{arg, pad_right, say};
use clap::Args;
use voip_review_core::Error;
use voip_review_core::calc::dates::{self, DeadlineStatus, Notice, NoticeBasis};
use voip_review_core::i18n::{Lang, format, msg, text};

#[derive(Args)]
pub struct DatesArgs {
    /// Start (go-live) date, YYYY-MM-DD.
    #[arg(long)]
    start: String,
    #[arg(long, default_value_t = 36)]
    term: u32,
    /// Notice period in days.
    #[arg(long, conflicts_with = "notice_months")]
    notice_days: Option<u32>,
    /// Notice period in months (corresponding date; the month's last day when it is
    /// shorter).
    #[arg(long)]
    notice_months: Option<u32>,
    /// What the clause counts the notice back from: the end of the term (its last day) or
    /// the renewal date. When unsure, keep `end`: the earlier date.
    #[arg(long, value_parser = ["end", "renewal"], default_value = "end")]
    counted_before: String,
    /// Count days left from this date instead of today, YYYY-MM-DD.
    #[arg(long)]
    today: Option<String>,
    /// Months it renews for when not cancelled.
    #[arg(long)]
    renewal_months: Option<u32>,
    #[command(flatten)]
    out: Output,
}

pub(super) fn dates(
    DatesArgs {
        start,
        term,
        notice_days,
        notice_months,
        counted_before,
        today,
        renewal_months,
        out,
    }: DatesArgs,
    lang: Lang,
) -> Result<(), Error> {
    let start = dates::parse_date("--start", "--start", &start)?;
    let today = match today {
        Some(text) => dates::parse_date("--today", "--today", &text)?,
        None => chrono::Local::now().date_naive(),
    };
    let notice = notice_days
        .map(Notice::Days)
        .or(notice_months.map(Notice::Months));
    let basis = NoticeBasis::parse(&counted_before).unwrap_or_default();
    let d = dates::contract_dates(start, term, notice, basis, renewal_months, Some(today))?;
    emit(out.json, &d, || {
        // English keeps its ISO dates and column of 23; Chinese writes 2029年10月5日.
        let shown = |iso: &str| match lang {
            Lang::En => iso.to_owned(),
            _ => format::iso_date(lang, iso),
        };
        let row = |label: String, value: &str| format!("{}{value}", pad_right(&label, 23));
        let t = |key| text(lang, key);
        let mut lines = vec![
            row(t(msg::CLI_CALC_DATES_START), &shown(&d.start)),
            row(t(msg::CLI_CALC_DATES_TERM_ENDS), &shown(&d.end)),
            row(t(msg::CLI_CALC_DATES_RENEWAL), &shown(&d.renewal)),
        ];
        let rule = match lang {
            Lang::En => d.notice_rule.clone(),
            _ => d.notice_rule_in(lang),
        };
        if let (Some(deadline), Some(rule)) = (&d.notice_deadline, rule) {
            lines.push(row(t(msg::CLI_CALC_DATES_NOTICE_BY), &shown(deadline)));
            lines.push(row(format!("  {}", t(msg::CLI_CALC_DATES_RULE)), &rule));
            if let (Some(days), Some(status)) = (d.days_to_notice_deadline, d.notice_status) {
                let from = say(
                    lang,
                    msg::CLI_CALC_DATES_FROM,
                    &[("today", arg(shown(&today.to_string())))],
                );
                let warning = match status {
                    DeadlineStatus::Ahead => String::new(),
                    DeadlineStatus::Soon => format!("  {}", t(msg::CLI_CALC_DATES_SOON)),
                    DeadlineStatus::Passed => format!("  {}", t(msg::CLI_CALC_DATES_PASSED)),
                };
                lines.push(row(
                    format!("  {from}"),
                    &format!("{}{warning}", dates::days_left_words_in(days, lang)),
                ));
            }
        }
        if let Some(end) = &d.renewal_term_end {
            lines.push(say(
                lang,
                msg::CLI_CALC_DATES_RENEWS_UNTIL,
                &[("end", arg(shown(end)))],
            ));
        }
        lines.join("\n")
    })
}
