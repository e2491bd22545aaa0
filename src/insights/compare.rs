//! Side by side: the quote under review against its competing quotes, and several reviews
//! against each other.

use super::Insights;
use super::answers::Answers;
use super::figures::Money;
use super::figures::tco_input;
use super::playbook::Severity;
use crate::calc::tco::{self, TcoBreakdown, TcoInput, UpfrontItem};
use crate::calc::{ppm_to_percent, trim_number};
use crate::i18n::Lang;
use crate::model::{ChargeBasis, QuoteInput, Review};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuoteRow {
    pub provider: String,
    /// The quote under review (the others are competitors).
    pub is_this_review: bool,
    pub quote_id: Option<i64>,
    #[ts(type = "number | null")]
    pub monthly_minor: Option<i64>,
    pub term: String,
    #[ts(type = "number")]
    pub upfront_minor: i64,
    /// Cost over the comparison period.
    #[ts(type = "number | null")]
    pub total_minor: Option<i64>,
    /// Against the quote under review: positive means this row costs more.
    #[ts(type = "number | null")]
    pub difference_minor: Option<i64>,
    /// 1 is the cheapest over the period, on the like-for-like basis; null when incomplete.
    pub rank: Option<u32>,
    pub notes: String,
    /// What was assumed, applied or left out for this quote to compare like for like.
    pub assumptions: String,
    /// Cost inputs still missing: the row is incomplete and not ranked.
    pub missing: Vec<String>,
    /// The quote under review only: its total cost with everything it states (growth,
    /// escalator, promotion, taxes), as in the key figures.
    #[ts(type = "number | null")]
    pub full_total_minor: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuoteComparison {
    /// The comparison period: the review's term.
    pub months: u32,
    pub currency: String,
    pub rows: Vec<QuoteRow>,
    pub method: String,
}

fn rank_by<T>(rows: &mut [T], key: impl Fn(&T) -> Option<(u32, i64)>, set: impl Fn(&mut T, u32)) {
    let mut keyed: Vec<(usize, (u32, i64))> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| key(r).map(|k| (i, k)))
        .collect();
    keyed.sort_by_key(|(i, k)| (*k, *i));
    for (rank, (i, _)) in keyed.into_iter().enumerate() {
        set(&mut rows[i], rank as u32 + 1);
    }
}

/// Cost inputs of a review that the total cost needs and that are still unanswered, in words.
/// A missing cost would otherwise count as zero and make the review look cheaper.
pub fn missing_cost_inputs(review: &Review) -> Vec<String> {
    missing_cost_inputs_in(review, Lang::En)
}

/// The Chinese name of a missing cost input (the English one is the key).
fn missing_zh(what: &str) -> &str {
    match what {
        "the monthly charge" => "月费",
        "the number of seats (the charge is per seat)" => "座席数（按座席计价）",
        "the price lock or annual escalator" => "价格是否锁定或年度涨幅",
        "taxes and fees" => "税费",
        "add-ons per month" => "每月附加服务费用",
        "how support is priced" => "技术支持如何收费",
        "the setup fee" => "开通费",
        "the phones to buy (0 if none)" => "需购买的话机数量（不买填0）",
        other => other,
    }
}

/// [`missing_cost_inputs`] in `lang`.
pub fn missing_cost_inputs_in(review: &Review, lang: Lang) -> Vec<String> {
    let a = Answers::new(review);
    let mut missing = Vec::new();
    let mut need = |ok: bool, what: &str| {
        if !ok {
            missing.push(match lang {
                Lang::En => what.to_owned(),
                Lang::ZhHans => missing_zh(what).to_owned(),
            });
        }
    };
    need(
        review.context.monthly_charge_minor.is_some(),
        "the monthly charge",
    );
    need(
        review.context.monthly_charge_basis != ChargeBasis::PerSeat
            || review.context.seats.is_some(),
        "the number of seats (the charge is per seat)",
    );
    need(
        a.is_yes("pricing.price_locked") || a.is_answered("pricing.escalator_percent"),
        "the price lock or annual escalator",
    );
    need(
        match a.choice("pricing.taxes_included") {
            Some("included") => true,
            Some("extra") => a.is_answered("pricing.taxes_percent"),
            _ => false,
        },
        "taxes and fees",
    );
    need(a.is_answered("pricing.addons_monthly"), "add-ons per month");
    need(
        match a.choice("support.included") {
            Some("included") => {
                !a.is_yes("support.free_first_year_only") || a.is_answered("support.paid_monthly")
            }
            Some("tiered" | "paid_tier") => a.is_answered("support.paid_monthly"),
            Some("per_incident") => {
                a.is_answered("support.per_incident_fee")
                    && a.is_answered("support.incidents_per_year")
            }
            _ => false,
        },
        "how support is priced",
    );
    need(a.is_answered("upfront.setup_fee"), "the setup fee");
    need(
        a.is_answered("upfront.phones_count"),
        "the phones to buy (0 if none)",
    );
    missing
}

