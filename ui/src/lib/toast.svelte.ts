// One toast at a time, for what was just done: "Review moved to the trash. Undo". It stays about
// eight seconds (longer while the pointer or the keyboard focus is on it; an error stays until
// dismissed, as it may name a file to find), is announced politely to screen readers, and its
// Undo is a real button, reachable with Tab. Any screen can show one:
// `toast.show(message, { undo })`.
import { t } from "./i18n/index.svelte";

/** How long a toast stays when nobody is on it. */
export const TOAST_MS = 8000;

export interface ToastOptions {
  /** Puts things back; resolves to an error message, or null when undone. */
  undo?: () => Promise<string | null>;
  /** The Undo button's words ("Undo" unless given). */
  undoLabel?: string;
}

interface ToastItem {
  id: number;
  message: string;
  undo: (() => Promise<string | null>) | null;
  undoLabel: string;
  /** Set while the undo is on its way, so a second press does nothing. */
  undoing: boolean;
  tone: "info" | "error";
}

class Toasts {
  current = $state<ToastItem | null>(null);
  private nextId = 1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private held = false;

  show(message: string, options: ToastOptions = {}) {
    this.current = {
      id: this.nextId++,
      message,
      undo: options.undo ?? null,
      undoLabel: options.undoLabel ?? t("common.undo"),
      undoing: false,
      tone: "info",
    };
    this.held = false;
    this.restart();
  }

  /** A toast that says something went wrong (no Undo). */
  error(message: string) {
    this.show(message);
    if (this.current) this.current.tone = "error";
    clearTimeout(this.timer);
  }

  /** Runs the current toast's Undo once, then says how it went. */
  async undo() {
    const item = this.current;
    if (!item?.undo || item.undoing) return;
    item.undoing = true;
    clearTimeout(this.timer);
    const failure = await item.undo();
    if (this.current?.id !== item.id) return;
    if (failure) this.error(t("toast.undoFailed", { message: failure }));
    else this.show(t("toast.undone"));
  }

  dismiss() {
    clearTimeout(this.timer);
    this.current = null;
  }

  /** The pointer or the focus is on the toast: it waits. */
  hold() {
    this.held = true;
    clearTimeout(this.timer);
  }

  /** The pointer and the focus left: the full time again, so it can still be read. */
  release() {
    if (!this.held) return;
    this.held = false;
    this.restart();
  }

  private restart() {
    clearTimeout(this.timer);
    if (this.current?.tone === "error") return;
    const id = this.current?.id;
    this.timer = setTimeout(() => {
      if (this.current?.id === id && !this.held) this.current = null;
    }, TOAST_MS);
  }
}

export const toast = new Toasts();
