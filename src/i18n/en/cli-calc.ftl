# The command line's `calc` and `read-contract` output and its own refusals (cli/), in the
# language of --lang or the locale; JSON output is never translated. Owned by the zh-words part.

## Refusals of the command line's own arguments.
cli-refuse-label-review = Review
cli-refuse-not-signed = { $id } is not marked signed; mark it with `voip-review mark-signed { $id } --on DATE`
cli-refuse-id-or-all = give a review id or --all
cli-refuse-no-db = no data directory could be found; pass --db PATH or set VOIP_REVIEW_DB
