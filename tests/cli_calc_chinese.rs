//! The command line's `calc dates`, `read-contract`, calendar and own refusals in the
//! terminal's language (--lang, else LC_ALL/LC_MESSAGES/LANG); English output unchanged.
//!
//! Dates worked by hand: start 2027-01-04 and 36 months, so the term's last day is 2030-01-03
//! and it renews on 2030-01-04; 90 days before 2030-01-03 is 2029-10-05 (3 Jan − 3 = 31 Dec,
//! − 27 = 4 Dec, − 30 = 4 Nov, − 30 = 5 Oct); from 2029-09-05 that is 25 + 5 = 30 days. A
//! 12-month renewal runs to the day before 2031-01-04: 2031-01-03. From 2029-10-04 one day is
//! left (还剩1天), under 30, so the warning shows.

use std::path::Path;
use std::process::{Command, Output};

fn cli(locale: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_voip-review"));
    cmd.env_remove("VOIP_REVIEW_DB")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale);
    cmd
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

const DATES: [&str; 10] = [
    "dates",
    "--start",
    "2027-01-04",
    "--term",
    "36",
    "--notice-days",
    "90",
    "--renewal-months",
    "12",
    "--today",
];

#[test]
fn calc_dates_speaks_the_terminals_language() {
    let chinese = ok(cli("zh_CN.UTF-8")
        .arg("calc")
        .args(DATES)
        .arg("2029-09-05")
        .output()
        .unwrap());
    // Each label padded to 23 columns; a Chinese character takes two.
    assert_eq!(
        chinese,
        "开始日期               2027年1月4日\n\
         合同期限结束           2030年1月3日\n\
         续约日                 2030年1月4日\n\
         通知送达截止日         2029年10月5日\n\
         \x20 规则                 合同期限结束（2030年1月3日）前90天\n\
         \x20 自2029年9月5日起     还剩30天\n\
         如不取消，将续约至2031年1月3日\n"
    );
    let one_day = ok(cli("zh_CN.UTF-8")
        .arg("calc")
        .args(DATES)
        .arg("2029-10-04")
        .output()
        .unwrap());
    assert!(one_day.contains("还剩1天  警告：剩余不足30天"), "{one_day}");
    // English is what it always was; --lang wins over the locale.
    let english = ok(cli("zh_CN.UTF-8")
        .args(["--lang", "en", "calc"])
        .args(DATES)
        .arg("2029-09-05")
        .output()
        .unwrap());
    assert_eq!(
        english,
        "Start                  2027-01-04\n\
         Term ends              2030-01-03\n\
         Renewal date           2030-01-04\n\
         Notice must arrive by  2029-10-05\n\
         \x20 rule                 90 days before the end of the term (2030-01-03)\n\
         \x20 from 2029-09-05      30 days left\n\
         If not cancelled, renews until 2031-01-03\n"
    );
    // JSON is the same in every language.
    let json = |locale: &str| {
        ok(cli(locale)
            .arg("calc")
            .args(DATES)
            .args(["2029-09-05", "--json"])
            .output()
            .unwrap())
    };
    assert_eq!(json("zh_CN.UTF-8"), json("C"));
}

#[test]
fn read_contract_prints_in_chinese() {
    let file = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .join("tests/fixtures/contracts/02-bluepeak/terms.txt");
    let out = ok(cli("zh_CN.UTF-8")
        .arg("read-contract")
        .arg(&file)
        .output()
        .unwrap());
    // The document line, the area titles of the Chinese template and the locations.
    assert!(out.starts_with("terms.txt（"), "{out}");
    assert!(out.contains(" 页，SHA-256 "), "{out}");
    assert!(out.contains("服务等级协议"), "{out}");
    assert!(out.contains("terms.txt，第 "), "{out}");
    assert!(!out.contains(", page "), "{out}");
    let english = ok(cli("C").arg("read-contract").arg(&file).output().unwrap());
    assert!(english.starts_with("terms.txt ("), "{english}");
    assert!(english.contains("terms.txt, page "), "{english}");
}

