//! Plain-words explanations of the terms a practice manager may not know, one line each. The
//! one source for every place a term appears: the app shows them as help beside the term (the
//! list reaches the UI with the template, `Template::glossary`), the PDF prints the ones its
//! summary uses.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One term and its one-line explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct GlossaryEntry {
    /// The term as it is usually written ("ETF", "jitter").
    pub term: String,
    /// The words that mark the term in a text, matched whole-word and ignoring case; the
    /// longest first, so "early-termination fee" wins over a shorter match inside it.
    pub matches: Vec<String>,
    /// One sentence, no jargon.
    pub explanation: String,
}

/// (term, words that mark it, explanation).
const ENTRIES: &[(&str, &[&str], &str)] = &[
    (
        "fingerprint",
        &["fingerprint"],
        "A short code worked out from everything in the review: a printed copy with the same code matches the saved version exactly.",
    ),
    (
        "revision",
        &["revision"],
        "The number of changes saved to this review so far; it goes up by one with every save.",
    ),
    (
        "escalator",
        &["escalator"],
        "A yearly price rise written into the contract, for example 5 % more at each anniversary of the start date.",
    ),
    (
        "ETF",
        &["early-termination fee", "early termination fee", "ETF"],
        "Early-termination fee: what the contract charges if you leave before the term ends.",
    ),
    (
        "codec",
        &["codec"],
        "The method that turns speech into data; it decides how much internet capacity each call uses (G.711 about 87 kbps, G.729 about 31 kbps).",
    ),
    (
        "jitter",
        &["jitter"],
        "How much the delay of voice packets varies; above about 30 ms calls sound choppy.",
    ),
    (
        "latency",
        &["latency"],
        "The delay before your voice reaches the other end; above 150 ms one way, people start talking over each other.",
    ),
    (
        "packet loss",
        &["packet loss"],
        "The share of voice data lost on the way; above 1 % words drop out of calls.",
    ),
    (
        "MOS",
        &["MOS"],
        "Mean opinion score: call quality as listeners rate it, from 1 (bad) to 5 (excellent); about 4 or more sounds clear.",
    ),
    (
        "QoS",
        &["QoS"],
        "Quality of Service: a router setting that sends voice ahead of other traffic, so calls stay clear when the line is busy.",
    ),
    (
        "corresponding-date rule",
        &["corresponding-date rule", "corresponding date"],
        "A term of N months ends on the same day number N months later, or on the month's last day when that day does not exist (31 January + 1 month = 28 or 29 February).",
    ),
    (
        "SLA",
        &["service level agreement", "SLA"],
        "Service level agreement: the provider's written promise (such as 99.9 % uptime) and what you get when it is missed.",
    ),
    (
        "uptime",
        &["uptime"],
        "The share of time the service works; 99.9 % still allows about 43 minutes of outage in a 30-day month.",
    ),
    (
        "measurement window",
        &["measurement window"],
        "The period the uptime is measured over (a calendar month, a quarter or a year): the allowed downtime is worked out per window.",
    ),
    (
        "service credit",
        &["service credits", "service credit"],
        "Money off your bill when the provider misses its SLA, usually a percentage of the monthly charge; often only if you claim it in time.",
    ),
    (
        "headroom",
        &["headroom"],
        "The share of your internet upload left free after the calls, for e-mail, backups and everything else.",
    ),
    (
        "cRTP",
        &["cRTP"],
        "Compressed RTP: shrinks the headers of voice packets on slow serial links (PPP); it does not apply to Ethernet.",
    ),
    (
        "802.1Q",
        &["802.1Q", "VLAN"],
        "A tag that keeps phones on their own virtual network (VLAN); it adds 4 bytes to every packet.",
    ),
    (
        "kbps",
        &["kbps", "Mbps", "kbit/s"],
        "Kilobits or megabits per second: how fast data moves; 1 Mbps is 1,000 kbps.",
    ),
    (
        "port-out",
        &["port-out", "port out", "porting"],
        "Moving your phone numbers to another provider; some charge a fee per number when you leave.",
    ),
    (
        "auto-renewal",
        &[
            "auto-renewal",
            "renews automatically",
            "renew automatically",
        ],
        "The contract starts another term by itself unless your notice arrives in time.",
    ),
    (
        "walk-away window",
        &["walk-away window"],
        "The first days after the start in which you may cancel without a fee.",
    ),
    (
        "clawback",
        &["clawback", "clawed back"],
        "Paying back a promotional discount when you leave early.",
    ),
    (
        "like for like",
        &["like for like", "like-for-like"],
        "Every quote costed over the same term, seats and charges, so the totals can be compared fairly.",
    ),
    (
        "P1–P4",
        &["P1–P4", "P1-P4"],
        "Severity levels of a support ticket: P1 system down, P2 a major function impaired, P3 minor with a workaround, P4 a question.",
    ),
    (
        "response and resolution time",
        &["resolution time", "response time"],
        "Response: how soon someone starts working on your ticket. Resolution: how soon the problem is fixed.",
    ),
    (
        "E911",
        &["E911"],
        "Enhanced 911: emergency calls that tell the responders your address; with internet phones the address must be registered.",
    ),
    (
        "STIR/SHAKEN",
        &["STIR/SHAKEN"],
        "A caller-ID check between carriers that stops others spoofing your numbers and keeps your calls from being marked as spam.",
    ),
    (
        "SOC 2",
        &["SOC 2", "ISO 27001"],
        "Independent audits of how a provider protects your data.",
    ),
];

