//! Property tests of the calculators: the invariants a reader relies on, over many inputs.

use chrono::NaiveDate;
use proptest::prelude::*;
use voip_review_core::calc::dates::{Notice, NoticeBasis, contract_dates};
use voip_review_core::calc::exit::{EtfStructure, ExitTerms, exit_costs, yearly_steps};
use voip_review_core::calc::sla::{MeasurementWindow, YearBasis, downtime_allowance};
use voip_review_core::calc::tco::{TcoInput, total_cost};

fn date() -> impl Strategy<Value = NaiveDate> {
    (2000i32..2100, 1u32..=12, 1u32..=31)
        .prop_filter_map("real date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn downtime_falls_as_the_sla_rises(a in 0.0f64..=100.0, b in 0.0f64..=100.0) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        for basis in [YearBasis::Days365, YearBasis::Gregorian] {
            let lo = downtime_allowance(low, basis, None).unwrap();
            let hi = downtime_allowance(high, basis, None).unwrap();
            prop_assert!(hi.per_year_ms <= lo.per_year_ms);
            prop_assert!(hi.per_month_average_ms <= lo.per_month_average_ms);
            prop_assert!(hi.per_day_ms <= lo.per_day_ms);
        }
        // Over a calendar window: a longer month allows more, a higher promise less.
        for window in [MeasurementWindow::Month, MeasurementWindow::Quarter, MeasurementWindow::Year] {
            let lo = downtime_allowance(low, YearBasis::Days365, Some(window)).unwrap();
            let hi = downtime_allowance(high, YearBasis::Days365, Some(window)).unwrap();
            for pair in lo.window_lengths.windows(2) {
                prop_assert!(pair[0].days < pair[1].days);
                prop_assert!(pair[0].allowance_ms <= pair[1].allowance_ms);
            }
            for (h, l) in hi.window_lengths.iter().zip(&lo.window_lengths) {
                prop_assert!(h.allowance_ms <= l.allowance_ms);
            }
            prop_assert_eq!(lo.per_window_ms, lo.window_lengths.first().map(|l| l.allowance_ms));
        }
    }

    #[test]
    fn total_cost_is_at_least_the_monthly_charges(
        term in 1u32..=120,
        monthly in 0i64..=10_000_000,
        escalator in 0.0f64..=100.0,
        seats in proptest::option::of(1u32..=500),
        growth in 0u32..=50,
        addons in 0i64..=1_000_000,
        upfront in 0i64..=10_000_000,
    ) {
        let mut input = TcoInput::new(term, monthly);
        input.escalator_percent = escalator;
        input.seats = seats;
        input.seat_growth_per_year = growth;
        input.addons_monthly_minor = addons;
        input.upfront.push(voip_review_core::calc::tco::UpfrontItem { label: "Setup".into(), amount_minor: upfront });
        let t = total_cost(&input).unwrap();
        prop_assert!(t.total_minor >= i64::from(term) * (monthly + addons) + upfront);
        prop_assert_eq!(t.monthly_schedule().len(), term as usize);
        prop_assert_eq!(t.monthly_schedule().iter().sum::<i64>(), t.recurring_total_minor);
    }

    /// Anywhere in the accepted ranges, the total is either exact or refused: never wrapped.
    #[test]
    fn total_cost_never_wraps(
        term in 1u32..=120,
        monthly in 0i64..=100_000_000_000,
        escalator in 0.0f64..=100.0,
        seats in 1u32..=10_000,
        growth in 0u32..=10_000,
        taxes in 0.0f64..=100.0,
    ) {
        let mut input = TcoInput::new(term, monthly);
        input.escalator_percent = escalator;
        input.seats = Some(seats);
        input.seat_growth_per_year = growth;
        input.taxes_percent = Some(taxes);
        match total_cost(&input) {
            Ok(t) => {
                prop_assert!(t.total_minor >= t.recurring_total_minor);
                prop_assert!(t.recurring_total_minor >= 0);
                let sum: i128 = t.monthly_schedule().iter().map(|m| i128::from(*m)).sum();
                prop_assert_eq!(sum, i128::from(t.recurring_total_minor));
            }
            Err(e) => prop_assert_eq!(e.field(), Some("context.monthly_charge")),
        }
    }

    #[test]
    fn a_declining_exit_cost_never_rises_with_time(
        term in 1u32..=60,
        monthly in 0i64..=1_000_000,
        escalator in 0.0f64..=20.0,
        mut percents in proptest::collection::vec(0.0f64..=100.0, 1..=5),
        walkaway in 0u32..=90,
    ) {
        percents.sort_by(|a, b| b.total_cmp(a));
        let mut input = TcoInput::new(term, monthly);
        input.escalator_percent = escalator;
        let schedule = total_cost(&input).unwrap().monthly_schedule();
        let months: Vec<u32> = (0..=term).collect();
        for structure in [
            EtfStructure::Declining { steps: yearly_steps(&percents) },
            EtfStructure::AllRemaining,
            EtfStructure::PercentOfRemaining { percent: percents[0] },
        ] {
            let terms = ExitTerms::fee_only(structure.clone(), walkaway);
            let costs = exit_costs(&terms, &schedule, &months).unwrap();
            // Past the walk-away window the fee only falls (the window itself is free).
            let after_window: Vec<i64> = costs.iter().filter(|c| !c.within_walkaway).map(|c| c.fee_minor).collect();
            for pair in after_window.windows(2) {
                prop_assert!(pair[1] <= pair[0], "{:?}: {} then {}", structure, pair[0], pair[1]);
            }
            prop_assert_eq!(costs.last().unwrap().fee_minor, 0);
        }
    }

    #[test]
    fn the_notice_deadline_is_before_the_date_it_is_counted_from(
        start in date(),
        term in 1u32..=120,
        notice_days in 0u32..=400,
        notice_months in 0u32..=12,
    ) {
        let parse = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        for notice in [Notice::Days(notice_days), Notice::Months(notice_months)] {
            let by_end = contract_dates(start, term, Some(notice), NoticeBasis::EndOfTerm, Some(12), None);
            let by_renewal = contract_dates(start, term, Some(notice), NoticeBasis::RenewalDate, Some(12), None);
            match (by_end, by_renewal) {
                (Ok(e), Ok(r)) => {
                    let end_deadline = parse(e.notice_deadline.as_deref().unwrap());
                    let renewal_deadline = parse(r.notice_deadline.as_deref().unwrap());
                    let renewal = parse(&e.renewal);
                    let end = parse(&e.end);
                    prop_assert_eq!(end.succ_opt().unwrap(), renewal);
                    prop_assert!(end_deadline >= start);
                    prop_assert!(end_deadline <= end);
                    prop_assert!(renewal_deadline <= renewal);
                    // Counting from the end of the term is never later: the owner's safe side.
                    prop_assert!(end_deadline <= renewal_deadline);
                    if notice != Notice::Days(0) && notice != Notice::Months(0) {
                        prop_assert!(renewal_deadline < renewal);
                    }
                    // The period in days is what lies between the deadline and its date.
                    prop_assert_eq!(e.notice_period_days, Some((end - end_deadline).num_days()));
                }
                // Refused only when the notice is as long as the term, whatever it counts from.
                (Err(a), Err(b)) => {
                    prop_assert_eq!(a.to_string(), b.to_string());
                    prop_assert!(a.to_string().contains("-month term; notice must fit within the term"), "{}", a);
                }
                (a, b) => prop_assert!(false, "the bases disagree on refusing: {:?} {:?}", a, b),
            }
        }
    }
}
