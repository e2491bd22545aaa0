//! The contract reader measured on the corpus under tests/fixtures/contracts/: contracts written
//! for these tests in the wording styles of published VoIP/UCaaS terms, each with the facts a
//! careful reader finds in it (expected.json, written by hand from the text, never from the
//! finder's output). Every contract is read as text, PDF and DOCX; precision and recall are
//! reported per fact and overall, and must stay above the targets of issue 13.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use voip_review::contract::{self, Suggestion};
use voip_review::model::AnswerValue;

const MIN_PRECISION: f64 = 0.95;
const MIN_RECALL: f64 = 0.85;

#[derive(Default)]
struct Score {
    expected: u32,
    found_right: u32,
    found_wrong: u32,
}

fn matches(expected: &Value, found: &AnswerValue) -> bool {
    if let Some(words) = expected.get("contains").and_then(Value::as_array) {
        let AnswerValue::Text(text) = found else {
            return false;
        };
        let text = text.to_lowercase();
        return words
            .iter()
            .filter_map(Value::as_str)
            .all(|w| text.contains(&w.to_lowercase()));
    }
    let expected: AnswerValue =
        serde_json::from_value(expected.clone()).expect("expected.json holds answers");
    match (&expected, found) {
        (AnswerValue::Percent(a), AnswerValue::Percent(b))
        | (AnswerValue::Decimal(a), AnswerValue::Decimal(b)) => (a - b).abs() < 1e-9,
        _ => &expected == found,
    }
}

fn read(dir: &Path, extension: &str) -> Option<Vec<Suggestion>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("fixture folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    if files.is_empty() {
        return None;
    }
    files.sort();
    let documents = files
        .iter()
        .map(|f| {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            contract::read_document(&name, &std::fs::read(f).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", f.display()))
        })
        .collect();
    Some(contract::read(documents).suggestions)
}

#[test]
fn corpus_precision_and_recall_per_fact() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/contracts");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("expected.json").exists())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 12, "the corpus has {} contracts", dirs.len());
    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    let mut problems = Vec::new();
    for dir in &dirs {
        let expected: BTreeMap<String, Value> =
            serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap())
                .unwrap();
        for extension in ["txt", "pdf", "docx"] {
            let Some(found) = read(dir, extension) else {
                continue;
            };
            let name = format!(
                "{} ({extension})",
                dir.file_name().unwrap().to_string_lossy()
            );
            for (question, want) in &expected {
                let score = scores.entry(question.clone()).or_default();
                score.expected += 1;
                match found.iter().find(|s| &s.question_id == question) {
                    Some(s) if matches(want, &s.value) => score.found_right += 1,
                    Some(s) => {
                        score.found_wrong += 1;
                        problems.push(format!(
                            "{name}: {question} = {:?} (rule {}, \"{}\"), expected {want}",
                            s.value, s.rule, s.quote
                        ));
                    }
                    None => problems.push(format!("{name}: {question} missed")),
                }
            }
            for s in &found {
                if !expected.contains_key(&s.question_id) {
                    scores.entry(s.question_id.clone()).or_default().found_wrong += 1;
                    problems.push(format!(
                        "{name}: {} = {:?} found but not expected (rule {}, \"{}\")",
                        s.question_id, s.value, s.rule, s.quote
                    ));
                }
            }
        }
    }
    let (mut right, mut wrong, mut expected) = (0, 0, 0);
    println!("{:<45} {:>9} {:>7}", "fact", "precision", "recall");
    for (question, s) in &scores {
        right += s.found_right;
        wrong += s.found_wrong;
        expected += s.expected;
        let precision = f64::from(s.found_right) / f64::from((s.found_right + s.found_wrong).max(1));
        let recall = f64::from(s.found_right) / f64::from(s.expected.max(1));
        println!("{question:<45} {:>8.0}% {:>6.0}%", precision * 100.0, recall * 100.0);
    }
    let precision = f64::from(right) / f64::from((right + wrong).max(1));
    let recall = f64::from(right) / f64::from(expected.max(1));
    println!(
        "overall: precision {:.1}% ({right} right of {}), recall {:.1}% ({right} of {expected})",
        precision * 100.0,
        right + wrong,
        recall * 100.0
    );
    for p in &problems {
        println!("  {p}");
    }
    assert!(precision >= MIN_PRECISION, "precision {precision:.3} below {MIN_PRECISION}");
    assert!(recall >= MIN_RECALL, "recall {recall:.3} below {MIN_RECALL}");
}
