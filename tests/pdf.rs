//! The sign-off PDF, checked the way a reader's tools see it: poppler's pdftotext, pdffonts and
//! pdfinfo, and qpdf --check. These tools are installed by scripts/setup.sh.

use std::path::Path;
use std::process::Command;
use voip_review_core::files::{
    ExportDocument, MAX_FILE_NAME_BYTES, export_file_name, pdf_file_name, write_file_atomically,
};
use voip_review_core::model::{
    AnswerValue, AreaState, Decision, Paper, Rating, ReviewContext, SignOff, YesNo,
};
use voip_review_core::pdf::{PdfOptions, render_review};
use voip_review_core::report::review_report;
use voip_review_core::store::NewReview;
use voip_review_core::{Store, sample, template};

fn tool(name: &str, args: &[&str], file: &Path) -> String {
    let out = Command::new(name)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed (apt-get install poppler-utils qpdf): {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// pdftotext's text with every run of whitespace made one space, so wrapped lines compare.
fn flat_text(file: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(file)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The body text only: footers removed, so text that continues over a page break reads on.
fn body_text(file: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(file)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| {
            let footer =
                l.starts_with("Generated ") || (l.starts_with("Page ") && l.contains(" of "));
            !footer
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn export(
    store: &Store,
    id: i64,
    paper: Paper,
    dir: &Path,
    name: &str,
) -> (std::path::PathBuf, voip_review_core::pdf::PdfOutput) {
    let review = store.get_review(id).unwrap();
    let out = render_review(
        &review,
        template(),
        &PdfOptions {
            paper,
            generated_at: chrono::Utc::now(),
        },
    )
    .unwrap();
    let path = dir.join(name);
    write_file_atomically(&path, &out.bytes, false).unwrap();
    (path, out)
}

fn check_structure(path: &Path) {
    let qpdf = Command::new("qpdf")
        .arg("--check")
        .arg(path)
        .output()
        .expect("qpdf");
    let report = String::from_utf8_lossy(&qpdf.stdout);
    assert!(
        qpdf.status.success(),
        "qpdf --check: {report}{}",
        String::from_utf8_lossy(&qpdf.stderr)
    );
    assert!(
        report.contains("No syntax or stream encoding errors"),
        "{report}"
    );

    let fonts = tool("pdffonts", &[], path);
    let rows: Vec<&str> = fonts
        .lines()
        .skip(2)
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert!(!rows.is_empty(), "no fonts: {fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type [type] encoding emb sub uni object ID
        let n = cols.len();
        assert_eq!(cols[n - 5], "yes", "font not embedded: {row}");
        assert_eq!(cols[n - 4], "yes", "font not subset: {row}");
    }

    let info = tool("pdfinfo", &[], path);
    let today = chrono::Utc::now().format("%Y").to_string();
    let created = info
        .lines()
        .find(|l| l.starts_with("CreationDate:"))
        .unwrap_or_default();
    assert!(
        created.contains(&today),
        "creation date is not today: {created}"
    );
    assert!(!info.contains("PDF/X"), "no empty PDF/X marker: {info}");
}

#[test]
fn the_example_review_exports_completely() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let id = store.insert_review(&sample::example_review()).unwrap();
    let (path, out) = export(&store, id, Paper::A4, dir.path(), "example.pdf");
    assert!(out.missing_characters.is_empty());
    assert!(
        out.bytes.len() < 100 * 1024,
        "example PDF is {} bytes",
        out.bytes.len()
    );
    check_structure(&path);

    let review = store.get_review(id).unwrap();
    let report = review_report(&review, template());
    // Footers removed: a note may run on over a page break.
    let text = flat(&body_text(&path));
    for area in &template().areas {
        assert!(
            text.contains(&flat(&area.title)),
            "area title missing: {}",
            area.title
        );
    }
    for state in &review.areas {
        assert!(!state.notes.is_empty());
        assert!(
            text.contains(&flat(&state.notes)),
            "notes missing word for word: {}",
            state.notes
        );
        assert!(text.contains(state.rating.label()));
    }
    let insights = voip_review_core::insights::insights(&review, None);
    assert!(!insights.provider_questions.is_empty());
    for q in &insights.provider_questions {
        assert!(
            text.contains(&flat(&q.question)),
            "question for the provider missing: {}",
            q.question
        );
    }
    // Key figures, flags with reasons, the suggestion and the comparison.
    for k in &insights.key_figures {
        let value = k
            .value
            .as_deref()
            .expect("the example has every key figure");
        assert!(
            text.contains(&flat(&k.label)) && text.contains(value),
            "{}",
            k.label
        );
    }
    // Total worked by hand in docs/calculations.md (Total cost: the example review).
    assert!(text.contains("USD 20,164.08"));
    // The example's charge (USD 342.00 for the whole account) in the words of the quote details
    // form ("The charge is for: the account"); its cell may wrap before "the account".
    assert!(text.contains("USD 342.00 a month for"), "{text}");
    // The notice deadline as the app shows it: the last day notice must arrive (the end of the
    // term 2030-01-03 − 90 days = 2029-10-05) and the rule it follows.
    assert!(text.contains(
        "Contract dates: notice must arrive by 5 Oct 2029, 90 days before the end of the term (3 Jan 2030); otherwise it renews for 12 more months"
    ));
    for f in &insights.flags {
        assert!(
            text.contains(&flat(&f.reason)),
            "flag missing: {}",
            f.reason
        );
    }
    assert!(text.contains("Playbook suggests: Negotiate"));
    assert!(text.contains("Competing quotes"));
    for row in &insights.quotes.rows {
        assert!(text.contains(&flat(&row.provider)), "{}", row.provider);
    }
    assert!(text.contains(&report.fingerprint), "fingerprint missing");
    let pages = out.pages;
    assert!(pages >= 2);
    let with_footers = flat_text(&path);
    for n in 1..=pages {
        assert!(
            with_footers.contains(&format!("Page {n} of {pages}")),
            "footer of page {n} missing"
        );
    }
    for must in [
        "Harbour Street Dental",
        "NWV-Q-2026-0418",
        "EXAMPLE REVIEW",
        "Deal-breakers found",
        "Sign-off",
        "Approver signature",
        "Sam Okafor",
        "☒ Approve with conditions",
    ] {
        assert!(text.contains(must), "{must} missing");
    }
    let info = tool("pdfinfo", &[], &path);
    assert!(info.contains("Author:          Dana Whitfield"), "{info}");
    assert!(
        info.contains("Title:           VoIP contract review – Northwind Voice"),
        "{info}"
    );
    assert!(
        info.contains("Page size:       595.28 x 841.89") && info.contains("(A4)"),
        "{info}"
    );
}

fn longest_review() -> NewReview {
    let long_word = "Supercalifragilisticexpialidocious-clause-reference-".repeat(8);
    let paragraph = |seed: usize| {
        (0..180)
            .map(|i| format!("word{}{}", seed, i))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut answers = std::collections::BTreeMap::new();
    for area in &template().areas {
        for q in &area.questions {
            let value = match &q.kind {
                voip_review_core::template::QuestionKind::Text { max_len, .. } => {
                    let suffix = format!(" end-of-answer-{}", q.id);
                    let filler: String = "lorem ipsum "
                        .repeat(*max_len as usize / 12 + 1)
                        .chars()
                        .take(*max_len as usize - suffix.chars().count())
                        .collect();
                    AnswerValue::Text(filler + &suffix)
                }
                voip_review_core::template::QuestionKind::YesNo => {
                    AnswerValue::YesNo(YesNo::NotSure)
                }
                _ => continue,
            };
            answers.insert(q.id.clone(), value);
        }
    }
    NewReview {
        is_example: false,
        context: ReviewContext {
            reviewer: "R".repeat(200),
            company: "Ç".repeat(200),
            provider: "P".repeat(200),
            plan: "Plan with a very long name "
                .repeat(7)
                .chars()
                .take(200)
                .collect(),
            quote_reference: "Q".repeat(200),
            seats: Some(10_000),
            ..ReviewContext::default()
        },
        areas: template()
            .areas
            .iter()
            .enumerate()
            .map(|(i, a)| AreaState {
                area_id: a.id.clone(),
                rating: Rating::ALL[i % 5],
                notes: format!(
                    "{} {}\n\nSecond paragraph {} END-OF-NOTES-{}",
                    long_word,
                    paragraph(i),
                    paragraph(i + 100),
                    a.id
                ),
                clause_reference: "§".repeat(200),
                clause_text: paragraph(i + 200),
            })
            .collect(),
        answers,
        signoff: SignOff {
            approver_name: "A".repeat(200),
            approver_role: "Role".repeat(50),
            decision: Some(Decision::Reject),
            conditions: paragraph(999),
            date: Some("2026-12-01".into()),
        },
        quotes: (0..20)
            .map(|i| voip_review_core::model::QuoteInput {
                provider: format!("Competitor {i} ")
                    .repeat(12)
                    .chars()
                    .take(200)
                    .collect(),
                monthly_minor: 10_000 + i * 1_000,
                term_months: (i % 4) as u32 * 12,
                upfront_minor: i * 5_000,
                seats: (i % 2 == 0).then_some(10 + i as u32),
                taxes_percent: (i % 3 == 0).then_some(7.5),
                escalator_percent: (i % 2 == 1).then_some(3.0),
                notes: paragraph(500 + i as usize).chars().take(2000).collect(),
            })
            .collect(),
        signed_on: None,
        language: voip_review_core::i18n::Lang::En,
    }
}

/// The text of pages `first` to `last`, whitespace made single spaces.
fn pages_text(file: &Path, first: usize, last: usize) -> String {
    let out = Command::new("pdftotext")
        .args([
            "-enc",
            "UTF-8",
            "-f",
            &first.to_string(),
            "-l",
            &last.to_string(),
        ])
        .arg(file)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    flat(&String::from_utf8(out.stdout).unwrap())
}

#[test]
fn page_one_is_a_summary_a_partner_reads_in_five_minutes() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let id = store.insert_review(&sample::example_review()).unwrap();
    let (path, out) = export(&store, id, Paper::A4, dir.path(), "summary.pdf");
    check_structure(&path);
    let one = pages_text(&path, 1, 1);
    let review = store.get_review(id).unwrap();
    let insights = voip_review_core::insights::insights(&review, None);

    // The decision, with the approver's.
    for must in [
        "SUMMARY FOR SIGN-OFF",
        "DECISION Deal-breakers found",
        "Approver's decision: Approve with conditions.",
        // Plurals agree with the counts: 11 flags (the ten of the example's areas plus
        // OpenLine quoting 32.8 % less like for like), 1 of them a candidate, 3 questions.
        "The playbook raised 11 flags, 1 of them a deal-breaker candidate; 3 questions for the provider are listed below.",
    ] {
        assert!(one.contains(must), "{must:?} not on page 1: {one}");
    }
    assert!(!one.contains("flag(s)") && !one.contains("question(s)"));
    // The five figures that matter, with the values worked by hand in
    // insights::tests::example_review_key_figures.
    for (label, value) in [
        ("Total cost over 36 months", "USD 20,164.08"),
        (
            "Cost to leave after month 12 / 24",
            "USD 10,259.28 / USD 5,482.80",
        ),
        (
            "Downtime the SLA allows",
            "4 min 2 s to 4 min 28 s each calendar month",
        ),
        ("Internet upload left free (headroom)", "84 %"),
        // Dates are shown as the app shows them (2029-10-05).
        ("Notice must arrive by", "5 Oct 2029"),
    ] {
        assert!(
            one.contains(&format!("{label} {value}")),
            "{label} {value} not on page 1: {one}"
        );
    }
    // The flags: the deal-breaker first, then as many as fit, the rest counted.
    // 11 flags (see above): 1 deal-breaker candidate and 10 to negotiate.
    let flags = one.find("Flags 11 flags: 1 deal-breaker candidate to decide on, 10 to negotiate.");
    let questions = one.find("Questions for the provider 3 questions to have answered in writing");
    let (flags, questions) = (flags.expect("flags"), questions.expect("questions"));
    assert!(flags < questions);
    let breaker = insights
        .flags
        .iter()
        .find(|f| f.severity == voip_review_core::insights::Severity::DealBreaker)
        .unwrap();
    assert!(one[flags..questions].contains(&format!(
        "1. Deal-breaker · Cancellation and early termination: {}",
        flat(&breaker.reason)
    )));
    let shown = (1..=11)
        .take_while(|n| one[flags..questions].contains(&format!(" {n}. ")))
        .count();
    assert!(shown >= 3, "only {shown} flags on page 1");
    if shown < 11 {
        assert!(
            one[flags..questions].contains(&format!(
                "… and {} more flags in the detail, area by area.",
                11 - shown
            )),
            "{}",
            &one[flags..questions]
        );
    }
    // Every question for the provider (3 in the example).
    for q in &insights.provider_questions {
        assert!(
            one[questions..].contains(&flat(&q.question)),
            "{}",
            q.question
        );
    }
    assert!(one.contains(&format!(
        "fingerprint {}",
        review_report(&review, template()).fingerprint
    )));
    assert!(one.contains("Fingerprint: A short code worked out from everything in the review"));
    assert!(one.contains("The detail follows"));
    // The detail starts on page 2; nothing of it is on page 1.
    assert!(!one.contains("The ten areas at a glance"));
    assert!(!one.contains("How it is worked out"));
    assert!(pages_text(&path, 2, 2).starts_with("THE DETAIL"));
    // The glossary of the words used, near the end.
    let last = pages_text(&path, 2, out.pages);
    let words = last.find("Words used in this review").expect("glossary");
    for line in [
        "escalator: A yearly price rise written into the contract",
        "codec: The method that turns speech into data",
        "ETF: Early-termination fee: what the contract charges if you leave before the term ends.",
    ] {
        assert!(last[words..].contains(line), "{line}");
    }
}

#[test]
fn a_review_with_every_field_at_its_longest_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let id = store.insert_review(&longest_review()).unwrap();
    let (path, out) = export(&store, id, Paper::Letter, dir.path(), "long.pdf");
    check_structure(&path);
    let text = flat_text(&path);
    let review = store.get_review(id).unwrap();
    for state in &review.areas {
        // Long words are broken across lines, so compare with the spaces removed.
        let squeezed: String = body_text(&path).split_whitespace().collect();
        let notes: String = state.notes.split_whitespace().collect();
        assert!(
            squeezed.contains(&notes),
            "notes of {} not complete",
            state.area_id
        );
        assert!(text.contains(&format!("END-OF-NOTES-{}", state.area_id)));
    }
    for (id, value) in &review.answers {
        // A question that does not apply (its `show_if` not met) is not printed.
        if let AnswerValue::Text(_) = value
            && template().applies(id, &review.answers)
        {
            assert!(
                text.contains(&format!("end-of-answer-{id}")),
                "answer {id} cut"
            );
        }
    }
    let pages = out.pages;
    assert!(text.contains(&format!("Page {pages} of {pages}")));
    // The summary stays on one page however long the review.
    let one = pages_text(&path, 1, 1);
    assert!(one.contains("The detail follows"), "{one}");
    assert!(pages_text(&path, 2, 2).starts_with("THE DETAIL"));
    let info = tool("pdfinfo", &[], &path);
    assert!(
        info.contains("612 x 792 pts (letter)"),
        "{}",
        info.lines()
            .filter(|l| l.starts_with("Page"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// An English review of "Acme" whose SLA area has `note`.
fn review_with_sla_note(note: &str) -> (Store, voip_review_core::model::ReviewId) {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .create_review(
            &ReviewContext {
                provider: "Acme".into(),
                ..Default::default()
            },
            voip_review_core::i18n::Lang::En,
        )
        .unwrap();
    store
        .set_area_text(
            id,
            "sla",
            voip_review_core::model::AreaTextField::Notes,
            note,
        )
        .unwrap();
    (store, id)
}

#[test]
fn characters_without_a_font_are_shown_as_a_mark_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    // Linear B has no glyph in DejaVu or the usual CJK fonts.
    let (store, id) = review_with_sla_note("Ask 𐀀𐀁 now");
    let (path, out) = export(&store, id, Paper::A4, dir.path(), "missing.pdf");
    assert_eq!(out.missing_characters, vec!['𐀀', '𐀁']);
    assert!(flat_text(&path).contains("Ask □□ now"));
}

#[test]
fn a_tab_in_a_note_prints_as_a_space_not_a_missing_mark() {
    let dir = tempfile::tempdir().unwrap();
    // Pasted from a spreadsheet: cells separated by tabs.
    let (store, id) = review_with_sla_note("Uptime\t99.9 %\tCredits\t10 %");
    let (path, out) = export(&store, id, Paper::A4, dir.path(), "tab.pdf");
    assert!(
        out.missing_characters.is_empty(),
        "{:?}",
        out.missing_characters
    );
    let text = flat_text(&path);
    assert!(text.contains("Uptime 99.9 % Credits 10 %"), "{text}");
    assert!(!text.contains('□'), "{text}");
}

#[test]
fn chinese_text_uses_a_system_fallback_font_when_one_is_installed() {
    let installed = [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    ]
    .iter()
    .any(|p| Path::new(p).exists());
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .create_review(
            &ReviewContext {
                provider: "声网 Agora".into(),
                ..Default::default()
            },
            voip_review_core::i18n::Lang::En,
        )
        .unwrap();
    store
        .set_area_text(
            id,
            "sla",
            voip_review_core::model::AreaTextField::Notes,
            "服务等级协议 SLA 99.99%",
        )
        .unwrap();
    let (path, out) = export(&store, id, Paper::A4, dir.path(), "cjk.pdf");
    if installed {
        assert!(
            out.missing_characters.is_empty(),
            "{:?}",
            out.missing_characters
        );
        let text = flat_text(&path);
        assert!(text.contains("服务等级协议 SLA 99.99%"), "{text}");
        assert!(text.contains("声网 Agora"));
        check_structure(&path);
    } else {
        assert!(
            !out.missing_characters.is_empty(),
            "without a CJK font the characters are reported"
        );
    }
}

#[test]
fn files_are_written_atomically_and_not_replaced_without_permission() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.pdf");
    write_file_atomically(&path, b"first", false).unwrap();
    let err = write_file_atomically(&path, b"second", false).unwrap_err();
    assert!(err.to_string().contains("already exists"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), b"first");
    write_file_atomically(&path, b"second", true).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"second");

    let missing = dir.path().join("no/such/folder/out.pdf");
    let err = write_file_atomically(&missing, b"x", false).unwrap_err();
    assert!(err.to_string().contains("no/such/folder"), "{err}");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers,
        vec![std::ffi::OsString::from("out.pdf")],
        "no temporary files left"
    );
}

#[test]
fn the_default_file_name_follows_the_pattern() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .create_review(
            &ReviewContext {
                provider: "Acme/Voice: Pro".into(),
                ..Default::default()
            },
            voip_review_core::i18n::Lang::En,
        )
        .unwrap();
    let review = store.get_review(id).unwrap();
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    assert_eq!(
        pdf_file_name(&review, date),
        "Acme-Voice- Pro – VoIP contract review – 2026-11-29.pdf"
    );
}

/// Each document is offered under a name in its own language (the review's, whoever exports it);
/// the calendar of every contract in the exporter's language. Dates stay ISO.
#[test]
fn the_default_file_names_are_in_the_documents_language() {
    use voip_review_core::files::all_deadlines_file_name;
    use voip_review_core::i18n::Lang;
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let mut chinese = review_named("云朗通信");
    chinese.language = Lang::ZhHans;
    let mut english = review_named("Acme Voice");
    english.language = Lang::En;
    let names = |review: &voip_review_core::model::Review| {
        [
            ExportDocument::SignOffPdf,
            ExportDocument::ReviewFile,
            ExportDocument::NoticeLetter,
            ExportDocument::Calendar,
        ]
        .map(|document| export_file_name(review, date, document))
    };
    assert_eq!(
        names(&chinese),
        [
            "云朗通信 – VoIP 合同审查 – 2026-11-29.pdf",
            "云朗通信 – VoIP 合同审查 – 2026-11-29.json",
            "云朗通信 – 不续约通知函 – 2026-11-29.pdf",
            "云朗通信 – 合同期限 – 2026-11-29.ics",
        ]
    );
    assert_eq!(
        names(&english),
        [
            "Acme Voice – VoIP contract review – 2026-11-29.pdf",
            "Acme Voice – VoIP contract review – 2026-11-29.json",
            "Acme Voice – notice letter – 2026-11-29.pdf",
            "Acme Voice – deadlines – 2026-11-29.ics",
        ]
    );
    // A review whose provider is only characters file systems refuse or invisible marks.
    let mut unnamed = review_named("\u{202E}");
    unnamed.language = Lang::ZhHans;
    assert_eq!(
        pdf_file_name(&unnamed, date),
        "审查 – VoIP 合同审查 – 2026-11-29.pdf"
    );
    unnamed.language = Lang::En;
    assert_eq!(
        pdf_file_name(&unnamed, date),
        "Review – VoIP contract review – 2026-11-29.pdf"
    );
    assert_eq!(
        all_deadlines_file_name(date, Lang::ZhHans),
        "合同期限 – 2026-11-29.ics"
    );
    assert_eq!(
        all_deadlines_file_name(date, Lang::En),
        "Contract deadlines – 2026-11-29.ics"
    );
}

/// The seeds' support terms: the severity table, graded, in the support section; the owner's
/// checks in their own list, after the questions for the provider and never among them.
#[test]
fn the_severity_table_and_the_owners_checks_are_printed() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let id = store.insert_review(&sample::example_review()).unwrap();
    let (path, _) = export(&store, id, Paper::A4, dir.path(), "support.pdf");
    let text = body_text(&path);
    let support = text.find("7. Customer support").expect("support section");
    let table = text[support..]
        .find("Response and resolution by severity:")
        .map(|at| support + at)
        .expect("severity table in the support section");
    let upfront = text.find("8. Upfront costs").unwrap();
    assert!(table < upfront);
    // pdftotext may join a number and its unit in a narrow cell ("4h"): compare without spaces.
    let squeeze = |s: &str| s.split_whitespace().collect::<String>();
    let section = squeeze(&text[support..upfront]);
    for row in [
        "P1 System down 30 min good 4 h",
        "P2 Major function impaired 2 h good 8 h",
        "P3 Minor, with a workaround 8 h weak 3 days",
        "P4 Question or request 24 h weak 5 days",
        "On a business-hours clock, a P2 logged on Friday at 17:00 is answered by Monday 11:00 (66 h later)",
        "Test ticket: first reply after 1 h 35 min (good)",
    ] {
        assert!(
            section.contains(&squeeze(row)),
            "missing {row:?} in {section}"
        );
    }
    let flat_all = flat(&text);
    assert!(flat_all.contains("Critical security fixes: 48 h: within the 72-hour benchmark"));
    assert!(
        flat_all
            .contains("Damage on arrival: replaced free if reported within 14 days of delivery")
    );
    let provider = flat_all.find("Questions for the provider").unwrap();
    let owner = flat_all
        .find("To check yourself before signing")
        .expect("owner's checks section");
    assert!(provider < owner);
    let check = "Look up the phone model's own warranty on the maker's website";
    assert!(flat_all[owner..].contains(check));
    assert!(!flat_all[provider..owner].contains(check));
}

fn review_named(provider: &str) -> voip_review_core::model::Review {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .create_review(
            &ReviewContext {
                provider: "Placeholder".into(),
                ..Default::default()
            },
            voip_review_core::i18n::Lang::En,
        )
        .unwrap();
    let mut review = store.get_review(id).unwrap();
    // Set directly: the store refuses such names now, but older databases may hold them.
    review.context.provider = provider.into();
    review
}

/// U+202E (right-to-left override) would make "Acme\u{202E}fdp.exe" read as "Acmeexe.pdf".
#[test]
fn text_direction_characters_cannot_spoof_the_file_name() {
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let review = review_named("Acme\u{202E}fdp.exe\u{2066}\u{200F}");
    let name = pdf_file_name(&review, date);
    assert_eq!(name, "Acmefdp.exe – VoIP contract review – 2026-11-29.pdf");
    let mut store = Store::open_in_memory().unwrap();
    let err = store
        .create_review(
            &ReviewContext {
                provider: "Acme\u{202E}fdp.exe".into(),
                ..Default::default()
            },
            voip_review_core::i18n::Lang::En,
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("context.provider"));
    assert!(err.to_string().contains("text-direction"), "{err}");
}

/// A provider of 200 characters (the most allowed) of 3-byte characters is 600 bytes; the name is
/// shortened to fit the 255-byte limit of file systems, and the file is written.
#[test]
fn a_200_character_provider_still_exports() {
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for provider in ["電".repeat(200), "x".repeat(200), "é".repeat(200)] {
        let review = review_named(&provider);
        for (document, extension) in [
            (ExportDocument::SignOffPdf, "pdf"),
            (ExportDocument::ReviewFile, "json"),
        ] {
            let name = export_file_name(&review, date, document);
            assert!(name.len() <= MAX_FILE_NAME_BYTES, "{} bytes", name.len());
            assert!(
                name.ends_with(&format!(" – VoIP contract review – 2026-11-29.{extension}")),
                "{name}"
            );
            assert!(name.starts_with(&provider[..provider.chars().next().unwrap().len_utf8()]));
            let path = dir.path().join(&name);
            write_file_atomically(&path, b"%PDF", false).unwrap();
            assert_eq!(std::fs::read(&path).unwrap(), b"%PDF");
        }
    }
    // "電" is 3 bytes and the tail " – VoIP contract review – 2026-11-29.pdf" 44 (each dash 3):
    // (255 - 44) / 3 = 70 whole characters fit.
    let name = pdf_file_name(&review_named(&"電".repeat(200)), date);
    assert_eq!(name.chars().filter(|c| *c == '電').count(), 70);
}

/// The temporary file is created exclusively under a random name: a symbolic link planted at the
/// name the old code used (".<name>.<pid>.tmp") is neither followed nor replaced.
#[cfg(unix)]
#[test]
fn a_planted_symlink_is_never_followed() {
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, b"precious").unwrap();
    let target = dir.path().join("out.pdf");
    let planted = dir
        .path()
        .join(format!(".out.pdf.{}.tmp", std::process::id()));
    std::os::unix::fs::symlink(&victim, &planted).unwrap();
    write_file_atomically(&target, b"%PDF-new", false).unwrap();
    assert_eq!(std::fs::read(&victim).unwrap(), b"precious");
    assert_eq!(std::fs::read(&target).unwrap(), b"%PDF-new");
    assert!(
        !std::fs::symlink_metadata(&target)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the target is a new regular file"
    );
    // Not overwriting also holds when the target is a dangling symlink.
    let dangling = dir.path().join("dangling.pdf");
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).unwrap();
    assert!(write_file_atomically(&dangling, b"x", false).is_err());
    assert!(!dir.path().join("nowhere").exists());
}

