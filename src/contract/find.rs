//! The finder: for each question it can answer, rules (a keyword window and a pattern for the
//! figure) run over every sentence and table row; the best hit per question becomes a
//! suggestion naming its rule. A wrong suggestion costs the owner more than a missing one, so
//! every rule needs both the topic's words and the figure in the same sentence or row, and
//! leaves out the known traps (a "48 hours" maintenance notice is not a cancellation notice; an
//! interest rate is not a price escalator).

use super::numbers::{money_minor, plain};
use super::segment::Unit;
use super::{ContractDocument, Location, Passage};
use crate::model::{AnswerValue, YesNo};
use crate::money::Money;
use crate::template::template;
use regex::{Captures, Regex};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::LazyLock;
use ts_rs::TS;

macro_rules! re {
    ($pattern:expr) => {{
        static RE: LazyLock<Regex> = LazyLock::new(|| Regex::new($pattern).expect("valid pattern"));
        &*RE
    }};
}

/// One value found for one question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(rename = "ContractSuggestion")]
pub struct Suggestion {
    /// A template question id, or `context.term_months` for the contract term.
    pub question_id: String,
    pub area_id: String,
    /// The question as the app asks it.
    pub label: String,
    /// The value in the question's own answer type (the review-file answer format).
    pub value: AnswerValue,
    /// The value as the app shows it.
    pub shown: String,
    /// The passage it came from (see `Reading::passages`).
    pub passage: u32,
    pub quote: String,
    pub location: Location,
    /// The finder's rule that produced it, e.g. `notice.before_end`.
    pub rule: String,
    /// What the owner should know about the value ("per line: …"); empty when nothing.
    pub note: String,
}

/// A clause that sends the reader elsewhere ("as set out in the Order Form") instead of stating
/// the figure: said, not guessed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(rename = "ContractReferral")]
pub struct Referral {
    pub area_id: String,
    /// What the clause is about: "early-termination fee", "notice period"…
    pub topic: String,
    /// Where it sends the reader: "the Order Form".
    pub target: String,
    pub passage: u32,
    pub quote: String,
    pub location: Location,
}

/// The contract term is a detail of the review, not a template question.
pub const TERM_FIELD: &str = "context.term_months";

struct Hit {
    question: &'static str,
    value: AnswerValue,
    rule: &'static str,
    unit: usize,
    /// Lower wins; then the earlier unit.
    priority: u8,
    note: String,
}

struct Ctx<'a> {
    units: &'a [Unit],
    plain: Vec<String>,
    hits: Vec<Hit>,
}

impl Ctx<'_> {
    fn hit(&mut self, unit: usize, question: &'static str, value: AnswerValue, rule: &'static str) {
        self.hit_with(unit, question, value, rule, 5, String::new());
    }

    fn hit_with(
        &mut self,
        unit: usize,
        question: &'static str,
        value: AnswerValue,
        rule: &'static str,
        priority: u8,
        note: String,
    ) {
        self.hits.push(Hit {
            question,
            value,
            rule,
            unit,
            priority,
            note,
        });
    }

    /// The unit's text and its headings, for rules that accept either.
    fn with_headings(&self, i: usize) -> String {
        format!("{} {}", self.units[i].headings, self.plain[i])
    }
}

fn number(c: &Captures, i: usize) -> Option<f64> {
    c.get(i)?.as_str().replace(',', "").parse().ok()
}

fn whole(c: &Captures, i: usize) -> Option<i64> {
    c.get(i)?.as_str().replace(',', "").parse().ok()
}

/// "36 months", "3 years", "1-year" as months.
fn months_of(amount: i64, unit: &str) -> Option<i64> {
    if unit.starts_with("year") {
        amount.checked_mul(12)
    } else if unit.starts_with("month") {
        Some(amount)
    } else {
        None
    }
}

fn usd(minor: i64) -> AnswerValue {
    AnswerValue::Money(Money {
        minor,
        currency: "USD".to_owned(),
    })
}

/// The first dollar amount in `text` (plain form), in cents.
fn first_money(text: &str) -> Option<i64> {
    let m =
        re!(r"(?:us)?\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)").captures(text)?;
    money_minor(&m[1])
}

fn all_money(text: &str) -> Vec<i64> {
    re!(r"(?:us)?\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)")
        .captures_iter(text)
        .filter_map(|m| money_minor(&m[1]))
        .collect()
}

/// A duration in minutes: "15 minutes", "4 hours", "1 business day" (8 business hours).
fn minutes(amount: f64, unit: &str) -> Option<i64> {
    let factor = if unit.starts_with("min") {
        1.0
    } else if unit.starts_with("h") || unit.starts_with("business h") {
        60.0
    } else if unit.starts_with("business d") {
        return None;
    } else if unit.starts_with("day") || unit.starts_with("calendar day") {
        1440.0
    } else {
        return None;
    };
    Some((amount * factor).round() as i64)
}

// ---------------------------------------------------------------- cancellation and term

fn term(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    let initial = re!(
        r"\b(?:initial|minimum|original)(?: service)? term\b[^.]{0,120}?\b(\d{1,3})[ -](months?|years?)\b|\b(?:the )?(?:service|contract|subscription) term (?:of this agreement |for each [a-z]+ |of each [a-z ]+?)?(?:is|shall be|will be)\b[^.]{0,20}?\b(\d{1,3})[ -](months?|years?)\b"
    );
    let labelled = re!(
        r"^(?:contract |service |initial |minimum |subscription )?term(?: length)?\s*[:|]\s*(\d{1,3})[ -]?(months?|years?)\b"
    );
    let hit = initial
        .captures(&p)
        .map(|c| (c, "term.initial"))
        .or_else(|| labelled.captures(&p).map(|c| (c, "term.order_form")));
    if let Some((c, rule)) = hit {
        // "initial term ... renews for 12 months": the number must not belong to the renewal.
        let before = &p[..c.get(1).or(c.get(3)).map_or(0, |m| m.start())];
        if before.contains("renew") && rule == "term.initial" {
            return;
        }
        let (amount, unit) = match (c.get(1), c.get(3)) {
            (Some(_), _) => (whole(&c, 1), c.get(2).map_or("", |m| m.as_str())),
            (None, Some(_)) => (whole(&c, 3), c.get(4).map_or("", |m| m.as_str())),
            _ => (None, ""),
        };
        if let Some(months) = amount.and_then(|n| months_of(n, unit))
            && (1..=120).contains(&months)
        {
            let priority = if rule == "term.order_form" { 3 } else { 5 };
            cx.hit_with(
                i,
                TERM_FIELD,
                AnswerValue::Months(months),
                rule,
                priority,
                String::new(),
            );
        }
    }
}

fn renewal(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    let negated = re!(
        r"\b(?:will|shall|does|do) not (?:be )?(?:automatically )?renew|\bno automatic renewal|\bnot auto-?renew|\bexpire[s]? (?:at the end of the [a-z ]*term )?without renewal"
    );
    let renews = re!(
        r"\bautomatically (?:be )?renew|\bauto-?renew|\brenew(?:s|ed)? automatically|\bshall renew for (?:successive|additional|consecutive)|\bwill renew for (?:successive|additional|consecutive)|\bevergreen\b"
    );
    if negated.is_match(&p) {
        cx.hit(
            i,
            "cancellation.auto_renews",
            AnswerValue::YesNo(YesNo::No),
            "renewal.none",
        );
        return;
    }
    if !renews.is_match(&p) {
        return;
    }
    cx.hit(
        i,
        "cancellation.auto_renews",
        AnswerValue::YesNo(YesNo::Yes),
        "renewal.automatic",
    );
    // The renewal's length: after "renew", before the notice part of the sentence.
    let at = p.find("renew").unwrap_or(0);
    let rest = &p[at..];
    let cut = re!(r"\b(?:unless|provided|if either|upon|notice|prior to)\b")
        .find(rest)
        .map_or(rest.len(), |m| m.start());
    let window = &rest[..cut];
    if window.contains("month-to-month") || window.contains("month to month") {
        cx.hit(
            i,
            "cancellation.renewal_term_months",
            AnswerValue::Months(1),
            "renewal.month_to_month",
        );
    } else if let Some(c) = re!(r"\b(\d{1,3})[ -](months?|years?)\b").captures(window)
        && let Some(months) = whole(&c, 1).and_then(|n| months_of(n, &c[2]))
        && (1..=120).contains(&months)
    {
        cx.hit(
            i,
            "cancellation.renewal_term_months",
            AnswerValue::Months(months),
            "renewal.length",
        );
    }
}

