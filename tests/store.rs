//! Integration tests of the SQLite store: round trips, migrations, refusal of newer files.

mod common;

use std::collections::BTreeMap;
use voip_review_core::model::{
    AnswerValue, AreaTextField, ChargeBasis, ContextEdit, Decision, QuoteInput, Rating,
    ReviewContext, SignOff, SignOffEdit, YesNo,
};
use voip_review_core::money::Money;
use voip_review_core::store::LATEST_VERSION;
use voip_review_core::{Error, ErrorCode, Store, sample, template};

fn context(provider: &str) -> ReviewContext {
    ReviewContext {
        provider: provider.into(),
        ..ReviewContext::default()
    }
}

/// One answer of every type the template uses.
fn one_of_each_type() -> Vec<(&'static str, AnswerValue)> {
    vec![
        ("sla.has_sla", AnswerValue::YesNo(YesNo::NotSure)),
        ("pricing.minimum_seats", AnswerValue::Integer(10)),
        ("bandwidth.measured_up_mbps", AnswerValue::Decimal(22.75)),
        (
            "upfront.setup_fee",
            AnswerValue::Money(Money {
                minor: 19_999,
                currency: "EUR".into(),
            }),
        ),
        ("sla.uptime_percent", AnswerValue::Percent(99.999)),
        ("cancellation.notice_days", AnswerValue::Days(90)),
        ("warranty.length_months", AnswerValue::Months(36)),
        (
            "upfront.promotion_expires",
            AnswerValue::Date("2028-02-29".into()),
        ),
        (
            "sla.measurement_window",
            AnswerValue::Choice("quarter".into()),
        ),
        (
            "support.channels",
            AnswerValue::MultiChoice(vec!["phone".into(), "portal".into()]),
        ),
        (
            "sla.exclusions",
            AnswerValue::Text("Line one\nLine two: 中文 «quotes» <b>not html</b>".into()),
        ),
    ]
}

#[test]
fn every_answer_type_round_trips_through_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/folder/reviews.sqlite3");
    let id = {
        let mut store = Store::open(&path).unwrap();
        let id = store
            .create_review(&context("Acme Voice"), voip_review_core::i18n::Lang::En)
            .unwrap();
        for (question, value) in one_of_each_type() {
            store.set_answer(id, question, Some(&value)).unwrap();
        }
        store.set_rating(id, "sla", Rating::DealBreaker).unwrap();
        store
            .set_area_text(id, "sla", AreaTextField::Notes, "No credits at all.")
            .unwrap();
        store
            .set_area_text(id, "sla", AreaTextField::ClauseReference, "Schedule B §4")
            .unwrap();
        store
            .set_area_text(
                id,
                "sla",
                AreaTextField::ClauseText,
                "Provider shall use reasonable efforts…",
            )
            .unwrap();
        id
    };
    // A new connection, as after restarting the app.
    let store = Store::open(&path).unwrap();
    let review = store.get_review(id).unwrap();
    let expected: BTreeMap<String, AnswerValue> = one_of_each_type()
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
    assert_eq!(review.answers, expected);
    let sla = review.areas.iter().find(|a| a.area_id == "sla").unwrap();
    assert_eq!(sla.rating, Rating::DealBreaker);
    assert_eq!(sla.notes, "No credits at all.");
    assert_eq!(sla.clause_reference, "Schedule B §4");
    assert_eq!(sla.clause_text, "Provider shall use reasonable efforts…");
    assert_eq!(review.areas.len(), 10);
    assert_eq!(review.revision, 1 + 11 + 4, "one revision per saved change");
}

#[test]
fn context_round_trips_and_edits_bump_the_revision() {
    let mut store = Store::open_in_memory().unwrap();
    let full = ReviewContext {
        reviewer: "Dana".into(),
        company: "Harbour Street Dental".into(),
        provider: "Northwind Voice".into(),
        plan: "Business Pro".into(),
        quote_reference: "Q-1".into(),
        quote_date: Some("2026-11-16".into()),
        term_months: 36,
        start_date: Some("2027-01-31".into()),
        seats: Some(12),
        monthly_charge_minor: Some(34_200),
        monthly_charge_basis: ChargeBasis::PerSeat,
        currency: "GBP".into(),
    };
    let id = store
        .create_review(&full, voip_review_core::i18n::Lang::En)
        .unwrap();
    assert_eq!(store.get_review(id).unwrap().context, full);
    let edited = ReviewContext {
        term_months: 24,
        ..full.clone()
    };
    let receipt = store.update_context(id, &edited).unwrap();
    assert_eq!(receipt.revision, 2);
    let review = store.get_review(id).unwrap();
    assert_eq!(review.context.term_months, 24);
    assert_eq!(review.updated_at, receipt.updated_at);
}

