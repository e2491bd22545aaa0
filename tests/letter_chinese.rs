//! The notice letter and the calendar file of a Chinese review: the letter's whole text in
//! Chinese as a Chinese business writes one (致、事由、根据合同…、特此通知、此致 敬礼、落款和日期),
//! its PDF read back with pdftotext and pdffonts, and the calendar in the review's language
//! whatever language exports it.
//!
//! Dates worked by hand from the example review: start 2027-01-04 and a 36-month term, so the
//! term's last day is 2030-01-03; 90 days' notice counted back from it: 3 Jan − 3 = 31 Dec,
//! − 27 = 4 Dec (30 days), − 30 = 4 Nov, − 30 = 5 Oct, so notice must arrive by 2029-10-05
//! (2029年10月5日). Seen from 2029-09-05 that is 25 days of September + 5 of October = 30
//! days left (还剩30天). A day late (2029-10-06) the letter asks for the end of the first
//! 12-month renewal term, 2031-01-03, whose notice deadline is again 90 days earlier,
//! 2030-10-05: 25 days of October 2029 + 30 + 31 + 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30
//! days to 5 Oct 2030 = 364 days.

use std::path::Path;
use std::process::Command;
use voip_review_core::deadlines::{self, letter};
use voip_review_core::i18n::Lang;
use voip_review_core::model::{Paper, Review};
use voip_review_core::pdf::{PdfOptions, render_letter};
use voip_review_core::{Store, sample};