fn notice(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    let about_leaving = re!(
        r"\bend (?:it|this agreement|the agreement|the service)\b|non-?renewal|not to renew|intent(?:ion)? to (?:cancel|terminate)|\bterminat|\bcancel|\bprevent (?:the )?(?:automatic )?renewal|\bopt out of (?:the )?renewal"
    );
    let is_notice = p.contains("notice")
        || p.contains("notif")
        || p.contains("in writing")
        || p.contains("written");
    if !is_notice || !about_leaving.is_match(&p) {
        return;
    }
    // Provider-side changes, cure periods and payment disputes have their own notices.
    if re!(r"\bcure\b|\bremed(?:y|ied)\b|\bdispute|\binvoice|\bpast due|\bsuspen|\bmaintenance|\bport(?:ing)?\b|\bchange[sd]? (?:to|in) (?:the )?(?:rates|prices|terms)|\bprice increase|\bmodif")
        .is_match(&p)
    {
        return;
    }
    let c = re!(
        r"\b(\d{1,3}) (?:full )?(?:calendar |business )?(days?|months?)'?s?'?(?:[ ,]+(?:prior|advance|advanced|written))*(?: notice| notification)?(?: of (?:non-?renewal|termination|cancellation|its intent(?:ion)? to [a-z]+))?(?: to [a-z-]+)? (prior to|before|in advance of|preceding|ahead of)\b([^.;]{0,90})"
    )
    .captures(&p);
    let c = c.or_else(|| {
        re!(r"\bnot less than (\d{1,3}) (days?|months?)\b[^.]{0,60}?(prior to|before)\b([^.;]{0,90})").captures(&p)
    });
    let c = match c {
        Some(c) => c,
        None => {
            // "upon thirty (30) days' written notice": termination for convenience.
            if let Some(c) =
                re!(r"\b(?:upon|with|on|by giving|at least) (?:at least )?(\d{1,3}) (?:calendar )?(days?|months?)'?s?'? (?:(?:prior|advance|written)[ ,]+)*notice").captures(&p)
                && about_leaving.is_match(&p)
                && !p.contains("for cause")
                && !p.contains("breach")
            {
                notice_value(cx, i, &c, "notice.upon_notice", 7);
            }
            return;
        }
    };
    let counted = &c[4];
    let end_of_term = re!(
        r"\b(?:end|expiration|expiry|conclusion|close) of (?:the |any |each |such |your |its |this )?(?:then[- ]current |initial |applicable |current |service |renewal |contract )*(?:term|period|agreement)|\b(?:term|agreement)(?:'s)? (?:end|expiration)"
    );
    let renewal_date = re!(
        r"\brenewal date|\b(?:start|commencement|beginning) of (?:the |any |a |each )?(?:next |subsequent )?renewal|\banniversary"
    );
    let before = if renewal_date.is_match(counted) {
        Some("renewal_date")
    } else if end_of_term.is_match(counted) {
        Some("end_of_term")
    } else {
        None
    };
    notice_value(cx, i, &c, "notice.before_end", 4);
    if let Some(choice) = before {
        let rule = if choice == "end_of_term" {
            "notice.counted_from_end_of_term"
        } else {
            "notice.counted_from_renewal_date"
        };
        cx.hit(
            i,
            "cancellation.notice_counted_before",
            AnswerValue::Choice(choice.to_owned()),
            rule,
        );
    }
}

fn notice_value(cx: &mut Ctx, i: usize, c: &Captures, rule: &'static str, priority: u8) {
    let Some(n) = whole(c, 1) else { return };
    if c[2].starts_with("month") {
        if (1..=24).contains(&n) {
            cx.hit_with(
                i,
                "cancellation.notice_months",
                AnswerValue::Months(n),
                rule,
                priority,
                String::new(),
            );
        }
    } else if (1..=730).contains(&n) {
        let note = if c[0].contains("business day") {
            "Business days, not calendar days: count only working days back.".to_owned()
        } else {
            String::new()
        };
        cx.hit_with(
            i,
            "cancellation.notice_days",
            AnswerValue::Days(n),
            rule,
            priority,
            note,
        );
    }
}

fn notice_method(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    let heads = &cx.units[i].headings;
    let about = (p.contains("notice") || p.contains("cancellation request") || p.contains("cancel"))
        && (heads.contains("notice")
            || heads.contains("terminat")
            || heads.contains("renewal")
            || heads.contains("cancel")
            || re!(r"notice[^.]{0,80}\b(?:must|shall|will|may only) be (?:given|sent|delivered|submitted|made|provided)|\bnotices?\b[^.]{0,40}\b(?:must|shall) be in writing").is_match(&p));
    if !about {
        return;
    }
    // Notices the provider sends to the customer are not how the owner must give notice.
    if re!(r"\bprovider (?:may|will) (?:notify|give notice)|\bwe (?:may|will) notify").is_match(&p)
    {
        return;
    }
    let original = &cx.units[i].text;
    // Ways the clause refuses ("notice by email is not accepted") are left out.
    let refused =
        re!(r"(?:is|are|will) not (?:be )?(?:accepted|sufficient|valid|effective)|\bverbal|\boral");
    let p: String = p
        .split(';')
        .filter(|clause| !refused.is_match(clause))
        .collect::<Vec<_>>()
        .join(";");
    let mut ways: Vec<String> = Vec::new();
    if re!(r"\bin writing\b|\bwritten (?:notice|notification|request)").is_match(&p) {
        ways.push("in writing".into());
    }
    if re!(r"\b(?:certified|registered|first[- ]class) (?:u\.s\. )?mail").is_match(&p) {
        ways.push("by certified or registered mail".into());
    }
    if p.contains("courier") {
        ways.push("by courier".into());
    }
    if p.contains("e-mail") || p.contains("email") {
        let address = re!(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}").find(original);
        ways.push(match address {
            Some(a) => format!("by email to {}", a.as_str().trim_end_matches('.')),
            None => "by email".into(),
        });
    }
    if p.contains("portal") {
        ways.push("through the customer portal".into());
    }
    if re!(r"\b(?:cancellation|change of service|termination) (?:request )?form\b").is_match(&p) {
        ways.push("on the provider's cancellation form".into());
    }
    if re!(r"\bsupport ticket|\bopen(?:ing)? a ticket").is_match(&p) {
        ways.push("by opening a support ticket".into());
    }
    if re!(r"\bby (?:tele)?phone\b|\bcall(?:ing)? (?:our|the) ").is_match(&p) {
        ways.push("by phone".into());
    }
    // "In writing" alone says little; a way of sending it is what the owner needs.
    if ways.len() < 2 && !(ways.len() == 1 && ways[0] != "in writing") {
        return;
    }
    let mut text = ways.join(", ");
    if let Some(first) = text.get(..1) {
        text = first.to_uppercase() + &text[1..];
    }
    let priority = if p.contains("terminat") || p.contains("renew") || p.contains("cancel") {
        4
    } else {
        6
    };
    cx.hit_with(
        i,
        "cancellation.notice_method",
        AnswerValue::Text(text),
        "notice.method",
        priority,
        String::new(),
    );
}