/// Changing the review's currency corrects its label: each amount typed in the old currency keeps
/// its number in the new one (nothing is converted at a rate), an amount in a third currency
/// keeps its own, and an amount the new currency cannot write refuses the change, with nothing
/// saved.
#[test]
fn a_change_of_currency_relabels_the_amounts_typed_in_the_old_one() {
    let mut store = Store::open_in_memory().unwrap();
    let usd = ReviewContext {
        currency: "USD".into(),
        monthly_charge_minor: Some(42_000),
        ..context("Lumen Telecom")
    };
    let id = store
        .create_review(&usd, voip_review_core::i18n::Lang::En)
        .unwrap();
    let money = |minor, currency: &str| {
        AnswerValue::Money(Money {
            minor,
            currency: currency.into(),
        })
    };
    for (question, value) in [
        ("cancellation.port_out_fee", money(2_500, "USD")),
        ("upfront.deposit", money(100_000, "USD")),
        // Accepted from a contract in its own currency: not the review's.
        ("upfront.shipping", money(6_000, "CNY")),
    ] {
        store.set_answer(id, question, Some(&value)).unwrap();
    }

    // USD -> EUR, both with cents: USD 25.00 is EUR 25.00, 2,500 cents either way.
    store
        .set_context_field(
            id,
            &ContextEdit::MonthlyCharge {
                minor: Some(42_000),
                currency: "EUR".into(),
            },
        )
        .unwrap();
    let review = store.get_review(id).unwrap();
    assert_eq!(review.context.currency, "EUR");
    assert_eq!(
        review.answers["cancellation.port_out_fee"],
        money(2_500, "EUR")
    );
    assert_eq!(review.answers["upfront.deposit"], money(100_000, "EUR"));
    assert_eq!(review.answers["upfront.shipping"], money(6_000, "CNY"));

    // EUR -> JPY, which has no decimals: EUR 25.00 is JPY 25, EUR 1,000.00 is JPY 1,000.
    let mut yen = review.context.clone();
    yen.currency = "JPY".into();
    yen.monthly_charge_minor = Some(420);
    store.update_context(id, &yen).unwrap();
    let review = store.get_review(id).unwrap();
    assert_eq!(
        review.answers["cancellation.port_out_fee"],
        money(25, "JPY")
    );
    assert_eq!(review.answers["upfront.deposit"], money(1_000, "JPY"));

    // JPY -> GBP and back to EUR: JPY 25 is GBP 25.00 (2,500 pence), then EUR 25.00 again.
    for currency in ["GBP", "EUR"] {
        store
            .set_context_field(
                id,
                &ContextEdit::MonthlyCharge {
                    minor: None,
                    currency: currency.into(),
                },
            )
            .unwrap();
    }
    let review = store.get_review(id).unwrap();
    assert_eq!(
        review.answers["cancellation.port_out_fee"],
        money(2_500, "EUR")
    );

    // EUR 25.50 cannot be written in yen: the change is refused, naming the question.
    store
        .set_answer(id, "cancellation.port_out_fee", Some(&money(2_550, "EUR")))
        .unwrap();
    let before = store.get_review(id).unwrap();
    let err = store
        .set_context_field(
            id,
            &ContextEdit::MonthlyCharge {
                minor: None,
                currency: "JPY".into(),
            },
        )
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Invalid);
    assert_eq!(err.field(), Some("context.currency"));
    assert_eq!(
        err.to_string(),
        "Currency: “Fee per number to port out” is EUR 25.50, which JPY cannot write: it has \
         fewer decimals. Change that amount first, then the currency."
    );
    assert_eq!(store.get_review(id).unwrap(), before, "nothing saved");
}

#[test]
fn an_invalid_value_never_overwrites_a_saved_one() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .create_review(&context("Acme"), voip_review_core::i18n::Lang::En)
        .unwrap();
    store
        .set_answer(id, "sla.uptime_percent", Some(&AnswerValue::Percent(99.9)))
        .unwrap();
    let before = store.get_review(id).unwrap();

    let err = store
        .set_answer(id, "sla.uptime_percent", Some(&AnswerValue::Percent(100.5)))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Invalid);
    assert_eq!(err.field(), Some("sla.uptime_percent"));
    assert_eq!(
        err.to_string(),
        "Guaranteed uptime: must be a number from 0 to 100 %"
    );

    let mut bad = before.context.clone();
    bad.provider = String::new();
    let err = store.update_context(id, &bad).unwrap_err();
    assert_eq!(err.to_string(), "Provider: is required (1–200 characters)");
    let err = store
        .set_answer(id, "sla.nonexistent", Some(&AnswerValue::Integer(1)))
        .unwrap_err();
    assert!(err.to_string().contains("is not a known question"));
    let err = store
        .set_area_text(id, "sla", AreaTextField::ClauseReference, &"x".repeat(201))
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("Clause reference: must be at most 200 characters")
    );

    assert_eq!(
        store.get_review(id).unwrap(),
        before,
        "nothing changed, not even the revision"
    );
}

#[test]
fn clearing_an_answer_removes_it() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .create_review(&context("Acme"), voip_review_core::i18n::Lang::En)
        .unwrap();
    store
        .set_answer(id, "sla.has_sla", Some(&AnswerValue::YesNo(YesNo::Yes)))
        .unwrap();
    store.set_answer(id, "sla.has_sla", None).unwrap();
    assert!(store.get_review(id).unwrap().answers.is_empty());
}

