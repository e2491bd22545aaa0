//! The example review a newcomer finds on first start, and `voip-review sample` adds.
//! It is a realistic, finished review: every area answered, rated and annotated.

use crate::i18n::Lang;
use crate::model::{
    AnswerValue, AreaState, ChargeBasis, Decision, QuoteInput, Rating, ReviewContext, SignOff,
    YesNo,
};
use crate::money::Money;
use crate::store::NewReview;
use std::collections::BTreeMap;

pub const EXAMPLE_TITLE: &str = "Example: 12-seat office quote";

/// The Chinese example's title: the same 12-seat quote, for a clinic in Hangzhou.
pub const EXAMPLE_TITLE_ZH_HANS: &str = "示例：12 座席办公室报价";

/// The example's title in the language its texts are written in.
pub fn example_title_in(lang: Lang) -> &'static str {
    match lang {
        Lang::En => EXAMPLE_TITLE,
        Lang::ZhHans => EXAMPLE_TITLE_ZH_HANS,
    }
}

/// The example review written in `lang`: in English the one below, in Chinese a small clinic
/// in China reviewing a cloud PBX quote in CNY (its own texts and figures, not a translation).
pub fn example_review_in(lang: Lang) -> NewReview {
    match lang {
        Lang::En => example_review(),
        Lang::ZhHans => chinese_example_review(),
    }
}

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
        language: Lang::En,
    }
}

/// The example review as `get_review` would return it (id 0), for tests and benchmarks that
/// need a complete review without a database.
pub fn example_review_as_stored() -> crate::model::Review {
    stored(example_review())
}

/// [`example_review_as_stored`] for the example written in `lang`.
pub fn example_review_in_as_stored(lang: Lang) -> crate::model::Review {
    stored(example_review_in(lang))
}

