//! Support response times: the grade of a promised (or measured) response on the scale the
//! seed articles publish, and what a business-hours clock means in wall-clock time.
//!
//! Scale (seed 001, the comparison table of response-time commitments: 5–15 min 优秀
//! excellent, 30 min–2 h 较好 good, 4–24 h 一般 weak). A time in a gap between two bands takes
//! the slower band's grade, so a promise is never graded better than the band it fails to reach:
//! up to 15 min excellent (quicker than 5 min too), 16 min–2 h good, anything over 2 h weak.
//! This is the one grading in the product: the figures, the P1–P4 table, the test ticket, the
//! playbook's slow-response flag and `voip-review calc support` all call `grade_response`.
//!
//! Business hours are taken as Monday to Friday, 09:00–17:00 (8 hours a day) unless a contract
//! says otherwise; the worst case is a fault logged on a Friday at 17:00, just after closing.

use crate::i18n::{self, Key, Lang, msg};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where a response time falls on the scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ResponseGrade {
    Excellent,
    Good,
    Weak,
}

impl ResponseGrade {
    pub fn label(self) -> String {
        self.label_in(Lang::En)
    }

    /// The grade in `lang`: "good" / "良".
    pub fn label_in(self, lang: Lang) -> String {
        let key = match self {
            ResponseGrade::Excellent => msg::CALC_GRADE_EXCELLENT,
            ResponseGrade::Good => msg::CALC_GRADE_GOOD,
            ResponseGrade::Weak => msg::CALC_GRADE_WEAK,
        };
        i18n::text(lang, key)
    }
}

/// The top of seed 001's "excellent" band (5–15 min).
pub const EXCELLENT_RESPONSE_UP_TO_MINUTES: f64 = 15.0;
/// The top of seed 001's "good" band (30 min–2 h): slower is weak (and a critical response
/// that slow is flagged).
pub const WEAK_RESPONSE_ABOVE_MINUTES: f64 = 120.0;

/// The scale in words, for the figures' detail text.
pub const SCALE_TEXT: &str = "5–15 min excellent; 30 min–2 h good; 4–24 h weak (a time between two bands takes the slower band's grade: 16–29 min good, over 2 h weak)";

/// The grade of a response time in minutes (fractions allowed: 120.5 min is over 2 h).
pub fn grade_response(minutes: f64) -> ResponseGrade {
    if minutes <= EXCELLENT_RESPONSE_UP_TO_MINUTES {
        ResponseGrade::Excellent
    } else if minutes <= WEAK_RESPONSE_ABOVE_MINUTES {
        ResponseGrade::Good
    } else {
        ResponseGrade::Weak
    }
}

/// How support is priced (seed 002: included in the price, tiered plans, a paid plan, pay per
/// incident).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportPricing {
    Included,
    Tiered,
    PaidPlan,
    PerIncident,
    NotSure,
}

impl SupportPricing {
    /// The template's choice ids (`support.included`) and the CLI's `--pricing` values.
    pub fn parse(text: &str) -> Option<SupportPricing> {
        Some(match text {
            "included" => SupportPricing::Included,
            "tiered" => SupportPricing::Tiered,
            "paid_tier" | "paid-plan" | "paid_plan" => SupportPricing::PaidPlan,
            "per_incident" | "per-incident" => SupportPricing::PerIncident,
            "not_sure" | "not-sure" => SupportPricing::NotSure,
            _ => return None,
        })
    }
}

/// The answers the support cost is computed from; money in minor units.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SupportCostInput {
    pub pricing: Option<SupportPricing>,
    /// The paid plan's (or the needed tier's) monthly cost.
    pub paid_monthly_minor: Option<i64>,
    pub per_incident_fee_minor: Option<i64>,
    pub incidents_per_year: Option<u32>,
    /// Support is free in the first year only (seed 004): the cost counts from month 13.
    pub free_first_year_only: bool,
}

