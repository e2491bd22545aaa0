//! The pricing area: the total cost over the term, from the plan, add-ons, support, growth and
//! the escalator.

use super::*;

/// Total cost over the term, from the plan, add-ons, support, growth and escalator.
pub(super) fn total_cost(cx: &Cx, calc: &mut Calculations, out: &mut Out) {
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