/// The seats every quote is costed at: the review's contracted seats and its forecast growth.
struct SeatBasis {
    seats: Option<u32>,
    growth_per_year: u32,
}

/// `amount × numerator ÷ denominator`, rounded half up (amounts and seat counts are small
/// enough for `i128` never to overflow; a result past `i64` is `None`).
fn scale(amount_minor: i64, numerator: u32, denominator: u32) -> Option<i64> {
    let denominator = i128::from(denominator.max(1));
    let product = i128::from(amount_minor) * i128::from(numerator);
    i64::try_from((product * 2 + denominator) / (denominator * 2)).ok()
}

fn percent_text(percent: f64) -> String {
    format!("{} %", trim_number(percent))
}

/// The English or the Chinese of a phrase, by the language of the amounts.
fn pick(money: &Money, en: String, zh: String) -> String {
    match money.1 {
        Lang::En => en,
        Lang::ZhHans => zh,
    }
}

/// A competing quote on the review's basis: the review's term, seats and seat growth (at the
/// quote's per-seat price), the quote's own taxes and escalator where it states them, its
/// upfront costs. Returns the input and, in words, what was applied or assumed.
fn competitor_input(
    quote: &QuoteInput,
    months: u32,
    basis: &SeatBasis,
    this_taxes: Option<f64>,
    money: &Money,
) -> (Option<TcoInput>, Vec<String>) {
    let mut applied = Vec::new();
    let monthly = match (quote.seats, basis.seats) {
        (Some(quoted), Some(ours)) if quoted != ours => {
            let Some(scaled) = scale(quote.monthly_minor, ours, quoted) else {
                return (None, applied);
            };
            applied.push(pick(
                money,
                format!(
                    "quoted for {quoted} seats, scaled to your {ours} at its per-seat price ({} → {} a month)",
                    money.fmt(quote.monthly_minor),
                    money.fmt(scaled)
                ),
                format!(
                    "按{quoted}个座席报价，按其每座席价格换算为您的{ours}个座席（每月{} → {}）",
                    money.fmt(quote.monthly_minor),
                    money.fmt(scaled)
                ),
            ));
            scaled
        }
        (Some(_), Some(ours)) => {
            applied.push(pick(
                money,
                format!("quoted for your {ours} seats"),
                format!("按您的{ours}个座席报价"),
            ));
            quote.monthly_minor
        }
        (None, Some(ours)) => {
            applied.push(pick(
                money,
                format!("seats not stated: assumed to be for your {ours} seats"),
                format!("未写明座席数：假定为您的{ours}个座席"),
            ));
            quote.monthly_minor
        }
        (Some(quoted), None) => {
            applied.push(pick(
                money,
                format!("quoted for {quoted} seats, as quoted (this review gives no seat count)"),
                format!("按{quoted}个座席报价，照报价计算（本次审查未填写座席数）"),
            ));
            quote.monthly_minor
        }
        (None, None) => quote.monthly_minor,
    };
    let mut input = TcoInput::new(months, monthly);
    input.seats = basis.seats;
    if basis.seats.is_some() && basis.growth_per_year > 0 {
        input.seat_growth_per_year = basis.growth_per_year;
        applied.push(pick(
            money,
            format!(
                "+{} a year at the same per-seat price",
                crate::wording::count(basis.growth_per_year, "seat", "seats")
            ),
            format!("每年增加{}个座席，每座席价格不变", basis.growth_per_year),
        ));
    }
    match quote.escalator_percent {
        Some(e) if e > 0.0 => {
            input.escalator_percent = e;
            applied.push(pick(
                money,
                format!("{} annual increase, as quoted", percent_text(e)),
                format!("年度涨幅{}%，照报价计算", trim_number(e)),
            ));
        }
        Some(_) => applied.push(pick(
            money,
            "price locked (0 % increase), as quoted".into(),
            "价格锁定（涨幅0%），照报价计算".into(),
        )),
        None => applied.push(pick(
            money,
            "no annual increase stated: none assumed".into(),
            "未写明年度涨幅：按不涨价计算".into(),
        )),
    }
    match quote.taxes_percent {
        Some(t) if t > 0.0 => {
            input.taxes_percent = Some(t);
            applied.push(pick(
                money,
                format!("{} taxes and fees, as quoted", percent_text(t)),
                format!("税费{}%，照报价计算", trim_number(t)),
            ));
        }
        Some(_) => applied.push(pick(
            money,
            "taxes included, as quoted".into(),
            "已含税费，照报价计算".into(),
        )),
        None => applied.push(match this_taxes.filter(|t| *t > 0.0) {
            Some(ours) => pick(
                money,
                format!(
                    "taxes not stated: none added (the quote under review adds {}; ask)",
                    percent_text(ours)
                ),
                format!(
                    "未写明税费：未加税费（本报价另加{}%，请询问）",
                    trim_number(ours)
                ),
            ),
            None => pick(
                money,
                "taxes not stated: none added".into(),
                "未写明税费：未加税费".into(),
            ),
        }),
    }
    input.upfront = vec![UpfrontItem {
        label: "Upfront costs".into(),
        amount_minor: quote.upfront_minor,
    }];
    applied.push(pick(
        money,
        format!("upfront {}", money.fmt(quote.upfront_minor)),
        format!("一次性费用{}", money.fmt(quote.upfront_minor)),
    ));
    if !quote.is_contract() {
        applied.push(pick(
            money,
            format!("month-to-month: the same terms assumed for all {months} months"),
            format!("按月付费：假定全部{months}个月条件不变"),
        ));
    } else if quote.term_months != months {
        applied.push(pick(
            money,
            format!(
                "its {}-month contract costed over {months} months at the same terms",
                quote.term_months
            ),
            format!(
                "其{}个月的合同按相同条件计算{months}个月",
                quote.term_months
            ),
        ));
    }
    (Some(input), applied)
}