#[test]
fn the_calendar_follows_the_review_and_refusals_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.sqlite3");
    // Made under a Chinese locale: a Chinese review.
    let id = ok(cli("zh_CN.UTF-8")
        .arg("--db")
        .arg(&db)
        .arg("sample")
        .output()
        .unwrap())
    .trim()
    .to_owned();
    // Not signed yet: refused in the terminal's language.
    let ics = dir.path().join("deadlines.ics");
    let refused = cli("zh_CN.UTF-8")
        .arg("--db")
        .arg(&db)
        .args(["export-ics", &id, "--out"])
        .arg(&ics)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert_eq!(
        String::from_utf8_lossy(&refused.stderr),
        format!(
            "voip-review: 审查：编号 {id} 尚未标记为已签署；请用 `voip-review mark-signed {id} --on DATE` 标记\n"
        )
    );
    let refused = cli("C")
        .arg("--db")
        .arg(&db)
        .args(["export-ics", &id, "--out"])
        .arg(&ics)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&refused.stderr),
        format!(
            "voip-review: Review: {id} is not marked signed; mark it with `voip-review mark-signed {id} --on DATE`\n"
        )
    );
    ok(cli("C")
        .arg("--db")
        .arg(&db)
        .args(["mark-signed", &id, "--on", "2026-12-01"])
        .output()
        .unwrap());
    // Exported from an English terminal, the Chinese review's calendar is Chinese.
    ok(cli("C")
        .arg("--db")
        .arg(&db)
        .args(["export-ics", &id, "--out"])
        .arg(&ics)
        .output()
        .unwrap());
    let calendar = std::fs::read_to_string(&ics).unwrap().replace("\r\n ", "");
    assert!(calendar.contains("CATEGORIES:合同关键日期"), "{calendar}");
    // The Chinese example's notice: 30 days before the end of the term (src/sample.rs).
    assert!(calendar.contains("前30天"), "{calendar}");
    assert!(!calendar.contains("Notice deadline"), "{calendar}");
}

/// `calc …` under a Chinese locale, and its exit status and standard error.
fn calc_zh(args: &[&str]) -> Output {
    cli("zh_CN.UTF-8").arg("calc").args(args).output().unwrap()
}

/// The refusal a `calc` command prints under a Chinese locale.
fn refused_zh(args: &[&str]) -> String {
    let out = calc_zh(args);
    assert!(!out.status.success(), "{args:?} was not refused");
    String::from_utf8(out.stderr).unwrap()
}

/// 99.9 % uptime over a 365-day year: 0.1 % × 31,536,000 s = 31,536 s = 8小时45分36秒; a twelfth
/// of the year 2,628 s = 43分48秒; a 30-day month 2,592 s = 43分12秒; a quarter (7,884,000 s)
/// 7,884 s = 2小时11分24秒; a week 604.8 s → 10分5秒; a day 86.4 s → 1分26秒 (nearest second).
/// The calendar month: 28 days 2,419.2 s → 40分19秒, 29 days 2,505.6 s → 41分46秒, 30 days
/// 43分12秒, 31 days 2,678.4 s → 44分38秒.
#[test]
fn calc_downtime_in_chinese() {
    let out = ok(calc_zh(&["downtime", "--uptime", "99.9"]));
    // Labels padded to 19 columns, a Chinese character and bracket taking two.
    assert_eq!(
        out,
        "可用性99.9%允许的停机时间（一年按365天计，精确到秒）：\n\
         \x20 每年                8小时45分36秒\n\
         \x20 每月（一年的1/12）  43分48秒\n\
         \x20 每个30天的月份      43分12秒\n\
         \x20 每季度（一年的1/4） 2小时11分24秒\n\
         \x20 每周                10分5秒\n\
         \x20 每天                1分26秒\n\
         每个自然月（用 --window 指定合同的计量周期）：2月（28天）40分19秒，闰年2月（29天）41分46秒，30天的月份43分12秒，31天的月份44分38秒。\n\
         公式：停机时间 = 周期 × (100% − 可用性)。\n"
    );
    // A quarterly window: 90 days 7,776 s = 2小时9分36秒 … 92 days 7,948.8 s → 2小时12分29秒.
    let quarter = ok(calc_zh(&[
        "downtime", "--uptime", "99.9", "--window", "quarter",
    ]));
    assert!(
        quarter.contains("合同按自然季度计量：90天的季度2小时9分36秒，91天的季度2小时11分2秒，92天的季度2小时12分29秒。"),
        "{quarter}"
    );
    let json = |locale: &str| {
        ok(cli(locale)
            .args(["calc", "downtime", "--uptime", "99.9", "--json"])
            .output()
            .unwrap())
    };
    assert_eq!(json("zh_CN.UTF-8"), json("C"));
}

