# Labels of stored values (ratings, yes/no, decisions, charge basis, paper) and the wording of
# answers and of the review's history. Owned by the "content" part; ids start with content-.

content-rating-not-reviewed = Not reviewed
content-rating-acceptable = Acceptable
content-rating-negotiate = Negotiate
content-rating-deal-breaker = Deal-breaker
content-rating-not-applicable = Not applicable

content-yes = Yes
content-no = No
content-not-sure = Not sure

content-decision-approve = Approve
content-decision-approve-with-conditions = Approve with conditions
content-decision-reject = Reject

content-field-notes = Notes
content-field-clause-reference = Clause reference
content-field-clause-text = Quoted clause text

# The one wording of a charge basis: the quote details form (the field, then its choices), the
# history (field → choice), error messages, the summary and the PDF (a charge on that basis).
content-charge-basis-field = The charge is for
content-charge-basis-total = the account
content-charge-basis-per-seat = each seat
content-charge-basis-charge = { $amount } a month for { $basis }

content-paper-a4 = A4
content-paper-letter = US Letter

# Answers as they read: "12 days", "1 month", "None" for a multiple choice with none ticked.
content-answer-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
content-answer-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
content-answer-none = None

# The history: what changed.
content-history-context = Quote details: { $field }
content-history-signoff = Sign-off: { $field }
content-history-quote = Competing quote
content-history-from-contract = { $what } (from the contract: { $source })
content-history-merged = { $question } (now asked once)
content-history-rating = rating
content-history-notes = notes
content-history-clause-reference = clause reference
content-history-quoted-clause = quoted clause
content-history-no-fixed-term = no fixed term
content-history-quote-value = { $provider } — { $monthly } a month, { $term }

content-context-reviewer = Reviewer
content-context-company = Company
content-context-provider = Provider
content-context-plan = Plan
content-context-quote-reference = Quote reference
content-context-quote-date = Quote date
content-context-term-months = Contract term (months)
content-context-start-date = Start date
content-context-seats = Seats
content-context-monthly-charge = Monthly charge
content-context-currency = Currency

content-signoff-signed-on = Contract signed on
content-signoff-approver-name = Approver name
content-signoff-approver-role = Approver role
content-signoff-decision = Decision
content-signoff-conditions = Conditions
content-signoff-date = Date

# The contract reader's guide: the contract's term, which is not a template question.
content-guide-contract-term = Contract term
