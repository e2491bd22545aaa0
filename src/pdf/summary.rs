//! What the sign-off summary says, page by page. Page 1 is a summary a partner reads in five
//! minutes: the decision, the five figures that matter, the flags and the questions for the
//! provider (as many as fit, the rest counted and in the detail). The detail follows from page
//! 2: cover facts, key figures with how each is worked out, areas overview, each area with its
//! suggestion, flags, figures, answers, evidence and notes, questions for the provider,
//! competing quotes, and the sign-off block.

use super::fonts::Weight;
use super::layout::{Cell, Column, INK, Layout, MUTED, RULE, Style};
use crate::i18n::{Arg, Key, Lang, format, msg, text, text_with};
use crate::insights::figures::severity_figure_label;
use crate::insights::{Insights, Severity};
use crate::model::{Decision, Rating, Review};
use crate::money::Money;
use crate::report::{ReviewReport, ReviewStatus};
use crate::template::Template;

/// A count for a message: a number, so the catalog picks the plural form.
fn num<N: TryInto<u64>>(n: N) -> Arg<'static> {
    Arg::from(n.try_into().unwrap_or(u64::MAX))
}

/// A message with text variables.
fn say(lang: Lang, key: Key, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, Arg::from(*v))).collect();
    text_with(lang, key, &args)
}

/// A table column headed by the message `key`.
fn column(lang: Lang, key: Key, share: f32) -> Column {
    Column {
        title: text(lang, key),
        share,
    }
}

/// A column without a header.
fn untitled(share: f32) -> Column {
    Column {
        title: String::new(),
        share,
    }
}

/// An amount in `currency` as the language writes money.
fn money(lang: Lang, minor: i64, currency: &str) -> String {
    format::money(
        lang,
        &Money {
            minor,
            currency: currency.to_owned(),
        },
    )
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
    let lang = review.language;
    summary_page(layout, review, report, insights);
    layout.new_page();
    cover(layout, review, report);
    key_figures(layout, lang, insights);
    overview(layout, review, template, insights);
    for (area, state) in template.areas.iter().zip(&review.areas) {
        area_section(layout, review, area, state, insights);
    }
    open_questions(layout, lang, insights);
    owner_checks(layout, lang, insights);
    comparison(layout, lang, insights);
    words_used(layout, review);
    signoff(layout, review);
}

/// The glossary's entries for the terms this document prints, one line each.
fn words_used(layout: &mut Layout, review: &Review) {
    // What the pages show so far, the sign-off's conditions that follow, and the footer's
    // words. (Searching the insights' data and the questions' help, as before, listed terms
    // the document never printed, such as a field name that happened to match.)
    let mut printed = layout.drawn_text();
    printed.push_str(&review.signoff.conditions);
    printed.push_str(" fingerprint revision 指纹 版本");
    let glossary = crate::glossary::glossary_in(review.language);
    let found = terms_found(&printed, &glossary);
    let used: Vec<crate::glossary::GlossaryEntry> = glossary
        .into_iter()
        .zip(found)
        .filter_map(|(entry, found)| found.then_some(entry))
        .collect();
    if used.is_empty() {
        return;
    }
    let lang = review.language;
    heading(layout, &text(lang, msg::PDF_WORDS_USED), H1, 16.0);
    for entry in used {
        layout.paragraph(
            &say(
                lang,
                msg::PDF_GLOSSARY_LINE,
                &[("term", &entry.term), ("explanation", &entry.explanation)],
            ),
            SMALL,
            0.0,
        );
        layout.space(1.5);
    }
}

