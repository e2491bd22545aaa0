// Generated from the Rust types by ts-rs (src/bindings.rs). Do not edit by hand:
// run `UPDATE_BINDINGS=1 cargo test --test bindings` after changing a type.

export type ErrorCode = "invalid" | "not_found" | "database_too_new" | "database_open" | "database_damaged" | "io" | "database" | "internal";

export type ApiError = { code: ErrorCode, message: string, 
/**
 * The field the error belongs to, when it belongs to one.
 */
field: string | null, };

export type AppStatus = { db_path: string | null, 
/**
 * Set when the database could not be opened; the UI shows it instead of the reviews.
 */
error: ApiError | null, 
/**
 * Set when the daily backup could not be taken: the reviews are fine, the user should know.
 */
backup_warning: string | null, version: string, };

export type Money = { 
/**
 * Amount in the currency's minor unit (cents for USD).
 */
minor: number, 
/**
 * ISO 4217 code, e.g. `USD`.
 */
currency: string, };

export type Rating = "not_reviewed" | "acceptable" | "negotiate" | "deal_breaker" | "not_applicable";

export type YesNo = "yes" | "no" | "not_sure";

export type AnswerValue = { "type": "yes_no", "value": YesNo } | { "type": "integer", "value": number } | { "type": "decimal", "value": number } | { "type": "money", "value": Money } | { "type": "percent", "value": number } | { "type": "days", "value": number } | { "type": "months", "value": number } | { "type": "date", "value": string } | { "type": "choice", "value": string } | { "type": "multi_choice", "value": Array<string> } | { "type": "text", "value": string };

export type ChargeBasis = "total" | "per_seat";

export type ReviewContext = { reviewer: string, company: string, provider: string, plan: string, quote_reference: string, 
/**
 * `YYYY-MM-DD`, or null when not known.
 */
quote_date: string | null, term_months: number, 
/**
 * Planned start (go-live) date, `YYYY-MM-DD`.
 */
start_date: string | null, seats: number | null, 
/**
 * Monthly recurring charge in minor units of `currency`.
 */
monthly_charge_minor: number | null, monthly_charge_basis: ChargeBasis, currency: string, };

export type AreaState = { area_id: string, rating: Rating, notes: string, 
/**
 * Where in the contract, e.g. "Schedule B, clause 4.2".
 */
clause_reference: string, 
/**
 * The clause quoted word for word.
 */
clause_text: string, };

export type AreaTextField = "notes" | "clause_reference" | "clause_text";

export type Decision = "approve" | "approve_with_conditions" | "reject";

export type SignOff = { approver_name: string, approver_role: string, decision: Decision | null, conditions: string, 
/**
 * `YYYY-MM-DD`.
 */
date: string | null, };

export type ContextEdit = { "field": "reviewer", "value": string } | { "field": "company", "value": string } | { "field": "provider", "value": string } | { "field": "plan", "value": string } | { "field": "quote_reference", "value": string } | { "field": "quote_date", "value": string | null } | { "field": "term_months", "value": number } | { "field": "start_date", "value": string | null } | { "field": "seats", "value": number | null } | { "field": "monthly_charge", "value": { minor: number | null, currency: string, } } | { "field": "monthly_charge_basis", "value": ChargeBasis };

export type SignOffEdit = { "field": "approver_name", "value": string } | { "field": "approver_role", "value": string } | { "field": "decision", "value": Decision | null } | { "field": "conditions", "value": string } | { "field": "date", "value": string | null };

export type Paper = "a4" | "letter";

export type Lang = "en" | "zh-Hans";

export type ExportResult = { path: string, pages: number, bytes: number, fingerprint: string, 
/**
 * Characters that no installed font could show; printed as □.
 */
missing_characters: string, };