/// An export into the app's data folder (where the database and backups live) is refused,
/// also through a symbolic link to it; any other folder is fine.
#[test]
fn an_export_into_the_data_folder_is_refused() {
    use voip_review_core::paths::refuse_export_into_data_folder as refuse;
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    std::fs::create_dir_all(data.join("backups")).unwrap();
    let docs = home.path().join("Documents");
    std::fs::create_dir_all(&docs).unwrap();
    let err = refuse(&data.join("reviews.sqlite3"), &data).unwrap_err();
    assert_eq!(err.field(), Some("out"));
    assert!(err.to_string().contains("app's own data folder"), "{err}");
    assert!(refuse(&data.join("backups/x.pdf"), &data).is_err());
    assert!(refuse(&docs.join("x.pdf"), &data).is_ok());
    assert!(refuse(&home.path().join("data-copy.pdf"), &data).is_ok());
    #[cfg(unix)]
    {
        let link = home.path().join("shortcut");
        std::os::unix::fs::symlink(&data, &link).unwrap();
        assert!(refuse(&link.join("x.pdf"), &data).is_err());
    }
}

#[test]
fn answers_read_as_the_app_shows_them_dates_and_units_included() {
    let t = template::template();
    let question = |id: &str| {
        t.areas
            .iter()
            .flat_map(|a| a.questions.iter())
            .find(|q| q.id == id)
            .unwrap()
    };
    let show = voip_review_core::display::answer;
    // One date format in the app and the PDF (it printed 2026-12-15 in the answer table).
    assert_eq!(
        show(
            question("upfront.promotion_expires"),
            &AnswerValue::Date("2026-12-15".into())
        ),
        "15 Dec 2026"
    );
    // The template's unit agrees with the number; a symbol stays as it is.
    let phones = question("upfront.phones_count");
    assert_eq!(show(phones, &AnswerValue::Integer(1)), "1 device");
    assert_eq!(show(phones, &AnswerValue::Integer(20)), "20 devices");
    assert_eq!(
        show(
            question("bandwidth.measured_up_mbps"),
            &AnswerValue::Decimal(1.0)
        ),
        "1 Mbps"
    );
}

