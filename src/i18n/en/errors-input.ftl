# Refusals of what the owner typed (src/validate.rs, src/input.rs, src/money.rs, src/dates.rs):
# field labels and rules. Shown "Label: rule". Owned by the i18n-errors part.

## The labels of the fields the core checks.
error-label-reviewer = Reviewer
error-label-company = Company
error-label-provider = Provider
error-label-plan = Plan
error-label-quote-reference = Quote reference
error-label-contract-term = Contract term
error-label-seats = Seats
error-label-quote-date = Quote date
error-label-start-date = Start date
error-label-currency = Currency
error-label-monthly-charge = Monthly charge
error-label-quote-details = Quote details
error-label-approver-name = Approver name
error-label-approver-role = Approver role
error-label-conditions = Conditions
error-label-signoff-date = Sign-off date
error-label-signoff = Sign-off
error-label-decision = Decision
error-label-signature-date = Signature date
error-label-competitor = Competitor
error-label-competing-quote = Competing quote
error-label-monthly-total = Monthly total
error-label-upfront-costs = Upfront costs
error-label-term = Term
error-label-seats-quoted = Seats quoted
error-label-taxes = Taxes and fees
error-label-annual-increase = Annual increase
error-label-key-differences = Key differences
error-label-notes = Notes
error-label-clause-reference = Clause reference
error-label-clause-text = Quoted clause text
error-label-database = Database

## Rules.
error-rule-seats = must be between 1 and 10,000
error-rule-term = must be between { $min } and { $max } months
error-rule-quote-seats = must be between 1 and 10,000, or not stated
error-rule-quote-percent = must be a number from 0 to 100 %, or not stated
error-rule-quote-term = must be between 0 (month-to-month) and { $max } months
error-rule-required = is required (1–{ $max } characters)
error-rule-too-long = must be at most { $max } characters (it has { $len })
error-rule-amount = must be an amount between 0 and 1,000,000,000
error-rule-amount-max = must be between 0 and { $max }
error-rule-expects = expects { $kind }
error-rule-one-of = must be one of: { $options }
error-rule-not-an-option = "{ $value }" is not one of the options
error-rule-whole-number = must be a whole number from { $min } to { $max }{ $unit }
error-rule-number = must be a number from { $min } to { $max }{ $unit }
error-rule-or-not-stated = { $rule }, or not stated
error-rule-single-line = must be a single line without control characters
error-rule-no-bidi = must not contain invisible text-direction characters (U+202A–U+202E, U+2066–U+2069)
error-rule-no-control = must not contain control characters
error-rule-text = must be text
error-rule-charge-basis = must be for the account or for each seat
error-rule-supported-currency = must be one of the supported currencies
error-rule-decision = must be approve, approve with conditions or reject
error-rule-form-incomplete = arrived incomplete or with fields this version does not know; reload the window (Ctrl+R) and enter it again
error-rule-unknown-question = is not a known question
error-rule-yes-no = must be yes, no or not sure
error-rule-an-option = must be one of the options
error-rule-a-selection = must be a selection of the options
error-rule-no-store-backups = an in-memory store has no backups

## Units after a range ("from 0 to 90 days").
error-unit-days = { " " }days
error-unit-months = { " " }months

## What an answer of each kind is ("expects a whole number").
error-kind-yes-no = yes, no or not sure
error-kind-integer = a whole number
error-kind-decimal = a number
error-kind-money = an amount of money
error-kind-percent = a percentage
error-kind-days = a number of days
error-kind-months = a number of months
error-kind-date = a date
error-kind-choice = one of the options
error-kind-multi-choice = a selection of the options
error-kind-text = text

## Money.
error-rule-currency = currency must be one of the supported ISO codes ({ $codes }), not "{ $value }"
error-rule-currency-relabel-decimals = “{ $question }” is { $amount }, which { $currency } cannot write: it has fewer decimals. Change that amount first, then the currency.
error-rule-currency-relabel-too-large = “{ $question }” is { $amount }, more than an amount in { $currency } can be. Change that amount first, then the currency.
error-rule-amount-example = must be an amount such as 1234.50, not "{ $value }"
error-rule-no-decimals = { $currency } amounts have no decimals
error-rule-decimals = { $currency } amounts have at most { $digits ->
        [one] 1 decimal
       *[other] { $digits } decimals
    }

error-rule-other-currency = is in { $currency }, not { $marker }
error-rule-comma = uses a comma where a point or a group of three digits belongs: write decimals with a point (25.50) and commas only between thousands (1,250)

## Dates.
error-rule-date = must be a date such as 1 March 2027 or 2027-03-01
error-rule-date-unreadable = must be a date such as 1 March 2027 or 2027-03-01, not "{ $value }"
error-rule-date-full-year = needs the year in full (2027, not 27), not "{ $value }"
error-rule-date-iso = must be a date written YYYY-MM-DD, not "{ $value }"
error-rule-date-ambiguous = "{ $value }" could be { $day_first } or { $month_first }; choose one, or write the month as a word (1 March 2027)
error-rule-date-no-month = is not a real date: there is no month { $month }
error-rule-date-years = must be a date between { $min } and { $max }
error-rule-date-month-days = is not a real date: { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year } has { $days } days
