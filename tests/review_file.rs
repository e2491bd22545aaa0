//! Review files: export, import, and refusal of every kind of broken file with its JSON path.

use serde_json::{Value, json};
use voip_review_core::review_file::{
    self, CONTRACT_FORMAT_VERSION, FORMAT_VERSION, LANGUAGE_FORMAT_VERSION, NEWEST_FORMAT_VERSION,
};
use voip_review_core::{Store, sample};

fn exported_example() -> (Store, i64, Value) {
    let mut store = Store::open_in_memory().unwrap();
    let id = store.insert_review(&sample::example_review()).unwrap();
    let review = store.get_review(id).unwrap();
    let bytes = review_file::export(&review, chrono::Utc::now());
    (store, id, serde_json::from_slice(&bytes).unwrap())
}

fn import(store: &mut Store, value: &Value) -> Result<i64, String> {
    let bytes = serde_json::to_vec(value).unwrap();
    review_file::parse(&bytes)
        .and_then(|new| store.insert_review(&new))
        .map_err(|e| e.to_string())
}

#[test]
fn export_then_import_is_the_same_review() {
    let (mut store, id, file) = exported_example();
    assert_eq!(file["format"], "voip-contract-review");
    assert_eq!(file["format_version"], FORMAT_VERSION);
    let first = import(&mut store, &file).unwrap();
    let second = import(&mut store, &file).unwrap();
    assert_ne!(first, second, "importing twice makes two reviews");
    let original = store.get_review(id).unwrap();
    for copy in [first, second] {
        let imported = store.get_review(copy).unwrap();
        assert!(!imported.is_example);
        assert_eq!(imported.context, original.context);
        assert_eq!(imported.areas, original.areas);
        assert_eq!(imported.answers, original.answers);
        assert_eq!(imported.signoff, original.signoff);
        assert_eq!(
            imported.quotes.iter().map(|q| &q.quote).collect::<Vec<_>>(),
            original.quotes.iter().map(|q| &q.quote).collect::<Vec<_>>()
        );
    }
}

