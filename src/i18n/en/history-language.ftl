# The history line of a change of the review's language (its sign-off PDF and notice letter),
# recorded like the sign-off's other changes. Ids start with `history-language-`.

history-language-label = Language of the PDF and notice letter
