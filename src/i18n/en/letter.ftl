# The notice letter that stops a renewal (src/deadlines/letter.rs, its PDF src/pdf/letter.rs):
# written in the review's language; its reminder in the language of the screen that shows it.
# Owned by the zh-words part.

letter-heading = Notice of non-renewal
letter-company-placeholder = [Your company]
letter-plan-none = our business phone service
letter-plan = the { $plan } plan
letter-reference = { " " }(account or quote reference { $reference })
letter-term = { $months ->
        [one] { $months } month
       *[other] { $months } months
    }
letter-clause-none = the renewal and termination terms of the contract
letter-clause = { $clause } of the contract
letter-term-current = current
letter-term-current-renewal = current renewal
letter-notice = We give notice that { $company } will not renew its contract with { $provider } for { $plan }{ $reference }, which started on { $start } for a term of { $term }.
letter-end = Relying on { $clause }, we ask that the contract end at the end of the { $which } term, on { $end } (our last day of service), and that it not renew after that day.
letter-method = { " " }This notice is given as the contract requires: { $method }.
letter-arrive = This notice is sent to reach you no later than { $day }, the last day notice can be given for this term.{ $method }
letter-requests = Please:
letter-request-confirm = 1. Confirm in writing, within 10 business days of receiving this letter, that the contract ends on { $end } and will not renew, and that nothing will be charged for any period after that day.
letter-request-numbers = 2. Release our telephone numbers to the provider we choose as soon as the port-out is requested, and tell us in advance of any port-out charge.
letter-request-export = 3. Send us, before { $end }, an export of our call records, call recordings and voicemail messages, and tell us their format and the last day they can be downloaded.
# Said once the requests are made; English letters end without it.
letter-conclusion = { "" }
letter-subject = Notice of non-renewal: { $provider }{ $reference }
letter-subject-plan = Notice of non-renewal: { $provider }, { $plan }{ $reference }
letter-signer-role = { $name }, { $role }
letter-how-missing = { " " }Check the contract for how notice must be given (email, post or portal).
letter-how = { " " }How: { $method }.
letter-reminder = The letter must arrive by { $day } ({ $days_left }). Send it early: the day it arrives counts, not the day it is sent. Keep proof of delivery.{ $how }
letter-reminder-no-notice = No notice period is entered: the contract ends on { $end }. Send the letter early and keep proof of delivery.{ $how }
