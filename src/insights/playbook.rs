//! The playbook: every flag of the brief as one row of a table (area, severity, test,
//! threshold, reason), turned into suggested ratings with the reasons shown.
//!
//! Thresholds are strict: a rule "above 80 %" fires at 80.01 % and not at 80 %; "below
//! 99.9 %" fires at 99.89 % and not at 99.9 %.

use super::answers::Answers;
use super::figures::Calculations;
use crate::calc::sla::format_duration_ms;
use crate::calc::trim_number;
use crate::model::{Rating, Review, YesNo};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Negotiate,
    DealBreaker,
}

impl Severity {
    pub fn rating(self) -> Rating {
        match self {
            Severity::Negotiate => Rating::Negotiate,
            Severity::DealBreaker => Rating::DealBreaker,
        }
    }

    pub fn label(self) -> &'static str {
        self.rating().label()
    }
}

/// A value the playbook compares with a threshold.
#[derive(Debug, Clone, Copy)]
pub enum Measure {
    Answer(&'static str),
    /// Needed bandwidth as a percentage of the measured upload.
    UploadUsePercent,
    /// Competing quotes: the larger of the count answered and the quotes entered.
    CompetingQuotes,
    /// Warranty months short of the contract term.
    WarrantyShortfallMonths,
    /// Scheduled maintenance excluded from uptime, as a percentage of the downtime allowance
    /// in the shortest window of its kind (February for a calendar month).
    MaintenanceShareOfAllowance,
}

/// One condition of a rule; a rule fires when all its conditions hold.
#[derive(Debug, Clone, Copy)]
pub enum Test {
    Is(&'static str, YesNo),
    /// The answer is not "no" (yes, not sure or unanswered).
    NotNo(&'static str),
    Choice(&'static str, &'static str),
    ChoiceNot(&'static str, &'static str),
    Above(Measure),
    Below(Measure),
    MustHaveNotAvailable,
}

#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub id: &'static str,
    pub area: &'static str,
    pub severity: Severity,
    pub when: &'static [Test],
    /// The threshold `Above`/`Below` compare with, in `unit`.
    pub threshold: Option<f64>,
    pub unit: &'static str,
    /// The rule in words, for the visible playbook.
    pub rule: &'static str,
    /// Why it matters. `{value}`, `{threshold}` and the figure names below are filled in:
    /// `{downtime}`, `{window}`, `{maintenance}`, `{exit_12}`, `{needed_up}`, `{measured_up}`,
    /// `{term}`, `{missing}`.
    pub reason: &'static str,
}

use Measure::*;
use Test::*;

pub const RULES: &[Rule] = &[
    // Deal-breaker candidates.
    Rule {
        id: "sla.none",
        area: "sla",
        severity: Severity::DealBreaker,
        when: &[Is("sla.has_sla", YesNo::No)],
        threshold: None,
        unit: "",
        rule: "No written SLA",
        reason: "There is no written SLA: nothing is promised and nothing is owed when the service fails.",
    },
    Rule {
        id: "sla.no_credits",
        area: "sla",
        severity: Severity::DealBreaker,
        when: &[NotNo("sla.has_sla"), Is("sla.credits_offered", YesNo::No)],
        threshold: None,
        unit: "",
        rule: "SLA without service credits",
        reason: "The SLA gives no service credits: missing it costs the provider nothing.",
    },
    Rule {
        id: "cancellation.all_remaining_no_cause",
        area: "cancellation",
        severity: Severity::DealBreaker,
        when: &[
            Choice("cancellation.etf_structure", "all_remaining"),
            Is("cancellation.exit_for_cause", YesNo::No),
        ],
        threshold: None,
        unit: "",
        rule: "Exit fee of all remaining charges and no exit for cause",
        reason: "Leaving early costs all remaining monthly charges ({exit_12} after month 12) and there is no right to leave for cause, even after repeated outages.",
    },
    Rule {
        id: "features.must_have_missing",
        area: "features",
        severity: Severity::DealBreaker,
        when: &[MustHaveNotAvailable],
        threshold: None,
        unit: "",
        rule: "A must-have feature is not available",
        reason: "Must-have not available on this plan: {missing}.",
    },
    Rule {
        id: "bandwidth.upload_saturated",
        area: "bandwidth",
        severity: Severity::DealBreaker,
        when: &[Above(UploadUsePercent)],
        threshold: Some(80.0),
        unit: "%",
        rule: "Bandwidth needed above 80 % of the measured upload",
        reason: "Peak calls need {needed_up}, {value} % of your measured {measured_up} upload (limit {threshold} %): calls will break up when the line is busy.",
    },
    // Negotiate candidates.
    Rule {
        id: "sla.uptime_low",
        area: "sla",
        severity: Severity::Negotiate,
        when: &[Below(Answer("sla.uptime_percent"))],
        threshold: Some(99.9),
        unit: "%",
        rule: "Uptime below 99.9 %",
        reason: "Guaranteed uptime of {value} % is below {threshold} %: the service may be down {downtime} without breaching the SLA.",
    },
    Rule {
        id: "sla.maintenance_exceeds_allowance",
        area: "sla",
        severity: Severity::Negotiate,
        when: &[Above(MaintenanceShareOfAllowance)],
        threshold: Some(100.0),
        unit: "%",
        rule: "Maintenance excluded from uptime exceeds the downtime allowance",
        reason: "Up to {maintenance} of scheduled maintenance each {window} is excluded from uptime, more than all the downtime the SLA allows ({downtime}): the service can be unavailable far longer than the uptime figure says. Ask for a cap on maintenance, or for maintenance beyond the allowance to count as downtime.",
    },
    Rule {
        id: "sla.claim_window_short",
        area: "sla",
        severity: Severity::Negotiate,
        when: &[Below(Answer("sla.claim_window_days"))],
        threshold: Some(30.0),
        unit: "days",
        rule: "Credit claim window under 30 days",
        reason: "Credits must be claimed within {value} days, under {threshold} days: easy to miss.",
    },
    Rule {
        id: "cancellation.long_notice",
        area: "cancellation",
        severity: Severity::Negotiate,
        when: &[
            Is("cancellation.auto_renews", YesNo::Yes),
            Above(Answer("cancellation.notice_days")),
        ],
        threshold: Some(60.0),
        unit: "days",
        rule: "Auto-renewal with notice over 60 days",
        reason: "It renews automatically unless you give {value} days' notice, more than {threshold} days: the deadline is easy to miss.",
    },
    Rule {
        id: "cancellation.vague",
        area: "cancellation",
        severity: Severity::Negotiate,
        when: &[Choice("cancellation.etf_structure", "not_sure")],
        threshold: None,
        unit: "",
        rule: "Termination fee unclear",
        reason: "How the early-termination fee is worked out is not clear: an agent who is vague about leaving is a warning sign. Get it in writing.",
    },
    Rule {
        id: "pricing.not_locked",
        area: "pricing",
        severity: Severity::Negotiate,
        when: &[Is("pricing.price_locked", YesNo::No)],
        threshold: None,
        unit: "",
        rule: "Price not locked for the term",
        reason: "The monthly price is not locked for the term: it can rise while you cannot leave.",
    },
    Rule {
        id: "pricing.escalator_high",
        area: "pricing",
        severity: Severity::Negotiate,
        when: &[Above(Answer("pricing.escalator_percent"))],
        threshold: Some(5.0),
        unit: "%",
        rule: "Annual escalator above 5 %",
        reason: "Prices rise {value} % a year, above {threshold} %.",
    },
    Rule {
        id: "pricing.cannot_reduce",
        area: "pricing",
        severity: Severity::Negotiate,
        when: &[Is("pricing.reduce_seats", YesNo::No)],
        threshold: None,
        unit: "",
        rule: "Seats cannot be reduced",
        reason: "Seats cannot be reduced: if the team shrinks you keep paying for empty seats.",
    },
    Rule {
        id: "support.business_hours_only",
        area: "support",
        severity: Severity::Negotiate,
        when: &[
            Choice("support.hours", "business_hours"),
            Is("support.business_runs_after_hours", YesNo::Yes),
        ],
        threshold: None,
        unit: "",
        rule: "Business-hours support for a business that runs longer",
        reason: "Support works business hours only, but your business takes calls outside them.",
    },
    Rule {
        id: "support.slow_critical",
        area: "support",
        severity: Severity::Negotiate,
        when: &[Above(Answer("support.critical_response_minutes"))],
        threshold: Some(60.0),
        unit: "min",
        rule: "Critical response slower than 1 hour",
        reason: "A critical issue gets a response in {value} minutes, slower than {threshold} minutes.",
    },
    Rule {
        id: "support.no_escalation",
        area: "support",
        severity: Severity::Negotiate,
        when: &[Is("support.escalation_path", YesNo::No)],
        threshold: None,
        unit: "",
        rule: "No escalation path",
        reason: "There is no escalation path when first-line support does not solve a problem.",
    },
    Rule {
        id: "warranty.short",
        area: "warranty",
        severity: Severity::Negotiate,
        when: &[
            ChoiceNot("warranty.hardware_mode", "byod"),
            Above(WarrantyShortfallMonths),
        ],
        threshold: Some(0.0),
        unit: "months",
        rule: "Warranty shorter than the term",
        reason: "The hardware warranty ends {value} months before the {term}-month term does.",
    },
    Rule {
        id: "bandwidth.latency",
        area: "bandwidth",
        severity: Severity::Negotiate,
        when: &[Above(Answer("bandwidth.latency_ms"))],
        threshold: Some(150.0),
        unit: "ms",
        rule: "One-way latency above 150 ms (ITU-T G.114)",
        reason: "Latency of {value} ms is above {threshold} ms (ITU-T G.114): conversations will talk over each other.",
    },
    Rule {
        id: "bandwidth.jitter",
        area: "bandwidth",
        severity: Severity::Negotiate,
        when: &[Above(Answer("bandwidth.jitter_ms"))],
        threshold: Some(30.0),
        unit: "ms",
        rule: "Jitter above 30 ms",
        reason: "Jitter of {value} ms is above {threshold} ms: expect choppy audio.",
    },
    Rule {
        id: "bandwidth.loss",
        area: "bandwidth",
        severity: Severity::Negotiate,
        when: &[Above(Answer("bandwidth.packet_loss_percent"))],
        threshold: Some(1.0),
        unit: "%",
        rule: "Packet loss above 1 %",
        reason: "Packet loss of {value} % is above {threshold} %: words will drop out.",
    },
    Rule {
        id: "bandwidth.up_to",
        area: "bandwidth",
        severity: Severity::Negotiate,
        when: &[Is("bandwidth.speed_guaranteed", YesNo::No)],
        threshold: None,
        unit: "",
        rule: "Only \"up to\" speeds",
        reason: "The internet speed is \"up to\", not guaranteed: the line may deliver less at busy times.",
    },
    Rule {
        id: "bandwidth.no_failover",
        area: "bandwidth",
        severity: Severity::Negotiate,
        when: &[Is("bandwidth.failover", YesNo::No)],
        threshold: None,
        unit: "",
        rule: "No failover connection",
        reason: "There is no failover connection: when the line goes down, so do the phones.",
    },
    Rule {
        id: "upfront.tbd",
        area: "upfront",
        severity: Severity::Negotiate,
        when: &[Is("upfront.tbd_fees", YesNo::Yes)],
        threshold: None,
        unit: "",
        rule: "Fees \"to be determined\"",
        reason: "Some fees are \"to be determined\": get a fixed figure in writing before signing.",
    },
    Rule {
        id: "competitors.none",
        area: "competitors",
        severity: Severity::Negotiate,
        when: &[Below(CompetingQuotes)],
        threshold: Some(1.0),
        unit: "quotes",
        rule: "No competing quote collected",
        reason: "No competing quote has been collected: without one there is no leverage and no benchmark.",
    },
    Rule {
        id: "upgrades.no_notice",
        area: "upgrades",
        severity: Severity::Negotiate,
        when: &[Below(Answer("upgrades.advance_notice_days"))],
        threshold: Some(1.0),
        unit: "days",
        rule: "No advance notice of changes",
        reason: "No advance notice is given before features, terms or prices change (30 or 60 days is usual).",
    },
];

/// A rule that fired, with its reason filled in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Flag {
    pub rule_id: String,
    pub area_id: String,
    pub severity: Severity,
    pub reason: String,
}

/// What the playbook suggests for one area, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Suggestion {
    pub area_id: String,
    /// Null when too few answers are in to suggest anything.
    pub rating: Option<Rating>,
    pub reasons: Vec<String>,
}

