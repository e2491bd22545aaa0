//! The cancellation area: what leaving costs, month by month.

use super::*;

/// What leaving early costs, on the contracted seats: the fee, port-out, promotion clawback and
/// hardware still owed.
pub(super) fn exit_cost(cx: &Cx, calc: &mut Calculations, out: &mut Out) {
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
pub(in crate::insights) fn exit_breakdown(money: &Money, e: &ExitCost) -> String {
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
