//! The example review a newcomer finds on first start, and `voip-review sample` adds.
//! It is a realistic, finished review: every area answered, rated and annotated.

use crate::model::{
    AnswerValue, AreaState, ChargeBasis, Decision, QuoteInput, Rating, ReviewContext, SignOff,
    YesNo,
};
use crate::money::Money;
use crate::store::NewReview;
use std::collections::BTreeMap;

pub const EXAMPLE_TITLE: &str = "Example: 12-seat office quote";

pub fn example_review() -> NewReview {
    let usd = |minor: i64| {
        AnswerValue::Money(Money {
            minor,
            currency: "USD".into(),
        })
    };
    let yes = AnswerValue::YesNo(YesNo::Yes);
    let no = AnswerValue::YesNo(YesNo::No);
    let not_sure = AnswerValue::YesNo(YesNo::NotSure);
    let choice = |id: &str| AnswerValue::Choice(id.into());
    let multi =
        |ids: &[&str]| AnswerValue::MultiChoice(ids.iter().map(|s| s.to_string()).collect());
    let text = |s: &str| AnswerValue::Text(s.into());

    let answers: Vec<(&str, AnswerValue)> = vec![
        ("cancellation.etf_structure", choice("all_remaining")),
        ("cancellation.walkaway_days", AnswerValue::Days(30)),
        ("cancellation.exit_for_cause", not_sure.clone()),
        ("cancellation.auto_renews", yes.clone()),
        ("cancellation.renewal_term_months", AnswerValue::Months(12)),
        ("cancellation.notice_days", AnswerValue::Days(90)),
        ("cancellation.notice_counted_before", choice("end_of_term")),
        (
            "cancellation.notice_method",
            text("Written notice by email to contracts@northwind-voice.example"),
        ),
        ("cancellation.port_out_released", yes.clone()),
        ("cancellation.port_out_fee", usd(0)),
        ("cancellation.numbers_ported", AnswerValue::Integer(4)),
        ("cancellation.promotion_clawback", yes.clone()),
        ("cancellation.data_export", yes.clone()),
        (
            "cancellation.data_export_details",
            text(
                "CSV call logs and MP3 recordings from the admin portal, available for 30 days after termination.",
            ),
        ),
        ("upgrades.release_cadence", choice("monthly")),
        ("upgrades.included_free", yes.clone()),
        ("upgrades.security_patches", yes.clone()),
        ("upgrades.critical_patch_hours", AnswerValue::Integer(48)),
        ("upgrades.version_support_months", AnswerValue::Months(36)),
        ("upgrades.public_changelog", yes.clone()),
        ("upgrades.advance_notice_days", AnswerValue::Days(30)),
        (
            "upgrades.certifications",
            multi(&["soc2", "stir_shaken", "e911"]),
        ),
        ("pricing.price_locked", no.clone()),
        ("pricing.escalator_percent", AnswerValue::Percent(7.0)),
        ("pricing.add_seats_same_price", yes.clone()),
        ("pricing.reduce_seats", no.clone()),
        ("pricing.minimum_seats", AnswerValue::Integer(10)),
        ("pricing.change_plan_anytime", yes.clone()),
        ("pricing.taxes_included", choice("extra")),
        ("pricing.taxes_percent", AnswerValue::Percent(12.5)),
        ("pricing.seat_growth_per_year", AnswerValue::Integer(2)),
        ("pricing.addons_monthly", usd(3_000)),
        ("sla.has_sla", yes.clone()),
        ("sla.uptime_percent", AnswerValue::Percent(99.99)),
        ("sla.measurement_window", choice("month")),
        ("sla.credits_offered", yes.clone()),
        (
            "sla.credit_tier1_below_percent",
            AnswerValue::Percent(99.99),
        ),
        (
            "sla.credit_tier1_credit_percent",
            AnswerValue::Percent(10.0),
        ),
        ("sla.credit_tier2_below_percent", AnswerValue::Percent(99.9)),
        (
            "sla.credit_tier2_credit_percent",
            AnswerValue::Percent(25.0),
        ),
        ("sla.credit_tier3_below_percent", AnswerValue::Percent(99.0)),
        (
            "sla.credit_tier3_credit_percent",
            AnswerValue::Percent(50.0),
        ),
        (
            "sla.credit_tiers",
            text(
                "Below 99.99 %: 10 % of the monthly charge\nBelow 99.9 %: 25 %\nBelow 99.0 %: 50 %",
            ),
        ),
        ("sla.credit_cap_percent", AnswerValue::Percent(50.0)),
        ("sla.claim_window_days", AnswerValue::Days(30)),
        (
            "sla.exclusions",
            text(
                "Scheduled maintenance announced 72 hours ahead, Sundays 01:00–05:00; customer network faults; force majeure.",
            ),
        ),
        // Four hours every Sunday: up to 20 hours in a month with five Sundays.
        ("sla.maintenance_excluded_hours", AnswerValue::Decimal(20.0)),
        ("sla.call_quality_commitment", no.clone()),
        (
            "sla.escalation",
            text(
                "Support ticket, then account manager, then Director of Customer Success (named in Schedule C).",
            ),
        ),
        ("features.auto_attendant", choice("included")),
        ("features.call_queues", choice("included")),
        ("features.call_recording", choice("add_on")),
        ("features.voicemail_to_email", choice("included")),
        ("features.apps", choice("included")),
        ("features.video_meetings", choice("included")),
        ("features.team_chat", choice("included")),
        ("features.sms", choice("not_sure")),
        ("features.crm_integration", choice("add_on")),
        ("features.open_api", choice("included")),
        ("features.analytics_ai", choice("add_on")),
        ("features.e911", choice("included")),
        ("features.number_porting", choice("included")),
        (
            "features.must_have",
            multi(&[
                "auto_attendant",
                "call_queues",
                "call_recording",
                "voicemail_to_email",
                "e911",
                "number_porting",
            ]),
        ),
        ("features.crm_name", text("HubSpot")),
        ("competitors.quotes_collected", AnswerValue::Integer(2)),
        (
            "competitors.best_alternative",
            text("Bayline Telecom, Office Plus"),
        ),
        ("competitors.best_alternative_monthly", usd(37_800)),
        (
            "competitors.best_alternative_term_months",
            AnswerValue::Months(0),
        ),
        ("competitors.best_alternative_upfront", usd(0)),
        ("competitors.counter_offer_requested", no.clone()),
        (
            "competitors.key_differences",
            text("Month-to-month, no hardware included, 99.9 % SLA, support by email only."),
        ),
        (
            "support.channels",
            multi(&["phone", "chat", "email", "portal"]),
        ),
        ("support.hours", choice("24x7")),
        ("support.business_runs_after_hours", no.clone()),
        (
            "support.critical_response_minutes",
            AnswerValue::Integer(30),
        ),
        ("support.p2_response_minutes", AnswerValue::Integer(120)),
        ("support.p3_response_minutes", AnswerValue::Integer(480)),
        ("support.p4_response_minutes", AnswerValue::Integer(1440)),
        ("support.p1_resolution_hours", AnswerValue::Integer(4)),
        ("support.p2_resolution_hours", AnswerValue::Integer(8)),
        ("support.p3_resolution_hours", AnswerValue::Integer(72)),
        ("support.p4_resolution_hours", AnswerValue::Integer(120)),
        ("support.clock", choice("p1_24x7")),
        ("support.clock_starts", choice("logged")),
        ("support.response_credits", yes.clone()),
        ("support.service_reviews", choice("quarterly")),
        ("support.escalation_path", yes.clone()),
        ("support.dedicated_manager", yes.clone()),
        ("support.included", choice("included")),
        ("support.onboarding_training", yes.clone()),
        ("support.status_page", yes.clone()),
        ("support.reference_check", choice("satisfied")),
        ("support.test_ticket_minutes", AnswerValue::Integer(95)),
        ("support.reputation_check", choice("mixed")),
        ("upfront.setup_fee", usd(19_900)),
        ("upfront.phones_count", AnswerValue::Integer(12)),
        ("upfront.phone_unit_price", usd(12_900)),
        ("upfront.installation_fee", usd(0)),
        ("upfront.porting_fee", usd(6_000)),
        ("upfront.shipping", usd(4_500)),
        ("upfront.deposit", usd(0)),
        ("upfront.training_fee", usd(0)),
        ("upfront.tbd_fees", yes.clone()),
        (
            "upfront.promotion",
            text("First two months at 50 % off if signed by the promotion date."),
        ),
        (
            "upfront.promotion_expires",
            AnswerValue::Date("2026-12-15".into()),
        ),
        ("upfront.promotion_months", AnswerValue::Months(2)),
        ("upfront.promotion_percent", AnswerValue::Percent(50.0)),
        ("bandwidth.isp", text("CityFiber Business 300")),
        (
            "bandwidth.advertised_down_mbps",
            AnswerValue::Decimal(300.0),
        ),
        ("bandwidth.advertised_up_mbps", AnswerValue::Decimal(30.0)),
        ("bandwidth.measured_down_mbps", AnswerValue::Decimal(212.0)),
        ("bandwidth.measured_up_mbps", AnswerValue::Decimal(22.5)),
        ("bandwidth.speed_guaranteed", no.clone()),
        ("bandwidth.latency_ms", AnswerValue::Decimal(18.0)),
        ("bandwidth.jitter_ms", AnswerValue::Decimal(4.0)),
        ("bandwidth.packet_loss_percent", AnswerValue::Percent(0.1)),
        ("bandwidth.peak_concurrent_calls", AnswerValue::Integer(8)),
        ("bandwidth.concurrent_video", AnswerValue::Integer(2)),
        ("bandwidth.codec", choice("g711")),
        ("bandwidth.qos_router", yes.clone()),
        ("bandwidth.failover", no.clone()),
        (
            "bandwidth.other_traffic",
            text("Nightly cloud backup after 22:00; guest Wi-Fi in the waiting room."),
        ),
        ("warranty.hardware_mode", choice("bought")),
        ("warranty.length_months", AnswerValue::Months(12)),
        ("warranty.coverage", choice("all_defects")),
        ("warranty.doa_replaced", yes.clone()),
        ("warranty.doa_window_days", AnswerValue::Days(14)),
        ("warranty.advance_replacement", not_sure),
        ("warranty.turnaround_days", AnswerValue::Days(5)),
        ("warranty.shipping_paid_by", choice("customer")),
        ("warranty.firmware_updates", yes),
        (
            "warranty.lease_end",
            text("Not applicable: the phones are bought outright."),
        ),
    ];

    let area = |id: &str, rating: Rating, reference: &str, clause: &str, notes: &str| AreaState {
        area_id: id.into(),
        rating,
        notes: notes.into(),
        clause_reference: reference.into(),
        clause_text: clause.into(),
    };
    let areas = vec![
        area(
            "cancellation",
            Rating::DealBreaker,
            "Master Services Agreement §9.3",
            "If Customer terminates this Agreement prior to the end of the Term for any reason other than Provider's uncured material breach, Customer shall pay all Monthly Recurring Charges remaining for the balance of the Term.",
            "Deal-breaker as written: leaving early costs every remaining month, and the only way out without the fee is the provider's \"uncured material breach\", which may not cover repeated outages (exit for cause: not sure). We sign only if it becomes a sliding scale (for example 50 % of what is left) and chronic SLA failure is written in as a reason to leave without a fee. Diary the notice deadline: notice must arrive 90 days before the end of the term.",
        ),
        area(
            "upgrades",
            Rating::Acceptable,
            "Service Description §2",
            "",
            "Monthly releases with a public changelog; 30 days' notice of changes. Fine.",
        ),
        area(
            "pricing",
            Rating::Negotiate,
            "Order Form, Pricing Terms",
            "Provider may increase Monthly Recurring Charges by up to seven percent (7%) on each anniversary of the Service Start Date.",
            "A 7 % yearly increase adds up over three years. Ask for a price lock, or a cap of 3 %. We also cannot go below 10 seats.",
        ),
        area(
            "sla",
            Rating::Negotiate,
            "Schedule B (Service Level Agreement) §4.1",
            "Provider will use commercially reasonable efforts to make the Services available 99.99% of the time in each calendar month, excluding Scheduled Maintenance.",
            "99.99 % in each calendar month reads well, but the clause promises only \"commercially reasonable efforts\" and leaves out scheduled maintenance of up to 4 hours every Sunday: 16 to 20 hours a month, against the 4 to 4½ minutes of downtime 99.99 % allows. The credits (10 %, 25 %, 50 % of the monthly charge, capped at 50 %, claimed within 30 days) are the only remedy. Ask for a firm commitment and for maintenance capped (for example 4 hours a month, outside office hours) or counted against the uptime.",
        ),
        area(
            "features",
            Rating::Acceptable,
            "Order Form, Included Features",
            "",
            "All must-haves are covered; call recording is the one add-on we need, USD 30 a month, entered once under Pricing (add-ons) and counted in the total. Ask whether business SMS is included.",
        ),
        area(
            "competitors",
            Rating::Negotiate,
            "",
            "",
            "Two competing quotes, both month-to-month: Bayline Office Plus (USD 378 a month for 12 seats plus 12.5 % taxes and fees, no hardware, email support only) and OpenLine Cloud PBX (USD 312 a month plus USD 450 upfront, taxes not stated, no SLA credits). OpenLine is cheaper each month than Northwind's USD 342 and, like for like over the 36 months, about a third cheaper: ask Northwind for a written counter-offer.",
        ),
        area(
            "support",
            Rating::Acceptable,
            "Schedule C (Support) §1",
            "",
            "24/7 phone and chat, 30-minute response for P1, named account manager.",
        ),
        area(
            "upfront",
            Rating::Negotiate,
            "Order Form, One-time Charges",
            "Installation and on-site configuration, if required, will be quoted separately (TBD).",
            "Installation is 'to be determined': get a fixed figure in writing before signing. The promotion (first two months at 50 % off) needs the contract signed by 15 December 2026.",
        ),
        area(
            "bandwidth",
            Rating::Negotiate,
            "",
            "",
            "22.5 Mbps measured upload comfortably carries 8 G.711 calls plus two video meetings, but the line's speed is only \"up to\" and there is no failover line: ask CityFiber about a guaranteed speed, and add a 4G backup router before go-live.",
        ),
        area(
            "warranty",
            Rating::Negotiate,
            "Hardware Terms §3",
            "Hardware is warranted against defects in materials and workmanship for twelve (12) months from delivery.",
            "12-month warranty on a 36-month term. Ask for 36 months or advance replacement at no charge.",
        ),
    ];

    NewReview {
        is_example: true,
        context: ReviewContext {
            reviewer: "Dana Whitfield".into(),
            company: "Harbour Street Dental".into(),
            provider: "Northwind Voice".into(),
            plan: "Business Pro (12 seats)".into(),
            quote_reference: "NWV-Q-2026-0418".into(),
            quote_date: Some("2026-11-16".into()),
            term_months: 36,
            start_date: Some("2027-01-04".into()),
            seats: Some(12),
            monthly_charge_minor: Some(34_200),
            monthly_charge_basis: ChargeBasis::Total,
            currency: "USD".into(),
        },
        areas,
        signoff: SignOff {
            approver_name: "Sam Okafor".into(),
            approver_role: "Managing partner".into(),
            decision: Some(Decision::ApproveWithConditions),
            conditions: "Sign only if Northwind caps the annual increase at 3 %, replaces the \"all remaining charges\" exit fee with a sliding scale, writes in the right to leave without a fee after repeated SLA failures, and gives a fixed installation price.".into(),
            date: None,
        },
        answers: answers
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect::<BTreeMap<_, _>>(),
        quotes: vec![
            QuoteInput {
                provider: "Bayline Telecom, Office Plus".into(),
                monthly_minor: 37_800,
                term_months: 0,
                upfront_minor: 0,
                seats: Some(12),
                taxes_percent: Some(12.5),
                escalator_percent: None,
                notes: "Month-to-month, no hardware included, 99.9 % SLA, support by email only."
                    .into(),
            },
            QuoteInput {
                provider: "OpenLine Cloud PBX".into(),
                monthly_minor: 31_200,
                term_months: 0,
                upfront_minor: 45_000,
                seats: None,
                taxes_percent: None,
                escalator_percent: None,
                notes: "Month-to-month; call recording is a $4/seat add-on; no SLA credits.".into(),
            },
        ],
        signed_on: None,
        language: crate::i18n::Lang::En,
    }
}

/// The example review as `get_review` would return it (id 0), for tests and benchmarks that
/// need a complete review without a database.
pub fn example_review_as_stored() -> crate::model::Review {
    let new = example_review();
    let template = crate::template::template();
    crate::model::Review {
        id: 0,
        is_example: new.is_example,
        context: new.context,
        areas: template
            .areas
            .iter()
            .map(|a| {
                new.areas
                    .iter()
                    .find(|s| s.area_id == a.id)
                    .cloned()
                    .unwrap_or_else(|| AreaState::new(&a.id))
            })
            .collect(),
        answers: new.answers,
        signoff: new.signoff,
        quotes: new
            .quotes
            .into_iter()
            .enumerate()
            .map(|(i, quote)| crate::model::CompetitorQuote {
                id: i as i64 + 1,
                quote,
            })
            .collect(),
        signed_on: new.signed_on,
        language: new.language,
        created_at: String::new(),
        updated_at: String::new(),
        revision: 1,
    }
}