export type Review = { id: number, is_example: boolean, context: ReviewContext, 
/**
 * The ten areas in template order.
 */
areas: Array<AreaState>, 
/**
 * Answers by question id; unanswered questions are absent.
 */
answers: { [key in string]: AnswerValue }, signoff: SignOff, 
/**
 * Competing quotes collected for comparison, in the order they were added.
 */
quotes: Array<CompetitorQuote>, 
/**
 * `YYYY-MM-DD` the contract was signed; null while it is still a review. A signed review is
 * a contract in force: its deadlines are tracked (`crate::deadlines`).
 */
signed_on: string | null, 
/**
 * The language of the review's sign-off PDF and notice letter, whoever exports it: a
 * Chinese review exported by an English-speaking accountant stays Chinese.
 */
language: Lang, 
/**
 * RFC 3339, UTC.
 */
created_at: string, updated_at: string, 
/**
 * Grows by one with every saved change.
 */
revision: number, };

export type RatingCounts = { not_reviewed: number, acceptable: number, negotiate: number, deal_breaker: number, not_applicable: number, };

export type ReviewListItem = { id: number, is_example: boolean, 
/**
 * What the list shows: the provider, or the example's title.
 */
title: string, provider: string, plan: string, company: string, quote_reference: string, reviewed_areas: number, total_areas: number, ratings: RatingCounts, updated_at: string, 
/**
 * `YYYY-MM-DD` the contract was signed: a contract in force. Null for a review.
 */
signed_on: string | null, };

export type SaveReceipt = { revision: number, updated_at: string, };

export type ReviewStatus = "in_progress" | "deal_breakers_found" | "negotiation_needed" | "ready_to_sign";

export type OpenQuestion = { area_id: string, area_title: string, question_id: string, question: string, };

export type ReviewReport = { status: ReviewStatus, ratings: RatingCounts, reviewed_areas: number, total_areas: number, answered_questions: number, total_questions: number, open_questions: Array<OpenQuestion>, 
/**
 * First 12 hex digits of the SHA-256 of the review's canonical content; printed on the PDF
 * so a signed paper copy can be matched to the stored version.
 */
fingerprint: string, };

export type Template = { version: number, areas: Array<Area>, 
/**
 * Plain-words explanations of the terms the questions, help and figures use: not part of
 * `areas.json`, filled in from `crate::glossary` (the one source) so they reach the UI
 * with the template.
 */
glossary: Array<GlossaryEntry>, };

export type GlossaryEntry = { 
/**
 * The term as it is usually written ("ETF", "jitter").
 */
term: string, 
/**
 * The words that mark the term in a text, matched whole-word and ignoring case; the
 * longest first, so "early-termination fee" wins over a shorter match inside it.
 */
matches: Array<string>, 
/**
 * One sentence, no jargon.
 */
explanation: string, };

export type Area = { id: string, number: number, title: string, 
/**
 * One line, shown in lists.
 */
summary: string, 
/**
 * "Why it matters", in plain language.
 */
why: string, 
/**
 * What to look for in the contract.
 */
look_for: Array<string>, 
/**
 * The deciding questions: the playbook suggests "acceptable" only once every one of them
 * that applies is answered, and at best "negotiate" while one of them is "not sure".
 */
key_questions: Array<string>, questions: Array<Question>, };

export type Question = { id: string, label: string, help?: string, kind: QuestionKind, 
/**
 * Asked only when an earlier answer makes it apply; otherwise hidden, not counted and not
 * read by the figures or the playbook.
 */
show_if?: ShowIf, 
/**
 * Who answers it. The owner's questions (their own business, checks to make before
 * signing) never go into the text sent to the provider.
 */
asked_of?: AskedOf, };

export type ShowIf = { question: string, any_of: Array<string>, };

export type AskedOf = "provider" | "owner";

export type QuestionKind = { "type": "yes_no" } | { "type": "integer", min: number, max: number, unit?: string, } | { "type": "decimal", min: number, max: number, unit?: string, } | { "type": "money" } | { "type": "percent", min: number, max: number, } | { "type": "days", min: number, max: number, } | { "type": "months", min: number, max: number, } | { "type": "date" } | { "type": "choice", options: Array<ChoiceOption>, } | { "type": "multi_choice", options: Array<ChoiceOption>, } | { "type": "text", multiline: boolean, max_len: number, };

