//! `calc exit-cost`: what leaving costs after given months.

use super::{Hardware, Output, Recurring, emit, money, tco_input};
use crate::{arg, display_width, pad_left, say};
use clap::Args;
use voip_review_core::Error;
use voip_review_core::calc::dates::{self};
use voip_review_core::calc::exit::{self, EtfStructure};
use voip_review_core::calc::tco::{self};
use voip_review_core::error::Words;
use voip_review_core::i18n::{Lang, format, msg, text};
use voip_review_core::money::parse_amount;

#[derive(Args)]
pub struct ExitCostArgs {
    #[arg(long, value_parser = ["none", "fixed", "percent", "all-remaining", "sliding"])]
    structure: String,
    #[command(flatten)]
    money: Recurring,
    /// The fixed fee (with --structure fixed).
    #[arg(long)]
    fixed: Option<String>,
    /// Percent of the remaining value (with --structure percent).
    #[arg(long)]
    percent: Option<f64>,
    /// Percent of the remaining value per contract year (with --structure sliding), e.g.
    /// 100,50,25.
    #[arg(long, value_delimiter = ',')]
    sliding: Vec<f64>,
    #[arg(long, default_value_t = 0)]
    walkaway_days: u32,
    /// Service start date, YYYY-MM-DD: the walk-away window is then counted in real days.
    #[arg(long)]
    start: Option<String>,
    /// Port-out fee per number, e.g. 15.00.
    #[arg(long)]
    port_out_fee: Option<String>,
    /// Numbers you would port out.
    #[arg(long, default_value_t = 0)]
    numbers: u32,
    /// Promotional discounts are paid back on early exit (needs --promo-months/--promo-percent).
    #[arg(long)]
    clawback: bool,
    #[command(flatten)]
    hardware: Hardware,
    /// Months of service before leaving. Repeatable; default 6, 12, 24 and 30.
    #[arg(long = "month")]
    months: Vec<u32>,
    #[command(flatten)]
    out: Output,
}

pub(super) fn exit_cost(
    ExitCostArgs {
        structure,
        money: recurring,
        fixed,
        percent,
        sliding,
        walkaway_days,
        start,
        port_out_fee,
        numbers,
        clawback,
        hardware,
        months,
        out,
    }: ExitCostArgs,
    lang: Lang,
) -> Result<(), Error> {
    let input = tco_input(&recurring)?;
    let contracted = tco::total_cost(&input)?;
    let missing = |flag: &str| {
        Error::invalid(
            flag,
            flag,
            Words::msg_with(
                msg::CLI_CALC_REFUSE_REQUIRED_WITH,
                vec![("structure", Words::from(&structure))],
            ),
        )
    };
    let structure = match structure.as_str() {
        "none" => EtfStructure::None,
        "fixed" => EtfStructure::Fixed {
            amount_minor: parse_amount(
                "--fixed",
                "--fixed",
                fixed.as_deref().ok_or_else(|| missing("--fixed"))?,
                &recurring.currency,
            )?,
        },
        "percent" => EtfStructure::PercentOfRemaining {
            percent: percent.ok_or_else(|| missing("--percent"))?,
        },
        "all-remaining" => EtfStructure::AllRemaining,
        _ => {
            if sliding.is_empty() {
                return Err(missing("--sliding"));
            }
            EtfStructure::Declining {
                steps: exit::yearly_steps(&sliding),
            }
        }
    };
    let months = if months.is_empty() {
        [6, 12, 24, 30]
            .into_iter()
            .filter(|m| *m <= recurring.term)
            .collect()
    } else {
        months
    };
    let start_date = start
        .as_deref()
        .map(|s| dates::parse_date("--start", "--start", s))
        .transpose()?;
    let terms = exit::ExitTerms {
        structure,
        walkaway_days,
        start_date,
        port_out_fee_per_number_minor: port_out_fee.as_deref().map_or(Ok(0), |f| {
            parse_amount("--port-out-fee", "--port-out-fee", f, &recurring.currency)
        })?,
        numbers_ported: numbers,
        promotion_clawback: clawback,
        promotion_discounts_minor: contracted.promotion_discounts_minor.clone(),
        hardware: hardware.payments(&recurring.currency)?,
    };
    let costs = exit::exit_costs(&terms, &contracted.monthly_schedule(), &months)?;
    let m = money(lang, &recurring.currency);
    emit(out.json, &costs, || {
        let headers = [
            msg::CLI_CALC_EXIT_AFTER,
            msg::CLI_CALC_EXIT_DAYS,
            msg::CLI_CALC_EXIT_MONTHS_LEFT,
            msg::CLI_CALC_EXIT_REMAINING,
            msg::CLI_CALC_EXIT_FEE,
            msg::CLI_CALC_EXIT_PORT_OUT,
            msg::CLI_CALC_EXIT_CLAWBACK,
            msg::CLI_CALC_EXIT_HARDWARE,
            msg::CLI_CALC_EXIT_TOTAL,
        ]
        .map(|key| text(lang, key));
        // Each column as wide as its figures need, or its heading when that is wider.
        let widths: Vec<usize> = [5, 4, 11, 18, 16, 14, 14, 14, 16]
            .into_iter()
            .zip(&headers)
            .map(|(width, heading)| width.max(display_width(heading)))
            .collect();
        let row = |cells: [String; 9]| {
            cells
                .iter()
                .zip(&widths)
                .map(|(cell, width)| pad_left(cell, *width))
                .collect::<Vec<_>>()
                .join("  ")
        };
        let mut lines = vec![row(headers.clone())];
        for c in &costs {
            let mut line = row([
                c.after_month.to_string(),
                c.days_of_service.to_string(),
                c.remaining_months.to_string(),
                m(c.remaining_value_minor),
                m(c.fee_minor),
                m(c.port_out_minor),
                m(c.clawback_minor),
                m(c.hardware_balance_minor),
                m(c.total_minor),
            ]);
            if c.within_walkaway {
                line.push_str("  ");
                line.push_str(&text(lang, msg::CLI_CALC_EXIT_WALKAWAY));
            }
            lines.push(line);
        }
        lines.push(match start_date {
            Some(s) => say(
                lang,
                msg::CLI_CALC_EXIT_DAYS_FROM_START,
                &[(
                    "start",
                    arg(match lang {
                        Lang::En => s.to_string(),
                        _ => format::date(lang, s),
                    }),
                )],
            ),
            None => text(lang, msg::CLI_CALC_EXIT_NO_START),
        });
        lines.join("\n")
    })
}
