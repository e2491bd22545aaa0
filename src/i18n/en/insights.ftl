# The insights: suggested ratings, figures, provider questions and the comparison
# (src/insights/). Ids start with "insights-". The playbook's rules and reasons are data of the
# playbook table (src/insights/playbook.rs), in both languages there.

## Suggested ratings (src/insights/playbook.rs)

insights-suggest-not-sure =
    Not sure on { $count ->
        [one] a deciding question
       *[other] deciding questions
    }: { $questions }. Get { $count ->
        [one] the answer
       *[other] the answers
    } in writing before this area can be acceptable.
insights-suggest-missing =
    Answer the deciding { $count ->
        [one] question
       *[other] questions
    } for a suggestion: { $questions }.
insights-suggest-all-clear = No playbook rule fired, and every deciding question is answered.