export type ChoiceOption = { id: string, label: string, };

export type QuoteInput = { provider: string, 
/**
 * Monthly total, all seats, in minor units.
 */
monthly_minor: number, 
/**
 * Contract term in months; 0 for month-to-month (no contract).
 */
term_months: number, 
/**
 * Setup, hardware and other one-time costs, in minor units.
 */
upfront_minor: number, 
/**
 * Seats (lines) the monthly total is for; `None` when the quote does not say.
 */
seats: number | null, 
/**
 * Taxes and regulatory fees on top of the monthly total, percent (0 when included);
 * `None` when the quote does not say.
 */
taxes_percent: number | null, 
/**
 * Annual price increase, percent (0 when the price is locked); `None` when not stated.
 */
escalator_percent: number | null, 
/**
 * Key differences: features, support, SLA.
 */
notes: string, };

export type CompetitorQuote = { id: number, provider: string, 
/**
 * Monthly total, all seats, in minor units.
 */
monthly_minor: number, 
/**
 * Contract term in months; 0 for month-to-month (no contract).
 */
term_months: number, 
/**
 * Setup, hardware and other one-time costs, in minor units.
 */
upfront_minor: number, 
/**
 * Seats (lines) the monthly total is for; `None` when the quote does not say.
 */
seats: number | null, 
/**
 * Taxes and regulatory fees on top of the monthly total, percent (0 when included);
 * `None` when the quote does not say.
 */
taxes_percent: number | null, 
/**
 * Annual price increase, percent (0 when the price is locked); `None` when not stated.
 */
escalator_percent: number | null, 
/**
 * Key differences: features, support, SLA.
 */
notes: string, };

export type Tone = "info" | "good" | "warn" | "bad";

export type Figure = { area_id: string, 
/**
 * The question after which the figure is shown.
 */
anchor: string, label: string, value: string, 
/**
 * The formula, the inputs used and the source.
 */
detail: string, tone: Tone, };

export type KeyFigure = { id: string, label: string, 
/**
 * Null when the answers needed are missing; `detail` then says which.
 */
value: string | null, detail: string, 
/**
 * `warn` or `bad` when the figure needs attention now (a notice deadline close or passed).
 */
tone: Tone, };

export type Severity = "negotiate" | "deal_breaker";

export type Flag = { rule_id: string, area_id: string, severity: Severity, reason: string, };

export type Suggestion = { area_id: string, 
/**
 * Null when too few answers are in to suggest anything.
 */
rating: Rating | null, reasons: Array<string>, };

export type RuleView = { id: string, area_id: string, severity: Severity, rule: string, threshold: string | null, };

export type QuestionSource = "not_sure" | "missing";

export type ProviderQuestion = { area_id: string, area_title: string, question_id: string, question: string, source: QuestionSource, };

export type QuoteRow = { provider: string, 
/**
 * The quote under review (the others are competitors).
 */
is_this_review: boolean, quote_id: number | null, monthly_minor: number | null, term: string, upfront_minor: number, 
/**
 * Cost over the comparison period.
 */
total_minor: number | null, 
/**
 * Against the quote under review: positive means this row costs more.
 */
difference_minor: number | null, 
/**
 * 1 is the cheapest over the period, on the like-for-like basis; null when incomplete.
 */
rank: number | null, notes: string, 
/**
 * What was assumed, applied or left out for this quote to compare like for like.
 */
assumptions: string, 
/**
 * Cost inputs still missing: the row is incomplete and not ranked.
 */
missing: Array<string>, 
/**
 * The quote under review only: its total cost with everything it states (growth,
 * escalator, promotion, taxes), as in the key figures.
 */
full_total_minor: number | null, };

export type QuoteComparison = { 
/**
 * The comparison period: the review's term.
 */
months: number, currency: string, rows: Array<QuoteRow>, method: string, };

