//! `calc support`: response and resolution graded, and what support costs.

use super::{Output, comma, emit, money, with_note};
use crate::{arg, count, pad_right, say};
use clap::Args;
use serde::Serialize;
use voip_review_core::Error;
use voip_review_core::calc::support::{
    self, ResponseGrade, SupportCostInput, SupportPricing, WorstCase,
};
use voip_review_core::error::Words;
use voip_review_core::i18n::{Key, Lang, msg, text};
use voip_review_core::insights::words;
use voip_review_core::money::parse_amount;

#[derive(Args)]
pub struct SupportArgs {
    /// P1 (system down) response, minutes.
    #[arg(long)]
    p1_response: Option<u32>,
    /// P2 (major function impaired) response, minutes.
    #[arg(long)]
    p2_response: Option<u32>,
    /// P3 (minor, with a workaround) response, minutes.
    #[arg(long)]
    p3_response: Option<u32>,
    /// P4 (question or request) response, minutes.
    #[arg(long)]
    p4_response: Option<u32>,
    /// P1 resolution (fix) time, hours.
    #[arg(long)]
    p1_resolution: Option<u32>,
    /// P2 resolution time, hours.
    #[arg(long)]
    p2_resolution: Option<u32>,
    /// P3 resolution time, hours.
    #[arg(long)]
    p3_resolution: Option<u32>,
    /// P4 resolution time, hours.
    #[arg(long)]
    p4_resolution: Option<u32>,
    /// When the clock runs: 24x7, business-hours (Mon–Fri 09:00–17:00), or p1-24x7 (P1
    /// around the clock, the rest in business hours).
    #[arg(long, value_parser = ["24x7", "business-hours", "p1-24x7"])]
    clock: Option<String>,
    /// How support is priced.
    #[arg(long, value_parser = ["included", "tiered", "paid-plan", "per-incident", "not-sure"])]
    pricing: Option<String>,
    /// Monthly cost of the paid plan or tier you need, e.g. 50.00.
    #[arg(long)]
    paid_monthly: Option<String>,
    /// Price per incident (with --pricing per-incident).
    #[arg(long)]
    per_incident_fee: Option<String>,
    /// Incidents expected a year (with --pricing per-incident).
    #[arg(long)]
    incidents: Option<u32>,
    /// Support is free in the first year only: the cost counts from month 13.
    #[arg(long)]
    free_first_year: bool,
    /// Term in months.
    #[arg(long, default_value_t = 36)]
    term: u32,
    #[arg(long, default_value = "USD")]
    currency: String,
    #[command(flatten)]
    out: Output,
}

/// One severity of `calc support`.
#[derive(Serialize)]
struct SeverityRow {
    severity: &'static str,
    /// In English, as the JSON has always carried it; `meaning_key` shows it in the terminal's
    /// language.
    meaning: String,
    #[serde(skip)]
    meaning_key: Key,
    response_minutes: Option<u32>,
    grade: Option<ResponseGrade>,
    resolution_hours: Option<u32>,
    /// On a business-hours clock, a fault logged Friday 17:00: when the response and the fix
    /// fall due, in words (English in the JSON).
    business_hours_response_due: Option<String>,
    business_hours_resolution_due: Option<String>,
    #[serde(skip)]
    response_due: Option<WorstCase>,
    #[serde(skip)]
    resolution_due: Option<WorstCase>,
}

#[derive(Serialize)]
struct SupportOut {
    scale: &'static str,
    severities: Vec<SeverityRow>,
    cost: Option<SupportCostOut>,
}

#[derive(Serialize)]
struct SupportCostOut {
    currency: String,
    monthly_minor: i64,
    charged_months: u32,
    over_term_minor: i64,
    free_first_year: bool,
    /// In English in the JSON; `rule_key` shows it in the terminal's language.
    rule: String,
    #[serde(skip)]
    rule_key: Key,
}

/// When a business-hours promise falls due for a fault logged Friday 17:00, in words:
/// "Monday 11:00 (66 h later)" / "周一 11:00（66小时后）".
fn business_hours_due(lang: Lang, due: WorstCase) -> String {
    say(
        lang,
        msg::INSIGHTS_SEVERITY_DUE,
        &[
            ("weekday", arg(support::weekday_name_in(lang, due.weekday))),
            (
                "time",
                arg(format!(
                    "{:02}:{:02}",
                    due.minute_of_day / 60,
                    due.minute_of_day % 60
                )),
            ),
            ("elapsed", arg(words::minutes(lang, due.elapsed_minutes))),
        ],
    )
}

