//! What the sign-off summary says, page by page. Page 1 is a summary a partner reads in five
//! minutes: the decision, the five figures that matter, the flags and the questions for the
//! provider (as many as fit, the rest counted and in the detail). The detail follows from page
//! 2: cover facts, key figures with how each is worked out, areas overview, each area with its
//! suggestion, flags, figures, answers, evidence and notes, questions for the provider,
//! competing quotes, and the sign-off block.

use super::fonts::Weight;
use super::layout::{Cell, Column, INK, Layout, MUTED, RULE, Style};
use crate::insights::figures::SEVERITY_FIGURE;
use crate::insights::{Insights, Severity};
use crate::model::{Decision, Rating, Review};
use crate::money::format_amount;
use crate::report::{ReviewReport, ReviewStatus};
use crate::template::Template;

/// `n` and the word that agrees with it.
fn count(n: usize, singular: &str, plural: &str) -> String {
    crate::wording::count(i64::try_from(n).unwrap_or(i64::MAX), singular, plural)
}

const TITLE: Style = Style::new(19.0, Weight::Bold, INK);
const H1: Style = Style::new(13.0, Weight::Bold, INK);
const BODY: Style = Style::new(9.5, Weight::Regular, INK);
const BODY_BOLD: Style = Style::new(9.5, Weight::Bold, INK);
const SMALL: Style = Style::new(8.5, Weight::Regular, MUTED);
const SMALL_BOLD: Style = Style::new(8.5, Weight::Bold, MUTED);
const QUOTE: Style = Style::new(9.0, Weight::Regular, (0.25, 0.29, 0.36));

pub fn rating_color(rating: Rating) -> (f32, f32, f32) {
    match rating {
        Rating::Acceptable => (0.09, 0.50, 0.31),
        Rating::Negotiate => (0.63, 0.36, 0.0),
        Rating::DealBreaker => (0.71, 0.14, 0.09),
        Rating::NotApplicable | Rating::NotReviewed => (0.40, 0.44, 0.52),
    }
}

fn status_color(status: ReviewStatus) -> (f32, f32, f32) {
    match status {
        ReviewStatus::ReadyToSign => rating_color(Rating::Acceptable),
        ReviewStatus::NegotiationNeeded => rating_color(Rating::Negotiate),
        ReviewStatus::DealBreakersFound => rating_color(Rating::DealBreaker),
        ReviewStatus::InProgress => (0.12, 0.31, 0.72),
    }
}

pub fn render(
    layout: &mut Layout,
    review: &Review,
    template: &Template,
    report: &ReviewReport,
    insights: &Insights,
) {
    summary_page(layout, review, report, insights);
    layout.new_page();
    cover(layout, review, report);
    key_figures(layout, insights);
    overview(layout, review, template, insights);
    for (area, state) in template.areas.iter().zip(&review.areas) {
        area_section(layout, review, area, state, insights);
    }
    open_questions(layout, insights);
    owner_checks(layout, insights);
    comparison(layout, insights);
    words_used(layout, review, template, insights);
    signoff(layout, review);
}

/// The glossary's entries for the terms this document uses, one line each.
fn words_used(layout: &mut Layout, review: &Review, template: &Template, insights: &Insights) {
    // What the document prints: the insights and the questions answered, with their help.
    let mut printed = serde_json::to_string(insights).unwrap_or_default();
    for area in &template.areas {
        for question in template.applicable_questions(area, &review.answers) {
            if review.answers.contains_key(&question.id) {
                printed.push_str(&question.label);
                printed.push_str(question.help.as_deref().unwrap_or_default());
            }
        }
    }
    printed.push_str(" fingerprint revision");
    let printed = printed.to_lowercase();
    let used: Vec<crate::glossary::GlossaryEntry> = crate::glossary::glossary()
        .into_iter()
        .filter(|e| {
            e.matches
                .iter()
                .any(|m| contains_word(&printed, &m.to_lowercase()))
        })
        .collect();
    if used.is_empty() {
        return;
    }
    heading(layout, "Words used in this review", H1, 16.0);
    for entry in used {
        layout.paragraph(
            &format!("{}: {}", entry.term, entry.explanation),
            SMALL,
            0.0,
        );
        layout.space(1.5);
    }
}

