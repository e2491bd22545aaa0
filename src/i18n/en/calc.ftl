# The calculators' sentences and refusals (src/calc/), in the language of the screen or the
# terminal that shows them. Owned by the zh-words part.

## Notice periods and what they are counted back from.
calc-notice-days = { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
calc-notice-months = { $n ->
        [one] { $n } month
       *[other] { $n } months
    }
calc-basis-end-of-term = the end of the term
calc-basis-renewal-date = the renewal date
calc-notice-rule = { $period } before { $basis } ({ $from })

## Days to the notice deadline.
calc-days-last-day = today is the last day
calc-days-left = { $n ->
        [one] { $n } day left
       *[other] { $n } days left
    }
calc-days-passed = { $n ->
        [one] passed { $n } day ago
       *[other] passed { $n } days ago
    }

## Refusals: "Label: rule".
calc-range = must be between { $min } and { $max } { $unit }, not { $value }
calc-percent-range = must be a percentage between { $min } % and { $max } %, not { $value }
calc-unit-months = months
calc-label-contract-term = Contract term
calc-label-renewal-term = Renewal term
calc-label-start-date = Planned start date
calc-start-too-far = is too far in the future to compute the contract's dates
calc-label-notice-period = Notice period
calc-notice-longer = { $period } is longer than the { $term }-month term; notice must fit within the term
calc-notice-as-long = { $period } is as long as the { $term }-month term; notice must fit within the term
calc-label-addons = Add-ons per month
calc-label-escalator = Annual price increase (escalator)
calc-label-fixed-fee = Fixed termination fee
calc-label-walkaway = Free walk-away window
calc-label-uptime = Guaranteed uptime
calc-label-monthly-charge = Monthly charge
calc-label-hardware-payment = Monthly hardware payment
calc-label-promotion-months = Months at the promotional price
calc-label-hardware-payments = Number of monthly hardware payments
calc-label-numbers-ported = Numbers you would port out
calc-label-paid-support = Paid support per month
calc-label-percent-remaining = Percentage of the remaining value charged
calc-label-promotion-discount = Promotional discount
calc-label-seats = Seats
calc-label-seat-growth = Seats added per year
calc-label-sliding-scale = Sliding scale
calc-unit-days = days
calc-unit-months-term = months (the term)
calc-unit-numbers = numbers
calc-unit-seats = seats
calc-money-range = must be an amount between 0 and 1,000,000,000
calc-exit-too-large = makes the cost to leave more than { $max }, the largest amount the app can add up