/// What the quote under review's total includes, in words.
fn this_quote_applied(input: &TcoInput, total: &TcoBreakdown, money: &Money) -> Vec<String> {
    let mut applied = Vec::new();
    if let Some(seats) = input.seats {
        applied.push(pick(
            money,
            crate::wording::count(seats, "seat", "seats"),
            format!("{seats}个座席"),
        ));
        if input.seat_growth_per_year > 0 {
            applied.push(pick(
                money,
                format!(
                    "+{} a year",
                    crate::wording::count(input.seat_growth_per_year, "seat", "seats")
                ),
                format!("每年增加{}个座席", input.seat_growth_per_year),
            ));
        }
    }
    if let Some(first) = total.years.first() {
        applied.push(pick(
            money,
            format!("{} a month in year 1", money.fmt(first.monthly_minor)),
            format!("第1年每月{}", money.fmt(first.monthly_minor)),
        ));
    }
    applied.push(if input.escalator_percent > 0.0 {
        pick(
            money,
            format!("{} annual increase", percent_text(input.escalator_percent)),
            format!("年度涨幅{}%", trim_number(input.escalator_percent)),
        )
    } else {
        pick(money, "no annual increase".into(), "不涨价".into())
    });
    if let Some(p) = &input.promotion {
        applied.push(pick(
            money,
            format!(
                "the promotion ({} at {} off)",
                crate::wording::count(p.months, "month", "months"),
                percent_text(p.percent)
            ),
            format!("优惠（前{}个月减免{}%）", p.months, trim_number(p.percent)),
        ));
    }
    applied.push(match input.taxes_percent.filter(|t| *t > 0.0) {
        Some(t) => pick(
            money,
            format!("{} taxes and fees", percent_text(t)),
            format!("税费{}%", trim_number(t)),
        ),
        None => pick(money, "taxes included".into(), "已含税费".into()),
    });
    applied.push(pick(
        money,
        format!("upfront {}", money.fmt(total.upfront_total_minor)),
        format!("一次性费用{}", money.fmt(total.upfront_total_minor)),
    ));
    if total.hardware_payments_minor > 0 {
        applied.push(pick(
            money,
            format!(
                "hardware payments {}",
                money.fmt(total.hardware_payments_minor)
            ),
            format!("硬件分期付款{}", money.fmt(total.hardware_payments_minor)),
        ));
    }
    applied
}

fn sentence(applied: &[String], lang: Lang) -> String {
    if lang == Lang::ZhHans {
        return format!("{}。", applied.join("；"));
    }
    let mut text = applied.join("; ");
    if let Some(first) = text.get(..1) {
        text = first.to_uppercase() + &text[1..];
    }
    text.push('.');
    text
}

/// Every quote on the same basis (issue 9): the review's term, its contracted seats and seat
/// growth, taxes where a quote states them, its escalator where known, upfront costs. The
/// quote under review is its total cost as in the key figures. Each row says what was applied.
pub fn compare_quotes(review: &Review, full: Option<&TcoBreakdown>) -> QuoteComparison {
    compare_quotes_in(review, full, Lang::En)
}