/// Whether `word` occurs in `text` with no letter or digit right before or after it.
fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Page 1: what a partner needs to sign or send back, on one page. Lists that do not fit end
/// with how many more there are; every item is in the detail.
fn summary_page(layout: &mut Layout, review: &Review, report: &ReviewReport, insights: &Insights) {
    let ctx = &review.context;
    layout.paragraph(
        "VOIP CONTRACT REVIEW · SUMMARY FOR SIGN-OFF",
        SMALL_BOLD,
        0.0,
    );
    layout.space(2.0);
    // Names are shortened here so the page stays one page; the detail prints them in full.
    let title = if ctx.plan.is_empty() {
        shorten(&ctx.provider, 90)
    } else {
        format!(
            "{} – {}",
            shorten(&ctx.provider, 60),
            shorten(&ctx.plan, 60)
        )
    };
    layout.paragraph(&title, TITLE, 0.0);
    if review.is_example {
        layout.paragraph(
            &format!(
                "EXAMPLE REVIEW ({}): sample data, not a real quote.",
                crate::sample::EXAMPLE_TITLE
            ),
            Style::new(9.0, Weight::Bold, (0.71, 0.14, 0.09)),
            0.0,
        );
    }
    let mut facts = Vec::new();
    if !ctx.company.is_empty() {
        facts.push(shorten(&ctx.company, 60));
    }
    facts.push(format!("{}-month term", ctx.term_months));
    if let Some(seats) = ctx.seats {
        facts.push(crate::wording::count(seats, "seat", "seats"));
    }
    if let Some(start) = &ctx.start_date {
        facts.push(format!("starts {}", crate::dates::display_iso(start)));
    }
    if !ctx.reviewer.is_empty() {
        facts.push(format!("reviewed by {}", shorten(&ctx.reviewer, 40)));
    }
    facts.push(format!(
        "revision {} · fingerprint {}",
        review.revision, report.fingerprint
    ));
    layout.paragraph(&facts.join(" · "), SMALL, 0.0);
    if let Some(fingerprint) = crate::glossary::explain("fingerprint") {
        layout.paragraph(&format!("Fingerprint: {fingerprint}"), SMALL, 0.0);
    }
    layout.space(10.0);

    decision_box(layout, review, report, insights);

    // Headings without `heading`'s keep-with-next: this page never breaks.
    layout.paragraph("The five figures that matter", H1, 0.0);
    layout.space(3.0);
    five_figures(layout, insights);
    layout.space(8.0);

    // What is left of the page is shared by the flags and the questions, so both always show.
    let footer_note = "The detail follows: how each figure is worked out, the ten areas with every answer, evidence and note, the competing quotes and the sign-off block.";
    let reserve_end = layout.paragraph_height(footer_note, SMALL, 0.0) + 8.0;
    let flag_lines: Vec<String> = {
        let mut flags: Vec<&crate::insights::Flag> = insights.flags.iter().collect();
        // Deal-breaker candidates first, each group in area order.
        flags.sort_by_key(|f| f.severity != Severity::DealBreaker);
        flags
            .iter()
            .map(|f| {
                let area = crate::template::template()
                    .area(&f.area_id)
                    .map_or(f.area_id.clone(), |a| a.title.clone());
                format!("{} · {area}: {}", f.severity.label(), f.reason)
            })
            .collect()
    };
    let question_lines: Vec<String> = insights
        .provider_questions
        .iter()
        .map(|q| format!("{} ({})", q.question, q.area_title))
        .collect();
    let section_head = H1.line_height() + 3.0 + SMALL.line_height();
    let available = layout.remaining() - reserve_end - 2.0 * section_head;
    // Half the room each; a list that needs less gives the rest to the other.
    let need = |lines: &[String]| -> f32 {
        lines
            .iter()
            .map(|l| layout.paragraph_height(l, BODY, 12.0) + 2.0)
            .sum()
    };
    let (flags_need, questions_need) = (need(&flag_lines), need(&question_lines));
    let half = available / 2.0;
    let (flags_room, questions_room) = if flags_need + questions_need <= available {
        (flags_need, questions_need)
    } else if flags_need <= half {
        (flags_need, available - flags_need)
    } else if questions_need <= half {
        (available - questions_need, questions_need)
    } else {
        (half, half)
    };

    layout.paragraph("Flags", H1, 0.0);
    layout.space(3.0);
    let breakers = insights
        .flags
        .iter()
        .filter(|f| f.severity == Severity::DealBreaker)
        .count();
    layout.paragraph(
        &if insights.flags.is_empty() {
            "None: no playbook rule fired.".to_owned()
        } else {
            format!(
                "{}: {} to decide on, {} to negotiate.",
                count(insights.flags.len(), "flag", "flags"),
                count(
                    breakers,
                    "deal-breaker candidate",
                    "deal-breaker candidates"
                ),
                insights.flags.len() - breakers
            )
        },
        SMALL,
        0.0,
    );
    bounded_list(
        layout,
        &flag_lines,
        flags_room,
        "flag",
        "flags",
        "in the detail, area by area",
    );
    layout.space(6.0);

    layout.paragraph("Questions for the provider", H1, 0.0);
    layout.space(3.0);
    layout.paragraph(
        &if question_lines.is_empty() {
            "None: every key answer is in and no answer is marked “Not sure”.".to_owned()
        } else {
            format!(
                "{} to have answered in writing before signing.",
                count(question_lines.len(), "question", "questions")
            )
        },
        SMALL,
        0.0,
    );
    bounded_list(
        layout,
        &question_lines,
        questions_room,
        "question",
        "questions",
        "in the detail",
    );
    layout.space(8.0);
    layout.paragraph(footer_note, SMALL, 0.0);
}

