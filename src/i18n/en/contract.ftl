# The contract reader's own words (src/contract/): its progress while reading, where a passage
# is, the name of pasted text. What it finds is labelled by the template and its lexicon.

contract-progress-reading = Reading { $name }
contract-progress-reading-page = Reading { $name }, page { $page } of { $pages }
contract-progress-searching = Looking for the clauses
# Where a passage is: "MSA.pdf, page 3", with the section's heading as the contract has it.
contract-location = { $document }, page { $page }
contract-location-section = { $document }, page { $page }, { $section }
# The document name of a contract pasted instead of read from a file.
contract-pasted-text = Pasted text
