# The insights: suggested ratings, figures, provider questions and the comparison
# (src/insights/). Ids start with "insights-". The playbook's rules and reasons are data of the
# playbook table (src/insights/playbook/rules.rs), in both languages there.

## Suggested ratings (src/insights/playbook/)

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

## The cost to leave, in parts (src/insights/figures/)

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
insights-key-not-counted = { $amount }, without { $count ->
        [one] an amount
       *[other] { $count } amounts
    } in another currency
insights-key-not-counted-item = { $amount } for “{ $question }”
insights-key-not-counted-detail = { $detail }. Not counted, in another currency: { $amounts }.
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

## Figures beside the questions (src/insights/figures/)

insights-figure-error = Correct the answer above to see this figure.
insights-other-currency-label = Not counted in the figures
insights-other-currency-value = { $question }, { $amount } (this review is in { $currency })
insights-other-currency-detail = It is saved in { $saved }, not in the review's currency, { $currency }: the totals, the costs to leave and the flags leave it out. Type the amount again in { $currency } to count it.
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
insights-support-critical-label = Critical-issue response
insights-support-critical-value = { $minutes } min: { $grade }
insights-support-critical-detail = Scale for a critical (P1, system down) issue (seed 001): { $scale }.
insights-severity-label = Response and resolution by severity
insights-severity-p1 = System down
insights-severity-p2 = Major function impaired
insights-severity-p3 = Minor, with a workaround
insights-severity-p4 = Question or request
insights-severity-response = { $time } ({ $grade })
insights-severity-no-response = response not stated
insights-severity-fix = fixed in { $time }
insights-severity-no-fix = no fix time
insights-severity-row = { $severity } { $response }, { $fix }
insights-severity-detail = Responses graded on the published scale for a response commitment: { $scale }. Lower severities are normally answered more slowly (a day for a question is common). A critical fix within { $hours } h is the benchmark.
insights-severity-clock-24x7 = The clock runs 24/7.
insights-severity-clock-p1 = P1 runs 24/7; the other severities only in business hours.
insights-severity-clock-unknown = Whether the clock runs 24/7 or in business hours is not known.
insights-severity-due = { $weekday } { $time } ({ $elapsed } later)
insights-severity-answered-by = answered by { $due }
insights-severity-fixed-by = fixed by { $due }
insights-severity-worst = a { $severity } logged on Friday at 17:00 is { $due }
insights-severity-value-clock = { $rows }; business-hours clock: { $worst }
insights-severity-clock-note = On a business-hours clock, { $worst }.
insights-severity-business-hours = Business hours assumed: Monday to Friday, 09:00–17:00.
insights-severity-clock-logged = The clock starts when the ticket is logged.
insights-severity-clock-acknowledged = The clock starts only when the provider acknowledges the ticket: time in their queue is not counted.
insights-severity-clock-start-unknown = When the clock starts is not known.
insights-ticket-label = Test ticket
insights-ticket-value = first reply after { $time } ({ $grade })
insights-ticket-within = { $value }; within the { $promised } promised for a question (P4)
insights-ticket-slower = { $value }; slower than the { $promised } promised for a question (P4)
insights-ticket-detail = What a promise is worth shows before signing. Graded on the published scale: { $scale }.
insights-patch-label = Critical security fixes
insights-patch-within = { $hours } h: within the { $benchmark }-hour benchmark
insights-patch-slower = { $hours } h: slower than the { $benchmark }-hour benchmark
insights-patch-detail = Benchmark: a fix within { $benchmark } hours of a critical vulnerability becoming known, as published software support policies commit to. Until it is fixed, the hole is open.
insights-version-label = Version support against the term
insights-version-short =
    { $months ->
        [one] { $months } month
       *[other] { $months } months
    }: { $short ->
        [one] { $short } month
       *[other] { $short } months
    } short of the { $term }-month term
insights-version-covers =
    { $months ->
        [one] { $months } month
       *[other] { $months } months
    }: covers the { $term }-month term