/// The key figures a partner needs: total cost, cost to leave (12 and 24 months in one row),
/// SLA downtime, bandwidth headroom, notice deadline.
fn five_figures(layout: &mut Layout, insights: &Insights) {
    let value = |id: &str| {
        insights
            .key_figures
            .iter()
            .find(|k| k.id == id)
            .map(|k| (k.label.clone(), k.value.clone()))
    };
    let missing = || "Not enough answers".to_owned();
    let mut rows: Vec<(String, String)> = Vec::new();
    if let Some((label, v)) = value("total_cost") {
        rows.push((label, v.unwrap_or_else(missing)));
    }
    let exits: Vec<(String, Option<String>)> = ["exit_12", "exit_24"]
        .iter()
        .filter_map(|id| value(id))
        .collect();
    match exits.as_slice() {
        [(_, a), (_, b)] => rows.push((
            "Cost to leave after month 12 / 24".into(),
            format!(
                "{} / {}",
                a.clone().unwrap_or_else(missing),
                b.clone().unwrap_or_else(missing)
            ),
        )),
        [(label, a)] => rows.push((label.clone(), a.clone().unwrap_or_else(missing))),
        _ => {}
    }
    for id in ["downtime", "bandwidth", "notice"] {
        if let Some((label, v)) = value(id) {
            let label = if id == "downtime" {
                "Downtime the SLA allows".to_owned()
            } else if id == "bandwidth" {
                "Internet upload left free (headroom)".to_owned()
            } else {
                label
            };
            rows.push((label, v.unwrap_or_else(missing)));
        }
    }
    let cells: Vec<Vec<Cell>> = rows
        .into_iter()
        .map(|(label, v)| {
            let known = v != missing();
            vec![
                Cell {
                    text: label,
                    style: BODY,
                },
                Cell {
                    text: v,
                    style: if known {
                        BODY_BOLD
                    } else {
                        Style::new(9.5, Weight::Regular, MUTED)
                    },
                },
            ]
        })
        .collect();
    layout.table(
        &[
            Column {
                title: "",
                share: 0.45,
            },
            Column {
                title: "",
                share: 0.55,
            },
        ],
        &cells,
        Style::new(1.0, Weight::Regular, INK),
    );
}

/// `text`, cut to `max` characters with an ellipsis when longer.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut cut: String = text.chars().take(max - 1).collect();
        cut.push('…');
        cut
    }
}

/// Numbered items while they fit in `room` points; then one line saying how many more there
/// are and where they are.
fn bounded_list(
    layout: &mut Layout,
    items: &[String],
    room: f32,
    singular: &str,
    plural: &str,
    where_rest: &str,
) {
    let more_line = SMALL.line_height() + 2.0;
    let mut used = 0.0;
    for (i, item) in items.iter().enumerate() {
        let text = format!("{}. {item}", i + 1);
        let height = layout.paragraph_height(&text, BODY, 12.0) + 2.0;
        let rest = items.len() - i - 1;
        let reserve = if rest > 0 { more_line } else { 0.0 };
        if used + height + reserve > room {
            let left = items.len() - i;
            layout.paragraph(
                &format!(
                    "… and {left} more {} {where_rest}.",
                    if left == 1 { singular } else { plural }
                ),
                SMALL_BOLD,
                12.0,
            );
            return;
        }
        layout.paragraph(&text, BODY, 12.0);
        layout.space(2.0);
        used += height;
    }
}

