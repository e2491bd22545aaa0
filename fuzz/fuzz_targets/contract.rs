//! The contract reader on arbitrary bytes: read as a document (its kind found from the bytes:
//! PDF, DOCX or text) and searched. It may refuse the input with a message; it must never
//! panic, hang or take unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use voip_review_core::contract;

fuzz_target!(|data: &[u8]| {
    if let Ok(document) = contract::read_document("fuzzed", data) {
        let reading = contract::read(vec![document]);
        // Every location points inside its page.
        for s in &reading.suggestions {
            let page = &reading.documents[0].pages[s.location.page as usize - 1];
            let units = page.encode_utf16().count() as u32;
            assert!(s.location.start <= s.location.end && s.location.end <= units);
        }
    }
    // The finder alone, on text that reaches it unchanged.
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(document) = contract::pasted_document("Pasted text", text)
    {
        let _ = contract::read(vec![document]);
    }
});
