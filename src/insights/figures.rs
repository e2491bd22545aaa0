//! The figures a review's answers imply, computed with the calculators and worded once for the
//! app (next to the inputs they come from), the summary and the PDF.

use super::answers::Answers;
use crate::calc::bandwidth::{self, LineCheck, LineInput, LinkLayer, Overhead, QualityCheck};
use crate::calc::dates::{self, ContractDates, DeadlineStatus, Notice, NoticeBasis};
use crate::calc::exit::{self, EtfStructure, ExitCost, ExitTerms, HardwarePayments};
use crate::calc::sla::{self, CreditTier, DowntimeAllowance, MeasurementWindow, YearBasis};
use crate::calc::support::{self as support_calc, ResponseGrade};
use crate::calc::tco::{self, Promotion, TcoBreakdown, TcoInput, UpfrontItem};
use crate::calc::{ppm_to_percent, trim_number};
use crate::error::Error;
use crate::i18n::{Arg, Key, Lang, msg, text, text_with};
use crate::model::{ChargeBasis, Review, YesNo};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How a figure should read: neutral, reassuring, a concern, or a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    Info,
    Good,
    Warn,
    Bad,
}

/// A computed figure shown right after the question `anchor` in its area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Figure {
    pub area_id: String,
    /// The question after which the figure is shown.
    pub anchor: String,
    pub label: String,
    pub value: String,
    /// The formula, the inputs used and the source.
    pub detail: String,
    pub tone: Tone,
}

/// One line of the key-figures box (summary screen and PDF).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct KeyFigure {
    pub id: String,
    pub label: String,
    /// Null when the answers needed are missing; `detail` then says which.
    pub value: Option<String>,
    pub detail: String,
    /// `warn` or `bad` when the figure needs attention now (a notice deadline close or passed).
    pub tone: Tone,
}

/// The raw results, for the playbook, the comparison and the CLI.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Calculations {
    pub tco: Option<TcoBreakdown>,
    /// Cost of leaving after months 6, 12, 24 and 30 (those within the term).
    pub exits: Vec<ExitCost>,
    pub dates: Option<ContractDates>,
    pub downtime: Option<DowntimeAllowance>,
    /// The measurement window was not given: a calendar month was assumed.
    pub downtime_window_assumed: bool,
    /// Scheduled maintenance excluded from uptime in each window, milliseconds.
    pub maintenance_excluded_ms: Option<i64>,
    pub line: Option<LineCheck>,
    pub quality: Vec<QualityCheck>,
    /// Must-have features the plan does not offer, by label.
    pub missing_must_haves: Vec<String>,
    /// Must-have features sold as paid add-ons, by label.
    pub add_on_must_haves: Vec<String>,
    /// Response and resolution by severity, P1 to P4; only the severities with an answer.
    pub support_levels: Vec<SeverityLevel>,
    /// What a business-hours clock means for the first severity it applies to, in words.
    pub support_clock_note: Option<String>,
}

/// One row of the support severity table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SeverityLevel {
    /// "P1" to "P4".
    pub severity: String,
    /// What the severity means, e.g. "System down".
    pub meaning: String,
    pub response_minutes: Option<u32>,
    /// The response on the published scale (see `calc::support`).
    pub grade: Option<ResponseGrade>,
    pub resolution_hours: Option<u32>,
}

/// The label of the severity-table figure; the PDF shows it as a table.
pub const SEVERITY_FIGURE: &str = "Response and resolution by severity";

/// A critical (P1) fix slower than this many hours is flagged: past half a working day without
/// phones; the industry's "4-hour fix" (see docs/calculations.md).
pub const P1_RESOLUTION_BENCHMARK_HOURS: u32 = 4;

/// Critical security vulnerabilities fixed within this many hours (seed 004's published policy).
pub const CRITICAL_PATCH_BENCHMARK_HOURS: u32 = 72;

impl Calculations {
    pub fn exit_after(&self, month: u32) -> Option<&ExitCost> {
        self.exits.iter().find(|e| e.after_month == month)
    }
}

pub const EXIT_MONTHS: [u32; 4] = [6, 12, 24, 30];

/// Amounts in the review's currency, written as the language writes them.
pub(super) struct Money<'a>(pub &'a str, pub Lang);

impl Money<'_> {
    pub fn fmt(&self, minor: i64) -> String {
        super::words::money(self.1, self.0, minor)
    }
}

/// The monthly plan charge for all seats, if known.
fn monthly_total(review: &Review) -> Option<i64> {
    let charge = review.context.monthly_charge_minor?;
    match review.context.monthly_charge_basis {
        ChargeBasis::Total => Some(charge),
        ChargeBasis::PerSeat => Some(charge * i64::from(review.context.seats?)),
    }
}

/// The one-time charges the total counts, by name; the calculator carries the English name
/// ([`upfront_label`] shows it in the language of the screen).
const UPFRONT_NAMES: [Key; 7] = [
    msg::INSIGHTS_UPFRONT_SETUP,
    msg::INSIGHTS_UPFRONT_PHONES,
    msg::INSIGHTS_UPFRONT_INSTALLATION,
    msg::INSIGHTS_UPFRONT_PORTING,
    msg::INSIGHTS_UPFRONT_SHIPPING,
    msg::INSIGHTS_UPFRONT_DEPOSIT,
    msg::INSIGHTS_UPFRONT_TRAINING,
];

pub(super) fn upfront_items(a: &Answers) -> Vec<UpfrontItem> {
    let mut items = Vec::new();
    let mut add = |name, minor: Option<i64>| {
        if let Some(minor) = minor.filter(|m| *m > 0) {
            items.push(UpfrontItem {
                label: text(Lang::En, name),
                amount_minor: minor,
            });
        }
    };
    add(msg::INSIGHTS_UPFRONT_SETUP, a.money("upfront.setup_fee"));
    let phones = a
        .whole("upfront.phones_count")
        .zip(a.money("upfront.phone_unit_price"));
    add(
        msg::INSIGHTS_UPFRONT_PHONES,
        phones.map(|(n, price)| i64::from(n) * price),
    );
    add(
        msg::INSIGHTS_UPFRONT_INSTALLATION,
        a.money("upfront.installation_fee"),
    );
    add(
        msg::INSIGHTS_UPFRONT_PORTING,
        a.money("upfront.porting_fee"),
    );
    add(msg::INSIGHTS_UPFRONT_SHIPPING, a.money("upfront.shipping"));
    add(msg::INSIGHTS_UPFRONT_DEPOSIT, a.money("upfront.deposit"));
    add(
        msg::INSIGHTS_UPFRONT_TRAINING,
        a.money("upfront.training_fee"),
    );
    items
}

pub(super) fn tco_input(review: &Review, a: &Answers) -> Option<TcoInput> {
    let monthly = monthly_total(review)?;
    let mut input = TcoInput::new(review.context.term_months, monthly);
    input.seats = review.context.seats;
    if input.seats.is_some() {
        input.seat_growth_per_year = a.whole("pricing.seat_growth_per_year").unwrap_or(0);
    }
    // Asked once, in pricing (template version 2 merged the features duplicate into it).
    input.addons_monthly_minor = a.money("pricing.addons_monthly").unwrap_or(0);
    support_cost(a, &mut input);
    input.escalator_percent = if a.is_yes("pricing.price_locked") {
        0.0
    } else {
        a.number("pricing.escalator_percent").unwrap_or(0.0)
    };
    input.taxes_percent = match a.choice("pricing.taxes_included") {
        Some("extra") => a.number("pricing.taxes_percent"),
        _ => None,
    };
    input.taxes_left_out = match a.choice("pricing.taxes_included") {
        Some("not_sure") => Some(tco::TAXES_NOT_SURE.to_owned()),
        Some("extra") if input.taxes_percent.is_none() => Some(tco::TAXES_RATE_MISSING.to_owned()),
        _ => None,
    };
    input.upfront = upfront_items(a);
    input.promotion = promotion(a);
    if let Some(hw) = hardware_payments(a) {
        input.hardware_monthly_minor = hw.monthly_minor;
        input.hardware_payment_months = hw.months;
    }
    Some(input)
}

/// Paid support as the total cost counts it, from the support pricing model (seed 002:
/// included, tiered plans, paid plan, pay per incident) and whether support is free in the first
/// year only (seed 004).
fn support_cost(a: &Answers, input: &mut TcoInput) {
    let cost = support_calc::support_cost(&support_cost_input(a));
    input.support_monthly_minor = cost.monthly_minor;
    input.support_free_first_year = cost.free_first_year;
}

/// The support pricing answers, as the calculator takes them.
pub(super) fn support_cost_input(a: &Answers) -> support_calc::SupportCostInput {
    support_calc::SupportCostInput {
        pricing: a
            .choice("support.included")
            .and_then(support_calc::SupportPricing::parse),
        paid_monthly_minor: a.money("support.paid_monthly"),
        per_incident_fee_minor: a.money("support.per_incident_fee"),
        incidents_per_year: a.whole("support.incidents_per_year"),
        free_first_year_only: a.is_yes("support.free_first_year_only"),
    }
}

/// "First N months at P % off", when both are answered and not zero.
pub(super) fn promotion(a: &Answers) -> Option<Promotion> {
    let months = a.whole("upfront.promotion_months").filter(|m| *m > 0)?;
    let percent = a.number("upfront.promotion_percent").filter(|p| *p > 0.0)?;
    Some(Promotion { months, percent })
}

