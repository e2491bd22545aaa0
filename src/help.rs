//! The offline help (F1 in the app): how a review works, and for each area what the template
//! says about it, the questions with their hints, how each of its figures is worked out and
//! what the playbook flags. The area texts, hints and flag rules come from the template and the
//! playbook themselves; only the figures' explanations are written here, in plain words, from
//! the rules in docs/calculations.md (a test checks that every figure the app shows has one).

use crate::i18n::Lang;
use crate::insights::Severity;
use crate::insights::playbook::rule_views_in;
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

/// [`FIGURE_GUIDES`] in Simplified Chinese, in the same order: (title, text).
const ZH_HANS_FIGURE_GUIDES: &[(&str, &str)] = &[
    (
        "离开的费用",
        "在第 6、12、24 和 30 个月后离开分别要花多少钱：按合同写法计算的提前解约费（ETF）（不收费、固定金额、剩余金额的一定百分比、全部剩余费用，或者按合同年度的阶梯比例），以你签约的座席数和当时适用的费用（含年度涨幅）计算，再加上你的号码的携出费、服务商追回的促销优惠，以及硬件尚未付清的款项。不含税费。",
    ),
    (
        "合同日期和提前通知截止日",
        "续约日是开始日期加上合同期限，落在同一个日子；如果那个月没有这一天（比如 1月31日开始），期限就到那个月月底，下个月 1 日续约（对应日规则）。合同期限在续约日前一天结束。提前通知截止日是你的通知最晚必须送达的那一天，按条款的写法从合同期限结束日或续约日往前算。剩下不到 30 天时会显示提醒。",
    ),
    (
        "合同期限内的总费用",
        "整个合同期限内你要付的所有钱：一次性费用，再加上每个月的方案月费（含座席增长）、附加功能和付费技术支持，每到周年日按年度涨幅上涨，减去促销优惠，如果税费另收就加上税费，还有单独收取的硬件付款。也会显示每座席每月的金额。如果某个答案缺失或是“不确定”，总额漏算了某项，会明确说明。",
    ),
    (
        "一次性费用合计",
        "服务开始前或开始时的一次性费用（开通、安装、一次性买断的硬件、号码携转和运费），按这份审查的币种相加。尚未确定的费用只列出来，不做估算。",
    ),
    (
        "服务等级协议（SLA）允许的停机时间",
        "在每个统计周期里，服务最多可以停机多久而不算违反承诺：周期长度 ×（100% − 可用性）。自然月的长度不固定，所以每种长度都会列出：99.9% 时，2 月是 40 分 19 秒，31 天的月份是 44 分 38 秒。如果不知道统计周期，就按自然月计算，并会注明。服务等级协议（SLA）排除的维护时间会和这个允许值做比较。",
    ),
    (
        "服务积分",
        "每一档服务积分都显示为一个月里达到该档的停机时间，以及积分金额：这一档的百分比乘以月费，不超过上限。不知道是哪个月时，按最长的月份计算，所以这个数字绝不会承诺比你实际能拿到的更多的积分。",
    ),
    (
        "技术支持的响应时间和解决时间",
        "每个严重级别承诺的响应时间和解决时间，和优秀服务商的承诺做比较（例如严重故障在 2 小时内响应）。响应不等于解决；如果只按工作时间计时，或者从服务商确认工单时才开始计时，承诺实际上比字面上慢：这里会说明实际上什么时候该有回复。",
    ),
    (
        "安全修复和版本支持",
        "严重安全漏洞承诺多快修复（72 小时是常见标准），以及软件和电话机能否在整个合同期限内都得到支持，而不是中途就停止支持。",
    ),
    (
        "必备功能",
        "你标为必备、但方案里没有，或者只作为付费附加功能出售的功能；附加功能的价格要算进总费用。",
    ),
    (
        "所需带宽",
        "每路通话占用的带宽是语音编解码器的速率加上数据包包头（IP/UDP/RTP 和链路层），依据 Cisco 的每路通话表格计算；乘以你预计同时进行的通话数，再和你实测的上行、下行速度比较。占用超过上行带宽的 80%，留给通话的余量就太少，通话难以保持清晰。经验法则（每路通话 100 kbps）列在旁边，仅供比较。",
    ),
    (
        "线路质量",
        "你实测的延迟、抖动和丢包，和良好通话质量需要的上限做比较（参照 ITU-T G.114 的精神：单向延迟低于 150 ms，抖动低于 30 ms，丢包低于 1%）。",
    ),
    (
        "保修",
        "硬件保修覆盖了合同期限的多少，以及电话机到货损坏时你有多少天可以报告。",
    ),
    (
        "同口径比较竞争报价",
        "每份报价都按这份审查自己的合同期限、相同的座席数计算，含一次性费用：一次性费用 + 每月总额 × 月数。只有每份报价都写明了的调整项（座席增长、年度涨幅、促销、税费）才计入，这样排名才是同口径比较；每一行都会说明做了哪些假设。第 1 名最便宜。",
    ),
];