fn etf(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    let context = cx.with_headings(i);
    let about = re!(r"early termination|early cancellation|terminat(?:es|ion|e)[^.]{0,60}(?:before|prior to) the (?:end|expiration)|termination (?:fee|charge|liability)|cancellation (?:fee|charge)|\bshortfall|\bliquidated damages").is_match(&context);
    if !about {
        return;
    }
    // Leaving for the provider's fault is the exit for cause, not the fee.
    let for_cause = re!(r"\bfor cause\b|\bchronic|\bmaterial(?:ly)? breach|\brepeated(?:ly)?\b|\bfails? to (?:meet|cure)|\bsla\b|\bservice level").is_match(&p)
        && !re!(r"\bother than\b|\bexcept (?:for|in the case of|where)|\bunless").is_match(&p);
    if re!(r"\bno (?:early termination|cancellation|termination) (?:fee|charge|penalt)|\bwithout (?:any )?(?:early termination|cancellation) (?:fee|charge|penalt)|\bearly termination (?:fee|charge)s? (?:will|shall) not apply").is_match(&p)
        && !for_cause
    {
        cx.hit(i, "cancellation.etf_structure", AnswerValue::Choice("none".into()), "etf.none");
        return;
    }
    if for_cause {
        return;
    }
    // A sliding scale: a row, sentence or clause per contract year, the year before or after
    // its percentage.
    let mut sliding = false;
    for clause in re!(r";|, and |, |\band thereafter\b").split(&p) {
        let year = re!(r"\byear (\d)\b|\b(first|second|third|1st|2nd|3rd) (?:contract |service )?year|\bmonths? (\d{1,2}) ?(?:-|to|through) ?(\d{1,2})\b|\bthe first (\d{1,2}) months")
            .captures(clause)
            .and_then(|c| {
                if let Some(y) = c.get(1) {
                    y.as_str().parse::<u32>().ok()
                } else if let Some(w) = c.get(2) {
                    Some(match w.as_str() {
                        "first" | "1st" => 1,
                        "second" | "2nd" => 2,
                        _ => 3,
                    })
                } else {
                    c.get(4).or(c.get(5)).and_then(|m| m.as_str().parse::<u32>().ok()).map(|last| last.div_ceil(12))
                }
            });
        let pct = re!(r"\b(\d{1,3})%")
            .captures(clause)
            .and_then(|c| number(&c, 1));
        let question = match year {
            Some(1) => "cancellation.sliding_year1_percent",
            Some(2) => "cancellation.sliding_year2_percent",
            Some(3) => "cancellation.sliding_year3_percent",
            _ => continue,
        };
        if let Some(pct) = pct.filter(|v| *v <= 100.0) {
            cx.hit(
                i,
                question,
                AnswerValue::Percent(pct),
                "etf.sliding_scale_year",
            );
            sliding = true;
        }
    }
    if sliding {
        cx.hit_with(
            i,
            "cancellation.etf_structure",
            AnswerValue::Choice("sliding_scale".into()),
            "etf.sliding_scale",
            3,
            String::new(),
        );
        return;
    }
    if let Some(c) = re!(
        r"\b(\d{1,3}(?:\.\d+)?)% of [^.]{0,60}?(?:remain|unexpired|balance|rest of|remainder|left)"
    )
    .captures(&p)
        && let Some(pct) = number(&c, 1)
        && pct <= 100.0
    {
        if pct == 100.0 {
            cx.hit(
                i,
                "cancellation.etf_structure",
                AnswerValue::Choice("all_remaining".into()),
                "etf.all_remaining",
            );
        } else {
            cx.hit(
                i,
                "cancellation.etf_structure",
                AnswerValue::Choice("percent_remaining".into()),
                "etf.percent_remaining",
            );
            cx.hit(
                i,
                "cancellation.etf_percent",
                AnswerValue::Percent(pct),
                "etf.percent_remaining",
            );
        }
        return;
    }
    if re!(r"\ball (?:remaining|unpaid|future) (?:monthly |recurring |service )*(?:charges|fees|payments|amounts)|\b(?:monthly|recurring) (?:service )?(?:charges|fees) (?:for|through) (?:the |each month of the )?(?:remainder|balance|rest)|\b(?:remainder|balance) of the (?:initial |then[- ]current |remaining )?(?:term|service term)|\bremaining (?:monthly |recurring )*(?:charges|fees|payments)").is_match(&p)
        && re!(r"\bpay|\bliable|\bdue\b|\bowe|\bequal to|\baccelerat").is_match(&p)
    {
        cx.hit(i, "cancellation.etf_structure", AnswerValue::Choice("all_remaining".into()), "etf.all_remaining");
        return;
    }
    if re!(r"\bfee|\bcharge|\bpay|\bliable").is_match(&p)
        && let Some(c) = re!(r"(\$\s?[\d,]+(?:\.\d{1,2})?)\s*(?:per|for each|/)\s*(line|seat|user|extension|number|device|license|licence)").captures(&p)
    {
        let amount = money_minor(&c[1]);
        cx.hit_with(i, "cancellation.etf_structure", AnswerValue::Choice("fixed".into()), "etf.fixed_per_line", 5, String::new());
        if let Some(minor) = amount {
            cx.hit_with(i, "cancellation.etf_fixed_amount", usd(minor), "etf.fixed_per_line", 6,
                format!("The contract charges this per {}: the fee to leave is this amount times your {}s.", &c[2], &c[2]));
        }
        return;
    }
    if re!(r"\b(?:fee|charge|pay)\b[^.]{0,40}\b(?:of|equal to|in the amount of)\s*\$|\b(?:fee|charge):\s*\$").is_match(&p)
        && let Some(minor) = first_money(&p)
    {
        cx.hit(i, "cancellation.etf_structure", AnswerValue::Choice("fixed".into()), "etf.fixed");
        cx.hit(i, "cancellation.etf_fixed_amount", usd(minor), "etf.fixed");
    }
}

fn exit_for_cause(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    let failure = re!(r"\bunavailab[^.]{0,80}\bconsecutive|\bconsecutive months|\b(?:availability|uptime)[^.]{0,40}\bbelow\b[^.]{0,80}\bmonths?\b|\bchronic|\brepeated(?:ly)?\b|\bfails? to (?:meet|achieve) (?:the )?(?:availability|uptime|service level|sla)|\b(?:\d+|more) (?:or more )?(?:consecutive )?(?:months?|outages|occasions|times)\b[^.]{0,60}(?:below|miss|fail)|\bbelow (?:the )?(?:availability|uptime) (?:commitment|guarantee|target)").is_match(&p);
    let leaves = re!(r"\bterminat|\bcancel").is_match(&p);
    let free = re!(r"without (?:any |an |a )?(?:early termination|cancellation|termination)? ?(?:fee|charge|penalt|liabilit)|\bno (?:early termination|cancellation|termination) (?:fee|charge|liabilit|penalt)|\bfree of (?:any )?(?:charge|penalt)|without incurring").is_match(&p);
    if failure && leaves && free && !p.contains("provider may terminate") {
        cx.hit(
            i,
            "cancellation.exit_for_cause",
            AnswerValue::YesNo(YesNo::Yes),
            "exit.chronic_failure",
        );
    }
}

fn walkaway(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    if let Some(c) = re!(r"\b(?:within|during) the first (\d{1,3}) days\b[^.]{0,160}?\b(?:cancel|terminat)[^.]{0,120}?\b(?:without|no)\b[^.]{0,30}(?:penalt|fee|charge|liabilit)").captures(&p)
        .or_else(|| re!(r"\b(\d{1,3})-day (?:money-back|satisfaction|risk-free|trial)").captures(&p))
        && let Some(days) = whole(&c, 1)
    {
        cx.hit(i, "cancellation.walkaway_days", AnswerValue::Days(days), "exit.walkaway");
    }
}