#[test]
fn list_search_duplicate_and_delete() {
    let mut store = Store::open_in_memory().unwrap();
    let a = store
        .create_review(&context("Acme Voice"), voip_review_core::i18n::Lang::En)
        .unwrap();
    let b = store
        .create_review(
            &ReviewContext {
                plan: "50%_off plan".into(),
                ..context("Bayline")
            },
            voip_review_core::i18n::Lang::En,
        )
        .unwrap();
    store.set_rating(a, "sla", Rating::Acceptable).unwrap();
    store
        .set_rating(a, "features", Rating::DealBreaker)
        .unwrap();

    let all = store.list_reviews("").unwrap();
    assert_eq!(
        all.iter().map(|r| r.id).collect::<Vec<_>>(),
        [a, b],
        "most recently edited first"
    );
    assert_eq!(all[0].reviewed_areas, 2);
    assert_eq!(all[0].ratings.deal_breaker, 1);
    assert_eq!(all[0].ratings.not_reviewed, 8);
    assert_eq!(
        store.list_reviews("acme").unwrap().len(),
        1,
        "case-insensitive"
    );
    assert_eq!(
        store.list_reviews("a%e").unwrap().len(),
        0,
        "LIKE wildcards are literal"
    );
    assert_eq!(store.list_reviews("%").unwrap()[0].id, b);
    assert_eq!(store.list_reviews("50%_").unwrap()[0].id, b);

    let copy = store.duplicate_review(a).unwrap();
    let copied = store.get_review(copy).unwrap();
    assert_eq!(copied.context.provider, "Acme Voice (copy)");
    assert_eq!(copied.areas, store.get_review(a).unwrap().areas);

    store.delete_review(a).unwrap();
    assert!(matches!(store.get_review(a), Err(Error::ReviewNotFound(_))));
    assert!(matches!(
        store.delete_review(a),
        Err(Error::ReviewNotFound(_))
    ));
    assert!(matches!(
        store.set_rating(a, "sla", Rating::Acceptable),
        Err(Error::ReviewNotFound(_))
    ));
    assert_eq!(store.review_count().unwrap(), 2);
}

/// A copy keeps the contract documents its answers and clauses were read from, and the
/// original keeps its own; a review without a contract is copied without one.
#[test]
fn a_duplicated_review_keeps_its_contract_documents() {
    use voip_review_core::contract::{ContractDocument, DocumentKind};
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .create_review(
            &ReviewContext {
                provider: "Northwind Cloud Voice".into(),
                ..ReviewContext::default()
            },
            voip_review_core::i18n::Lang::En,
        )
        .unwrap();
    let bare = store.duplicate_review(id).unwrap();
    assert!(store.contract(bare).unwrap().is_empty());

    let documents = vec![
        ContractDocument {
            name: "msa.pdf".into(),
            sha256: "a".repeat(64),
            kind: DocumentKind::Pdf,
            pages: vec!["1. Term. 36 months.".into(), "9. Notices.".into()],
        },
        ContractDocument {
            name: "Pasted text".into(),
            sha256: "b".repeat(64),
            kind: DocumentKind::Pasted,
            pages: vec!["Setup fee: $99.00".into()],
        },
    ];
    store.save_contract(id, &documents).unwrap();
    let copy = store.duplicate_review(id).unwrap();
    assert_eq!(store.contract(copy).unwrap(), documents);
    assert_eq!(store.contract(id).unwrap(), documents);
    // The copy's documents are its own: replacing them leaves the original's.
    store.save_contract(copy, &documents[1..]).unwrap();
    assert_eq!(store.contract(id).unwrap().len(), 2);
    assert_eq!(store.contract(copy).unwrap().len(), 1);
}

#[test]
fn the_example_is_seeded_once_into_an_empty_store() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store.seed_example_if_new().unwrap().expect("seeded");
    let review = store.get_review(id).unwrap();
    assert!(review.is_example);
    assert_eq!(
        store.list_reviews("").unwrap()[0].title,
        sample::EXAMPLE_TITLE
    );
    assert!(
        review.areas.iter().all(|a| a.rating != Rating::NotReviewed),
        "a finished review"
    );
    // Every area of the example has answers.
    for area in &template().areas {
        assert!(
            area.questions
                .iter()
                .any(|q| review.answers.contains_key(&q.id)),
            "example answers nothing in {}",
            area.id
        );
    }
    store.delete_review(id).unwrap();
    assert_eq!(
        store.seed_example_if_new().unwrap(),
        None,
        "not brought back after deletion"
    );
}

#[test]
fn a_store_with_reviews_is_not_seeded() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .create_review(&context("Acme"), voip_review_core::i18n::Lang::En)
        .unwrap();
    assert_eq!(store.seed_example_if_new().unwrap(), None);
    assert_eq!(store.review_count().unwrap(), 1);
}

#[test]
fn migration_from_an_empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.sqlite3");
    std::fs::write(&path, b"").unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    assert_eq!(store.review_count().unwrap(), 0);
    drop(store);
    // Opening again is a no-op.
    assert_eq!(
        Store::open(&path).unwrap().schema_version().unwrap(),
        LATEST_VERSION
    );
}

#[test]
fn the_store_uses_wal_and_foreign_keys() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.sqlite3");
    let mut store = Store::open(&path).unwrap();
    let id = store
        .create_review(&context("Acme"), voip_review_core::i18n::Lang::En)
        .unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    // Deleting through the store cascades to areas and answers.
    let mut store = Store::open(&path).unwrap();
    store
        .set_answer(id, "sla.has_sla", Some(&AnswerValue::YesNo(YesNo::Yes)))
        .unwrap();
    store.delete_review(id).unwrap();
    // In the trash its rows stay; deleting it for good cascades to all of them.
    store.purge_review(id).unwrap();
    drop(store);
    let orphans: i64 = conn
        .query_row(
            "SELECT (SELECT count(*) FROM answers) + (SELECT count(*) FROM area_states)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
}