/// One hour down in February 2027 (28 days, 2,419,200 s): 3,600 s is 0.1488…% of it, rounded up
/// to 1,489 ppm, so 99.8511 % was achieved: below 99.9 %, not below 99 %: tier 1, 10 % of
/// $342.00 = $34.20. Without the month, the longest month (31 days) is assumed.
#[test]
fn calc_credit_in_chinese() {
    let args = [
        "credit",
        "--tier",
        "99.9:10",
        "--tier",
        "99:25",
        "--outage-minutes",
        "60",
        "--monthly",
        "342.00",
    ];
    let mut february = args.to_vec();
    february.extend(["--month", "2027-02"]);
    assert_eq!(
        ok(calc_zh(&february)),
        "计量周期：2月（28天）\n\
         实际可用性：99.8511%\n\
         适用档位：第1档（可用性低于99.9%）\n\
         服务积分：月费的10%，即$34.20\n"
    );
    let assumed = ok(calc_zh(&args));
    assert!(
        assumed.starts_with("计量周期：31天的月份（未给出 --month 或 --days：按最长的自然月计算"),
        "{assumed}"
    );
    // A 20 % cap on a 25 % tier: 16 hours in a 31-day month (2,678,400 s) is 57,600 s, 2.1505…%
    // down: 97.8494 % achieved, tier 2; 20 % of $342.00 = $68.40.
    let capped = ok(calc_zh(&[
        "credit",
        "--tier",
        "99.9:10",
        "--tier",
        "99:25",
        "--cap",
        "20",
        "--outage-minutes",
        "960",
        "--monthly",
        "342.00",
    ]));
    assert!(
        capped.contains("服务积分：月费的20%（已封顶；封顶前为25%），即$68.40"),
        "{capped}"
    );
}

/// Ten G.711 calls over Ethernet at 20 ms: (160 B payload + 40 B IP/UDP/RTP + 18 B Ethernet)
/// × 8 × 50 packets/s = 87,200 bit/s = 87.2 kbps a call, 0.872 Mbps for ten; of a 5 Mbps
/// upload that is 17.44 % (17.4 %, 82.6 % left), of a 50 Mbps download 1.744 % (1.7 %); 80 %
/// of 5 Mbps = 4,000,000 / 87,200 = 45.9: 45 calls. Rule of thumb 10 × 100 kbps = 1 Mbps,
/// conservative 10 × 500 kbps = 5 Mbps.
#[test]
fn calc_bandwidth_in_chinese() {
    let out = ok(calc_zh(&[
        "bandwidth",
        "--calls",
        "10",
        "--up",
        "5",
        "--down",
        "50",
        "--latency",
        "12",
        "--jitter",
        "3",
        "--loss",
        "0.1",
    ]));
    assert_eq!(
        out,
        "G.711（64 kbit/s），打包间隔20 ms，经以太网：每个包160字节语音负载 + 58字节报头，每秒50个包：每路通话每个方向87.2 kbps\n\
         10路通话：0.872 Mbps；视频0.000 Mbps；每个方向合计0.872 Mbps\n\
         经验估算（仅供对比，不是实测）：按每路100 kbps为1.000 Mbps；保守按每路500 kbps为5.000 Mbps\n\
         上行占用：17.4%（带宽余量82.6%）\n\
         下行占用：1.7%\n\
         保留20%带宽余量时最多可承载的并发通话：45路\n\
         单向延迟：12 ms（未超过上限150 ms，ITU-T G.114）\n\
         抖动：3 ms（未超过上限30 ms，VoIP常用建议）\n\
         丢包率：0.1%（未超过上限1%，VoIP常用建议）\n"
    );
    // An 802.1Q link: 22-byte header, (160 + 40 + 22) × 8 × 50 = 88.8 kbps.
    let vlan = ok(calc_zh(&["bandwidth", "--calls", "1", "--vlan"]));
    assert!(
        vlan.contains("经带802.1Q VLAN标签的以太网：每个包160字节语音负载 + 62字节报头"),
        "{vlan}"
    );
    assert!(vlan.contains("每路通话每个方向88.8 kbps"), "{vlan}");
}