/// [`compare_quotes`] with its words in `lang`.
pub fn compare_quotes_in(
    review: &Review,
    full: Option<&TcoBreakdown>,
    lang: Lang,
) -> QuoteComparison {
    let months = review.context.term_months;
    let money = Money(&review.context.currency, lang);
    let months_text = |n: u32| match lang {
        Lang::En => crate::wording::count(n, "month", "months"),
        Lang::ZhHans => format!("{n}个月"),
    };
    let a = Answers::new(review);
    let full_input = tco_input(review, &a);
    let this_monthly = full.and_then(|t| t.years.first()).map(|y| y.monthly_minor);
    let mut missing = missing_cost_inputs_in(review, lang);
    if full_input.is_some() && full.is_none() {
        missing.push(pick(
            &money,
            "cost inputs within range (see the total cost figure)".into(),
            "在有效范围内的费用数据（见总费用数据）".into(),
        ));
    }
    let this_assumptions = match (&full_input, full) {
        (Some(input), Some(total)) => sentence(&this_quote_applied(input, total, &money), lang),
        _ => pick(
            &money,
            "Not costed: its cost inputs are incomplete.".into(),
            "未计算费用：费用数据不完整。".into(),
        ),
    };
    let this_total = full.map(|f| f.total_minor);
    let mut rows = vec![QuoteRow {
        provider: review.context.provider.clone(),
        is_this_review: true,
        quote_id: None,
        monthly_minor: this_monthly,
        term: months_text(months),
        upfront_minor: full.map_or(0, |t| t.upfront_total_minor),
        total_minor: this_total,
        difference_minor: this_total.map(|_| 0),
        rank: None,
        notes: String::new(),
        assumptions: this_assumptions,
        missing,
        full_total_minor: this_total,
    }];
    let seat_basis = SeatBasis {
        seats: review.context.seats,
        growth_per_year: if review.context.seats.is_some() {
            a.whole("pricing.seat_growth_per_year").unwrap_or(0)
        } else {
            0
        },
    };
    let this_taxes = full_input.as_ref().and_then(|i| i.taxes_percent);
    for q in &review.quotes {
        let (input, applied) = competitor_input(&q.quote, months, &seat_basis, this_taxes, &money);
        let costed = input.and_then(|i| tco::total_cost(&i).ok());
        let total = costed.as_ref().map(|t| t.total_minor);
        rows.push(QuoteRow {
            provider: q.quote.provider.clone(),
            is_this_review: false,
            quote_id: Some(q.id),
            monthly_minor: Some(q.quote.monthly_minor),
            term: if q.quote.is_contract() {
                months_text(q.quote.term_months)
            } else {
                pick(&money, "No contract".into(), "无合同".into())
            },
            upfront_minor: q.quote.upfront_minor,
            total_minor: total,
            difference_minor: this_total.zip(total).map(|(t, c)| c - t),
            rank: None,
            notes: q.quote.notes.clone(),
            assumptions: sentence(&applied, lang),
            missing: if costed.is_some() {
                Vec::new()
            } else {
                vec![pick(
                    &money,
                    "amounts within range (its total is too large to add up)".into(),
                    "在有效范围内的金额（其总额过大，无法相加）".into(),
                )]
            },
            full_total_minor: total,
        });
    }
    // An incomplete quote is never ranked: its missing costs would count as zero.
    rank_by(
        &mut rows,
        |r| {
            r.missing
                .is_empty()
                .then_some(r.total_minor?)
                .map(|t| (0, t))
        },
        |r, n| r.rank = Some(n),
    );
    QuoteComparison {
        months,
        currency: review.context.currency.clone(),
        rows,
        method: pick(
            &money,
            format!(
                "Like for like: every quote over the same {months} months, at this review's seats and seat growth (a competitor at its own per-seat price), with its own annual increase and taxes where it states them, upfront costs included. The quote under review is its total cost. Each row says what was applied or assumed; what a quote does not state is not added, so ask for it. Rank 1 is the cheapest; a quote with missing cost inputs is shown as incomplete and not ranked. Price is not everything: weigh the SLA, support and features too."
            ),
            format!(
                "同等条件比较：每份报价都按相同的{months}个月、按本次审查的座席数和座席增长计算（竞争报价按其自己的每座席价格），报价写明的年度涨幅和税费照计，并包含一次性费用。本报价按其总费用计算。每一行都说明了采用或假定的条件；报价没有写明的费用不会加上，请向对方询问。排名第1的最便宜；缺少费用数据的报价显示为不完整，不参与排名。价格不是全部：还要权衡服务等级协议（SLA）、技术支持和功能。"
            ),
        ),
    }
}

/// The cheapest ranked competing quote, like for like, with how much less it costs in percent of
/// the quote under review's total (negative when it costs more). `None` while the quote under
/// review is not costed or there is no ranked competitor.
pub fn much_cheaper_competitor(comparison: &QuoteComparison) -> Option<(&QuoteRow, f64)> {
    let this = comparison.rows.iter().find(|r| r.is_this_review)?;
    let this_total = this.total_minor.filter(|_| this.missing.is_empty())?;
    if this_total <= 0 {
        return None;
    }
    comparison
        .rows
        .iter()
        .filter(|r| !r.is_this_review && r.missing.is_empty())
        .filter_map(|r| Some((r, r.total_minor?)))
        .min_by_key(|(_, total)| *total)
        .map(|(r, total)| (r, (this_total - total) as f64 * 100.0 / this_total as f64))
}