#[test]
fn a_database_from_a_newer_app_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", LATEST_VERSION + 5)
            .unwrap();
        conn.execute("CREATE TABLE future_things (x TEXT)", [])
            .unwrap();
        conn.execute("INSERT INTO future_things VALUES ('keep me')", [])
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = match Store::open(&path) {
        Ok(_) => panic!("a newer database must be refused"),
        Err(err) => err,
    };
    assert_eq!(err.code(), ErrorCode::DatabaseTooNew);
    let message = err.to_string();
    assert!(message.contains("newer version"), "{message}");
    assert!(message.contains("has not been changed"), "{message}");
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "file unchanged byte for byte"
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        1,
        "no WAL or journal left behind: {leftovers:?}"
    );
}

#[test]
fn a_file_that_is_not_a_database_is_refused_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(
        &path,
        "this is not a database, just some text that is long enough",
    )
    .unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = match Store::open(&path) {
        Ok(_) => panic!("must be refused"),
        Err(err) => err,
    };
    assert_eq!(err.code(), ErrorCode::DatabaseOpen);
    assert!(err.to_string().contains("notes.txt"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn api_errors_serialise_as_code_message_field() {
    let err = voip_review_core::validate::context(&context("")).unwrap_err();
    let json = serde_json::to_value(voip_review_core::ApiError::from(err)).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "code": "invalid",
            "message": "Provider: is required (1–200 characters)",
            "field": "context.provider"
        })
    );
}

fn quote(provider: &str, monthly: i64) -> voip_review_core::model::QuoteInput {
    voip_review_core::model::QuoteInput {
        provider: provider.into(),
        monthly_minor: monthly,
        term_months: 24,
        upfront_minor: 5_000,
        seats: Some(10),
        taxes_percent: Some(8.25),
        escalator_percent: None,
        notes: "Phones leased".into(),
    }
}

#[test]
fn competing_quotes_add_change_remove_and_copy() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("q.sqlite3")).unwrap();
    let id = store
        .create_review(&context("Acme Voice"), voip_review_core::i18n::Lang::En)
        .unwrap();
    let first = store.add_quote(id, &quote("  Bayline  ", 30_000)).unwrap();
    store.add_quote(id, &quote("OpenLine", 25_000)).unwrap();
    let review = store.get_review(id).unwrap();
    assert_eq!(review.quotes.len(), 2);
    assert_eq!(review.quotes[0].quote.provider, "Bayline");
    assert!(review.revision > first.revision - 1);

    let q0 = review.quotes[0].id;
    store
        .update_quote(id, q0, &quote("Bayline", 28_000))
        .unwrap();
    assert_eq!(
        store.get_review(id).unwrap().quotes[0].quote.monthly_minor,
        28_000
    );

    // Bad input names the field; the saved quote is unchanged.
    let err = store.update_quote(id, q0, &quote("", 1)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Competitor: is required (1–200 characters)"
    );
    let err = store.add_quote(id, &quote("X", -5)).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("Monthly total: must be an amount")
    );
    assert_eq!(store.get_review(id).unwrap().quotes.len(), 2);

    let copy = store.duplicate_review(id).unwrap();
    assert_eq!(store.get_review(copy).unwrap().quotes.len(), 2);

    store.delete_quote(id, q0).unwrap();
    assert_eq!(store.get_review(id).unwrap().quotes.len(), 1);
    let err = store.delete_quote(id, q0).unwrap_err();
    assert!(err.to_string().contains("no quote with id"));
    // A quote of another review cannot be touched through this one.
    let other = store.get_review(copy).unwrap().quotes[0].id;
    assert!(store.delete_quote(id, other).is_err());
    assert_eq!(store.get_review(copy).unwrap().quotes.len(), 2);
}

#[test]
fn a_notice_period_longer_than_the_term_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("n.sqlite3")).unwrap();
    let id = store
        .create_review(
            &ReviewContext {
                term_months: 12,
                start_date: Some("2027-01-04".into()),
                ..context("Acme")
            },
            voip_review_core::i18n::Lang::En,
        )
        .unwrap();
    store
        .set_answer(id, "cancellation.notice_days", Some(&AnswerValue::Days(90)))
        .unwrap();
    let err = store
        .set_answer(
            id,
            "cancellation.notice_days",
            Some(&AnswerValue::Days(365)),
        )
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Notice period: 365 days is as long as the 12-month term; notice must fit within the term"
    );
    match err {
        Error::Invalid { field, .. } => assert_eq!(field, "cancellation.notice_days"),
        other => panic!("{other:?}"),
    }
    let review = store.get_review(id).unwrap();
    assert_eq!(
        review.answers.get("cancellation.notice_days"),
        Some(&AnswerValue::Days(90))
    );
    // In months: 11 of a 12-month term fits, 12 does not.
    store
        .set_answer(
            id,
            "cancellation.notice_months",
            Some(&AnswerValue::Months(11)),
        )
        .unwrap();
    let err = store
        .set_answer(
            id,
            "cancellation.notice_months",
            Some(&AnswerValue::Months(12)),
        )
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Notice period: 12 months is as long as the 12-month term; notice must fit within the term"
    );
    assert_eq!(
        store
            .get_review(id)
            .unwrap()
            .answers
            .get("cancellation.notice_months"),
        Some(&AnswerValue::Months(11))
    );
}

