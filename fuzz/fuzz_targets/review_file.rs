//! Fuzzes the review-file parser and validator: any bytes must yield a review or a clear error,
//! never a panic; whatever parses must also insert into a store and export again.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(review) = voip_review_core::review_file::parse(data) else {
        return;
    };
    let mut store = voip_review_core::Store::open_in_memory().expect("in-memory store");
    let id = store
        .insert_review(&review)
        .expect("a parsed review file always inserts");
    let stored = store.get_review(id).expect("just inserted");
    let again = voip_review_core::review_file::export(&stored, chrono::DateTime::UNIX_EPOCH);
    let reparsed = voip_review_core::review_file::parse(&again).expect("an exported file parses");
    assert_eq!(reparsed.answers, review.answers);
});
