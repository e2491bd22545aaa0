//! The key figures the summary and the PDF show first.

use super::connection::UPLOAD_FIX_PERCENT;
use super::term_dates::deadline_tone;
use super::*;

/// The key figures, in the order the summary and the PDF show them.
pub fn key_figures(review: &Review, calc: &Calculations) -> Vec<KeyFigure> {
    key_figures_in(review, calc, Lang::En)
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
            value: value.map(|v| words::dates_in(lang, &v)),
            detail: words::dates_in(lang, &detail),
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
            let year = words::duration(lang, d.per_year_ms);
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
                        Arg::from(words::window_lengths(lang, d).unwrap_or_default()),
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
                Some(words::window_range(lang, d).unwrap_or_else(|| {
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
        Some(d) => match (&d.notice_deadline, words::notice_rule(lang, d)) {
            (Some(deadline), Some(rule)) => {
                let value = match d.days_to_notice_deadline {
                    Some(n) => say(
                        msg::INSIGHTS_KEY_NOTICE_DAYS_LEFT,
                        &[
                            ("date", Arg::from(deadline.clone())),
                            ("left", Arg::from(words::days_left(lang, n))),
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
    // The total leaves out amounts in another currency: its value and detail say so, on the
    // summary and on the PDF's first page, not only beside the questions.
    let left_out: Vec<String> = not_counted(review, lang)
        .map(|(_, question, saved)| {
            say(
                msg::INSIGHTS_KEY_NOT_COUNTED_ITEM,
                &[
                    ("question", Arg::from(question.label.as_str())),
                    (
                        "amount",
                        Arg::from(Money(&saved.currency, lang).fmt(saved.minor)),
                    ),
                ],
            )
        })
        .collect();
    if let Some(total) = rows.iter_mut().find(|k| k.id == "total_cost")
        && let Some(value) = &total.value
        && !left_out.is_empty()
    {
        total.value = Some(say(
            msg::INSIGHTS_KEY_NOT_COUNTED,
            &[
                ("amount", Arg::from(value.as_str())),
                ("count", Arg::from(left_out.len())),
            ],
        ));
        total.detail = say(
            msg::INSIGHTS_KEY_NOT_COUNTED_DETAIL,
            &[
                ("detail", Arg::from(total.detail.as_str())),
                ("amounts", Arg::from(words::list(lang, &left_out))),
            ],
        );
        total.tone = Tone::Warn;
    }
    rows
}