/// Support as the total cost counts it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SupportCost {
    /// Counted each month it is charged, before any escalator.
    pub monthly_minor: i64,
    /// Free in the first 12 months, charged from month 13.
    pub free_first_year: bool,
    /// Which rule of the pricing model gave `monthly_minor`, as a catalog message
    /// ([`SupportCost::rule_in`]).
    #[serde(skip)]
    pub rule: Key,
}

/// The monthly support cost the total counts, by pricing model:
/// included for good → 0; included in year 1 only → the paid plan from month 13; tiered, paid
/// plan or not sure → the monthly cost entered (from month 13 when free in year 1 only); per
/// incident → price × incidents a year ÷ 12, rounded half up.
pub fn support_cost(input: &SupportCostInput) -> SupportCost {
    let free_first_year = input.free_first_year_only;
    let paid = input.paid_monthly_minor.unwrap_or(0);
    let (monthly_minor, rule) = match input.pricing {
        Some(SupportPricing::PerIncident) => {
            let fee = input.per_incident_fee_minor.unwrap_or(0);
            let incidents = i64::from(input.incidents_per_year.unwrap_or(0));
            // A year's incidents spread over its 12 months, rounded half up (at most
            // 1,000,000,000.00 × 10,000: far inside the range).
            (
                (fee.saturating_mul(incidents) + 6) / 12,
                msg::CALC_SUPPORT_RULE_PER_INCIDENT,
            )
        }
        Some(SupportPricing::Included) if !free_first_year => (0, msg::CALC_SUPPORT_RULE_INCLUDED),
        Some(SupportPricing::Included) => (paid, msg::CALC_SUPPORT_RULE_INCLUDED_FIRST_YEAR),
        Some(SupportPricing::Tiered) => (paid, msg::CALC_SUPPORT_RULE_TIERED),
        Some(SupportPricing::PaidPlan) => (paid, msg::CALC_SUPPORT_RULE_PAID_PLAN),
        Some(SupportPricing::NotSure) | None => (paid, msg::CALC_SUPPORT_RULE_ENTERED),
    };
    SupportCost {
        monthly_minor,
        free_first_year,
        rule,
    }
}

impl SupportCost {
    /// Which rule gave the monthly cost, in `lang`: "price per incident × incidents a year ÷
    /// 12" / "每次事件的价格 × 每年事件数 ÷ 12".
    pub fn rule_in(&self, lang: Lang) -> String {
        i18n::text(lang, self.rule)
    }

    /// Months of a `term_months` term the support is charged.
    pub fn charged_months(&self, term_months: u32) -> u32 {
        if self.free_first_year {
            term_months.saturating_sub(12)
        } else {
            term_months
        }
    }

    /// Support over the term before any escalator (the total cost raises it with the plan).
    pub fn over_term_minor(&self, term_months: u32) -> Option<i64> {
        self.monthly_minor
            .checked_mul(i64::from(self.charged_months(term_months)))
    }
}

/// Business hours assumed when a clock runs in business hours only.
pub const BUSINESS_DAY_START_HOUR: u32 = 9;
pub const BUSINESS_DAY_MINUTES: u32 = 8 * 60;

/// When a promise of `business_minutes` on a business-hours clock is due at the latest, for a
/// fault logged on a Friday at 17:00: the weekday it falls on (0 = Monday) and the minutes
/// after midnight that day, and the wall-clock minutes from the fault to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorstCase {
    pub weekday: u32,
    pub minute_of_day: u32,
    pub elapsed_minutes: u32,
}

/// The latest moment a business-hours promise falls due: the clock stops at 17:00 on Friday
/// and restarts at 09:00 on Monday, then runs 8 hours each weekday.
pub fn business_hours_worst_case(business_minutes: u32) -> WorstCase {
    // Friday 17:00 to Monday 09:00: 64 hours with the clock stopped.
    const WEEKEND_GAP: u32 = 64 * 60;
    // Business days needed after the first, counting a promise that ends exactly at 17:00 as
    // met that day.
    let extra_days = business_minutes.saturating_sub(1) / BUSINESS_DAY_MINUTES;
    let minutes_on_last_day = business_minutes - extra_days * BUSINESS_DAY_MINUTES;
    let weekday = extra_days % 5;
    let weeks = extra_days / 5;
    let day_offset = weeks * 7 + weekday;
    WorstCase {
        weekday,
        minute_of_day: BUSINESS_DAY_START_HOUR * 60 + minutes_on_last_day,
        elapsed_minutes: WEEKEND_GAP + day_offset * 24 * 60 + minutes_on_last_day,
    }
}