#[test]
fn every_change_is_recorded_with_old_and_new_values_and_the_revision() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .create_review(&context("Acme"), voip_review_core::i18n::Lang::En)
        .unwrap();
    let r1 = store
        .set_answer(id, "sla.uptime_percent", Some(&AnswerValue::Percent(99.5)))
        .unwrap();
    let r2 = store
        .set_answer(id, "sla.uptime_percent", Some(&AnswerValue::Percent(99.9)))
        .unwrap();
    store.set_rating(id, "sla", Rating::Negotiate).unwrap();
    store
        .update_context(
            id,
            &ReviewContext {
                provider: "Acme Voice".into(),
                ..context("Acme")
            },
        )
        .unwrap();
    store.set_answer(id, "sla.uptime_percent", None).unwrap();
    // A refused value records nothing.
    let before = voip_review_core::display::history(&store, id, 100)
        .unwrap()
        .len();
    assert!(
        store
            .set_answer(id, "sla.uptime_percent", Some(&AnswerValue::Percent(150.0)))
            .is_err()
    );
    let history = voip_review_core::display::history(&store, id, 100).unwrap();
    assert_eq!(history.len(), before);

    let uptime: Vec<_> = history
        .iter()
        .filter(|h| h.what == "Service level agreement (SLA): Guaranteed uptime")
        .collect();
    assert_eq!(uptime.len(), 3, "{history:#?}");
    // Newest first: cleared, then 99.5 → 99.9, then set to 99.5.
    assert_eq!(
        (uptime[0].old.as_deref(), uptime[0].new.as_deref()),
        (Some("99.9 %"), None)
    );
    assert_eq!(
        (uptime[1].old.as_deref(), uptime[1].new.as_deref()),
        (Some("99.5 %"), Some("99.9 %"))
    );
    assert_eq!(uptime[1].revision, r2.revision);
    assert_eq!(uptime[2].revision, r1.revision);
    assert!(
        history
            .iter()
            .any(|h| h.what == "Service level agreement (SLA): rating"
                && h.new.as_deref() == Some("Negotiate"))
    );
    assert!(history.iter().any(|h| h.what == "Quote details: Provider"
        && h.old.as_deref() == Some("Acme")
        && h.new.as_deref() == Some("Acme Voice")));
    let revision = store.get_review(id).unwrap().revision;
    assert_eq!(revision, history[0].revision);
}
#[test]
fn history_shows_labels_and_amounts_not_stored_codes() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .create_review(&context("Acme"), voip_review_core::i18n::Lang::En)
        .unwrap();
    store
        .update_context(
            id,
            &ReviewContext {
                // 1,234.50 USD is 123,450 cents.
                monthly_charge_minor: Some(123_450),
                monthly_charge_basis: ChargeBasis::PerSeat,
                ..context("Acme")
            },
        )
        .unwrap();
    store
        .update_signoff(
            id,
            &SignOff {
                approver_name: "Dana".into(),
                decision: Some(Decision::ApproveWithConditions),
                conditions: "Cap the escalator at 3 %".into(),
                ..SignOff::default()
            },
        )
        .unwrap();
    store
        .add_quote(
            id,
            &QuoteInput {
                provider: "Globex".into(),
                // 99.00 USD is 9,900 cents.
                monthly_minor: 9_900,
                term_months: 1,
                upfront_minor: 0,
                seats: None,
                taxes_percent: None,
                escalator_percent: None,
                notes: String::new(),
            },
        )
        .unwrap();
    let history = voip_review_core::display::history(&store, id, 100).unwrap();
    let after = |what: &str| {
        history
            .iter()
            .find(|h| h.what == what)
            .and_then(|h| h.new.clone())
            .unwrap_or_else(|| panic!("no {what} in {history:#?}"))
    };
    assert_eq!(after("Sign-off: Decision"), "Approve with conditions");
    assert_eq!(after("Quote details: Monthly charge"), "1,234.50 USD");
    // The field and the choice as the quote details form words them.
    assert_eq!(after("Quote details: The charge is for"), "each seat");
    assert_eq!(
        after("Competing quote"),
        "Globex — 99.00 USD a month, 1 month"
    );
    for entry in &history {
        for text in [&entry.old, &entry.new].into_iter().flatten() {
            assert!(!text.contains('_'), "a raw value in the history: {entry:?}");
        }
    }
}