fn porting_out(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    let out = re!(r"\bport\b[^.]{0,60}\bnumbers?\b[^.]{0,40}\bnew (?:provider|carrier)|\bnew (?:provider|carrier)\b[^.]{0,40}\bport\b|\bport(?:ing)?[- ]out\b|\bport (?:its|your|the customer's|customer's|such) (?:telephone )?numbers? (?:away|to (?:another|a new|a different))|\brelease (?:the |its |customer's |your )?(?:telephone )?numbers|\bporting (?:of )?(?:numbers )?(?:away|to another provider)").is_match(&p);
    if !out {
        return;
    }
    if re!(r"\b(?:will|shall) (?:promptly )?(?:release|port|cooperate|process|not (?:unreasonably )?(?:withhold|delay|refuse|block))|\bpromptly").is_match(&p)
        && !re!(r"\buntil (?:all|any) (?:amounts|charges|fees)|\bmay (?:withhold|refuse|delay)").is_match(&p)
    {
        cx.hit(i, "cancellation.port_out_released", AnswerValue::YesNo(YesNo::Yes), "porting.released");
    }
    if let Some(c) = re!(
        r"(\$\s?[\d,]+(?:\.\d{1,2})?)\s*(?:per|for each|/)\s*(?:telephone )?(?:number|tn|did|line)"
    )
    .captures(&p)
        && let Some(minor) = money_minor(&c[1])
    {
        cx.hit(
            i,
            "cancellation.port_out_fee",
            usd(minor),
            "porting.fee_per_number",
        );
    } else if re!(
        r"\bno (?:charge|fee)|\bfree of charge|\bat no (?:cost|charge)|\bwithout (?:charge|a fee)"
    )
    .is_match(&p)
    {
        cx.hit(i, "cancellation.port_out_fee", usd(0), "porting.no_fee");
    }
}

fn data_export(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    let export = re!(r"\b(?:export|download|retrieve|copy|copies|return|extract)\b[^.]{0,100}\b(?:data|call (?:detail )?records|recordings|voicemails?|call logs|cdrs?)\b").is_match(&p);
    let exit_words =
        re!(r"\bterminat|\bexpir|\bend of (?:the )?(?:term|agreement|service)|\bcancel");
    let negated = re!(r"\bwill not\b|\bno obligation|\bnot (?:be )?(?:required|obligated)");
    if !export || negated.is_match(&p) {
        return;
    }
    // "…deleted 90 days after termination. Before that date, Customer may export…": the
    // sentence before says when.
    let same_place = |j: usize| {
        cx.units[j].document == cx.units[i].document && cx.units[j].section == cx.units[i].section
    };
    let text = if exit_words.is_match(&p) {
        cx.units[i].text.clone()
    } else if i > 0 && same_place(i - 1) && exit_words.is_match(&cx.plain[i - 1]) {
        format!("{} {}", cx.units[i - 1].text, cx.units[i].text)
    } else {
        return;
    };
    cx.hit(
        i,
        "cancellation.data_export",
        AnswerValue::YesNo(YesNo::Yes),
        "data.export_on_exit",
    );
    cx.hit(
        i,
        "cancellation.data_export_details",
        AnswerValue::Text(clip(&text, 600)),
        "data.export_on_exit",
    );
}

// ---------------------------------------------------------------- pricing and changes

fn pricing(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    if re!(r"\binterest\b|\blate (?:fee|charge|payment)|\boverdue|\bpast due|\bcredit").is_match(&p)
    {
        return;
    }
    let escalator = re!(r"\bincrease\w*\b[^.]{0,60}?\b(?:annually|each year|per year|yearly)\b[^.]{0,60}?(\d{1,2}(?:\.\d+)?)%").captures(&p).or_else(|| re!(r"\bincrease[sd]?\b[^.]{0,140}?(?:by )?(?:up to |no more than |not (?:to )?(?:more than |exceed |exceeding )|a maximum of |at most )?(\d{1,2}(?:\.\d+)?)%[^.]{0,80}?\b(?:annual|annually|per year|each year|per annum|yearly|anniversary|every (?:12|twelve) months|once (?:in any|per|each) 12[- ]month)").captures(&p))
        .or_else(|| re!(r"\b(?:annual|yearly|anniversary) (?:price |rate |fee )?(?:increase|escalat\w*|adjustment|uplift)\b[^.]{0,80}?(\d{1,2}(?:\.\d+)?)%").captures(&p))
        .or_else(|| re!(r"\b(?:escalat\w*|uplift)\b[^.]{0,60}?(\d{1,2}(?:\.\d+)?)%").captures(&p));
    if let Some(c) = escalator
        && let Some(pct) = number(&c, 1)
    {
        cx.hit(
            i,
            "pricing.escalator_percent",
            AnswerValue::Percent(pct),
            "price.escalator",
        );
        cx.hit_with(
            i,
            "pricing.price_locked",
            AnswerValue::YesNo(YesNo::No),
            "price.escalator",
            6,
            String::new(),
        );
        return;
    }
    if re!(r"\b(?:prices?|rates?|monthly (?:recurring )?charges?|fees)\b[^.]{0,80}\b(?:fixed|locked|guaranteed|will not (?:increase|change)|shall not (?:increase|change)|(?:are|is|remain) firm)\b[^.]{0,80}\b(?:term|contract)|\bprice lock").is_match(&p)
        && !re!(r"\bexcept|\bunless|\bother than").is_match(&re!(r"\bexcept (?:for )?(?:applicable )?(?:taxes|government|regulatory)").replace_all(&p, ""))
    {
        cx.hit(i, "pricing.price_locked", AnswerValue::YesNo(YesNo::Yes), "price.locked");
        cx.hit_with(i, "pricing.escalator_percent", AnswerValue::Percent(0.0), "price.locked", 6, String::new());
    }
}

fn change_notice(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    let c = re!(r"\b(?:change|modif\w*|amend\w*|increase|update|revis\w*)\b[^.]{0,140}?\b(\d{1,3}) (?:calendar )?days'?s?'? (?:(?:prior|advance|advanced|written)[ ,]+)*notice")
        .captures(&p)
        .and_then(|c| whole(&c, 1))
    .or_else(|| {
        let r = re!(r"\b(\d{1,3}) (?:calendar )?days'?s?'? (?:(?:prior|advance|advanced|written)[ ,]+)*notice[^.]{0,80}?\b(?:of|before|prior to) (?:any |such )?(?:change|modif|amend|increase|update|revis)");
        r.captures(&p).and_then(|c| whole(&c, 1))
    });
    if let Some(days) = c
        && !p.contains("maintenance")
        && !re!(r"non-?renewal|\bterminat|\bcancel").is_match(&p)
    {
        cx.hit(
            i,
            "upgrades.advance_notice_days",
            AnswerValue::Days(days),
            "changes.advance_notice",
        );
    }
}

// ---------------------------------------------------------------- SLA

