// Acting once typing pauses: the one timer behind saving a field as it is typed and searching
// the list as the query is typed.

/** Runs `action` once `schedule` has not been called again for its delay. */
export class AfterPause {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private action: () => void) {}

  /** (Re)starts the wait: `action` runs `delayMs` from now unless scheduled or cancelled again. */
  schedule(delayMs: number) {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.action();
    }, delayMs);
  }

  cancel() {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
