//! The offline help (F1 in the app): how a review works, and for each area what the template
//! says about it, the questions with their hints, how each of its figures is worked out and
//! what the playbook flags. The area texts, hints and flag rules come from the template and the
//! playbook themselves; only the figures' explanations are written here, in plain words, from
//! the rules in docs/calculations.md (a test checks that every figure the app shows has one).

use crate::insights::Severity;
use crate::insights::playbook::rule_views;
use crate::template::Template;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A titled paragraph of help.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HelpTopic {
    pub title: String,
    pub text: String,
}

/// A question and its hint, as the area page shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuestionHelp {
    pub label: String,
    pub help: Option<String>,
}

/// What the playbook flags in an area, and the rating it suggests then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FlagHelp {
    pub severity: Severity,
    pub rule: String,
    pub threshold: Option<String>,
}

/// Everything the help says about one area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AreaHelp {
    pub area_id: String,
    pub number: u32,
    pub title: String,
    pub summary: String,
    pub why: String,
    pub look_for: Vec<String>,
    pub questions: Vec<QuestionHelp>,
    pub figures: Vec<HelpTopic>,
    pub flags: Vec<FlagHelp>,
}

/// A keyboard shortcut.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Shortcut {
    pub keys: String,
    pub action: String,
}

/// The whole offline help.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Help {
    pub basics: Vec<HelpTopic>,
    pub shortcuts: Vec<Shortcut>,
    pub areas: Vec<AreaHelp>,
    /// The figures of the summary page that gather the areas' figures.
    pub summary: Vec<HelpTopic>,
}

/// How one kind of figure is worked out: shown in the help of `area`; `labels` are the
/// beginnings of the figure labels it explains (checked against the example review).
struct FigureGuide {
    area: &'static str,
    #[cfg_attr(
        not(test),
        expect(
            dead_code,
            reason = "read by the test that every figure shown is explained"
        )
    )]
    labels: &'static [&'static str],
    title: &'static str,
    text: &'static str,
}