/// Leaving a 36-month, $342.00-a-month contract after 12 months when the fee is all the
/// remaining charges: 24 × $342.00 = $8,208.00; no start date, so 12 × 31 = 372 days.
#[test]
fn calc_exit_cost_in_chinese() {
    let out = ok(calc_zh(&[
        "exit-cost",
        "--structure",
        "all-remaining",
        "--monthly",
        "342",
        "--month",
        "12",
    ]));
    // Columns right-aligned, each as wide as its heading or its figures (a Chinese
    // character takes two columns).
    assert_eq!(
        out,
        "已用月数  天数     剩余月数        剩余合同价值        提前解约费      号码携出费        优惠返还        硬件余款        离开的成本\n\
         \x20     12   372           24           $8,208.00         $8,208.00           $0.00           $0.00           $0.00         $8,208.00\n\
         未给出 --start 日期：每月按31天（最长）计算，因此不会高估无责退出期。\n"
    );
    let started = ok(calc_zh(&[
        "exit-cost",
        "--structure",
        "none",
        "--monthly",
        "342",
        "--month",
        "1",
        "--walkaway-days",
        "30",
        "--start",
        "2027-02-01",
    ]));
    // 2027-02-01 to 2027-03-01 is 28 days: inside the 30-day window.
    assert!(started.contains("  （在无责退出期内）\n"), "{started}");
    assert!(
        started.ends_with("服务天数从开始日期2027年2月1日起计算。\n"),
        "{started}"
    );
}

/// $342.00 a month for 12 seats over 24 months, 5 % a year more from month 13, the first two
/// months at 50 % off, a $199.00 installation, taxes not known:
/// year 1 = 12 × $342.00 − 2 × $171.00 = $3,762.00; year 2 = 12 × $359.10 = $4,309.20;
/// recurring $8,071.20; total $8,270.20 over 12 × 24 = 288 seat-months = $28.7159… → $28.72.
#[test]
fn calc_tco_in_chinese() {
    let out = ok(calc_zh(&[
        "tco",
        "--monthly",
        "342",
        "--term",
        "24",
        "--seats",
        "12",
        "--escalator",
        "5",
        "--promo-months",
        "2",
        "--promo-percent",
        "50",
        "--upfront",
        "安装=199",
        "--taxes-not-sure",
    ]));
    assert_eq!(
        out,
        "第1年：$342.00 × 12个月（12个座席） − 优惠$342.00 = $3,762.00\n\
         第2年：$359.10 × 12个月（12个座席） = $4,309.20\n\
         一次性费用     $199.00\n\
         周期性费用     $8,071.20\n\
         总计           $8,270.20，不含税费\n\
         \x20 未计入税费：是否另收税费的答案是“不确定”。请向服务商确认；税费通常会另加10–20%。\n\
         每座席每月     $28.72\n"
    );
    // Taxes at 10 % of the recurring charges: $807.12.
    let taxed = ok(calc_zh(&[
        "tco",
        "--monthly",
        "342",
        "--term",
        "24",
        "--seats",
        "12",
        "--escalator",
        "5",
        "--promo-months",
        "2",
        "--promo-percent",
        "50",
        "--taxes",
        "10",
    ]));
    assert!(taxed.contains("\n税费           $807.12\n"), "{taxed}");
}