fn stored(new: NewReview) -> crate::model::Review {
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

/// The example for an owner who reads Chinese: a 12-chair dental clinic in Hangzhou reviewing a
/// cloud PBX (云总机) quote in CNY, priced per seat, with a 50 % exit fee, 6 % VAT on top and a
/// 99.9 % monthly SLA. Its figures are worked by hand in this module's tests.
fn chinese_example_review() -> NewReview {
    let cny = |minor: i64| {
        AnswerValue::Money(Money {
            minor,
            currency: "CNY".into(),
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
        ("cancellation.etf_structure", choice("percent_remaining")),
        ("cancellation.etf_percent", AnswerValue::Percent(50.0)),
        ("cancellation.walkaway_days", AnswerValue::Days(15)),
        ("cancellation.exit_for_cause", not_sure.clone()),
        ("cancellation.auto_renews", yes.clone()),
        ("cancellation.renewal_term_months", AnswerValue::Months(12)),
        ("cancellation.notice_days", AnswerValue::Days(30)),
        ("cancellation.notice_counted_before", choice("end_of_term")),
        (
            "cancellation.notice_method",
            text(
                "书面通知加盖公章，快递寄到云朗通信杭州分公司，同时发邮件至 contract@yunlang.example",
            ),
        ),
        ("cancellation.port_out_released", yes.clone()),
        ("cancellation.port_out_fee", cny(10_000)),
        ("cancellation.numbers_ported", AnswerValue::Integer(2)),
        ("cancellation.promotion_clawback", yes.clone()),
        ("cancellation.data_export", yes.clone()),
        (
            "cancellation.data_export_details",
            text("管理后台可以导出 CSV 通话记录和 MP3 录音，合同终止后保留 30 天。"),
        ),
        ("upgrades.release_cadence", choice("monthly")),
        ("upgrades.included_free", yes.clone()),
        ("upgrades.security_patches", yes.clone()),
        ("upgrades.critical_patch_hours", AnswerValue::Integer(48)),
        ("upgrades.version_support_months", AnswerValue::Months(36)),
        ("upgrades.public_changelog", yes.clone()),
        ("upgrades.advance_notice_days", AnswerValue::Days(30)),
        ("upgrades.certifications", multi(&["iso27001"])),
        ("pricing.price_locked", no.clone()),
        ("pricing.escalator_percent", AnswerValue::Percent(5.0)),
        ("pricing.add_seats_same_price", yes.clone()),
        ("pricing.reduce_seats", no.clone()),
        ("pricing.minimum_seats", AnswerValue::Integer(10)),
        ("pricing.change_plan_anytime", yes.clone()),
        ("pricing.taxes_included", choice("extra")),
        ("pricing.taxes_percent", AnswerValue::Percent(6.0)),
        ("pricing.seat_growth_per_year", AnswerValue::Integer(2)),
        // Call recording, ¥10 a seat a month for the 12 seats.
        ("pricing.addons_monthly", cny(12_000)),
        ("sla.has_sla", yes.clone()),
        ("sla.uptime_percent", AnswerValue::Percent(99.9)),
        ("sla.measurement_window", choice("month")),
        ("sla.credits_offered", yes.clone()),
        ("sla.credit_tier1_below_percent", AnswerValue::Percent(99.9)),
        (
            "sla.credit_tier1_credit_percent",
            AnswerValue::Percent(10.0),
        ),
        ("sla.credit_tier2_below_percent", AnswerValue::Percent(99.0)),
        (
            "sla.credit_tier2_credit_percent",
            AnswerValue::Percent(25.0),
        ),
        ("sla.credit_tier3_below_percent", AnswerValue::Percent(95.0)),
        (
            "sla.credit_tier3_credit_percent",
            AnswerValue::Percent(50.0),
        ),
        (
            "sla.credit_tiers",
            text(
                "月可用性低于 99.9%：按当月月费的 10% 发放服务积分\n低于 99.0%：25%\n低于 95.0%：50%",
            ),
        ),
        ("sla.credit_cap_percent", AnswerValue::Percent(50.0)),
        ("sla.claim_window_days", AnswerValue::Days(7)),
        (
            "sla.exclusions",
            text(
                "提前 48 小时通知的计划维护（每月第二个星期日 00:00–04:00）；客户自身网络故障；不可抗力。",
            ),
        ),
        // One maintenance window of four hours a month.
        ("sla.maintenance_excluded_hours", AnswerValue::Decimal(4.0)),
        ("sla.call_quality_commitment", no.clone()),
        (
            "sla.escalation",
            text("先提交工单，再找客户经理，仍未解决的升级到华东区客服总监（见附件三）。"),
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
                "number_porting",
            ]),
        ),
        ("features.crm_name", text("纷享销客")),
        ("competitors.quotes_collected", AnswerValue::Integer(2)),
        ("competitors.best_alternative", text("畅联云通讯 标准版")),
        ("competitors.best_alternative_monthly", cny(108_000)),
        (
            "competitors.best_alternative_term_months",
            AnswerValue::Months(0),
        ),
        ("competitors.best_alternative_upfront", cny(0)),
        ("competitors.counter_offer_requested", no.clone()),
        (
            "competitors.key_differences",
            text("按月付费，不含话机，可用性承诺 99.5%，只有工作日在线客服。"),
        ),
        ("support.channels", multi(&["phone", "im_group", "portal"])),
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
        ("upfront.setup_fee", cny(80_000)),
        ("upfront.phones_count", AnswerValue::Integer(12)),
        ("upfront.phone_unit_price", cny(39_900)),
        ("upfront.installation_fee", cny(0)),
        ("upfront.porting_fee", cny(20_000)),
        ("upfront.shipping", cny(0)),
        ("upfront.deposit", cny(0)),
        ("upfront.training_fee", cny(0)),
        ("upfront.tbd_fees", yes.clone()),
        (
            "upfront.promotion",
            text("12 月 15 日前签约，前 3 个月月费打八折。"),
        ),
        (
            "upfront.promotion_expires",
            AnswerValue::Date("2026-12-15".into()),
        ),
        ("upfront.promotion_months", AnswerValue::Months(3)),
        ("upfront.promotion_percent", AnswerValue::Percent(20.0)),
        ("bandwidth.isp", text("中国电信 商务光宽带 300M")),
        (
            "bandwidth.advertised_down_mbps",
            AnswerValue::Decimal(300.0),
        ),
        ("bandwidth.advertised_up_mbps", AnswerValue::Decimal(50.0)),
        ("bandwidth.measured_down_mbps", AnswerValue::Decimal(286.0)),
        ("bandwidth.measured_up_mbps", AnswerValue::Decimal(42.5)),
        ("bandwidth.speed_guaranteed", no.clone()),
        ("bandwidth.latency_ms", AnswerValue::Decimal(12.0)),
        ("bandwidth.jitter_ms", AnswerValue::Decimal(3.0)),
        ("bandwidth.packet_loss_percent", AnswerValue::Percent(0.1)),
        ("bandwidth.peak_concurrent_calls", AnswerValue::Integer(6)),
        ("bandwidth.concurrent_video", AnswerValue::Integer(1)),
        ("bandwidth.codec", choice("g711")),
        ("bandwidth.qos_router", yes.clone()),
        ("bandwidth.failover", no.clone()),
        (
            "bandwidth.other_traffic",
            text("每晚 22:00 以后把影像资料备份到云端；候诊区有访客 Wi-Fi。"),
        ),
        ("warranty.hardware_mode", choice("bought")),
        ("warranty.length_months", AnswerValue::Months(12)),
        ("warranty.coverage", choice("all_defects")),
        ("warranty.doa_replaced", yes.clone()),
        ("warranty.doa_window_days", AnswerValue::Days(15)),
        ("warranty.advance_replacement", not_sure),
        ("warranty.turnaround_days", AnswerValue::Days(5)),
        ("warranty.shipping_paid_by", choice("customer")),
        ("warranty.firmware_updates", yes),
        ("warranty.lease_end", text("不适用：话机是一次性买断的。")),
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
            Rating::Negotiate,
            "《云通信服务协议》第 9.3 条",
            "合同期内客户提前解除本协议的（因服务商根本违约且未在限期内纠正的除外），应按剩余合同期月费总额的百分之五十（50%）向服务商支付违约金。",
            "提前解约费是剩余月费的 50%：用满一年后走，还要付约一万六千元。只有服务商“根本违约”才能免费解约，反复掉线算不算并不清楚（因对方违约解约：不确定）。要求把连续两个月达不到服务等级协议（SLA）写成可以免费解约的理由，并把比例降到 30%。合同到期前 30 天必须书面通知，否则自动续约一年，记得把截止日期记进日历。",
        ),
        area(
            "upgrades",
            Rating::Acceptable,
            "《服务说明》第 2 条",
            "",
            "每月更新，有公开的更新日志；功能或价格变动提前 30 天通知。可以接受。",
        ),
        area(
            "pricing",
            Rating::Negotiate,
            "报价单“价格条款”",
            "服务商有权在每个服务周年日将月费上调，每次上调幅度不超过百分之五（5%）。",
            "每年最多涨 5%，三年下来不少。要求合同期内锁定价格，至少把年度涨幅降到 3%。另外座席不能低于 10 个，人手减少时也不能少付。报价不含 6% 的增值税，要开专票。",
        ),
        area(
            "sla",
            Rating::Negotiate,
            "附件二《服务等级协议》第 4.1 条",
            "服务商承诺每个自然月的服务可用性不低于 99.9%，计划维护时间不计入不可用时间。",
            "每月 99.9% 的可用性还算常见，但每月 4 小时的计划维护不计入，比 99.9% 允许的四十多分钟停机多得多。服务积分按当月月费的 10%、25%、50% 发放，最多 50%，而且必须在故障后 7 天内申请，太短。要求把申请期限延长到 30 天，维护安排在夜间并计入可用性。",
        ),
        area(
            "features",
            Rating::Acceptable,
            "报价单“功能清单”",
            "",
            "必备功能都有；通话录音是唯一要另付费的，每座席每月 10 元，12 个座席 120 元，已在“价格”里按月计入。问一下企业短信是否包含。",
        ),
        area(
            "competitors",
            Rating::Negotiate,
            "",
            "",
            "另外拿了两家报价：畅联云通讯标准版按月付费，12 个座席每月 1,080 元，另加 6% 增值税，不含话机，只有工作日在线客服；华信云总机一年一签，每月 960 元，一次性费用 1,500 元，税费没写，没有服务积分。按同样条件算三年，华信比云朗便宜三成左右，拿去让云朗给个书面还价。",
        ),
        area(
            "support",
            Rating::Acceptable,
            "附件三《技术支持》第 1 条",
            "",
            "7×24 小时电话和微信群支持，P1 故障 30 分钟响应，有专属客户经理。",
        ),
        area(
            "upfront",
            Rating::Negotiate,
            "报价单“一次性费用”",
            "如需上门布线及现场调试，费用另行报价（待定）。",
            "上门布线和调试费“待定”：签约前要对方书面报个固定价。优惠（前 3 个月八折）要求 2026 年 12 月 15 日前签约。",
        ),
        area(
            "bandwidth",
            Rating::Negotiate,
            "",
            "",
            "实测上行 42.5 Mbps，6 路 G.711 并发通话加一个视频会议绰绰有余；但宽带只是“最高”300M，没有保证速率，也没有备用线路。问电信能否提供保证带宽，上线前加一台 4G 备份路由器。",
        ),
        area(
            "warranty",
            Rating::Negotiate,
            "《硬件条款》第 3 条",
            "话机自交付之日起保修十二（12）个月，保修范围为材料及工艺缺陷。",
            "合同三年，硬件保修只有 12 个月。要求保修 36 个月，或者免费提前换机。",
        ),
    ];

    NewReview {
        is_example: true,
        context: ReviewContext {
            reviewer: "王丽".into(),
            company: "杭州禾木口腔诊所".into(),
            provider: "云朗通信".into(),
            plan: "云总机企业版（12 座席）".into(),
            quote_reference: "YL-HZ-2026-0418".into(),
            quote_date: Some("2026-11-16".into()),
            term_months: 36,
            start_date: Some("2027-01-01".into()),
            seats: Some(12),
            monthly_charge_minor: Some(8_800),
            monthly_charge_basis: ChargeBasis::PerSeat,
            currency: "CNY".into(),
        },
        areas,
        signoff: SignOff {
            approver_name: "陈建国".into(),
            approver_role: "诊所负责人".into(),
            decision: Some(Decision::ApproveWithConditions),
            conditions: "云朗通信须把年度涨幅降到 3% 以内，提前解约费降到剩余月费的 30%，写明连续达不到服务等级协议（SLA）时可免费解约，把服务积分的申请期限延长到 30 天，并书面报出布线调试的固定价格，方可签约。".into(),
            date: None,
        },
        answers: answers
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect::<BTreeMap<_, _>>(),
        quotes: vec![
            QuoteInput {
                provider: "畅联云通讯 标准版".into(),
                monthly_minor: 108_000,
                term_months: 0,
                upfront_minor: 0,
                seats: Some(12),
                taxes_percent: Some(6.0),
                escalator_percent: None,
                notes: "按月付费，不含话机，可用性承诺 99.5%，只有工作日在线客服。".into(),
            },
            QuoteInput {
                provider: "华信云总机".into(),
                monthly_minor: 96_000,
                term_months: 12,
                upfront_minor: 150_000,
                seats: None,
                taxes_percent: None,
                escalator_percent: None,
                notes: "一年一签；通话录音每座席每月另收 8 元；没有服务积分。".into(),
            },
        ],
        signed_on: None,
        language: Lang::ZhHans,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insights::insights_in;

    fn chinese() -> crate::insights::Insights {
        insights_in(
            &example_review_in_as_stored(Lang::ZhHans),
            None,
            Lang::ZhHans,
        )
    }

    #[test]
    fn an_english_example_is_the_one_it_always_was() {
        let english = example_review_in(Lang::En);
        assert_eq!(
            serde_json::to_string(&english.answers).unwrap(),
            serde_json::to_string(&example_review().answers).unwrap()
        );
        assert_eq!(english.context.provider, "Northwind Voice");
        assert_eq!(english.language, Lang::En);
        assert_eq!(example_title_in(Lang::En), "Example: 12-seat office quote");
    }

    #[test]
    fn the_chinese_example_is_written_in_chinese_in_cny() {
        let review = example_review_in(Lang::ZhHans);
        assert_eq!(review.language, Lang::ZhHans);
        assert_eq!(review.context.currency, "CNY");
        assert!(review.is_example);
        assert_eq!(example_title_in(Lang::ZhHans), "示例：12 座席办公室报价");
        // Every text the owner reads is Chinese (codes, product names and the e-mail aside).
        let texts = [
            &review.context.reviewer,
            &review.context.company,
            &review.context.provider,
            &review.context.plan,
            &review.signoff.approver_name,
            &review.signoff.approver_role,
            &review.signoff.conditions,
        ];
        for text in texts {
            assert!(crate::i18n::has_chinese(text), "{text}");
        }
        for area in &review.areas {
            assert!(crate::i18n::has_chinese(&area.notes), "{}", area.area_id);
            for quoted in [&area.clause_reference, &area.clause_text] {
                assert!(
                    quoted.is_empty() || crate::i18n::has_chinese(quoted),
                    "{quoted}"
                );
            }
        }
        for (id, answer) in &review.answers {
            if let AnswerValue::Text(text) = answer {
                assert!(crate::i18n::has_chinese(text), "{id}: {text}");
            }
            if let AnswerValue::Money(money) = answer {
                assert_eq!(money.currency, "CNY", "{id}");
            }
        }
        for quote in &review.quotes {
            assert!(crate::i18n::has_chinese(&quote.provider));
            assert!(crate::i18n::has_chinese(&quote.notes));
        }
        // The example passes the same checks as anything the owner saves.
        let mut store = crate::Store::open_in_memory().unwrap();
        let id = store.insert_review(&review).unwrap();
        assert_eq!(store.get_review(id).unwrap().language, Lang::ZhHans);
    }

    fn key(i: &crate::insights::Insights, id: &str) -> String {
        let found = i.key_figures.iter().find(|k| k.id == id).unwrap();
        found.value.clone().unwrap_or_default()
    }

    fn figure<'a>(i: &'a crate::insights::Insights, label: &str) -> &'a str {
        &i.figures.iter().find(|f| f.label == label).unwrap().value
    }

    #[test]
    fn the_chinese_examples_key_figures_worked_by_hand() {
        let i = chinese();
        // 12 seats at ¥88.00 a seat = ¥1,056.00, + ¥120.00 call recording = ¥1,176.00 a month;
        // +2 seats a year, +5 % at each anniversary:
        //   year 2: 1,056 × 14/12 = 1,232.00 + 120 = 1,352.00 × 1.05 = 1,419.60
        //   year 3: 1,056 × 16/12 = 1,408.00 + 120 = 1,528.00 × 1.05 = 1,604.40 × 1.05
        //           = 1,684.62
        //   recurring 12 × (1,176.00 + 1,419.60 + 1,684.62) = 12 × 4,280.22 = 51,362.64;
        //   the first 3 months at 20 % off: 3 × 235.20 = 705.60 off → 50,657.04;
        //   VAT 6 % on top: 3,039.4224 → 3,039.42;
        //   upfront 800 + 12 × 399 (4,788) + 200 porting = 5,788.00;
        //   total 5,788.00 + 50,657.04 + 3,039.42 = 59,484.46.
        assert_eq!(key(&i, "total_cost"), "¥59,484.46");
        let total = i.key_figures.iter().find(|k| k.id == "total_cost").unwrap();
        // 504 seat-months (12 × 12 + 14 × 12 + 16 × 12): 59,484.46 ÷ 504 = 118.0247 → 118.02.
        assert_eq!(
            total.detail,
            "一次性费用¥5,788.00 + 月费¥50,657.04 + 税费¥3,039.42；每座席每月¥118.02"
        );
        // Leaving costs 50 % of what is left on the 12 contracted seats (no growth):
        // ¥1,176.00 in year 1, 1,176 × 1.05 = 1,234.80 in year 2, 1,234.80 × 1.05 = 1,296.54
        // in year 3; always + 2 numbers × ¥100 port-out + the ¥705.60 promotion clawed back.
        //   after month 12: 12 × 1,234.80 + 12 × 1,296.54 = 14,817.60 + 15,558.48 = 30,376.08
        //     × 50 % = 15,188.04 + 200 + 705.60 = 16,093.64
        //   after month 24: 15,558.48 × 50 % = 7,779.24 + 905.60 = 8,684.84
        assert_eq!(key(&i, "exit_12"), "¥16,093.64");
        assert_eq!(key(&i, "exit_24"), "¥8,684.84");
        // 99.9 % each calendar month: 0.1 % × 28 × 86,400 s = 2,419.2 s → 40 min 19 s;
        // × 31 days = 2,678.4 s → 44 min 38 s; a 365-day year 31,536 s = 8 h 45 min 36 s.
        assert_eq!(key(&i, "downtime"), "每个自然月40分19秒至44分38秒");
        // 6 G.711 calls × 87.2 kbps = 523.2 kbps + 1 video meeting × 1,500 = 2,023.2 kbps of
        // the measured 42.5 Mbps (42,500 kbps) upload: 4.76 % (4.8 %), leaving 95.24 % → 95 %.
        assert_eq!(key(&i, "bandwidth"), "95%");
        let bandwidth = i.key_figures.iter().find(|k| k.id == "bandwidth").unwrap();
        assert_eq!(
            bandwidth.detail,
            "高峰时需要2.02 Mbps，占实测上行带宽的4.8%"
        );
        // Start 2027-01-01 + 36 months: renews 2030-01-01, the term ends 2029-12-31; 30 days'
        // notice before the end of the term: 2029-12-31 − 30 days = 2029-12-01.
        assert_eq!(key(&i, "notice"), "2029年12月1日");
        let notice = i.key_figures.iter().find(|k| k.id == "notice").unwrap();
        assert_eq!(
            notice.detail,
            "合同期限结束（2029年12月31日）前30天；否则合同将于2030年1月1日自动续约，续约期限12个月"
        );
    }

    #[test]
    fn the_chinese_examples_figures_worked_by_hand() {
        let i = chinese();
        // The total as in the key figures, with each year's monthly charge.
        assert_eq!(figure(&i, "36个月的总费用"), "¥59,484.46");
        let total = i
            .figures
            .iter()
            .find(|f| f.label == "36个月的总费用")
            .unwrap();
        assert!(
            total.detail.contains(
                "第1年：¥1,176.00 × 12个月；第2年：¥1,419.60 × 12个月；第3年：¥1,684.62 × 12个月；减去优惠：前3个月减免20%，共¥705.60"
            ),
            "{}",
            total.detail
        );
        // Upfront: setup 800 + phones 12 × 399 = 4,788 + porting 200 = 5,788.00; wiring TBD.
        assert_eq!(figure(&i, "一次性费用合计"), "¥5,788.00 + 待定费用");
        // After months 6 and 30 too (see the key figures for 12 and 24):
        //   after month 6: 6 × 1,176.00 + 30,376.08 = 7,056.00 + 30,376.08 = 37,432.08
        //     × 50 % = 18,716.04 + 905.60 = 19,621.64
        //   after month 30: 6 × 1,296.54 = 7,779.24 × 50 % = 3,889.62 + 905.60 = 4,795.22
        assert_eq!(
            figure(&i, "提前解约的费用"),
            "第6个月后：¥19,621.64 · 第12个月后：¥16,093.64 · 第24个月后：¥8,684.84 · 第30个月后：¥4,795.22"
        );
        assert_eq!(
            figure(&i, "合同日期"),
            "通知最迟须于2029年12月1日（含当日）送达，即合同期限结束（2029年12月31日）前30天；否则合同将自动续约，续约12个月"
        );
        assert_eq!(
            figure(&i, "服务等级协议（SLA）允许的停机时间"),
            "每个自然月允许停机40分19秒至44分38秒（按一年365天计为8小时45分36秒）"
        );
        // Service credits of year 1's ¥1,176.00, each tier at the downtime that earns it in a
        // 31-day month (2,678,400 s) and a 28-day one (2,419,200 s):
        //   below 99.9 %: 2,678.4 s → 44 min 38 s (40 min 19 s); 10 % = ¥117.60
        //   below 99.0 %: 26,784 s = 7 h 26 min 24 s (24,192 s = 6 h 43 min 12 s); 25 % = ¥294.00
        //   below 95.0 %: 133,920 s = 37 h 12 min = 1 day 13 h 12 min (120,960 s = 33 h 36 min
        //   = 1 day 9 h 36 min); 50 % = ¥588.00, at the 50 % cap.
        assert_eq!(
            figure(&i, "服务积分"),
            "31天的月份停机超过44分38秒（28天的月份超过40分19秒）：10%（合¥117.60） · 31天的月份停机超过7小时26分24秒（28天的月份超过6小时43分12秒）：25%（合¥294.00） · 31天的月份停机超过1天13小时12分（28天的月份超过1天9小时36分）：50%（合¥588.00）"
        );
        assert_eq!(figure(&i, "紧急问题的响应时间"), "30分钟：良");
        // P2 (2 business hours) logged Friday 17:00 → Monday 09:00 + 2 h = 11:00, 64 + 2 =
        // 66 h later; its 8-hour fix → Monday 17:00, 72 h = 3 days later.
        assert_eq!(
            figure(&i, "各严重级别的响应和解决时间"),
            "P1：响应30分钟（评级：良），4小时内解决 · P2：响应2小时（评级：良），8小时内解决 · P3：响应8小时（评级：差），3天内解决 · P4：响应24小时（评级：差），5天内解决；按工作时间计时：周五17:00提交的P2工单最晚周一 11:00（66小时后）回复，最晚周一 17:00（3天后）解决"
        );
        // 95 minutes = 1 h 35 min: good (16 min – 2 h), within P4's 24 hours.
        assert_eq!(
            figure(&i, "测试工单"),
            "1小时35分钟后首次回复（良）；在承诺的一般咨询（P4）响应时间24小时之内"
        );
        assert_eq!(
            figure(&i, "严重安全漏洞的修复"),
            "48小时：在72小时的基准之内"
        );
        assert_eq!(
            figure(&i, "版本技术支持期与合同期限"),
            "36个月：覆盖36个月的合同期限"
        );
        assert_eq!(figure(&i, "需额外付费的必备功能"), "通话录音");
        // 523.2 kbps → 0.52 Mbps; at most floor((42,500 × 0.8 − 1,500) ÷ 87.2) = floor(372.7)
        // = 372 such calls with 20 % kept free.
        assert_eq!(
            figure(&i, "所需带宽"),
            "6路G.711通话每个方向需要0.52 Mbps（另加1路视频1.50 Mbps）；您实测的42.5 Mbps上行带宽还剩95%余量"
        );
        assert!(
            i.figures
                .iter()
                .any(|f| f.label == "所需带宽" && f.detail.contains("最多可承载372路"))
        );
        // Rule of thumb: 6 × 100 kbps = 0.60 Mbps; 6 × 500 kbps = 3.00 Mbps.
        assert_eq!(
            figure(&i, "经验估算（供比较）"),
            "6路通话 × 100 kbps ≈ 每个方向0.60 Mbps；按保守的每路500 kbps计算为3.00 Mbps"
        );
        assert_eq!(
            figure(&i, "线路质量"),
            "单向延迟为12 ms（未超过上限150 ms） · 抖动为3 ms（未超过上限30 ms） · 丢包率为0.1%（未超过上限1%）"
        );
        // 12 months of warranty in a 36-month term: 24 uncovered.
        assert_eq!(
            figure(&i, "保修期与合同期限"),
            "覆盖36个月中的12个月；有24个月不在保修范围内"
        );
        assert_eq!(figure(&i, "到货损坏"), "到货后15天内报告可免费更换");
        // Every figure above, and no other.
        assert_eq!(i.figures.len(), 17);
    }

    #[test]
    fn the_chinese_examples_quotes_flags_and_ratings_worked_by_hand() {
        let i = chinese();
        // Like for like over 36 months at 12 seats +2 a year:
        //   畅联 ¥1,080.00 for 12 seats, 6 % VAT, no escalator: 1,080 × 12 = 12,960.00;
        //     1,080 × 14/12 = 1,260.00 × 12 = 15,120.00; 1,080 × 16/12 = 1,440.00 × 12
        //     = 17,280.00; 45,360.00 + 6 % (2,721.60) = 48,081.60
        //   华信 ¥960.00, seats and taxes not stated, ¥1,500 upfront: 960 × 12 = 11,520.00;
        //     1,120.00 × 12 = 13,440.00; 1,280.00 × 12 = 15,360.00; 40,320.00 + 1,500.00
        //     = 41,820.00
        //   the quote under review: 59,484.46 (its total cost).
        assert_eq!(
            i.quotes
                .rows
                .iter()
                .map(|r| (r.rank, r.total_minor))
                .collect::<Vec<_>>(),
            [
                (Some(3), Some(5_948_446)),
                (Some(2), Some(4_808_160)),
                (Some(1), Some(4_182_000))
            ]
        );
        // 59,484.46 − 41,820.00 = 17,664.46; ÷ 59,484.46 = 29.7 % (at least 20 %: flagged);
        // 畅联 saves 11,402.86, 19.2 %: not flagged.
        let cheaper: Vec<_> = i
            .flags
            .iter()
            .filter(|f| f.rule_id == "competitors.much_cheaper")
            .collect();
        assert_eq!(cheaper.len(), 1);
        assert!(
            cheaper[0].reason.starts_with(
                "华信云总机在同等条件下36个月共¥41,820.00，而本报价为¥59,484.46，便宜¥17,664.46（便宜29.7%"
            ),
            "{}",
            cheaper[0].reason
        );
        let mut rules: Vec<&str> = i.flags.iter().map(|f| f.rule_id.as_str()).collect();
        rules.sort_unstable();
        assert_eq!(
            rules,
            [
                "bandwidth.no_failover",
                "bandwidth.up_to",
                "competitors.much_cheaper",
                "pricing.cannot_reduce",
                "pricing.not_locked",
                // 7 days to claim, under 30.
                "sla.claim_window_short",
                // 4 h of maintenance a month against 40 min 19 s in February.
                "sla.maintenance_exceeds_allowance",
                "upfront.tbd",
                "warranty.short",
            ]
        );
        // Each area's rating is the one the playbook suggests.
        let review = example_review_in(Lang::ZhHans);
        for suggestion in &i.suggestions {
            let rated = review
                .areas
                .iter()
                .find(|a| a.area_id == suggestion.area_id)
                .unwrap();
            assert_eq!(
                suggestion.rating,
                Some(rated.rating),
                "{}",
                suggestion.area_id
            );
        }
        // Three questions for the provider: exit for cause, business SMS, advance replacement.
        assert_eq!(i.provider_questions.len(), 3);
        assert!(i.provider_questions_text.contains("云朗通信"));
    }

    #[test]
    fn a_chinese_first_start_seeds_the_chinese_example_under_its_chinese_title() {
        let mut store = crate::Store::open_in_memory().unwrap();
        let id = store
            .seed_example_if_new_in(Lang::ZhHans)
            .unwrap()
            .expect("seeded");
        let listed = store.list_reviews("").unwrap();
        assert_eq!(listed[0].title, "示例：12 座席办公室报价");
        assert_eq!(listed[0].provider, "云朗通信");
        let review = store.get_review(id).unwrap();
        assert_eq!(review.language, Lang::ZhHans);
        assert_eq!(review.context.currency, "CNY");
        assert_eq!(
            crate::deadlines::contract_name(&review),
            "示例：12 座席办公室报价"
        );
        // Seeded once, whatever the language later.
        assert_eq!(store.seed_example_if_new_in(Lang::En).unwrap(), None);
        store.delete_review(id).unwrap();
        assert_eq!(
            store.list_trash().unwrap()[0].title,
            "示例：12 座席办公室报价"
        );
    }
}