insights-version-detail = A version that loses its fixes before the contract ends means an upgrade in mid-contract, and perhaps new phones. Published policies promise at least 36 months per major version.
insights-missing-label = Must-haves not available
insights-missing-detail = A must-have the plan cannot provide is a deal-breaker.
insights-addon-label = Must-haves sold as add-ons
insights-addon-detail = Enter their monthly price under add-ons so the total cost includes them.
insights-bandwidth-label = Bandwidth needed
insights-bandwidth-value =
    { $calls } { $codec } { $calls ->
        [one] call needs
       *[other] calls need
    } { $voice } each way
insights-bandwidth-video = { $value } (+ { $video } for { $meetings } video)
insights-bandwidth-headroom = { $value }; your measured { $up } Mbps upload leaves { $headroom } % headroom
insights-bandwidth-fix = { $value }. At { $share } % of the upload (above 80 %), fix the line before go-live: a faster upload, voice first (QoS), or less other traffic
insights-bandwidth-zero-upload = { $value }; the measured upload is 0 Mbps: fix the line before go-live
insights-bandwidth-detail =
    { $percall } per call = ({ $payload } bytes of { $codec } at { $rate } + { $headers } bytes of { $compressed ->
        [yes] compressed{" "}
       *[no] {""}
    }IP/UDP/RTP headers + { $linkbytes } bytes of { $link } header) × 8 × { $pps } packets a second ({ $ptime } ms packets). Source: Cisco, Voice Over IP – Per Call Bandwidth Consumption (document 7934). Video counted at { $video } kbps per meeting.
insights-bandwidth-codec-assumed = Codec not known: G.711, the most demanding common codec, is assumed.
insights-bandwidth-ptime-assumed = Packet interval not known: the usual { $ptime } ms is assumed.
insights-bandwidth-link-assumed = Link not known: Ethernet, the usual office connection, is assumed.
insights-bandwidth-max-calls = The line carries at most { $max } such calls while keeping 20 % free.
insights-rule-of-thumb-label = Planning rule of thumb (for comparison)
insights-rule-of-thumb-value =
    { $calls ->
        [one] { $calls } call
       *[other] { $calls } calls
    } × 100 kbps ≈ { $typical } each way; { $conservative } at the conservative 500 kbps a call
insights-rule-of-thumb-detail = A rough rule quoted to buyers: about 100 kbps per call each way; conservative guides allow 500 kbps per call. A sanity check only: the computed figure above counts your codec, its packets and your link.
insights-quality-label = Line quality
insights-quality-row =
    { $metric } { $value } { $unit } ({ $within ->
        [yes] within
       *[no] over
    } { $limit } { $unit })
insights-quality-detail = Limits: one-way latency ≤ 150 ms (ITU-T G.114), jitter ≤ 30 ms, packet loss ≤ 1 %.
insights-warranty-label = Warranty against the term
insights-warranty-short =
    covers { $months } of { $term } months; { $uncovered ->
        [one] { $uncovered } month
       *[other] { $uncovered } months
    } uncovered
insights-warranty-covers = covers the whole { $term }-month term
insights-warranty-detail = Hardware that fails after the warranty is replaced at your cost.
insights-doa-label = Damage on arrival
insights-doa-not-replaced = not replaced free: a phone broken in transit is your cost
insights-doa-same-day = no return window: damage must be reported on the day of delivery
insights-doa-replaced-within =
    replaced free if reported within { $days ->
        [one] { $days } day
       *[other] { $days } days
    } of delivery
insights-doa-replaced = replaced free; the deadline to report it is not stated
insights-doa-report-within =
    report within { $days ->
        [one] { $days } day
       *[other] { $days } days
    } of delivery
insights-doa-detail = Unpack and test every phone as soon as it arrives: the window counts from delivery, not from go-live.

## Questions for the provider, as copied (src/insights/questions.rs)

insights-questions-title = Questions for { $provider } about the { $plan } quote{ $reference }
insights-questions-plan-proposed = proposed
insights-questions-reference = {" "}({ $reference })
