//! Questions to put to the provider: every "not sure" answer, and every key answer still
//! missing, worded as a question the provider can answer in writing. Questions the template
//! marks as the owner's (their own business, checks before signing) are kept apart: a "to check
//! yourself" list that never goes into the text sent to the provider.

use super::answers::Answers;
use crate::i18n::{Arg, Lang, msg, text_with};
use crate::model::{Review, YesNo};
#[cfg(test)]
use crate::template::template;
use crate::template::{AskedOf, QuestionKind};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum QuestionSource {
    /// The reviewer answered "not sure".
    NotSure,
    /// A key answer is missing.
    Missing,
}

/// An open question: one for the provider, or (in the owner's list) a check the owner makes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProviderQuestion {
    pub area_id: String,
    pub area_title: String,
    pub question_id: String,
    pub question: String,
    pub source: QuestionSource,
}

/// When a key question matters.
enum Only {
    Always,
    /// Only when this yes/no question is not answered "no".
    UnlessNo(&'static str),
    /// Only when this choice question has this answer.
    IfChoice(&'static str, &'static str),
    /// Only when this yes/no question is answered "yes".
    IfYes(&'static str),
    /// Only when this yes/no question is not answered "yes".
    UnlessYes(&'static str),
    /// Only when this yes/no question is answered "yes" or "not sure". Otherwise the question
    /// does not matter, so it is not asked even when answered "not sure".
    IfYesOrNotSure(&'static str),
    /// Only when this question has no answer (another way to give the same fact).
    Unanswered(&'static str),
    /// Only when every condition holds.
    All(&'static [Only]),
    /// Only when this choice question does not have this answer.
    UnlessChoice(&'static str, &'static str),
}

/// The answers the figures and the playbook need, as the provider would be asked for them.
const KEY_QUESTIONS: &[(&str, &str, Only)] = &[
    (
        "cancellation.etf_structure",
        "Could you set out in writing exactly how the early-termination fee is calculated if we leave before the end of the term?",
        Only::Always,
    ),
    (
        "cancellation.etf_fixed_amount",
        "What is the fixed early-termination fee?",
        Only::IfChoice("cancellation.etf_structure", "fixed"),
    ),
    (
        "cancellation.etf_percent",
        "What percentage of the remaining contract value is charged if we leave early?",
        Only::IfChoice("cancellation.etf_structure", "percent_remaining"),
    ),
    (
        "cancellation.sliding_year1_percent",
        "What does the sliding-scale termination fee charge in each contract year?",
        Only::IfChoice("cancellation.etf_structure", "sliding_scale"),
    ),
    (
        "cancellation.exit_for_cause",
        "Can we terminate without a fee if you repeatedly miss the SLA or have chronic outages?",
        Only::Always,
    ),
    (
        "cancellation.auto_renews",
        "Does the contract renew automatically at the end of the term?",
        Only::Always,
    ),
    (
        "cancellation.renewal_term_months",
        "For how long does the contract renew if we do not give notice?",
        Only::IfYes("cancellation.auto_renews"),
    ),
    (
        "cancellation.notice_days",
        "How much notice (in days or months) must we give to stop the renewal, and how must notice be sent?",
        Only::All(&[
            Only::UnlessNo("cancellation.auto_renews"),
            Only::Unanswered("cancellation.notice_months"),
        ]),
    ),
    (
        "cancellation.notice_counted_before",
        "Is the notice period counted back from the last day of the term or from the renewal date? What is the last day our notice can arrive?",
        Only::IfYesOrNotSure("cancellation.auto_renews"),
    ),
    (
        "upgrades.included_free",
        "Are new features and upgrades included at no extra charge during the term?",
        Only::Always,
    ),
    (
        "upgrades.critical_patch_hours",
        "Within how many hours of a critical security vulnerability becoming known do you fix it?",
        Only::Always,
    ),
    (
        "upgrades.advance_notice_days",
        "How many days' notice do you give before changing features, terms or prices?",
        Only::Always,
    ),
    (
        "pricing.price_locked",
        "Is the monthly price locked for the whole term?",
        Only::Always,
    ),
    (
        "pricing.escalator_percent",
        "By what percentage can the price rise each year?",
        Only::UnlessYes("pricing.price_locked"),
    ),
    (
        "pricing.reduce_seats",
        "Can we reduce the number of seats during the term, and at what notice?",
        Only::Always,
    ),
    (
        "pricing.taxes_included",
        "Are taxes and regulatory fees included in the quoted price? If not, what do they add?",
        Only::Always,
    ),
    (
        "sla.has_sla",
        "Is there a written service level agreement (SLA) in the contract?",
        Only::Always,
    ),
    (
        "sla.uptime_percent",
        "What uptime percentage do you guarantee in writing?",
        Only::UnlessNo("sla.has_sla"),
    ),
    (
        "sla.measurement_window",
        "Over what period is uptime measured: each month, quarter or year?",
        Only::UnlessNo("sla.has_sla"),
    ),
    (
        "sla.credits_offered",
        "What service credits do we receive when you miss the SLA?",
        Only::UnlessNo("sla.has_sla"),
    ),
    (
        "sla.claim_window_days",
        "Within how many days must we claim a service credit, and how?",
        Only::IfYes("sla.credits_offered"),
    ),
    (
        "support.hours",
        "What are your support hours for critical issues?",
        Only::Always,
    ),
    (
        "support.critical_response_minutes",
        "What is your guaranteed response time for a critical (system down) issue?",
        Only::Always,
    ),
    (
        "support.escalation_path",
        "What is the escalation path if first-line support cannot solve a problem?",
        Only::Always,
    ),
    (
        "support.p2_response_minutes",
        "What are your guaranteed response times for a major issue (P2), a minor issue (P3) and a question (P4)?",
        Only::Always,
    ),
    (
        "support.p1_resolution_hours",
        "Do you commit to a resolution (fix) time for each severity, P1 to P4, and what are they?",
        Only::Always,
    ),
    (
        "support.clock",
        "Do your response and resolution times run 24/7, or only in business hours (whose)?",
        Only::Always,
    ),
    (
        "support.clock_starts",
        "Does the response clock start when we log the ticket, or only when you acknowledge it?",
        Only::Always,
    ),
    (
        "support.response_credits",
        "What service credits do we receive when you miss a response time?",
        Only::Always,
    ),
    (
        "upfront.setup_fee",
        "What are all the one-time charges (setup, hardware, installation, porting, shipping), in writing?",
        Only::Always,
    ),
    (
        "bandwidth.codec",
        "Which voice codec do your phones use, so we can check our internet line?",
        Only::Always,
    ),
    (
        "warranty.hardware_mode",
        "Is the hardware bought, leased or our own?",
        Only::Always,
    ),
    (
        "warranty.length_months",
        "How long is the hardware warranty, and what does it cover?",
        Only::Always,
    ),
    (
        "warranty.doa_replaced",
        "Do you replace free of charge a phone that arrives damaged or dead, and within how many days of delivery must we report it?",
        Only::UnlessChoice("warranty.hardware_mode", "byod"),
    ),
];

/// The checks the owner makes before signing, worded as things to do; open until answered.
const OWNER_CHECKS: &[(&str, &str, Only)] = &[
    (
        "support.reference_check",
        "Ask the provider for two or three customers of your size, call one, and ask how fast real problems were answered and fixed.",
        Only::Always,
    ),
    (
        "support.test_ticket_minutes",
        "Send a test ticket (a simple question, ideally outside business hours) and note how long the first real reply takes.",
        Only::Always,
    ),
    (
        "support.reputation_check",
        "Read what review sites, forums and social media say about the provider's support: look for the same complaint again and again.",
        Only::Always,
    ),
    (
        "warranty.model_lookup",
        "Look up the phone model's own warranty on the maker's website, by SKU or product family, and compare it with the provider's.",
        Only::UnlessChoice("warranty.hardware_mode", "byod"),
    ),
];

/// The key questions in Simplified Chinese, by question id (the same ids as `KEY_QUESTIONS`).
const KEY_QUESTIONS_ZH: &[(&str, &str)] = &[
    (
        "cancellation.etf_structure",
        "如果我们在合同期限结束前解约，提前解约费具体如何计算？请书面说明。",
    ),
    ("cancellation.etf_fixed_amount", "固定的提前解约费是多少？"),
    (
        "cancellation.etf_percent",
        "提前解约时，按剩余合同金额的百分之多少收费？",
    ),
    (
        "cancellation.sliding_year1_percent",
        "按逐年递减比例收取的解约费，每个合同年度各收多少？",
    ),
    (
        "cancellation.exit_for_cause",
        "如果贵方多次达不到服务等级协议（SLA）或长期频繁断线，我们能否免费解约？",
    ),
    ("cancellation.auto_renews", "合同期限结束时是否会自动续约？"),
    (
        "cancellation.renewal_term_months",
        "如果我们没有发出通知，合同会续约多长时间？",
    ),
    (
        "cancellation.notice_days",
        "要停止续约，我们需要提前多久（天数或月数）通知？通知必须以什么方式发出？",
    ),
    (
        "cancellation.notice_counted_before",
        "提前通知期是从合同期限的最后一天倒数，还是从续约日倒数？我们的通知最晚哪一天必须送达？",
    ),
    (
        "upgrades.included_free",
        "合同期限内的新功能和升级是否免费提供？",
    ),
    (
        "upgrades.critical_patch_hours",
        "严重安全漏洞公开后，贵方会在多少小时内修复？",
    ),
    (
        "upgrades.advance_notice_days",
        "变更功能、条款或价格前，贵方会提前多少天通知？",
    ),
    ("pricing.price_locked", "月费在整个合同期限内是否锁定？"),
    ("pricing.escalator_percent", "价格每年最多上涨百分之多少？"),
    (
        "pricing.reduce_seats",
        "合同期限内能否减少座席？需要提前多久通知？",
    ),
    (
        "pricing.taxes_included",
        "报价是否包含税费和监管费用？如果不包含，会增加多少？",
    ),
    ("sla.has_sla", "合同中是否有书面的服务等级协议（SLA）？"),
    ("sla.uptime_percent", "贵方书面保证的可用性是百分之多少？"),
    (
        "sla.measurement_window",
        "可用性按什么周期计算：每月、每季度还是每年？",
    ),
    (
        "sla.credits_offered",
        "贵方达不到服务等级协议（SLA）时，我们能得到哪些服务积分？",
    ),
    (
        "sla.claim_window_days",
        "服务积分必须在多少天内申请？如何申请？",
    ),
    ("support.hours", "紧急问题的技术支持时间是怎样的？"),
    (
        "support.critical_response_minutes",
        "紧急问题（系统瘫痪）的保证响应时间是多少？",
    ),
    (
        "support.escalation_path",
        "如果一线技术支持解决不了问题，升级处理的渠道是什么？",
    ),
    (
        "support.p2_response_minutes",
        "重大问题（P2）、次要问题（P3）和一般咨询（P4）的保证响应时间分别是多少？",
    ),
    (
        "support.p1_resolution_hours",
        "贵方是否承诺P1到P4各严重级别的解决时间？分别是多少？",
    ),
    (
        "support.clock",
        "响应时间和解决时间是全天候（24/7）计算，还是只按工作时间（以哪方的工作时间为准）计算？",
    ),
    (
        "support.clock_starts",
        "响应计时是从我们提交工单时开始，还是从贵方确认工单时才开始？",
    ),
    (
        "support.response_credits",
        "贵方达不到响应时间时，我们能得到哪些服务积分？",
    ),
    (
        "upfront.setup_fee",
        "请书面列出所有一次性费用（开通、硬件、安装、号码携转、运费）。",
    ),
    (
        "bandwidth.codec",
        "贵方的话机使用哪种语音编解码器？我们需要据此检查自己的网络线路。",
    ),
    (
        "warranty.hardware_mode",
        "硬件是购买、租赁，还是使用我们自己的设备？",
    ),
    (
        "warranty.length_months",
        "硬件保修期多长？保修范围包括哪些？",
    ),
    (
        "warranty.doa_replaced",
        "到货时损坏或无法使用的话机是否免费更换？我们必须在到货后多少天内报告？",
    ),
];

/// The owner's checks in Simplified Chinese, by question id (the same ids as `OWNER_CHECKS`).
const OWNER_CHECKS_ZH: &[(&str, &str)] = &[
    (
        "support.reference_check",
        "请服务商提供两三家与您规模相当的客户，给其中一家打电话，问问实际出现问题时对方多快回复、多快解决。",
    ),
    (
        "support.test_ticket_minutes",
        "提交一张测试工单（一个简单的问题，最好在工作时间以外），记下第一次真正的回复用了多长时间。",
    ),
    (
        "support.reputation_check",
        "看看点评网站、论坛和社交媒体上对该服务商技术支持的评价：留意是否反复出现同样的投诉。",
    ),
    (
        "warranty.model_lookup",
        "在厂商网站上按SKU或产品系列查询该话机型号本身的保修，并与服务商提供的保修比较。",
    ),
];

/// The option id the owner's checks use for "not done yet".
const NOT_YET_OPTION: &str = "not_yet";

impl Only {
    fn applies(&self, a: &Answers) -> bool {
        match self {
            Only::Always => true,
            Only::UnlessNo(id) => !a.is_no(id),
            Only::IfChoice(id, choice) => a.choice(id) == Some(*choice),
            Only::IfYes(id) => a.is_yes(id),
            Only::UnlessYes(id) => !a.is_yes(id),
            Only::IfYesOrNotSure(id) => matches!(a.yes_no(id), Some(YesNo::Yes | YesNo::NotSure)),
            Only::Unanswered(id) => !a.is_answered(id),
            Only::All(conditions) => conditions.iter().all(|c| c.applies(a)),
            Only::UnlessChoice(id, choice) => a.choice(id) != Some(*choice),
        }
    }
}

/// The provider's question for `question_id`: the key-question wording when there is one,
/// else the template's label made into a question.
fn ask(question_id: &str, lang: Lang) -> Option<String> {
    let template = || crate::template::template_in(lang);
    if lang == Lang::ZhHans
        && let Some((_, text)) = KEY_QUESTIONS_ZH.iter().find(|(id, _)| *id == question_id)
    {
        return Some((*text).to_owned());
    }
    if let Some((_, text, _)) = KEY_QUESTIONS.iter().find(|(id, _, _)| *id == question_id) {
        return Some((*text).to_owned());
    }
    let (area, question) = template().question(question_id)?;
    let label = question.label.trim_end_matches(['?', '？']);
    let feature = matches!(
        (&question.kind, area.id.as_str()),
        (QuestionKind::Choice { .. }, "features")
    ) && question_id != "features.must_have";
    Some(match lang {
        Lang::En if feature => {
            format!("{label}: is it included in the plan, a paid add-on, or not available?")
        }
        Lang::En if question.label.ends_with('?') => question.label.clone(),
        Lang::En => format!("{label}?"),
        Lang::ZhHans if feature => format!("{label}：套餐是否包含？是需额外付费，还是不提供？"),
        Lang::ZhHans => format!("{label}？"),
    })
}

/// "Not sure" whether the contract renews itself, with a notice period longer than the
/// playbook's limit: the question names the notice, since missing it may lock in another term.
fn renewal_with_long_notice(
    a: &Answers,
    question_id: &str,
    source: QuestionSource,
    lang: Lang,
) -> Option<String> {
    if question_id != "cancellation.auto_renews" || source != QuestionSource::NotSure {
        return None;
    }
    // The notice as the contract gives it: days, or months (about 365/12 days each, the
    // playbook's span without a start date); with both entered, the longer one.
    let days = a
        .whole("cancellation.notice_days")
        .map(|d| (f64::from(d), d, false));
    let months = a
        .whole("cancellation.notice_months")
        .map(|m| ((f64::from(m) * 365.0 / 12.0).round(), m, true));
    let (_, amount, in_months) = days
        .into_iter()
        .chain(months)
        .filter(|(span, ..)| *span > super::playbook::LONG_NOTICE_DAYS)
        .max_by(|x, y| x.0.total_cmp(&y.0))?;
    if lang == Lang::ZhHans {
        let unit = if in_months { "个月" } else { "天" };
        return Some(format!(
            "合同要求提前{amount}{unit}通知：如果我们没有按时通知，合同是否会自动续约？续约多长时间？续约后我们能否免费解约？"
        ));
    }
    let notice = match (in_months, amount) {
        (true, 1) => "1 month's".to_owned(),
        (true, m) => format!("{m} months'"),
        (false, 1) => "1 day's".to_owned(),
        (false, d) => format!("{d} days'"),
    };
    Some(format!(
        "The contract asks for {notice} notice: does it renew automatically if we do not give that notice, for how long, and can we leave a renewed term without a fee?"
    ))
}

pub fn provider_questions(review: &Review) -> Vec<ProviderQuestion> {
    provider_questions_in(review, Lang::En)
}

/// [`provider_questions`] worded in `lang`.
pub fn provider_questions_in(review: &Review, lang: Lang) -> Vec<ProviderQuestion> {
    let a = Answers::new(review);
    // Titles and labels in `lang`; the ids and rules are the same in every language.
    let template = || crate::template::template_in(lang);
    let mut out = Vec::new();
    for area in &template().areas {
        // A question that does not apply is never asked; the owner's own are not the provider's.
        for question in template().applicable_questions(area, &review.answers) {
            if question.asked_of == AskedOf::Owner {
                continue;
            }
            let key = KEY_QUESTIONS.iter().find(|(id, _, _)| *id == question.id);
            let source = match review.answers.get(&question.id) {
                Some(value) if value.is_not_sure() => match key {
                    Some((_, _, only @ Only::IfYesOrNotSure(_))) if !only.applies(&a) => continue,
                    _ => QuestionSource::NotSure,
                },
                Some(_) => continue,
                None => match key {
                    Some((_, _, only)) if only.applies(&a) => QuestionSource::Missing,
                    _ => continue,
                },
            };
            let wording = renewal_with_long_notice(&a, &question.id, source, lang)
                .or_else(|| ask(&question.id, lang))
                .unwrap_or_else(|| question.label.clone());
            out.push(ProviderQuestion {
                area_id: area.id.clone(),
                area_title: area.title.clone(),
                question_id: question.id.clone(),
                question: wording,
                source,
            });
        }
    }
    out
}

/// What the owner still has to check: the before-signing checks not done yet, and every
/// owner's question answered "not sure". Never part of the provider's list or its text.
pub fn owner_checks(review: &Review) -> Vec<ProviderQuestion> {
    owner_checks_in(review, Lang::En)
}

/// [`owner_checks`] worded in `lang`.
pub fn owner_checks_in(review: &Review, lang: Lang) -> Vec<ProviderQuestion> {
    let a = Answers::new(review);
    let template = || crate::template::template_in(lang);
    let mut out = Vec::new();
    for area in &template().areas {
        for question in &area.questions {
            if question.asked_of != AskedOf::Owner {
                continue;
            }
            let check = OWNER_CHECKS.iter().find(|(id, _, _)| *id == question.id);
            let source = match review.answers.get(&question.id) {
                Some(value) if value.is_not_sure() => QuestionSource::NotSure,
                Some(crate::model::AnswerValue::Choice(c)) if c == NOT_YET_OPTION => {
                    QuestionSource::Missing
                }
                Some(_) => continue,
                None => match check {
                    Some((_, _, only)) if only.applies(&a) => QuestionSource::Missing,
                    _ => continue,
                },
            };
            out.push(ProviderQuestion {
                area_id: area.id.clone(),
                area_title: area.title.clone(),
                question_id: question.id.clone(),
                question: match OWNER_CHECKS_ZH.iter().find(|(id, _)| *id == question.id) {
                    Some((_, text)) if lang == Lang::ZhHans && check.is_some() => {
                        (*text).to_owned()
                    }
                    _ => check
                        .map_or_else(|| question.label.clone(), |(_, text, _)| (*text).to_owned()),
                },
                source,
            });
        }
    }
    out
}

/// The list as plain text, for the clipboard: grouped by area, numbered.
pub fn as_text(review: &Review, questions: &[ProviderQuestion]) -> String {
    as_text_in(review, questions, Lang::En)
}

/// [`as_text`] with its heading in `lang` (the questions are already worded in it).
pub fn as_text_in(review: &Review, questions: &[ProviderQuestion], lang: Lang) -> String {
    let plan = if review.context.plan.is_empty() {
        crate::i18n::text(lang, msg::INSIGHTS_QUESTIONS_PLAN_PROPOSED)
    } else {
        review.context.plan.clone()
    };
    let reference = if review.context.quote_reference.is_empty() {
        String::new()
    } else {
        text_with(
            lang,
            msg::INSIGHTS_QUESTIONS_REFERENCE,
            &[(
                "reference",
                Arg::from(review.context.quote_reference.clone()),
            )],
        )
    };
    let mut text = text_with(
        lang,
        msg::INSIGHTS_QUESTIONS_TITLE,
        &[
            ("provider", Arg::from(review.context.provider.clone())),
            ("plan", Arg::from(plan)),
            ("reference", Arg::from(reference)),
        ],
    );
    text.push('\n');
    let mut area = "";
    for (n, q) in questions.iter().enumerate() {
        if q.area_title != area {
            area = &q.area_title;
            text.push_str(&format!("\n{area}\n"));
        }
        text.push_str(&format!("{}. {}\n", n + 1, q.question));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AnswerValue, YesNo};

    #[test]
    fn every_key_question_exists_in_the_template() {
        for (id, text, _) in KEY_QUESTIONS {
            assert!(template().question(id).is_some(), "{id}");
            assert!(text.ends_with('?'), "{id}");
        }
    }

    #[test]
    fn what_notice_is_counted_from_is_asked_only_when_the_contract_may_renew() {
        let asked = |renews: Option<YesNo>, counted: Option<&str>| {
            let mut review = crate::sample::example_review_as_stored();
            review.answers.remove("cancellation.auto_renews");
            review.answers.remove("cancellation.notice_counted_before");
            if let Some(v) = renews {
                review
                    .answers
                    .insert("cancellation.auto_renews".into(), AnswerValue::YesNo(v));
            }
            if let Some(c) = counted {
                review.answers.insert(
                    "cancellation.notice_counted_before".into(),
                    AnswerValue::Choice(c.into()),
                );
            }
            provider_questions(&review)
                .into_iter()
                .find(|q| q.question_id == "cancellation.notice_counted_before")
                .map(|q| q.source)
        };
        use QuestionSource::{Missing, NotSure};
        assert_eq!(asked(Some(YesNo::Yes), None), Some(Missing));
        assert_eq!(asked(Some(YesNo::NotSure), None), Some(Missing));
        assert_eq!(asked(Some(YesNo::Yes), Some("not_sure")), Some(NotSure));
        assert_eq!(asked(Some(YesNo::NotSure), Some("not_sure")), Some(NotSure));
        assert_eq!(asked(Some(YesNo::Yes), Some("end_of_term")), None);
        // No renewal, nothing to count: not asked, not even when answered "not sure".
        assert_eq!(asked(Some(YesNo::No), None), None);
        assert_eq!(asked(Some(YesNo::No), Some("not_sure")), None);
        assert_eq!(asked(None, None), None);
    }

    #[test]
    fn notice_in_months_answers_the_notice_question() {
        let mut review = crate::sample::example_review_as_stored();
        review.answers.remove("cancellation.notice_days");
        let asks_notice = |review: &Review| {
            provider_questions(review)
                .iter()
                .any(|q| q.question_id == "cancellation.notice_days")
        };
        assert!(asks_notice(&review));
        review
            .answers
            .insert("cancellation.notice_months".into(), AnswerValue::Months(3));
        assert!(!asks_notice(&review));
    }

    #[test]
    fn a_question_that_does_not_apply_is_never_asked() {
        let mut review = crate::sample::example_review_as_stored();
        // A stale "not sure" for the renewal term, once the contract is known not to renew.
        review.answers.insert(
            "cancellation.auto_renews".into(),
            AnswerValue::YesNo(YesNo::No),
        );
        review.answers.insert(
            "cancellation.renewal_term_months".into(),
            AnswerValue::YesNo(YesNo::NotSure),
        );
        assert!(
            provider_questions(&review)
                .iter()
                .all(|q| q.question_id != "cancellation.renewal_term_months")
        );
    }

    #[test]
    fn not_sure_renewal_with_a_long_notice_names_the_notice() {
        let mut review = crate::sample::example_review_as_stored();
        review.answers.insert(
            "cancellation.auto_renews".into(),
            AnswerValue::YesNo(YesNo::NotSure),
        );
        let asked = |review: &Review| {
            provider_questions(review)
                .into_iter()
                .find(|q| q.question_id == "cancellation.auto_renews")
                .unwrap()
                .question
        };
        // The example gives 90 days' notice, over the playbook's 60.
        assert_eq!(
            asked(&review),
            "The contract asks for 90 days' notice: does it renew automatically if we do not give that notice, for how long, and can we leave a renewed term without a fee?"
        );
        review
            .answers
            .insert("cancellation.notice_days".into(), AnswerValue::Days(60));
        assert_eq!(
            asked(&review),
            "Does the contract renew automatically at the end of the term?"
        );
        // Given in months, named in months: 3 months ≈ 3 × 365 / 12 = 91 days > 60.
        review.answers.remove("cancellation.notice_days");
        review
            .answers
            .insert("cancellation.notice_months".into(), AnswerValue::Months(3));
        assert_eq!(
            asked(&review),
            "The contract asks for 3 months' notice: does it renew automatically if we do not give that notice, for how long, and can we leave a renewed term without a fee?"
        );
        // 2 months ≈ 61 days > 60: still long.
        review
            .answers
            .insert("cancellation.notice_months".into(), AnswerValue::Months(2));
        assert!(asked(&review).starts_with("The contract asks for 2 months' notice"));
        // 1 month ≈ 30 days: not long, the plain question.
        review
            .answers
            .insert("cancellation.notice_months".into(), AnswerValue::Months(1));
        assert_eq!(
            asked(&review),
            "Does the contract renew automatically at the end of the term?"
        );
    }

    #[test]
    fn the_newer_notice_questions_apply_only_when_the_contract_may_renew() {
        let mut answers = crate::sample::example_review_as_stored().answers;
        let shown = |answers: &std::collections::BTreeMap<String, AnswerValue>| {
            [
                "cancellation.notice_months",
                "cancellation.notice_counted_before",
            ]
            .map(|id| template().applies(id, answers))
        };
        for (renews, expected) in [
            (Some(YesNo::Yes), [true, true]),
            (Some(YesNo::NotSure), [true, true]),
            (Some(YesNo::No), [false, false]),
            (None, [false, false]),
        ] {
            match renews {
                Some(v) => {
                    answers.insert("cancellation.auto_renews".into(), AnswerValue::YesNo(v));
                }
                None => {
                    answers.remove("cancellation.auto_renews");
                }
            }
            assert_eq!(shown(&answers), expected, "{renews:?}");
            // The notice in days stays: it is the notice question every review has.
            assert!(template().applies("cancellation.notice_days", &answers));
        }
    }

    #[test]
    fn key_questions_are_the_providers_and_checks_the_owners() {
        for (id, _, _) in KEY_QUESTIONS {
            let (_, question) = template().question(id).unwrap();
            assert_eq!(question.asked_of, AskedOf::Provider, "{id}");
        }
        for (id, text, _) in OWNER_CHECKS {
            let (_, question) = template().question(id).unwrap();
            assert_eq!(question.asked_of, AskedOf::Owner, "{id}");
            assert!(text.ends_with('.'), "{id}");
        }
    }

    #[test]
    fn not_sure_and_missing_answers_become_questions() {
        let mut review = crate::sample::example_review_as_stored();
        review.answers.clear();
        review
            .answers
            .insert("sla.has_sla".into(), AnswerValue::YesNo(YesNo::No));
        review.answers.insert(
            "warranty.advance_replacement".into(),
            AnswerValue::YesNo(YesNo::NotSure),
        );
        review.answers.insert(
            "features.sms".into(),
            AnswerValue::Choice("not_sure".into()),
        );
        let qs = provider_questions(&review);
        let ids: Vec<&str> = qs.iter().map(|q| q.question_id.as_str()).collect();
        // No SLA: the SLA details are not asked; the warranty "not sure" is.
        assert!(!ids.contains(&"sla.uptime_percent"));
        assert!(ids.contains(&"cancellation.etf_structure"));
        let sms = qs.iter().find(|q| q.question_id == "features.sms").unwrap();
        assert_eq!(sms.source, QuestionSource::NotSure);
        assert!(
            sms.question
                .ends_with("included in the plan, a paid add-on, or not available?")
        );
        let warranty = qs
            .iter()
            .find(|q| q.question_id == "warranty.advance_replacement")
            .unwrap();
        assert_eq!(warranty.source, QuestionSource::NotSure);
        let text = as_text(&review, &qs);
        assert!(text.starts_with("Questions for Northwind Voice about the Business Pro (12 seats) quote (NWV-Q-2026-0418)\n"));
        assert!(text.contains("\nCancellation and early termination\n1. Could you set out"));
    }
}

#[cfg(test)]
mod chinese {
    use super::*;
    use crate::sample::example_review_as_stored;

    fn has_han(text: &str) -> bool {
        text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    #[test]
    fn every_key_question_and_owner_check_has_its_chinese_wording() {
        fn ids(rows: &[(&'static str, &str, Only)]) -> Vec<&'static str> {
            rows.iter().map(|r| r.0).collect()
        }
        fn zh_ids(rows: &[(&'static str, &str)]) -> Vec<&'static str> {
            rows.iter().map(|r| r.0).collect()
        }
        assert_eq!(zh_ids(KEY_QUESTIONS_ZH), ids(KEY_QUESTIONS));
        assert_eq!(zh_ids(OWNER_CHECKS_ZH), ids(OWNER_CHECKS));
        for (id, text) in KEY_QUESTIONS_ZH.iter().chain(OWNER_CHECKS_ZH) {
            assert!(has_han(text), "{id}");
            assert!(text.ends_with(['？', '。']), "{id}: {text}");
        }
    }

    #[test]
    fn the_example_reviews_questions_copy_in_chinese() {
        let review = example_review_as_stored();
        let questions = provider_questions_in(&review, Lang::ZhHans);
        // The same questions as in English, in the same order.
        let english = provider_questions(&review);
        assert_eq!(
            questions.iter().map(|q| &q.question_id).collect::<Vec<_>>(),
            english.iter().map(|q| &q.question_id).collect::<Vec<_>>()
        );
        let text = as_text_in(&review, &questions, Lang::ZhHans);
        assert!(
            text.starts_with(
                "就Business Pro (12 seats)报价（报价编号：NWV-Q-2026-0418）向服务商Northwind Voice提出的问题\n"
            ),
            "{text}"
        );
        // The example is unsure whether it may leave for cause.
        assert!(
            text.contains(
                "1. 如果贵方多次达不到服务等级协议（SLA）或长期频繁断线，我们能否免费解约？\n"
            ),
            "{text}"
        );
        // Grouped under the areas' Chinese titles.
        let zh_template = crate::template::template_in(Lang::ZhHans);
        let title = &zh_template.area("cancellation").unwrap().title;
        assert!(text.contains(&format!("\n{title}\n1. ")), "{text}");
        assert_eq!(&questions[0].area_title, title);
        for check in owner_checks_in(&review, Lang::ZhHans) {
            if OWNER_CHECKS.iter().any(|(id, ..)| *id == check.question_id) {
                assert!(has_han(&check.question), "{}", check.question);
            }
        }
    }

    #[test]
    fn a_long_renewal_notice_is_asked_about_in_chinese() {
        let mut review = example_review_as_stored();
        review.answers.insert(
            "cancellation.auto_renews".into(),
            crate::model::AnswerValue::Choice("not_sure".into()),
        );
        let questions = provider_questions_in(&review, Lang::ZhHans);
        let renewal = questions
            .iter()
            .find(|q| q.question_id == "cancellation.auto_renews")
            .unwrap();
        // The example's 90 days' notice is over the playbook's 60.
        assert_eq!(
            renewal.question,
            "合同要求提前90天通知：如果我们没有按时通知，合同是否会自动续约？续约多长时间？续约后我们能否免费解约？"
        );
    }
}
