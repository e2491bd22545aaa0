//! In-process export of the example review to PDF bytes: render, subset fonts, serialise.
//! Run with `cargo bench --bench pdf_export`; figures in docs/performance.md.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use voip_review_core::model::Paper;
use voip_review_core::pdf::{PdfOptions, render_review};
use voip_review_core::{Store, sample, template};

fn export_example(c: &mut Criterion) {
    let mut store = Store::open_in_memory().expect("store");
    let id = store
        .insert_review(&sample::example_review())
        .expect("example");
    let review = store.get_review(id).expect("review");
    let options = PdfOptions {
        paper: Paper::A4,
        generated_at: chrono::Utc::now(),
    };
    let size = render_review(&review, template(), &options)
        .expect("pdf")
        .bytes
        .len();
    eprintln!("example review PDF: {size} bytes");
    c.bench_function("export_example_review_pdf", |b| {
        b.iter(|| render_review(black_box(&review), template(), &options).expect("pdf"))
    });
}

criterion_group!(benches, export_example);
criterion_main!(benches);