export type Insights = { key_figures: Array<KeyFigure>, 
/**
 * Figures shown beside the questions they come from.
 */
figures: Array<Figure>, flags: Array<Flag>, 
/**
 * One per area, in template order.
 */
suggestions: Array<Suggestion>, provider_questions: Array<ProviderQuestion>, 
/**
 * The questions as plain text, ready for the clipboard.
 */
provider_questions_text: string, 
/**
 * What the owner still has to check before signing (references, a test ticket, the
 * provider's reputation, their own "not sure" answers). Never in the provider's text.
 */
owner_checks: Array<ProviderQuestion>, quotes: QuoteComparison, };

export type ComparedReview = { review_id: number, title: string, plan: string, currency: string, term_months: number, total_cost: string | null, 
/**
 * Total ÷ months: comparable across different terms.
 */
monthly_average: string | null, exit_12: string | null, exit_24: string | null, uptime: string | null, downtime_per_month: string | null, support_hours: string | null, critical_response: string | null, warranty: string | null, deal_breakers: number, negotiate: number, 
/**
 * Areas with a rating other than "not reviewed", of all areas.
 */
areas_reviewed: number, areas_total: number, 
/**
 * Cost inputs still missing: the review is incomplete and not ranked.
 */
missing: Array<string>, rank: number | null, };

export type ReviewComparison = { reviews: Array<ComparedReview>, ranking_rule: string, 
/**
 * Set when the reviews are in different currencies: costs are then not ranked.
 */
warning: string | null, };

export type BackupReason = "daily" | "before_restore" | "before_upgrade" | "manual";

export type BackupInfo = { path: string, 
/**
 * When it was taken, RFC 3339 UTC.
 */
created_at: string, reason: BackupReason, 
/**
 * Reviews it holds; null when the file cannot be read.
 */
reviews: number | null, bytes: number, };

export type HistoryEntry = { revision: number, 
/**
 * RFC 3339, UTC.
 */
changed_at: string, 
/**
 * What changed: "Quote details: Provider", "SLA: Guaranteed uptime", "Pricing: rating"…
 */
what: string, 
/**
 * Before and after, as the app shows them; null when absent.
 */
old: string | null, new: string | null, };

export type TrashedReview = { id: number, title: string, plan: string, deleted_at: string, 
/**
 * `YYYY-MM-DD` after which it is deleted for good.
 */
purge_after: string, };

export type DateChoice = { 
/**
 * `2027-03-01`, what is saved.
 */
iso: string, 
/**
 * `1 Mar 2027`, what is shown.
 */
display: string, };

export type DateEntry = { "type": "empty" } | { "type": "date" } & DateChoice | { "type": "ambiguous", readings: [DateChoice, DateChoice], };

export type ReviewPlace = { review_id: number, 
/**
 * `context`, `summary` or an area id.
 */
page: string, };

export type ContractDocumentKind = "pdf" | "docx" | "text" | "pasted";

export type ContractDocument = { 
/**
 * The file name, or "Pasted text".
 */
name: string, 
/**
 * SHA-256 of the file's bytes (of the text, when pasted), lowercase hex.
 */
sha256: string, kind: ContractDocumentKind, 
/**
 * The text of each page; a DOCX or text file has the pages its page breaks make.
 */
pages: Array<string>, };

export type ContractLocation = { 
/**
 * Index of the document in the reading (0-based).
 */
document: number, document_name: string, page: number, 
/**
 * "Section 9.3", "Schedule B, 4.2", "Article IX"; empty when no heading precedes it.
 */
section: string, 
/**
 * The passage within its page's text, in UTF-16 code units (what the UI's strings count).
 */
start: number, end: number, };

export type ContractPassage = { number: number, location: ContractLocation, 
/**
 * The passage's text on one line, as quoted into the review.
 */
quote: string, };