fn uptime(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    let context = cx.with_headings(i);
    if !re!(r"availab|uptime|up-time|service level").is_match(&context) {
        return;
    }
    if re!(r"\bbelow\b|\bless than\b|\bunder\b|\bfalls?\b|<|\bcredit").is_match(&p)
        || cx.units[i].is_row
    {
        return;
    }
    let Some(c) = re!(r"\b(9\d(?:\.\d{1,4})?|100(?:\.0+)?)%").captures(&p) else {
        return;
    };
    if !re!(r"availab|uptime|up-time").is_match(&p) {
        return;
    }
    let Some(pct) = number(&c, 1) else { return };
    cx.hit(
        i,
        "sla.uptime_percent",
        AnswerValue::Percent(pct),
        "sla.uptime",
    );
    cx.hit_with(
        i,
        "sla.has_sla",
        AnswerValue::YesNo(YesNo::Yes),
        "sla.uptime",
        6,
        String::new(),
    );
    let window = if re!(r"\bquarter").is_match(&p) {
        Some("quarter")
    } else if re!(r"\b(?:calendar|each|per|every|in a|any|billing) month|\bmonthly\b|\bmonth\b")
        .is_match(&p)
    {
        Some("month")
    } else if re!(r"\b(?:calendar|contract|per|each) year|\bannual").is_match(&p) {
        Some("year")
    } else {
        None
    };
    if let Some(w) = window {
        cx.hit(
            i,
            "sla.measurement_window",
            AnswerValue::Choice(w.into()),
            "sla.measurement_window",
        );
    }
}

fn credit_context(cx: &Ctx, i: usize) -> bool {
    let near = i.saturating_sub(3)..i;
    cx.with_headings(i).contains("credit") || near.clone().any(|j| cx.plain[j].contains("credit"))
}

/// The credit tiers in one unit: below `below` % uptime, `credit` % of the monthly charge. A
/// table row holds one; a sentence can hold several, one per clause.
fn tiers_in(cx: &Ctx, i: usize) -> Vec<(f64, f64)> {
    if !credit_context(cx, i) {
        return Vec::new();
    }
    cx.plain[i].split(';').filter_map(tier).collect()
}

fn tier(p: &str) -> Option<(f64, f64)> {
    let percents: Vec<f64> = re!(r"(\d{1,3}(?:\.\d{1,4})?)\s*%")
        .captures_iter(p)
        .filter_map(|c| number(&c, 1))
        .collect();
    if percents.len() < 2 {
        return None;
    }
    let credit = *percents.last()?;
    let availability: Vec<f64> = percents[..percents.len() - 1]
        .iter()
        .copied()
        .filter(|v| (80.0..=100.0).contains(v))
        .collect();
    if availability.is_empty() || credit > 100.0 {
        return None;
    }
    // "less than 99.9%", "< 99.9%", "below 99.9%": that threshold. A range "99.5% - 99.89%":
    // the upper end, rounded up to the next step (99.89 → 99.9).
    let below = if let Some(c) =
        re!(r"(?:less than|below|under|<)\s*(\d{2,3}(?:\.\d{1,4})?)\s*%").captures(p)
    {
        number(&c, 1)?
    } else {
        let high = availability.iter().copied().fold(f64::MIN, f64::max);
        let text = format!("{high}");
        let decimals = text.split_once('.').map_or(0, |(_, d)| d.len()) as i32;
        let scale = 10f64.powi(decimals);
        ((high * scale).round() + 1.0) / scale
    };
    Some((below, credit))
}

fn credit_terms(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    if !credit_context(cx, i) && !p.contains("credit") {
        return;
    }
    if let Some(c) = re!(r"\bcredits?\b[^.]{0,160}?\b(?:shall not|will not|may not|not to|in no event)\b[^.]{0,30}?\bexceed\b[^.]{0,20}?(\d{1,3})%|\bin no event\b[^.]{0,60}\bcredits?\b[^.]{0,60}\bexceed\b[^.]{0,20}?(\d{1,3})%|\b(?:maximum|total|aggregate) (?:monthly )?(?:service )?credits?\b[^.]{0,80}?(?:is|are|of|shall be|will be|:)\s*(?:limited to |capped at )?(\d{1,3})%|\bcredits?\b[^.]{0,80}?\b(?:capped at|limited to|up to a maximum of)\s*(\d{1,3})%").captures(&p)
        && let Some(pct) = (1..=4).find_map(|g| number(&c, g))
        && pct <= 100.0
    {
        cx.hit(i, "sla.credit_cap_percent", AnswerValue::Percent(pct), "credits.cap");
    }
    if let Some(c) = re!(r"\b(?:request|claim|submit|apply for|notify)\w*\b[^.]{0,140}?\bwithin (\d{1,3}) (?:calendar |business )?days\b").captures(&p)
        .or_else(|| re!(r"\bwithin (\d{1,3}) (?:calendar |business )?days\b[^.]{0,140}?\b(?:request|claim|submit)").captures(&p))
        && p.contains("credit")
        && let Some(days) = whole(&c, 1)
    {
        let note = if c[0].contains("business days") {
            "Business days: about 1.4 calendar days each.".to_owned()
        } else {
            String::new()
        };
        cx.hit_with(i, "sla.claim_window_days", AnswerValue::Days(days), "credits.claim_window", 5, note);
    }
}

fn credits_offered(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    if re!(r"\b(?:do|does|will|shall) not (?:offer|provide|issue|give|pay) (?:any )?(?:service )?credits|\bno (?:service )?credits (?:are|will be) (?:offered|provided|given|issued)").is_match(&p) {
        cx.hit(i, "sla.credits_offered", AnswerValue::YesNo(YesNo::No), "credits.none");
    } else if re!(r"\b(?:receive|entitled to|eligible for|issue|earn)s? (?:a |to )?(?:service )?credits?\b[^.]{0,80}\d+%|\bcredit (?:of|equal to) \d+%").is_match(&p)
        && !re!(r"\bif (?:provider|we) (?:choose|elect)|\bsole discretion").is_match(&p)
    {
        cx.hit_with(i, "sla.credits_offered", AnswerValue::YesNo(YesNo::Yes), "credits.offered", 6, String::new());
    }
}

fn exclusions(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    let heads = &cx.units[i].headings;
    let about = re!(r"availab|uptime|downtime|service level|\bsla\b").is_match(heads)
        || re!(r"downtime|unavailab|outage|availability (?:commitment|guarantee|target)|uptime")
            .is_match(&p);
    if !about || p.contains("support") {
        return;
    }
    if !re!(r"\bexclud|\bshall not (?:include|apply|count)|\bwill not (?:include|apply|count|be (?:counted|considered))|\bnot (?:be )?(?:considered|counted as) (?:downtime|unavailab|an outage)|\bdo(?:es)? not (?:include|apply|count)").is_match(&p) {
        return;
    }
    let unit = &cx.units[i];
    let mut text = unit.text.clone();
    // "…the following: " then a list of bullets: quote the list too.
    if text.trim_end().ends_with(':') {
        let mut items = Vec::new();
        for next in cx.units.iter().skip(i + 1).take(12) {
            if next.document != unit.document || next.section != unit.section {
                break;
            }
            let t = next.text.trim();
            if !(t.starts_with(['•', '-', '–', '*', '('])
                || re!(r"^[a-z]\)|^\([a-z0-9ivx]+\)").is_match(t))
            {
                break;
            }
            items.push(t.trim_start_matches(['•', '-', '–', '*', ' ']).to_owned());
        }
        if !items.is_empty() {
            text = format!("{} {}", text, items.join("; "));
        }
    }
    cx.hit(
        i,
        "sla.exclusions",
        AnswerValue::Text(clip(&text, 1500)),
        "sla.exclusions",
    );
}

fn maintenance(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    if !p.contains("maintenance") {
        return;
    }
    if let Some(c) = re!(r"\b(\d{1,3}(?:\.\d+)?) hours?\b[^.]{0,30}?\b(?:per|each|in any|in a|a|every) (?:calendar )?(month|week)\b").captures(&p)
        && let Some(hours) = number(&c, 1)
    {
        if &c[2] == "month" {
            cx.hit(i, "sla.maintenance_excluded_hours", AnswerValue::Decimal(hours), "sla.maintenance_per_month");
        } else {
            cx.hit_with(i, "sla.maintenance_excluded_hours", AnswerValue::Decimal(hours * 5.0), "sla.maintenance_per_week", 5,
                format!("{hours} hours a week: up to {} hours in a month with five such weeks.", hours * 5.0));
        }
    }
}