/// Whether `word` occurs in `text` with no letter or digit right before or after it.
fn has_whole_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn the_glossary_lists_exactly_the_terms_the_document_prints() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let id = store.insert_review(&sample::example_review()).unwrap();
    let (path, _) = export(&store, id, Paper::A4, dir.path(), "example.pdf");
    // The document as pdftotext reads it, split into the glossary and everything else.
    let text = flat(&body_text(&path));
    let start = text.find("Words used in this review").expect("a glossary");
    let end = start
        + text[start..]
            .find("Sign-off")
            .expect("the sign-off after it");
    let glossary = &text[start..end];
    let rest = format!("{} {} fingerprint revision", &text[..start], &text[end..]).to_lowercase();
    let mut listed = 0;
    for entry in voip_review_core::glossary::glossary_in(voip_review_core::i18n::Lang::En) {
        let is_listed = glossary.contains(&format!(" {}: ", entry.term))
            || glossary.starts_with(&format!("Words used in this review {}: ", entry.term));
        let is_printed = entry
            .matches
            .iter()
            .any(|m| has_whole_word(&rest, &m.to_lowercase()));
        assert_eq!(is_listed, is_printed, "{}", entry.term);
        listed += usize::from(is_listed);
    }
    assert!(listed >= 10, "the example uses many of the terms: {listed}");
}