export type ContractSuggestion = { 
/**
 * A template question id, or `context.term_months` for the contract term.
 */
question_id: string, area_id: string, 
/**
 * The question as the app asks it.
 */
label: string, 
/**
 * The value in the question's own answer type (the review-file answer format).
 */
value: AnswerValue, 
/**
 * The value as the app shows it.
 */
shown: string, 
/**
 * The passage it came from (see `Reading::passages`).
 */
passage: number, quote: string, location: ContractLocation, 
/**
 * The finder's rule that produced it, e.g. `notice.before_end`.
 */
rule: string, 
/**
 * What the owner should know about the value ("per line: …"); empty when nothing.
 */
note: string, };

export type ContractReferral = { area_id: string, 
/**
 * What the clause is about: "early-termination fee", "notice period"…
 */
topic: string, 
/**
 * Where it sends the reader: "the Order Form".
 */
target: string, passage: number, quote: string, location: ContractLocation, };

export type ContractReading = { documents: Array<ContractDocument>, passages: Array<ContractPassage>, 
/**
 * In template order (area, then question).
 */
suggestions: Array<ContractSuggestion>, 
/**
 * Clauses that send the reader to another document instead of stating the figure.
 */
referrals: Array<ContractReferral>, };

export type ContractReadProgress = { 
/**
 * Steps done and the number of steps: each document, then the search.
 */
done: number, total: number, 
/**
 * "Reading MSA.pdf, page 3 of 40", "Looking for the clauses".
 */
message: string, };

export type ContractFinderGuide = { question_id: string, area_id: string, 
/**
 * The question as the app asks it.
 */
label: string, looks_for: string, 
/**
 * The ids of the rules that answer it (what a suggestion names as its rule).
 */
rules: Array<string>, };

export type AcceptedValue = { 
/**
 * A template question id, or `context.term_months`.
 */
question_id: string, value: AnswerValue, 
/**
 * Where it was found: "MSA.pdf, page 3, Section 9.3".
 */
reference: string, 
/**
 * The sentence it was found in, quoted into the area's clause.
 */
quote: string, 
/**
 * Replace an answer that differs: only when the owner chose to.
 */
replace: boolean, };

export type HelpTopic = { title: string, text: string, };

export type QuestionHelp = { label: string, help: string | null, };

export type FlagHelp = { severity: Severity, rule: string, threshold: string | null, };

export type AreaHelp = { area_id: string, number: number, title: string, summary: string, why: string, look_for: Array<string>, questions: Array<QuestionHelp>, figures: Array<HelpTopic>, flags: Array<FlagHelp>, };

export type Shortcut = { keys: string, action: string, };

export type Help = { basics: Array<HelpTopic>, shortcuts: Array<Shortcut>, areas: Array<AreaHelp>, 
/**
 * The figures of the summary page that gather the areas' figures.
 */
summary: Array<HelpTopic>, };

export type DeadlineStatus = "ahead" | "soon" | "passed";

export type DeadlineKind = "notice_deadline" | "walk_away_end" | "promotion_end" | "price_increase" | "warranty_end" | "price_lock_end" | "term_end" | "renewal";

export type Deadline = { review_id: number, 
/**
 * The contract as the home list names it (the provider, or the example's title).
 */
contract: string, kind: DeadlineKind, 
/**
 * Unique within the contract and stable across recomputations (the calendar UID is built
 * from it and the review id): "notice-deadline", "price-increase-2",
 * "notice-deadline-renewal-1".
 */
key: string, 
/**
 * `YYYY-MM-DD`.
 */
date: string, 
/**
 * "Notice deadline", "Price increase (year 2)".
 */
title: string, 
/**
 * What happens that day and what to do, in a sentence or two, dates as the app shows them.
 */
detail: string, 
/**
 * The new monthly charge from that day, in minor units of `currency`, for price changes.
 */
monthly_minor: number | null, currency: string, 
/**
 * Days from today to the date: 0 on the day, negative once it has passed.
 */
days_left: number, 
/**
 * "45 days left", "today", "passed 3 days ago".
 */
days_left_words: string, 
/**
 * Under 30 days (soon) or passed; for events as for deadlines.
 */
status: DeadlineStatus, 
/**
 * A notice deadline that has passed while the renewal it would have stopped is still ahead
 * (marked overdue in the app; listed with the upcoming deadlines until that renewal).
 */
overdue: boolean, };

