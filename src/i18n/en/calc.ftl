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
