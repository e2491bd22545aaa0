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