/// One review in a comparison across reviews.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ComparedReview {
    pub review_id: i64,
    pub title: String,
    pub plan: String,
    pub currency: String,
    pub term_months: u32,
    pub total_cost: Option<String>,
    /// Total ÷ months: comparable across different terms.
    pub monthly_average: Option<String>,
    pub exit_12: Option<String>,
    pub exit_24: Option<String>,
    pub uptime: Option<String>,
    // The downtime the SLA allows in its own measurement window ("… each calendar month").
    pub downtime_per_month: Option<String>,
    pub support_hours: Option<String>,
    pub critical_response: Option<String>,
    pub warranty: Option<String>,
    pub deal_breakers: u32,
    pub negotiate: u32,
    /// Areas with a rating other than "not reviewed", of all areas.
    pub areas_reviewed: u32,
    pub areas_total: u32,
    /// Cost inputs still missing: the review is incomplete and not ranked.
    pub missing: Vec<String>,
    pub rank: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ReviewComparison {
    pub reviews: Vec<ComparedReview>,
    pub ranking_rule: String,
    /// Set when the reviews are in different currencies: costs are then not ranked.
    pub warning: Option<String>,
}

/// How many reviews one comparison holds: two at least (one has nothing to compare with), four
/// at most (the columns of a readable table).
pub const COMPARE_MIN: usize = 2;
pub const COMPARE_MAX: usize = 4;

/// Refuses a comparison of fewer than [`COMPARE_MIN`] or more than [`COMPARE_MAX`] reviews.
pub fn check_comparison_size(count: usize) -> crate::Result<()> {
    if (COMPARE_MIN..=COMPARE_MAX).contains(&count) {
        Ok(())
    } else {
        Err(crate::Error::invalid(
            "ids",
            "Reviews to compare",
            format!("choose between {COMPARE_MIN} and {COMPARE_MAX} reviews, not {count}"),
        ))
    }
}

/// The stored reviews `ids`, side by side, with their figures as of `today`. The size is
/// checked before any review is read.
pub fn compare_stored(
    store: &crate::Store,
    ids: &[crate::model::ReviewId],
    today: chrono::NaiveDate,
) -> crate::Result<ReviewComparison> {
    compare_stored_in(store, ids, today, Lang::En)
}

/// [`compare_stored`] with its words in `lang`.
pub fn compare_stored_in(
    store: &crate::Store,
    ids: &[crate::model::ReviewId],
    today: chrono::NaiveDate,
    lang: Lang,
) -> crate::Result<ReviewComparison> {
    check_comparison_size(ids.len())?;
    if let Some(twice) = ids
        .iter()
        .enumerate()
        .find_map(|(i, id)| ids[..i].contains(id).then_some(id))
    {
        return Err(crate::Error::invalid(
            "ids",
            "Reviews to compare",
            format!("list each review once (review {twice} is listed twice)"),
        ));
    }
    let reviews = ids
        .iter()
        .map(|id| {
            let review = store.get_review(*id)?;
            let found = super::insights_in(&review, Some(today), lang);
            Ok((review, found))
        })
        .collect::<crate::Result<Vec<_>>>()?;
    compare_reviews_in(&reviews, lang)
}

/// `reviews` side by side, ranked; refused unless there are 2 to 4 of them.
pub fn compare_reviews(reviews: &[(Review, Insights)]) -> crate::Result<ReviewComparison> {
    compare_reviews_in(reviews, Lang::En)
}