/// Each broken file is refused with its JSON path and rule, and nothing is written.
#[test]
fn malformed_files_name_the_first_problem_and_write_nothing() {
    let (mut store, _, good) = exported_example();
    let before = store.review_count().unwrap();
    let with = |path: &[&str], value: Value| {
        let mut file = good.clone();
        let mut at = &mut file;
        for key in &path[..path.len() - 1] {
            at = match key.parse::<usize>() {
                Ok(i) => &mut at[i],
                Err(_) => &mut at[*key],
            };
        }
        let last = path[path.len() - 1];
        match last.parse::<usize>() {
            Ok(i) => at[i] = value,
            Err(_) => at[last] = value,
        }
        file
    };
    let without = |key: &str| {
        let mut file = good.clone();
        file["review"].as_object_mut().unwrap().remove(key);
        file
    };
    let cases: Vec<(Value, &str)> = vec![
        (json!([1, 2]), "$: must be a JSON object"),
        (
            with(&["format"], json!("something-else")),
            "$.format: must be \"voip-contract-review\"",
        ),
        (
            with(&["format_version"], json!(NEWEST_FORMAT_VERSION + 1)),
            "$.format_version: this file uses format version 7, newer than this app understands (6)",
        ),
        (
            with(&["template_version"], json!(99)),
            "$.template_version: was saved with template version 99, newer than this app's",
        ),
        (
            with(&["template_version"], json!(0)),
            "$.template_version: template version must be 1 or more",
        ),
        (
            with(&["format_version"], json!("one")),
            "$.format_version: is required and must be a whole number",
        ),
        (without("context"), "$.review: missing field `context`"),
        (
            with(&["review", "surprise"], json!(1)),
            "$.review.surprise: unknown field `surprise`",
        ),
        (
            with(&["review", "context", "provider"], json!("")),
            "$.review.context.provider (Provider): is required",
        ),
        (
            with(&["review", "context", "term_months"], json!(500)),
            "$.review.context.term_months (Contract term): must be between 1 and 120 months",
        ),
        (
            with(&["review", "context", "currency"], json!("XYZ")),
            "$.review.context.currency",
        ),
        (
            with(&["review", "context", "start_date"], json!("2027-02-30")),
            "$.review.context.start_date (Start date): is not a real date: February 2027 has 28 days",
        ),
        (
            with(&["review", "context", "quote_date"], json!("1 March 2027")),
            "$.review.context.quote_date (Quote date): must be a date written YYYY-MM-DD, not \"1 March 2027\"",
        ),
        (
            with(&["review", "areas", "0", "area_id"], json!("nowhere")),
            "$.review.areas[0].area_id: \"nowhere\" is not one of the ten areas",
        ),
        (
            with(&["review", "areas", "1", "area_id"], json!("cancellation")),
            "$.review.areas[1].area_id: \"cancellation\" appears more than once",
        ),
        (
            with(&["review", "areas", "0", "rating"], json!("great")),
            "$.review.areas[0].rating: unknown variant `great`",
        ),
        (
            with(
                &["review", "areas", "0", "clause_reference"],
                json!("x".repeat(201)),
            ),
            "$.review.areas[0].clause_reference (Clause reference): must be at most 200 characters",
        ),
        (
            with(
                &["review", "answers", "sla.uptime_percent"],
                json!({"type": "percent", "value": 100.5}),
            ),
            "$.review.answers[\"sla.uptime_percent\"] (Guaranteed uptime)",
        ),
        (
            with(
                &["review", "answers", "sla.uptime_percent"],
                json!({"type": "text", "value": "lots"}),
            ),
            "$.review.answers[\"sla.uptime_percent\"]",
        ),
        (
            with(
                &["review", "answers", "no.such_question"],
                json!({"type": "yes_no", "value": "yes"}),
            ),
            "$.review.answers[\"no.such_question\"]: is not a question of the template",
        ),
        (
            with(
                &["review", "answers", "sla.has_sla"],
                json!({"type": "yes_no", "value": "perhaps"}),
            ),
            "$.review.answers[\"sla.has_sla\"]",
        ),
        (
            with(&["review", "signoff", "decision"], json!("maybe")),
            "$.review.signoff.decision: unknown variant `maybe`",
        ),
        (
            with(&["review", "signoff", "date"], json!("tomorrow")),
            "$.review.signoff.date (Sign-off date)",
        ),
        (
            with(&["review", "quotes", "0", "provider"], json!("")),
            "$.review.quotes[0].provider (Competitor): is required",
        ),
        (
            with(&["review", "quotes", "1", "monthly_minor"], json!(-5)),
            "$.review.quotes[1].monthly_minor (Monthly total)",
        ),
    ];
    for (file, expected) in cases {
        let err = import(&mut store, &file).unwrap_err();
        assert!(err.starts_with("Review file: "), "{err}");
        assert!(err.contains(expected), "expected {expected:?} in {err:?}");
    }
    for bytes in [&b"not json"[..], &b"\xff\xfe"[..], &b""[..]] {
        assert!(
            review_file::parse(bytes)
                .unwrap_err()
                .to_string()
                .starts_with("Review file: $: is not")
        );
    }
    assert_eq!(
        store.review_count().unwrap(),
        before,
        "a refused file writes nothing"
    );
}

#[test]
fn the_committed_fixture_imports() {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/example-review.json"
    ))
    .unwrap();
    let new = review_file::parse(&bytes).unwrap();
    assert_eq!(new.context.provider, "Northwind Voice");
    assert_eq!(new.quotes.len(), 2);
}

