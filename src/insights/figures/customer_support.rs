//! The customer-support area: the response and resolution times by severity, and the test
//! ticket.

use super::*;

/// Support response against the scale.
pub(super) fn support(cx: &Cx, calc: &mut Calculations, out: &mut Out) {
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
                    ("grade", Arg::from(words::grade(lang, grade))),
                ],
            ),
            text_with(
                lang,
                msg::INSIGHTS_SUPPORT_CRITICAL_DETAIL,
                &[("scale", Arg::from(words::support_scale(lang)))],
            ),
            tone,
        );
    }
    severity_table(a, calc, out);
    test_ticket(a, out);
}

/// The severities, what they mean, and the questions that hold their response (minutes) and
/// resolution (hours). P1's response is the original critical-response question.
pub(super) const SEVERITIES: [(&str, Key, &str, &str); 4] = [
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
pub(super) fn worse(a: Tone, b: Tone) -> Tone {
    let rank = |t: Tone| match t {
        Tone::Info => 0,
        Tone::Good => 1,
        Tone::Warn => 2,
        Tone::Bad => 3,
    };
    if rank(b) > rank(a) { b } else { a }
}

/// When a business-hours promise falls due at the latest, in words.
pub(super) fn business_hours_due(lang: Lang, business_minutes: u32) -> String {
    let due = support_calc::business_hours_worst_case(business_minutes);
    text_with(
        lang,
        msg::INSIGHTS_SEVERITY_DUE,
        &[
            ("weekday", Arg::from(words::weekday(lang, due.weekday))),
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
                Arg::from(words::minutes(lang, due.elapsed_minutes)),
            ),
        ],
    )
}

/// Response and resolution for P1–P4, graded, with what the clock means in practice.
pub(super) fn severity_table(a: &Answers, calc: &mut Calculations, out: &mut Out) {
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
                        ("time", Arg::from(words::minutes(lang, m))),
                        ("grade", Arg::from(words::grade(lang, g))),
                    ],
                ),
                _ => text(lang, msg::INSIGHTS_SEVERITY_NO_RESPONSE),
            };
            let fix = l
                .resolution_hours
                .map_or(text(lang, msg::INSIGHTS_SEVERITY_NO_FIX), |h| {
                    say(
                        msg::INSIGHTS_SEVERITY_FIX,
                        &[("time", Arg::from(words::minutes(lang, h * 60)))],
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
            ("scale", Arg::from(words::support_scale(lang))),
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
pub(super) fn test_ticket(a: &Answers, out: &mut Out) {
    let lang = out.lang;
    let Some(minutes) = a.whole("support.test_ticket_minutes") else {
        return;
    };
    let grade = support_calc::grade_response(f64::from(minutes));
    let mut value = text_with(
        lang,
        msg::INSIGHTS_TICKET_VALUE,
        &[
            ("time", Arg::from(words::minutes(lang, minutes))),
            ("grade", Arg::from(words::grade(lang, grade))),
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
                    ("promised", Arg::from(words::minutes(lang, promised))),
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
            &[("scale", Arg::from(words::support_scale(lang)))],
        ),
        tone,
    );
}
