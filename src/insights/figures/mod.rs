//! The figures a review's answers imply, computed with the calculators and worded once for the
//! app (next to the inputs they come from), the summary and the PDF.

mod cancellation;
mod connection;
mod customer_support;
mod features;
mod hardware_warranty;
mod key_figures;
mod pricing;
mod service_levels;
mod term_dates;
mod upfront_costs;
mod upgrades;

use cancellation::exit_cost;
use connection::bandwidth;
use customer_support::support;
use features::features;
use hardware_warranty::warranty;
use pricing::total_cost;
use service_levels::sla;
use term_dates::contract_dates;
use upfront_costs::upfront;
use upgrades::upgrades;

pub(super) use cancellation::exit_breakdown;
pub use customer_support::severity_figure_label;
#[cfg(test)]
pub(crate) use features::MUST_HAVE_CARDS_AFTER;
pub use key_figures::{key_figures, key_figures_in};

use super::answers::Answers;
use super::words;
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
        words::money(self.1, self.0, minor)
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
    amounts_in_another_currency(&cx, &mut out);
    (calc, out.figures)
}

/// The money answers in another currency than the review's, in template order: the area, the
/// question (its words in `lang`) and the amount. The figures read amounts in the review's
/// currency only ([`Answers::money`]), so these are left out of every total (a contract's amount
/// accepted in its own currency, or one in a review file; a change of the review's currency
/// relabels the amounts in the old one).
fn not_counted(
    review: &Review,
    lang: Lang,
) -> impl Iterator<
    Item = (
        &'static str,
        &'static crate::template::Question,
        &crate::money::Money,
    ),
> {
    crate::template::template_in(lang)
        .areas
        .iter()
        .flat_map(|area| area.questions.iter().map(move |q| (area.id.as_str(), q)))
        .filter_map(
            move |(area, question)| match review.answers.get(&question.id) {
                Some(crate::model::AnswerValue::Money(saved))
                    if saved.currency != review.context.currency =>
                {
                    Some((area, question, saved))
                }
                _ => None,
            },
        )
}

/// Each amount left out of the totals says so beside its question, so no total looks complete
/// when it is not (the key figures say so too: `key_figures_in`).
fn amounts_in_another_currency(cx: &Cx, out: &mut Out) {
    let currency = cx.review.context.currency.as_str();
    let say = |key, args: &[(&str, Arg)]| text_with(cx.lang, key, args);
    for (area, question, saved) in not_counted(cx.review, cx.lang) {
        out.push(
            area,
            &question.id,
            &text(cx.lang, msg::INSIGHTS_OTHER_CURRENCY_LABEL),
            say(
                msg::INSIGHTS_OTHER_CURRENCY_VALUE,
                &[
                    ("question", Arg::from(question.label.as_str())),
                    (
                        "amount",
                        Arg::from(Money(&saved.currency, cx.lang).fmt(saved.minor)),
                    ),
                    ("currency", Arg::from(currency)),
                ],
            ),
            say(
                msg::INSIGHTS_OTHER_CURRENCY_DETAIL,
                &[
                    ("saved", Arg::from(saved.currency.as_str())),
                    ("currency", Arg::from(currency)),
                ],
            ),
            Tone::Warn,
        );
    }
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

/// The sentence a total carries when taxes are left out, in `lang` (the calculator keeps the
/// English one).
fn taxes_left_out(lang: Lang, why: &str) -> String {
    tco::taxes_left_out_in(lang, why)
}
