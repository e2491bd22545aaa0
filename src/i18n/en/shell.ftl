# The desktop shell's own words: the window's title bar and the native file dialogs' titles and
# file-type filters (src-tauri/). Ids start with `shell-`.

shell-window-title = VoIP Contract Review
shell-window-title-test-build = { $product } — test build
shell-window-title-development-build = { $product } — development build (UI from the dev server)

shell-dialog-export-pdf = Export the sign-off PDF
shell-dialog-export-review-file = Export the review file
shell-dialog-import-review-file = Import a review file
shell-dialog-calendar = Add deadlines to calendar
shell-dialog-notice-letter = Save the notice letter
shell-dialog-read-contract = Read the contract (choose every document: MSA, SLA, order form)

shell-filter-pdf = PDF document
shell-filter-review-file = Review file
shell-filter-calendar = Calendar file
shell-filter-contract = Contract