fn hardware_payments(a: &Answers) -> Option<HardwarePayments> {
    let monthly_minor = a
        .money("upfront.hardware_monthly_payment")
        .filter(|m| *m > 0)?;
    let months = a
        .whole("upfront.hardware_payments_months")
        .filter(|m| *m > 0)?;
    Some(HardwarePayments {
        monthly_minor,
        months,
    })
}

/// The recurring charges the cost to leave is computed on: the contracted seats (no forecast
/// growth), escalator and promotion as contracted, before taxes, without upfront items.
fn contracted_schedule(review: &Review, a: &Answers) -> Option<Result<TcoBreakdown, Error>> {
    let mut input = tco_input(review, a)?;
    input.seat_growth_per_year = 0;
    input.taxes_percent = None;
    input.taxes_left_out = None;
    input.upfront.clear();
    input.hardware_monthly_minor = 0;
    input.hardware_payment_months = 0;
    Some(tco::total_cost(&input))
}

/// The charges in force each month of the term as contracted (see [`contracted_schedule`]) and
/// the escalator applied, for the deadlines of a signed contract: the same schedule the cost
/// to leave uses.
pub fn contracted_charges(review: &Review) -> Option<(Result<TcoBreakdown, Error>, f64)> {
    let a = Answers::new(review);
    let escalator = tco_input(review, &a)?.escalator_percent;
    Some((contracted_schedule(review, &a)?, escalator))
}

fn start_date(review: &Review) -> Option<NaiveDate> {
    review
        .context
        .start_date
        .as_deref()
        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
}

pub(super) fn etf_structure(a: &Answers) -> Option<EtfStructure> {
    Some(match a.choice("cancellation.etf_structure")? {
        "none" => EtfStructure::None,
        "fixed" => EtfStructure::Fixed {
            amount_minor: a.money("cancellation.etf_fixed_amount")?,
        },
        "percent_remaining" => EtfStructure::PercentOfRemaining {
            percent: a.number("cancellation.etf_percent")?,
        },
        "all_remaining" => EtfStructure::AllRemaining,
        "sliding_scale" => {
            let years: Vec<f64> = (1..=3)
                .map_while(|y| a.number(&format!("cancellation.sliding_year{y}_percent")))
                .collect();
            if years.is_empty() {
                return None;
            }
            EtfStructure::Declining {
                steps: exit::yearly_steps(&years),
            }
        }
        _ => return None,
    })
}

pub(super) fn credit_tiers(a: &Answers) -> Vec<CreditTier> {
    (1..=3)
        .filter_map(|t| {
            Some(CreditTier {
                below_uptime_percent: a.number(&format!("sla.credit_tier{t}_below_percent"))?,
                credit_percent: a.number(&format!("sla.credit_tier{t}_credit_percent"))?,
            })
        })
        .collect()
}

/// The contract's measurement window, and whether it was assumed: "not sure" or unanswered
/// is taken as a calendar month, the shortest window contracts use.
fn measurement_window(a: &Answers) -> (MeasurementWindow, bool) {
    match a
        .choice("sla.measurement_window")
        .and_then(MeasurementWindow::parse)
    {
        Some(window) => (window, false),
        None => (MeasurementWindow::Month, true),
    }
}

fn feature_label(id: &str, lang: Lang) -> String {
    crate::template::template_in(lang)
        .question(&format!("features.{id}"))
        .map_or_else(|| id.to_owned(), |(_, q)| q.label.clone())
}

struct Out {
    lang: Lang,
    figures: Vec<Figure>,
}

impl Out {
    fn push(
        &mut self,
        area: &str,
        anchor: &str,
        label: &str,
        value: String,
        detail: String,
        tone: Tone,
    ) {
        self.figures.push(Figure {
            area_id: area.to_owned(),
            anchor: anchor.to_owned(),
            label: label.to_owned(),
            value,
            detail,
            tone,
        });
    }

    fn error(&mut self, area: &str, anchor: &str, label: &str, err: Error) {
        self.push(
            area,
            anchor,
            label,
            err.message(self.lang),
            text(self.lang, msg::INSIGHTS_FIGURE_ERROR),
            Tone::Bad,
        );
    }
}

fn mbps(bps: f64) -> String {
    format!("{:.2} Mbps", bps / 1_000_000.0)
}

fn kbps(bps: f64) -> String {
    format!("{:.1} kbps", bps / 1000.0)
}

/// A codec bit rate: "64 kbit/s", "13.33 kbit/s".
fn kbit_rate(bps: f64) -> String {
    format!("{} kbit/s", trim_number((bps / 10.0).round() / 100.0))
}

/// Computes every figure the answers allow. `today` dates the "days left" figures.
pub fn compute(review: &Review, today: Option<NaiveDate>) -> (Calculations, Vec<Figure>) {
    compute_in(review, today, Lang::En)
}

/// [`compute`] with the figures' words in `lang`; the calculations are the same in every language.
pub fn compute_in(
    review: &Review,
    today: Option<NaiveDate>,
    lang: Lang,
) -> (Calculations, Vec<Figure>) {
    let cx = Cx {
        lang,
        review,
        a: Answers::new(review),
        money: Money(&review.context.currency, lang),
        term: review.context.term_months,
        today,
    };
    let mut calc = Calculations::default();
    let mut out = Out {
        lang,
        figures: Vec::new(),
    };
    // Order matters: credits read the total-cost schedule.
    total_cost(&cx, &mut calc, &mut out);
    upfront(&cx, &mut calc, &mut out);
    exit_cost(&cx, &mut calc, &mut out);
    contract_dates(&cx, &mut calc, &mut out);
    sla(&cx, &mut calc, &mut out);
    support(&cx, &mut calc, &mut out);
    upgrades(&cx, &mut calc, &mut out);
    features(&cx, &mut calc, &mut out);
    bandwidth(&cx, &mut calc, &mut out);
    warranty(&cx, &mut calc, &mut out);
    (calc, out.figures)
}

/// What every area's figures read: the review, its answers, its currency, its term and today.
struct Cx<'a> {
    lang: Lang,
    review: &'a Review,
    a: Answers<'a>,
    money: Money<'a>,
    term: u32,
    today: Option<NaiveDate>,
}

/// Between two sentences: a space in English, nothing after a Chinese full stop.
fn sentence_gap(lang: Lang) -> &'static str {
    match lang {
        Lang::En => " ",
        Lang::ZhHans => "",
    }
}

/// Total cost over the term, from the plan, add-ons, support, growth and escalator.
fn total_cost(cx: &Cx, calc: &mut Calculations, out: &mut Out) {
    let (review, a, money, term, lang) = (cx.review, &cx.a, &cx.money, cx.term, cx.lang);
    let say = |key, args: &[(&str, Arg)]| text_with(lang, key, args);
    if let Some(input) = tco_input(review, a) {
        match tco::total_cost(&input) {
            Ok(t) => {
                let years: Vec<String> = t
                    .years
                    .iter()
                    .map(|y| {
                        say(
                            msg::INSIGHTS_TOTAL_YEAR,
                            &[
                                ("year", Arg::from(y.year)),
                                ("monthly", Arg::from(money.fmt(y.monthly_minor))),
                                ("months", Arg::from(y.months)),
                            ],
                        )
                    })
                    .collect();
                let mut years = years.join(match lang {
                    Lang::En => "; ",
                    Lang::ZhHans => "；",
                });
                if let Some(p) = &input.promotion {
                    years = say(
                        msg::INSIGHTS_TOTAL_PROMOTION,
                        &[
                            ("years", Arg::from(years)),
                            ("months", Arg::from(p.months)),
                            ("percent", Arg::from(trim_number(p.percent))),
                            (
                                "discount",
                                Arg::from(money.fmt(t.promotion_discount_minor())),
                            ),
                        ],
                    );
                }
                let mut extras = String::new();
                if t.taxes_minor > 0 {
                    extras.push(' ');
                    extras.push_str(&say(
                        msg::INSIGHTS_TOTAL_TAXES,
                        &[("taxes", Arg::from(money.fmt(t.taxes_minor)))],
                    ));
                }
                if t.hardware_payments_minor > 0 {
                    extras.push(' ');
                    extras.push_str(&say(
                        msg::INSIGHTS_TOTAL_HARDWARE,
                        &[
                            ("total", Arg::from(money.fmt(t.hardware_payments_minor))),
                            ("months", Arg::from(input.hardware_payment_months.min(term))),
                            (
                                "monthly",
                                Arg::from(money.fmt(input.hardware_monthly_minor)),
                            ),
                        ],
                    ));
                }
                let mut detail = say(
                    msg::INSIGHTS_TOTAL_DETAIL,
                    &[
                        ("upfront", Arg::from(money.fmt(t.upfront_total_minor))),
                        ("recurring", Arg::from(money.fmt(t.recurring_total_minor))),
                        ("years", Arg::from(years)),
                        ("extras", Arg::from(extras)),
                        ("escalator", Arg::from(trim_number(input.escalator_percent))),
                        ("growth", Arg::from(input.seat_growth_per_year)),
                    ],
                );
                if input.support_monthly_minor > 0 {
                    detail.push_str(sentence_gap(lang));
                    detail.push_str(&say(
                        if input.support_free_first_year {
                            msg::INSIGHTS_TOTAL_SUPPORT_FROM_13
                        } else {
                            msg::INSIGHTS_TOTAL_SUPPORT
                        },
                        &[("monthly", Arg::from(money.fmt(input.support_monthly_minor)))],
                    ));
                }
                if let Some(per_seat) = t.per_seat_month_minor {
                    detail.push_str(sentence_gap(lang));
                    detail.push_str(&say(
                        msg::INSIGHTS_TOTAL_PER_SEAT,
                        &[("amount", Arg::from(money.fmt(per_seat)))],
                    ));
                }
                // A total that leaves out taxes that may be charged says so first.
                let (value, tone) = match &t.taxes_left_out {
                    Some(why) => {
                        detail = say(
                            msg::INSIGHTS_KEY_WHY,
                            &[
                                ("why", Arg::from(taxes_left_out(lang, why))),
                                ("detail", Arg::from(detail)),
                            ],
                        );
                        (
                            say(
                                msg::INSIGHTS_KEY_TAXES_NOT_INCLUDED,
                                &[("amount", Arg::from(money.fmt(t.total_minor)))],
                            ),
                            Tone::Warn,
                        )
                    }
                    None => (money.fmt(t.total_minor), Tone::Info),
                };
                out.push(
                    "pricing",
                    "pricing.addons_monthly",
                    &say(msg::INSIGHTS_TOTAL_LABEL, &[("term", Arg::from(term))]),
                    value,
                    detail,
                    tone,
                );
                calc.tco = Some(t);
            }
            Err(e) => out.error(
                "pricing",
                "pricing.addons_monthly",
                &text(lang, msg::INSIGHTS_TOTAL_ERROR_LABEL),
                e,
            ),
        }
    }
}

