//! `calc downtime`: the downtime an uptime percentage permits.

use super::{Output, emit, window};
use crate::{arg, pad_right, say};
use clap::Args;
use voip_review_core::Error;
use voip_review_core::calc::sla::{self, MeasurementWindow, YearBasis};
use voip_review_core::calc::trim_number;
use voip_review_core::i18n::{Lang, format, msg, text};
use voip_review_core::insights::words;

#[derive(Args)]
pub struct DowntimeArgs {
    /// Guaranteed uptime in percent, e.g. 99.9.
    #[arg(long, allow_negative_numbers = true)]
    uptime: f64,
    #[arg(long, value_parser = ["365", "gregorian"], default_value = "365")]
    year: String,
    /// The contract's measurement window.
    #[arg(long, value_parser = ["day", "week", "month", "quarter", "year"])]
    window: Option<String>,
    #[command(flatten)]
    out: Output,
}

pub(super) fn downtime(
    DowntimeArgs {
        uptime,
        year,
        window: w,
        out,
    }: DowntimeArgs,
    lang: Lang,
) -> Result<(), Error> {
    let basis = if year == "gregorian" {
        YearBasis::Gregorian
    } else {
        YearBasis::Days365
    };
    let d = sla::downtime_allowance(uptime, basis, w.as_deref().map(window))?;
    // Without a window, the calendar month (the usual one) is shown for reference.
    let calendar_month = match d.window {
        Some(_) => None,
        None => Some(sla::downtime_allowance(
            uptime,
            basis,
            Some(MeasurementWindow::Month),
        )?),
    };
    emit(out.json, &d, || {
        let mut lines = vec![say(
            lang,
            msg::CLI_CALC_DOWNTIME_HEADER,
            &[
                ("uptime", arg(format::percent(lang, &trim_number(uptime)))),
                ("basis", arg(basis.label_in(lang))),
            ],
        )];
        for (key, ms) in [
            (msg::CLI_CALC_DOWNTIME_PER_YEAR, d.per_year_ms),
            (msg::CLI_CALC_DOWNTIME_PER_MONTH, d.per_month_average_ms),
            (msg::CLI_CALC_DOWNTIME_PER_30_DAYS, d.per_month_30d_ms),
            (msg::CLI_CALC_DOWNTIME_PER_QUARTER, d.per_quarter_ms),
            (msg::CLI_CALC_DOWNTIME_PER_WEEK, d.per_week_ms),
            (msg::CLI_CALC_DOWNTIME_PER_DAY, d.per_day_ms),
        ] {
            lines.push(format!(
                "  {} {}",
                pad_right(&text(lang, key), 19),
                words::duration(lang, ms)
            ));
        }
        match (&calendar_month, d.window, words::window_lengths(lang, &d)) {
            (_, Some(w), Some(lengths)) => lines.push(say(
                lang,
                msg::CLI_CALC_DOWNTIME_WINDOW,
                &[("window", arg(w.label_in(lang))), ("lengths", arg(lengths))],
            )),
            (Some(m), _, _) => lines.push(say(
                lang,
                msg::CLI_CALC_DOWNTIME_CALENDAR_MONTH,
                &[(
                    "lengths",
                    arg(words::window_lengths(lang, m).unwrap_or_default()),
                )],
            )),
            _ => {}
        }
        lines.push(text(lang, msg::CLI_CALC_DOWNTIME_FORMULA));
        lines.join("\n")
    })
}
