//! The figures a review's answers imply, computed with the calculators and worded once for the
//! app (next to the inputs they come from), the summary and the PDF.

use super::answers::Answers;
use crate::calc::bandwidth::{self, LineCheck, LineInput, LinkLayer, Overhead, QualityCheck};
use crate::calc::dates::{self, ContractDates, DeadlineStatus, Notice, NoticeBasis};
use crate::calc::exit::{self, EtfStructure, ExitCost};
use crate::calc::sla::{self, CreditTier, DowntimeAllowance, MeasurementWindow, YearBasis};
use crate::calc::tco::{self, TcoBreakdown, TcoInput, UpfrontItem};
use crate::calc::{ppm_to_percent, trim_number};
use crate::error::Error;
use crate::model::{ChargeBasis, Review, YesNo};
use crate::money::format_amount;
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
}

impl Calculations {
    pub fn exit_after(&self, month: u32) -> Option<&ExitCost> {
        self.exits.iter().find(|e| e.after_month == month)
    }
}

pub const EXIT_MONTHS: [u32; 4] = [6, 12, 24, 30];

pub(super) struct Money<'a>(pub &'a str);

impl Money<'_> {
    pub fn fmt(&self, minor: i64) -> String {
        format!("{} {}", self.0, format_amount(minor, self.0))
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

pub(super) fn upfront_items(a: &Answers) -> Vec<UpfrontItem> {
    let mut items = Vec::new();
    let mut add = |label: &str, minor: Option<i64>| {
        if let Some(minor) = minor.filter(|m| *m > 0) {
            items.push(UpfrontItem {
                label: label.to_owned(),
                amount_minor: minor,
            });
        }
    };
    add("Setup or activation", a.money("upfront.setup_fee"));
    let phones = a
        .whole("upfront.phones_count")
        .zip(a.money("upfront.phone_unit_price"));
    add("Phones", phones.map(|(n, price)| i64::from(n) * price));
    add("Installation", a.money("upfront.installation_fee"));
    add("Number porting", a.money("upfront.porting_fee"));
    add("Shipping", a.money("upfront.shipping"));
    add("Deposit", a.money("upfront.deposit"));
    add("Training", a.money("upfront.training_fee"));
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
    input.support_monthly_minor = match a.choice("support.included") {
        Some("included") => 0,
        _ => a.money("support.paid_monthly").unwrap_or(0),
    };
    input.escalator_percent = if a.is_yes("pricing.price_locked") {
        0.0
    } else {
        a.number("pricing.escalator_percent").unwrap_or(0.0)
    };
    input.taxes_percent = match a.choice("pricing.taxes_included") {
        Some("extra") => a.number("pricing.taxes_percent"),
        _ => None,
    };
    input.upfront = upfront_items(a);
    Some(input)
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

fn feature_label(id: &str) -> String {
    crate::template::template()
        .question(&format!("features.{id}"))
        .map_or_else(|| id.to_owned(), |(_, q)| q.label.clone())
}

struct Out {
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
            err.to_string(),
            "Correct the answer above to see this figure.".into(),
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
    let cx = Cx {
        review,
        a: Answers::new(review),
        money: Money(&review.context.currency),
        term: review.context.term_months,
        today,
    };
    let mut calc = Calculations::default();
    let mut out = Out {
        figures: Vec::new(),
    };
    // Order matters: exit cost and credits read the total-cost schedule.
    total_cost(&cx, &mut calc, &mut out);
    upfront(&cx, &mut calc, &mut out);
    exit_cost(&cx, &mut calc, &mut out);
    contract_dates(&cx, &mut calc, &mut out);
    sla(&cx, &mut calc, &mut out);
    support(&cx, &mut calc, &mut out);
    features(&cx, &mut calc, &mut out);
    bandwidth(&cx, &mut calc, &mut out);
    warranty(&cx, &mut calc, &mut out);
    (calc, out.figures)
}

/// What every area's figures read: the review, its answers, its currency, its term and today.
struct Cx<'a> {
    review: &'a Review,
    a: Answers<'a>,
    money: Money<'a>,
    term: u32,
    today: Option<NaiveDate>,
}

/// Total cost over the term, from the plan, add-ons, support, growth and escalator.
fn total_cost(cx: &Cx, calc: &mut Calculations, out: &mut Out) {
    #[allow(unused_variables)]
    let (review, a, money, term, today) = (cx.review, &cx.a, &cx.money, cx.term, cx.today);
    if let Some(input) = tco_input(review, a) {
        match tco::total_cost(&input) {
            Ok(t) => {
                let years: Vec<String> = t
                    .years
                    .iter()
                    .map(|y| {
                        format!(
                            "year {}: {} × {} months",
                            y.year,
                            money.fmt(y.monthly_minor),
                            y.months
                        )
                    })
                    .collect();
                let mut detail = format!(
                    "Upfront {} + recurring {} ({}){}. Escalator {} % a year at each anniversary; seats +{} a year.",
                    money.fmt(t.upfront_total_minor),
                    money.fmt(t.recurring_total_minor),
                    years.join("; "),
                    if t.taxes_minor > 0 {
                        format!(" + taxes and fees {}", money.fmt(t.taxes_minor))
                    } else {
                        String::new()
                    },
                    trim_number(input.escalator_percent),
                    input.seat_growth_per_year,
                );
                if let Some(per_seat) = t.per_seat_month_minor {
                    detail.push_str(&format!(
                        " Effective cost per seat per month: {}.",
                        money.fmt(per_seat)
                    ));
                }
                out.push(
                    "pricing",
                    "pricing.addons_monthly",
                    &format!("{term}-month total cost"),
                    money.fmt(t.total_minor),
                    detail,
                    Tone::Info,
                );
                calc.tco = Some(t);
            }
            Err(e) => out.error("pricing", "pricing.addons_monthly", "Total cost", e),
        }
    }
}

/// One-time charges.
fn upfront(cx: &Cx, _calc: &mut Calculations, out: &mut Out) {
    #[allow(unused_variables)]
    let (review, a, money, term, today) = (cx.review, &cx.a, &cx.money, cx.term, cx.today);
    let upfront = upfront_items(a);
    if !upfront.is_empty() || a.is_answered("upfront.setup_fee") {
        let total: i64 = upfront.iter().map(|i| i.amount_minor).sum();
        let parts: Vec<String> = upfront
            .iter()
            .map(|i| format!("{} {}", i.label, money.fmt(i.amount_minor)))
            .collect();
        let tbd = a.is_yes("upfront.tbd_fees");
        out.push(
            "upfront",
            "upfront.tbd_fees",
            "Total upfront",
            format!(
                "{}{}",
                money.fmt(total),
                if tbd {
                    " + fees still to be determined"
                } else {
                    ""
                }
            ),
            if parts.is_empty() {
                "No one-time charges entered.".into()
            } else {
                parts.join(" + ")
            },
            if tbd { Tone::Warn } else { Tone::Info },
        );
    }
}

/// What leaving early costs.
fn exit_cost(cx: &Cx, calc: &mut Calculations, out: &mut Out) {
    #[allow(unused_variables)]
    let (review, a, money, term, today) = (cx.review, &cx.a, &cx.money, cx.term, cx.today);
    if let (Some(structure), Some(t)) = (etf_structure(a), &calc.tco) {
        let months: Vec<u32> = EXIT_MONTHS.iter().copied().filter(|m| *m < term).collect();
        let walkaway = a.whole("cancellation.walkaway_days").unwrap_or(0);
        match exit::exit_costs(&structure, walkaway, &t.monthly_schedule(), &months) {
            Ok(exits) => {
                let value = exits
                    .iter()
                    .map(|e| format!("after month {}: {}", e.after_month, money.fmt(e.fee_minor)))
                    .collect::<Vec<_>>()
                    .join(" · ");
                let worst = exits.iter().map(|e| e.fee_minor).max().unwrap_or(0);
                let detail = format!(
                    "The fee for leaving after that many months of service, on the remaining monthly charges{}. Free walk-away window: {} days.",
                    if matches!(structure, EtfStructure::Fixed { .. }) {
                        ""
                    } else {
                        " (escalator included)"
                    },
                    walkaway
                );
                out.push(
                    "cancellation",
                    "cancellation.walkaway_days",
                    "Cost to leave early",
                    value,
                    detail,
                    if worst > 0 { Tone::Warn } else { Tone::Good },
                );
                calc.exits = exits;
            }
            Err(e) => out.error(
                "cancellation",
                "cancellation.walkaway_days",
                "Cost to leave early",
                e,
            ),
        }
    }
}

/// Term end, renewal and the last day notice must arrive.
fn contract_dates(cx: &Cx, calc: &mut Calculations, out: &mut Out) {
    #[allow(unused_variables)]
    let (review, a, money, term, today) = (cx.review, &cx.a, &cx.money, cx.term, cx.today);
    // Shown after the last notice question, so the figure follows every input it reads.
    const ANCHOR: &str = "cancellation.notice_counted_before";
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
            out.error("cancellation", ANCHOR, "Contract dates", e);
            return;
        }
    };
    let renews_for = d
        .renewal_term_months
        .map_or(String::new(), |m| format!(" for {m} more months"));
    let value = match (&d.notice_deadline, &d.notice_rule) {
        (Some(deadline), Some(rule)) => format!(
            "notice must arrive by {deadline}, {rule}{}; otherwise it renews{renews_for}",
            d.days_to_notice_deadline.map_or(String::new(), |n| format!(
                "; {}",
                dates::days_left_words(n)
            ))
        ),
        _ if renews == Some(YesNo::No) => {
            format!("ends {}; it does not renew automatically", d.end)
        }
        _ => format!("ends {}", d.end),
    };
    let mut detail = format!(
        "Starts {}; the {term}-month term ends {} (its last day) and renews on {}. Corresponding-date rule.",
        d.start, d.end, d.renewal
    );
    if let Some(counted) = d.notice_counted_before {
        detail.push_str(&format!(
            " The deadline is the last day notice must arrive (not the day it is sent): the whole notice period must run before {}, so it is that date minus the notice period.",
            counted.label()
        ));
        match basis_answer {
            Some("not_sure") => detail.push_str(
                " Not sure what the clause counts from: the end of the term is used, the earlier date, which protects you. Ask the provider.",
            ),
            None => detail.push_str(
                " What the clause counts from is not entered: the end of the term is used, the earlier date, which protects you.",
            ),
            _ => {}
        }
        if periods.len() > 1 {
            detail.push_str(
                " Notice is entered both in days and in months: the earlier deadline is used.",
            );
        }
    }
    out.push(
        "cancellation",
        ANCHOR,
        "Contract dates",
        value,
        detail,
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
    #[allow(unused_variables)]
    let (review, a, money, term, today) = (cx.review, &cx.a, &cx.money, cx.term, cx.today);
    let (window, window_assumed) = measurement_window(a);
    let assumed_note = if window_assumed {
        format!(
            " The measurement window is not known: each {} is assumed. Ask the provider: over a quarter or a year, one long outage can pass without a credit.",
            window.label()
        )
    } else {
        String::new()
    };
    if let Some(uptime) = a.number("sla.uptime_percent") {
        match sla::downtime_allowance(uptime, YearBasis::Days365, Some(window)) {
            Ok(d) => {
                let value = format!(
                    "allows {} of downtime each {} ({} a 365-day year)",
                    d.allowance_range_text().unwrap_or_default(),
                    window.label(),
                    sla::format_duration_ms(d.per_year_ms)
                );
                let mut detail = format!(
                    "Downtime = window × (100 % − {} %), to the nearest second. Each {}: {}.{assumed_note}",
                    trim_number(uptime),
                    window.label(),
                    d.window_lengths_text().unwrap_or_default(),
                );
                let shortest_ms = d.per_window_ms.unwrap_or(0);
                let maintenance_ms = a
                    .number("sla.maintenance_excluded_hours")
                    .filter(|h| h.is_finite() && *h >= 0.0)
                    .map(|h| (h * 3_600_000.0).round() as i64);
                let over_allowance = maintenance_ms.is_some_and(|m| m > shortest_ms);
                if let Some(m) = maintenance_ms.filter(|m| *m > 0) {
                    detail.push_str(&format!(
                        " Scheduled maintenance of up to {} each {} is excluded from uptime{}.",
                        sla::format_duration_ms(m),
                        window.label(),
                        if over_allowance {
                            format!(
                                ", more than the whole allowance: counting it, the service may be unavailable up to {} in {}",
                                sla::format_duration_ms(m + shortest_ms),
                                window.length_label(window.shortest_days())
                            )
                        } else {
                            String::new()
                        }
                    ));
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
                    "Downtime the SLA permits",
                    value,
                    detail,
                    tone,
                );
                calc.downtime = Some(d);
                calc.downtime_window_assumed = window_assumed;
            }
            Err(e) => out.error(
                "sla",
                "sla.measurement_window",
                "Downtime the SLA permits",
                e,
            ),
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
                        Ok(owed) => rows.push(format!(
                            "over {} down in {}{}: {} %{}",
                            sla::format_duration_ms(threshold_ms),
                            window.days_label(longest),
                            if shortest == longest {
                                String::new()
                            } else {
                                format!(
                                    " (over {} in {})",
                                    sla::format_duration_ms(at_days(shortest)),
                                    window.days_label(shortest)
                                )
                            },
                            trim_number(ppm_to_percent(owed.credit_after_cap_ppm)),
                            monthly.map_or(String::new(), |_| format!(
                                " ({})",
                                money.fmt(owed.credit_minor)
                            ))
                        )),
                        Err(e) => failed = Some(e),
                    }
                }
                Err(e) => failed = Some(e),
            }
        }
        match failed {
            Some(e) => out.error("sla", "sla.credit_tier3_credit_percent", "Service credits", e),
            None => out.push(
                "sla",
                "sla.credit_tier3_credit_percent",
                "Service credits",
                rows.join(" · "),
                format!(
                    "Credit = the highest tier whose threshold the uptime in the {} falls below, as % of the monthly charge{}. The same outage is a larger share of a shorter {}, so the threshold is given for the longest and the shortest.{assumed_note}",
                    window.label(),
                    cap.map_or(String::new(), |c| format!(", capped at {} %", trim_number(c))),
                    window.label(),
                ),
                Tone::Info,
            ),
        }
    }
}

