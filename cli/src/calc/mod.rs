//! `voip-review calc …`: the calculators from the command line, without a database.

mod bandwidth;
mod credit;
mod dates;
mod downtime;
mod exit_cost;
mod support;
mod tco;

use clap::{Args, Subcommand};
use serde::Serialize;
use voip_review_core::Error;
use voip_review_core::calc::exit;
use voip_review_core::calc::sla::MeasurementWindow;
use voip_review_core::calc::tco::{Promotion, TcoInput};
use voip_review_core::error::Words;
use voip_review_core::i18n::{Lang, msg};
use voip_review_core::insights::words;
use voip_review_core::money::parse_amount;

#[derive(Subcommand)]
pub enum Calc {
    /// Downtime an uptime percentage permits, per year, month, quarter, week and day.
    ///
    /// downtime = period × (100 % − uptime), to the nearest second. Reference year: 365 days
    /// unless --year gregorian (365.2425 days). The contract's window (--window) is a calendar
    /// period, so every length is given: a month of 28–31 days, a quarter of 90–92, a year of
    /// 365 or 366.
    Downtime(DowntimeArgs),
    /// Service credit owed for an outage under a tiered credit table.
    ///
    /// The tier with the highest credit whose threshold the window's uptime falls below
    /// applies; the credit is a percentage of the monthly charge, limited by --cap. The outage
    /// is set against the window it happened in (--month or --days); without them, against the
    /// longest window of its kind (a 31-day month), the owner's worst case.
    Credit(CreditArgs),
    /// Bandwidth for N concurrent calls, against the measured line.
    ///
    /// per call = (payload + 40 B IP/UDP/RTP [2 or 4 with cRTP] + link header) × 8 × packets/s
    /// (Cisco document 7934). Link header: Ethernet 18 B, 802.1Q 22 B, PPP 6 B, MLPPP or Frame
    /// Relay FRF.12 6 + 1 B, IP only 0. cRTP only on PPP and MLPPP.
    Bandwidth(BandwidthArgs),
    /// What leaving costs after given months: the early-termination fee + port-out fees +
    /// promotion clawback + hardware payments still owed.
    ///
    /// Computed on the contracted seats (--monthly, no growth), escalator as contracted. The
    /// walk-away window counts real days from --start; without it a month counts as 31 days.
    ExitCost(ExitCostArgs),
    /// Contract end, renewal date and the last day notice must arrive.
    ///
    /// deadline = the date the notice is counted back from − the notice period: the whole
    /// period must run before that date. "At least 60 days before the end of the term" counts
    /// from the term's last day (the default); "before the renewal date" from the day after.
    Dates(DatesArgs),
    /// Total cost of ownership over the term.
    Tco(TcoArgs),
    /// Support: P1–P4 response and resolution graded on seed 001's scale, and what support
    /// costs under its pricing model.
    ///
    /// Scale: up to 15 min excellent, 16 min–2 h good, over 2 h weak (seed 001: 5–15 min
    /// excellent, 30 min–2 h good, 4–24 h weak; a time between two bands takes the slower one).
    /// Cost a month: included 0; tiered or paid plan the monthly cost; per incident price ×
    /// incidents a year ÷ 12 (half up); free in year 1 only: charged from month 13.
    Support(SupportArgs),
}

pub use bandwidth::BandwidthArgs;
pub use credit::CreditArgs;
pub use dates::DatesArgs;
pub use downtime::DowntimeArgs;
pub use exit_cost::ExitCostArgs;
pub use support::SupportArgs;
pub use tco::TcoArgs;

#[derive(Args)]
pub struct Output {
    /// Print JSON for scripts instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct Recurring {
    /// Monthly charge for all seats, e.g. 342.00.
    #[arg(long)]
    monthly: String,
    #[arg(long, default_value = "USD")]
    currency: String,
    /// Term in months.
    #[arg(long, default_value_t = 36)]
    term: u32,
    /// Annual price increase at each anniversary, percent.
    #[arg(long, default_value_t = 0.0)]
    escalator: f64,
    /// Promotion: the first N months at a discount (with --promo-percent).
    #[arg(long, requires = "promo_percent")]
    promo_months: Option<u32>,
    /// Promotion: percent off those months (with --promo-months).
    #[arg(long, requires = "promo_months")]
    promo_percent: Option<f64>,
}

