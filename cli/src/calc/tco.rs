//! `calc tco`: the total cost of ownership over the term.

use super::{Hardware, Output, Recurring, emit, money, tco_input};
use crate::{arg, pad_right, say};
use clap::Args;
use voip_review_core::Error;
use voip_review_core::calc::tco::{self, UpfrontItem};
use voip_review_core::error::Words;
use voip_review_core::i18n::{Lang, msg};
use voip_review_core::money::parse_amount;

#[derive(Args)]
pub struct TcoArgs {
    #[command(flatten)]
    money: Recurring,
    #[arg(long)]
    seats: Option<u32>,
    /// Seats added at each anniversary.
    #[arg(long, default_value_t = 0)]
    seat_growth: u32,
    /// Add-ons per month.
    #[arg(long)]
    addons: Option<String>,
    /// Paid support per month.
    #[arg(long)]
    support: Option<String>,
    /// Support is free in the first year only: --support counts from month 13.
    #[arg(long)]
    support_free_first_year: bool,
    #[command(flatten)]
    hardware: Hardware,
    /// Taxes and fees on top of the recurring charges, percent.
    #[arg(long)]
    taxes: Option<f64>,
    /// Whether taxes are charged on top is not known: the total leaves them out and says so.
    #[arg(long, conflicts_with = "taxes")]
    taxes_not_sure: bool,
    /// A one-time cost as LABEL=AMOUNT, e.g. Setup=199. Repeat.
    #[arg(long = "upfront", value_name = "LABEL=AMOUNT")]
    upfront: Vec<String>,
    #[command(flatten)]
    out: Output,
}

pub(super) fn total_cost(
    TcoArgs {
        money: recurring,
        seats,
        seat_growth,
        addons,
        support,
        support_free_first_year,
        hardware,
        taxes,
        taxes_not_sure,
        upfront,
        out,
    }: TcoArgs,
    lang: Lang,
) -> Result<(), Error> {
    let mut input = tco_input(&recurring)?;
    let currency = recurring.currency.clone();
    let amount = |flag: &str, text: Option<&str>| {
        text.map_or(Ok(0), |t| parse_amount(flag, flag, t, &currency))
    };
    input.seats = seats;
    input.seat_growth_per_year = seat_growth;
    input.addons_monthly_minor = amount("--addons", addons.as_deref())?;
    input.support_monthly_minor = amount("--support", support.as_deref())?;
    input.support_free_first_year = support_free_first_year;
    if let Some(hw) = hardware.payments(&currency)? {
        input.hardware_monthly_minor = hw.monthly_minor;
        input.hardware_payment_months = hw.months;
    }
    input.taxes_percent = taxes;
    if taxes_not_sure {
        input.taxes_left_out = Some(tco::TAXES_NOT_SURE.to_owned());
    }
    for item in &upfront {
        let (label, value) = item.split_once('=').ok_or_else(|| {
            Error::invalid(
                "--upfront",
                "--upfront",
                Words::msg_with(
                    msg::CLI_CALC_REFUSE_UPFRONT,
                    vec![("value", Words::from(item))],
                ),
            )
        })?;
        input.upfront.push(UpfrontItem {
            label: label.trim().to_owned(),
            amount_minor: parse_amount("--upfront", label.trim(), value, &currency)?,
        });
    }
    let t = tco::total_cost(&input)?;
    let m = money(lang, &currency);
    emit(out.json, &t, || {
        // English sets a space before the seats' parenthesis; Chinese brackets need none.
        let gap = match lang {
            Lang::En => " ",
            Lang::ZhHans => "",
        };
        let mut text = String::new();
        for y in &t.years {
            let seats = y.seats.map_or(String::new(), |s| {
                let words = say(lang, msg::CLI_CALC_TCO_SEATS, &[("seats", arg(s))]);
                format!("{gap}{words}")
            });
            let promotion = if y.discount_minor > 0 {
                let words = say(
                    lang,
                    msg::CLI_CALC_TCO_PROMOTION,
                    &[("amount", arg(m(y.discount_minor)))],
                );
                format!(" {words}")
            } else {
                String::new()
            };
            text.push_str(&say(
                lang,
                msg::CLI_CALC_TCO_YEAR,
                &[
                    ("year", arg(y.year)),
                    ("monthly", arg(m(y.monthly_minor))),
                    ("months", arg(y.months)),
                    ("seats", arg(seats)),
                    ("promotion", arg(promotion)),
                    ("subtotal", arg(m(y.subtotal_minor))),
                ],
            ));
            text.push('\n');
        }
        let row = |key, minor| format!("{} {}", pad_right(&say(lang, key, &[]), 14), m(minor));
        text.push_str(&row(msg::CLI_CALC_TCO_UPFRONT, t.upfront_total_minor));
        text.push('\n');
        text.push_str(&row(msg::CLI_CALC_TCO_RECURRING, t.recurring_total_minor));
        text.push('\n');
        if t.taxes_minor > 0 {
            text.push_str(&row(msg::CALC_LABEL_TAXES, t.taxes_minor));
            text.push('\n');
        }
        if t.hardware_payments_minor > 0 {
            text.push_str(&row(msg::CLI_CALC_TCO_HARDWARE, t.hardware_payments_minor));
            text.push('\n');
        }
        text.push_str(&row(msg::CLI_CALC_TCO_TOTAL, t.total_minor));
        if let Some(why) = &t.taxes_left_out {
            text.push_str(&say(lang, msg::CLI_CALC_TCO_TAXES_NOT_INCLUDED, &[]));
            text.push_str("\n  ");
            text.push_str(&tco::taxes_left_out_in(lang, why));
        }
        if let Some(p) = t.per_seat_month_minor {
            text.push('\n');
            text.push_str(&row(msg::CLI_CALC_TCO_PER_SEAT, p));
        }
        text
    })
}