fn d(text: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// The example review in `lang`, signed on 1 Dec 2026.
fn signed_example(lang: Lang) -> Review {
    let mut store = Store::open_in_memory().unwrap();
    let id = store.insert_review(&sample::example_review()).unwrap();
    store.set_review_language(id, lang).unwrap();
    store.set_signed(id, Some("2026-12-01")).unwrap();
    store.get_review(id).unwrap()
}

fn run(name: &str, args: &[&str], file: &Path) -> String {
    let mut command = Command::new(name);
    command.args(args).arg(file);
    if name == "pdftotext" {
        command.arg("-");
    }
    let out = command
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed (apt-get install poppler-utils): {e}"));
    assert!(out.status.success(), "{name} {args:?} failed");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_chinese_review_gets_a_chinese_notice_letter() {
    let review = signed_example(Lang::ZhHans);
    let today = d("2029-09-05");
    let found = deadlines::contract_deadlines_in(&review, today, Lang::ZhHans);
    let letter = letter::notice_letter(&review, &found, today).unwrap();
    assert_eq!(letter.arrive_by.as_deref(), Some("2029-10-05"));
    assert_eq!(letter.end_date, "2030-01-03");
    assert_eq!(letter.dated, "2029年9月5日");
    let text = &letter.text;
    for expected in [
        "致：Northwind Voice\n事由：关于Northwind Voice“Business Pro (12 seats)”套餐不再续约的通知（账号或报价编号：NWV-Q-2026-0418）\n\nNorthwind Voice：\n\n",
        "\u{3000}\u{3000}Harbour Street Dental（以下简称“我司”）现正式通知Northwind Voice（以下简称“贵司”）：双方就“Business Pro (12 seats)”套餐签订的合同（账号或报价编号：NWV-Q-2026-0418）自2027年1月4日起生效，合同期限为36个月，期满后我司不再续约。",
        "根据合同Master Services Agreement §9.3的约定，我司要求该合同于本期合同期限届满之日，即2030年1月3日（我司使用服务的最后一天）终止，此后不再续约。",
        "本通知最迟于2029年10月5日（含当日）送达贵司，该日为本期提前通知须送达的最后一天。本通知按合同约定的方式发出：Written notice by email to contracts@northwind-voice.example。",
        "\u{3000}\u{3000}请贵司：\n\u{3000}\u{3000}1. 在收到本函后10个工作日内书面确认：合同于2030年1月3日终止且不再续约",
        "2. 在我司申请号码携转时",
        "3. 在2030年1月3日之前向我司提供通话记录、通话录音和语音留言的数据导出",
        "\u{3000}\u{3000}特此通知。\n\n\u{3000}\u{3000}此致\n敬礼！\n\n",
        // 落款: the company, who signs for it, the date.
        "Harbour Street Dental（盖章）\n授权代表：Sam Okafor（Managing partner）\n2029年9月5日\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    // Nothing of the English letter is left (the owner's own words, the provider's email
    // address and the plan's name stay as typed).
    for english in [
        "Dear",
        "Please",
        "give notice",
        "Yours",
        "Subject",
        "Relying",
        " Jan ",
        " Oct ",
    ] {
        assert!(
            !text.contains(english),
            "English {english:?} left in:\n{text}"
        );
    }
    // The reminder in the review's language by default, in the screen's when asked.
    assert_eq!(
        letter.reminder,
        "本函最迟须于2029年10月5日（含当日）送达（还剩30天）。请尽早寄出：以送达之日为准，而非寄出之日。请保留送达凭证。通知方式：Written notice by email to contracts@northwind-voice.example。"
    );
    let for_english_screen = letter::notice_letter_in(&review, &found, today, Lang::En).unwrap();
    assert_eq!(for_english_screen.text, letter.text);
    assert!(
        for_english_screen
            .reminder
            .starts_with("The letter must arrive by 5 Oct 2029 (30 days left)."),
        "{}",
        for_english_screen.reminder
    );

    // A day late: the renewal term's end, 364 days to its notice deadline.
    let late = d("2029-10-06");
    let found = deadlines::contract_deadlines_in(&review, late, Lang::ZhHans);
    let letter = letter::notice_letter(&review, &found, late).unwrap();
    assert_eq!(letter.end_date, "2031-01-03");
    assert!(
        letter
            .text
            .contains("我司要求该合同于本期续约期限届满之日，即2031年1月3日"),
        "{}",
        letter.text
    );
    assert!(
        letter
            .reminder
            .starts_with("本函最迟须于2030年10月5日（含当日）送达（还剩364天）。"),
        "{}",
        letter.reminder
    );
}

#[test]
fn an_english_review_keeps_its_english_letter() {
    let review = signed_example(Lang::En);
    let today = d("2029-09-05");
    let found = deadlines::contract_deadlines(&review, today);
    let letter = letter::notice_letter(&review, &found, today).unwrap();
    assert!(
        letter
            .text
            .starts_with("Harbour Street Dental\n\n5 Sep 2029\n\nTo: Northwind Voice\n\nSubject: Notice of non-renewal: Northwind Voice, Business Pro (12 seats) (account or quote reference NWV-Q-2026-0418)\n\nDear Northwind Voice,\n\nWe give notice that Harbour Street Dental will not renew"),
        "{}",
        letter.text
    );
    assert!(
        letter.text.ends_with(
            "\nYours faithfully,\n\n\nSam Okafor, Managing partner, Harbour Street Dental\n"
        ),
        "{}",
        letter.text
    );
    // The screen may be Chinese: only the reminder follows it.
    let for_chinese_screen =
        letter::notice_letter_in(&review, &found, today, Lang::ZhHans).unwrap();
    assert_eq!(for_chinese_screen.text, letter.text);
    assert!(
        for_chinese_screen
            .reminder
            .starts_with("本函最迟须于2029年10月5日（含当日）送达（还剩30天）。")
    );
}

#[test]
fn the_chinese_letter_pdf_is_chinese_with_the_cjk_font_subset() {
    let review = signed_example(Lang::ZhHans);
    let today = d("2029-09-05");
    let found = deadlines::contract_deadlines_in(&review, today, Lang::ZhHans);
    let letter = letter::notice_letter(&review, &found, today).unwrap();
    let generated_at = d("2029-09-05").and_hms_opt(9, 30, 0).unwrap().and_utc();
    let (bytes, pages, missing) = render_letter(
        &letter,
        &PdfOptions {
            paper: Paper::A4,
            generated_at,
        },
        review.language,
    )
    .unwrap();
    assert_eq!(pages, 1);
    assert!(missing.is_empty(), "characters no font draws: {missing:?}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter-zh-Hans.pdf");
    std::fs::write(&path, &bytes).unwrap();
    // To look at the page: PDF_CHINESE_KEEP=/tmp/folder.
    if let Some(keep) = std::env::var_os("PDF_CHINESE_KEEP") {
        std::fs::copy(&path, Path::new(&keep).join("letter-zh-Hans.pdf")).unwrap();
    }
    let text = run("pdftotext", &["-enc", "UTF-8"], &path);
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join("");
    for expected in [
        "不续约通知函",
        "致：NorthwindVoice",
        "事由：关于NorthwindVoice“BusinessPro(12seats)”套餐不再续约的通知",
        "自2027年1月4日起生效，合同期限为36个月",
        "即2030年1月3日（我司使用服务的最后一天）终止",
        "本通知最迟于2029年10月5日（含当日）送达贵司",
        "特此通知。",
        "此致敬礼！",
        "授权代表：SamOkafor（Managingpartner）",
        "2029年9月5日",
        "代表上述客户签署。",
        "第1页，共1页",
    ] {
        assert!(flat.contains(expected), "no {expected}: {flat}");
    }
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let first = line.chars().next().unwrap();
        let last = line.chars().last().unwrap();
        assert!(
            !"，。、；：？！）」』”".contains(first),
            "line starts with {first}: {line}"
        );
        assert!(!"（「『“".contains(last), "line ends with {last}: {line}");
    }
    let fonts = run("pdffonts", &[], &path);
    let cjk = fonts
        .lines()
        .find(|l| l.contains("Fallback"))
        .unwrap_or_else(|| panic!("no CJK font: {fonts}"));
    let cols: Vec<&str> = cjk.split_whitespace().collect();
    let n = cols.len();
    assert!(cols[0].contains('+'), "a subset's name has a tag: {cjk}");
    assert_eq!(cols[n - 5], "yes", "embedded: {cjk}");
    assert_eq!(cols[n - 4], "yes", "subset: {cjk}");
}

/// The calendar's text with its folded lines joined again (RFC 5545 §3.1 folds at 75 octets).
fn unfolded(ics: &str) -> String {
    ics.replace("\r\n ", "")
}

#[test]
fn the_calendar_follows_the_reviews_language_not_the_exporters() {
    let today = d("2029-09-05");
    let chinese = signed_example(Lang::ZhHans);
    let contract = deadlines::calendar_contract(&chinese, today);
    let (ics, events) =
        deadlines::calendar_for_each(&[(&contract.0, contract.1)], chrono::Utc::now(), Lang::En)
            .unwrap();
    assert!(events > 0);
    let ics = unfolded(&ics);
    assert!(ics.contains("X-WR-CALNAME:合同关键日期："), "{ics}");
    assert!(ics.contains("CATEGORIES:合同关键日期"), "{ics}");
    // The notice deadline's detail gives the rule in Chinese, its date as Chinese writes it.
    assert!(ics.contains("合同期限结束（2030年1月3日）前90天"), "{ics}");
    assert!(ics.contains("还有 30 天"), "{ics}");
    assert!(!ics.contains("Notice deadline"), "{ics}");
    assert!(!ics.contains("before the end of the term"), "{ics}");

    // An English review exported from a Chinese window stays English; with both, each event
    // follows its own review and the calendar's name the exporter's language.
    let english = signed_example(Lang::En);
    let english_contract = deadlines::calendar_contract(&english, today);
    let (ics, _) = deadlines::calendar_for_each(
        &[(&english_contract.0, english_contract.1)],
        chrono::Utc::now(),
        Lang::ZhHans,
    )
    .unwrap();
    let ics = unfolded(&ics);
    assert!(ics.contains("X-WR-CALNAME:Contract deadlines: "), "{ics}");
    assert!(
        ics.contains("90 days before the end of the term (3 Jan 2030)"),
        "{ics}"
    );
    let (both, both_events) = deadlines::calendar_for_each(
        &[
            (&contract.0, contract.1),
            (&english_contract.0, english_contract.1),
        ],
        chrono::Utc::now(),
        Lang::ZhHans,
    )
    .unwrap();
    assert_eq!(both_events, 2 * events);
    let both = unfolded(&both);
    assert!(both.contains("X-WR-CALNAME:合同关键日期\r\n"), "{both}");
    assert!(both.contains("CATEGORIES:Contract deadline\r\n"), "{both}");
    assert!(both.contains("CATEGORIES:合同关键日期\r\n"), "{both}");
}

#[test]
fn days_and_notice_periods_take_the_right_words_in_each_language() {
    use voip_review_core::calc::dates::{Notice, NoticeBasis, days_left_words, days_left_words_in};
    assert_eq!(days_left_words(1), "1 day left");
    assert_eq!(days_left_words(-1), "passed 1 day ago");
    assert_eq!(days_left_words(0), "today is the last day");
    assert_eq!(days_left_words_in(1, Lang::ZhHans), "还剩1天");
    assert_eq!(days_left_words_in(45, Lang::ZhHans), "还剩45天");
    assert_eq!(days_left_words_in(-3, Lang::ZhHans), "已过3天");
    assert_eq!(days_left_words_in(0, Lang::ZhHans), "今天是最后一天");
    assert_eq!(Notice::Days(1).describe(), "1 day");
    assert_eq!(Notice::Months(3).describe(), "3 months");
    assert_eq!(Notice::Days(60).describe_in(Lang::ZhHans), "60天");
    assert_eq!(Notice::Months(1).describe_in(Lang::ZhHans), "1个月");
    assert_eq!(NoticeBasis::RenewalDate.label_in(Lang::ZhHans), "续约日");

    // The calculators' refusals, shown "标签：规则" in Chinese, English as before.
    use voip_review_core::calc::dates::contract_dates;
    let err = contract_dates(
        d("2027-01-04"),
        12,
        Some(Notice::Days(400)),
        NoticeBasis::EndOfTerm,
        None,
        None,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Notice period: 400 days is longer than the 12-month term; notice must fit within the term"
    );
    assert_eq!(
        err.message(Lang::ZhHans),
        "提前通知期：400天比12个月的合同期限还长；提前通知期必须短于合同期限"
    );
    let err =
        contract_dates(d("2027-01-04"), 0, None, NoticeBasis::EndOfTerm, None, None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Contract term: must be between 1 and 120 months, not 0"
    );
    assert_eq!(
        err.message(Lang::ZhHans),
        "合同期限：必须在1到120个月之间，而不是0"
    );
    let err = voip_review_core::calc::check_percent(
        "sla.uptime_percent",
        voip_review_core::i18n::msg::CALC_LABEL_UPTIME,
        100.5,
        0.0,
        100.0,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Guaranteed uptime: must be a percentage between 0 % and 100 %, not 100.5"
    );
    assert_eq!(
        err.message(Lang::ZhHans),
        "保证可用性：必须是0%到100%之间的百分比，而不是100.5"
    );
}