/// The glossary, in the order above.
pub fn glossary() -> Vec<GlossaryEntry> {
    ENTRIES
        .iter()
        .map(|(term, matches, explanation)| GlossaryEntry {
            term: (*term).to_owned(),
            matches: matches.iter().map(|m| (*m).to_owned()).collect(),
            explanation: (*explanation).to_owned(),
        })
        .collect()
}

/// The explanation of `term` (as in [`GlossaryEntry::term`]).
pub fn explain(term: &str) -> Option<&'static str> {
    ENTRIES
        .iter()
        .find(|(t, ..)| *t == term)
        .map(|(.., explanation)| *explanation)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_is_one_plain_line() {
        let mut seen = std::collections::HashSet::new();
        for e in glossary() {
            assert!(seen.insert(e.term.clone()), "{} twice", e.term);
            assert!(!e.matches.is_empty(), "{}", e.term);
            assert!(e.explanation.ends_with('.'), "{}", e.term);
            assert!(!e.explanation.contains('\n'), "{}", e.term);
            assert!(
                e.explanation.len() <= 200,
                "{} is longer than a line",
                e.term
            );
        }
    }

    #[test]
    fn the_terms_named_in_the_issue_are_explained() {
        for term in [
            "fingerprint",
            "escalator",
            "ETF",
            "codec",
            "jitter",
            "QoS",
            "corresponding-date rule",
        ] {
            assert!(explain(term).is_some(), "{term}");
        }
    }

    #[test]
    fn each_term_appears_where_the_owner_reads_it() {
        // Every term is in a question, a help text or a figure the app shows, so its help has
        // a place to appear; a term no text uses would be dead data.
        let template = serde_json::to_string(crate::template::template()).unwrap();
        let review = crate::sample::example_review_as_stored();
        let insights = crate::insights::insights(&review, None);
        let figures = serde_json::to_string(&insights).unwrap();
        let everything = format!("{template}{figures}").to_lowercase();
        for e in glossary() {
            if ["fingerprint", "revision"].contains(&e.term.as_str()) {
                continue; // on the summary and in the PDF, not in the template
            }
            assert!(
                e.matches
                    .iter()
                    .any(|m| everything.contains(&m.to_lowercase())),
                "{} appears nowhere",
                e.term
            );
        }
    }
}
