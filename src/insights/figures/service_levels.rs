//! The SLA area: the downtime the uptime allows and the credits it pays.

use super::*;

/// Downtime the SLA permits and the credits it pays, all over the contract's own measurement
/// window (a calendar month when the window is not known).
pub(super) fn sla(cx: &Cx, calc: &mut Calculations, out: &mut Out) {
    let (a, money, lang) = (&cx.a, &cx.money, cx.lang);
    let say = |key, args: &[(&str, Arg)]| text_with(lang, key, args);
    let (window, window_assumed) = measurement_window(a);
    let window_name = words::window(lang, window);
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
                            Arg::from(words::allowance_range(lang, &d).unwrap_or_default()),
                        ),
                        ("window", Arg::from(window_name.clone())),
                        ("year", Arg::from(words::duration(lang, d.per_year_ms))),
                    ],
                );
                let mut detail = say(
                    msg::INSIGHTS_SLA_DETAIL,
                    &[
                        ("uptime", Arg::from(trim_number(uptime))),
                        ("window", Arg::from(window_name.clone())),
                        (
                            "lengths",
                            Arg::from(words::window_lengths(lang, &d).unwrap_or_default()),
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
                    let maintenance = Arg::from(words::duration(lang, m));
                    detail.push_str(sentence_gap(lang));
                    detail.push_str(&if over_allowance {
                        say(
                            msg::INSIGHTS_SLA_MAINTENANCE_OVER,
                            &[
                                ("maintenance", maintenance),
                                ("window", Arg::from(window_name.clone())),
                                ("total", Arg::from(words::duration(lang, m + shortest_ms))),
                                (
                                    "shortest",
                                    Arg::from(words::window_length(
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
                                ("threshold", Arg::from(words::duration(lang, threshold_ms))),
                                (
                                    "longest",
                                    Arg::from(words::days_label(lang, window, longest)),
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
                                                    Arg::from(words::duration(
                                                        lang,
                                                        at_days(shortest),
                                                    )),
                                                ),
                                                (
                                                    "days",
                                                    Arg::from(words::days_label(
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