/// For each glossary entry, whether one of its words occurs in `text`, ignoring case, with no
/// letter or digit right before or after it (a Chinese word: anywhere, as Chinese sets no
/// spaces between words). One pass over the text for every entry's words: the text is the
/// whole document, and searching it once per word was a tenth of the export's layout.
fn terms_found(text: &str, glossary: &[crate::glossary::GlossaryEntry]) -> Vec<bool> {
    let words: Vec<(usize, &str)> = glossary
        .iter()
        .enumerate()
        .flat_map(|(entry, e)| e.matches.iter().map(move |m| (entry, m.as_str())))
        .collect();
    let mut found = vec![false; glossary.len()];
    // The glossary's words are ASCII or Chinese, so ASCII case folding is all they need.
    // A contiguous NFA: building the default DFA for a hundred words cost more than the search.
    let Ok(searcher) = aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .ascii_case_insensitive(true)
        .build(words.iter().map(|(_, word)| word))
    else {
        debug_assert!(false, "the glossary's words make an automaton");
        return found;
    };
    for hit in searcher.find_overlapping_iter(text) {
        let (entry, word) = words[hit.pattern().as_usize()];
        let chinese = word.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        let before = text[..hit.start()].chars().next_back();
        let after = text[hit.end()..].chars().next();
        if chinese
            || (!before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric))
        {
            found[entry] = true;
        }
    }
    found
}

/// Page 1: what a partner needs to sign or send back, on one page. Lists that do not fit end
/// with how many more there are; every item is in the detail.
fn summary_page(layout: &mut Layout, review: &Review, report: &ReviewReport, insights: &Insights) {
    let ctx = &review.context;
    let lang = review.language;
    layout.paragraph(&text(lang, msg::PDF_SUMMARY_KICKER), SMALL_BOLD, 0.0);
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
    example_banner(layout, review);
    let mut facts = Vec::new();
    if !ctx.company.is_empty() {
        facts.push(shorten(&ctx.company, 60));
    }
    facts.push(text_with(
        lang,
        msg::PDF_FACT_TERM,
        &[("months", Arg::from(ctx.term_months.to_string()))],
    ));
    if let Some(seats) = ctx.seats {
        facts.push(text_with(
            lang,
            msg::PDF_FACT_SEATS,
            &[("count", Arg::from(seats))],
        ));
    }
    if let Some(start) = &ctx.start_date {
        facts.push(say(
            lang,
            msg::PDF_FACT_STARTS,
            &[("date", &format::iso_date(lang, start))],
        ));
    }
    if !ctx.reviewer.is_empty() {
        facts.push(say(
            lang,
            msg::PDF_FACT_REVIEWED_BY,
            &[("name", &shorten(&ctx.reviewer, 40))],
        ));
    }
    facts.push(say(
        lang,
        msg::PDF_FACT_REVISION,
        &[
            ("revision", &review.revision.to_string()),
            ("fingerprint", &report.fingerprint),
        ],
    ));
    layout.paragraph(&facts.join(" · "), SMALL, 0.0);
    if let Some(fingerprint) = crate::glossary::explain_in(lang, "fingerprint") {
        layout.paragraph(
            &say(
                lang,
                msg::PDF_FINGERPRINT_EXPLAINED,
                &[("explanation", fingerprint)],
            ),
            SMALL,
            0.0,
        );
    }
    layout.space(10.0);

    decision_box(layout, review, report, insights);

    // Headings without `heading`'s keep-with-next: this page never breaks.
    layout.paragraph(&text(lang, msg::PDF_FIVE_FIGURES), H1, 0.0);
    layout.space(3.0);
    five_figures(layout, lang, insights);
    layout.space(8.0);

    // What is left of the page is shared by the flags and the questions, so both always show.
    let footer_note = text(lang, msg::PDF_DETAIL_FOLLOWS);
    let reserve_end = layout.paragraph_height(&footer_note, SMALL, 0.0) + 8.0;
    let flag_lines: Vec<String> = {
        let mut flags: Vec<&crate::insights::Flag> = insights.flags.iter().collect();
        // Deal-breaker candidates first, each group in area order.
        flags.sort_by_key(|f| f.severity != Severity::DealBreaker);
        flags
            .iter()
            .map(|f| {
                let area = crate::template::template_in(review.language)
                    .area(&f.area_id)
                    .map_or(f.area_id.clone(), |a| a.title.clone());
                say(
                    lang,
                    msg::PDF_FLAG_LINE,
                    &[
                        ("severity", &f.severity.rating().label_in(lang)),
                        ("area", &area),
                        ("reason", &f.reason),
                    ],
                )
            })
            .collect()
    };
    let question_lines: Vec<String> = insights
        .provider_questions
        .iter()
        .map(|q| {
            say(
                lang,
                msg::PDF_ITEM_WITH_AREA,
                &[("item", &q.question), ("area", &q.area_title)],
            )
        })
        .collect();
    let section_head = H1.line_height() + 3.0 + SMALL.line_height();
    // The 6 points between the two lists are part of what they share.
    let available = layout.remaining() - reserve_end - 2.0 * section_head - 6.0;
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

    layout.paragraph(&text(lang, msg::PDF_FLAGS), H1, 0.0);
    layout.space(3.0);
    let breakers = insights
        .flags
        .iter()
        .filter(|f| f.severity == Severity::DealBreaker)
        .count();
    layout.paragraph(
        &if insights.flags.is_empty() {
            text(lang, msg::PDF_FLAGS_NONE)
        } else {
            text_with(
                lang,
                msg::PDF_FLAGS_COUNT,
                &[
                    ("flags", num(insights.flags.len())),
                    ("breakers", num(breakers)),
                    ("negotiate", num(insights.flags.len() - breakers)),
                ],
            )
        },
        SMALL,
        0.0,
    );
    bounded_list(layout, lang, &flag_lines, flags_room, msg::PDF_FLAGS_MORE);
    layout.space(6.0);

    layout.paragraph(&text(lang, msg::PDF_QUESTIONS), H1, 0.0);
    layout.space(3.0);
    layout.paragraph(
        &if question_lines.is_empty() {
            text(lang, msg::PDF_QUESTIONS_NONE)
        } else {
            text_with(
                lang,
                msg::PDF_QUESTIONS_COUNT,
                &[("count", num(question_lines.len()))],
            )
        },
        SMALL,
        0.0,
    );
    bounded_list(
        layout,
        lang,
        &question_lines,
        questions_room,
        msg::PDF_QUESTIONS_MORE,
    );
    layout.space(8.0);
    layout.paragraph(&footer_note, SMALL, 0.0);
}