/// P1 answered in 30 min (16 min–2 h: 良) and fixed in 4 h, around the clock; P2 answered in
/// 121 min (over 2 h: 差) on business hours: from Friday 17:00 the clock restarts Monday
/// 09:00, + 2 h 1 min = Monday 11:01, 64 h + 2 h 1 min = 66 h 1 min later. Support at $95.00
/// an incident, 5 a year: $475.00 / 12 = $39.583… → $39.58 a month, × 36 = $1,424.88.
#[test]
fn calc_support_in_chinese() {
    let out = ok(calc_zh(&[
        "support",
        "--p1-response",
        "30",
        "--p1-resolution",
        "4",
        "--p2-response",
        "121",
        "--clock",
        "p1-24x7",
        "--pricing",
        "per-incident",
        "--per-incident-fee",
        "95",
        "--incidents",
        "5",
    ]));
    assert_eq!(
        out,
        "P1 系统瘫痪                  响应30分钟（良），4小时内解决\n\
         P2 主要功能受损              响应2小时1分钟（差），未给出解决时间\n\
         \x20  按工作时间计时：周五17:00提交，最晚周一 11:01（66小时1分钟后）回复\n\
         评级标准（参考文章001）：5–15分钟为优；30分钟–2小时为良；4–24小时为差（介于两档之间的时间按较慢的一档评级：16–29分钟为良，超过2小时为差）\n\
         每月技术支持费   $39.58（每次事件的价格 × 每年事件数 ÷ 12）\n\
         计费月数         36个月\n\
         合同期内合计     $1,424.88（未计年度涨幅）\n"
    );
    // Free in the first year: 36 − 12 = 24 months charged.
    let free = ok(calc_zh(&[
        "support",
        "--pricing",
        "paid-plan",
        "--paid-monthly",
        "50",
        "--free-first-year",
    ]));
    assert!(
        free.contains("计费月数         24个月（第一年免费，从第13个月起计费）\n"),
        "{free}"
    );
}

/// Every flag the `calc` commands check themselves is refused in the terminal's language,
/// named by the flag, with the rule; values the calculators check are named by their field as
/// the app names it (高峰并发通话数, 打包间隔).
#[test]
fn calc_flag_refusals_in_chinese_name_the_flag() {
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "credit",
                "--tier",
                "99.9",
                "--outage-minutes",
                "10",
                "--monthly",
                "342",
            ],
            "--tier：必须写成“可用性:服务积分”的形式，例如99.9:10，而不是“99.9”",
        ),
        (
            &[
                "credit",
                "--tier",
                "abc:10",
                "--outage-minutes",
                "10",
                "--monthly",
                "342",
            ],
            "--tier：“abc”不是数字",
        ),
        (
            &[
                "credit",
                "--tier",
                "99.9:10",
                "--outage-minutes",
                "10",
                "--monthly",
                "342",
                "--month",
                "2027-13",
            ],
            "--month：必须是YYYY-MM格式的月份，例如2027-02，而不是“2027-13”",
        ),
        (
            &["tco", "--monthly", "342", "--upfront", "Setup"],
            "--upfront：必须写成“名称=金额”的形式，例如 Setup=199，而不是“Setup”",
        ),
        (
            &["exit-cost", "--structure", "fixed", "--monthly", "342"],
            "--fixed：使用 --structure fixed 时必须提供",
        ),
        (
            &["support", "--p1-response", "30", "--term", "0"],
            "--term：必须是1到120个月，而不是0",
        ),
        (
            &["support", "--p2-response", "50000"],
            "--p2-response：最多为43200分钟（30天）",
        ),
        (
            &["support", "--p1-resolution", "800"],
            "--p1-resolution：最多为720小时（30天）",
        ),
        (
            &["support", "--pricing", "per-incident"],
            "--per-incident-fee：使用 --pricing per-incident 时，请给出 --per-incident-fee 和 --incidents",
        ),
        (
            &["support"],
            "--p1-response：请至少给出一个响应时间或解决时间（--p1-response … --p4-resolution），或给出计费方式（--pricing）",
        ),
        (
            &["bandwidth", "--calls", "-1"],
            "高峰并发通话数：必须在0到10000路通话之间，而不是-1",
        ),
        (
            &[
                "bandwidth",
                "--calls",
                "1",
                "--codec",
                "ilbc",
                "--ptime",
                "10",
            ],
            "打包间隔：iLBC按20、30、40 ms打包发送，不能是10 ms",
        ),
        (
            &["bandwidth", "--calls", "1", "--crtp"],
            "压缩RTP（cRTP）：只适用于PPP和MLPPP/帧中继串行线路，不适用于以太网（Cisco：以太网上无法使用cRTP）",
        ),
    ];
    for (args, refusal) in cases {
        assert_eq!(
            refused_zh(args),
            format!("voip-review: {refusal}\n"),
            "{args:?}"
        );
    }
    // In English the same refusals read as they always did.
    let english = cli("C")
        .args(["calc", "support", "--p2-response", "50000"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&english.stderr),
        "voip-review: --p2-response: must be at most 43200 minutes (30 days)\n"
    );
}