/// An upfront item's name (the calculator's English one) in `lang`.
fn upfront_label(lang: Lang, label: &str) -> String {
    UPFRONT_NAMES
        .into_iter()
        .find(|name| text(Lang::En, *name) == label)
        .map_or_else(|| label.to_owned(), |name| text(lang, name))
}

/// One-time charges.
fn upfront(cx: &Cx, _calc: &mut Calculations, out: &mut Out) {
    let (a, money, lang) = (&cx.a, &cx.money, cx.lang);
    let upfront = upfront_items(a);
    if !upfront.is_empty() || a.is_answered("upfront.setup_fee") {
        let total: i64 = upfront.iter().map(|i| i.amount_minor).sum();
        let parts: Vec<String> = upfront
            .iter()
            .map(|i| {
                text_with(
                    lang,
                    msg::INSIGHTS_UPFRONT_ITEM,
                    &[
                        ("item", Arg::from(upfront_label(lang, &i.label))),
                        ("amount", Arg::from(money.fmt(i.amount_minor))),
                    ],
                )
            })
            .collect();
        let tbd = a.is_yes("upfront.tbd_fees");
        out.push(
            "upfront",
            "upfront.tbd_fees",
            &text(lang, msg::INSIGHTS_UPFRONT_LABEL),
            if tbd {
                text_with(
                    lang,
                    msg::INSIGHTS_UPFRONT_TBD,
                    &[("total", Arg::from(money.fmt(total)))],
                )
            } else {
                money.fmt(total)
            },
            if parts.is_empty() {
                text(lang, msg::INSIGHTS_UPFRONT_NONE)
            } else {
                parts.join(" + ")
            },
            if tbd { Tone::Warn } else { Tone::Info },
        );
    }
}