/// The banner of the example review, on both title pages.
fn example_banner(layout: &mut Layout, review: &Review) {
    if review.is_example {
        layout.paragraph(
            &say(
                review.language,
                msg::PDF_EXAMPLE_BANNER,
                &[("title", crate::sample::example_title_in(review.language))],
            ),
            Style::new(9.0, Weight::Bold, (0.71, 0.14, 0.09)),
            0.0,
        );
    }
}

/// The key figures a partner needs: total cost, cost to leave (12 and 24 months in one row),
/// SLA downtime, bandwidth headroom, notice deadline.
fn five_figures(layout: &mut Layout, lang: Lang, insights: &Insights) {
    let value = |id: &str| {
        insights
            .key_figures
            .iter()
            .find(|k| k.id == id)
            .map(|k| (k.label.clone(), k.value.clone()))
    };
    let missing = || text(lang, msg::PDF_NOT_ENOUGH_ANSWERS);
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
            text(lang, msg::PDF_COST_TO_LEAVE),
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
                text(lang, msg::PDF_DOWNTIME)
            } else if id == "bandwidth" {
                text(lang, msg::PDF_HEADROOM)
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
        &[untitled(0.45), untitled(0.55)],
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
fn bounded_list(layout: &mut Layout, lang: Lang, items: &[String], room: f32, more: Key) {
    let more_line = SMALL.line_height() + 2.0;
    let mut used = 0.0;
    for (i, item) in items.iter().enumerate() {
        let line = format!("{}. {item}", i + 1);
        let height = layout.paragraph_height(&line, BODY, 12.0) + 2.0;
        let rest = items.len() - i - 1;
        let reserve = if rest > 0 { more_line } else { 0.0 };
        if used + height + reserve > room {
            let left = items.len() - i;
            layout.paragraph(
                &text_with(lang, more, &[("count", num(left))]),
                SMALL_BOLD,
                12.0,
            );
            return;
        }
        layout.paragraph(&line, BODY, 12.0);
        layout.space(2.0);
        used += height;
    }
}

fn key_figures(layout: &mut Layout, lang: Lang, insights: &Insights) {
    heading(layout, &text(lang, msg::PDF_KEY_FIGURES), H1, 4.0);
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
                        .unwrap_or_else(|| text(lang, msg::PDF_NOT_ENOUGH_ANSWERS)),
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
            column(lang, msg::PDF_COL_FIGURE, 0.3),
            column(lang, msg::PDF_COL_VALUE, 0.25),
            column(lang, msg::PDF_COL_WORKED_OUT, 0.45),
        ],
        &rows,
        SMALL_BOLD,
    );
    layout.space(10.0);
}

