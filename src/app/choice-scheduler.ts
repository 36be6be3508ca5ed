/**
 * When a choice in the source picker reaches the page. The map shows a view's colours from the
 * click's own handler; the app's state (summary, legend, labels, card, address) follows once
 * that frame is on screen. The frame that shows the colours so runs nothing else (see
 * bench/README.md, the switch's budget).
 *
 * Choices closer together than `runPauseMs` make a run (an arrow key held down in the picker,
 * at the keyboard's repeat rate): the map shows each, and the rest of the page follows once the
 * run pauses, not once per step. Updating the text, the legend and the labels costs more than
 * a frame's budget on a phone; done per step, it would hold up the next step's colours.
 *
 * No DOM and no Svelte: the clock is given, so tests drive it with fake timers.
 */

/** What the scheduler needs of time. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Runs `run` once the next frame is on screen; returns what cancels it. */
  afterNextPaint(run: () => void): () => void;
}

/** A choice: what shows it on the map at once (none: it cannot), and what applies it. */
export interface Choice {
  /** Puts the choice's colours on the map now; null when it must go the usual way. */
  show: (() => void) | null;
  /** Makes the choice the app's state. */
  apply: () => void;
}

/** Picker choices closer together than this make a run. */
export const RUN_PAUSE_MS = 150;

export class ChoiceScheduler {
  private pending: { apply: () => void; cancel: () => void } | null = null;
  private lastChoiceAt = Number.NEGATIVE_INFINITY;
  private pauseTimer: unknown = undefined;

  /**
   * @param clock time, timers and frames
   * @param onpending told when a choice starts or stops waiting (tests and the page's
   *   `data-choice-pending` read it)
   */
  constructor(
    private readonly clock: Clock,
    private readonly onpending: (waiting: boolean) => void = () => {},
    private readonly runPauseMs = RUN_PAUSE_MS,
  ) {}

  /** Whether a choice is on the map and not yet the app's state. */
  get waiting(): boolean {
    return this.pending !== null;
  }

  choose({ show, apply }: Choice): void {
    const now = this.clock.now();
    const inRun = now - this.lastChoiceAt < this.runPauseMs;
    this.lastChoiceAt = now;
    // A choice still waiting is overtaken by this one, whichever way this one goes.
    this.settle(false);
    if (!show) {
      apply();
      return;
    }
    show();
    const run = () => {
      this.setPending(null);
      apply();
    };
    if (inRun) {
      this.setPending({ apply: run, cancel: () => {} });
      this.awaitPause();
    } else {
      this.setPending({ apply: run, cancel: this.clock.afterNextPaint(run) });
    }
  }

  /**
   * Ends the wait of a pending choice: applies it now (before anything else reads or changes
   * the state: another control, the Back button, leaving the page) or drops it (overtaken).
   */
  settle(apply: boolean): void {
    const was = this.pending;
    if (!was) return;
    this.setPending(null);
    was.cancel();
    if (apply) was.apply();
  }

  /** Stops the timer (the page is going). */
  dispose(): void {
    if (this.pauseTimer !== undefined) this.clock.clearTimeout(this.pauseTimer);
    this.pauseTimer = undefined;
  }

  /**
   * Applies the pending choice once no choice has come for `runPauseMs`. One timer for the
   * whole run, set again only when it fires early, not one per step.
   */
  private awaitPause(): void {
    if (this.pauseTimer !== undefined) return;
    const check = () => {
      const left = this.lastChoiceAt + this.runPauseMs - this.clock.now();
      this.pauseTimer = left > 0 ? this.clock.setTimeout(check, left) : undefined;
      if (left <= 0) this.settle(true);
    };
    this.pauseTimer = this.clock.setTimeout(check, this.runPauseMs);
  }

  private setPending(next: { apply: () => void; cancel: () => void } | null): void {
    const was = this.pending !== null;
    this.pending = next;
    if (was !== (next !== null)) this.onpending(next !== null);
  }
}