fn call_quality(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    if re!(r"\bmos\b|mean opinion score|\bjitter\b|packet loss|\blatency\b").is_match(&p)
        && re!(r"\d").is_match(&p)
        && re!(r"\b(?:will|shall) (?:maintain|not exceed|be (?:at least|no more|less))|\bguarantee|\bcommit|\btarget").is_match(&p)
        && !re!(r"\bno (?:guarantee|commitment)|\bdoes not (?:guarantee|commit)|\bnot (?:guaranteed|covered)").is_match(&p)
    {
        cx.hit(i, "sla.call_quality_commitment", AnswerValue::YesNo(YesNo::Yes), "sla.call_quality");
    }
}

// ---------------------------------------------------------------- support

fn severity(p: &str) -> Option<u8> {
    let c = re!(r"^(?:\|\s*)?(?:(?:severity|priority|sev|level|p|s)\s*-?\s*([1-4])\b|(?:severity|priority|level) (1|2|3|4|i{1,3}|iv)\b|(critical|urgent|emergency|high|major|medium|normal|moderate|minor|low))").captures(p)?;
    if let Some(n) = c.get(1).or(c.get(2)) {
        return match n.as_str() {
            "1" | "i" => Some(1),
            "2" | "ii" => Some(2),
            "3" | "iii" => Some(3),
            "4" | "iv" => Some(4),
            _ => None,
        };
    }
    match c.get(3)?.as_str() {
        "critical" | "urgent" | "emergency" => Some(1),
        "high" | "major" => Some(2),
        "medium" | "normal" | "moderate" | "minor" => Some(3),
        _ => Some(4),
    }
}

/// "(Priority 1)" inside a sentence: the level when the sentence names only one.
fn sentence_severity(p: &str) -> Option<u8> {
    if re!(r"\b(?:critical|emergency|urgent) (?:outages?|issues?|incidents?|faults?|tickets?|problems?)\b").is_match(p)
        && !re!(r"\b(?:severity|priority) [2-4]|\b(?:non-critical|all other|other requests)").is_match(p)
    {
        return Some(1);
    }
    let levels: Vec<u8> =
        re!(r"\((?:severity|priority|sev|p) ?-?([1-4])\)|\b(?:severity|priority) ([1-4])\b")
            .captures_iter(p)
            .filter_map(|c| c.get(1).or(c.get(2))?.as_str().parse().ok())
            .collect();
    let first = *levels.first()?;
    levels.iter().all(|&l| l == first).then_some(first)
}

fn support(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    let context = cx.with_headings(i);
    let about =
        re!(r"support|response|respond|severity|priority|trouble|incident|resolution|restor")
            .is_match(&context);
    if !about {
        return;
    }
    let level = if cx.units[i].is_row {
        severity(&p)
    } else {
        severity(&p).or_else(|| sentence_severity(&p))
    };
    if let Some(level) = level {
        let durations: Vec<(i64, usize)> = re!(r"(\d{1,3}(?:\.\d+)?) ?(minutes?|mins?|hours?|hrs?|business hours?|calendar days?|days?)\b")
            .captures_iter(&p)
            .filter_map(|c| Some((minutes(number(&c, 1)?, &c[2])?, c.get(0)?.start())))
            .collect();
        // Which column is which: the table's heading row, or words in the sentence.
        let header = (i.saturating_sub(6)..i).rev().find_map(|j| {
            let h = &cx.plain[j];
            (h.contains("response") || h.contains("resolution") || h.contains("restor"))
                .then_some(h.clone())
        });
        let (response_first, has_resolution) = match &header {
            Some(h) if cx.units[i].is_row => {
                let r = h.find("respon");
                let s = h
                    .find("resol")
                    .or_else(|| h.find("restor"))
                    .or_else(|| h.find("repair"));
                match (r, s) {
                    (Some(r), Some(s)) => (r < s, true),
                    (Some(_), None) => (true, false),
                    (None, Some(_)) => (false, true),
                    _ => (true, false),
                }
            }
            _ => {
                let r = p.find("respon");
                let s = p.find("resol").or_else(|| p.find("restor"));
                match (r, s) {
                    (Some(r), Some(s)) => (r < s, true),
                    (None, Some(_)) => (false, true),
                    _ => (true, false),
                }
            }
        };
        let (response, resolution) = match durations.as_slice() {
            [] => (None, None),
            [one] => {
                if response_first {
                    (Some(one.0), None)
                } else {
                    (None, Some(one.0))
                }
            }
            [a, b, ..] => {
                if !has_resolution {
                    (Some(a.0), None)
                } else if response_first {
                    (Some(a.0), Some(b.0))
                } else {
                    (Some(b.0), Some(a.0))
                }
            }
        };
        let (response_q, resolution_q) = match level {
            1 => (
                "support.critical_response_minutes",
                "support.p1_resolution_hours",
            ),
            2 => ("support.p2_response_minutes", "support.p2_resolution_hours"),
            3 => ("support.p3_response_minutes", "support.p3_resolution_hours"),
            _ => ("support.p4_response_minutes", "support.p4_resolution_hours"),
        };
        if let Some(m) = response {
            cx.hit(
                i,
                response_q,
                AnswerValue::Integer(m),
                "support.response_by_severity",
            );
        }
        if let Some(m) = resolution
            && m % 60 == 0
        {
            cx.hit(
                i,
                resolution_q,
                AnswerValue::Integer(m / 60),
                "support.resolution_by_severity",
            );
        }
    }
    if re!(r"\bsupport\b|help ?desk|customer care|technical assistance|\bnoc\b|customer service")
        .is_match(&p)
        && !re!(r"\bmonitor").is_match(&p)
    {
        let all_hours = re!(r"24 ?(?:/|x|×) ?7|24 hours (?:a|per) day,? 7 days (?:a|per) week|around the clock|24/7/365").is_match(&p);
        let office = re!(r"\bmonday\b ?(?:through|to|-) ?\bfriday\b|\bmon\.? ?(?:-|to|through) ?fri\b|\bbusiness hours\b").is_match(&p);
        if all_hours && !office {
            cx.hit(
                i,
                "support.hours",
                AnswerValue::Choice("24x7".into()),
                "support.hours_24x7",
            );
        } else if office
            && !all_hours
            && !re!(r"\bsaturday|\bsunday|\bweekend|\bevening").is_match(&p)
        {
            cx.hit(
                i,
                "support.hours",
                AnswerValue::Choice("business_hours".into()),
                "support.business_hours",
            );
        }
    }
}

// ---------------------------------------------------------------- warranty

