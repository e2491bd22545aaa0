//! Support response times: the grade of a promised (or measured) response on the scale the
//! seed articles publish, and what a business-hours clock means in wall-clock time.
//!
//! Scale (seed 001, the comparison table of response-time commitments): 5–15 min excellent,
//! 30 min–2 h good, 4–24 h weak. Between the bands: up to 15 min counts as excellent, 16–29 min
//! as good (faster than the good band's floor), over 2 h and under 4 h as "fair" (between good
//! and weak), 4 h and slower as weak.
//!
//! Business hours are taken as Monday to Friday, 09:00–17:00 (8 hours a day) unless a contract
//! says otherwise; the worst case is a fault logged on a Friday at 17:00, just after closing.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where a response time falls on the scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ResponseGrade {
    Excellent,
    Good,
    Fair,
    Weak,
}

impl ResponseGrade {
    pub fn label(self) -> &'static str {
        match self {
            ResponseGrade::Excellent => "excellent",
            ResponseGrade::Good => "good",
            ResponseGrade::Fair => "fair",
            ResponseGrade::Weak => "weak",
        }
    }
}

/// The scale in words, for the figures' detail text.
pub const SCALE_TEXT: &str =
    "5–15 min excellent; 30 min–2 h good; 4–24 h weak (over 2 h and under 4 h: fair)";

/// The grade of a response time in minutes.
pub fn grade_response(minutes: u32) -> ResponseGrade {
    match minutes {
        0..=15 => ResponseGrade::Excellent,
        16..=120 => ResponseGrade::Good,
        121..=239 => ResponseGrade::Fair,
        _ => ResponseGrade::Weak,
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
pub fn weekday_name(weekday: u32) -> &'static str {
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][(weekday % 5) as usize]
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
    fn grades_follow_the_published_bands() {
        // Seed 001: 5–15 min excellent; 30 min–2 h good; 4–24 h weak.
        assert_eq!(grade_response(5), ResponseGrade::Excellent);
        assert_eq!(grade_response(15), ResponseGrade::Excellent);
        assert_eq!(grade_response(16), ResponseGrade::Good);
        assert_eq!(grade_response(30), ResponseGrade::Good);
        assert_eq!(grade_response(120), ResponseGrade::Good);
        assert_eq!(grade_response(121), ResponseGrade::Fair);
        assert_eq!(grade_response(239), ResponseGrade::Fair);
        assert_eq!(grade_response(240), ResponseGrade::Weak);
        assert_eq!(grade_response(1440), ResponseGrade::Weak);
        assert_eq!(grade_response(4320), ResponseGrade::Weak);
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
}