#[test]
fn deleted_reviews_go_to_the_trash_and_can_be_restored() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .create_review(&context("Acme"), voip_review_core::i18n::Lang::En)
        .unwrap();
    store
        .set_answer(id, "sla.has_sla", Some(&AnswerValue::YesNo(YesNo::Yes)))
        .unwrap();
    store.delete_review(id).unwrap();
    assert!(store.list_reviews("").unwrap().is_empty());
    let trash = store.list_trash().unwrap();
    assert_eq!(trash.len(), 1);
    assert_eq!(trash[0].title, "Acme");
    assert!(!trash[0].purge_after.is_empty());
    // Trashed reviews cannot be edited.
    assert!(matches!(
        store.set_rating(id, "sla", Rating::Acceptable),
        Err(Error::ReviewNotFound(_))
    ));
    store.restore_review(id).unwrap();
    let back = store.get_review(id).unwrap();
    assert_eq!(back.answers.len(), 1, "nothing was lost in the trash");
    assert!(store.list_trash().unwrap().is_empty());

    store.delete_review(id).unwrap();
    store.purge_review(id).unwrap();
    assert!(store.list_trash().unwrap().is_empty());
    assert!(
        voip_review_core::display::history(&store, id, 10)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn the_trash_is_emptied_after_thirty_days() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.sqlite3");
    let mut store = Store::open(&path).unwrap();
    let old = store
        .create_review(&context("Old"), voip_review_core::i18n::Lang::En)
        .unwrap();
    let recent = store
        .create_review(&context("Recent"), voip_review_core::i18n::Lang::En)
        .unwrap();
    store.delete_review(old).unwrap();
    store.delete_review(recent).unwrap();
    drop(store);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        let long_ago = (chrono::Utc::now() - chrono::Duration::days(31)).to_rfc3339();
        conn.execute(
            "UPDATE reviews SET deleted_at = ?1 WHERE id = ?2",
            rusqlite::params![long_ago, old],
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let trash = store.list_trash().unwrap();
    assert_eq!(trash.iter().map(|t| t.id).collect::<Vec<_>>(), [recent]);
}

/// A full disk, simulated with SQLite's page limit: the change is refused with plain words and
/// everything saved before is intact.
#[test]
fn a_full_disk_refuses_the_change_and_keeps_what_was_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("full.sqlite3");
    let mut store = Store::open(&path).unwrap();
    let id = store
        .create_review(&context("Acme"), voip_review_core::i18n::Lang::En)
        .unwrap();
    store
        .set_area_text(
            id,
            "sla",
            AreaTextField::Notes,
            "saved before the disk filled",
        )
        .unwrap();
    drop(store);
    // Cap the file at its current size: any write that needs a new page fails as SQLITE_FULL.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    drop(conn);
    let mut store = Store::open(&path).unwrap();
    store.limit_pages_for_tests();
    let big = "x".repeat(19_000);
    let mut refused = None;
    for area in ["cancellation", "pricing", "features", "support", "warranty"] {
        if let Err(e) = store.set_area_text(id, area, AreaTextField::ClauseText, &big) {
            refused = Some(e);
            break;
        }
    }
    let err = refused.expect("the page limit is reached");
    assert!(
        err.to_string()
            .starts_with("The disk holding your reviews is full"),
        "{err}"
    );
    drop(store);
    let store = Store::open(&path).unwrap();
    let review = store.get_review(id).unwrap();
    assert_eq!(review.areas[3].notes, "saved before the disk filled");
    let check: String = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}

/// The notice rule holds when the term shrinks, when a review is inserted, and when a review
/// from an older database that breaks it is duplicated.
#[test]
fn the_notice_must_stay_shorter_than_the_term_on_every_path() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.sqlite3");
    let mut store = Store::open(&db).unwrap();
    let start = ReviewContext {
        term_months: 36,
        start_date: Some("2027-01-04".into()),
        ..context("Acme")
    };
    let id = store
        .create_review(&start, voip_review_core::i18n::Lang::En)
        .unwrap();
    store
        .set_answer(id, "cancellation.notice_days", Some(&AnswerValue::Days(90)))
        .unwrap();

    // 2027-01-04 + 3 months = 2027-04-04: 27 + 28 + 31 + 4 = 90 days, as long as the notice.
    let err = store
        .update_context(
            id,
            &ReviewContext {
                term_months: 3,
                ..start.clone()
            },
        )
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "Notice period: 90 days is as long as the 3-month term; notice must fit within the term"
    );
    assert_eq!(store.get_review(id).unwrap().context.term_months, 36);
    // Four months (120 days) leave room.
    store
        .update_context(
            id,
            &ReviewContext {
                term_months: 4,
                ..start.clone()
            },
        )
        .unwrap();

    // Without a start date the shortest 3 months are February to April: 28 + 31 + 30 = 89 days.
    let no_start = ReviewContext {
        term_months: 3,
        start_date: None,
        ..start.clone()
    };
    let mut answers = BTreeMap::new();
    answers.insert("cancellation.notice_days".to_owned(), AnswerValue::Days(89));
    let new = |answers: BTreeMap<String, AnswerValue>| voip_review_core::store::NewReview {
        is_example: false,
        context: no_start.clone(),
        areas: Vec::new(),
        answers,
        signoff: Default::default(),
        quotes: Vec::new(),
        signed_on: None,
        language: voip_review_core::i18n::Lang::En,
    };
    let err = store.insert_review(&new(answers.clone())).unwrap_err();
    assert_eq!(err.field(), Some("cancellation.notice_days"));
    answers.insert("cancellation.notice_days".to_owned(), AnswerValue::Days(88));
    store.insert_review(&new(answers)).unwrap();

    // A review an older version let through (written here behind the store's back) cannot be
    // copied into a new one that breaks the rule.
    drop(store);
    let raw = rusqlite::Connection::open(&db).unwrap();
    raw.execute("UPDATE reviews SET term_months = 2 WHERE id = ?1", [id])
        .unwrap();
    drop(raw);
    let mut store = Store::open(&db).unwrap();
    let err = store.duplicate_review(id).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("Notice period: 90 days is longer than the 2-month term"),
        "{err}"
    );
}

