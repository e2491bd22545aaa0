# The insights: suggested ratings, figures, provider questions and the comparison
# (src/insights/). Ids start with "insights-". The playbook's rules and reasons are data of the
# playbook table (src/insights/playbook.rs), in both languages there.

## Suggested ratings (src/insights/playbook.rs)

insights-suggest-not-sure =
    Not sure on { $count ->
        [one] a deciding question
       *[other] deciding questions
    }: { $questions }. Get { $count ->
        [one] the answer
       *[other] the answers
    } in writing before this area can be acceptable.
insights-suggest-missing =
    Answer the deciding { $count ->
        [one] question
       *[other] questions
    } for a suggestion: { $questions }.
insights-suggest-all-clear = No playbook rule fired, and every deciding question is answered.

## The cost to leave, in parts (src/insights/figures.rs)

insights-exit-walkaway = no fee (day { $day } of service, within the free walk-away window)
insights-exit-fee =
    fee { $fee } ({ $months ->
        [one] { $months } month
       *[other] { $months } months
    } left worth { $remaining })
insights-exit-breakdown = { $fee } + port-out { $port } + promotion clawback { $clawback } + hardware balance { $hardware } = { $total }

## Taxes left out of a total

insights-taxes-not-sure = Taxes and fees are not included: whether they are charged on top is "Not sure". Ask the provider; they often add 10–20 %.
insights-taxes-rate-missing = Taxes and fees are not included: they are charged on top, but their rate is not entered.

## Key figures (summary screen and PDF)

insights-key-needs = Needs { $what }.
insights-key-needs-monthly-charge = the monthly charge (and seats if priced per seat)
insights-key-needs-exit = the early-termination fee structure and the monthly charge
insights-key-needs-uptime = the guaranteed uptime
insights-key-needs-bandwidth = peak concurrent calls and the measured upload
insights-key-needs-start = the planned start date
insights-key-total-cost = Total cost over { $term } months
insights-key-taxes-not-included = { $amount }, taxes not included
insights-key-total-cost-detail = Upfront { $upfront } + monthly charges { $recurring }
insights-key-plus-taxes = { $detail } + taxes { $taxes }
insights-key-per-seat = { $detail }; { $amount } per seat per month
insights-key-why = { $why } { $detail }
insights-key-exit = Cost to leave after month { $month }
insights-key-exit-detail = { $breakdown }; on the contracted seats, charges as contracted
insights-key-downtime = SLA downtime allowance
insights-key-downtime-per-year = { $duration } a year
insights-key-downtime-detail = { $uptime } uptime: { $lengths }; { $year } a 365-day year
insights-key-downtime-assumed = { $detail } (measurement window not known: a calendar month assumed)
insights-key-bandwidth = Bandwidth headroom (upload)
insights-key-bandwidth-no-upload = { $needed } needed at peak (measured upload not entered)
insights-key-bandwidth-detail = { $needed } needed at peak, { $share } of the measured upload
insights-key-bandwidth-fix = { $detail }: above 80 %, a line to fix before go-live
insights-key-notice = Notice must arrive by
insights-key-notice-days-left = { $date } ({ $left })
insights-key-notice-detail = { $rule }; otherwise it renews on { $renewal }
insights-key-notice-renewal-term = { $detail } for { $months } months
insights-key-contract-ends = Contract ends
insights-key-no-notice = No notice deadline: it does not renew automatically, or the notice period is not entered.

## Figures beside the questions (src/insights/figures.rs)

insights-figure-error = Correct the answer above to see this figure.
insights-total-label = { $term }-month total cost
insights-total-error-label = Total cost
insights-total-year =
    year { $year }: { $monthly } × { $months ->
        [one] { $months } month
       *[other] { $months } months
    }
insights-total-promotion =
    { $years }; less the promotion, { $months ->
        [one] { $months } month
       *[other] { $months } months
    } at { $percent } % off: { $discount }