/// A rule as the app shows it in the playbook table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RuleView {
    pub id: String,
    pub area_id: String,
    pub severity: Severity,
    pub rule: String,
    pub threshold: Option<String>,
}

pub fn rule_views() -> Vec<RuleView> {
    RULES
        .iter()
        .map(|r| RuleView {
            id: r.id.into(),
            area_id: r.area.into(),
            severity: r.severity,
            rule: r.rule.into(),
            threshold: r
                .threshold
                .map(|t| format!("{} {}", trim_number(t), r.unit)),
        })
        .collect()
}

struct Context<'a> {
    review: &'a Review,
    answers: Answers<'a>,
    calc: &'a Calculations,
}

impl Context<'_> {
    fn measure(&self, m: Measure) -> Option<f64> {
        match m {
            Answer(id) => self.answers.number(id),
            UploadUsePercent => self.calc.line.as_ref()?.upload_use_percent,
            CompetingQuotes => {
                let answered = self
                    .answers
                    .number("competitors.quotes_collected")
                    .unwrap_or(0.0);
                Some(answered.max(self.review.quotes.len() as f64))
            }
            WarrantyShortfallMonths => {
                let months = self.answers.number("warranty.length_months")?;
                Some(f64::from(self.review.context.term_months) - months)
            }
            MaintenanceShareOfAllowance => {
                let excluded = self.calc.maintenance_excluded_ms? as f64;
                let allowance = self.calc.downtime.as_ref()?.per_window_ms? as f64;
                Some(match (excluded, allowance) {
                    (e, a) if a > 0.0 => e / a * 100.0,
                    // 100 % uptime allows nothing: any exclusion is more than the allowance.
                    (e, _) if e > 0.0 => f64::INFINITY,
                    _ => 0.0,
                })
            }
        }
    }

    /// Whether a test holds, and the measured value it compared.
    fn holds(&self, test: Test, threshold: Option<f64>) -> (bool, Option<f64>) {
        let a = &self.answers;
        match test {
            Is(id, v) => (a.yes_no(id) == Some(v), None),
            NotNo(id) => (!a.is_no(id), None),
            Choice(id, c) => (a.choice(id) == Some(c), None),
            ChoiceNot(id, c) => (a.choice(id) != Some(c), None),
            MustHaveNotAvailable => (!self.calc.missing_must_haves.is_empty(), None),
            Above(m) | Below(m) => {
                let (Some(value), Some(limit)) = (self.measure(m), threshold) else {
                    return (false, None);
                };
                let fires = if matches!(test, Above(_)) {
                    value > limit
                } else {
                    value < limit
                };
                (fires, Some(value))
            }
        }
    }

    fn fill(&self, rule: &Rule, value: Option<f64>) -> String {
        let money = super::figures::Money(&self.review.context.currency);
        let value_text = value.map(|v| match rule.unit {
            "%" => format!("{v:.1}")
                .trim_end_matches('0')
                .trim_end_matches('.')
                .to_owned(),
            _ => trim_number(v),
        });
        let mut text = rule.reason.to_owned();
        let replacements: [(&str, Option<String>); 10] = [
            ("{value}", value_text),
            ("{threshold}", rule.threshold.map(trim_number)),
            (
                "{downtime}",
                self.calc
                    .downtime
                    .as_ref()
                    .and_then(|d| d.window_range_text()),
            ),
            (
                "{window}",
                self.calc
                    .downtime
                    .as_ref()
                    .and_then(|d| d.window)
                    .map(|w| w.label().to_owned()),
            ),
            (
                "{maintenance}",
                self.calc.maintenance_excluded_ms.map(format_duration_ms),
            ),
            (
                "{exit_12}",
                self.calc.exit_after(12).map(|e| money.fmt(e.fee_minor)),
            ),
            (
                "{needed_up}",
                self.calc
                    .line
                    .as_ref()
                    .map(|l| format!("{:.2} Mbps", l.needed_bps / 1e6)),
            ),
            (
                "{measured_up}",
                self.answers
                    .number("bandwidth.measured_up_mbps")
                    .map(|m| format!("{} Mbps", trim_number(m))),
            ),
            ("{term}", Some(self.review.context.term_months.to_string())),
            ("{missing}", Some(self.calc.missing_must_haves.join(", "))),
        ];
        for (key, replacement) in replacements {
            if text.contains(key) {
                text = text.replace(
                    key,
                    replacement.as_deref().unwrap_or("an amount not yet known"),
                );
            }
        }
        text
    }
}