/// [`compare_reviews`] with its words in `lang` (the insights given should be in it too).
pub fn compare_reviews_in(
    reviews: &[(Review, Insights)],
    lang: Lang,
) -> crate::Result<ReviewComparison> {
    check_comparison_size(reviews.len())?;
    let template = crate::template::template_in(lang);
    let currencies: std::collections::BTreeSet<&str> = reviews
        .iter()
        .map(|(r, _)| r.context.currency.as_str())
        .collect();
    let mixed = currencies.len() > 1;
    let mut keys = Vec::new();
    let mut rows: Vec<ComparedReview> = reviews
        .iter()
        .map(|(review, insights)| {
            let money = Money(&review.context.currency, lang);
            let calc = &insights.calculations;
            let a = super::answers::Answers::new(review);
            let option_label = |id: &str| {
                let choice = a.choice(id)?;
                let (_, q) = template.question(id)?;
                match &q.kind {
                    crate::template::QuestionKind::Choice { options } => options
                        .iter()
                        .find(|o| o.id == choice)
                        .map(|o| o.label.clone()),
                    _ => None,
                }
            };
            let deal_breakers = insights
                .flags
                .iter()
                .filter(|f| f.severity == Severity::DealBreaker)
                .count() as u32;
            let negotiate = insights
                .flags
                .iter()
                .filter(|f| f.severity == Severity::Negotiate)
                .count() as u32;
            let total = calc.tco.as_ref().map(|t| t.total_minor);
            let average = total.map(|t| {
                (t + i64::from(review.context.term_months) / 2)
                    / i64::from(review.context.term_months)
            });
            let missing = missing_cost_inputs_in(review, lang);
            // An incomplete review is never ranked: its missing costs would count as zero.
            keys.push(
                average
                    .filter(|_| missing.is_empty())
                    .map(|m| (deal_breakers, if mixed { 0 } else { m })),
            );
            let exit = |m: u32| calc.exit_after(m).map(|e| money.fmt(e.total_minor));
            ComparedReview {
                review_id: review.id,
                title: if review.is_example {
                    match lang {
                        Lang::En => crate::sample::EXAMPLE_TITLE.into(),
                        Lang::ZhHans => "示例：12个座席的办公室报价".into(),
                    }
                } else {
                    review.context.provider.clone()
                },
                plan: review.context.plan.clone(),
                currency: review.context.currency.clone(),
                term_months: review.context.term_months,
                total_cost: total.map(|t| money.fmt(t)),
                monthly_average: average.map(|m| money.fmt(m)),
                exit_12: exit(12),
                exit_24: exit(24),
                uptime: calc.downtime.as_ref().map(|d| {
                    crate::i18n::format::percent(lang, &trim_number(ppm_to_percent(d.uptime_ppm)))
                }),
                downtime_per_month: calc
                    .downtime
                    .as_ref()
                    .and_then(|d| super::words::window_range(lang, d)),
                support_hours: option_label("support.hours"),
                critical_response: a.number("support.critical_response_minutes").map(
                    |m| match lang {
                        Lang::En => format!("{} min", trim_number(m)),
                        Lang::ZhHans => format!("{}分钟", trim_number(m)),
                    },
                ),
                warranty: a.whole("warranty.length_months").map(|m| match lang {
                    Lang::En => crate::wording::count(m, "month", "months"),
                    Lang::ZhHans => format!("{m}个月"),
                }),
                deal_breakers,
                negotiate,
                areas_reviewed: review
                    .areas
                    .iter()
                    .filter(|s| s.rating != crate::model::Rating::NotReviewed)
                    .count() as u32,
                areas_total: template.areas.len() as u32,
                missing,
                rank: None,
            }
        })
        .collect();
    let mut indexed: Vec<(usize, (u32, i64))> = keys
        .iter()
        .enumerate()
        .filter_map(|(i, k)| k.map(|k| (i, k)))
        .collect();
    indexed.sort_by_key(|(i, k)| (*k, *i));
    for (rank, (i, _)) in indexed.into_iter().enumerate() {
        rows[i].rank = Some(rank as u32 + 1);
    }
    Ok(ReviewComparison {
        reviews: rows,
        ranking_rule: match (lang, mixed) {
            (Lang::En, true) => "Ranked by the number of deal-breaker flags only: the reviews are in different currencies, so their costs are not compared. Reviews with missing cost inputs are shown as incomplete and not ranked.".into(),
            (Lang::En, false) => "Ranked by the number of deal-breaker flags (fewest first), then by the average monthly cost over each term (total cost ÷ months), cheapest first. Reviews with missing cost inputs are shown as incomplete, with what is missing, and not ranked: a missing cost would count as zero.".into(),
            (Lang::ZhHans, true) => "只按“不可接受”提示的数量排名：这些审查使用不同的货币，因此不比较费用。缺少费用数据的审查显示为不完整，不参与排名。".into(),
            (Lang::ZhHans, false) => "先按“不可接受”提示的数量排名（少的在前），再按各自合同期限内的平均月费（总费用 ÷ 月数）排名，便宜的在前。缺少费用数据的审查显示为不完整并列出缺少的内容，不参与排名：缺少的费用会被当作零。".into(),
        },
        warning: mixed.then(|| {
            let list = currencies.into_iter().collect::<Vec<_>>();
            match lang {
                Lang::En => format!("These reviews use different currencies ({}).", list.join(", ")),
                Lang::ZhHans => format!("这些审查使用不同的货币（{}）。", list.join("、")),
            }
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AnswerValue, CompetitorQuote, YesNo};
    use crate::money::Money as Amount;
    use crate::sample::example_review_as_stored;

    /// 10 seats at USD 500.00 a month for the whole account, +5 seats a year, 24 months, a 3 %
    /// escalator, 10 % taxes on top, nothing else to pay.
    fn review() -> Review {
        let mut review = example_review_as_stored();
        review.context.term_months = 24;
        review.context.seats = Some(10);
        review.context.monthly_charge_minor = Some(50_000);
        review.context.monthly_charge_basis = ChargeBasis::Total;
        review.answers.clear();
        let usd = |minor| {
            AnswerValue::Money(Amount {
                minor,
                currency: "USD".into(),
            })
        };
        for (id, value) in [
            ("pricing.price_locked", AnswerValue::YesNo(YesNo::No)),
            ("pricing.escalator_percent", AnswerValue::Percent(3.0)),
            ("pricing.seat_growth_per_year", AnswerValue::Integer(5)),
            (
                "pricing.taxes_included",
                AnswerValue::Choice("extra".into()),
            ),
            ("pricing.taxes_percent", AnswerValue::Percent(10.0)),
            ("pricing.addons_monthly", usd(0)),
            ("support.included", AnswerValue::Choice("included".into())),
            ("upfront.setup_fee", usd(0)),
            ("upfront.phones_count", AnswerValue::Integer(0)),
        ] {
            review.answers.insert(id.into(), value);
        }
        review.quotes.clear();
        review
    }

    fn competitor(id: i64, quote: QuoteInput) -> CompetitorQuote {
        CompetitorQuote { id, quote }
    }

    fn quote(provider: &str, monthly_minor: i64, upfront_minor: i64) -> QuoteInput {
        QuoteInput {
            provider: provider.into(),
            monthly_minor,
            term_months: 0,
            upfront_minor,
            seats: None,
            taxes_percent: None,
            escalator_percent: None,
            notes: String::new(),
        }
    }

    fn totals(comparison: &QuoteComparison) -> Vec<(Option<u32>, Option<i64>)> {
        comparison
            .rows
            .iter()
            .map(|r| (r.rank, r.total_minor))
            .collect()
    }

    #[test]
    fn every_quote_is_costed_at_the_same_seats_growth_and_term() {
        let mut review = review();
        review.quotes = vec![
            competitor(
                1,
                QuoteInput {
                    term_months: 24,
                    seats: Some(8),
                    taxes_percent: Some(0.0),
                    escalator_percent: Some(5.0),
                    ..quote("Alpha", 40_000, 10_000)
                },
            ),
            competitor(
                2,
                QuoteInput {
                    term_months: 12,
                    taxes_percent: Some(10.0),
                    ..quote("Beta", 30_000, 0)
                },
            ),
        ];
        let i = super::super::insights(&review, None);
        // This quote: year 1 500.00 × 12 = 6,000.00; year 2 at 15 seats 500 × 15/10 = 750.00,
        // × 1.03 = 772.50 × 12 = 9,270.00; recurring 15,270.00 + 10 % taxes 1,527.00 =
        // 16,797.00.
        // Alpha, USD 400.00 for 8 seats: 400 × 10/8 = 500.00 for our 10; year 1 6,000.00; year 2
        // 500 × 15/10 = 750.00 × 1.05 = 787.50 × 12 = 9,450.00; taxes included; + 100.00
        // upfront = 15,550.00.
        // Beta, USD 300.00, seats not stated (assumed ours): 3,600.00 + 300 × 15/10 = 450.00 ×
        // 12 = 5,400.00; recurring 9,000.00 + 10 % = 900.00: 9,900.00.
        assert_eq!(
            totals(&i.quotes),
            [
                (Some(3), Some(1_679_700)),
                (Some(2), Some(1_555_000)),
                (Some(1), Some(990_000))
            ]
        );
        assert_eq!(i.quotes.rows[1].difference_minor, Some(-124_700));
        assert_eq!(i.quotes.rows[1].term, "24 months");
        assert_eq!(
            i.quotes.rows[1].assumptions,
            "Quoted for 8 seats, scaled to your 10 at its per-seat price (USD 400.00 → USD 500.00 a month); +5 seats a year at the same per-seat price; 5 % annual increase, as quoted; taxes included, as quoted; upfront USD 100.00."
        );
        assert_eq!(
            i.quotes.rows[2].assumptions,
            "Seats not stated: assumed to be for your 10 seats; +5 seats a year at the same per-seat price; no annual increase stated: none assumed; 10 % taxes and fees, as quoted; upfront USD 0.00; its 12-month contract costed over 24 months at the same terms."
        );
        // Beta saves 16,797.00 − 9,900.00 = 6,897.00, 41.06 % of 16,797.00: flagged.
        let flag = i
            .flags
            .iter()
            .find(|f| f.rule_id == "competitors.much_cheaper")
            .expect("flagged");
        assert!(
            flag.reason.starts_with(
                "Beta costs USD 9,900.00 over 24 months like for like against USD 16,797.00 for this quote, USD 6,897.00 less (41.1 %,"
            ),
            "{}",
            flag.reason
        );
    }

    #[test]
    fn a_quote_20_percent_cheaper_is_flagged_and_19_99_percent_is_not() {
        let flagged = |upfront_minor| {
            let mut review = review();
            review.quotes = vec![competitor(
                1,
                QuoteInput {
                    taxes_percent: Some(0.0),
                    escalator_percent: Some(0.0),
                    ..quote("Gamma", 40_000, upfront_minor)
                },
            )];
            let i = super::super::insights(&review, None);
            i.flags
                .iter()
                .any(|f| f.rule_id == "competitors.much_cheaper")
        };
        // 80 % of 16,797.00 is 13,437.60. Gamma: 400.00 × 12 + 400 × 15/10 = 600.00 × 12 =
        // 4,800.00 + 7,200.00 = 12,000.00, + 1,437.60 upfront = 13,437.60: exactly 20 % less.
        assert!(flagged(143_760));
        // One cent more upfront: 13,437.61 is 19.9999 % less.
        assert!(!flagged(143_761));
    }

    #[test]
    fn nothing_is_flagged_while_the_quote_under_review_is_not_costed() {
        let mut review = review();
        review.answers.remove("pricing.taxes_included");
        review.quotes = vec![competitor(1, quote("Cheap", 100, 0))];
        let i = super::super::insights(&review, None);
        assert_eq!(i.quotes.rows[0].rank, None);
        assert!(
            !i.flags
                .iter()
                .any(|f| f.rule_id == "competitors.much_cheaper")
        );
    }
}

#[cfg(test)]
mod chinese {
    use super::*;
    use crate::sample::example_review_as_stored;

    #[test]
    fn the_example_reviews_quote_comparison_reads_in_chinese() {
        let review = example_review_as_stored();
        let i = crate::insights::insights_in(&review, None, Lang::ZhHans);
        let comparison = &i.quotes;
        let this = comparison.rows.iter().find(|r| r.is_this_review).unwrap();
        assert_eq!(this.term, "36个月");
        // The example: 12 seats +2 a year, USD 372.00 a month in year 1 (342 + 30 add-ons),
        // 7 % a year, the 2-month 50 % promotion, 12.5 % taxes, USD 1,852.00 upfront (worked
        // by hand in insights::tests::example_review_key_figures).
        assert_eq!(
            this.assumptions,
            "12个座席；每年增加2个座席；第1年每月$372.00；年度涨幅7%；优惠（前2个月减免50%）；税费12.5%；一次性费用$1,852.00。"
        );
        assert!(
            comparison
                .method
                .starts_with("同等条件比较：每份报价都按相同的36个月")
        );
        for row in &comparison.rows {
            assert!(
                row.assumptions
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{}",
                row.assumptions
            );
        }
        // English is unchanged by the Chinese path.
        assert_eq!(
            crate::insights::insights(&review, None).quotes,
            compare_quotes(&review, i.calculations.tco.as_ref())
        );
    }

    #[test]
    fn reviews_compare_side_by_side_in_chinese() {
        let example = example_review_as_stored();
        let mut other = example_review_as_stored();
        other.id = 2;
        other.is_example = false;
        other.context.provider = "OpenLine".into();
        let reviews: Vec<(Review, Insights)> = [example, other]
            .into_iter()
            .map(|r| {
                let i = crate::insights::insights_in(&r, None, Lang::ZhHans);
                (r, i)
            })
            .collect();
        let comparison = compare_reviews_in(&reviews, Lang::ZhHans).unwrap();
        assert!(
            comparison
                .ranking_rule
                .starts_with("先按“不可接受”提示的数量排名")
        );
        let first = &comparison.reviews[0];
        assert_eq!(first.title, "示例：12个座席的办公室报价");
        // USD 20,164.08 over 36 months (see the key figures), 12 and 24 months' exits.
        assert_eq!(first.total_cost.as_deref(), Some("$20,164.08"));
        assert_eq!(first.exit_12.as_deref(), Some("$10,259.28"));
        assert_eq!(first.uptime.as_deref(), Some("99.99%"));
        assert_eq!(
            first.downtime_per_month.as_deref(),
            Some("每个自然月4分2秒至4分28秒")
        );
        assert_eq!(first.critical_response.as_deref(), Some("30分钟"));
        assert_eq!(first.warranty.as_deref(), Some("12个月"));
        // English stays as it was.
        let english: Vec<(Review, Insights)> = reviews
            .iter()
            .map(|(r, _)| (r.clone(), crate::insights::insights(r, None)))
            .collect();
        assert_eq!(
            compare_reviews_in(&english, Lang::En).unwrap(),
            compare_reviews(&english).unwrap()
        );
        assert_eq!(
            compare_reviews(&english).unwrap().reviews[0]
                .uptime
                .as_deref(),
            Some("99.99 %")
        );
    }

    #[test]
    fn missing_cost_inputs_are_named_in_chinese() {
        let mut review = example_review_as_stored();
        review.context.monthly_charge_minor = None;
        review.answers.remove("upfront.setup_fee");
        assert_eq!(
            missing_cost_inputs_in(&review, Lang::ZhHans),
            vec!["月费".to_owned(), "开通费".to_owned()]
        );
    }
}
