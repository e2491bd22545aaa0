//! `voip-review calc …`: the calculators from the command line, without a database.

use crate::{arg, count, display_width, pad_left, pad_right, say};
use clap::{Args, Subcommand};
use serde::Serialize;
use voip_review_core::Error;
use voip_review_core::calc::bandwidth::{self, LineInput, LinkLayer, Overhead};
use voip_review_core::calc::dates::{self, DeadlineStatus, Notice, NoticeBasis};
use voip_review_core::calc::exit::{self, EtfStructure};
use voip_review_core::calc::sla::{self, CreditTier, MeasurementWindow, YearBasis};
use voip_review_core::calc::support::{
    self, ResponseGrade, SupportCostInput, SupportPricing, WorstCase,
};
use voip_review_core::calc::tco::{self, Promotion, TcoInput, UpfrontItem};
use voip_review_core::calc::{ppm_to_percent, trim_number};
use voip_review_core::error::Words;
use voip_review_core::i18n::{Key, Lang, format, msg, text};
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

#[derive(Args)]
pub struct BandwidthArgs {
    #[arg(long, value_parser = ["g711", "g722", "g729", "ilbc", "opus"], default_value = "g711")]
    codec: String,
    /// Concurrent calls at the busiest time (0–10000).
    #[arg(long, allow_negative_numbers = true)]
    calls: i64,
    /// Packetisation interval, ms (default: the codec's usual 20 ms): 10, 20, 30 or 40; iLBC
    /// 20, 30 (its 13.33 kbit/s mode) or 40; Opus 10, 20 or 40.
    #[arg(long)]
    ptime: Option<u32>,
    /// Bit rate for Opus, bit/s.
    #[arg(long)]
    bit_rate: Option<u32>,
    /// Concurrent video meetings.
    #[arg(long, default_value_t = 0)]
    video: u32,
    #[arg(long, default_value_t = bandwidth::DEFAULT_VIDEO_KBPS)]
    video_kbps: u32,
    /// Measured upload, Mbps.
    #[arg(long)]
    up: Option<f64>,
    /// Measured download, Mbps.
    #[arg(long)]
    down: Option<f64>,
    /// Share of the line kept free for other traffic, percent.
    #[arg(long, default_value_t = 20.0)]
    headroom: f64,
    /// Compressed RTP headers (2 bytes); needs --link ppp or mlppp.
    #[arg(long)]
    crtp: bool,
    /// Compressed RTP header size, 2 or 4 bytes (4 with UDP checksums); implies --crtp.
    #[arg(long, value_parser = ["2", "4"])]
    crtp_bytes: Option<String>,
    /// No link-layer header (same as --link ip).
    #[arg(long, conflicts_with_all = ["link", "vlan"])]
    no_ethernet: bool,
    /// Ethernet with an 802.1Q VLAN tag (same as --link 802.1q).
    #[arg(long, conflicts_with = "link")]
    vlan: bool,
    /// The link the calls cross: ip (no header), ethernet, 802.1q, ppp, or mlppp (Multilink
    /// PPP or Frame Relay FRF.12). Default: ethernet.
    #[arg(long, value_parser = ["ip", "ethernet", "802.1q", "ppp", "mlppp"])]
    link: Option<String>,
    /// Measured one-way latency, ms.
    #[arg(long)]
    latency: Option<f64>,
    /// Measured jitter, ms.
    #[arg(long)]
    jitter: Option<f64>,
    /// Measured packet loss, percent.
    #[arg(long)]
    loss: Option<f64>,
    #[command(flatten)]
    out: Output,
}

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

fn emit<T: Serialize>(json: bool, value: &T, text: impl FnOnce() -> String) -> Result<(), Error> {
    if json {
        let out = serde_json::to_string_pretty(value).map_err(|e| Error::Corrupt(e.to_string()))?;
        println!("{out}");
    } else {
        println!("{}", text());
    }
    Ok(())
}

fn window(text: &str) -> MeasurementWindow {
    MeasurementWindow::parse(text).unwrap_or(MeasurementWindow::Month)
}

/// The length of the measurement window an outage in month `text` (YYYY-MM) fell in.
fn outage_month_days(window: MeasurementWindow, text: &str) -> Result<u32, Error> {
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
fn money(lang: Lang, currency: &str) -> impl Fn(i64) -> String + '_ {
    move |minor| words::money(lang, currency, minor)
}

/// A value and its parenthesis: "USD 39.58 (rule)" / "$39.58（rule）".
fn with_note(lang: Lang, value: &str, note: &str) -> String {
    match lang {
        Lang::En => format!("{value} ({note})"),
        Lang::ZhHans => format!("{value}（{note}）"),
    }
}

/// The separator between two clauses: ", " / "，".
fn comma(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ", ",
        Lang::ZhHans => "，",
    }
}

fn tco_input(r: &Recurring) -> Result<TcoInput, Error> {
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
        Calc::Downtime(args) => downtime(args, lang),
        Calc::Credit(args) => credit(args, lang),
        Calc::Bandwidth(args) => bandwidth(args, lang),
        Calc::ExitCost(args) => exit_cost(args, lang),
        Calc::Dates(args) => dates(args, lang),
        Calc::Tco(args) => total_cost(args, lang),
        Calc::Support(args) => support(args, lang),
    }
}

