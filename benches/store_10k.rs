//! The store at scale: 10,000 reviews with all their answers, in a file on disk (WAL, as the app
//! uses it). Measures the home list, a search, one autosave and the import of one review file.
//! Run with `cargo bench --bench store_10k`; figures in docs/performance.md.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use voip_review_core::model::AnswerValue;
use voip_review_core::{Store, review_file, sample};

const REVIEWS: usize = 10_000;

fn store_with_10k(dir: &std::path::Path) -> Store {
    let mut store = Store::open(&dir.join("bench.sqlite3")).expect("store");
    let mut review = sample::example_review();
    for i in 0..REVIEWS {
        // Distinct providers so a search has something to find and something to skip.
        review.context.provider = format!(
            "Provider {i:05} {}",
            ["Voice", "Telecom", "Cloud PBX"][i % 3]
        );
        review.is_example = false;
        store.insert_review(&review).expect("insert");
    }
    store
}

fn at_scale(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let started = std::time::Instant::now();
    let mut store = store_with_10k(dir.path());
    eprintln!("generated {REVIEWS} reviews in {:?}", started.elapsed());
    let answers: usize = (1..=REVIEWS as i64)
        .map(|id| store.get_review(id).map(|r| r.answers.len()).unwrap_or(0))
        .take(1)
        .sum();
    eprintln!("answers per review: {answers}");

    c.bench_function("home_list_10k", |b| {
        b.iter(|| store.list_reviews(black_box("")).expect("list"))
    });
    c.bench_function("search_10k", |b| {
        b.iter(|| {
            store
                .list_reviews(black_box("provider 0421"))
                .expect("search")
        })
    });

    // The first save of a session takes the day's backup when one is due (a copy of the whole
    // database), so it is timed on its own; criterion's median below is the saves after it.
    let backups = |dir: &std::path::Path| {
        std::fs::read_dir(dir.join("backups")).map_or(0, |entries| entries.count())
    };
    let before = backups(dir.path());
    let first = std::time::Instant::now();
    store
        .set_answer(
            5_000,
            "sla.uptime_percent",
            Some(&AnswerValue::Percent(98.5)),
        )
        .expect("first save");
    eprintln!(
        "first save: {:?}, backups {before} before it, {} after",
        first.elapsed(),
        backups(dir.path())
    );

    let mut uptime = 99.0;
    c.bench_function("autosave_one_answer_10k", |b| {
        b.iter(|| {
            uptime = if uptime >= 99.99 { 99.0 } else { uptime + 0.01 };
            store
                .set_answer(
                    5_000,
                    "sla.uptime_percent",
                    Some(&AnswerValue::Percent(uptime)),
                )
                .expect("save")
        })
    });

    let review = store.get_review(1).expect("review");
    let file = review_file::export(&review, chrono::Utc::now());
    eprintln!("review file: {} bytes", file.len());
    c.bench_function("import_one_review_file_10k", |b| {
        b.iter(|| {
            let new = review_file::parse(black_box(&file)).expect("parse");
            store.insert_review(&new).expect("insert")
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = at_scale
}
criterion_main!(benches);
