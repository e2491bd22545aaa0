// Whether the offline help is open, and at which area. F1 (anywhere) and the Help buttons open
// it; on an area page it opens at that area.
class HelpPanel {
  open = $state(false);
  /** The area the help scrolls to when opened (the one on screen), or null for the top. */
  areaId = $state<string | null>(null);
  /** Set by the review screen to the area it shows (null on other pages). */
  currentArea: string | null = null;

  show(areaId: string | null = this.currentArea) {
    this.areaId = areaId;
    this.open = true;
  }

  close() {
    this.open = false;
  }
}

export const helpPanel = new HelpPanel();