fn key_figures(layout: &mut Layout, insights: &Insights) {
    heading(layout, "Key figures", H1, 4.0);
    let rows: Vec<Vec<Cell>> = insights
        .key_figures
        .iter()
        .map(|k| {
            vec![
                Cell {
                    text: k.label.clone(),
                    style: BODY,
                },
                Cell {
                    text: k
                        .value
                        .clone()
                        .unwrap_or_else(|| "Not enough answers".into()),
                    style: if k.value.is_some() {
                        BODY_BOLD
                    } else {
                        Style::new(9.5, Weight::Regular, MUTED)
                    },
                },
                Cell {
                    text: k.detail.clone(),
                    style: SMALL,
                },
            ]
        })
        .collect();
    layout.table(
        &[
            Column {
                title: "Figure",
                share: 0.3,
            },
            Column {
                title: "Value",
                share: 0.25,
            },
            Column {
                title: "How it is worked out",
                share: 0.45,
            },
        ],
        &rows,
        SMALL_BOLD,
    );
    layout.space(10.0);
}

fn comparison(layout: &mut Layout, insights: &Insights) {
    let q = &insights.quotes;
    if q.rows.len() < 2 {
        return;
    }
    heading(layout, "Competing quotes", H1, 16.0);
    let money = |m: i64| format!("{} {}", q.currency, format_amount(m, &q.currency));
    let rows: Vec<Vec<Cell>> = q
        .rows
        .iter()
        .map(|r| {
            let style = if r.is_this_review { BODY_BOLD } else { BODY };
            let mut provider = r.provider.clone();
            if r.is_this_review {
                provider.push_str(" (this review)");
            } else if !r.notes.is_empty() {
                provider = format!("{provider}: {}", r.notes);
            }
            // Which assumptions made this row comparable, and whether it is complete.
            if !r.missing.is_empty() {
                provider.push_str(&format!(
                    " Incomplete, not ranked: missing {}.",
                    r.missing.join(", ")
                ));
            }
            provider.push_str(&format!(" {}", r.assumptions));
            vec![
                Cell {
                    text: r.rank.map_or("—".into(), |n| n.to_string()),
                    style,
                },
                Cell {
                    text: provider,
                    style: if r.is_this_review { BODY_BOLD } else { SMALL },
                },
                Cell {
                    text: r.monthly_minor.map_or("—".into(), money),
                    style: SMALL,
                },
                Cell {
                    text: r.term.clone(),
                    style: SMALL,
                },
                Cell {
                    text: money(r.upfront_minor),
                    style: SMALL,
                },
                Cell {
                    text: r.total_minor.map_or("—".into(), money),
                    style: SMALL_BOLD,
                },
            ]
        })
        .collect();
    layout.table(
        &[
            Column {
                title: "Rank",
                share: 0.07,
            },
            Column {
                title: "Provider",
                share: 0.37,
            },
            Column {
                title: "Monthly",
                share: 0.14,
            },
            Column {
                title: "Term",
                share: 0.12,
            },
            Column {
                title: "Upfront",
                share: 0.13,
            },
            Column {
                title: "Like for like",
                share: 0.17,
            },
        ],
        &rows,
        SMALL_BOLD,
    );
    layout.space(4.0);
    layout.paragraph(&q.method, SMALL, 0.0);
}

fn heading(layout: &mut Layout, text: &str, style: Style, space_before: f32) {
    // Keep a heading with at least three lines of what follows.
    layout.ensure(space_before + style.line_height() + 3.0 * BODY.line_height());
    if !layout.at_page_top() {
        layout.space(space_before);
    }
    layout.paragraph(text, style, 0.0);
    layout.space(3.0);
}

