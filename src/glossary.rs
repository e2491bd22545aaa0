//! Plain-words explanations of the terms a practice manager may not know, one line each. The
//! one source for every place a term appears: the app shows them as help beside the term (the
//! list reaches the UI with the template, `Template::glossary`), the PDF prints the ones its
//! summary uses.

use crate::i18n::Lang;
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

/// The same terms in Simplified Chinese: (the English term of [`ENTRIES`], the term as written
/// in Chinese, the words that mark it in a Chinese text, the explanation). In the order of
/// [`ENTRIES`] (a test checks it). Codes such as SLA, MOS or 802.1Q stay as they are written.
const ZH_HANS_ENTRIES: &[(&str, &str, &[&str], &str)] = &[
    (
        "fingerprint",
        "指纹码",
        &["指纹码", "指纹"],
        "根据审查的全部内容算出的一串短码：打印件上的指纹码相同，就说明它和保存的版本完全一致。",
    ),
    (
        "revision",
        "修订号",
        &["修订号", "修订版本"],
        "这份审查到目前为止保存过的修改次数，每保存一次加 1。",
    ),
    (
        "escalator",
        "年度涨幅",
        &["年度涨幅", "涨价条款"],
        "合同里写明的每年涨价，例如每到合同开始日的周年日，价格上涨 5%。",
    ),
    (
        "ETF",
        "提前解约费",
        &["提前解约费", "ETF"],
        "合同期限未满就解约时，合同要求你支付的费用。",
    ),
    (
        "codec",
        "编解码器",
        &["编解码器", "codec"],
        "把语音转换成数据的方式，它决定每路通话占用多少网络带宽（G.711 约 87 kbps，G.729 约 31 kbps）。",
    ),
    (
        "jitter",
        "抖动",
        &["抖动"],
        "语音数据包延迟的波动程度；超过约 30 ms，通话就会断断续续。",
    ),
    (
        "latency",
        "延迟",
        &["延迟"],
        "你的声音传到对方所需的时间；单向超过 150 ms，双方就容易抢话。",
    ),
    (
        "packet loss",
        "丢包",
        &["丢包率", "丢包"],
        "语音数据在传输途中丢失的比例；超过 1%，通话中就会漏字。",
    ),
    (
        "MOS",
        "MOS（语音质量评分）",
        &["MOS"],
        "听者给通话质量打的分，从 1（差）到 5（极好）；4 分左右及以上就很清晰。",
    ),
    (
        "QoS",
        "QoS（服务质量）",
        &["QoS"],
        "路由器上的一项设置，让语音优先于其他数据传输，线路繁忙时通话也能保持清晰。",
    ),
    (
        "corresponding-date rule",
        "对应日规则",
        &["对应日规则", "对应日"],
        "N 个月的期限在 N 个月后的同一日结束；那个月没有这一天时，就在该月最后一天结束（1月31日加 1 个月是 2月28日或29日）。",
    ),
    (
        "SLA",
        "服务等级协议（SLA）",
        &["服务等级协议", "SLA"],
        "服务商的书面承诺（例如 99.9% 的可用性），以及达不到承诺时你能得到什么。",
    ),
    (
        "uptime",
        "可用性",
        &["可用性"],
        "服务正常运行的时间占比；即使是 99.9%，30 天的月份里也允许约 43 分钟的中断。",
    ),
    (
        "measurement window",
        "统计周期",
        &["统计周期"],
        "计算可用性的时间段（自然月、季度或年）：允许的停机时间按每个周期计算。",
    ),
    (
        "service credit",
        "服务积分",
        &["服务积分"],
        "服务商未达到服务等级协议（SLA）时给你的账单减免，通常是月费的一定百分比；往往要在规定时间内申请才有。",
    ),
    (
        "headroom",
        "带宽余量",
        &["带宽余量", "余量"],
        "通话之外剩下的上行带宽，留给邮件、备份和其他所有用途。",
    ),
    (
        "cRTP",
        "cRTP（RTP 头压缩）",
        &["cRTP"],
        "RTP 头压缩：在低速串行链路（PPP）上压缩语音数据包的包头；以太网用不上。",
    ),
    (
        "802.1Q",
        "802.1Q（VLAN 标记）",
        &["802.1Q", "VLAN"],
        "一种标记，让电话机走单独的虚拟网络（VLAN）；每个数据包因此多 4 个字节。",
    ),
    (
        "kbps",
        "kbps / Mbps",
        &["kbps", "Mbps", "kbit/s"],
        "千比特或兆比特每秒：数据传输的速度；1 Mbps 等于 1,000 kbps。",
    ),
    (
        "port-out",
        "号码携转",
        &["号码携转", "携出", "携转"],
        "把你的电话号码转到另一家服务商；有些服务商在你离开时按号码收费。",
    ),
    (
        "auto-renewal",
        "自动续约",
        &["自动续约"],
        "除非你的通知按时送达，合同会自动开始新一个期限。",
    ),
    (
        "walk-away window",
        "免费退出期",
        &["免费退出期"],
        "服务开始后的头几天，这期间可以免费取消。",
    ),
    (
        "clawback",
        "优惠追回",
        &["优惠追回", "追回"],
        "提前离开时，要退还之前享受的促销优惠。",
    ),
    (
        "like for like",
        "同口径比较",
        &["同口径"],
        "每份报价都按相同的期限、座席和费用计算，总额才能公平比较。",
    ),
    (
        "P1–P4",
        "P1–P4",
        &["P1–P4", "P1-P4"],
        "技术支持工单的严重级别：P1 系统瘫痪，P2 主要功能受影响，P3 问题较小且有变通办法，P4 咨询。",
    ),
    (
        "response and resolution time",
        "响应时间和解决时间",
        &["响应时间", "解决时间"],
        "响应时间：多久有人开始处理你的工单。解决时间：多久把问题解决。",
    ),
    (
        "E911",
        "E911",
        &["E911"],
        "增强型 911（美国的紧急呼叫）：紧急电话会把你的地址告诉救援人员；网络电话必须先登记地址。",
    ),
    (
        "STIR/SHAKEN",
        "STIR/SHAKEN",
        &["STIR/SHAKEN"],
        "运营商之间的来电显示验证，防止别人冒用你的号码，也避免你的来电被标记为骚扰电话。",
    ),
    (
        "SOC 2",
        "SOC 2",
        &["SOC 2", "ISO 27001"],
        "第三方对服务商如何保护你的数据所做的独立审计。",
    ),
];

