# The command line's `calc` and `read-contract` output and its own refusals (cli/), in the
# language of --lang or the locale; JSON output is never translated. Owned by the zh-words part.

## Refusals of the command line's own arguments.
cli-refuse-label-review = Review
cli-refuse-not-signed = { $id } is not marked signed; mark it with `voip-review mark-signed { $id } --on DATE`
cli-refuse-id-or-all = give a review id or --all
cli-refuse-no-db = no data directory could be found; pass --db PATH or set VOIP_REVIEW_DB
cli-refuse-file-too-big = cannot be read: it is larger than the { $megabytes } MB a contract file may be. Nothing was changed.

## read-contract
cli-read-document = { $name } ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }, SHA-256 { $sha256 })
cli-read-nothing-found = Nothing found that answers a question of the review.
cli-read-note = Note: { $note }
cli-read-refers = Refers elsewhere: the { $topic } is in { $target } ({ $location })
cli-read-nothing-filled = Nothing filled: every question the contract answers already has an answer.
cli-read-filled = { $count ->
        [one] Filled { $count } answer of review { $id }.
       *[other] Filled { $count } answers of review { $id }.
    }

## calc dates
cli-calc-dates-start = Start
cli-calc-dates-term-ends = Term ends
cli-calc-dates-renewal = Renewal date
cli-calc-dates-notice-by = Notice must arrive by
cli-calc-dates-rule = rule
cli-calc-dates-from = from { $today }
cli-calc-dates-soon = WARNING: under 30 days left
cli-calc-dates-passed = WARNING: too late to stop this renewal
cli-calc-dates-renews-until = If not cancelled, renews until { $end }

## calc downtime (owned by the calc-zh part, as are the sections below)
cli-calc-downtime-header = { $uptime } uptime permits ({ $basis }; to the nearest second):
cli-calc-downtime-per-year = per year
cli-calc-downtime-per-month = per month (1/12 yr)
cli-calc-downtime-per-30-days = per 30-day month
cli-calc-downtime-per-quarter = per quarter (1/4 yr)
cli-calc-downtime-per-week = per week
cli-calc-downtime-per-day = per day
cli-calc-downtime-window = The contract measures each { $window }: { $lengths }.
cli-calc-downtime-calendar-month = Each calendar month (give --window for the contract's): { $lengths }.
cli-calc-downtime-formula = Formula: downtime = period × (100 % − uptime).

## calc credit
cli-calc-credit-window = Window: { $length }
cli-calc-credit-window-assumed = Window: { $length } (no --month or --days: the longest { $window }, the owner's worst case, as the same outage is a smaller share of it)
cli-calc-credit-uptime = Uptime achieved: { $uptime }
cli-calc-credit-tier = Tier applied: { $n } ({ $below })
cli-calc-credit-no-tier = Tier applied: none (no tier breached)
cli-calc-credit-amount = Credit: { $percent } of the monthly charge = { $amount }
cli-calc-credit-amount-capped = Credit: { $percent } of the monthly charge (capped; { $before } before the cap) = { $amount }

## calc bandwidth
cli-calc-bandwidth-line = { $codec } ({ $rate } kbit/s) at { $ptime } ms over { $link }: { $payload } B payload + { $headers } B headers a packet, { $pps } packets/s: { $percall } kbps per call, each way
cli-calc-bandwidth-total = { $calls } calls: { $voice } Mbps; video { $video } Mbps; total { $total } Mbps each way
cli-calc-bandwidth-rule-of-thumb = Rule of thumb (for comparison, not a measurement): { $typical } Mbps at 100 kbps a call; { $conservative } Mbps at a conservative 500 kbps
cli-calc-bandwidth-upload = Upload use: { $use } (headroom { $headroom })
cli-calc-bandwidth-upload-fix = Upload use: { $use } (headroom { $headroom }): above 80 %, fix the line before go-live
cli-calc-bandwidth-download = Download use: { $use }
cli-calc-bandwidth-max-calls = Most concurrent calls keeping { $headroom } free: { $max }
cli-calc-bandwidth-within = { $metric }: { $value } (within the { $limit } limit, { $source })
cli-calc-bandwidth-over = { $metric }: { $value } (OVER the { $limit } limit, { $source })

## calc exit-cost: the table's columns, its note and the footer.
cli-calc-exit-after = AFTER
cli-calc-exit-days = DAYS
cli-calc-exit-months-left = MONTHS LEFT
cli-calc-exit-remaining = REMAINING VALUE
cli-calc-exit-fee = FEE
cli-calc-exit-port-out = PORT-OUT
cli-calc-exit-clawback = CLAWBACK
cli-calc-exit-hardware = HARDWARE
cli-calc-exit-total = COST TO LEAVE
cli-calc-exit-walkaway = (walk-away window)
cli-calc-exit-days-from-start = Days of service counted from the start date { $start }.
cli-calc-exit-no-start = No --start date: each month counts as 31 days (the longest), so the walk-away window is never overstated.

## calc tco
cli-calc-tco-year = Year { $year }: { $monthly } × { $months } months{ $seats }{ $promotion } = { $subtotal }
cli-calc-tco-seats = ({ $seats } seats)
cli-calc-tco-promotion = − promotion { $amount }
cli-calc-tco-upfront = Upfront
cli-calc-tco-recurring = Recurring
cli-calc-tco-hardware = Hardware
cli-calc-tco-total = Total
cli-calc-tco-taxes-not-included = , taxes not included
cli-calc-tco-per-seat = Per seat per month

## calc support
cli-calc-support-p1 = System down
cli-calc-support-p2 = Major function impaired
cli-calc-support-p3 = Minor, with a workaround
cli-calc-support-p4 = Question or request
cli-calc-support-response = response { $time } ({ $grade })
cli-calc-support-no-response = response not given
cli-calc-support-fixed-in = fixed in { $time }
cli-calc-support-no-fix = no fix time
cli-calc-support-business-hours = business hours: logged Friday 17:00, { $due }
cli-calc-support-answered-by = answered by { $due }
cli-calc-support-fixed-by = fixed by { $due }
cli-calc-support-scale = Scale (seed 001): { $scale }
cli-calc-support-monthly = Support a month
cli-calc-support-charged = Charged
cli-calc-support-charged-months = { $months ->
        [one] { $months } month
       *[other] { $months } months
    }
cli-calc-support-free-first-year = { $months } (free in the first year, from month 13)
cli-calc-support-over-term = Over the term
cli-calc-support-over-term-value = { $amount } (before any escalator)

## calc: refusals of the flags, named by the flag.
cli-calc-refuse-month = must be a month as YYYY-MM, such as 2027-02, not "{ $value }"
cli-calc-refuse-tier = must be UPTIME:CREDIT such as 99.9:10, not "{ $value }"
cli-calc-refuse-not-a-number = "{ $value }" is not a number
cli-calc-refuse-required-with = is required with --structure { $structure }
cli-calc-refuse-upfront = must be LABEL=AMOUNT such as Setup=199, not "{ $value }"
cli-calc-refuse-term = must be 1 to 120 months, not { $value }
cli-calc-refuse-response = must be at most 43200 minutes (30 days)
cli-calc-refuse-resolution = must be at most 720 hours (30 days)
cli-calc-refuse-per-incident = with --pricing per-incident, give --per-incident-fee and --incidents
cli-calc-refuse-support-too-large = support over the term would be more than the largest amount the app can hold
cli-calc-refuse-support-nothing = give at least one response or resolution time (--p1-response … --p4-resolution) or the pricing (--pricing)