fn cover(layout: &mut Layout, review: &Review, report: &ReviewReport) {
    let ctx = &review.context;
    layout.paragraph("THE DETAIL", SMALL_BOLD, 0.0);
    layout.space(2.0);
    let title = if ctx.plan.is_empty() {
        ctx.provider.clone()
    } else {
        format!("{} – {}", ctx.provider, ctx.plan)
    };
    layout.paragraph(&title, TITLE, 0.0);
    if review.is_example {
        layout.paragraph(
            &format!(
                "EXAMPLE REVIEW ({}): sample data, not a real quote.",
                crate::sample::EXAMPLE_TITLE
            ),
            Style::new(9.0, Weight::Bold, (0.71, 0.14, 0.09)),
            0.0,
        );
    }
    layout.space(8.0);
    let charge = ctx.monthly_charge_minor.map_or("—".to_owned(), |m| {
        let basis = match ctx.monthly_charge_basis {
            crate::model::ChargeBasis::Total => "a month",
            crate::model::ChargeBasis::PerSeat => "per seat a month",
        };
        format!(
            "{} {} {basis}",
            ctx.currency,
            format_amount(m, &ctx.currency)
        )
    });
    let or_dash = |s: &str| {
        if s.is_empty() {
            "—".to_owned()
        } else {
            s.to_owned()
        }
    };
    let facts = [
        ("Company", or_dash(&ctx.company)),
        ("Provider", ctx.provider.clone()),
        ("Plan", or_dash(&ctx.plan)),
        ("Quote reference", or_dash(&ctx.quote_reference)),
        (
            "Quote date",
            ctx.quote_date
                .as_deref()
                .map_or("—".into(), crate::dates::display_iso),
        ),
        ("Term", format!("{} months", ctx.term_months)),
        (
            "Start date",
            ctx.start_date
                .as_deref()
                .map_or("—".into(), crate::dates::display_iso),
        ),
        ("Seats", ctx.seats.map_or("—".into(), |s| s.to_string())),
        ("Monthly charge", charge),
        ("Reviewer", or_dash(&ctx.reviewer)),
        ("Review status", report.status.label().to_owned()),
        (
            "Revision",
            format!("{} · fingerprint {}", review.revision, report.fingerprint),
        ),
    ];
    let rows: Vec<Vec<Cell>> = facts
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .flat_map(|(k, v)| {
                    [
                        Cell {
                            text: (*k).to_owned(),
                            style: SMALL,
                        },
                        Cell {
                            text: v.clone(),
                            style: BODY,
                        },
                    ]
                })
                .collect()
        })
        .collect();
    let columns = [
        Column {
            title: "",
            share: 0.17,
        },
        Column {
            title: "",
            share: 0.33,
        },
        Column {
            title: "",
            share: 0.17,
        },
        Column {
            title: "",
            share: 0.33,
        },
    ];
    layout.table(&columns, &rows, Style::new(1.0, Weight::Regular, INK));
    layout.space(14.0);
}

/// Titles of the areas carrying `rating`, in template order.
fn titles_rated(review: &Review, rating: Rating) -> Vec<String> {
    review
        .areas
        .iter()
        .filter(|a| a.rating == rating)
        .filter_map(|a| {
            crate::template::template()
                .area(&a.area_id)
                .map(|t| t.title.clone())
        })
        .collect()
}

fn decision_box(layout: &mut Layout, review: &Review, report: &ReviewReport, insights: &Insights) {
    let r = &report.ratings;
    let mut lines = vec![format!(
        "{} of {} areas rated: {} acceptable, {} to negotiate, {} deal-breaker{}, {} not applicable, {} not reviewed.",
        report.reviewed_areas,
        report.total_areas,
        r.acceptable,
        r.negotiate,
        r.deal_breaker,
        if r.deal_breaker == 1 { "" } else { "s" },
        r.not_applicable,
        r.not_reviewed
    )];
    let breakers = titles_rated(review, Rating::DealBreaker);
    if !breakers.is_empty() {
        lines.push(format!("Deal-breakers: {}.", breakers.join("; ")));
    }
    let negotiate = titles_rated(review, Rating::Negotiate);
    if !negotiate.is_empty() {
        lines.push(format!(
            "To negotiate before signing: {}.",
            negotiate.join("; ")
        ));
    }
    let breaker_flags = insights
        .flags
        .iter()
        .filter(|f| f.severity == Severity::DealBreaker)
        .count();
    lines.push(format!(
        "The playbook raised {}, {breaker_flags} of them {}; {} for the provider {} listed below.",
        count(insights.flags.len(), "flag", "flags"),
        if breaker_flags == 1 {
            "a deal-breaker candidate"
        } else {
            "deal-breaker candidates"
        },
        count(insights.provider_questions.len(), "question", "questions"),
        if insights.provider_questions.len() == 1 {
            "is"
        } else {
            "are"
        },
    ));
    if let Some(decision) = review.signoff.decision {
        lines.push(format!("Approver's decision: {}.", decision.label()));
    }

    let pad = 10.0;
    let status_style = Style::new(14.0, Weight::Bold, status_color(report.status));
    let inner = 2.0 * pad + 6.0;
    let text_height: f32 = lines
        .iter()
        .map(|l| layout.paragraph_height(l, BODY, inner))
        .sum();
    let height =
        pad + SMALL_BOLD.line_height() + status_style.line_height() + 4.0 + text_height + pad;
    layout.ensure(height);
    let top = layout.y();
    let (x, w) = (layout.margin_x, layout.content_width());
    layout.fill_rect(x, top - height, w, height, (0.965, 0.973, 0.988));
    layout.fill_rect(x, top - height, 5.0, height, status_color(report.status));
    layout.stroke_rect(x, top - height, w, height, RULE, 0.6);
    layout.space(pad);
    layout.paragraph("DECISION", SMALL_BOLD, inner);
    layout.paragraph(report.status.label(), status_style, inner);
    layout.space(4.0);
    for line in &lines {
        layout.paragraph(line, BODY, inner);
    }
    layout.space(pad + 14.0);
}

