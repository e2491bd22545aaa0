# The deadlines of a signed contract (src/deadlines/): names, days left, sentences and the
# calendar file. Owned by the i18n-errors part.

deadline-title-notice = Notice deadline
deadline-title-renewal = Renewal
deadline-title-notice-renewal = Notice deadline (renewal term { $n })
deadline-title-renewal-end = End of renewal term { $n }
deadline-title-term-end = End of the term
deadline-title-walk-away = End of the walk-away window
deadline-title-promotion = Promotion ends
deadline-title-price-increase = Price increase (year { $year })
deadline-title-price-lock = End of the price lock
deadline-title-warranty = Warranty ends

# Days from today: action deadlines, then other events.
deadline-days-last-day = today is the last day
deadline-days-left = { $n ->
        [one] { $n } day left
       *[other] { $n } days left
    }
deadline-days-passed = { $n ->
        [one] passed { $n } day ago
       *[other] passed { $n } days ago
    }
deadline-days-today = today
deadline-days-tomorrow = tomorrow
deadline-days-ago = { $n ->
        [one] { $n } day ago
       *[other] { $n } days ago
    }
deadline-days-in = in { $n } days

deadline-missing-unsigned = The contract is not marked signed.
deadline-missing-start = No start date is entered: enter the contract's start date on the quote details to see its deadlines.
deadline-missing-dates = The contract's dates cannot be computed: check the notice period on the cancellation page.
deadline-none-signed = No contract is marked signed.
deadline-label-calendar = Calendar file
deadline-calendar-empty = has no deadlines to write. { $why }

deadline-method-missing = The notice method is not entered: check the contract for how notice must be given.
deadline-method = Notice must be given: { $method }.
deadline-clause = { " " }The clause: { $clause }.
deadline-renewal-another = for another term
deadline-renewal-for = { $months ->
        [one] for { $months } month
       *[other] for { $months } months
    }
deadline-notice-detail = Last day notice must arrive to stop the contract renewing on { $renewal } { $renewal_words } (the term ends { $end }): { $rule }. Send it early enough to arrive by this day.{ $clause } { $method }
deadline-renewal-detail = The contract renews { $renewal_words } unless notice arrived by { $deadline }.
deadline-renewal-end-detail = Last day of renewal term { $n }; with notice in time, the contract ends here.
deadline-passed-next = The notice deadline passed on { $passed }: the contract renews on { $renewal } { $renewal_words }. The next possible exit is { $exit }, the end of that term; notice must arrive by { $next_deadline }.
deadline-passed-unknown = The notice deadline passed on { $passed }: the contract renews on { $renewal }. The renewal term is not entered, so the next possible exit date is not known: ask the provider, and enter the renewal term on the cancellation page.
deadline-term-end-no-renewal = Last day of the term; the contract does not renew automatically.
deadline-term-end-unknown = Last day of the term. No notice period is entered: check whether the contract renews and how much notice it needs.
deadline-walk-away-detail = Last day to leave without a termination fee: the free walk-away window is { $days ->
        [one] { $days } day
       *[other] { $days } days
    } from the start date { $start }.{ $clause } { $method }
deadline-promotion-detail = The { $months ->
        [one] { $months } month
       *[other] { $months } months
    } at the promotional price are over: the monthly charge goes from { $from } to { $to } (before taxes).
deadline-price-increase-detail = Anniversary { $anniversary }: the { $percent } % escalator raises the monthly charge from { $from } to { $to } (before taxes).
deadline-price-lock-detail = The monthly price is locked for the term, which ends this day: ask for the renewal price in writing before the notice deadline.
deadline-warranty-detail = Last day of the { $months }-month hardware warranty, counted from the start date { $start }; if it runs from delivery it ends as many days earlier as the phones arrived before the start. Report faulty phones before this day.

# The calendar file.
deadline-calendar-name-one = Contract deadlines: { $contract }
deadline-calendar-name = Contract deadlines
deadline-calendar-category = Contract deadline
deadline-calendar-summary = { $title }: { $contract }
deadline-calendar-alarm = In { $days } days: the last day notice must arrive ({ $date }). { $contract }

# Why the notice letter cannot be written.
deadline-label-letter = Notice letter
deadline-letter-unsigned = needs a signed contract: mark the review signed first
deadline-letter-renewal-unknown = the notice deadline has passed and the renewal term is not entered, so the end date to ask for is not known: enter the renewal term on the cancellation page
deadline-letter-no-end = the end of the term cannot be computed: check the start date and the term
