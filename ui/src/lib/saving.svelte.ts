// Every write of an open review goes through here, so the status can be honest:
// - typed text is a Draft, saved after a 600 ms pause, on leaving the field, and whenever the
//   owner navigates or closes the window (flushAll);
// - an entry the checks refuse, or a save the store fails, stays an "entry not saved" with its
//   text and message until it is corrected, cleared or saved; store failures are retried;
// - "Saved" is shown only when nothing is pending and no entry is left unsaved.
import { t } from "./i18n/index.svelte";
import { SvelteMap, SvelteSet } from "svelte/reactivity";
import type { ApiError, SaveReceipt } from "./bindings";
import { AfterPause } from "./pause";

/** Typing pauses longer than this save the field. */
export const TYPING_PAUSE_MS = 600;
/** Waits between automatic retries of a save the store failed (the last one repeats). */
const RETRY_DELAYS_MS = [2000, 5000, 10000, 30000];
/** A flush (navigation, closing) waits at most this long for the store to answer. */
const FLUSH_TIMEOUT_MS = 10000;

export interface UnsavedEntry {
  /** Unique within the review; also the `data-entry` attribute of the field, to focus it. */
  key: string;
  /** The field's label, as the owner sees it. */
  label: string;
  message: string;
  /** True when the checks refused the entry (retrying the same text cannot help). */
  refused: boolean;
  /** The text that was not saved, for a field shown again after its page was left. */
  text?: string;
}

/** Turns a local parse failure into the same shape as the core's refusals. */
export function refusal(field: string, message: string): ApiError {
  return { code: "invalid", message, field };
}

/** The text of one field while it is being typed and saved. */
export class Draft {
  text = $state("");
  /** The text the store holds for this field. */
  saved: string;
  error = $state<string | null>(null);
  pending = $state(false);
  private later = new AfterPause(() => void this.flush());
  private retries = 0;
  private running: Promise<void> | null = null;

  constructor(
    private owner: Saving,
    public key: string,
    public label: string,
    initial: string,
    public save: (text: string) => Promise<ApiError | null>,
  ) {
    this.text = initial;
    this.saved = initial;
  }

  /** Called on every keystroke: saves after a pause. */
  input(text: string) {
    this.text = text;
    this.retries = 0;
    this.schedule(TYPING_PAUSE_MS);
  }

  private schedule(delay: number) {
    this.pending = true;
    this.later.schedule(delay);
  }

  /** Saves now if the text differs from what is stored (or its last save failed). */
  async flush(): Promise<void> {
    this.later.cancel();
    // One save at a time per field, so an older text never lands after a newer one.
    while (this.running) await this.running;
    const entry = this.owner.entries.get(this.key);
    if (this.text === this.saved) {
      // Back to what is stored: nothing to send, and nothing is left unsaved.
      this.pending = false;
      this.error = null;
      if (entry) this.owner.settle(this.key, null);
      return;
    }
    // The same refused text would be refused again; a failed save is sent again (a retry).
    if (entry?.refused && entry.text === this.text) {
      this.pending = false;
      return;
    }
    this.running = this.commit(this.text);
    await this.running;
    this.running = null;
  }

  private async commit(text: string) {
    this.pending = true;
    this.owner.started();
    let failure: ApiError | null;
    try {
      failure = await this.save(text);
    } finally {
      this.owner.finished();
    }
    // Typing went on meanwhile: the newer text has its own timer.
    const current = this.text === text;
    if (!failure) {
      this.saved = text;
      if (current) {
        this.error = null;
        this.owner.settle(this.key, null);
        this.pending = false;
      }
      return;
    }
    if (!current) return;
    const refused = failure.code === "invalid";
    this.error = failure.message;
    this.pending = false;
    this.owner.settle(this.key, {
      key: this.key,
      label: this.label,
      message: failure.message,
      refused,
      text,
    });
    if (!refused) {
      const delay = RETRY_DELAYS_MS[Math.min(this.retries, RETRY_DELAYS_MS.length - 1)] ?? 30000;
      this.retries += 1;
      this.schedule(delay);
      this.pending = false;
    }
  }

  /** The field was left for good (the review closed): nothing more is sent. */
  stop() {
    this.later.cancel();
    this.pending = false;
  }
}

