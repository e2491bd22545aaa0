//! The amounts rule, against the cases the UI's parser is held to as well
//! (tests/fixtures/money-cases.json; the UI side runs in `npm --prefix ui test`).

use voip_review_core::money::{format_amount, parse_amount};

#[test]
fn amounts_are_read_and_written_as_the_shared_cases_say() {
    let cases: serde_json::Value = serde_json::from_str(include_str!("fixtures/money-cases.json"))
        .expect("the cases are JSON");
    for case in cases["parse"].as_array().unwrap() {
        let text = case["text"].as_str().unwrap();
        let currency = case["currency"].as_str().unwrap();
        let got = parse_amount("amount", "Amount", text, currency)
            .map_err(|e| e.to_string().trim_start_matches("Amount: ").to_owned());
        let expected = match case.get("minor") {
            Some(minor) => Ok(minor.as_i64().unwrap()),
            None => Err(case["error"].as_str().unwrap().to_owned()),
        };
        assert_eq!(got, expected, "{text:?} in {currency}");
    }
    for case in cases["format"].as_array().unwrap() {
        let minor = case["minor"].as_i64().unwrap();
        let currency = case["currency"].as_str().unwrap();
        assert_eq!(
            format_amount(minor, currency),
            case["text"].as_str().unwrap(),
            "{minor} in {currency}"
        );
    }
}