/// Support response against the scale.
fn support(cx: &Cx, _calc: &mut Calculations, out: &mut Out) {
    #[allow(unused_variables)]
    let (review, a, money, term, today) = (cx.review, &cx.a, &cx.money, cx.term, cx.today);
    if let Some(minutes) = a.number("support.critical_response_minutes") {
        // The same grade the playbook's slow-response flag uses (weak is flagged).
        let grade = super::playbook::ResponseGrade::of_minutes(minutes);
        let tone = match grade {
            super::playbook::ResponseGrade::Weak => Tone::Bad,
            _ => Tone::Good,
        };
        out.push(
            "support",
            "support.critical_response_minutes",
            "Critical-issue response",
            format!("{} min: {}", trim_number(minutes), grade.label()),
            "Scale for a critical (P1, system down) issue (seed 001): 5–15 min excellent; 30 min–2 h good; 4–24 h weak. A time between two bands takes the slower band's grade (16–29 min good, over 2 h weak).".into(),
            tone,
        );
    }
}

/// Must-haves that are missing or sold as add-ons.
fn features(cx: &Cx, calc: &mut Calculations, out: &mut Out) {
    #[allow(unused_variables)]
    let (review, a, money, term, today) = (cx.review, &cx.a, &cx.money, cx.term, cx.today);
    for id in a.multi("features.must_have") {
        match a.choice(&format!("features.{id}")) {
            Some("not_available") => calc.missing_must_haves.push(feature_label(id)),
            Some("add_on") => calc.add_on_must_haves.push(feature_label(id)),
            _ => {}
        }
    }
    if !calc.missing_must_haves.is_empty() {
        out.push(
            "features",
            "features.must_have",
            "Must-haves not available",
            calc.missing_must_haves.join(", "),
            "A must-have the plan cannot provide is a deal-breaker.".into(),
            Tone::Bad,
        );
    }
    if !calc.add_on_must_haves.is_empty() {
        out.push(
            "features",
            "features.must_have",
            "Must-haves sold as add-ons",
            calc.add_on_must_haves.join(", "),
            "Enter their monthly price under add-ons so the total cost includes them.".into(),
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
    #[allow(unused_variables)]
    let (review, a, money, term, today) = (cx.review, &cx.a, &cx.money, cx.term, cx.today);
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
                let mut value = format!(
                    "{calls} {} calls need {} each way",
                    line.codec_name,
                    mbps(line.voice_bps)
                );
                if input.concurrent_video > 0 {
                    value = format!(
                        "{value} (+ {} for {} video)",
                        mbps(line.video_bps),
                        input.concurrent_video
                    );
                }
                let tone = match (line.upload_use_percent, input.measured_up_mbps) {
                    (Some(u), Some(up)) => {
                        value.push_str(&format!(
                            "; your measured {} Mbps upload leaves {:.0} % headroom",
                            trim_number(up),
                            line.upload_headroom_percent.unwrap_or(0.0).max(0.0)
                        ));
                        if u > UPLOAD_FIX_PERCENT {
                            value.push_str(&format!(
                                ". At {u:.0} % of the upload (above 80 %), fix the line before go-live: a faster upload, voice first (QoS), or less other traffic"
                            ));
                            Tone::Bad
                        } else if u > 50.0 {
                            Tone::Warn
                        } else {
                            Tone::Good
                        }
                    }
                    (None, Some(_)) => {
                        value.push_str(
                            "; the measured upload is 0 Mbps: fix the line before go-live",
                        );
                        Tone::Bad
                    }
                    _ => Tone::Info,
                };
                let crtp = overhead.crtp_header_bytes.is_some();
                let mut detail = format!(
                    "{} per call = ({} bytes of {} at {} + {} bytes of {}IP/UDP/RTP headers + {} bytes of {} header) × 8 × {} packets a second ({} ms packets). Source: Cisco, Voice Over IP – Per Call Bandwidth Consumption (document 7934). Video counted at {} kbps per meeting.",
                    kbps(line.per_call_bps),
                    trim_number(line.payload_bytes),
                    line.codec_name,
                    kbit_rate(line.bit_rate_bps),
                    overhead.ip_udp_rtp_bytes(),
                    if crtp { "compressed " } else { "" },
                    overhead.link.header_bytes(),
                    overhead.link.label(),
                    trim_number((line.packets_per_second * 100.0).round() / 100.0),
                    line.ptime_ms,
                    input.video_kbps
                );
                if a.choice("bandwidth.codec")
                    .is_none_or(|c| bandwidth::codec(c).is_none())
                {
                    detail.push_str(
                        " Codec not known: G.711, the most demanding common codec, is assumed.",
                    );
                }
                if input.ptime_ms.is_none() {
                    detail.push_str(&format!(
                        " Packet interval not known: the usual {} ms is assumed.",
                        line.ptime_ms
                    ));
                }
                if link_assumed {
                    detail.push_str(
                        " Link not known: Ethernet, the usual office connection, is assumed.",
                    );
                }
                if let Some(max) = line.max_calls_at_headroom {
                    detail.push_str(&format!(
                        " The line carries at most {max} such calls while keeping 20 % free."
                    ));
                }
                out.push(
                    "bandwidth",
                    "bandwidth.link_layer",
                    "Bandwidth needed",
                    value,
                    detail,
                    tone,
                );
                out.push(
                    "bandwidth",
                    "bandwidth.link_layer",
                    "Planning rule of thumb (for comparison)",
                    format!(
                        "{calls} calls × 100 kbps ≈ {} each way; {} at the conservative 500 kbps a call",
                        mbps(line.rule_of_thumb_bps),
                        mbps(line.conservative_rule_bps)
                    ),
                    "A rough rule quoted to buyers: about 100 kbps per call each way; conservative guides allow 500 kbps per call. A sanity check only: the computed figure above counts your codec, its packets and your link.".into(),
                    Tone::Info,
                );
                calc.line = Some(line);
            }
            Err(e) => out.error("bandwidth", "bandwidth.link_layer", "Bandwidth needed", e),
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
                format!(
                    "{} {} {} ({} {} {})",
                    q.metric,
                    trim_number(q.value),
                    q.unit,
                    if q.within { "within" } else { "over" },
                    trim_number(q.limit),
                    q.unit
                )
            })
            .collect::<Vec<_>>()
            .join(" · ");
        out.push(
            "bandwidth",
            "bandwidth.packet_loss_percent",
            "Line quality",
            value,
            "Limits: one-way latency ≤ 150 ms (ITU-T G.114), jitter ≤ 30 ms, packet loss ≤ 1 %."
                .into(),
            if all_ok { Tone::Good } else { Tone::Warn },
        );
    }
}