class Saving {
  /** Writes sent and not yet answered. */
  inFlight = $state(0);
  /** The last receipt, once something was saved on this screen. */
  last = $state<SaveReceipt | null>(null);
  /** Entries not saved, by key, in the order they went wrong. */
  entries = new SvelteMap<string, UnsavedEntry>();
  /** Told of every committed write (the review screen keeps its revision current with it). */
  onReceipt: ((receipt: SaveReceipt) => void) | null = null;
  /** Set while a review is open: asks before the window closes with entries not saved. */
  askBeforeClosing: ((entries: UnsavedEntry[]) => void) | null = null;
  private drafts = new SvelteMap<string, Draft>();
  /** Fields saved when they are left (the context and sign-off forms) that are being typed in. */
  editing = new SvelteSet<string>();
  /** Forms saved with a button (a competing quote): what was typed is saved by flushAll too. */
  private forms = new Set<() => Promise<void>>();

  /** Registers a form's save-what-was-typed; returns the function that unregisters it. */
  form(flush: () => Promise<void>): () => void {
    this.forms.add(flush);
    return () => void this.forms.delete(flush);
  }

  /** A form field was typed in; it is saved when it is left. */
  typing(key: string) {
    if (!this.drafts.has(key)) this.editing.add(key);
  }

  /** A form field was left: its change, if any, is now on its way. */
  left(key: string) {
    this.editing.delete(key);
  }

  /** True while anything typed is waiting for its pause or a write is on its way. */
  get busy(): boolean {
    if (this.inFlight > 0 || this.editing.size > 0) return true;
    for (const draft of this.drafts.values()) if (draft.pending) return true;
    return false;
  }

  /**
   * The field's draft. A field shown again keeps its unsaved text; otherwise it starts from
   * what is stored. `save` is replaced each time, so it always sees the latest props.
   */
  draft(
    key: string,
    label: string,
    stored: string,
    save: (text: string) => Promise<ApiError | null>,
  ): Draft {
    const existing = this.drafts.get(key);
    if (existing && (existing.pending || this.entries.has(key))) {
      existing.save = save;
      existing.label = label;
      return existing;
    }
    existing?.stop();
    const draft = new Draft(this, key, label, stored, save);
    const entry = this.entries.get(key);
    if (entry?.text !== undefined) {
      draft.text = entry.text;
      draft.error = entry.message;
    }
    this.drafts.set(key, draft);
    return draft;
  }

  /** Runs one immediate write (a choice, a rating); `key` tracks its failure as an entry. */
  async run(
    write: () => Promise<SaveReceipt>,
    entry?: { key: string; label: string; text?: string },
  ): Promise<ApiError | null> {
    this.started();
    try {
      this.receipt(await write());
      if (entry) this.settle(entry.key, null);
      return null;
    } catch (error) {
      const apiError = error as ApiError;
      if (entry) {
        this.settle(entry.key, {
          key: entry.key,
          label: entry.label,
          message: apiError.message,
          refused: apiError.code === "invalid",
          text: entry.text,
        });
      }
      return apiError;
    } finally {
      this.finished();
    }
  }

  /** Records a committed write. Drafts call this through the review screen's save functions. */
  receipt(receipt: SaveReceipt) {
    if (!this.last || receipt.revision >= this.last.revision) this.last = receipt;
    this.onReceipt?.(receipt);
  }

  /** Marks an entry as not saved (with why), or as settled (null). */
  settle(key: string, entry: UnsavedEntry | null) {
    if (entry) this.entries.set(key, entry);
    else this.entries.delete(key);
  }

  started() {
    this.inFlight += 1;
  }

  finished() {
    this.inFlight -= 1;
  }

  /**
   * Saves everything typed and waits for every write to be answered (bounded, so a hung store
   * cannot keep the window open). Returns the entries still not saved.
   */
  async flushAll(): Promise<UnsavedEntry[]> {
    // A field committed on `change` (the quote and sign-off forms) commits when it loses focus.
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body) active.blur();
    // Started now, while the page (and its form) is still shown: navigation removes it next.
    const forms = [...this.forms].map((flush) => flush());
    await Promise.resolve();
    const done = (async () => {
      await Promise.all([...this.drafts.values()].map((d) => d.flush()));
      await Promise.all(forms);
      while (this.inFlight > 0) await new Promise((r) => setTimeout(r, 20));
    })();
    await Promise.race([done, new Promise((r) => setTimeout(r, FLUSH_TIMEOUT_MS))]);
    return [...this.entries.values()];
  }

  /** Forgets everything (a review was closed or opened). */
  reset() {
    for (const draft of this.drafts.values()) draft.stop();
    this.drafts.clear();
    this.entries.clear();
    this.editing.clear();
    this.inFlight = 0;
    this.last = null;
    this.onReceipt = null;
    this.askBeforeClosing = null;
  }
}

export const saving = new Saving();

/** "1 entry not saved", "3 entries not saved". */
export function unsavedLabel(count: number): string {
  return t("save.unsaved", { count });
}