/// The fixture is a format-1 file (template version 1) that asked add-ons and exit for cause
/// twice: it imports migrated, once.
#[test]
fn an_old_review_file_imports_with_its_answers_migrated() {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/example-review.json"
    ))
    .unwrap();
    let raw: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(raw["format_version"], 1);
    assert!(raw.get("template_version").is_none());
    let new = review_file::parse(&bytes).unwrap();
    // Both add-on answers were USD 30.00: merged, no note.
    assert!(!new.answers.contains_key("features.addons_monthly"));
    assert_eq!(
        new.answers["pricing.addons_monthly"],
        serde_json::from_value(
            json!({"type": "money", "value": {"minor": 3000, "currency": "USD"}})
        )
        .unwrap()
    );
    // Exit for cause: "not sure" in cancellation (kept), "yes" in the SLA (recorded).
    assert!(!new.answers.contains_key("sla.terminate_chronic_failure"));
    assert_eq!(
        new.answers["cancellation.exit_for_cause"],
        serde_json::from_value(json!({"type": "yes_no", "value": "not_sure"})).unwrap()
    );
    let cancellation = new
        .areas
        .iter()
        .find(|a| a.area_id == "cancellation")
        .unwrap();
    assert!(
        cancellation.notes.ends_with(
            "\n\nTemplate update: \"SLA: Can you terminate without a fee if the SLA is missed repeatedly?\" was answered Yes but is now asked once, as \"Can you leave without a fee if the provider repeatedly misses the SLA or has chronic outages?\", answered Not sure. That answer was kept; check which is right."
        ),
        "{}",
        cancellation.notes
    );
    let pricing = new.areas.iter().find(|a| a.area_id == "pricing").unwrap();
    assert!(!pricing.notes.contains("Template update"));

    // Stored and exported again, it carries the current template version and stays as it is.
    let mut store = Store::open_in_memory().unwrap();
    let id = store.insert_review(&new).unwrap();
    let exported: Value = serde_json::from_slice(&review_file::export(
        &store.get_review(id).unwrap(),
        chrono::Utc::now(),
    ))
    .unwrap();
    assert_eq!(
        exported["template_version"],
        voip_review_core::template::template().version
    );
    let again = review_file::parse(&serde_json::to_vec(&exported).unwrap()).unwrap();
    assert_eq!(again.answers, new.answers);
    assert_eq!(again.areas, new.areas, "migrated once: no second note");
}

/// The hand-written JSON Schema names exactly the fields the exporter writes, so the two cannot
/// drift apart unnoticed.
#[test]
fn the_json_schema_matches_what_is_exported() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/docs/review-format.schema.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let (_, _, file) = exported_example();
    let keys = |v: &Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    let required = |v: &Value| {
        let mut k: Vec<String> = v["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_owned())
            .collect();
        k.sort();
        k
    };
    let declared = |v: &Value| {
        let mut k: Vec<String> = v["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        k.sort();
        k
    };
    let defs = &schema["$defs"];
    for (name, def, sample) in [
        ("file", &schema, &file),
        ("context", &defs["context"], &file["review"]["context"]),
        ("area", &defs["area"], &file["review"]["areas"][0]),
        ("signoff", &defs["signoff"], &file["review"]["signoff"]),
        ("quote", &defs["quote"], &file["review"]["quotes"][0]),
    ] {
        assert_eq!(required(def), keys(sample), "required fields of {name}");
        assert_eq!(declared(def), keys(sample), "declared fields of {name}");
    }
    assert_eq!(
        schema["properties"]["format_version"]["enum"],
        json!([
            FORMAT_VERSION,
            CONTRACT_FORMAT_VERSION,
            LANGUAGE_FORMAT_VERSION
        ])
    );
    // `contract` is written only when the review has one (format version 5), `language` only
    // for a review not in English (version 6).
    let mut review_keys = keys(&file["review"]);
    review_keys.push("contract".to_owned());
    review_keys.push("language".to_owned());
    review_keys.sort();
    assert_eq!(declared(&schema["properties"]["review"]), review_keys);
    // Every object refuses unknown fields, as the importer does.
    for (name, def) in [
        ("file", &schema),
        ("review", &schema["properties"]["review"]),
        ("context", &defs["context"]),
        ("area", &defs["area"]),
        ("answer", &defs["tagged"]),
        ("signoff", &defs["signoff"]),
        ("quote", &defs["quote"]),
    ] {
        assert_eq!(def["additionalProperties"], json!(false), "{name}");
    }
}

/// Unknown fields are refused at every depth, as docs/review-format.md promises, each with its
/// JSON path; nothing is silently dropped.
#[test]
fn unknown_fields_are_refused_at_every_depth() {
    let (mut store, _, good) = exported_example();
    let before = store.review_count().unwrap();
    let mut cases: Vec<(Value, &str)> = Vec::new();
    let mut add = |edit: fn(&mut Value), expected: &'static str| {
        let mut file = good.clone();
        edit(&mut file);
        cases.push((file, expected));
    };
    add(
        |f| f["review"]["context"]["x"] = json!(1),
        "$.review.context.x: unknown field `x`",
    );
    add(
        |f| f["review"]["areas"][0]["stars"] = json!(5),
        "$.review.areas[0].stars: unknown field `stars`",
    );
    add(
        |f| f["review"]["answers"]["sla.has_sla"]["note"] = json!("extra"),
        // serde words it "invalid value: string \"note\", expected \"type\" or \"value\"".
        "$.review.answers[\"sla.has_sla\"].note: invalid value",
    );
    add(
        |f| f["review"]["answers"]["upfront.setup_fee"]["value"]["cents"] = json!(3),
        "unknown field `cents`",
    );
    add(
        |f| f["review"]["signoff"]["witness"] = json!("Bob"),
        "$.review.signoff.witness: unknown field `witness`",
    );
    add(
        |f| f["review"]["quotes"][0]["id"] = json!(7),
        "$.review.quotes[0].id: unknown field `id`",
    );
    for (file, expected) in cases {
        let err = import(&mut store, &file).unwrap_err();
        assert!(err.contains(expected), "expected {expected:?} in {err:?}");
        assert!(err.starts_with("Review file: $.review."), "{err}");
    }
    assert_eq!(store.review_count().unwrap(), before);
}