/// Warranty against the term.
fn warranty(cx: &Cx, _calc: &mut Calculations, out: &mut Out) {
    #[allow(unused_variables)]
    let (review, a, money, term, today) = (cx.review, &cx.a, &cx.money, cx.term, cx.today);
    if let Some(months) = a.whole("warranty.length_months")
        && a.choice("warranty.hardware_mode") != Some("byod")
    {
        let short = months < term;
        out.push(
            "warranty",
            "warranty.length_months",
            "Warranty against the term",
            if short {
                format!(
                    "covers {months} of {term} months; {} months uncovered",
                    term - months
                )
            } else {
                format!("covers the whole {term}-month term")
            },
            "Hardware that fails after the warranty is replaced at your cost.".into(),
            if short { Tone::Warn } else { Tone::Good },
        );
    }
}

/// The key figures, in the order the summary and the PDF show them.
pub fn key_figures(review: &Review, calc: &Calculations) -> Vec<KeyFigure> {
    let money = Money(&review.context.currency);
    let term = review.context.term_months;
    let needs = |what: &str| format!("Needs {what}.");
    let mut rows = Vec::new();
    let mut push = |id: &str, label: String, value: Option<String>, detail: String| {
        rows.push(KeyFigure {
            id: id.to_owned(),
            label,
            value,
            detail,
            tone: Tone::Info,
        });
    };
    match &calc.tco {
        Some(t) => push(
            "total_cost",
            format!("Total cost over {term} months"),
            Some(money.fmt(t.total_minor)),
            format!(
                "Upfront {} + monthly charges {}{}{}",
                money.fmt(t.upfront_total_minor),
                money.fmt(t.recurring_total_minor),
                if t.taxes_minor > 0 {
                    format!(" + taxes {}", money.fmt(t.taxes_minor))
                } else {
                    String::new()
                },
                t.per_seat_month_minor.map_or(String::new(), |p| format!(
                    "; {} per seat per month",
                    money.fmt(p)
                ))
            ),
        ),
        None => push(
            "total_cost",
            format!("Total cost over {term} months"),
            None,
            needs("the monthly charge (and seats if priced per seat)"),
        ),
    }
    for month in [12, 24] {
        let label = format!("Cost to leave after month {month}");
        if month >= term {
            continue;
        }
        match calc.exit_after(month) {
            Some(e) => push(
                &format!("exit_{month}"),
                label,
                Some(money.fmt(e.fee_minor)),
                if e.within_walkaway {
                    "Within the free walk-away window.".into()
                } else {
                    format!(
                        "{} months left worth {}",
                        e.remaining_months,
                        money.fmt(e.remaining_value_minor)
                    )
                },
            ),
            None => push(
                &format!("exit_{month}"),
                label,
                None,
                needs("the early-termination fee structure and the monthly charge"),
            ),
        }
    }
    match &calc.downtime {
        Some(d) => {
            push(
                "downtime",
                "SLA downtime allowance".into(),
                Some(d.window_range_text().unwrap_or_else(|| {
                    format!("{} a year", sla::format_duration_ms(d.per_year_ms))
                })),
                format!(
                    "{} % uptime: {}; {} a 365-day year{}",
                    trim_number(ppm_to_percent(d.uptime_ppm)),
                    d.window_lengths_text().unwrap_or_default(),
                    sla::format_duration_ms(d.per_year_ms),
                    if calc.downtime_window_assumed {
                        " (measurement window not known: a calendar month assumed)"
                    } else {
                        ""
                    }
                ),
            )
        }
        None => push(
            "downtime",
            "SLA downtime allowance".into(),
            None,
            needs("the guaranteed uptime"),
        ),
    }
    match &calc.line {
        Some(line) => push(
            "bandwidth",
            "Bandwidth headroom (upload)".into(),
            line.upload_headroom_percent
                .map(|h| format!("{:.0} %", h.max(0.0))),
            format!(
                "{} needed at peak{}",
                mbps(line.needed_bps),
                line.upload_use_percent.map_or(
                    " (measured upload not entered)".into(),
                    |u| format!(
                        ", {u:.1} % of the measured upload{}",
                        if u > UPLOAD_FIX_PERCENT {
                            ": above 80 %, a line to fix before go-live"
                        } else {
                            ""
                        }
                    )
                )
            ),
        ),
        None => push(
            "bandwidth",
            "Bandwidth headroom (upload)".into(),
            None,
            needs("peak concurrent calls and the measured upload"),
        ),
    }
    match &calc.dates {
        Some(d) => match (&d.notice_deadline, &d.notice_rule) {
            (Some(deadline), Some(rule)) => {
                push(
                    "notice",
                    "Notice must arrive by".into(),
                    Some(format!(
                        "{deadline}{}",
                        d.days_to_notice_deadline
                            .map_or(String::new(), |n| format!(
                                " ({})",
                                dates::days_left_words(n)
                            ))
                    )),
                    format!(
                        "{rule}; otherwise it renews on {}{}",
                        d.renewal,
                        d.renewal_term_months
                            .map_or(String::new(), |m| format!(" for {m} months"))
                    ),
                );
                if let Some(last) = rows.last_mut() {
                    last.tone = deadline_tone(d.notice_status);
                }
            }
            _ => push(
                "notice",
                "Contract ends".into(),
                Some(d.end.clone()),
                "No notice deadline: it does not renew automatically, or the notice period is not entered.".into(),
            ),
        },
        None => push(
            "notice",
            "Notice must arrive by".into(),
            None,
            needs("the planned start date"),
        ),
    }
    rows
}