const FIGURE_GUIDES: &[FigureGuide] = &[
    FigureGuide {
        area: "cancellation",
        labels: &["Cost to leave"],
        title: "Cost to leave",
        text: "What leaving would cost after months 6, 12, 24 and 30: the early-termination fee (ETF) \
               as the contract words it (none, a fixed amount, a percentage of what is left, all the \
               remaining charges, or a sliding scale by contract year), worked out on the seats you \
               contracted and the charges in force then (with the escalator), plus the port-out fees \
               for your numbers, any promotion the provider claws back and what is still owed on \
               hardware. Taxes are not included.",
    },
    FigureGuide {
        area: "cancellation",
        labels: &["Contract dates"],
        title: "Contract dates and the notice deadline",
        text: "The renewal date is the start date plus the term, on the same day of the month; when \
               that month has no such day (a start on 31 January), the term runs to the end of that \
               month and renews on the 1st of the next (the corresponding-date rule). The term ends \
               the day before. The notice deadline is the last day your notice must arrive, counted \
               back from the end of the term or from the renewal date, as the clause says. A warning \
               shows when fewer than 30 days are left.",
    },
    FigureGuide {
        area: "pricing",
        labels: &["-month total cost"],
        title: "Total cost over the term",
        text: "Everything you would pay over the whole term: upfront items, then every month's plan \
               charge with seat growth, add-ons and paid support, raised by the escalator at each \
               anniversary, less any promotion, plus taxes when they are charged on top and hardware \
               payments billed apart. Also shown per seat per month. A total that leaves something \
               out because its answer is missing or “Not sure” says so.",
    },
    FigureGuide {
        area: "upfront",
        labels: &["Total upfront"],
        title: "Total upfront",
        text: "The one-off charges before or at the start of service (setup, installation, hardware \
               bought outright, porting and shipping), added up in the review's currency. Fees still \
               to be decided are listed, not guessed.",
    },
    FigureGuide {
        area: "sla",
        labels: &["Downtime the SLA permits"],
        title: "Downtime the SLA permits",
        text: "How long the service may be down in each measurement window without breaking the \
               promise: the window's length × (100 % − the uptime). A calendar month has no single \
               length, so every length is shown: at 99.9 %, 40 min 19 s in February up to 44 min \
               38 s in a 31-day month. When the window is not known, a calendar month is assumed \
               and the figure says so. Maintenance the SLA excludes is compared with that allowance.",
    },
    FigureGuide {
        area: "sla",
        labels: &["Service credits"],
        title: "Service credits",
        text: "Each credit tier is shown as the downtime in a month that earns it, and the amount: \
               the tier's percentage of the monthly charge, limited by the cap. Where the month is \
               not known the longest month is used, so the figure never promises more credit than \
               you would get.",
    },
    FigureGuide {
        area: "support",
        labels: &[
            "Critical-issue response",
            "Response and resolution",
            "Test ticket",
        ],
        title: "Support response and resolution",
        text: "Each severity's promised response and resolution times, graded against what good \
               providers commit to (a critical fault answered within 2 hours, for instance). \
               Response is not resolution, and a clock that counts business hours only, or starts \
               when the provider acknowledges the ticket, makes a promise slower than it reads: \
               the figure says when the answer would really be due.",
    },
    FigureGuide {
        area: "upgrades",
        labels: &[
            "Critical security fixes",
            "Version support against the term",
        ],
        title: "Security fixes and version support",
        text: "How soon critical security fixes are promised (72 hours is the usual mark), and \
               whether the software and phones stay supported for the whole term rather than \
               running out part way through it.",
    },
    FigureGuide {
        area: "features",
        labels: &["Must-haves not available", "Must-haves sold as add-ons"],
        title: "Must-haves",
        text: "The features you marked as must-haves that the plan does not have, or sells only as \
               paid add-ons; an add-on's price belongs in the total cost.",
    },
    FigureGuide {
        area: "bandwidth",
        labels: &["Bandwidth needed", "Planning rule of thumb"],
        title: "Bandwidth needed",
        text: "The bandwidth each call uses is the voice codec's rate plus the packet headers \
               (IP/UDP/RTP and the link layer), after Cisco's per-call tables; times the calls you \
               expect at once, it is compared with your measured upload and download. Using more \
               than 80 % of the upload leaves too little headroom for calls to stay clear. The \
               rule of thumb (100 kbps a call) is shown beside it for comparison only.",
    },
    FigureGuide {
        area: "bandwidth",
        labels: &["Line quality"],
        title: "Line quality",
        text: "Your measured latency, jitter and packet loss against the limits good call quality \
               needs (in the spirit of ITU-T G.114: one-way delay under 150 ms, jitter under 30 ms, \
               loss under 1 %).",
    },
    FigureGuide {
        area: "warranty",
        labels: &["Warranty against the term", "Damage on arrival"],
        title: "Warranty",
        text: "How much of the term the hardware warranty covers, and how long you have to report \
               a phone that arrives damaged.",
    },
    FigureGuide {
        area: "competitors",
        labels: &["Competing quotes"],
        title: "Competing quotes, like for like",
        text: "Each quote is priced over this review's own term at the same seats, upfront \
               included: upfront + monthly total × months. An adjustment (seat growth, escalator, \
               promotion, taxes) counts only when every quote states it, so the ranking compares \
               like with like; each row says what was assumed. Rank 1 is the cheapest.",
    },
];

const BASICS: &[(&str, &str)] = &[
    (
        "How a review works",
        "Start with the quote details, then go through the ten areas of the contract one at a \
         time, then the summary. Each area explains why it matters and what to look for, asks \
         questions, shows the figures worked out from your answers, and ends with your rating.",
    ),
    (
        "Saving",
        "Every answer is saved on this computer as you go: a choice at once, typed text after a \
         short pause or when you leave the field. The status at the top says “Saved” only when \
         everything is. An entry the checks refuse stays in its field, marked, until you correct \
         or clear it.",
    ),
    (
        "“Not sure”",
        "Choose “Not sure” when the contract or quote does not say. It becomes a question for the \
         provider on the summary, where “Copy all” puts them on the clipboard to send.",
    ),
    (
        "Ratings and suggestions",
        "Rate each area Acceptable, Negotiate, Deal-breaker or Not applicable. The app suggests a \
         rating from the rules listed under each area below and shows why; your rating decides, \
         and the suggestion stays visible beside it.",
    ),
    (
        "Undo",
        "Deleting a review or clearing an answer shows a message with Undo for a few seconds. A \
         deleted review also stays in the Trash for 30 days. In a text field, Ctrl+Z undoes typing.",
    ),
    (
        "Backups",
        "A backup of all your reviews is taken every day the app is used, before every upgrade \
         and before a restore; “Back up now” on the Backups panel takes one at once. Restore one \
         from the same panel.",
    ),
];