pub(super) fn support(
    SupportArgs {
        p1_response,
        p2_response,
        p3_response,
        p4_response,
        p1_resolution,
        p2_resolution,
        p3_resolution,
        p4_resolution,
        clock,
        pricing,
        paid_monthly,
        per_incident_fee,
        incidents,
        free_first_year,
        term,
        currency,
        out,
    }: SupportArgs,
    lang: Lang,
) -> Result<(), Error> {
    voip_review_core::money::check_currency("--currency", "--currency", &currency)?;
    if !(1..=120).contains(&term) {
        return Err(Error::invalid(
            "--term",
            "--term",
            Words::msg_with(
                msg::CLI_CALC_REFUSE_TERM,
                vec![("value", Words::Plain(term.to_string()))],
            ),
        ));
    }
    let levels = [
        ("P1", msg::CLI_CALC_SUPPORT_P1, p1_response, p1_resolution),
        ("P2", msg::CLI_CALC_SUPPORT_P2, p2_response, p2_resolution),
        ("P3", msg::CLI_CALC_SUPPORT_P3, p3_response, p3_resolution),
        ("P4", msg::CLI_CALC_SUPPORT_P4, p4_response, p4_resolution),
    ];
    for (severity, _, response, resolution) in levels {
        if response.is_some_and(|m| m > 43_200) {
            let flag = format!("--{}-response", severity.to_lowercase());
            return Err(Error::invalid(
                flag.clone(),
                flag,
                msg::CLI_CALC_REFUSE_RESPONSE,
            ));
        }
        if resolution.is_some_and(|h| h > 720) {
            let flag = format!("--{}-resolution", severity.to_lowercase());
            return Err(Error::invalid(
                flag.clone(),
                flag,
                msg::CLI_CALC_REFUSE_RESOLUTION,
            ));
        }
    }
    // The first severity a business-hours clock applies to.
    let business_from = match clock.as_deref() {
        Some("business-hours") => 0,
        Some("p1-24x7") => 1,
        _ => levels.len(),
    };
    let severities: Vec<SeverityRow> = levels
        .iter()
        .enumerate()
        .filter(|(_, (_, _, response, resolution))| response.is_some() || resolution.is_some())
        .map(|(i, &(severity, meaning, response, resolution))| {
            let business = i >= business_from;
            let response_due = response
                .filter(|_| business)
                .map(support::business_hours_worst_case);
            let resolution_due = resolution
                .filter(|_| business)
                .map(|h| support::business_hours_worst_case(h * 60));
            SeverityRow {
                severity,
                meaning: text(Lang::En, meaning),
                meaning_key: meaning,
                response_minutes: response,
                grade: response.map(|m| support::grade_response(f64::from(m))),
                resolution_hours: resolution,
                business_hours_response_due: response_due
                    .map(|due| business_hours_due(Lang::En, due)),
                business_hours_resolution_due: resolution_due
                    .map(|due| business_hours_due(Lang::En, due)),
                response_due,
                resolution_due,
            }
        })
        .collect();
    let amount = |flag: &str, text: Option<&str>| {
        text.map(|t| parse_amount(flag, flag, t, &currency))
            .transpose()
    };
    let cost = match pricing.as_deref() {
        None if paid_monthly.is_none() && per_incident_fee.is_none() => None,
        text => {
            let input = SupportCostInput {
                pricing: text.and_then(SupportPricing::parse),
                paid_monthly_minor: amount("--paid-monthly", paid_monthly.as_deref())?,
                per_incident_fee_minor: amount("--per-incident-fee", per_incident_fee.as_deref())?,
                incidents_per_year: incidents,
                free_first_year_only: free_first_year,
            };
            if input.pricing == Some(SupportPricing::PerIncident)
                && (input.per_incident_fee_minor.is_none() || incidents.is_none())
            {
                return Err(Error::invalid(
                    "--per-incident-fee",
                    "--per-incident-fee",
                    msg::CLI_CALC_REFUSE_PER_INCIDENT,
                ));
            }
            let cost = support::support_cost(&input);
            let over_term = cost.over_term_minor(term).ok_or_else(|| {
                Error::invalid(
                    "--paid-monthly",
                    "--paid-monthly",
                    msg::CLI_CALC_REFUSE_SUPPORT_TOO_LARGE,
                )
            })?;
            Some(SupportCostOut {
                currency: currency.clone(),
                monthly_minor: cost.monthly_minor,
                charged_months: cost.charged_months(term),
                over_term_minor: over_term,
                free_first_year: cost.free_first_year,
                rule: cost.rule_in(Lang::En),
                rule_key: cost.rule,
            })
        }
    };
    if severities.is_empty() && cost.is_none() {
        return Err(Error::invalid(
            "--p1-response",
            "--p1-response",
            msg::CLI_CALC_REFUSE_SUPPORT_NOTHING,
        ));
    }
    let result = SupportOut {
        scale: support::SCALE_TEXT,
        severities,
        cost,
    };
    let m = money(lang, &currency);
    emit(out.json, &result, || {
        let t = |key| text(lang, key);
        let mut out = String::new();
        for row in &result.severities {
            let response = match (row.response_minutes, row.grade) {
                (Some(minutes), Some(grade)) => say(
                    lang,
                    msg::CLI_CALC_SUPPORT_RESPONSE,
                    &[
                        ("time", arg(words::minutes(lang, minutes))),
                        ("grade", arg(words::grade(lang, grade))),
                    ],
                ),
                _ => t(msg::CLI_CALC_SUPPORT_NO_RESPONSE),
            };
            let fix = row
                .resolution_hours
                .map_or(t(msg::CLI_CALC_SUPPORT_NO_FIX), |h| {
                    say(
                        lang,
                        msg::CLI_CALC_SUPPORT_FIXED_IN,
                        &[("time", arg(words::minutes(lang, h * 60)))],
                    )
                });
            out.push_str(&format!(
                "{} {} {response}{}{fix}\n",
                row.severity,
                pad_right(&t(row.meaning_key), 25),
                comma(lang)
            ));
            let due: Vec<String> = [
                row.response_due.map(|d| {
                    say(
                        lang,
                        msg::CLI_CALC_SUPPORT_ANSWERED_BY,
                        &[("due", arg(business_hours_due(lang, d)))],
                    )
                }),
                row.resolution_due.map(|d| {
                    say(
                        lang,
                        msg::CLI_CALC_SUPPORT_FIXED_BY,
                        &[("due", arg(business_hours_due(lang, d)))],
                    )
                }),
            ]
            .into_iter()
            .flatten()
            .collect();
            if !due.is_empty() {
                let and = match lang {
                    Lang::En => " and ",
                    Lang::ZhHans => "，",
                };
                out.push_str(&format!(
                    "   {}\n",
                    say(
                        lang,
                        msg::CLI_CALC_SUPPORT_BUSINESS_HOURS,
                        &[("due", arg(due.join(and)))],
                    )
                ));
            }
        }
        if !result.severities.is_empty() {
            out.push_str(&say(
                lang,
                msg::CLI_CALC_SUPPORT_SCALE,
                &[("scale", arg(words::support_scale(lang)))],
            ));
            out.push('\n');
        }
        if let Some(c) = &result.cost {
            let label = |key| pad_right(&t(key), 17);
            let months = say(
                lang,
                msg::CLI_CALC_SUPPORT_CHARGED_MONTHS,
                &[("months", count(c.charged_months))],
            );
            let charged = if c.free_first_year {
                say(
                    lang,
                    msg::CLI_CALC_SUPPORT_FREE_FIRST_YEAR,
                    &[("months", arg(months))],
                )
            } else {
                months
            };
            out.push_str(&format!(
                "{}{}\n{}{charged}\n{}{}",
                label(msg::CLI_CALC_SUPPORT_MONTHLY),
                with_note(lang, &m(c.monthly_minor), &t(c.rule_key)),
                label(msg::CLI_CALC_SUPPORT_CHARGED),
                label(msg::CLI_CALC_SUPPORT_OVER_TERM),
                say(
                    lang,
                    msg::CLI_CALC_SUPPORT_OVER_TERM_VALUE,
                    &[("amount", arg(m(c.over_term_minor)))],
                ),
            ));
        }
        out.trim_end().to_owned()
    })
}