export type ContractDeadlines = { review_id: number, contract: string, 
/**
 * `YYYY-MM-DD` the contract was signed.
 */
signed_on: string, 
/**
 * Sorted by date, then by kind.
 */
deadlines: Array<Deadline>, 
/**
 * Set once the notice deadline has passed: says so plainly and gives the next possible
 * exit date (or why it is not known).
 */
notice_passed: string | null, 
/**
 * Why some dates cannot be computed ("no start date"), in a sentence; null when complete.
 */
missing: string | null, };

export type DeadlinesOverview = { 
/**
 * `YYYY-MM-DD` the days left are counted from.
 */
today: string, upcoming: Array<Deadline>, contracts: Array<ContractDeadlines>, };

export type CalendarExport = { path: string, events: number, contracts: number, };

export type NoticeLetter = { review_id: number, 
/**
 * The sender's block: the company.
 */
from: string, 
/**
 * The letter's date as printed.
 */
dated: string, 
/**
 * The provider it is addressed to.
 */
to: string, subject: string, 
/**
 * The body, paragraph by paragraph; the requests are the lines starting "1. ", "2. "…
 */
paragraphs: Array<string>, 
/**
 * Who signs, and in what role: "Sam Okafor, Managing partner, Harbour Street Dental".
 */
signer: string, 
/**
 * `YYYY-MM-DD` the contract should end (the last day of service asked for).
 */
end_date: string, 
/**
 * `YYYY-MM-DD` of the last day the notice must arrive; null when no notice period is known.
 */
arrive_by: string | null, 
/**
 * The reminder the app shows: "It must arrive by 5 Oct 2029 (312 days left), by email to …".
 */
reminder: string, 
/**
 * The whole letter as plain text, ready to paste into an email.
 */
text: string, };

// The core's rules and labels (src/bindings.rs `constants`).

/** The currencies offered, with the digits of their minor unit (cents: 2). */
export const CURRENCIES: readonly { code: string; minor_digits: number }[] = [{"code":"CNY","minor_digits":2},{"code":"HKD","minor_digits":2},{"code":"MOP","minor_digits":2},{"code":"TWD","minor_digits":2},{"code":"USD","minor_digits":2},{"code":"EUR","minor_digits":2},{"code":"JPY","minor_digits":0},{"code":"KRW","minor_digits":0},{"code":"SGD","minor_digits":2},{"code":"GBP","minor_digits":2},{"code":"MYR","minor_digits":2},{"code":"THB","minor_digits":2},{"code":"AUD","minor_digits":2},{"code":"CAD","minor_digits":2},{"code":"NZD","minor_digits":2},{"code":"CHF","minor_digits":2},{"code":"SEK","minor_digits":2},{"code":"NOK","minor_digits":2},{"code":"DKK","minor_digits":2},{"code":"PLN","minor_digits":2},{"code":"CZK","minor_digits":2},{"code":"INR","minor_digits":2},{"code":"ZAR","minor_digits":2},{"code":"MXN","minor_digits":2},{"code":"BRL","minor_digits":2}];

/** The largest amount anywhere, in minor units. */
export const MAX_MINOR = 100000000000;

/** The signs typed with an amount, with the currencies each stands for. */
export const CURRENCY_SIGNS: readonly { sign: string; currencies: readonly string[] }[] = [{"currencies":["USD","CAD","AUD","NZD","SGD","HKD","TWD","MXN"],"sign":"$"},{"currencies":["USD"],"sign":"US$"},{"currencies":["CAD"],"sign":"C$"},{"currencies":["CAD"],"sign":"CA$"},{"currencies":["AUD"],"sign":"A$"},{"currencies":["AUD"],"sign":"AU$"},{"currencies":["NZD"],"sign":"NZ$"},{"currencies":["SGD"],"sign":"S$"},{"currencies":["HKD"],"sign":"HK$"},{"currencies":["MOP"],"sign":"MOP$"},{"currencies":["TWD"],"sign":"NT$"},{"currencies":["MXN"],"sign":"MX$"},{"currencies":["BRL"],"sign":"R$"},{"currencies":["EUR"],"sign":"€"},{"currencies":["GBP"],"sign":"£"},{"currencies":["JPY","CNY"],"sign":"¥"},{"currencies":["CNY"],"sign":"元"},{"currencies":["CNY"],"sign":"人民币"},{"currencies":["CNY"],"sign":"RMB"},{"currencies":["INR"],"sign":"₹"},{"currencies":["KRW"],"sign":"₩"},{"currencies":["SEK","NOK","DKK"],"sign":"kr"},{"currencies":["PLN"],"sign":"zł"},{"currencies":["CZK"],"sign":"Kč"}];