/// The rules that fire for a review, in table order.
pub fn evaluate(review: &Review, calc: &Calculations) -> Vec<Flag> {
    let ctx = Context {
        review,
        answers: Answers::new(review),
        calc,
    };
    RULES
        .iter()
        .filter_map(|rule| {
            let mut measured = None;
            for test in rule.when {
                let (holds, value) = ctx.holds(*test, rule.threshold);
                if !holds {
                    return None;
                }
                measured = measured.or(value);
            }
            Some(Flag {
                rule_id: rule.id.into(),
                area_id: rule.area.into(),
                severity: rule.severity,
                reason: ctx.fill(rule, measured),
            })
        })
        .collect()
}

/// The suggested rating of each area: the most severe flag; "acceptable" once at least half of
/// the area's questions are answered and nothing fired; nothing before that.
pub fn suggest(review: &Review, flags: &[Flag]) -> Vec<Suggestion> {
    crate::template::template()
        .areas
        .iter()
        .map(|area| {
            let mine: Vec<&Flag> = flags.iter().filter(|f| f.area_id == area.id).collect();
            let worst = mine.iter().map(|f| f.severity).max();
            let answered = area.questions.iter().filter(|q| review.answers.contains_key(&q.id)).count();
            let rating = match worst {
                Some(s) => Some(s.rating()),
                None if answered * 2 >= area.questions.len() => Some(Rating::Acceptable),
                None => None,
            };
            let mut reasons: Vec<String> = {
                let mut sorted = mine.clone();
                sorted.sort_by_key(|f| std::cmp::Reverse(f.severity));
                sorted.iter().map(|f| f.reason.clone()).collect()
            };
            if reasons.is_empty() {
                reasons.push(match rating {
                    Some(_) => "No playbook rule fired on the answers given.".into(),
                    None => format!(
                        "Answer at least half of this area's questions ({answered} of {} so far) for a suggestion.",
                        area.questions.len()
                    ),
                });
            }
            Suggestion { area_id: area.id.clone(), rating, reasons }
        })
        .collect()
}