/// The glossary in `lang`, in the order of the English one; `term` and `matches` are the
/// language's own words (an English text is matched with the English ones).
pub fn glossary_in(lang: Lang) -> Vec<GlossaryEntry> {
    match lang {
        Lang::En => glossary(),
        Lang::ZhHans => ZH_HANS_ENTRIES
            .iter()
            .map(|(_, term, matches, explanation)| GlossaryEntry {
                term: (*term).to_owned(),
                matches: matches.iter().map(|m| (*m).to_owned()).collect(),
                explanation: (*explanation).to_owned(),
            })
            .collect(),
    }
}

/// The explanation of `term` (the English term, as in [`ENTRIES`]) in `lang`.
pub fn explain_in(lang: Lang, term: &str) -> Option<&'static str> {
    match lang {
        Lang::En => explain(term),
        Lang::ZhHans => ZH_HANS_ENTRIES
            .iter()
            .find(|(t, ..)| *t == term)
            .map(|(.., explanation)| *explanation),
    }
}

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
    fn the_chinese_glossary_explains_the_same_terms_in_chinese() {
        let english: Vec<&str> = ENTRIES.iter().map(|(term, ..)| *term).collect();
        let chinese: Vec<&str> = ZH_HANS_ENTRIES.iter().map(|(term, ..)| *term).collect();
        assert_eq!(chinese, english, "same terms, same order");
        for e in glossary_in(Lang::ZhHans) {
            assert!(!e.matches.is_empty(), "{}", e.term);
            assert!(e.explanation.ends_with('。'), "{}", e.explanation);
            assert!(crate::i18n::has_chinese(&e.explanation), "{}", e.term);
            assert!(!e.explanation.contains('\n'), "{}", e.term);
        }
        assert_eq!(
            explain_in(Lang::ZhHans, "service credit"),
            Some(
                "服务商未达到服务等级协议（SLA）时给你的账单减免，通常是月费的一定百分比；往往要在规定时间内申请才有。"
            )
        );
        assert_eq!(explain_in(Lang::En, "jitter"), explain("jitter"));
    }

    #[test]
    fn each_chinese_term_appears_where_the_owner_reads_it() {
        // As in English: every term marks something in the Chinese template (the figures and
        // the summary's words are other parts' texts).
        let template = serde_json::to_string(crate::template::template_in(Lang::ZhHans))
            .unwrap()
            .to_lowercase();
        let unused: Vec<String> = glossary_in(Lang::ZhHans)
            .into_iter()
            .filter(|e| {
                !e.matches
                    .iter()
                    .any(|m| template.contains(&m.to_lowercase()))
            })
            .map(|e| e.term)
            .collect();
        // The summary's and the figures' terms, as in the English test above.
        let elsewhere = [
            "指纹码",
            "修订号",
            "对应日规则",
            "带宽余量",
            "cRTP（RTP 头压缩）",
            "802.1Q（VLAN 标记）",
            "同口径比较",
            "编解码器",
        ];
        for term in &unused {
            assert!(elsewhere.contains(&term.as_str()), "{term} appears nowhere");
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