fn warranty(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    let context = cx.with_headings(i);
    let hardware =
        re!(r"equipment|device|hardware|phone|handset|adapter|\bata\b|product").is_match(&context);
    if !hardware {
        return;
    }
    if re!(r"\bdead on arrival|\bdoa\b|\bdamaged (?:in (?:shipping|transit)|on arrival|upon (?:delivery|receipt))|\bdefective (?:on|upon) (?:arrival|delivery|receipt)").is_match(&p)
        && let Some(c) = re!(r"\bwithin (\d{1,3}) (?:calendar |business )?days? (?:of|after|from|following) (?:the )?(?:delivery|receipt|shipment|arrival)").captures(&p)
        && let Some(days) = whole(&c, 1)
    {
        cx.hit(i, "warranty.doa_window_days", AnswerValue::Days(days), "warranty.doa_window");
    } else if p.contains("warrant")
        && !re!(r"\bdisclaim|\bno warrant|\bas is\b|\bwarranty of merchantab|\bservices? (?:will|shall) be").is_match(&p)
        && let Some(c) = re!(r"\bwarrant\w*\b[^.]{0,160}?\b(?:for (?:a period of )?|of )(\d{1,3})[ -](months?|years?|days?)\b").captures(&p)
            .or_else(|| re!(r"\b(\d{1,3})[ -](months?|years?|days?)\b[^.]{0,30}?\b(?:limited )?(?:manufacturer'?s? )?warranty").captures(&p))
            .or_else(|| re!(r"\bwarranty(?: period)?:\s*(\d{1,3})[ -](months?|years?|days?)\b").captures(&p))
        && let Some(n) = whole(&c, 1)
    {
        let months = if c[2].starts_with("day") {
            (n % 30 == 0).then_some(n / 30).or((n % 365 == 0).then_some(n / 365 * 12))
        } else {
            months_of(n, &c[2])
        };
        if let Some(m) = months.filter(|m| (1..=120).contains(m)) {
            cx.hit(i, "warranty.length_months", AnswerValue::Months(m), "warranty.length");
        }
    }
    if re!(r"\badvance(?:d)? (?:replacement|exchange)").is_match(&p) {
        let no = re!(
            r"\b(?:not|no|does not|do not|without) (?:offer |provide |include )?(?:an )?advance"
        )
        .is_match(&p);
        cx.hit(
            i,
            "warranty.advance_replacement",
            AnswerValue::YesNo(if no { YesNo::No } else { YesNo::Yes }),
            "warranty.advance_replacement",
        );
    }
    if let Some(c) = re!(r"\b(?:ship|send|provide|deliver)\w* (?:a |the )?replacement\b[^.]{0,80}?\bwithin (\d{1,3}) (?:business |calendar )?days?|\breplacement (?:unit|device|phone|equipment)?\s?(?:will|shall) be (?:shipped|sent|delivered|dispatched)[^.]{0,30}?\bwithin (\d{1,3}) (?:business |calendar )?days?").captures(&p)
        && let Some(days) = whole(&c, 1).or_else(|| whole(&c, 2))
    {
        cx.hit(i, "warranty.turnaround_days", AnswerValue::Days(days), "warranty.turnaround");
    }
    if re!(r"\bship|\breturn|\bfreight").is_match(&p)
        && (p.contains("warrant")
            || p.contains("replace")
            || p.contains("rma")
            || p.contains("defective"))
    {
        if re!(r"\bcustomer (?:is|shall be|will be) responsible for[^.]{0,60}(?:shipping|freight|return)|\bat (?:the )?customer'?s? (?:own )?(?:expense|cost)|\bcustomer (?:pays|shall pay|must pay)[^.]{0,40}(?:shipping|freight)").is_match(&p) {
            cx.hit(i, "warranty.shipping_paid_by", AnswerValue::Choice("customer".into()), "warranty.customer_pays_shipping");
        } else if re!(r"\bprepaid (?:return |shipping )*label|\bat (?:the )?provider'?s? (?:own )?(?:expense|cost)|\bprovider (?:pays|will pay|shall pay|covers)[^.]{0,40}(?:shipping|freight)|\bfree (?:return )?shipping").is_match(&p) {
            cx.hit(i, "warranty.shipping_paid_by", AnswerValue::Choice("provider".into()), "warranty.provider_pays_shipping");
        }
    }
}

// ---------------------------------------------------------------- upfront charges

fn upfront(cx: &mut Ctx, i: usize) {
    let p = cx.plain[i].clone();
    if p.contains("terminat")
        || p.contains("port-out")
        || p.contains("port out")
        || p.contains("per month")
        || p.contains("monthly")
        || p.contains("/mo")
    {
        return;
    }
    if re!(r"\bto be determined\b|\btbd\b").is_match(&p) {
        cx.hit(
            i,
            "upfront.tbd_fees",
            AnswerValue::YesNo(YesNo::Yes),
            "upfront.tbd",
        );
    }
    let money = all_money(&p);
    let Some(&last) = money.last() else { return };
    let waived = p.contains("waived");
    let value = |amount: i64| usd(if waived { 0 } else { amount });
    let fee = |pattern: &Regex| pattern.is_match(&p);
    if fee(re!(
        r"\b(?:setup|set-up|set up|activation|account setup) (?:fee|charge)|^(?:\| ?)?(?:one-time )?(?:setup|activation)\b"
    )) {
        cx.hit(i, "upfront.setup_fee", value(last), "upfront.setup_fee");
    } else if fee(re!(
        r"\b(?:installation|onboarding|implementation|professional services)\b"
    )) && !p.contains("training")
    {
        cx.hit(
            i,
            "upfront.installation_fee",
            value(last),
            "upfront.installation",
        );
    } else if fee(re!(r"\btraining\b")) {
        cx.hit(i, "upfront.training_fee", value(last), "upfront.training");
    } else if fee(re!(r"\b(?:number porting|porting fee|port-in|lnp)\b")) {
        cx.hit(i, "upfront.porting_fee", value(last), "upfront.porting");
    } else if fee(re!(r"\b(?:shipping|freight)\b"))
        && !p.contains("warrant")
        && !p.contains("return")
    {
        cx.hit(i, "upfront.shipping", value(last), "upfront.shipping");
    } else if fee(re!(r"\bdeposit\b")) {
        cx.hit(i, "upfront.deposit", value(last), "upfront.deposit");
    } else if cx.units[i].is_row
        && fee(re!(
            r"\b(?:desk phone|ip phone|phone|handset|yealink|poly|polycom|cisco|grandstream|ata\b|adapter|headset|conference phone)"
        ))
        && !p.contains("lease")
        && !p.contains("rental")
    {
        // Quantity: a cell holding only a number, "25 @ $129", "x 12"; never a model number.
        let text = re!(r"(?:us)?\$\s?[\d,]+(?:\.\d+)?").replace_all(&p, " ");
        let qty = re!(r"\|\s*(\d{1,4})\s*(?:\||$)")
            .captures(&text)
            .or_else(|| re!(r"(?:^|\s|:)(\d{1,4})\s*(?:@|×|x\s)").captures(&text))
            .or_else(|| re!(r"\b(?:qty|quantity)\W{0,3}(\d{1,4})\b").captures(&text))
            .and_then(|c| whole(&c, 1));
        if let Some(q) = qty
            && q > 0
        {
            cx.hit_with(
                i,
                "upfront.phones_count",
                AnswerValue::Integer(q),
                "upfront.phones",
                5,
                String::new(),
            );
            if let Some(&unit) = money.first() {
                cx.hit(i, "upfront.phone_unit_price", usd(unit), "upfront.phones");
            }
        }
    }
}

// ---------------------------------------------------------------- referrals

fn referral(cx: &Ctx, i: usize) -> Option<(&'static str, &'static str, String)> {
    let p = &cx.plain[i];
    let target = re!(r"\b(?:as (?:set out|set forth|specified|stated|described|defined|provided|listed|shown) in|in accordance with|pursuant to|according to|under) (?:the |each |any |an |its )?(?:applicable )?(order form|service order|sales order|quote|schedule [a-z0-9]{1,3}|exhibit [a-z0-9]{1,3}|attachment [a-z0-9]{1,3}|service level agreement|sla|price list|rate card|pricing schedule)").captures(p)?;
    let target = format!("the {}", title_case(&target[1]));
    let topics: [(&str, &str, &Regex); 6] = [
        (
            "cancellation",
            "early-termination fee",
            re!(r"early termination|termination (?:fee|charge)|cancellation fee"),
        ),
        (
            "cancellation",
            "notice period",
            re!(
                r"notice[^.]{0,60}(?:terminat|renew|cancel)|(?:terminat|renew|cancel)[^.]{0,60}notice"
            ),
        ),
        (
            "cancellation",
            "contract term",
            re!(r"\b(?:initial|service) term\b"),
        ),
        (
            "sla",
            "uptime commitment and credits",
            re!(r"availability|uptime|service credit"),
        ),
        (
            "pricing",
            "prices and increases",
            re!(r"\b(?:prices?|rates?|charges|fees)\b[^.]{0,40}(?:increase|change|adjust)"),
        ),
        (
            "support",
            "support response times",
            re!(r"response time|support level"),
        ),
    ];
    // A figure in the same sentence means it does not depend on the other document.
    let without_references = re!(r"^\(?\d+(?:\.\d+)*\)?\.?\s|schedule [a-z0-9]+|exhibit [a-z0-9]+|attachment [a-z0-9]+|section [\d.]+|§ ?[\d.]+")
        .replace_all(p, "");
    if re!(r"\d").is_match(&without_references) {
        return None;
    }
    topics
        .iter()
        .find(|(_, _, r)| r.is_match(p))
        .map(|(area, topic, _)| (*area, *topic, target))
}

