// The save indicator's state. "Saved" appears only after the backend returned its receipt,
// i.e. after the SQLite transaction committed.
import type { ApiError, SaveReceipt } from "./bindings";

type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; revision: number; at: string }
  | { kind: "error"; message: string };

class Saving {
  state = $state<SaveState>({ kind: "idle" });
  private pending = 0;

  /** Runs one write; returns the error (if any) so the caller can show it beside its field. */
  async run(write: () => Promise<SaveReceipt>): Promise<ApiError | null> {
    this.pending += 1;
    this.state = { kind: "saving" };
    try {
      const receipt = await write();
      this.pending -= 1;
      if (this.pending === 0) {
        this.state = { kind: "saved", revision: receipt.revision, at: receipt.updated_at };
      }
      return null;
    } catch (error) {
      this.pending -= 1;
      const apiError = error as ApiError;
      this.state = { kind: "error", message: apiError.message };
      return apiError;
    }
  }

  reset() {
    this.pending = 0;
    this.state = { kind: "idle" };
  }
}

export const saving = new Saving();