/// A weekday number (0 = Monday) as a word.
pub fn weekday_name(weekday: u32) -> String {
    weekday_name_in(Lang::En, weekday)
}

/// A working day (0 = Monday) in `lang`: "Monday" / "周一".
pub fn weekday_name_in(lang: Lang, weekday: u32) -> String {
    let key = [
        msg::CALC_WEEKDAY_MONDAY,
        msg::CALC_WEEKDAY_TUESDAY,
        msg::CALC_WEEKDAY_WEDNESDAY,
        msg::CALC_WEEKDAY_THURSDAY,
        msg::CALC_WEEKDAY_FRIDAY,
    ][(weekday % 5) as usize];
    i18n::text(lang, key)
}

/// Minutes as people say them: "30 min", "2 h", "1 h 30 min", "3 days".
pub fn format_minutes(minutes: u32) -> String {
    let (hours, rest) = (minutes / 60, minutes % 60);
    match (hours, rest) {
        (0, m) => format!("{m} min"),
        (h, 0) if h >= 48 && h % 24 == 0 => format!("{} days", h / 24),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grades_follow_the_published_bands_at_every_boundary() {
        // Seed 001: 5–15 min excellent; 30 min–2 h good; 4–24 h weak; a gap takes the slower
        // band's grade (16–29 min good, 2 h 1 min–3 h 59 min weak).
        let cases = [
            (0.0, ResponseGrade::Excellent),
            (5.0, ResponseGrade::Excellent),
            (15.0, ResponseGrade::Excellent),
            (15.5, ResponseGrade::Good),
            (16.0, ResponseGrade::Good),
            (29.0, ResponseGrade::Good),
            (30.0, ResponseGrade::Good),
            (61.0, ResponseGrade::Good),
            (120.0, ResponseGrade::Good),
            (120.5, ResponseGrade::Weak),
            (121.0, ResponseGrade::Weak),
            (239.0, ResponseGrade::Weak),
            (240.0, ResponseGrade::Weak),
            (1440.0, ResponseGrade::Weak),
            (4320.0, ResponseGrade::Weak),
        ];
        for (minutes, grade) in cases {
            assert_eq!(grade_response(minutes), grade, "{minutes} min");
        }
    }

    #[test]
    fn support_cost_follows_the_pricing_model_by_hand() {
        let cost = |pricing, paid, fee, incidents, free_first_year_only| {
            support_cost(&SupportCostInput {
                pricing,
                paid_monthly_minor: paid,
                per_incident_fee_minor: fee,
                incidents_per_year: incidents,
                free_first_year_only,
            })
        };
        // Included for good: nothing, whatever a plan would cost.
        let included = cost(
            Some(SupportPricing::Included),
            Some(5_000),
            None,
            None,
            false,
        );
        assert_eq!(included.monthly_minor, 0);
        // Included in year 1 only, a $50 plan after: 24 of 36 months × $50 = $1,200.
        let first_year = cost(
            Some(SupportPricing::Included),
            Some(5_000),
            None,
            None,
            true,
        );
        assert_eq!(first_year.monthly_minor, 5_000);
        assert_eq!(first_year.charged_months(36), 24);
        assert_eq!(first_year.over_term_minor(36), Some(120_000));
        // Per incident: $95 × 5 a year = $475 ÷ 12 = $39.5833… → $39.58.
        let per_incident = cost(
            Some(SupportPricing::PerIncident),
            None,
            Some(9_500),
            Some(5),
            false,
        );
        assert_eq!(per_incident.monthly_minor, 3_958);
        assert_eq!(per_incident.over_term_minor(36), Some(142_488));
        // $25 × 1 = 2,500 ÷ 12 = 208.33 → 208 (half up only from .5).
        let one = cost(
            Some(SupportPricing::PerIncident),
            None,
            Some(2_500),
            Some(1),
            false,
        );
        assert_eq!(one.monthly_minor, 208);
        // Paid plan, tiered and not sure count the monthly cost entered.
        for pricing in [
            Some(SupportPricing::PaidPlan),
            Some(SupportPricing::Tiered),
            Some(SupportPricing::NotSure),
            None,
        ] {
            assert_eq!(
                cost(pricing, Some(4_000), None, None, false).monthly_minor,
                4_000
            );
        }
    }

    #[test]
    fn business_hours_worst_case_by_hand() {
        // Logged Friday 17:00. 30 business minutes: Monday 09:30, 64 h 30 min later.
        assert_eq!(
            business_hours_worst_case(30),
            WorstCase {
                weekday: 0,
                minute_of_day: 9 * 60 + 30,
                elapsed_minutes: 64 * 60 + 30
            }
        );
        // 4 h: Monday 13:00, 68 h later. 8 h: Monday 17:00, 72 h later.
        assert_eq!(business_hours_worst_case(240).elapsed_minutes, 68 * 60);
        let eight = business_hours_worst_case(480);
        assert_eq!((eight.weekday, eight.minute_of_day), (0, 17 * 60));
        assert_eq!(eight.elapsed_minutes, 72 * 60);
        // 9 h: Monday's 8 h, then 1 h on Tuesday: Tuesday 10:00, 64 + 24 + 1 = 89 h later.
        let nine = business_hours_worst_case(540);
        assert_eq!((nine.weekday, nine.minute_of_day), (1, 10 * 60));
        assert_eq!(nine.elapsed_minutes, 89 * 60);
        // 24 h = three business days: Wednesday 17:00, 64 + 48 + 8 = 120 h later.
        let day3 = business_hours_worst_case(24 * 60);
        assert_eq!((day3.weekday, day3.minute_of_day), (2, 17 * 60));
        assert_eq!(day3.elapsed_minutes, 120 * 60);
        // 41 h: five full days (Mon–Fri) and 1 h into the next Monday:
        // Friday 17:00 + 64 h + 7 days + 1 h = 233 h.
        let next_week = business_hours_worst_case(41 * 60);
        assert_eq!((next_week.weekday, next_week.minute_of_day), (0, 10 * 60));
        assert_eq!(next_week.elapsed_minutes, 233 * 60);
    }

    #[test]
    fn minutes_read_as_people_say_them() {
        assert_eq!(format_minutes(15), "15 min");
        assert_eq!(format_minutes(120), "2 h");
        assert_eq!(format_minutes(90), "1 h 30 min");
        assert_eq!(format_minutes(1440), "24 h");
        assert_eq!(format_minutes(4320), "3 days");
        assert_eq!(format_minutes(3000), "50 h");
    }

    #[test]
    fn weekdays_and_rules_read_in_each_language() {
        use crate::i18n::Lang;
        let names: Vec<String> = (0..5).map(weekday_name).collect();
        assert_eq!(
            names,
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
        );
        assert_eq!(weekday_name_in(Lang::ZhHans, 0), "周一");
        assert_eq!(weekday_name_in(Lang::ZhHans, 4), "周五");
        assert_eq!(ResponseGrade::Good.label(), "good");
        assert_eq!(ResponseGrade::Weak.label_in(Lang::ZhHans), "差");
        let cost = support_cost(&SupportCostInput {
            pricing: Some(SupportPricing::PerIncident),
            per_incident_fee_minor: Some(9_500),
            incidents_per_year: Some(5),
            ..SupportCostInput::default()
        });
        assert_eq!(
            cost.rule_in(Lang::En),
            "price per incident × incidents a year ÷ 12"
        );
        assert_eq!(
            cost.rule_in(Lang::ZhHans),
            "每次事件的价格 × 每年事件数 ÷ 12"
        );
    }
}
