//! The contract's dates: the term's end, the renewal and the notice deadline.

use super::*;

/// Term end, renewal and the last day notice must arrive.
pub(super) fn contract_dates(cx: &Cx, calc: &mut Calculations, out: &mut Out) {
    let (review, a, term, today, lang) = (cx.review, &cx.a, cx.term, cx.today, cx.lang);
    let say = |key, args: &[(&str, Arg)]| text_with(lang, key, args);
    let label = &text(lang, msg::INSIGHTS_DATES_LABEL);
    // Shown after the last notice question on screen, so the figure follows every input it
    // reads: what the notice is counted before, or the notice in days when that question does
    // not apply (no renewal, or renewal not answered yet).
    const COUNTED_BEFORE: &str = "cancellation.notice_counted_before";
    let anchor = if crate::template::template().applies(COUNTED_BEFORE, &review.answers) {
        COUNTED_BEFORE
    } else {
        "cancellation.notice_days"
    };
    let Some(start) = review
        .context
        .start_date
        .as_deref()
        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
    else {
        return;
    };
    let renews = a.yes_no("cancellation.auto_renews");
    let renewal_term = if renews == Some(YesNo::Yes) {
        a.whole("cancellation.renewal_term_months")
    } else {
        None
    };
    let notice_needed = renews != Some(YesNo::No);
    // Notice entered in days, in months, or (by mistake) both: then the earlier deadline.
    let periods: Vec<Notice> = [
        a.whole("cancellation.notice_days").map(Notice::Days),
        a.whole("cancellation.notice_months").map(Notice::Months),
    ]
    .into_iter()
    .flatten()
    .filter(|_| notice_needed)
    .collect();
    // Not answered or "not sure": the end of the term, the earlier of the two dates.
    let basis_answer = a.choice("cancellation.notice_counted_before");
    let basis = basis_answer
        .and_then(NoticeBasis::parse)
        .unwrap_or_default();
    let computed: Result<Vec<ContractDates>, Error> = if periods.is_empty() {
        dates::contract_dates(start, term, None, basis, renewal_term, today).map(|d| vec![d])
    } else {
        periods
            .iter()
            .map(|n| dates::contract_dates(start, term, Some(*n), basis, renewal_term, today))
            .collect()
    };
    let d = match computed {
        Ok(all) => all
            .into_iter()
            .min_by_key(|d| d.notice_deadline.clone())
            .expect("at least one computation"),
        Err(e) => {
            out.error("cancellation", anchor, label, e);
            return;
        }
    };
    let renews_for = d.renewal_term_months.map_or(String::new(), |m| {
        say(msg::INSIGHTS_DATES_RENEWS_FOR, &[("months", Arg::from(m))])
    });
    let value = match (&d.notice_deadline, words::notice_rule(lang, &d)) {
        (Some(deadline), Some(rule)) => say(
            msg::INSIGHTS_DATES_NOTICE,
            &[
                ("deadline", Arg::from(deadline.clone())),
                ("rule", Arg::from(rule)),
                (
                    "left",
                    Arg::from(d.days_to_notice_deadline.map_or(String::new(), |n| {
                        say(
                            msg::INSIGHTS_DATES_LEFT,
                            &[("left", Arg::from(words::days_left(lang, n)))],
                        )
                    })),
                ),
                ("renews", Arg::from(renews_for)),
            ],
        ),
        _ if renews == Some(YesNo::No) => say(
            msg::INSIGHTS_DATES_ENDS_NO_RENEWAL,
            &[("end", Arg::from(d.end.clone()))],
        ),
        _ => say(
            msg::INSIGHTS_DATES_ENDS,
            &[("end", Arg::from(d.end.clone()))],
        ),
    };
    let mut detail = say(
        msg::INSIGHTS_DATES_DETAIL,
        &[
            ("start", Arg::from(d.start.clone())),
            ("term", Arg::from(term)),
            ("end", Arg::from(d.end.clone())),
            ("renewal", Arg::from(d.renewal.clone())),
        ],
    );
    if let Some(counted) = d.notice_counted_before {
        let mut sentence = |key, args: &[(&str, Arg)]| {
            detail.push_str(sentence_gap(lang));
            detail.push_str(&say(key, args));
        };
        sentence(
            msg::INSIGHTS_DATES_DEADLINE_EXPLAINED,
            &[("basis", Arg::from(words::notice_basis(lang, counted)))],
        );
        match basis_answer {
            Some("not_sure") => sentence(msg::INSIGHTS_DATES_BASIS_NOT_SURE, &[]),
            None => sentence(msg::INSIGHTS_DATES_BASIS_MISSING, &[]),
            _ => {}
        }
        if periods.len() > 1 {
            sentence(msg::INSIGHTS_DATES_BOTH_PERIODS, &[]);
        }
    }
    out.push(
        "cancellation",
        anchor,
        label,
        words::dates_in(lang, &value),
        words::dates_in(lang, &detail),
        deadline_tone(d.notice_status),
    );
    calc.dates = Some(d);
}

/// A notice deadline under 30 days away is a warning; one that has passed, a problem.
pub(super) fn deadline_tone(status: Option<DeadlineStatus>) -> Tone {
    match status {
        Some(DeadlineStatus::Passed) => Tone::Bad,
        Some(DeadlineStatus::Soon) => Tone::Warn,
        Some(DeadlineStatus::Ahead) | None => Tone::Info,
    }
}