export const RATING_LABELS: Record<Rating, string> = {"acceptable":"Acceptable","deal_breaker":"Deal-breaker","negotiate":"Negotiate","not_applicable":"Not applicable","not_reviewed":"Not reviewed"};

/** An area's verdicts, in the order offered. */
export const RATINGS: readonly Rating[] = ["acceptable","negotiate","deal_breaker","not_applicable","not_reviewed"];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {"before_restore":"Before a restore","before_upgrade":"Before an upgrade","daily":"Daily","manual":"Back up now"};

export const STATUS_LABELS: Record<ReviewStatus, string> = {"deal_breakers_found":"Deal-breakers found","in_progress":"In progress","negotiation_needed":"Negotiation needed","ready_to_sign":"Ready to sign"};

/** The sign-off decisions, in the order offered. */
export const DECISIONS: readonly { id: Decision; label: string }[] = [{"id":"approve","label":"Approve"},{"id":"approve_with_conditions","label":"Approve with conditions"},{"id":"reject","label":"Reject"}];

/** The answers of a yes/no question, in the order offered. */
export const YES_NO: readonly { id: YesNo; label: string }[] = [{"id":"yes","label":"Yes"},{"id":"no","label":"No"},{"id":"not_sure","label":"Not sure"}];

/** The paper sizes of printed summaries and letters, in the order offered. */
export const PAPERS: readonly { id: Paper; label: string }[] = [{"id":"a4","label":"A4"},{"id":"letter","label":"US Letter"}];

/** The label of the field saying what a quoted monthly charge covers, in each language. */
export const CHARGE_BASIS_FIELD: Record<Lang, string> = {"en":"The charge is for","zh-Hans":"月费计费方式"};

/** What a quoted monthly charge covers, in the order offered: the choice after
 * CHARGE_BASIS_FIELD and a charge on that basis (`{{amount}}` to fill in), in each language. */
export const CHARGE_BASES: readonly { id: ChargeBasis; label: Record<Lang, string>; charge: Record<Lang, string> }[] = [{"charge":{"en":"{{amount}} a month for the account","zh-Hans":"整个账户每月 {{amount}}"},"id":"total","label":{"en":"the account","zh-Hans":"整个账户"}},{"charge":{"en":"{{amount}} a month for each seat","zh-Hans":"每个座席每月 {{amount}}"},"id":"per_seat","label":{"en":"each seat","zh-Hans":"每个座席"}}];

/** The most characters each free-text field may hold (area fields: `area.<field>`). */
export const FIELD_LIMITS = {"area.clause_reference":200,"area.clause_text":20000,"area.notes":20000,"context.company":200,"context.plan":200,"context.provider":200,"context.quote_reference":200,"context.reviewer":200,"quote.notes":2000,"quote.provider":200,"signoff.approver_name":200,"signoff.approver_role":200,"signoff.conditions":5000} as const;

/** The rules a competing quote's form states as the owner types (src/validate.rs). */
export const QUOTE_RULES = {"percent":"must be a number from 0 to 100 %, or not stated","provider":"is required (1–200 characters)","seats":"must be between 1 and 10,000, or not stated","term":"must be between 0 (month-to-month) and 120 months"} as const;

/** How many reviews one comparison holds. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;
