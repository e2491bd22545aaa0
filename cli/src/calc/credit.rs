//! `calc credit`: the service credit an outage earns under a tiered table.

use super::{Output, emit, money, outage_month_days, window};
use crate::{arg, say};
use clap::Args;
use voip_review_core::Error;
use voip_review_core::calc::sla::{self, CreditTier};
use voip_review_core::calc::{ppm_to_percent, trim_number};
use voip_review_core::error::Words;
use voip_review_core::i18n::{Lang, format, msg, text};
use voip_review_core::money::parse_amount;

#[derive(Args)]
pub struct CreditArgs {
    /// A tier as UPTIME:CREDIT, e.g. 99.9:10 (below 99.9 % uptime, 10 % credit). Repeat.
    #[arg(long = "tier", value_name = "UPTIME:CREDIT", required = true)]
    tiers: Vec<String>,
    /// Cap on the credit, percent of the monthly charge.
    #[arg(long)]
    cap: Option<f64>,
    /// Length of the outage in minutes (within one measurement window).
    #[arg(long)]
    outage_minutes: f64,
    /// Monthly charge, e.g. 342.00.
    #[arg(long)]
    monthly: String,
    #[arg(long, default_value = "USD")]
    currency: String,
    #[arg(long, value_parser = ["day", "week", "month", "quarter", "year"], default_value = "month")]
    window: String,
    /// The month the outage happened in, YYYY-MM: the window is that month (or its quarter
    /// or year), with its real length.
    #[arg(long, value_name = "YYYY-MM", conflicts_with = "days")]
    month: Option<String>,
    /// Length of the window the outage happened in, days (a calendar month: 28–31).
    #[arg(long)]
    days: Option<u32>,
    #[command(flatten)]
    out: Output,
}

pub(super) fn credit(
    CreditArgs {
        tiers,
        cap,
        outage_minutes,
        monthly,
        currency,
        window: w,
        month,
        days,
        out,
    }: CreditArgs,
    lang: Lang,
) -> Result<(), Error> {
    voip_review_core::money::check_currency("--currency", "--currency", &currency)?;
    let monthly = parse_amount("--monthly", "--monthly", &monthly, &currency)?;
    let tiers = tiers
        .iter()
        .map(|t| {
            let (below, credit) = t.split_once(':').ok_or_else(|| {
                Error::invalid(
                    "--tier",
                    "--tier",
                    Words::msg_with(msg::CLI_CALC_REFUSE_TIER, vec![("value", Words::from(t))]),
                )
            })?;
            let number = |s: &str| {
                s.trim().parse::<f64>().map_err(|_| {
                    Error::invalid(
                        "--tier",
                        "--tier",
                        Words::msg_with(
                            msg::CLI_CALC_REFUSE_NOT_A_NUMBER,
                            vec![("value", Words::from(s))],
                        ),
                    )
                })
            };
            Ok(CreditTier {
                below_uptime_percent: number(below)?,
                credit_percent: number(credit)?,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let w = window(&w);
    let window_days = match (month.as_deref(), days) {
        (Some(m), _) => Some(outage_month_days(w, m)?),
        (None, d) => d,
    };
    let owed = sla::credit_owed(&tiers, cap, w, window_days, outage_minutes * 60.0, monthly)?;
    let m = money(lang, &currency);
    emit(out.json, &owed, || {
        let length = arg(w.length_label_in(lang, owed.window_days));
        let window_line = if owed.window_days_assumed && w.shortest_days() != w.longest_days() {
            say(
                lang,
                msg::CLI_CALC_CREDIT_WINDOW_ASSUMED,
                &[("length", length), ("window", arg(w.label_in(lang)))],
            )
        } else {
            say(lang, msg::CLI_CALC_CREDIT_WINDOW, &[("length", length)])
        };
        let percent = |ppm| format::percent(lang, &trim_number(ppm_to_percent(ppm)));
        let tier = match owed.tier {
            Some(t) => say(
                lang,
                msg::CLI_CALC_CREDIT_TIER,
                &[
                    ("n", arg(t + 1)),
                    ("below", arg(tiers[t as usize].below_uptime_percent)),
                ],
            ),
            None => text(lang, msg::CLI_CALC_CREDIT_NO_TIER),
        };
        let amount = if owed.capped {
            say(
                lang,
                msg::CLI_CALC_CREDIT_AMOUNT_CAPPED,
                &[
                    ("percent", arg(percent(owed.credit_after_cap_ppm))),
                    ("before", arg(percent(owed.credit_ppm))),
                    ("amount", arg(m(owed.credit_minor))),
                ],
            )
        } else {
            say(
                lang,
                msg::CLI_CALC_CREDIT_AMOUNT,
                &[
                    ("percent", arg(percent(owed.credit_after_cap_ppm))),
                    ("amount", arg(m(owed.credit_minor))),
                ],
            )
        };
        [
            window_line,
            say(
                lang,
                msg::CLI_CALC_CREDIT_UPTIME,
                &[("uptime", arg(percent(owed.achieved_uptime_ppm)))],
            ),
            tier,
            amount,
        ]
        .join("\n")
    })
}
