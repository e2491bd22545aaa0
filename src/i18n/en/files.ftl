# The names files are offered under in the save dialogs (app) or written to when no `--out` is
# given (CLI): src/files.rs. A document's name is in its own language (the review's language for
# the PDF, the review file, the notice letter and one contract's calendar).
# "<provider> – <document> – <date>.<extension>"; the date is ISO in every language.

files-document-review = VoIP contract review
files-document-notice-letter = notice letter
files-document-deadlines = deadlines
# A review without a provider's name.
files-unnamed-review = Review
# The calendar of every signed contract.
files-all-deadlines = Contract deadlines