const ZH_HANS_BASICS: &[(&str, &str)] = &[
    (
        "审查怎么进行",
        "先填写报价详情，然后逐一过一遍合同的十个审查项，最后看汇总。每个审查项都会说明它为什么重要、要注意什么，提出问题，显示根据你的答案算出的数字，最后由你给出评级。",
    ),
    (
        "保存",
        "每个答案都会随时保存在这台电脑上：选择项立即保存，输入的文字在短暂停顿后或离开输入框时保存。只有全部保存完毕，顶部的状态才会显示“已保存”。检查不通过的输入会留在输入框里并标出来，直到你改正或清空它。",
    ),
    (
        "“不确定”",
        "合同或报价没有写明时，就选“不确定”。它会在汇总页变成一个向服务商提的问题，点“全部复制”就能把这些问题复制到剪贴板，发给服务商。",
    ),
    (
        "评级和建议",
        "给每个审查项评级：可接受、需谈判、不可接受或不适用。应用会根据下面每个审查项列出的规则建议一个评级并说明理由；最终以你的评级为准，建议会一直显示在旁边。",
    ),
    (
        "撤销",
        "删除一份审查或清空一个答案后，会显示几秒钟带“撤销”的提示。删除的审查还会在回收站里保留 30 天。在文字输入框里，按 Ctrl+Z 可以撤销输入。",
    ),
    (
        "备份",
        "每天使用应用时、每次升级前和每次恢复前，都会备份你的所有审查；在“备份”面板上点“立即备份”可以马上备份一次。也是在这个面板上恢复备份。",
    ),
];

const ZH_HANS_SUMMARY_TOPICS: &[(&str, &str)] = &[
    (
        "关键数字",
        "从各个审查项汇总来的最重要的数字：合同期限内的总费用、离开的费用、提前通知截止日、服务等级协议（SLA）允许的停机时间和带宽余量。每个数字都会说明它的依据。",
    ),
    (
        "指纹码",
        "根据审查的全部内容算出的一串短码。PDF 上印有同样的指纹码和修订号，任何人都可以核对打印件和应用里的内容是否一致。",
    ),
    (
        "向服务商提的问题和需要自己核实的事项",
        "每个“不确定”和每个缺失的关键答案，都整理成向服务商提的问题；只能由你自己核实的事项（参考客户、测试工单）单独列出，不会复制到发给服务商的文字里。",
    ),
];

const ZH_HANS_SHORTCUTS: &[(&str, &str)] = &[
    ("F1", "打开本帮助"),
    ("Alt + ← / →", "审查的上一页或下一页"),
    ("Ctrl + P", "打印审查的汇总（在你的 PDF 阅读器中打开 PDF）"),
    ("Shift + F1", "解释当前问题中带下划线的词语"),
    (
        "Ctrl + Z",
        "在文字输入框中撤销输入；在其他地方，撤销底部提示中可以撤销的操作",
    ),
    ("Esc", "关闭本帮助或对话框，或者关掉底部的提示"),
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
    help_in(template, Lang::En)
}