insights-total-taxes = + taxes and fees { $taxes }
insights-total-hardware = + hardware payments { $total } ({ $months } × { $monthly })
insights-total-detail = Upfront { $upfront } + recurring { $recurring } ({ $years }){ $extras }. Escalator { $escalator } % a year at each anniversary; seats +{ $growth } a year.
insights-total-support = Paid support { $monthly } a month.
insights-total-support-from-13 = Paid support { $monthly } a month from month 13 (free in the first year only).
insights-total-per-seat = Effective cost per seat per month: { $amount }.
insights-upfront-label = Total upfront
insights-upfront-item = { $item } { $amount }
insights-upfront-tbd = { $total } + fees still to be determined
insights-upfront-none = No one-time charges entered.
insights-upfront-setup = Setup or activation
insights-upfront-phones = Phones
insights-upfront-installation = Installation
insights-upfront-porting = Number porting
insights-upfront-shipping = Shipping
insights-upfront-deposit = Deposit
insights-upfront-training = Training
insights-exit-label = Cost to leave early
insights-exit-after = after month { $month }: { $total }
insights-exit-row = After month { $month }: { $breakdown }.
insights-exit-seats = the contracted seats
insights-exit-seats-known = the { $seats } contracted seats
insights-exit-promotion-included = , promotion included
insights-exit-detail = { $rows } Computed on { $seats } at the charges in force each month as contracted (escalator { $escalator } % a year{ $promotion }), before taxes; forecast seat growth is not counted.
insights-exit-no-walkaway = No free walk-away window.
insights-exit-walkaway-dated =
    Free walk-away window: { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, counted in real days from the start date { $start }.
insights-exit-walkaway-undated =
    Free walk-away window: { $days ->
        [one] { $days } day
       *[other] { $days } days
    }; no start date entered, so each month counts as 31 days (the longest), which never overstates the window.
insights-exit-numbers-ported = Enter how many numbers you would port out to count the port-out fee.
insights-exit-clawback-unknown = Whether the promotion is clawed back is not known: it is not counted.
insights-dates-label = Contract dates
insights-dates-renews-for = {" "}for { $months } more months
insights-dates-left = ; { $left }
insights-dates-notice = notice must arrive by { $deadline }, { $rule }{ $left }; otherwise it renews{ $renews }
insights-dates-ends-no-renewal = ends { $end }; it does not renew automatically
insights-dates-ends = ends { $end }
insights-dates-detail = Starts { $start }; the { $term }-month term ends { $end } (its last day) and renews on { $renewal }. Corresponding-date rule.
insights-dates-deadline-explained = The deadline is the last day notice must arrive (not the day it is sent): the whole notice period must run before { $basis }, so it is that date minus the notice period.
insights-dates-basis-not-sure = Not sure what the clause counts from: the end of the term is used, the earlier date, which protects you. Ask the provider.
insights-dates-basis-missing = What the clause counts from is not entered: the end of the term is used, the earlier date, which protects you.
insights-dates-both-periods = Notice is entered both in days and in months: the earlier deadline is used.
insights-sla-assumed = The measurement window is not known: each { $window } is assumed. Ask the provider: over a quarter or a year, one long outage can pass without a credit.
insights-sla-label = Downtime the SLA permits
insights-sla-value = allows { $range } of downtime each { $window } ({ $year } a 365-day year)
insights-sla-detail = Downtime = window × (100 % − { $uptime } %), to the nearest second. Each { $window }: { $lengths }.
insights-sla-maintenance = Scheduled maintenance of up to { $maintenance } each { $window } is excluded from uptime.
insights-sla-maintenance-over = Scheduled maintenance of up to { $maintenance } each { $window } is excluded from uptime, more than the whole allowance: counting it, the service may be unavailable up to { $total } in { $shortest }.
insights-credits-label = Service credits
insights-credits-row = over { $threshold } down in { $longest }{ $shortest }: { $percent } %{ $amount }
insights-credits-row-shortest = {" "}(over { $threshold } in { $days })
insights-credits-row-amount = {" "}({ $amount })
insights-credits-cap = , capped at { $cap } %
insights-credits-detail = Credit = the highest tier whose threshold the uptime in the { $window } falls below, as % of the monthly charge{ $cap }. The same outage is a larger share of a shorter { $window }, so the threshold is given for the longest and the shortest.