#[derive(Args)]
pub struct Hardware {
    /// Leased or financed phones: monthly payment billed apart (with --hardware-months).
    #[arg(long, requires = "hardware_months")]
    hardware_monthly: Option<String>,
    /// Leased or financed phones: number of monthly payments.
    #[arg(long, requires = "hardware_monthly")]
    hardware_months: Option<u32>,
}

impl Hardware {
    fn payments(&self, currency: &str) -> Result<Option<exit::HardwarePayments>, Error> {
        match (&self.hardware_monthly, self.hardware_months) {
            (Some(amount), Some(months)) => Ok(Some(exit::HardwarePayments {
                monthly_minor: parse_amount(
                    "--hardware-monthly",
                    "--hardware-monthly",
                    amount,
                    currency,
                )?,
                months,
            })),
            _ => Ok(None),
        }
    }
}

pub(super) fn emit<T: Serialize>(
    json: bool,
    value: &T,
    text: impl FnOnce() -> String,
) -> Result<(), Error> {
    if json {
        let out = serde_json::to_string_pretty(value).map_err(|e| Error::Corrupt(e.to_string()))?;
        println!("{out}");
    } else {
        println!("{}", text());
    }
    Ok(())
}

pub(super) fn window(text: &str) -> MeasurementWindow {
    MeasurementWindow::parse(text).unwrap_or(MeasurementWindow::Month)
}

/// The length of the measurement window an outage in month `text` (YYYY-MM) fell in.
pub(super) fn outage_month_days(window: MeasurementWindow, text: &str) -> Result<u32, Error> {
    let bad = || {
        Error::invalid(
            "--month",
            "--month",
            Words::msg_with(
                msg::CLI_CALC_REFUSE_MONTH,
                vec![("value", Words::from(text))],
            ),
        )
    };
    let (year, month) = text.split_once('-').ok_or_else(bad)?;
    let year: i32 = year.parse().map_err(|_| bad())?;
    let month: u32 = month.parse().map_err(|_| bad())?;
    if !(1..=12).contains(&month) || !(1900..=2200).contains(&year) {
        return Err(bad());
    }
    window.days_containing(year, month)
}

/// Amounts as the terminal's language writes them: "USD 342.00" / "$342.00".
pub(super) fn money(lang: Lang, currency: &str) -> impl Fn(i64) -> String + '_ {
    move |minor| words::money(lang, currency, minor)
}

/// A value and its parenthesis: "USD 39.58 (rule)" / "$39.58（rule）".
pub(super) fn with_note(lang: Lang, value: &str, note: &str) -> String {
    match lang {
        Lang::En => format!("{value} ({note})"),
        Lang::ZhHans => format!("{value}（{note}）"),
    }
}

/// The separator between two clauses: ", " / "，".
pub(super) fn comma(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ", ",
        Lang::ZhHans => "，",
    }
}

pub(super) fn tco_input(r: &Recurring) -> Result<TcoInput, Error> {
    voip_review_core::money::check_currency("--currency", "--currency", &r.currency)?;
    let monthly = parse_amount("--monthly", "--monthly", &r.monthly, &r.currency)?;
    let mut input = TcoInput::new(r.term, monthly);
    input.escalator_percent = r.escalator;
    if let (Some(months), Some(percent)) = (r.promo_months, r.promo_percent) {
        input.promotion = Some(Promotion { months, percent });
    }
    Ok(input)
}

pub fn run(calc: Calc, lang: Lang) -> Result<(), Error> {
    match calc {
        Calc::Downtime(args) => downtime::downtime(args, lang),
        Calc::Credit(args) => credit::credit(args, lang),
        Calc::Bandwidth(args) => bandwidth::bandwidth(args, lang),
        Calc::ExitCost(args) => exit_cost::exit_cost(args, lang),
        Calc::Dates(args) => dates::dates(args, lang),
        Calc::Tco(args) => tco::total_cost(args, lang),
        Calc::Support(args) => support::support(args, lang),
    }
}