/// The whole help in `lang`, for the template in that language
/// ([`crate::template::template_in`]).
pub fn help_in(template: &Template, lang: Lang) -> Help {
    let (basics, summary, shortcuts) = match lang {
        Lang::En => (BASICS, SUMMARY_TOPICS, SHORTCUTS),
        Lang::ZhHans => (ZH_HANS_BASICS, ZH_HANS_SUMMARY_TOPICS, ZH_HANS_SHORTCUTS),
    };
    let figure = |index: usize, guide: &FigureGuide| match lang {
        Lang::En => HelpTopic {
            title: guide.title.to_owned(),
            text: squash(guide.text),
        },
        Lang::ZhHans => HelpTopic {
            title: ZH_HANS_FIGURE_GUIDES[index].0.to_owned(),
            text: ZH_HANS_FIGURE_GUIDES[index].1.to_owned(),
        },
    };
    let rules = rule_views_in(lang);
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
                .enumerate()
                .filter(|(_, g)| g.area == area.id)
                .map(|(index, g)| figure(index, g))
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
        basics: topics(basics),
        shortcuts: shortcuts
            .iter()
            .map(|(keys, action)| Shortcut {
                keys: (*keys).to_owned(),
                action: (*action).to_owned(),
            })
            .collect(),
        areas,
        summary: topics(summary),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insights::insights;
    use crate::insights::playbook::rule_views;
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
    fn the_chinese_help_is_the_english_one_in_chinese() {
        use crate::template::template_in;
        assert_eq!(ZH_HANS_FIGURE_GUIDES.len(), FIGURE_GUIDES.len());
        assert_eq!(ZH_HANS_BASICS.len(), BASICS.len());
        assert_eq!(ZH_HANS_SUMMARY_TOPICS.len(), SUMMARY_TOPICS.len());
        let keys = |s: &[(&str, &str)]| s.iter().map(|(k, _)| k.to_string()).collect::<Vec<_>>();
        assert_eq!(keys(ZH_HANS_SHORTCUTS), keys(SHORTCUTS));
        let english = help(template());
        let chinese = help_in(template_in(Lang::ZhHans), Lang::ZhHans);
        assert_eq!(english, help_in(template(), Lang::En));
        assert_eq!(chinese.areas.len(), english.areas.len());
        for (zh, en) in chinese.areas.iter().zip(&english.areas) {
            assert_eq!(zh.area_id, en.area_id);
            assert_eq!(zh.figures.len(), en.figures.len(), "{}", zh.area_id);
            assert_eq!(
                zh.why,
                template_in(Lang::ZhHans).area(&zh.area_id).unwrap().why
            );
        }
        let mut texts: Vec<(&str, &str)> = Vec::new();
        for (topic, source) in chinese.basics.iter().zip(&english.basics) {
            texts.push((&source.text, &topic.text));
            texts.push((&source.title, &topic.title));
        }
        for (topic, source) in chinese.summary.iter().zip(&english.summary) {
            texts.push((&source.text, &topic.text));
        }
        for (area, source) in chinese.areas.iter().zip(&english.areas) {
            for (topic, source) in area.figures.iter().zip(&source.figures) {
                texts.push((&source.text, &topic.text));
                texts.push((&source.title, &topic.title));
            }
        }
        for (shortcut, source) in chinese.shortcuts.iter().zip(&english.shortcuts) {
            texts.push((&source.action, &shortcut.action));
        }
        for (source, translated) in texts {
            assert!(crate::i18n::has_chinese(translated), "{translated}");
            let missing = crate::i18n::terms::missing_terms(source, translated);
            assert!(missing.is_empty(), "{translated} lacks {missing:?}");
        }
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