fn overview(layout: &mut Layout, review: &Review, template: &Template, insights: &Insights) {
    heading(layout, "The ten areas at a glance", H1, 4.0);
    let rows: Vec<Vec<Cell>> = template
        .areas
        .iter()
        .zip(&review.areas)
        .map(|(area, state)| {
            // Only the questions that apply count.
            let (answered, applicable) =
                crate::template::template().answered_count(area, &review.answers);
            vec![
                Cell {
                    text: area.number.to_string(),
                    style: SMALL,
                },
                Cell {
                    text: area.title.clone(),
                    style: BODY,
                },
                Cell {
                    text: state.rating.label().to_owned(),
                    style: Style::new(9.5, Weight::Bold, rating_color(state.rating)),
                },
                {
                    let suggested = insights
                        .suggestions
                        .iter()
                        .find(|s| s.area_id == area.id)
                        .and_then(|s| s.rating);
                    Cell {
                        text: suggested.map_or("—".into(), |r| r.label().to_owned()),
                        style: Style::new(
                            9.0,
                            Weight::Regular,
                            suggested.map_or(MUTED, rating_color),
                        ),
                    }
                },
                Cell {
                    text: format!("{answered}/{applicable}"),
                    style: SMALL,
                },
                Cell {
                    text: if state.clause_reference.is_empty() {
                        "—".into()
                    } else {
                        state.clause_reference.clone()
                    },
                    style: SMALL,
                },
            ]
        })
        .collect();
    layout.table(
        &[
            Column {
                title: "#",
                share: 0.05,
            },
            Column {
                title: "Area",
                share: 0.30,
            },
            // Wide enough for "Deal-breaker" in bold on one line.
            Column {
                title: "Rating",
                share: 0.18,
            },
            Column {
                title: "Suggested",
                share: 0.15,
            },
            Column {
                title: "Answered",
                share: 0.11,
            },
            Column {
                title: "Clause",
                share: 0.21,
            },
        ],
        &rows,
        SMALL_BOLD,
    );
    layout.space(10.0);
}

