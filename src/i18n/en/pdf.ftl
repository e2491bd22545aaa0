# The sign-off PDF and the notice letter's own words (src/pdf/): headings, labels, table
# headers, the footer and the document's metadata. Owned by the i18n-pdf part.

pdf-title = VoIP contract review – { $provider }
pdf-title-with-plan = VoIP contract review – { $provider } – { $plan }
pdf-subject = Sign-off summary of the review of { $provider }'s VoIP contract quote
pdf-keyword-review = contract review
pdf-keyword-signoff = sign-off
pdf-keyword-fingerprint = fingerprint { $fingerprint }
pdf-footer = Generated { $generated } · Review revision { $revision } · Fingerprint { $fingerprint }
pdf-footer-page = Page { $page } of { $total }
pdf-generated-at = { $date } { $time } UTC

pdf-summary-kicker = VOIP CONTRACT REVIEW · SUMMARY FOR SIGN-OFF
pdf-example-banner = EXAMPLE REVIEW ({ $title }): sample data, not a real quote.
pdf-fact-term = { $months }-month term
pdf-fact-seats = { $count ->
    [one] { $count } seat
   *[other] { $count } seats
}
pdf-fact-starts = starts { $date }
pdf-fact-reviewed-by = reviewed by { $name }
pdf-fact-revision = revision { $revision } · fingerprint { $fingerprint }
pdf-fingerprint-explained = Fingerprint: { $explanation }
pdf-five-figures = The five figures that matter
pdf-detail-follows = The detail follows: how each figure is worked out, the ten areas with every answer, evidence and note, the competing quotes and the sign-off block.
pdf-flags = Flags
pdf-flags-none = None: no playbook rule fired.
pdf-flags-count = { $flags ->
    [one] { $flags } flag
   *[other] { $flags } flags
}: { $breakers ->
    [one] { $breakers } deal-breaker candidate
   *[other] { $breakers } deal-breaker candidates
} to decide on, { $negotiate } to negotiate.
pdf-flags-more = … and { $count ->
    [one] { $count } more flag
   *[other] { $count } more flags
} in the detail, area by area.
pdf-questions = Questions for the provider
pdf-questions-none = None: every key answer is in and no answer is marked “Not sure”.
pdf-questions-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
} to have answered in writing before signing.
pdf-questions-more = … and { $count ->
    [one] { $count } more question
   *[other] { $count } more questions
} in the detail.
pdf-list-separator = { ", " }
pdf-area-list-separator = { "; " }
pdf-not-enough-answers = Not enough answers
pdf-cost-to-leave = Cost to leave after month 12 / 24
pdf-downtime = Downtime the SLA allows
pdf-headroom = Internet upload left free (headroom)
pdf-item-with-area = { $item } ({ $area })
pdf-flag-line = { $severity } · { $area }: { $reason }

pdf-decision = DECISION
pdf-decision-ratings = { $reviewed } of { $total } areas rated: { $acceptable } acceptable, { $negotiate } to negotiate, { $breakers ->
    [one] { $breakers } deal-breaker
   *[other] { $breakers } deal-breakers
}, { $not-applicable } not applicable, { $not-reviewed } not reviewed.
pdf-decision-breakers = Deal-breakers: { $areas }.
pdf-decision-negotiate = To negotiate before signing: { $areas }.
pdf-decision-playbook = The playbook raised { $flags ->
    [one] { $flags } flag
   *[other] { $flags } flags
}, { $breakers } of them { $breakers ->
    [one] a deal-breaker candidate
   *[other] deal-breaker candidates
}; { $questions ->
    [one] { $questions } question for the provider is listed below.
   *[other] { $questions } questions for the provider are listed below.
}
pdf-decision-approver = Approver's decision: { $decision }.

pdf-detail-kicker = THE DETAIL
pdf-key-figures = Key figures
pdf-col-figure = Figure
pdf-col-value = Value
pdf-col-worked-out = How it is worked out
pdf-areas-at-a-glance = The ten areas at a glance
pdf-col-number = #
pdf-col-area = Area
pdf-col-rating = Rating
pdf-col-suggested = Suggested
pdf-col-answered = Answered
pdf-col-clause = Clause
pdf-fact-company = Company
pdf-fact-provider = Provider
pdf-fact-plan = Plan
pdf-fact-quote-reference = Quote reference
pdf-fact-quote-date = Quote date
pdf-fact-term-label = Term
pdf-fact-term-months = { $months } months
pdf-fact-start-date = Start date
pdf-fact-seats-label = Seats
pdf-fact-monthly-charge = Monthly charge
pdf-fact-reviewer = Reviewer
pdf-fact-review-status = Review status
pdf-fact-revision-label = Revision
pdf-fact-revision-value = { $revision } · fingerprint { $fingerprint }

pdf-area-heading = { $number }. { $title }
pdf-area-rating = Rating: { $rating }
pdf-playbook-agrees = Playbook suggests: { $rating } (agrees)
pdf-playbook-overridden = Playbook suggests: { $rating } (the reviewer's rating overrides it)
pdf-flag-deal-breaker = • Deal-breaker: { $reason }
pdf-flag-negotiate = • Negotiate: { $reason }
pdf-figure-line = { $label }: { $value }
pdf-severity-table-title = { $title }:
pdf-no-reference = (no reference)
pdf-contract-clause = Contract clause: { $reference }
pdf-col-question = Question
pdf-col-answer = Answer
pdf-no-answers = No questions answered in this area.
pdf-notes = Notes
pdf-col-severity = Severity
pdf-col-response = Response
pdf-col-on-the-scale = On the scale
pdf-col-resolution = Resolution
pdf-not-stated = not stated

pdf-owner-checks = To check yourself before signing
pdf-owner-checks-intro = Checks only you can make, and your own answers marked “Not sure”. These are not questions for the provider.
pdf-open-questions-intro = Every answer marked “Not sure” and every key answer still missing. Ask the provider to answer each in writing before signing.

pdf-competing-quotes = Competing quotes
pdf-this-review = { $provider } (this review)
pdf-quote-with-notes = { $provider }: { $notes }
pdf-quote-incomplete = Incomplete, not ranked: missing { $missing }.
pdf-col-rank = Rank
pdf-col-provider = Provider
pdf-col-monthly = Monthly
pdf-col-term = Term
pdf-col-upfront = Upfront
pdf-col-like-for-like = Like for like

pdf-words-used = Words used in this review
pdf-glossary-line = { $term }: { $explanation }

pdf-signoff = Sign-off
pdf-signoff-approve = Approve
pdf-signoff-approve-with-conditions = Approve with conditions
pdf-signoff-reject = Reject
pdf-signoff-reviewer = Reviewer: { $name }
pdf-signoff-approver = Approver: { $name }
pdf-signoff-approver-with-role = { $name }, { $role }
pdf-signoff-decision = Decision: { $choices }
pdf-signoff-date = Date: { $date }
pdf-signoff-conditions = Conditions:
pdf-signoff-reviewer-signature = Reviewer signature
pdf-signoff-approver-signature = Approver signature
pdf-signoff-signature-date = Date

pdf-letter-to = To: { $to }
pdf-letter-subject = Subject: { $subject }
pdf-letter-greeting = Dear { $to },
pdf-letter-closing = Yours faithfully,
pdf-letter-signed-for = Signed for and on behalf of the customer named above.
pdf-letter-metadata-subject = Notice of non-renewal to { $to }
pdf-letter-keyword-notice = notice
pdf-letter-keyword-non-renewal = non-renewal
