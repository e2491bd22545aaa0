// The only module that talks to the backend. Every call is typed with the generated bindings,
// and every failure arrives as an ApiError {code, message, field}.
import { invoke } from "@tauri-apps/api/core";
import type {
  AnswerValue,
  ApiError,
  AppStatus,
  AreaTextField,
  BackupInfo,
  ContextEdit,
  ExportResult,
  Help,
  HistoryEntry,
  ReviewPlace,
  TrashedReview,
  Insights,
  Paper,
  QuoteInput,
  ReviewComparison,
  RuleView,
  Rating,
  Review,
  ReviewContext,
  ReviewListItem,
  ReviewReport,
  SaveReceipt,
  SignOffEdit,
  Template,
} from "./bindings";

export type * from "./bindings";
export type { AppStatus, Template, Review, ReviewContext, ReviewListItem, ReviewReport };

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === "object" &&
    value !== null &&
    "code" in value &&
    "message" in value &&
    typeof (value as { message: unknown }).message === "string"
  );
}

/** Normalises anything thrown by `invoke` into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (isApiError(error)) return error;
  return { code: "internal", message: String(error), field: null };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toApiError(error);
  }
}

export const api = {
  appStatus: () => call<AppStatus>("app_status"),
  template: () => call<Template>("get_template"),
  listReviews: (query: string) => call<ReviewListItem[]>("list_reviews", { query }),
  createReview: (context: ReviewContext) => call<number>("create_review", { context }),
  getReview: (id: number) => call<Review>("get_review", { id }),
  reviewReport: (id: number) => call<ReviewReport>("review_report", { id }),
  /** Saves one context field; the other fields are never sent, so none can be stale. */
  setContextField: (id: number, edit: ContextEdit) =>
    call<SaveReceipt>("set_context_field", { id, edit }),
  setAnswer: (id: number, questionId: string, value: AnswerValue | null) =>
    call<SaveReceipt>("set_answer", { id, questionId, value }),
  setRating: (id: number, areaId: string, rating: Rating) =>
    call<SaveReceipt>("set_rating", { id, areaId, rating }),
  setAreaText: (id: number, areaId: string, field: AreaTextField, text: string) =>
    call<SaveReceipt>("set_area_text", { id, areaId, field, text }),
  duplicateReview: (id: number) => call<number>("duplicate_review", { id }),
  deleteReview: (id: number) => call<null>("delete_review", { id }),
  /** Saves one sign-off field. */
  setSignoffField: (id: number, edit: SignOffEdit) =>
    call<SaveReceipt>("set_signoff_field", { id, edit }),
  getPaper: () => call<Paper>("get_paper"),
  setPaper: (paper: Paper) => call<null>("set_paper", { paper }),
  /** Asks where to save with the native dialog; null when the user cancels. */
  exportPdf: (id: number, paper: Paper) => call<ExportResult | null>("export_pdf", { id, paper }),
  openExported: (path: string) => call<null>("open_exported", { path }),
  insights: (id: number) => call<Insights>("review_insights", { id }),
  playbookRules: () => call<RuleView[]>("playbook_rules"),
  addQuote: (id: number, quote: QuoteInput) => call<SaveReceipt>("add_quote", { id, quote }),
  updateQuote: (id: number, quoteId: number, quote: QuoteInput) =>
    call<SaveReceipt>("update_quote", { id, quoteId, quote }),
  deleteQuote: (id: number, quoteId: number) => call<SaveReceipt>("delete_quote", { id, quoteId }),
  compareReviews: (ids: number[]) => call<ReviewComparison>("compare_reviews", { ids }),
  /** Copies the provider questions as plain text; returns how many were copied. */
  copyProviderQuestions: (id: number) => call<number>("copy_provider_questions", { id }),
  /** Saves a review file with the native dialog; null when the user cancels. */
  exportReviewFile: (id: number) => call<string | null>("export_review_file", { id }),
  /** Imports a review file chosen in the native dialog; the new id, or null when cancelled. */
  importReviewFile: () => call<number | null>("import_review_file"),
  listBackups: () => call<BackupInfo[]>("list_backups"),
  restoreBackup: (path: string) => call<null>("restore_backup", { path }),
  startEmpty: () => call<null>("start_empty"),
  history: (id: number) => call<HistoryEntry[]>("review_history", { id }),
  listTrash: () => call<TrashedReview[]>("list_trash"),
  restoreReview: (id: number) => call<null>("restore_review", { id }),
  purgeReview: (id: number) => call<null>("purge_review", { id }),
  /** Takes a backup at once ("Back up now"); returns it as the list shows it. */
  backupNow: () => call<BackupInfo>("backup_now"),
  help: () => call<Help>("help_content"),
  /** Remembers the page a review is open on (`context`, `summary` or an area id). */
  rememberPlace: (id: number, page: string) => call<null>("remember_place", { id, page }),
  reviewPlace: (id: number) => call<string | null>("review_place", { id }),
  /** The owner went back to the list: the next start opens the list. */
  forgetOpenReview: () => call<null>("forget_open_review"),
  /** The review open when the app last closed, and its page. */
  openReviewPlace: () => call<ReviewPlace | null>("open_review_place"),
  /** Renders the PDF and opens it in the system's PDF viewer to print; returns its path. */
  printSummary: (id: number, paper: Paper) => call<string>("print_summary", { id, paper }),
};