const SUMMARY_TOPICS: &[(&str, &str)] = &[
    (
        "Key figures",
        "The figures that matter most, gathered from the areas: the total cost over the term, \
         the cost to leave, the notice deadline, the downtime the SLA permits and the bandwidth \
         headroom. Each says what it is based on.",
    ),
    (
        "Fingerprint",
        "A short code computed from everything in the review. The PDF carries the same code and \
         revision, so anyone can check that the printed copy matches what is in the app.",
    ),
    (
        "Questions for the provider and to check yourself",
        "Every “Not sure” and every missing key answer, worded for the provider; the checks you \
         can only make yourself (references, a test ticket) are listed apart and never copied \
         into the provider's text.",
    ),
];

const SHORTCUTS: &[(&str, &str)] = &[
    ("F1", "Open this help"),
    ("Alt + ← / →", "Previous or next page of a review"),
    (
        "Ctrl + P",
        "Print the review's summary (opens the PDF in your PDF viewer)",
    ),
    (
        "Shift + F1",
        "Explain the underlined words of the question you are in",
    ),
    (
        "Ctrl + Z",
        "Undo typing in a text field; elsewhere, undo what the notice at the bottom offers to undo",
    ),
    (
        "Esc",
        "Close this help or a dialog, or dismiss the notice at the bottom",
    ),
];

fn topics(items: &[(&str, &str)]) -> Vec<HelpTopic> {
    items
        .iter()
        .map(|(title, text)| HelpTopic {
            title: (*title).to_owned(),
            text: squash(text),
        })
        .collect()
}

/// The guides' texts are wrapped in the source; one space between words on screen.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The help for `template`, in its area order.
pub fn help(template: &Template) -> Help {
    let rules = rule_views();
    let areas = template
        .areas
        .iter()
        .map(|area| AreaHelp {
            area_id: area.id.clone(),
            number: area.number,
            title: area.title.clone(),
            summary: area.summary.clone(),
            why: area.why.clone(),
            look_for: area.look_for.clone(),
            questions: area
                .questions
                .iter()
                .map(|q| QuestionHelp {
                    label: q.label.clone(),
                    help: q.help.clone(),
                })
                .collect(),
            figures: FIGURE_GUIDES
                .iter()
                .filter(|g| g.area == area.id)
                .map(|g| HelpTopic {
                    title: g.title.to_owned(),
                    text: squash(g.text),
                })
                .collect(),
            flags: rules
                .iter()
                .filter(|r| r.area_id == area.id)
                .map(|r| FlagHelp {
                    severity: r.severity,
                    rule: r.rule.clone(),
                    threshold: r.threshold.clone(),
                })
                .collect(),
        })
        .collect();
    Help {
        basics: topics(BASICS),
        shortcuts: SHORTCUTS
            .iter()
            .map(|(keys, action)| Shortcut {
                keys: (*keys).to_owned(),
                action: (*action).to_owned(),
            })
            .collect(),
        areas,
        summary: topics(SUMMARY_TOPICS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insights::insights;
    use crate::template::template;

    #[test]
    fn every_area_of_the_template_has_its_help_in_order() {
        let help = help(template());
        let ids: Vec<&str> = help.areas.iter().map(|a| a.area_id.as_str()).collect();
        let expected: Vec<&str> = template().areas.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, expected);
        for (area, source) in help.areas.iter().zip(&template().areas) {
            assert_eq!(area.why, source.why, "the template's own words");
            assert_eq!(area.questions.len(), source.questions.len());
        }
        // Every playbook rule is listed under its area.
        let listed: usize = help.areas.iter().map(|a| a.flags.len()).sum();
        assert_eq!(listed, rule_views().len());
    }

    #[test]
    fn every_figure_the_example_review_shows_is_explained_in_its_area() {
        let review = crate::sample::example_review_as_stored();
        let today = chrono::NaiveDate::from_ymd_opt(2027, 1, 15);
        let found = insights(&review, today);
        assert!(found.figures.len() > 10, "{}", found.figures.len());
        for figure in &found.figures {
            let explained = FIGURE_GUIDES.iter().any(|g| {
                g.area == figure.area_id && g.labels.iter().any(|l| figure.label.contains(l))
            });
            assert!(
                explained,
                "no help for “{}” in {}",
                figure.label, figure.area_id
            );
        }
        for guide in FIGURE_GUIDES {
            assert!(template().area(guide.area).is_some(), "{}", guide.area);
        }
    }
}