/// A database written before template version 2 (schema 4, no `template_version` column) with
/// answers to the two questions that were asked twice: opening it carries them over once.
#[test]
fn a_store_with_old_template_answers_is_migrated_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    let mut store = Store::open(&path).unwrap();
    let both = store
        .create_review(&context("Both answered"), voip_review_core::i18n::Lang::En)
        .unwrap();
    store
        .set_area_text(both, "pricing", AreaTextField::Notes, "Keep add-ons low.")
        .unwrap();
    let trashed = store
        .create_review(&context("In the trash"), voip_review_core::i18n::Lang::En)
        .unwrap();
    store.delete_review(trashed).unwrap();
    let revision_before = store.get_review(both).unwrap().revision;
    drop(store);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        let answer = |id: i64, question: &str, json: &str| {
            conn.execute(
                "INSERT INTO answers (review_id, question_id, value, updated_at) VALUES (?1, ?2, ?3, '2026-01-01T00:00:00Z')",
                rusqlite::params![id, question, json],
            )
            .unwrap();
        };
        let usd = |minor: i64| {
            format!(r#"{{"type":"money","value":{{"minor":{minor},"currency":"USD"}}}}"#)
        };
        answer(both, "pricing.addons_monthly", &usd(3_000));
        answer(both, "features.addons_monthly", &usd(6_000));
        answer(
            both,
            "sla.terminate_chronic_failure",
            r#"{"type":"yes_no","value":"yes"}"#,
        );
        answer(trashed, "features.addons_monthly", &usd(2_500));
        // Back to schema 4: undo 8 (the contract), 7 (the signature date), 6 (what a competing
        // quote states) and 5 (template version).
        common::undo_schema_9_language(&conn);
        common::undo_schema_8_contract(&conn);
        common::undo_schema_7(&conn);
        common::undo_schema_6(&conn);
        conn.execute("ALTER TABLE reviews DROP COLUMN template_version", [])
            .unwrap();
        conn.pragma_update(None, "user_version", 4).unwrap();
    }

    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    let review = store.get_review(both).unwrap();
    let usd = |minor: i64| {
        AnswerValue::Money(Money {
            minor,
            currency: "USD".into(),
        })
    };
    // The canonical add-ons answer is kept; the duplicate's differing USD 60.00 is in the notes.
    assert_eq!(review.answers["pricing.addons_monthly"], usd(3_000));
    assert!(!review.answers.contains_key("features.addons_monthly"));
    // Exit for cause was only answered in the SLA area: it moves to cancellation.
    assert_eq!(
        review.answers["cancellation.exit_for_cause"],
        AnswerValue::YesNo(YesNo::Yes)
    );
    assert!(!review.answers.contains_key("sla.terminate_chronic_failure"));
    let pricing = review
        .areas
        .iter()
        .find(|a| a.area_id == "pricing")
        .unwrap();
    assert_eq!(
        pricing.notes,
        "Keep add-ons low.\n\nTemplate update: \"Features: Monthly cost of the add-ons you need\" was answered USD 60.00 but is now asked once, as \"Monthly cost of add-ons on top of the plan\", answered USD 30.00. That answer was kept; check which is right."
    );
    assert_eq!(review.revision, revision_before + 1);
    let history = voip_review_core::display::history(&store, both, 20).unwrap();
    let whats: Vec<&str> = history.iter().map(|h| h.what.as_str()).collect();
    assert!(
        whats.contains(&"Features: Monthly cost of the add-ons you need (now asked once)"),
        "{whats:?}"
    );
    let removed = history
        .iter()
        .find(|h| h.what.starts_with("Features: Monthly cost"))
        .unwrap();
    assert_eq!(
        (removed.old.as_deref(), removed.new.as_deref()),
        (Some("USD 60.00"), None)
    );
    assert!(
        whats.contains(&"Pricing and price increases: notes")
            || whats.iter().any(|w| w.ends_with(": notes"))
    );

    // The trashed review is migrated too, and restores with its answer in the right place.
    store.restore_review(trashed).unwrap();
    assert_eq!(
        store.get_review(trashed).unwrap().answers["pricing.addons_monthly"],
        usd(2_500)
    );

    // Exactly once: opening again changes nothing.
    drop(store);
    let store = Store::open(&path).unwrap();
    let again = store.get_review(both).unwrap();
    assert_eq!(again.revision, review.revision);
    assert_eq!(again.areas, review.areas);
}

/// An edit that starts while another connection is writing waits its turn (BEGIN IMMEDIATE
/// plus the busy timeout). A deferred transaction would read first, then find its snapshot
/// stale when it tries to write and fail at once with "database is locked".
#[test]
fn an_edit_waits_for_another_writer_instead_of_failing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    let mut store = Store::open(&db).unwrap();
    let id = store.insert_review(&sample::example_review()).unwrap();

    let other = rusqlite::Connection::open(&db).unwrap();
    other
        .busy_timeout(std::time::Duration::from_secs(5))
        .unwrap();
    other.execute("BEGIN IMMEDIATE", []).unwrap();
    other
        .execute(
            "UPDATE reviews SET plan = 'by the other writer' WHERE id = ?1",
            [id],
        )
        .unwrap();
    let writer = std::thread::spawn(move || {
        // Commit while the edit below is already waiting.
        std::thread::sleep(std::time::Duration::from_millis(300));
        other.execute("COMMIT", []).unwrap();
    });
    let receipt = store
        .set_answer(id, "sla.uptime_percent", Some(&AnswerValue::Percent(99.95)))
        .expect("the edit waits for the other writer, then commits");
    writer.join().unwrap();
    assert_eq!(receipt.revision, 2);
    let review = store.get_review(id).unwrap();
    assert_eq!(review.context.plan, "by the other writer");
    assert_eq!(
        review.answers.get("sla.uptime_percent"),
        Some(&AnswerValue::Percent(99.95))
    );
}