fn area_section(
    layout: &mut Layout,
    review: &Review,
    area: &crate::template::Area,
    state: &crate::model::AreaState,
    insights: &Insights,
) {
    // Keep the heading, rating and evidence with the start of the answers table.
    let mut lead = 12.0 + H1.line_height() + 3.0 + BODY.line_height() + 4.0 + 48.0;
    if !state.clause_reference.is_empty() || !state.clause_text.is_empty() {
        lead += BODY.line_height() + 4.0;
        if !state.clause_text.is_empty() {
            lead += layout.paragraph_height(&format!("“{}”", state.clause_text), QUOTE, 12.0);
        }
    }
    layout.ensure(lead.min(layout.page_capacity() * 0.6));
    heading(
        layout,
        &format!("{}. {}", area.number, area.title),
        H1,
        12.0,
    );
    layout.paragraph(
        &format!("Rating: {}", state.rating.label()),
        Style::new(10.0, Weight::Bold, rating_color(state.rating)),
        0.0,
    );
    if let Some(suggested) = insights
        .suggestions
        .iter()
        .find(|s| s.area_id == area.id)
        .and_then(|s| s.rating)
    {
        let note = if suggested == state.rating {
            format!("Playbook suggests: {} (agrees)", suggested.label())
        } else {
            format!(
                "Playbook suggests: {} (the reviewer's rating overrides it)",
                suggested.label()
            )
        };
        layout.paragraph(&note, Style::new(9.0, Weight::Regular, MUTED), 0.0);
    }
    for flag in insights.flags.iter().filter(|f| f.area_id == area.id) {
        let tag = match flag.severity {
            Severity::DealBreaker => "Deal-breaker",
            Severity::Negotiate => "Negotiate",
        };
        layout.paragraph(
            &format!("• {tag}: {}", flag.reason),
            Style::new(9.0, Weight::Regular, rating_color(flag.severity.rating())),
            8.0,
        );
    }
    let figures: Vec<_> = insights
        .figures
        .iter()
        .filter(|f| f.area_id == area.id)
        .collect();
    if !figures.is_empty() {
        layout.space(3.0);
        for figure in &figures {
            if figure.label == SEVERITY_FIGURE {
                continue; // shown as a table below
            }
            layout.paragraph(
                &format!("{}: {}", figure.label, figure.value),
                Style::new(9.0, Weight::Bold, INK),
                8.0,
            );
        }
        if let Some(figure) = figures.iter().find(|f| f.label == SEVERITY_FIGURE) {
            severity_table(layout, insights, &figure.detail);
        }
    }
    layout.space(4.0);
    if !state.clause_reference.is_empty() || !state.clause_text.is_empty() {
        let reference = if state.clause_reference.is_empty() {
            "(no reference)"
        } else {
            &state.clause_reference
        };
        layout.paragraph(&format!("Contract clause: {reference}"), BODY_BOLD, 0.0);
        if !state.clause_text.is_empty() {
            layout.paragraph(&format!("“{}”", state.clause_text), QUOTE, 12.0);
        }
        layout.space(4.0);
    }
    // Only the questions that apply: a stale answer to a hidden question is not printed.
    let rows: Vec<Vec<Cell>> = crate::template::template()
        .applicable_questions(area, &review.answers)
        .filter_map(|q| review.answers.get(&q.id).map(|v| (q, v)))
        .map(|(q, v)| {
            let style = if v.is_not_sure() {
                Style::new(9.0, Weight::Bold, (0.63, 0.36, 0.0))
            } else {
                Style::new(9.0, Weight::Regular, INK)
            };
            vec![
                Cell {
                    text: q.label.clone(),
                    style: Style::new(9.0, Weight::Regular, MUTED),
                },
                Cell {
                    text: crate::display::answer(q, v),
                    style,
                },
            ]
        })
        .collect();
    if rows.is_empty() {
        layout.paragraph("No questions answered in this area.", SMALL, 0.0);
    } else {
        layout.table(
            &[
                Column {
                    title: "Question",
                    share: 0.55,
                },
                Column {
                    title: "Answer",
                    share: 0.45,
                },
            ],
            &rows,
            SMALL_BOLD,
        );
    }
    if !state.notes.is_empty() {
        layout.space(6.0);
        layout.ensure(BODY_BOLD.line_height() + 2.0 * BODY.line_height());
        layout.paragraph("Notes", BODY_BOLD, 0.0);
        layout.paragraph(&state.notes, BODY, 0.0);
    }
}

/// Support response and resolution by severity, graded, with what the clock means.
fn severity_table(layout: &mut Layout, insights: &Insights, detail: &str) {
    let calc = &insights.calculations;
    let rows: Vec<Vec<Cell>> = calc
        .support_levels
        .iter()
        .map(|level| {
            let cell = |text: String, style: Style| Cell { text, style };
            vec![
                cell(
                    format!("{} {}", level.severity, level.meaning),
                    Style::new(9.0, Weight::Regular, INK),
                ),
                cell(
                    level
                        .response_minutes
                        .map_or("not stated".into(), crate::calc::support::format_minutes),
                    Style::new(9.0, Weight::Bold, INK),
                ),
                cell(
                    level.grade.map_or("—".into(), |g| g.label().to_owned()),
                    Style::new(9.0, Weight::Regular, INK),
                ),
                cell(
                    level.resolution_hours.map_or("not stated".into(), |h| {
                        crate::calc::support::format_minutes(h * 60)
                    }),
                    Style::new(9.0, Weight::Bold, INK),
                ),
            ]
        })
        .collect();
    layout.space(3.0);
    layout.paragraph(
        &format!("{SEVERITY_FIGURE}:"),
        Style::new(9.0, Weight::Bold, INK),
        8.0,
    );
    layout.table(
        &[
            Column {
                title: "Severity",
                share: 0.34,
            },
            Column {
                title: "Response",
                share: 0.2,
            },
            Column {
                title: "On the scale",
                share: 0.2,
            },
            Column {
                title: "Resolution",
                share: 0.26,
            },
        ],
        &rows,
        SMALL_BOLD,
    );
    if let Some(note) = &calc.support_clock_note {
        layout.paragraph(note, Style::new(9.0, Weight::Bold, INK), 8.0);
    }
    layout.paragraph(detail, SMALL, 8.0);
}