/// serde_json would keep the last of two equal keys; the file is refused instead, at the path
/// of the second one.
#[test]
fn a_duplicate_key_is_refused_with_its_path() {
    let (_, _, good) = exported_example();
    let text = serde_json::to_string_pretty(&good).unwrap();
    let cases = [
        (
            "\"app_version\": \"",
            "\"app_version\": \"0\", \"app_version\": \"",
            "$.app_version",
        ),
        (
            "\"provider\": \"Northwind Voice\"",
            "\"provider\": \"Northwind Voice\", \"provider\": \"Someone Else\"",
            "$.review.context.provider",
        ),
        (
            "\"sla.has_sla\": {",
            "\"sla.has_sla\": {\"type\": \"yes_no\", \"value\": \"no\"}, \"sla.has_sla\": {",
            "$.review.answers[\"sla.has_sla\"]",
        ),
        (
            "\"rating\": \"",
            "\"rating\": \"acceptable\", \"rating\": \"",
            "$.review.areas[0].rating",
        ),
    ];
    for (find, replace, path) in cases {
        assert!(text.contains(find), "{find}");
        let broken = text.replacen(find, replace, 1);
        let err = review_file::parse(broken.as_bytes())
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            format!(
                "Review file: {path}: appears twice in the same object; a review file states each field once"
            )
        );
    }
}

/// Import reads only regular files, and never more than the limit plus one byte.
#[cfg(unix)]
#[test]
fn import_reads_only_regular_files_of_bounded_size() {
    let dir = tempfile::tempdir().unwrap();
    // A pipe nobody writes to: opening it for reading would wait forever.
    let fifo = dir.path().join("review.json");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let (tx, rx) = std::sync::mpsc::channel();
    let path = fifo.clone();
    std::thread::spawn(move || {
        let _ = tx.send(review_file::read_file(&path).map_err(|e| e.to_string()));
    });
    let refused = rx
        .recv_timeout(std::time::Duration::from_secs(5))
        .expect("a pipe is refused at once, not read");
    let err = refused.unwrap_err();
    assert!(err.contains("is not a regular file"), "{err}");

    for special in ["/dev/zero", "/dev/null"] {
        let err = review_file::read_file(std::path::Path::new(special))
            .unwrap_err()
            .to_string();
        assert!(err.contains("is not a regular file"), "{special}: {err}");
    }
    let err = review_file::read_file(dir.path()).unwrap_err().to_string();
    assert!(err.contains("is not a regular file"), "{err}");

    // One byte over the limit (a sparse file, nothing to read) is refused.
    let big = dir.path().join("big.json");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(review_file::MAX_FILE_BYTES as u64 + 1)
        .unwrap();
    let err = review_file::read_file(&big).unwrap_err().to_string();
    assert!(err.contains("larger than 5242880 bytes"), "{err}");

    // A file at the limit is read whole (and then refused by the parser as not JSON).
    file.set_len(review_file::MAX_FILE_BYTES as u64).unwrap();
    assert_eq!(
        review_file::read_file(&big).unwrap().len(),
        review_file::MAX_FILE_BYTES
    );
    let (_, _, good) = exported_example();
    let ok = dir.path().join("ok.json");
    std::fs::write(&ok, serde_json::to_vec(&good).unwrap()).unwrap();
    assert!(review_file::parse(&review_file::read_file(&ok).unwrap()).is_ok());
}