/// `synchronous = FULL` on a file: a commit is flushed to disk before it is reported saved.
#[test]
fn a_file_store_commits_with_full_sync_in_wal_mode() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reviews.sqlite3");
    drop(Store::open(&db).unwrap());
    // The settings are per connection: read them through the store's own probe.
    let (mode, sync) = Store::open(&db).unwrap().durability().unwrap();
    assert_eq!(mode, "wal");
    // 2 is FULL (0 OFF, 1 NORMAL, 3 EXTRA).
    assert_eq!(sync, 2);
}

#[test]
fn context_and_signoff_are_saved_field_by_field_so_no_edit_undoes_another() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .create_review(&context("Acme"), voip_review_core::i18n::Lang::En)
        .unwrap();
    // Two edits made from the same view of the review (revision 1): with whole-object saves
    // the second would write back the plan the first had just replaced.
    let r2 = store
        .set_context_field(id, &ContextEdit::Plan("Office 20".into()))
        .unwrap();
    let r3 = store
        .set_context_field(id, &ContextEdit::Seats(Some(20)))
        .unwrap();
    assert_eq!((r2.revision, r3.revision), (2, 3), "one revision per field");
    let charge = ContextEdit::MonthlyCharge {
        minor: Some(45_000),
        currency: "GBP".into(),
    };
    store.set_context_field(id, &charge).unwrap();
    let review = store.get_review(id).unwrap();
    assert_eq!(review.context.plan, "Office 20");
    assert_eq!(review.context.seats, Some(20));
    assert_eq!(review.context.monthly_charge_minor, Some(45_000));
    assert_eq!(review.context.currency, "GBP");
    assert_eq!(review.context.provider, "Acme", "untouched fields stay");

    store
        .set_signoff_field(id, &SignOffEdit::ApproverName("Jordan Ellis".into()))
        .unwrap();
    store
        .set_signoff_field(id, &SignOffEdit::Decision(Some(Decision::Approve)))
        .unwrap();
    let receipt = store
        .set_signoff_field(id, &SignOffEdit::Date(Some("2027-01-15".into())))
        .unwrap();
    let review = store.get_review(id).unwrap();
    assert_eq!(review.signoff.approver_name, "Jordan Ellis");
    assert_eq!(review.signoff.decision, Some(Decision::Approve));
    assert_eq!(review.signoff.date.as_deref(), Some("2027-01-15"));
    // 1 (created) + 3 context fields + 3 sign-off fields.
    assert_eq!(receipt.revision, 7);
    assert_eq!(review.revision, 7);
}

#[test]
fn a_refused_field_edit_names_the_field_and_changes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .create_review(&context("Acme"), voip_review_core::i18n::Lang::En)
        .unwrap();
    let before = store.get_review(id).unwrap();
    let cases = [
        (
            ContextEdit::Seats(Some(-3)),
            "context.seats",
            "Seats: must be between 1 and 10,000",
        ),
        (
            ContextEdit::Seats(Some(10_001)),
            "context.seats",
            "Seats: must be between 1 and 10,000",
        ),
        (
            ContextEdit::TermMonths(-1),
            "context.term_months",
            "Contract term: must be between 1 and 120 months",
        ),
        (
            ContextEdit::TermMonths(i64::from(u32::MAX) + 1),
            "context.term_months",
            "Contract term: must be between 1 and 120 months",
        ),
        (
            ContextEdit::Provider("  ".into()),
            "context.provider",
            "Provider: is required (1–200 characters)",
        ),
    ];
    for (edit, field, message) in cases {
        let err = store.set_context_field(id, &edit).unwrap_err();
        assert_eq!(err.field(), Some(field), "{edit:?}");
        assert_eq!(err.to_string(), message, "{edit:?}");
    }
    let err = store
        .set_signoff_field(id, &SignOffEdit::Date(Some("2027-02-30".into())))
        .unwrap_err();
    assert_eq!(err.field(), Some("signoff.date"));
    assert_eq!(
        store.get_review(id).unwrap(),
        before,
        "not even the revision"
    );
}

#[test]
fn a_reviews_language_is_stored_kept_by_a_copy_and_changed_as_an_edit() {
    use voip_review_core::i18n::Lang;
    let mut store = Store::open_in_memory().unwrap();
    let english = store.create_review(&context("Acme"), Lang::En).unwrap();
    let chinese = store
        .create_review(&context("华南通信"), Lang::ZhHans)
        .unwrap();
    assert_eq!(store.get_review(english).unwrap().language, Lang::En);
    assert_eq!(store.get_review(chinese).unwrap().language, Lang::ZhHans);
    let copy = store.duplicate_review(chinese).unwrap();
    assert_eq!(store.get_review(copy).unwrap().language, Lang::ZhHans);

    let receipt = store.set_review_language(english, Lang::ZhHans).unwrap();
    assert_eq!(
        receipt.revision, 2,
        "a new revision: the PDF it makes changes"
    );
    assert_eq!(store.get_review(english).unwrap().language, Lang::ZhHans);
}

#[test]
fn reviews_from_before_schema_9_are_english() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reviews.sqlite3");
    let id = {
        let mut store = Store::open(&path).unwrap();
        store
            .create_review(&context("Acme"), voip_review_core::i18n::Lang::ZhHans)
            .unwrap()
    };
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        common::undo_schema_9_language(&conn);
        conn.pragma_update(None, "user_version", 8).unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    assert_eq!(
        store.get_review(id).unwrap().language,
        voip_review_core::i18n::Lang::En
    );
}