/// The owner's own checks: never part of the questions sent to the provider.
fn owner_checks(layout: &mut Layout, insights: &Insights) {
    if insights.owner_checks.is_empty() {
        return;
    }
    heading(layout, "To check yourself before signing", H1, 16.0);
    layout.paragraph(
        "Checks only you can make, and your own answers marked “Not sure”. These are not questions for the provider.",
        SMALL,
        0.0,
    );
    layout.space(4.0);
    for (i, q) in insights.owner_checks.iter().enumerate() {
        let text = format!("{}. {} ({})", i + 1, q.question, q.area_title);
        layout.paragraph(&text, BODY, 8.0);
        layout.space(2.0);
    }
}

fn open_questions(layout: &mut Layout, insights: &Insights) {
    heading(layout, "Questions for the provider", H1, 16.0);
    if insights.provider_questions.is_empty() {
        layout.paragraph(
            "None: every key answer is in and no answer is marked “Not sure”.",
            BODY,
            0.0,
        );
        return;
    }
    layout.paragraph("Every answer marked “Not sure” and every key answer still missing. Ask the provider to answer each in writing before signing.", SMALL, 0.0);
    layout.space(4.0);
    for (i, q) in insights.provider_questions.iter().enumerate() {
        let text = format!("{}. {} ({})", i + 1, q.question, q.area_title);
        layout.paragraph(&text, BODY, 8.0);
        layout.space(2.0);
    }
}

fn signoff(layout: &mut Layout, review: &Review) {
    let s = &review.signoff;
    let or_blank = |v: &str| {
        if v.is_empty() {
            "______________________".to_owned()
        } else {
            v.to_owned()
        }
    };
    let mark = |d: Decision| if s.decision == Some(d) { "☒" } else { "☐" };
    let decision_line = format!(
        "{} Approve     {} Approve with conditions     {} Reject",
        mark(Decision::Approve),
        mark(Decision::ApproveWithConditions),
        mark(Decision::Reject)
    );
    let conditions = if s.conditions.is_empty() {
        "—".to_owned()
    } else {
        s.conditions.clone()
    };

    // Measure, then keep the whole block on one page.
    let pad = 12.0;
    let height = H1.line_height()
        + 8.0
        + 4.0 * BODY.line_height()
        + layout.paragraph_height(&conditions, BODY, pad)
        + 2.0 * (28.0 + SMALL.line_height())
        + 2.0 * pad
        + 20.0;
    layout.ensure(height + 16.0);
    layout.space(16.0);
    let top = layout.y();
    let (x, w) = (layout.margin_x, layout.content_width());
    layout.stroke_rect(x, top - height, w, height, (0.45, 0.50, 0.58), 0.8);
    layout.space(pad);
    layout.paragraph("Sign-off", H1, pad);
    layout.space(6.0);
    layout.paragraph(
        &format!("Reviewer: {}", or_blank(&review.context.reviewer)),
        BODY,
        pad,
    );
    let approver = match (s.approver_name.is_empty(), s.approver_role.is_empty()) {
        (true, _) => or_blank(""),
        (false, true) => s.approver_name.clone(),
        (false, false) => format!("{}, {}", s.approver_name, s.approver_role),
    };
    layout.paragraph(&format!("Approver: {approver}"), BODY, pad);
    layout.paragraph(&format!("Decision: {decision_line}"), BODY, pad);
    layout.paragraph(
        &format!(
            "Date: {}",
            s.date
                .as_deref()
                .map_or_else(|| or_blank(""), crate::dates::display_iso)
        ),
        BODY,
        pad,
    );
    layout.paragraph("Conditions:", BODY_BOLD, pad);
    layout.paragraph(&conditions, BODY, pad);
    for who in ["Reviewer", "Approver"] {
        layout.space(28.0);
        let y = layout.y();
        let half = (w - 2.0 * pad) / 2.0;
        layout.rule(x + pad, x + pad + half - 20.0, y, INK, 0.6);
        layout.rule(x + pad + half + 10.0, x + w - pad, y, INK, 0.6);
        layout.space(2.0);
        let baseline = layout.y() - SMALL.size;
        layout.text_at(x + pad, baseline, &format!("{who} signature"), SMALL);
        layout.text_at(x + pad + half + 10.0, baseline, "Date", SMALL);
        layout.space(SMALL.line_height());
    }
    layout.space(pad);
}