fn comparison(layout: &mut Layout, lang: Lang, insights: &Insights) {
    let q = &insights.quotes;
    if q.rows.len() < 2 {
        return;
    }
    heading(layout, &text(lang, msg::PDF_COMPETING_QUOTES), H1, 16.0);
    let money = |m: i64| money(lang, m, &q.currency);
    let rows: Vec<Vec<Cell>> = q
        .rows
        .iter()
        .map(|r| {
            let style = if r.is_this_review { BODY_BOLD } else { BODY };
            let mut provider = r.provider.clone();
            if r.is_this_review {
                provider = say(lang, msg::PDF_THIS_REVIEW, &[("provider", &provider)]);
            } else if !r.notes.is_empty() {
                provider = say(
                    lang,
                    msg::PDF_QUOTE_WITH_NOTES,
                    &[("provider", &provider), ("notes", &r.notes)],
                );
            }
            // Which assumptions made this row comparable, and whether it is complete.
            if !r.missing.is_empty() {
                provider.push(' ');
                provider.push_str(&say(
                    lang,
                    msg::PDF_QUOTE_INCOMPLETE,
                    &[(
                        "missing",
                        &r.missing.join(&text(lang, msg::PDF_LIST_SEPARATOR)),
                    )],
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
            column(lang, msg::PDF_COL_RANK, 0.07),
            column(lang, msg::PDF_COL_PROVIDER, 0.37),
            column(lang, msg::PDF_COL_MONTHLY, 0.14),
            column(lang, msg::PDF_COL_TERM, 0.12),
            column(lang, msg::PDF_COL_UPFRONT, 0.13),
            column(lang, msg::PDF_COL_LIKE_FOR_LIKE, 0.17),
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
    let lang = review.language;
    layout.paragraph(&text(lang, msg::PDF_DETAIL_KICKER), SMALL_BOLD, 0.0);
    layout.space(2.0);
    let title = if ctx.plan.is_empty() {
        ctx.provider.clone()
    } else {
        format!("{} – {}", ctx.provider, ctx.plan)
    };
    layout.paragraph(&title, TITLE, 0.0);
    example_banner(layout, review);
    layout.space(8.0);
    let charge = ctx.monthly_charge_minor.map_or("—".to_owned(), |m| {
        ctx.monthly_charge_basis
            .charge_in(lang, &money(lang, m, &ctx.currency))
    });
    let date = |d: &Option<String>| {
        d.as_deref()
            .map_or("—".into(), |d| format::iso_date(lang, d))
    };
    let or_dash = |s: &str| {
        if s.is_empty() {
            "—".to_owned()
        } else {
            s.to_owned()
        }
    };
    let facts = [
        (msg::PDF_FACT_COMPANY, or_dash(&ctx.company)),
        (msg::PDF_FACT_PROVIDER, ctx.provider.clone()),
        (msg::PDF_FACT_PLAN, or_dash(&ctx.plan)),
        (msg::PDF_FACT_QUOTE_REFERENCE, or_dash(&ctx.quote_reference)),
        (msg::PDF_FACT_QUOTE_DATE, date(&ctx.quote_date)),
        (
            msg::PDF_FACT_TERM_LABEL,
            say(
                lang,
                msg::PDF_FACT_TERM_MONTHS,
                &[("months", &ctx.term_months.to_string())],
            ),
        ),
        (msg::PDF_FACT_START_DATE, date(&ctx.start_date)),
        (
            msg::PDF_FACT_SEATS_LABEL,
            ctx.seats.map_or("—".into(), |s| s.to_string()),
        ),
        (msg::PDF_FACT_MONTHLY_CHARGE, charge),
        (msg::PDF_FACT_REVIEWER, or_dash(&ctx.reviewer)),
        (
            msg::PDF_FACT_REVIEW_STATUS,
            report.status.label_in(lang).to_owned(),
        ),
        (
            msg::PDF_FACT_REVISION_LABEL,
            say(
                lang,
                msg::PDF_FACT_REVISION_VALUE,
                &[
                    ("revision", &review.revision.to_string()),
                    ("fingerprint", &report.fingerprint),
                ],
            ),
        ),
    ];
    let rows: Vec<Vec<Cell>> = facts
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .flat_map(|(k, v)| {
                    [
                        Cell {
                            text: text(lang, *k),
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
        untitled(0.17),
        untitled(0.33),
        untitled(0.17),
        untitled(0.33),
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
            crate::template::template_in(review.language)
                .area(&a.area_id)
                .map(|t| t.title.clone())
        })
        .collect()
}

fn decision_box(layout: &mut Layout, review: &Review, report: &ReviewReport, insights: &Insights) {
    let r = &report.ratings;
    let lang = review.language;
    let mut lines = vec![text_with(
        lang,
        msg::PDF_DECISION_RATINGS,
        &[
            ("reviewed", num(report.reviewed_areas)),
            ("total", num(report.total_areas)),
            ("acceptable", num(r.acceptable)),
            ("negotiate", num(r.negotiate)),
            ("breakers", num(r.deal_breaker)),
            ("not-applicable", num(r.not_applicable)),
            ("not-reviewed", num(r.not_reviewed)),
        ],
    )];
    let separator = text(lang, msg::PDF_AREA_LIST_SEPARATOR);
    let breakers = titles_rated(review, Rating::DealBreaker);
    if !breakers.is_empty() {
        lines.push(say(
            lang,
            msg::PDF_DECISION_BREAKERS,
            &[("areas", &breakers.join(&separator))],
        ));
    }
    let negotiate = titles_rated(review, Rating::Negotiate);
    if !negotiate.is_empty() {
        lines.push(say(
            lang,
            msg::PDF_DECISION_NEGOTIATE,
            &[("areas", &negotiate.join(&separator))],
        ));
    }
    let breaker_flags = insights
        .flags
        .iter()
        .filter(|f| f.severity == Severity::DealBreaker)
        .count();
    lines.push(text_with(
        lang,
        msg::PDF_DECISION_PLAYBOOK,
        &[
            ("flags", num(insights.flags.len())),
            ("breakers", num(breaker_flags)),
            ("questions", num(insights.provider_questions.len())),
        ],
    ));
    if let Some(decision) = review.signoff.decision {
        lines.push(say(
            lang,
            msg::PDF_DECISION_APPROVER,
            &[("decision", &decision.label_in(lang))],
        ));
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
    layout.paragraph(&text(lang, msg::PDF_DECISION), SMALL_BOLD, inner);
    layout.paragraph(report.status.label_in(lang), status_style, inner);
    layout.space(4.0);
    for line in &lines {
        layout.paragraph(line, BODY, inner);
    }
    layout.space(pad + 14.0);
}

fn overview(layout: &mut Layout, review: &Review, template: &Template, insights: &Insights) {
    let lang = review.language;
    heading(layout, &text(lang, msg::PDF_AREAS_AT_A_GLANCE), H1, 4.0);
    let rows: Vec<Vec<Cell>> = template
        .areas
        .iter()
        .zip(&review.areas)
        .map(|(area, state)| {
            // Only the questions that apply count.
            let (answered, applicable) =
                crate::template::template_in(review.language).answered_count(area, &review.answers);
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
                    text: state.rating.label_in(lang),
                    style: Style::new(9.5, Weight::Bold, rating_color(state.rating)),
                },
                {
                    let suggested = insights
                        .suggestions
                        .iter()
                        .find(|s| s.area_id == area.id)
                        .and_then(|s| s.rating);
                    Cell {
                        text: suggested.map_or("—".into(), |r| r.label_in(lang)),
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
            column(lang, msg::PDF_COL_NUMBER, 0.05),
            column(lang, msg::PDF_COL_AREA, 0.30),
            // Wide enough for "Deal-breaker" in bold on one line.
            column(lang, msg::PDF_COL_RATING, 0.18),
            column(lang, msg::PDF_COL_SUGGESTED, 0.15),
            column(lang, msg::PDF_COL_ANSWERED, 0.11),
            column(lang, msg::PDF_COL_CLAUSE, 0.21),
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
    let lang = review.language;
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
        &say(
            lang,
            msg::PDF_AREA_HEADING,
            &[("number", &area.number.to_string()), ("title", &area.title)],
        ),
        H1,
        12.0,
    );
    layout.paragraph(
        &say(
            lang,
            msg::PDF_AREA_RATING,
            &[("rating", &state.rating.label_in(lang))],
        ),
        Style::new(10.0, Weight::Bold, rating_color(state.rating)),
        0.0,
    );
    if let Some(suggested) = insights
        .suggestions
        .iter()
        .find(|s| s.area_id == area.id)
        .and_then(|s| s.rating)
    {
        let note = say(
            lang,
            if suggested == state.rating {
                msg::PDF_PLAYBOOK_AGREES
            } else {
                msg::PDF_PLAYBOOK_OVERRIDDEN
            },
            &[("rating", &suggested.label_in(lang))],
        );
        layout.paragraph(&note, Style::new(9.0, Weight::Regular, MUTED), 0.0);
    }
    for flag in insights.flags.iter().filter(|f| f.area_id == area.id) {
        let line = match flag.severity {
            Severity::DealBreaker => msg::PDF_FLAG_DEAL_BREAKER,
            Severity::Negotiate => msg::PDF_FLAG_NEGOTIATE,
        };
        layout.paragraph(
            &say(lang, line, &[("reason", &flag.reason)]),
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
            if figure.label == severity_figure_label(lang) {
                continue; // shown as a table below
            }
            layout.paragraph(
                &say(
                    lang,
                    msg::PDF_FIGURE_LINE,
                    &[("label", &figure.label), ("value", &figure.value)],
                ),
                Style::new(9.0, Weight::Bold, INK),
                8.0,
            );
        }
        if let Some(figure) = figures
            .iter()
            .find(|f| f.label == severity_figure_label(lang))
        {
            severity_table(layout, lang, insights, &figure.detail);
        }
    }
    layout.space(4.0);
    if !state.clause_reference.is_empty() || !state.clause_text.is_empty() {
        let reference = if state.clause_reference.is_empty() {
            text(lang, msg::PDF_NO_REFERENCE)
        } else {
            state.clause_reference.clone()
        };
        layout.paragraph(
            &say(lang, msg::PDF_CONTRACT_CLAUSE, &[("reference", &reference)]),
            BODY_BOLD,
            0.0,
        );
        if !state.clause_text.is_empty() {
            layout.paragraph(&format!("“{}”", state.clause_text), QUOTE, 12.0);
        }
        layout.space(4.0);
    }
    // Only the questions that apply: a stale answer to a hidden question is not printed.
    let rows: Vec<Vec<Cell>> = crate::template::template_in(review.language)
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
                    text: crate::display::answer_in(lang, q, v),
                    style,
                },
            ]
        })
        .collect();
    if rows.is_empty() {
        layout.paragraph(&text(lang, msg::PDF_NO_ANSWERS), SMALL, 0.0);
    } else {
        layout.table(
            &[
                column(lang, msg::PDF_COL_QUESTION, 0.55),
                column(lang, msg::PDF_COL_ANSWER, 0.45),
            ],
            &rows,
            SMALL_BOLD,
        );
    }
    if !state.notes.is_empty() {
        layout.space(6.0);
        layout.ensure(BODY_BOLD.line_height() + 2.0 * BODY.line_height());
        layout.paragraph(&text(lang, msg::PDF_NOTES), BODY_BOLD, 0.0);
        layout.paragraph(&state.notes, BODY, 0.0);
    }
}

/// Support response and resolution by severity, graded, with what the clock means.
fn severity_table(layout: &mut Layout, lang: Lang, insights: &Insights, detail: &str) {
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
                        .map_or(text(lang, msg::PDF_NOT_STATED), |minutes| {
                            crate::insights::words::minutes(lang, minutes)
                        }),
                    Style::new(9.0, Weight::Bold, INK),
                ),
                cell(
                    level
                        .grade
                        .map_or("—".into(), |g| crate::insights::words::grade(lang, g)),
                    Style::new(9.0, Weight::Regular, INK),
                ),
                cell(
                    level
                        .resolution_hours
                        .map_or(text(lang, msg::PDF_NOT_STATED), |h| {
                            crate::insights::words::minutes(lang, h * 60)
                        }),
                    Style::new(9.0, Weight::Bold, INK),
                ),
            ]
        })
        .collect();
    layout.space(3.0);
    layout.paragraph(
        &say(
            lang,
            msg::PDF_SEVERITY_TABLE_TITLE,
            &[("title", &severity_figure_label(lang))],
        ),
        Style::new(9.0, Weight::Bold, INK),
        8.0,
    );
    layout.table(
        &[
            column(lang, msg::PDF_COL_SEVERITY, 0.34),
            column(lang, msg::PDF_COL_RESPONSE, 0.2),
            column(lang, msg::PDF_COL_ON_THE_SCALE, 0.2),
            column(lang, msg::PDF_COL_RESOLUTION, 0.26),
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
fn owner_checks(layout: &mut Layout, lang: Lang, insights: &Insights) {
    if insights.owner_checks.is_empty() {
        return;
    }
    heading(layout, &text(lang, msg::PDF_OWNER_CHECKS), H1, 16.0);
    layout.paragraph(&text(lang, msg::PDF_OWNER_CHECKS_INTRO), SMALL, 0.0);
    layout.space(4.0);
    numbered_questions(layout, lang, &insights.owner_checks);
}

/// Questions numbered from 1, each with the area it comes from.
fn numbered_questions(
    layout: &mut Layout,
    lang: Lang,
    questions: &[crate::insights::ProviderQuestion],
) {
    for (i, q) in questions.iter().enumerate() {
        let item = say(
            lang,
            msg::PDF_ITEM_WITH_AREA,
            &[("item", &q.question), ("area", &q.area_title)],
        );
        layout.paragraph(&format!("{}. {item}", i + 1), BODY, 8.0);
        layout.space(2.0);
    }
}

fn open_questions(layout: &mut Layout, lang: Lang, insights: &Insights) {
    heading(layout, &text(lang, msg::PDF_QUESTIONS), H1, 16.0);
    if insights.provider_questions.is_empty() {
        layout.paragraph(&text(lang, msg::PDF_QUESTIONS_NONE), BODY, 0.0);
        return;
    }
    layout.paragraph(&text(lang, msg::PDF_OPEN_QUESTIONS_INTRO), SMALL, 0.0);
    layout.space(4.0);
    numbered_questions(layout, lang, &insights.provider_questions);
}

fn signoff(layout: &mut Layout, review: &Review) {
    let s = &review.signoff;
    let lang = review.language;
    let or_blank = |v: &str| {
        if v.is_empty() {
            "______________________".to_owned()
        } else {
            v.to_owned()
        }
    };
    let mark = |d: Decision| if s.decision == Some(d) { "☒" } else { "☐" };
    let decision_line = format!(
        "{} {}     {} {}     {} {}",
        mark(Decision::Approve),
        text(lang, msg::PDF_SIGNOFF_APPROVE),
        mark(Decision::ApproveWithConditions),
        text(lang, msg::PDF_SIGNOFF_APPROVE_WITH_CONDITIONS),
        mark(Decision::Reject),
        text(lang, msg::PDF_SIGNOFF_REJECT)
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
    layout.paragraph(&text(lang, msg::PDF_SIGNOFF), H1, pad);
    layout.space(6.0);
    layout.paragraph(
        &say(
            lang,
            msg::PDF_SIGNOFF_REVIEWER,
            &[("name", &or_blank(&review.context.reviewer))],
        ),
        BODY,
        pad,
    );
    let approver = match (s.approver_name.is_empty(), s.approver_role.is_empty()) {
        (true, _) => or_blank(""),
        (false, true) => s.approver_name.clone(),
        (false, false) => say(
            lang,
            msg::PDF_SIGNOFF_APPROVER_WITH_ROLE,
            &[("name", &s.approver_name), ("role", &s.approver_role)],
        ),
    };
    layout.paragraph(
        &say(lang, msg::PDF_SIGNOFF_APPROVER, &[("name", &approver)]),
        BODY,
        pad,
    );
    layout.paragraph(
        &say(
            lang,
            msg::PDF_SIGNOFF_DECISION,
            &[("choices", &decision_line)],
        ),
        BODY,
        pad,
    );
    let date = s
        .date
        .as_deref()
        .map_or_else(|| or_blank(""), |d| format::iso_date(lang, d));
    layout.paragraph(
        &say(lang, msg::PDF_SIGNOFF_DATE, &[("date", &date)]),
        BODY,
        pad,
    );
    layout.paragraph(&text(lang, msg::PDF_SIGNOFF_CONDITIONS), BODY_BOLD, pad);
    layout.paragraph(&conditions, BODY, pad);
    for who in [
        msg::PDF_SIGNOFF_REVIEWER_SIGNATURE,
        msg::PDF_SIGNOFF_APPROVER_SIGNATURE,
    ] {
        layout.space(28.0);
        let y = layout.y();
        let half = (w - 2.0 * pad) / 2.0;
        layout.rule(x + pad, x + pad + half - 20.0, y, INK, 0.6);
        layout.rule(x + pad + half + 10.0, x + w - pad, y, INK, 0.6);
        layout.space(2.0);
        let baseline = layout.y() - SMALL.size;
        layout.text_at(x + pad, baseline, &text(lang, who), SMALL);
        layout.text_at(
            x + pad + half + 10.0,
            baseline,
            &text(lang, msg::PDF_SIGNOFF_SIGNATURE_DATE),
            SMALL,
        );
        layout.space(SMALL.line_height());
    }
    layout.space(pad);
}

#[cfg(test)]
mod tests {
    use super::terms_found;
    use crate::glossary::GlossaryEntry;

    fn entry(matches: &[&str]) -> GlossaryEntry {
        GlossaryEntry {
            term: matches[0].to_owned(),
            matches: matches.iter().map(|m| (*m).to_owned()).collect(),
            explanation: String::new(),
        }
    }

    #[test]
    fn glossary_words_are_found_whole_and_in_any_case_and_chinese_anywhere() {
        let glossary = [
            entry(&["ETF", "early-termination fee"]),
            entry(&["jitter"]),
            entry(&["MOS"]),
            entry(&["QoS"]),
            entry(&["抖动"]),
            entry(&["SLA"]),
        ];
        let text = "The Early-Termination Fee applies; jitters are not jitter-free. \
                    Most calls (qos) 网络抖动大 SLAs";
        // ETF: "Early-Termination Fee" in another case. jitter: "jitter-free" (a hyphen is not
        // a letter), not only "jitters". MOS: only inside "Most", so not found. QoS: "(qos)".
        // 抖动: inside other Chinese words. SLA: only as "SLAs", so not found.
        assert_eq!(
            terms_found(text, &glossary),
            vec![true, true, false, true, true, false]
        );
    }
}
