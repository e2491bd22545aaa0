# The command line's human-readable output (cli/), in the language of --lang or the locale.
# JSON output is never translated. Owned by the i18n-pdf part.

cli-restore-backed-up = The current database was backed up to { $path }
cli-restore-moved-aside = The current database was damaged and was moved aside to { $path }
cli-restored = Restored { $db } from { $file }
cli-no-backups = No backups beside { $db }
cli-backup-reviews = { $count ->
    [one] { $count } review
   *[other] { $count } reviews
}
cli-no-history = No changes recorded for review { $id }
cli-history-changed = { $old } → { $new }
cli-history-set = set to { $new }
cli-history-cleared-from = { $old } cleared
cli-history-cleared = cleared
cli-no-reviews = No reviews in { $db }
cli-list-id = ID
cli-list-review = REVIEW
cli-list-plan = PLAN
cli-list-progress = PROGRESS
cli-list-last-edited = LAST EDITED
cli-no-font = warning: no installed font can show these characters, printed as □: { $characters }
cli-pdf-written = { $path } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}, { $bytes } bytes, fingerprint { $fingerprint })
cli-review-language = Review { $id }: its sign-off PDF is in { $language }
cli-review-language-set = Review { $id }: its sign-off PDF is now in { $language } (revision { $revision })
cli-compare-note = Note: { $warning }
cli-compare-rank = rank { $rank }
cli-compare-not-ranked = not ranked
cli-compare-heading = { $title } (id { $id }, { $rank })
cli-compare-plan = Plan
cli-compare-total-cost = Total cost
cli-compare-monthly-average = Monthly average
cli-compare-uptime = Uptime
cli-compare-support-hours = Support hours
cli-compare-critical-response = Critical response
cli-compare-flags = Flags
cli-compare-flags-value = { $breakers ->
    [one] { $breakers } deal-breaker
   *[other] { $breakers } deal-breakers
}, { $negotiate } to negotiate
cli-compare-areas-reviewed = Areas reviewed
cli-compare-areas-value = { $reviewed } of { $total }
cli-compare-missing = Missing
cli-signed-since = Review { $id } is a signed contract since { $date }
cli-signed-no-longer = Review { $id } is no longer marked signed
cli-no-signed-contracts = No signed contracts. Mark a review signed with `voip-review mark-signed ID --on DATE`.
cli-no-deadlines-within = No deadlines in the next { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
cli-no-deadlines = No deadlines ahead.
cli-deadlines-date = DATE
cli-deadlines-when = WHEN
cli-deadlines-contract = CONTRACT
cli-deadlines-deadline = DEADLINE
cli-deadlines-overdue = OVERDUE
cli-calendar-written = { $path } ({ $events ->
    [one] { $events } event
   *[other] { $events } events
}, { $contracts ->
    [one] { $contracts } contract
   *[other] { $contracts } contracts
})
cli-letter-written = { $path } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}, { $bytes } bytes)
# A --db that names no file: a typo must not make a new, empty database (only `sample` and
# `import` make one).
cli-refuse-missing-db = there is no database at { $path }: check the path (only `sample` and `import` make a new one)
# Why a backup was taken (src/store/backup.rs), in the `backups` list.
backup-reason-daily = Daily
backup-reason-before-restore = Before a restore
backup-reason-before-upgrade = Before an upgrade
backup-reason-manual = Back up now