/// What leaving early costs, on the contracted seats: the fee, port-out, promotion clawback and
/// hardware still owed.
fn exit_cost(cx: &Cx, calc: &mut Calculations, out: &mut Out) {
    let (review, a, money, term, lang) = (cx.review, &cx.a, &cx.money, cx.term, cx.lang);
    let say = |key, args: &[(&str, Arg)]| text_with(lang, key, args);
    let label = &text(lang, msg::INSIGHTS_EXIT_LABEL);
    let anchor = "cancellation.walkaway_days";
    let Some(structure) = etf_structure(a) else {
        return;
    };
    let schedule = match contracted_schedule(review, a) {
        None => return,
        Some(Err(e)) => return out.error("cancellation", anchor, label, e),
        Some(Ok(t)) => t,
    };
    let months: Vec<u32> = EXIT_MONTHS.iter().copied().filter(|m| *m < term).collect();
    let terms = ExitTerms {
        walkaway_days: a.whole("cancellation.walkaway_days").unwrap_or(0),
        start_date: start_date(review),
        port_out_fee_per_number_minor: a.money("cancellation.port_out_fee").unwrap_or(0),
        numbers_ported: a.whole("cancellation.numbers_ported").unwrap_or(0),
        promotion_clawback: a.is_yes("cancellation.promotion_clawback"),
        promotion_discounts_minor: schedule.promotion_discounts_minor.clone(),
        hardware: hardware_payments(a),
        structure,
    };
    match exit::exit_costs(&terms, &schedule.monthly_schedule(), &months) {
        Ok(exits) => {
            let value = exits
                .iter()
                .map(|e| {
                    say(
                        msg::INSIGHTS_EXIT_AFTER,
                        &[
                            ("month", Arg::from(e.after_month)),
                            ("total", Arg::from(money.fmt(e.total_minor))),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join(" · ");
            let worst = exits.iter().map(|e| e.total_minor).max().unwrap_or(0);
            let rows: Vec<String> = exits
                .iter()
                .map(|e| {
                    say(
                        msg::INSIGHTS_EXIT_ROW,
                        &[
                            ("month", Arg::from(e.after_month)),
                            ("breakdown", Arg::from(exit_breakdown(money, e))),
                        ],
                    )
                })
                .collect();
            let seats = review
                .context
                .seats
                .map_or(text(lang, msg::INSIGHTS_EXIT_SEATS), |s| {
                    say(msg::INSIGHTS_EXIT_SEATS_KNOWN, &[("seats", Arg::from(s))])
                });
            let escalator = tco_input(review, a).map_or(0.0, |i| i.escalator_percent);
            let mut detail = say(
                msg::INSIGHTS_EXIT_DETAIL,
                &[
                    ("rows", Arg::from(rows.join(sentence_gap(lang)))),
                    ("seats", Arg::from(seats)),
                    ("escalator", Arg::from(trim_number(escalator))),
                    (
                        "promotion",
                        Arg::from(if schedule.promotion_discounts_minor.is_empty() {
                            String::new()
                        } else {
                            text(lang, msg::INSIGHTS_EXIT_PROMOTION_INCLUDED)
                        }),
                    ),
                ],
            );
            let mut sentence = |key, args: &[(&str, Arg)]| {
                detail.push_str(sentence_gap(lang));
                detail.push_str(&say(key, args));
            };
            match (terms.walkaway_days, terms.start_date) {
                (0, _) => sentence(msg::INSIGHTS_EXIT_NO_WALKAWAY, &[]),
                (days, Some(start)) => sentence(
                    msg::INSIGHTS_EXIT_WALKAWAY_DATED,
                    &[
                        ("days", Arg::from(days)),
                        ("start", Arg::from(crate::i18n::format::date(lang, start))),
                    ],
                ),
                (days, None) => sentence(
                    msg::INSIGHTS_EXIT_WALKAWAY_UNDATED,
                    &[("days", Arg::from(days))],
                ),
            }
            if a.money("cancellation.port_out_fee").is_some_and(|f| f > 0)
                && !a.is_answered("cancellation.numbers_ported")
            {
                sentence(msg::INSIGHTS_EXIT_NUMBERS_PORTED, &[]);
            }
            if a.yes_no("cancellation.promotion_clawback") == Some(crate::model::YesNo::NotSure)
                && !schedule.promotion_discounts_minor.is_empty()
            {
                sentence(msg::INSIGHTS_EXIT_CLAWBACK_UNKNOWN, &[]);
            }
            out.push(
                "cancellation",
                anchor,
                label,
                value,
                detail,
                if worst > 0 { Tone::Warn } else { Tone::Good },
            );
            calc.exits = exits;
        }
        Err(e) => out.error("cancellation", anchor, label, e),
    }
}

/// "fee X (N months left worth Y) + port-out … = total", the parts of one cost to leave.
pub(super) fn exit_breakdown(money: &Money, e: &ExitCost) -> String {
    let lang = money.1;
    let fee = if e.within_walkaway {
        text_with(
            lang,
            msg::INSIGHTS_EXIT_WALKAWAY,
            &[("day", Arg::from(e.days_of_service))],
        )
    } else {
        text_with(
            lang,
            msg::INSIGHTS_EXIT_FEE,
            &[
                ("fee", Arg::from(money.fmt(e.fee_minor))),
                ("months", Arg::from(e.remaining_months)),
                ("remaining", Arg::from(money.fmt(e.remaining_value_minor))),
            ],
        )
    };
    text_with(
        lang,
        msg::INSIGHTS_EXIT_BREAKDOWN,
        &[
            ("fee", Arg::from(fee)),
            ("port", Arg::from(money.fmt(e.port_out_minor))),
            ("clawback", Arg::from(money.fmt(e.clawback_minor))),
            ("hardware", Arg::from(money.fmt(e.hardware_balance_minor))),
            ("total", Arg::from(money.fmt(e.total_minor))),
        ],
    )
}

/// Term end, renewal and the last day notice must arrive.
fn contract_dates(cx: &Cx, calc: &mut Calculations, out: &mut Out) {
    let (review, a, term, today, lang) = (cx.review, &cx.a, cx.term, cx.today, cx.lang);
    let say = |key, args: &[(&str, Arg)]| text_with(lang, key, args);
    let label = &text(lang, msg::INSIGHTS_DATES_LABEL);
    // Shown after the last notice question on screen, so the figure follows every input it
    // reads: what the notice is counted before, or the notice in days when that question does
    // not apply (no renewal, or renewal not answered yet).
    const COUNTED_BEFORE: &str = "cancellation.notice_counted_before";
    let anchor = if crate::template::template().applies(COUNTED_BEFORE, &review.answers) {
        COUNTED_BEFORE
    } else {
        "cancellation.notice_days"
    };
    let Some(start) = review
        .context
        .start_date
        .as_deref()
        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
    else {
        return;
    };
    let renews = a.yes_no("cancellation.auto_renews");
    let renewal_term = if renews == Some(YesNo::Yes) {
        a.whole("cancellation.renewal_term_months")
    } else {
        None
    };
    let notice_needed = renews != Some(YesNo::No);
    // Notice entered in days, in months, or (by mistake) both: then the earlier deadline.
    let periods: Vec<Notice> = [
        a.whole("cancellation.notice_days").map(Notice::Days),
        a.whole("cancellation.notice_months").map(Notice::Months),
    ]
    .into_iter()
    .flatten()
    .filter(|_| notice_needed)
    .collect();
    // Not answered or "not sure": the end of the term, the earlier of the two dates.
    let basis_answer = a.choice("cancellation.notice_counted_before");
    let basis = basis_answer
        .and_then(NoticeBasis::parse)
        .unwrap_or_default();
    let computed: Result<Vec<ContractDates>, Error> = if periods.is_empty() {
        dates::contract_dates(start, term, None, basis, renewal_term, today).map(|d| vec![d])
    } else {
        periods
            .iter()
            .map(|n| dates::contract_dates(start, term, Some(*n), basis, renewal_term, today))
            .collect()
    };
    let d = match computed {
        Ok(all) => all
            .into_iter()
            .min_by_key(|d| d.notice_deadline.clone())
            .expect("at least one computation"),
        Err(e) => {
            out.error("cancellation", anchor, label, e);
            return;
        }
    };
    let renews_for = d.renewal_term_months.map_or(String::new(), |m| {
        say(msg::INSIGHTS_DATES_RENEWS_FOR, &[("months", Arg::from(m))])
    });
    let value = match (&d.notice_deadline, super::words::notice_rule(lang, &d)) {
        (Some(deadline), Some(rule)) => say(
            msg::INSIGHTS_DATES_NOTICE,
            &[
                ("deadline", Arg::from(deadline.clone())),
                ("rule", Arg::from(rule)),
                (
                    "left",
                    Arg::from(d.days_to_notice_deadline.map_or(String::new(), |n| {
                        say(
                            msg::INSIGHTS_DATES_LEFT,
                            &[("left", Arg::from(super::words::days_left(lang, n)))],
                        )
                    })),
                ),
                ("renews", Arg::from(renews_for)),
            ],
        ),
        _ if renews == Some(YesNo::No) => say(
            msg::INSIGHTS_DATES_ENDS_NO_RENEWAL,
            &[("end", Arg::from(d.end.clone()))],
        ),
        _ => say(
            msg::INSIGHTS_DATES_ENDS,
            &[("end", Arg::from(d.end.clone()))],
        ),
    };
    let mut detail = say(
        msg::INSIGHTS_DATES_DETAIL,
        &[
            ("start", Arg::from(d.start.clone())),
            ("term", Arg::from(term)),
            ("end", Arg::from(d.end.clone())),
            ("renewal", Arg::from(d.renewal.clone())),
        ],
    );
    if let Some(counted) = d.notice_counted_before {
        let mut sentence = |key, args: &[(&str, Arg)]| {
            detail.push_str(sentence_gap(lang));
            detail.push_str(&say(key, args));
        };
        sentence(
            msg::INSIGHTS_DATES_DEADLINE_EXPLAINED,
            &[(
                "basis",
                Arg::from(super::words::notice_basis(lang, counted)),
            )],
        );
        match basis_answer {
            Some("not_sure") => sentence(msg::INSIGHTS_DATES_BASIS_NOT_SURE, &[]),
            None => sentence(msg::INSIGHTS_DATES_BASIS_MISSING, &[]),
            _ => {}
        }
        if periods.len() > 1 {
            sentence(msg::INSIGHTS_DATES_BOTH_PERIODS, &[]);
        }
    }
    out.push(
        "cancellation",
        anchor,
        label,
        super::words::dates_in(lang, &value),
        super::words::dates_in(lang, &detail),
        deadline_tone(d.notice_status),
    );
    calc.dates = Some(d);
}

/// A notice deadline under 30 days away is a warning; one that has passed, a problem.
fn deadline_tone(status: Option<DeadlineStatus>) -> Tone {
    match status {
        Some(DeadlineStatus::Passed) => Tone::Bad,
        Some(DeadlineStatus::Soon) => Tone::Warn,
        Some(DeadlineStatus::Ahead) | None => Tone::Info,
    }
}

/// Downtime the SLA permits and the credits it pays, all over the contract's own measurement
/// window (a calendar month when the window is not known).
fn sla(cx: &Cx, calc: &mut Calculations, out: &mut Out) {
    let (a, money, lang) = (&cx.a, &cx.money, cx.lang);
    let say = |key, args: &[(&str, Arg)]| text_with(lang, key, args);
    let (window, window_assumed) = measurement_window(a);
    let window_name = super::words::window(lang, window);
    let assumed_note = if window_assumed {
        format!(
            "{}{}",
            sentence_gap(lang),
            say(
                msg::INSIGHTS_SLA_ASSUMED,
                &[("window", Arg::from(window_name.clone()))]
            )
        )
    } else {
        String::new()
    };
    let downtime_label = &text(lang, msg::INSIGHTS_SLA_LABEL);
    if let Some(uptime) = a.number("sla.uptime_percent") {
        match sla::downtime_allowance(uptime, YearBasis::Days365, Some(window)) {
            Ok(d) => {
                let value = say(
                    msg::INSIGHTS_SLA_VALUE,
                    &[
                        (
                            "range",
                            Arg::from(super::words::allowance_range(lang, &d).unwrap_or_default()),
                        ),
                        ("window", Arg::from(window_name.clone())),
                        (
                            "year",
                            Arg::from(super::words::duration(lang, d.per_year_ms)),
                        ),
                    ],
                );
                let mut detail = say(
                    msg::INSIGHTS_SLA_DETAIL,
                    &[
                        ("uptime", Arg::from(trim_number(uptime))),
                        ("window", Arg::from(window_name.clone())),
                        (
                            "lengths",
                            Arg::from(super::words::window_lengths(lang, &d).unwrap_or_default()),
                        ),
                    ],
                );
                detail.push_str(&assumed_note);
                let shortest_ms = d.per_window_ms.unwrap_or(0);
                let maintenance_ms = a
                    .number("sla.maintenance_excluded_hours")
                    .filter(|h| h.is_finite() && *h >= 0.0)
                    .map(|h| (h * 3_600_000.0).round() as i64);
                let over_allowance = maintenance_ms.is_some_and(|m| m > shortest_ms);
                if let Some(m) = maintenance_ms.filter(|m| *m > 0) {
                    let maintenance = Arg::from(super::words::duration(lang, m));
                    detail.push_str(sentence_gap(lang));
                    detail.push_str(&if over_allowance {
                        say(
                            msg::INSIGHTS_SLA_MAINTENANCE_OVER,
                            &[
                                ("maintenance", maintenance),
                                ("window", Arg::from(window_name.clone())),
                                (
                                    "total",
                                    Arg::from(super::words::duration(lang, m + shortest_ms)),
                                ),
                                (
                                    "shortest",
                                    Arg::from(super::words::window_length(
                                        lang,
                                        window,
                                        window.shortest_days(),
                                    )),
                                ),
                            ],
                        )
                    } else {
                        say(
                            msg::INSIGHTS_SLA_MAINTENANCE,
                            &[
                                ("maintenance", maintenance),
                                ("window", Arg::from(window_name.clone())),
                            ],
                        )
                    });
                }
                calc.maintenance_excluded_ms = maintenance_ms;
                let tone = if d.uptime_ppm < 999_000 || over_allowance {
                    Tone::Warn
                } else {
                    Tone::Info
                };
                out.push(
                    "sla",
                    "sla.measurement_window",
                    downtime_label,
                    value,
                    detail,
                    tone,
                );
                calc.downtime = Some(d);
                calc.downtime_window_assumed = window_assumed;
            }
            Err(e) => out.error("sla", "sla.measurement_window", downtime_label, e),
        }
    }
    let tiers = credit_tiers(a);
    if !tiers.is_empty() {
        let monthly = calc
            .tco
            .as_ref()
            .and_then(|t| t.years.first())
            .map(|y| y.monthly_minor);
        let cap = a.number("sla.credit_cap_percent");
        let longest = window.longest_days();
        let shortest = window.shortest_days();
        let mut rows = Vec::new();
        let mut failed = None;
        for tier in &tiers {
            let allowed = sla::downtime_allowance(
                tier.below_uptime_percent,
                YearBasis::Days365,
                Some(window),
            );
            match allowed {
                Ok(d) => {
                    let at_days = |days: u32| {
                        d.window_lengths
                            .iter()
                            .find(|l| l.days == days)
                            .map_or(0, |l| l.allowance_ms)
                    };
                    // An outage one second past the longest window's threshold earns the tier in
                    // every month, quarter or year of that kind.
                    let threshold_ms = at_days(longest);
                    match sla::credit_owed(
                        &tiers,
                        cap,
                        window,
                        Some(longest),
                        (threshold_ms / 1000 + 1) as f64,
                        monthly.unwrap_or(0),
                    ) {
                        Ok(owed) => rows.push(say(
                            msg::INSIGHTS_CREDITS_ROW,
                            &[
                                (
                                    "threshold",
                                    Arg::from(super::words::duration(lang, threshold_ms)),
                                ),
                                (
                                    "longest",
                                    Arg::from(super::words::days_label(lang, window, longest)),
                                ),
                                (
                                    "shortest",
                                    Arg::from(if shortest == longest {
                                        String::new()
                                    } else {
                                        say(
                                            msg::INSIGHTS_CREDITS_ROW_SHORTEST,
                                            &[
                                                (
                                                    "threshold",
                                                    Arg::from(super::words::duration(
                                                        lang,
                                                        at_days(shortest),
                                                    )),
                                                ),
                                                (
                                                    "days",
                                                    Arg::from(super::words::days_label(
                                                        lang, window, shortest,
                                                    )),
                                                ),
                                            ],
                                        )
                                    }),
                                ),
                                (
                                    "percent",
                                    Arg::from(trim_number(ppm_to_percent(
                                        owed.credit_after_cap_ppm,
                                    ))),
                                ),
                                (
                                    "amount",
                                    Arg::from(monthly.map_or(String::new(), |_| {
                                        say(
                                            msg::INSIGHTS_CREDITS_ROW_AMOUNT,
                                            &[("amount", Arg::from(money.fmt(owed.credit_minor)))],
                                        )
                                    })),
                                ),
                            ],
                        )),
                        Err(e) => failed = Some(e),
                    }
                }
                Err(e) => failed = Some(e),
            }
        }
        let credits_label = &text(lang, msg::INSIGHTS_CREDITS_LABEL);
        match failed {
            Some(e) => out.error("sla", "sla.credit_tier3_credit_percent", credits_label, e),
            None => out.push(
                "sla",
                "sla.credit_tier3_credit_percent",
                credits_label,
                rows.join(" · "),
                format!(
                    "{}{assumed_note}",
                    say(
                        msg::INSIGHTS_CREDITS_DETAIL,
                        &[
                            ("window", Arg::from(window_name.clone())),
                            (
                                "cap",
                                Arg::from(cap.map_or(String::new(), |c| {
                                    say(
                                        msg::INSIGHTS_CREDITS_CAP,
                                        &[("cap", Arg::from(trim_number(c)))],
                                    )
                                })),
                            ),
                        ],
                    )
                ),
                Tone::Info,
            ),
        }
    }
}

/// Support response against the scale.
fn support(cx: &Cx, calc: &mut Calculations, out: &mut Out) {
    let (a, lang) = (&cx.a, cx.lang);
    if let Some(minutes) = a.number("support.critical_response_minutes") {
        // The same grade the playbook's slow-response flag uses (weak is flagged).
        let grade = support_calc::grade_response(minutes);
        let tone = match grade {
            ResponseGrade::Weak => Tone::Bad,
            _ => Tone::Good,
        };
        out.push(
            "support",
            "support.critical_response_minutes",
            &text(lang, msg::INSIGHTS_SUPPORT_CRITICAL_LABEL),
            text_with(
                lang,
                msg::INSIGHTS_SUPPORT_CRITICAL_VALUE,
                &[
                    ("minutes", Arg::from(trim_number(minutes))),
                    ("grade", Arg::from(super::words::grade(lang, grade))),
                ],
            ),
            text_with(
                lang,
                msg::INSIGHTS_SUPPORT_CRITICAL_DETAIL,
                &[("scale", Arg::from(super::words::support_scale(lang)))],
            ),
            tone,
        );
    }
    severity_table(a, calc, out);
    test_ticket(a, out);
}

/// The severities, what they mean, and the questions that hold their response (minutes) and
/// resolution (hours). P1's response is the original critical-response question.
const SEVERITIES: [(&str, Key, &str, &str); 4] = [
    (
        "P1",
        msg::INSIGHTS_SEVERITY_P1,
        "support.critical_response_minutes",
        "support.p1_resolution_hours",
    ),
    (
        "P2",
        msg::INSIGHTS_SEVERITY_P2,
        "support.p2_response_minutes",
        "support.p2_resolution_hours",
    ),
    (
        "P3",
        msg::INSIGHTS_SEVERITY_P3,
        "support.p3_response_minutes",
        "support.p3_resolution_hours",
    ),
    (
        "P4",
        msg::INSIGHTS_SEVERITY_P4,
        "support.p4_response_minutes",
        "support.p4_resolution_hours",
    ),
];

/// The worse of two tones.
fn worse(a: Tone, b: Tone) -> Tone {
    let rank = |t: Tone| match t {
        Tone::Info => 0,
        Tone::Good => 1,
        Tone::Warn => 2,
        Tone::Bad => 3,
    };
    if rank(b) > rank(a) { b } else { a }
}

/// When a business-hours promise falls due at the latest, in words.
fn business_hours_due(lang: Lang, business_minutes: u32) -> String {
    let due = support_calc::business_hours_worst_case(business_minutes);
    text_with(
        lang,
        msg::INSIGHTS_SEVERITY_DUE,
        &[
            (
                "weekday",
                Arg::from(super::words::weekday(lang, due.weekday)),
            ),
            (
                "time",
                Arg::from(format!(
                    "{:02}:{:02}",
                    due.minute_of_day / 60,
                    due.minute_of_day % 60
                )),
            ),
            (
                "elapsed",
                Arg::from(super::words::minutes(lang, due.elapsed_minutes)),
            ),
        ],
    )
}

/// Response and resolution for P1–P4, graded, with what the clock means in practice.
fn severity_table(a: &Answers, calc: &mut Calculations, out: &mut Out) {
    let lang = out.lang;
    let say = |key, args: &[(&str, Arg)]| text_with(lang, key, args);
    let levels: Vec<SeverityLevel> = SEVERITIES
        .iter()
        .filter_map(|(severity, meaning, response_id, resolution_id)| {
            let response = a.whole(response_id);
            let resolution = a.whole(resolution_id);
            if response.is_none() && resolution.is_none() {
                return None;
            }
            Some(SeverityLevel {
                severity: (*severity).to_owned(),
                meaning: text(lang, *meaning),
                response_minutes: response,
                grade: response.map(|m| support_calc::grade_response(f64::from(m))),
                resolution_hours: resolution,
            })
        })
        .collect();
    // P1's response alone already has its own figure.
    let beyond_p1_response = levels
        .iter()
        .any(|l| l.severity != "P1" || l.resolution_hours.is_some());
    if !beyond_p1_response {
        return;
    }
    let mut tone = Tone::Good;
    let rows: Vec<String> = levels
        .iter()
        .map(|l| {
            let response = match (l.response_minutes, l.grade) {
                (Some(m), Some(g)) => say(
                    msg::INSIGHTS_SEVERITY_RESPONSE,
                    &[
                        ("time", Arg::from(super::words::minutes(lang, m))),
                        ("grade", Arg::from(super::words::grade(lang, g))),
                    ],
                ),
                _ => text(lang, msg::INSIGHTS_SEVERITY_NO_RESPONSE),
            };
            let fix = l
                .resolution_hours
                .map_or(text(lang, msg::INSIGHTS_SEVERITY_NO_FIX), |h| {
                    say(
                        msg::INSIGHTS_SEVERITY_FIX,
                        &[("time", Arg::from(super::words::minutes(lang, h * 60)))],
                    )
                });
            let grade_tone = match (l.severity.as_str(), l.grade) {
                ("P1", Some(ResponseGrade::Weak)) => Tone::Bad,
                ("P2", Some(ResponseGrade::Weak)) => Tone::Warn,
                _ => Tone::Good,
            };
            tone = worse(tone, grade_tone);
            say(
                msg::INSIGHTS_SEVERITY_ROW,
                &[
                    ("severity", Arg::from(l.severity.clone())),
                    ("response", Arg::from(response)),
                    ("fix", Arg::from(fix)),
                ],
            )
        })
        .collect();
    let mut value = rows.join(" · ");
    let p1_fix = a.whole("support.p1_resolution_hours");
    if p1_fix.is_some_and(|h| h > P1_RESOLUTION_BENCHMARK_HOURS) {
        tone = worse(tone, Tone::Warn);
    }
    let mut detail = say(
        msg::INSIGHTS_SEVERITY_DETAIL,
        &[
            ("scale", Arg::from(super::words::support_scale(lang))),
            ("hours", Arg::from(P1_RESOLUTION_BENCHMARK_HOURS)),
        ],
    );
    let sentence = |detail: &mut String, key| {
        detail.push_str(sentence_gap(lang));
        detail.push_str(&text(lang, key));
    };
    // On a business-hours clock, the first severity it applies to, worked out for a fault
    // logged just after closing on a Friday.
    let business_clock_from = match a.choice("support.clock") {
        Some("24x7") => {
            sentence(&mut detail, msg::INSIGHTS_SEVERITY_CLOCK_24X7);
            None
        }
        Some("business_hours") => Some(0),
        Some("p1_24x7") => {
            sentence(&mut detail, msg::INSIGHTS_SEVERITY_CLOCK_P1);
            Some(1)
        }
        _ => {
            sentence(&mut detail, msg::INSIGHTS_SEVERITY_CLOCK_UNKNOWN);
            None
        }
    };
    if let Some(level) = business_clock_from.and_then(|i| {
        let (severity, ..) = SEVERITIES[i];
        levels.iter().find(|l| l.severity == severity)
    }) {
        let mut due = Vec::new();
        if let Some(m) = level.response_minutes {
            due.push(say(
                msg::INSIGHTS_SEVERITY_ANSWERED_BY,
                &[("due", Arg::from(business_hours_due(lang, m)))],
            ));
        }
        if let Some(h) = level.resolution_hours {
            due.push(say(
                msg::INSIGHTS_SEVERITY_FIXED_BY,
                &[("due", Arg::from(business_hours_due(lang, h * 60)))],
            ));
        }
        if !due.is_empty() {
            let worst = say(
                msg::INSIGHTS_SEVERITY_WORST,
                &[
                    ("severity", Arg::from(level.severity.clone())),
                    (
                        "due",
                        Arg::from(due.join(match lang {
                            Lang::En => " and ",
                            Lang::ZhHans => "，",
                        })),
                    ),
                ],
            );
            value = say(
                msg::INSIGHTS_SEVERITY_VALUE_CLOCK,
                &[
                    ("rows", Arg::from(value)),
                    ("worst", Arg::from(worst.clone())),
                ],
            );
            calc.support_clock_note = Some(say(
                msg::INSIGHTS_SEVERITY_CLOCK_NOTE,
                &[("worst", Arg::from(worst))],
            ));
            sentence(&mut detail, msg::INSIGHTS_SEVERITY_BUSINESS_HOURS);
            tone = worse(tone, Tone::Warn);
        }
    }
    match a.choice("support.clock_starts") {
        Some("logged") => sentence(&mut detail, msg::INSIGHTS_SEVERITY_CLOCK_LOGGED),
        Some("acknowledged") => {
            sentence(&mut detail, msg::INSIGHTS_SEVERITY_CLOCK_ACKNOWLEDGED);
            tone = worse(tone, Tone::Warn);
        }
        _ => sentence(&mut detail, msg::INSIGHTS_SEVERITY_CLOCK_START_UNKNOWN),
    }
    out.push(
        "support",
        "support.clock_starts",
        &severity_figure_label(lang),
        value,
        detail,
        tone,
    );
    calc.support_levels = levels;
}

/// The label of the severity-table figure in `lang` ([`SEVERITY_FIGURE`] in English).
pub fn severity_figure_label(lang: Lang) -> String {
    text(lang, msg::INSIGHTS_SEVERITY_LABEL)
}

/// The owner's test ticket against the response promised for a question (P4).
fn test_ticket(a: &Answers, out: &mut Out) {
    let lang = out.lang;
    let Some(minutes) = a.whole("support.test_ticket_minutes") else {
        return;
    };
    let grade = support_calc::grade_response(f64::from(minutes));
    let mut value = text_with(
        lang,
        msg::INSIGHTS_TICKET_VALUE,
        &[
            ("time", Arg::from(super::words::minutes(lang, minutes))),
            ("grade", Arg::from(super::words::grade(lang, grade))),
        ],
    );
    let tone = match a.whole("support.p4_response_minutes") {
        Some(promised) => {
            let kept = minutes <= promised;
            value = text_with(
                lang,
                if kept {
                    msg::INSIGHTS_TICKET_WITHIN
                } else {
                    msg::INSIGHTS_TICKET_SLOWER
                },
                &[
                    ("value", Arg::from(value)),
                    ("promised", Arg::from(super::words::minutes(lang, promised))),
                ],
            );
            if kept { Tone::Good } else { Tone::Warn }
        }
        None => Tone::Info,
    };
    out.push(
        "support",
        "support.test_ticket_minutes",
        &text(lang, msg::INSIGHTS_TICKET_LABEL),
        value,
        text_with(
            lang,
            msg::INSIGHTS_TICKET_DETAIL,
            &[("scale", Arg::from(super::words::support_scale(lang)))],
        ),
        tone,
    );
}

/// How fast security holes are fixed, and how long versions on your side are supported.
fn upgrades(cx: &Cx, _calc: &mut Calculations, out: &mut Out) {
    let (a, term, lang) = (&cx.a, cx.term, cx.lang);
    let benchmark = Arg::from(CRITICAL_PATCH_BENCHMARK_HOURS);
    if let Some(hours) = a.whole("upgrades.critical_patch_hours") {
        let slow = hours > CRITICAL_PATCH_BENCHMARK_HOURS;
        out.push(
            "upgrades",
            "upgrades.critical_patch_hours",
            &text(lang, msg::INSIGHTS_PATCH_LABEL),
            text_with(
                lang,
                if slow {
                    msg::INSIGHTS_PATCH_SLOWER
                } else {
                    msg::INSIGHTS_PATCH_WITHIN
                },
                &[
                    ("hours", Arg::from(hours)),
                    ("benchmark", benchmark.clone()),
                ],
            ),
            text_with(
                lang,
                msg::INSIGHTS_PATCH_DETAIL,
                &[("benchmark", benchmark)],
            ),
            if slow { Tone::Warn } else { Tone::Good },
        );
    }
    if let Some(months) = a.whole("upgrades.version_support_months") {
        let short = months < term;
        out.push(
            "upgrades",
            "upgrades.version_support_months",
            &text(lang, msg::INSIGHTS_VERSION_LABEL),
            if short {
                text_with(
                    lang,
                    msg::INSIGHTS_VERSION_SHORT,
                    &[
                        ("months", Arg::from(months)),
                        ("short", Arg::from(term - months)),
                        ("term", Arg::from(term)),
                    ],
                )
            } else {
                text_with(
                    lang,
                    msg::INSIGHTS_VERSION_COVERS,
                    &[("months", Arg::from(months)), ("term", Arg::from(term))],
                )
            },
            text(lang, msg::INSIGHTS_VERSION_DETAIL),
            if short { Tone::Warn } else { Tone::Good },
        );
    }
}

/// The must-have cards are shown after the area's last question, not after the must-have list:
/// a card appearing when a box is ticked then moves nothing the owner is about to type into
/// (it pushed "Which CRM must it work with?" down under the pointer).
pub(crate) const MUST_HAVE_CARDS_AFTER: &str = "features.crm_name";

/// Must-haves that are missing or sold as add-ons.
fn features(cx: &Cx, calc: &mut Calculations, out: &mut Out) {
    let (a, lang) = (&cx.a, cx.lang);
    for id in a.multi("features.must_have") {
        match a.choice(&format!("features.{id}")) {
            Some("not_available") => calc.missing_must_haves.push(feature_label(id, lang)),
            Some("add_on") => calc.add_on_must_haves.push(feature_label(id, lang)),
            _ => {}
        }
    }
    if !calc.missing_must_haves.is_empty() {
        out.push(
            "features",
            MUST_HAVE_CARDS_AFTER,
            &text(lang, msg::INSIGHTS_MISSING_LABEL),
            super::words::list(lang, &calc.missing_must_haves),
            text(lang, msg::INSIGHTS_MISSING_DETAIL),
            Tone::Bad,
        );
    }
    if !calc.add_on_must_haves.is_empty() {
        out.push(
            "features",
            MUST_HAVE_CARDS_AFTER,
            &text(lang, msg::INSIGHTS_ADDON_LABEL),
            super::words::list(lang, &calc.add_on_must_haves),
            text(lang, msg::INSIGHTS_ADDON_DETAIL),
            Tone::Warn,
        );
    }
}

/// Above this share of the measured upload, the line is to be fixed before go-live.
const UPLOAD_FIX_PERCENT: f64 = 80.0;

/// The link the calls cross, from the answer: the layer-2 header and whether RTP headers are
/// compressed (PPP and MLPPP only). Unanswered or "not sure": Ethernet, the usual office line.
fn link_overhead(a: &Answers) -> (Overhead, bool) {
    let (link, crtp) = match a.choice("bandwidth.link_layer") {
        Some("ethernet") => (LinkLayer::Ethernet, false),
        Some("ethernet_8021q") => (LinkLayer::Ethernet8021q, false),
        Some("ppp") => (LinkLayer::Ppp, false),
        Some("ppp_crtp") => (LinkLayer::Ppp, true),
        Some("mlppp") => (LinkLayer::MlpppFrf12, false),
        Some("mlppp_crtp") => (LinkLayer::MlpppFrf12, true),
        _ => return (Overhead::default(), true),
    };
    (
        Overhead {
            link,
            // Cisco's per-call table counts 2-byte compressed headers.
            crtp_header_bytes: crtp.then_some(2),
        },
        false,
    )
}

/// What the calls need from the line, and its quality.
fn bandwidth(cx: &Cx, calc: &mut Calculations, out: &mut Out) {
    let (a, lang) = (&cx.a, cx.lang);
    let say = |key, args: &[(&str, Arg)]| text_with(lang, key, args);
    let needed_label = &text(lang, msg::INSIGHTS_BANDWIDTH_LABEL);
    if let Some(calls) = a.whole("bandwidth.peak_concurrent_calls") {
        let codec_id = match a.choice("bandwidth.codec") {
            Some(id) if bandwidth::codec(id).is_some() => id,
            _ => "g711",
        };
        let mut input = LineInput::new(codec_id, calls);
        input.concurrent_video = a.whole("bandwidth.concurrent_video").unwrap_or(0);
        input.measured_up_mbps = a.number("bandwidth.measured_up_mbps");
        input.measured_down_mbps = a.number("bandwidth.measured_down_mbps");
        input.ptime_ms = a
            .choice("bandwidth.packetisation_ms")
            .and_then(|p| p.parse().ok());
        let (overhead, link_assumed) = link_overhead(a);
        input.overhead = overhead;
        match bandwidth::check_line(&input) {
            Ok(line) => {
                let codec_name = bandwidth::codec(codec_id)
                    .map_or_else(|| line.codec_name.clone(), |c| c.name_in(lang));
                let mut value = say(
                    msg::INSIGHTS_BANDWIDTH_VALUE,
                    &[
                        ("calls", Arg::from(calls)),
                        ("codec", Arg::from(codec_name.clone())),
                        ("voice", Arg::from(mbps(line.voice_bps))),
                    ],
                );
                if input.concurrent_video > 0 {
                    value = say(
                        msg::INSIGHTS_BANDWIDTH_VIDEO,
                        &[
                            ("value", Arg::from(value)),
                            ("video", Arg::from(mbps(line.video_bps))),
                            ("meetings", Arg::from(input.concurrent_video)),
                        ],
                    );
                }
                let tone = match (line.upload_use_percent, input.measured_up_mbps) {
                    (Some(u), Some(up)) => {
                        value = say(
                            msg::INSIGHTS_BANDWIDTH_HEADROOM,
                            &[
                                ("value", Arg::from(value)),
                                ("up", Arg::from(trim_number(up))),
                                (
                                    "headroom",
                                    Arg::from(format!(
                                        "{:.0}",
                                        line.upload_headroom_percent.unwrap_or(0.0).max(0.0)
                                    )),
                                ),
                            ],
                        );
                        if u > UPLOAD_FIX_PERCENT {
                            value = say(
                                msg::INSIGHTS_BANDWIDTH_FIX,
                                &[
                                    ("value", Arg::from(value)),
                                    ("share", Arg::from(format!("{u:.0}"))),
                                ],
                            );
                            Tone::Bad
                        } else if u > 50.0 {
                            Tone::Warn
                        } else {
                            Tone::Good
                        }
                    }
                    (None, Some(_)) => {
                        value = say(
                            msg::INSIGHTS_BANDWIDTH_ZERO_UPLOAD,
                            &[("value", Arg::from(value))],
                        );
                        Tone::Bad
                    }
                    _ => Tone::Info,
                };
                let crtp = overhead.crtp_header_bytes.is_some();
                let link = overhead.link.label_in(lang);
                let mut detail = say(
                    msg::INSIGHTS_BANDWIDTH_DETAIL,
                    &[
                        ("percall", Arg::from(kbps(line.per_call_bps))),
                        ("payload", Arg::from(trim_number(line.payload_bytes))),
                        ("codec", Arg::from(codec_name.clone())),
                        ("rate", Arg::from(kbit_rate(line.bit_rate_bps))),
                        ("headers", Arg::from(overhead.ip_udp_rtp_bytes())),
                        ("compressed", Arg::from(if crtp { "yes" } else { "no" })),
                        ("linkbytes", Arg::from(overhead.link.header_bytes())),
                        ("link", Arg::from(link)),
                        (
                            "pps",
                            Arg::from(trim_number(
                                (line.packets_per_second * 100.0).round() / 100.0,
                            )),
                        ),
                        ("ptime", Arg::from(line.ptime_ms)),
                        ("video", Arg::from(input.video_kbps)),
                    ],
                );
                let mut sentence = |key, args: &[(&str, Arg)]| {
                    detail.push_str(sentence_gap(lang));
                    detail.push_str(&say(key, args));
                };
                if a.choice("bandwidth.codec")
                    .is_none_or(|c| bandwidth::codec(c).is_none())
                {
                    sentence(msg::INSIGHTS_BANDWIDTH_CODEC_ASSUMED, &[]);
                }
                if input.ptime_ms.is_none() {
                    sentence(
                        msg::INSIGHTS_BANDWIDTH_PTIME_ASSUMED,
                        &[("ptime", Arg::from(line.ptime_ms))],
                    );
                }
                if link_assumed {
                    sentence(msg::INSIGHTS_BANDWIDTH_LINK_ASSUMED, &[]);
                }
                if let Some(max) = line.max_calls_at_headroom {
                    sentence(
                        msg::INSIGHTS_BANDWIDTH_MAX_CALLS,
                        &[("max", Arg::from(max))],
                    );
                }
                out.push(
                    "bandwidth",
                    "bandwidth.link_layer",
                    needed_label,
                    value,
                    detail,
                    tone,
                );
                out.push(
                    "bandwidth",
                    "bandwidth.link_layer",
                    &text(lang, msg::INSIGHTS_RULE_OF_THUMB_LABEL),
                    say(
                        msg::INSIGHTS_RULE_OF_THUMB_VALUE,
                        &[
                            ("calls", Arg::from(calls)),
                            ("typical", Arg::from(mbps(line.rule_of_thumb_bps))),
                            ("conservative", Arg::from(mbps(line.conservative_rule_bps))),
                        ],
                    ),
                    text(lang, msg::INSIGHTS_RULE_OF_THUMB_DETAIL),
                    Tone::Info,
                );
                calc.line = Some(line);
            }
            Err(e) => out.error("bandwidth", "bandwidth.link_layer", needed_label, e),
        }
    }
    calc.quality = bandwidth::check_quality(
        a.number("bandwidth.latency_ms"),
        a.number("bandwidth.jitter_ms"),
        a.number("bandwidth.packet_loss_percent"),
    );
    if !calc.quality.is_empty() {
        let all_ok = calc.quality.iter().all(|q| q.within);
        let value = calc
            .quality
            .iter()
            .map(|q| {
                let metric = q.metric_in(lang);
                let unit = match lang {
                    Lang::En => q.unit.clone(),
                    Lang::ZhHans if q.unit == "%" => "%".to_owned(),
                    Lang::ZhHans => format!(" {}", q.unit),
                };
                say(
                    msg::INSIGHTS_QUALITY_ROW,
                    &[
                        ("metric", Arg::from(metric)),
                        ("value", Arg::from(trim_number(q.value))),
                        ("unit", Arg::from(unit)),
                        ("within", Arg::from(if q.within { "yes" } else { "no" })),
                        ("limit", Arg::from(trim_number(q.limit))),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(" · ");
        out.push(
            "bandwidth",
            "bandwidth.packet_loss_percent",
            &text(lang, msg::INSIGHTS_QUALITY_LABEL),
            value,
            text(lang, msg::INSIGHTS_QUALITY_DETAIL),
            if all_ok { Tone::Good } else { Tone::Warn },
        );
    }
}

/// Warranty against the term.
fn warranty(cx: &Cx, _calc: &mut Calculations, out: &mut Out) {
    let (a, term, lang) = (&cx.a, cx.term, cx.lang);
    if let Some(months) = a.whole("warranty.length_months")
        && a.choice("warranty.hardware_mode") != Some("byod")
    {
        let short = months < term;
        out.push(
            "warranty",
            "warranty.length_months",
            &text(lang, msg::INSIGHTS_WARRANTY_LABEL),
            if short {
                text_with(
                    lang,
                    msg::INSIGHTS_WARRANTY_SHORT,
                    &[
                        ("months", Arg::from(months)),
                        ("term", Arg::from(term)),
                        ("uncovered", Arg::from(term - months)),
                    ],
                )
            } else {
                text_with(
                    lang,
                    msg::INSIGHTS_WARRANTY_COVERS,
                    &[("term", Arg::from(term))],
                )
            },
            text(lang, msg::INSIGHTS_WARRANTY_DETAIL),
            if short { Tone::Warn } else { Tone::Good },
        );
    }
    damage_on_arrival(a, out);
}

/// What happens to a phone that arrives broken, and how long there is to report it.
fn damage_on_arrival(a: &Answers, out: &mut Out) {
    // "Not sure" is a question for the provider, not a figure.
    let replaced = match a.yes_no("warranty.doa_replaced") {
        Some(crate::model::YesNo::Yes) => Some(true),
        Some(crate::model::YesNo::No) => Some(false),
        _ => None,
    };
    let window = a.whole("warranty.doa_window_days");
    if a.choice("warranty.hardware_mode") == Some("byod") {
        return;
    }
    let lang = out.lang;
    let days = |key, d: u32| text_with(lang, key, &[("days", Arg::from(d))]);
    let (value, tone) = match (replaced, window) {
        (None, None) => return,
        (Some(false), _) => (text(lang, msg::INSIGHTS_DOA_NOT_REPLACED), Tone::Warn),
        (_, Some(0)) => (text(lang, msg::INSIGHTS_DOA_SAME_DAY), Tone::Warn),
        (Some(true), Some(d)) => (days(msg::INSIGHTS_DOA_REPLACED_WITHIN, d), Tone::Good),
        (Some(true), None) => (text(lang, msg::INSIGHTS_DOA_REPLACED), Tone::Info),
        (None, Some(d)) => (days(msg::INSIGHTS_DOA_REPORT_WITHIN, d), Tone::Info),
    };
    out.push(
        "warranty",
        "warranty.doa_window_days",
        &text(lang, msg::INSIGHTS_DOA_LABEL),
        value,
        text(lang, msg::INSIGHTS_DOA_DETAIL),
        tone,
    );
}

/// The key figures, in the order the summary and the PDF show them.
pub fn key_figures(review: &Review, calc: &Calculations) -> Vec<KeyFigure> {
    key_figures_in(review, calc, Lang::En)
}

/// The sentence a total carries when taxes are left out, in `lang` (the calculator keeps the
/// English one).
fn taxes_left_out(lang: Lang, why: &str) -> String {
    tco::taxes_left_out_in(lang, why)
}

/// [`key_figures`] in `lang`.
pub fn key_figures_in(review: &Review, calc: &Calculations, lang: Lang) -> Vec<KeyFigure> {
    let money = Money(&review.context.currency, lang);
    let term = review.context.term_months;
    let say = |key, args: &[(&str, Arg)]| text_with(lang, key, args);
    let needs = |what| {
        say(
            msg::INSIGHTS_KEY_NEEDS,
            &[("what", Arg::from(text(lang, what)))],
        )
    };
    let mut rows = Vec::new();
    let mut push = |id: &str, label: String, value: Option<String>, detail: String| {
        // Dates read as everywhere else in the app ("3 Jan 2030"), not as the calculators' ISO.
        rows.push(KeyFigure {
            id: id.to_owned(),
            label,
            value: value.map(|v| super::words::dates_in(lang, &v)),
            detail: super::words::dates_in(lang, &detail),
            tone: Tone::Info,
        });
    };
    let total_label = say(msg::INSIGHTS_KEY_TOTAL_COST, &[("term", Arg::from(term))]);
    match &calc.tco {
        Some(t) => {
            let mut detail = say(
                msg::INSIGHTS_KEY_TOTAL_COST_DETAIL,
                &[
                    ("upfront", Arg::from(money.fmt(t.upfront_total_minor))),
                    ("recurring", Arg::from(money.fmt(t.recurring_total_minor))),
                ],
            );
            if t.taxes_minor > 0 {
                detail = say(
                    msg::INSIGHTS_KEY_PLUS_TAXES,
                    &[
                        ("detail", Arg::from(detail)),
                        ("taxes", Arg::from(money.fmt(t.taxes_minor))),
                    ],
                );
            }
            if let Some(p) = t.per_seat_month_minor {
                detail = say(
                    msg::INSIGHTS_KEY_PER_SEAT,
                    &[
                        ("detail", Arg::from(detail)),
                        ("amount", Arg::from(money.fmt(p))),
                    ],
                );
            }
            if let Some(why) = &t.taxes_left_out {
                detail = say(
                    msg::INSIGHTS_KEY_WHY,
                    &[
                        ("why", Arg::from(taxes_left_out(lang, why))),
                        ("detail", Arg::from(detail)),
                    ],
                );
            }
            push(
                "total_cost",
                total_label,
                Some(match &t.taxes_left_out {
                    Some(_) => say(
                        msg::INSIGHTS_KEY_TAXES_NOT_INCLUDED,
                        &[("amount", Arg::from(money.fmt(t.total_minor)))],
                    ),
                    None => money.fmt(t.total_minor),
                }),
                detail,
            )
        }
        None => push(
            "total_cost",
            total_label,
            None,
            needs(msg::INSIGHTS_KEY_NEEDS_MONTHLY_CHARGE),
        ),
    }
    for month in [12, 24] {
        let label = say(msg::INSIGHTS_KEY_EXIT, &[("month", Arg::from(month))]);
        if month >= term {
            continue;
        }
        match calc.exit_after(month) {
            Some(e) => push(
                &format!("exit_{month}"),
                label,
                Some(money.fmt(e.total_minor)),
                say(
                    msg::INSIGHTS_KEY_EXIT_DETAIL,
                    &[("breakdown", Arg::from(exit_breakdown(&money, e)))],
                ),
            ),
            None => push(
                &format!("exit_{month}"),
                label,
                None,
                needs(msg::INSIGHTS_KEY_NEEDS_EXIT),
            ),
        }
    }
    let downtime_label = text(lang, msg::INSIGHTS_KEY_DOWNTIME);
    match &calc.downtime {
        Some(d) => {
            let year = super::words::duration(lang, d.per_year_ms);
            let mut detail = say(
                msg::INSIGHTS_KEY_DOWNTIME_DETAIL,
                &[
                    (
                        "uptime",
                        Arg::from(crate::i18n::format::percent(
                            lang,
                            &trim_number(ppm_to_percent(d.uptime_ppm)),
                        )),
                    ),
                    (
                        "lengths",
                        Arg::from(super::words::window_lengths(lang, d).unwrap_or_default()),
                    ),
                    ("year", Arg::from(year.clone())),
                ],
            );
            if calc.downtime_window_assumed {
                detail = say(
                    msg::INSIGHTS_KEY_DOWNTIME_ASSUMED,
                    &[("detail", Arg::from(detail))],
                );
            }
            push(
                "downtime",
                downtime_label,
                Some(super::words::window_range(lang, d).unwrap_or_else(|| {
                    say(
                        msg::INSIGHTS_KEY_DOWNTIME_PER_YEAR,
                        &[("duration", Arg::from(year))],
                    )
                })),
                detail,
            )
        }
        None => push(
            "downtime",
            downtime_label,
            None,
            needs(msg::INSIGHTS_KEY_NEEDS_UPTIME),
        ),
    }
    let bandwidth_label = text(lang, msg::INSIGHTS_KEY_BANDWIDTH);
    match &calc.line {
        Some(line) => {
            let needed = Arg::from(mbps(line.needed_bps));
            let detail = match line.upload_use_percent {
                None => say(msg::INSIGHTS_KEY_BANDWIDTH_NO_UPLOAD, &[("needed", needed)]),
                Some(u) => {
                    let share = crate::i18n::format::percent(lang, &format!("{u:.1}"));
                    let detail = say(
                        msg::INSIGHTS_KEY_BANDWIDTH_DETAIL,
                        &[("needed", needed), ("share", Arg::from(share))],
                    );
                    if u > UPLOAD_FIX_PERCENT {
                        say(
                            msg::INSIGHTS_KEY_BANDWIDTH_FIX,
                            &[("detail", Arg::from(detail))],
                        )
                    } else {
                        detail
                    }
                }
            };
            push(
                "bandwidth",
                bandwidth_label,
                line.upload_headroom_percent
                    .map(|h| crate::i18n::format::percent(lang, &format!("{:.0}", h.max(0.0)))),
                detail,
            )
        }
        None => push(
            "bandwidth",
            bandwidth_label,
            None,
            needs(msg::INSIGHTS_KEY_NEEDS_BANDWIDTH),
        ),
    }
    let notice_label = text(lang, msg::INSIGHTS_KEY_NOTICE);
    match &calc.dates {
        Some(d) => match (&d.notice_deadline, super::words::notice_rule(lang, d)) {
            (Some(deadline), Some(rule)) => {
                let value = match d.days_to_notice_deadline {
                    Some(n) => say(
                        msg::INSIGHTS_KEY_NOTICE_DAYS_LEFT,
                        &[
                            ("date", Arg::from(deadline.clone())),
                            ("left", Arg::from(super::words::days_left(lang, n))),
                        ],
                    ),
                    None => deadline.clone(),
                };
                let mut detail = say(
                    msg::INSIGHTS_KEY_NOTICE_DETAIL,
                    &[
                        ("rule", Arg::from(rule)),
                        ("renewal", Arg::from(d.renewal.clone())),
                    ],
                );
                if let Some(m) = d.renewal_term_months {
                    detail = say(
                        msg::INSIGHTS_KEY_NOTICE_RENEWAL_TERM,
                        &[("detail", Arg::from(detail)), ("months", Arg::from(m))],
                    );
                }
                push("notice", notice_label, Some(value), detail);
                if let Some(last) = rows.last_mut() {
                    last.tone = deadline_tone(d.notice_status);
                }
            }
            _ => push(
                "notice",
                text(lang, msg::INSIGHTS_KEY_CONTRACT_ENDS),
                Some(d.end.clone()),
                text(lang, msg::INSIGHTS_KEY_NO_NOTICE),
            ),
        },
        None => push(
            "notice",
            notice_label,
            None,
            needs(msg::INSIGHTS_KEY_NEEDS_START),
        ),
    }
    rows
}