/// The notice period must be shorter than the term in an imported file too.
#[test]
fn an_imported_notice_as_long_as_the_term_is_refused() {
    let (mut store, _, good) = exported_example();
    let mut file = good.clone();
    // 2027-01-04 + 12 months = 2028-01-04: a 365-day term, so 365 days' notice would be due on
    // the first day of service.
    file["review"]["context"]["term_months"] = json!(12);
    file["review"]["context"]["start_date"] = json!("2027-01-04");
    file["review"]["answers"]["cancellation.notice_days"] = json!({"type": "days", "value": 365});
    let err = import(&mut store, &file).unwrap_err();
    assert_eq!(
        err,
        "Review file: $.review.answers[\"cancellation.notice_days\"] (Notice period): 365 days is as long as the 12-month term; notice must fit within the term"
    );
    file["review"]["answers"]["cancellation.notice_days"] = json!({"type": "days", "value": 364});
    assert!(import(&mut store, &file).is_ok());
}

/// Version 2 quotes carry `contract_required` and no seats, taxes or escalator: they are read as
/// their term says, a contract without a term keeps the fact in its notes, and nothing else is
/// assumed. Version 3 refuses the retired field.
#[test]
fn a_version_2_file_reads_its_quotes_as_their_term_says() {
    let (mut store, _, mut file) = exported_example();
    file["format_version"] = json!(2);
    file["review"]["quotes"] = json!([
        { "provider": "Ticked", "monthly_minor": 100, "term_months": 0, "contract_required": true,
          "upfront_minor": 0, "notes": "" },
        { "provider": "Term", "monthly_minor": 200, "term_months": 24, "contract_required": false,
          "upfront_minor": 0, "notes": "Leased phones." }
    ]);
    let id = import(&mut store, &file).unwrap();
    let quotes = store.get_review(id).unwrap().quotes;
    assert_eq!(quotes[0].quote.notes, "Contract required; term not stated.");
    assert!(!quotes[0].quote.is_contract());
    assert_eq!(quotes[1].quote.term_months, 24);
    assert!(quotes[1].quote.is_contract());
    assert_eq!(quotes[1].quote.notes, "Leased phones.");
    assert!(quotes.iter().all(|q| q.quote.seats.is_none()
        && q.quote.taxes_percent.is_none()
        && q.quote.escalator_percent.is_none()));
    file["format_version"] = json!(3);
    let err = import(&mut store, &file).unwrap_err();
    assert!(
        err.contains("$.review.quotes[0].contract_required") && err.contains("unknown field"),
        "{err}"
    );
    // The new fields round-trip, and are checked with their path.
    let (mut store, _, mut file) = exported_example();
    file["review"]["quotes"][0]["taxes_percent"] = json!(150);
    let err = import(&mut store, &file).unwrap_err();
    assert!(err.contains("$.review.quotes[0].taxes_percent"), "{err}");
}

#[test]
fn a_chinese_review_travels_as_format_version_6_and_older_files_are_english() {
    use voip_review_core::i18n::Lang;
    let (mut store, id, english) = exported_example();
    // An English review's file does not name its language: apps that know version 4 read it.
    assert!(english["review"].get("language").is_none());
    let imported = import(&mut store, &english).unwrap();
    assert_eq!(store.get_review(imported).unwrap().language, Lang::En);

    store.set_review_language(id, Lang::ZhHans).unwrap();
    let review = store.get_review(id).unwrap();
    let bytes = review_file::export(&review, chrono::Utc::now());
    let chinese: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(chinese["format_version"], LANGUAGE_FORMAT_VERSION);
    assert_eq!(chinese["review"]["language"], "zh-Hans");
    let copy = import(&mut store, &chinese).unwrap();
    assert_eq!(store.get_review(copy).unwrap().language, Lang::ZhHans);

    // A version 4 file naming a language was not written by the app.
    let mut old = chinese.clone();
    old["format_version"] = json!(FORMAT_VERSION);
    assert_eq!(
        import(&mut store, &old).unwrap_err(),
        "Review file: $.review.language: appears in a format version 4 file; the review's language was added in format version 6"
    );
    let mut unknown = chinese;
    unknown["review"]["language"] = json!("fr");
    let refused = import(&mut store, &unknown).unwrap_err();
    assert!(
        refused.starts_with("Review file: $.review.language: unknown variant `fr`"),
        "{refused}"
    );
}