fn downtime(
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

fn credit(
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

/// A measured value with its unit: "3 ms", "0.1 %" / "0.1%".
fn with_unit(lang: Lang, value: f64, unit: &str) -> String {
    match (lang, unit) {
        (Lang::ZhHans, "%") => format::percent(lang, &trim_number(value)),
        _ => format!("{} {unit}", trim_number(value)),
    }
}

fn bandwidth(
    BandwidthArgs {
        codec,
        calls,
        ptime,
        bit_rate,
        video,
        video_kbps,
        up,
        down,
        headroom,
        crtp,
        crtp_bytes,
        no_ethernet,
        vlan,
        link,
        latency,
        jitter,
        loss,
        out,
    }: BandwidthArgs,
    lang: Lang,
) -> Result<(), Error> {
    let calls = voip_review_core::calc::check_range(
        "--calls",
        msg::CALC_LABEL_PEAK_CALLS,
        calls,
        0,
        10_000,
        msg::CALC_UNIT_CALLS,
    )?;
    let mut input = LineInput::new(&codec, calls as u32);
    input.ptime_ms = ptime;
    input.bit_rate_bps = bit_rate;
    input.concurrent_video = video;
    input.video_kbps = video_kbps;
    input.measured_up_mbps = up;
    input.measured_down_mbps = down;
    input.headroom_percent = headroom;
    let link = match link.as_deref() {
        Some("ip") => LinkLayer::IpOnly,
        Some("802.1q") => LinkLayer::Ethernet8021q,
        Some("ppp") => LinkLayer::Ppp,
        Some("mlppp") => LinkLayer::MlpppFrf12,
        Some(_) => LinkLayer::Ethernet,
        None if vlan => LinkLayer::Ethernet8021q,
        None if no_ethernet => LinkLayer::IpOnly,
        None => LinkLayer::Ethernet,
    };
    let crtp_bytes = crtp_bytes.and_then(|b| b.parse::<u32>().ok());
    input.overhead = Overhead {
        link,
        crtp_header_bytes: if crtp || crtp_bytes.is_some() {
            Some(crtp_bytes.unwrap_or(2))
        } else {
            None
        },
    };
    let line = bandwidth::check_line(&input)?;
    let quality = bandwidth::check_quality(latency, jitter, loss);
    #[derive(Serialize)]
    struct Both<'a> {
        line: &'a bandwidth::LineCheck,
        quality: &'a [bandwidth::QualityCheck],
    }
    emit(
        out.json,
        &Both {
            line: &line,
            quality: &quality,
        },
        || {
            let mbps = |bps: f64| arg(format!("{:.3}", bps / 1e6));
            let percent = |number: String| arg(format::percent(lang, &number));
            let codec_name = bandwidth::codec(&codec)
                .map_or_else(|| line.codec_name.clone(), |c| c.name_in(lang));
            let mut lines = vec![
                say(
                    lang,
                    msg::CLI_CALC_BANDWIDTH_LINE,
                    &[
                        ("codec", arg(codec_name)),
                        (
                            "rate",
                            arg(trim_number((line.bit_rate_bps / 10.0).round() / 100.0)),
                        ),
                        ("ptime", arg(line.ptime_ms)),
                        ("link", arg(line.link.label_in(lang))),
                        ("payload", arg(trim_number(line.payload_bytes))),
                        ("headers", arg(line.overhead_bytes)),
                        (
                            "pps",
                            arg(trim_number(
                                (line.packets_per_second * 100.0).round() / 100.0,
                            )),
                        ),
                        ("percall", arg(format!("{:.1}", line.per_call_bps / 1000.0))),
                    ],
                ),
                say(
                    lang,
                    msg::CLI_CALC_BANDWIDTH_TOTAL,
                    &[
                        ("calls", arg(calls)),
                        ("voice", mbps(line.voice_bps)),
                        ("video", mbps(line.video_bps)),
                        ("total", mbps(line.needed_bps)),
                    ],
                ),
                say(
                    lang,
                    msg::CLI_CALC_BANDWIDTH_RULE_OF_THUMB,
                    &[
                        ("typical", mbps(line.rule_of_thumb_bps)),
                        ("conservative", mbps(line.conservative_rule_bps)),
                    ],
                ),
            ];
            if let Some(u) = line.upload_use_percent {
                let key = if u > 80.0 {
                    msg::CLI_CALC_BANDWIDTH_UPLOAD_FIX
                } else {
                    msg::CLI_CALC_BANDWIDTH_UPLOAD
                };
                lines.push(say(
                    lang,
                    key,
                    &[
                        ("use", percent(format!("{u:.1}"))),
                        ("headroom", percent(format!("{:.1}", 100.0 - u))),
                    ],
                ));
            }
            if let Some(d) = line.download_use_percent {
                lines.push(say(
                    lang,
                    msg::CLI_CALC_BANDWIDTH_DOWNLOAD,
                    &[("use", percent(format!("{d:.1}")))],
                ));
            }
            if let Some(max) = line.max_calls_at_headroom {
                lines.push(say(
                    lang,
                    msg::CLI_CALC_BANDWIDTH_MAX_CALLS,
                    &[
                        ("headroom", percent(trim_number(headroom))),
                        ("max", arg(max)),
                    ],
                ));
            }
            for q in &quality {
                let key = if q.within {
                    msg::CLI_CALC_BANDWIDTH_WITHIN
                } else {
                    msg::CLI_CALC_BANDWIDTH_OVER
                };
                lines.push(say(
                    lang,
                    key,
                    &[
                        ("metric", arg(q.metric_in(lang))),
                        ("value", arg(with_unit(lang, q.value, &q.unit))),
                        ("limit", arg(with_unit(lang, q.limit, &q.unit))),
                        ("source", arg(q.source_in(lang))),
                    ],
                ));
            }
            lines.join("\n")
        },
    )
}

fn exit_cost(
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

fn dates(
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

fn total_cost(
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

fn support(
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