fn title_case(text: &str) -> String {
    text.split(' ')
        .map(|w| {
            if w.len() <= 3
                && w.chars().all(|c| c.is_ascii_alphanumeric())
                && w != "sla"
                && w.chars().any(|c| c.is_ascii_digit() || w.len() == 1)
            {
                w.to_uppercase()
            } else if w == "sla" {
                "SLA".to_owned()
            } else {
                let mut c = w.chars();
                c.next().map_or_else(String::new, |f| {
                    f.to_uppercase().collect::<String>() + c.as_str()
                })
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max - 1).collect();
    format!("{}…", cut.trim_end())
}

/// The order the finder's suggestions are listed in: the template's.
fn order(question: &str) -> (usize, usize) {
    if question == TERM_FIELD {
        return (0, 0);
    }
    let t = template();
    for (a, area) in t.areas.iter().enumerate() {
        if let Some(q) = area.questions.iter().position(|q| q.id == question) {
            return (a, q + 1);
        }
    }
    (usize::MAX, 0)
}

/// Runs every rule over the units; returns the passages used, the suggestions (one per
/// question, the best hit) and the referrals.
pub fn find(
    documents: &[ContractDocument],
    units: &[Unit],
) -> (Vec<Passage>, Vec<Suggestion>, Vec<Referral>) {
    let mut cx = Ctx {
        units,
        plain: units.iter().map(|u| plain(&u.text)).collect(),
        hits: Vec::new(),
    };
    let rules: [fn(&mut Ctx, usize); 20] = [
        credits_offered,
        term,
        renewal,
        notice,
        notice_method,
        etf,
        exit_for_cause,
        walkaway,
        porting_out,
        data_export,
        pricing,
        change_notice,
        uptime,
        credit_terms,
        exclusions,
        maintenance,
        call_quality,
        support,
        warranty,
        upfront,
    ];
    for i in 0..units.len() {
        for rule in rules {
            rule(&mut cx, i);
        }
    }
    // Credit tiers: every row of the credit table, highest threshold first.
    let mut tiers: Vec<(f64, f64, usize)> = Vec::new();
    for i in 0..units.len() {
        for (below, credit) in tiers_in(&cx, i) {
            if !tiers.iter().any(|t| t.0 == below) {
                tiers.push((below, credit, i));
            }
        }
    }
    tiers.sort_by(|a, b| b.0.total_cmp(&a.0));
    let tier_questions = [
        (
            "sla.credit_tier1_below_percent",
            "sla.credit_tier1_credit_percent",
        ),
        (
            "sla.credit_tier2_below_percent",
            "sla.credit_tier2_credit_percent",
        ),
        (
            "sla.credit_tier3_below_percent",
            "sla.credit_tier3_credit_percent",
        ),
    ];
    for ((below_q, credit_q), (below, credit, i)) in tier_questions.iter().zip(&tiers) {
        cx.hit(
            *i,
            below_q,
            AnswerValue::Percent(*below),
            "credits.tier_row",
        );
        cx.hit(
            *i,
            credit_q,
            AnswerValue::Percent(*credit),
            "credits.tier_row",
        );
    }
    if let Some(first) = tiers.first() {
        let text = tiers
            .iter()
            .map(|(b, c, _)| format!("below {b} % – {c} % of the monthly charge"))
            .collect::<Vec<_>>()
            .join("; ");
        cx.hit(
            first.2,
            "sla.credit_tiers",
            AnswerValue::Text(text),
            "credits.tier_row",
        );
        cx.hit(
            first.2,
            "sla.credits_offered",
            AnswerValue::YesNo(YesNo::Yes),
            "credits.tier_row",
        );
        cx.hit_with(
            first.2,
            "sla.has_sla",
            AnswerValue::YesNo(YesNo::Yes),
            "credits.tier_row",
            7,
            String::new(),
        );
    }

    // The best hit per question.
    let mut best: BTreeMap<&'static str, usize> = BTreeMap::new();
    for (h, hit) in cx.hits.iter().enumerate() {
        let better = match best.get(hit.question) {
            None => true,
            Some(&b) => (hit.priority, hit.unit) < (cx.hits[b].priority, cx.hits[b].unit),
        };
        if better {
            best.insert(hit.question, h);
        }
    }
    // Whole months are asked in months; the days question stays empty then, and vice versa.
    if let (Some(&d), Some(&m)) = (
        best.get("cancellation.notice_days"),
        best.get("cancellation.notice_months"),
    ) {
        let (dh, mh) = (&cx.hits[d], &cx.hits[m]);
        if (mh.priority, mh.unit) < (dh.priority, dh.unit) {
            best.remove("cancellation.notice_days");
        } else {
            best.remove("cancellation.notice_months");
        }
    }

    let mut passage_of: BTreeMap<usize, u32> = BTreeMap::new();
    let mut chosen: Vec<&Hit> = best.values().map(|&h| &cx.hits[h]).collect();
    chosen.sort_by_key(|h| order(h.question));
    let mut referral_units: Vec<(usize, &'static str, &'static str, String)> = Vec::new();
    for i in 0..units.len() {
        if let Some((area, topic, target)) = referral(&cx, i) {
            referral_units.push((i, area, topic, target));
        }
    }
    let mut used: Vec<usize> = chosen
        .iter()
        .map(|h| h.unit)
        .chain(referral_units.iter().map(|r| r.0))
        .collect();
    used.sort_unstable();
    used.dedup();
    let mut passages = Vec::new();
    for (n, &u) in used.iter().enumerate() {
        let number = n as u32 + 1;
        passage_of.insert(u, number);
        passages.push(Passage {
            number,
            location: units[u].location(documents),
            quote: units[u].text.clone(),
        });
    }
    let t = template();
    let suggestions = chosen
        .into_iter()
        .map(|hit| {
            let (area_id, label, shown) = if hit.question == TERM_FIELD {
                let shown = match hit.value {
                    AnswerValue::Months(m) => crate::wording::count(m, "month", "months"),
                    _ => String::new(),
                };
                ("cancellation".to_owned(), "Contract term".to_owned(), shown)
            } else {
                let (area, q) = t
                    .question(hit.question)
                    .expect("the finder's questions are in the template");
                (
                    area.id.clone(),
                    q.label.clone(),
                    crate::display::answer(q, &hit.value),
                )
            };
            let unit = &units[hit.unit];
            Suggestion {
                question_id: hit.question.to_owned(),
                area_id,
                label,
                shown,
                value: hit.value.clone(),
                passage: passage_of[&hit.unit],
                quote: unit.text.clone(),
                location: unit.location(documents),
                rule: hit.rule.to_owned(),
                note: hit.note.clone(),
            }
        })
        .collect();
    let referrals = referral_units
        .into_iter()
        .map(|(i, area, topic, target)| Referral {
            area_id: area.to_owned(),
            topic: topic.to_owned(),
            target,
            passage: passage_of[&i],
            quote: units[i].text.clone(),
            location: units[i].location(documents),
        })
        .collect();
    (passages, suggestions, referrals)
}
