// The one way a panel loads what it shows: the data once it has come, or the plain message of
// what failed, and the panel's own actions reported the same way.
import { toApiError } from "./api";

export class Loaded<T> {
  /** Null until the first load has answered. */
  value = $state<T | null>(null);
  /** The message of the last load or action that failed; null once one succeeds. */
  error = $state<string | null>(null);

  constructor(private fetch: () => Promise<T>) {}

  /** (Re)loads; after a failure the panel keeps what it showed and says why. */
  async load(): Promise<void> {
    try {
      this.value = await this.fetch();
      this.error = null;
    } catch (e) {
      this.error = toApiError(e).message;
    }
  }

  /** Runs one of the panel's actions, then reloads. False (with the message shown) if it failed. */
  async act(action: () => Promise<unknown>): Promise<boolean> {
    try {
      await action();
    } catch (e) {
      this.error = toApiError(e).message;
      return false;
    }
    await this.load();
    return true;
  }
}
