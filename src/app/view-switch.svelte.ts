/**
 * How the page follows a change of view. The map shows the new view at once; the rest of the
 * page (summary, legend, labels, card, picker) follows once that frame is on screen, so the
 * new colours come in the very next frame and the text a frame later, instead of everything
 * together later. A choice in the picker goes further: the map shows the view's colours from
 * the click's own handler, and the app's state follows once that frame is on screen, or once a
 * run of choices pauses (choice-scheduler.ts).
 *
 * Made while the App starts (its effects and listeners live as long as the App).
 */
import { onMount, untrack } from 'svelte';
import { afterNextPaint } from './after-paint.ts';
import { ChoiceScheduler } from './choice-scheduler.ts';
import type { AppState } from './state.svelte.ts';
import type { DatasetClaim } from './types.ts';
import type { View } from '../views/views.ts';

export class ViewSwitch {
  /** The view the map shows: the state's, at once. */
  readonly map: View<DatasetClaim> | undefined = $derived.by(() => this.#state.view);
  /** The view the rest of the page shows: the map's, once its frame is on screen. */
  shown = $state.raw<View<DatasetClaim> | undefined>(undefined);
  readonly #state: AppState;
  readonly #choices: ChoiceScheduler;

  /**
   * @param painted Whether the map's first frame is on screen (before it, nothing waits).
   * @param pending Marks a choice waiting to apply (tests read it instead of waiting a while).
   */
  constructor(app: AppState, painted: () => boolean, pending: (waiting: boolean) => void) {
    this.#state = app;
    this.shown = untrack(() => app.view);
    this.#choices = new ChoiceScheduler(
      {
        now: () => performance.now(),
        setTimeout: (run, ms) => setTimeout(run, ms),
        clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
        afterNextPaint,
      },
      // No Svelte update in the frame of the colours.
      pending,
    );
    onMount(() => {
      // Anything the reader does outside the picker acts on the state the map shows.
      const settle = (event: Event) => {
        if (!(event.target instanceof Element && event.target.closest('[data-picker]'))) {
          this.settle(true);
        }
      };
      addEventListener('pointerdown', settle, true);
      addEventListener('keydown', settle, true);
      return () => {
        removeEventListener('pointerdown', settle, true);
        removeEventListener('keydown', settle, true);
        this.#choices.dispose();
      };
    });
    $effect(() => {
      const next = this.map;
      if (next === untrack(() => this.shown)) return;
      // Before the first paint (loading, the address read on start) there is no frame to keep.
      if (!untrack(painted)) {
        this.shown = next;
        return;
      }
      return afterNextPaint(() => (this.shown = next));
    });
  }

  /**
   * The reader chose view `id` in the picker. `show` puts its colours on the map directly (null
   * when the maps must follow the state: another fill mode, or two maps).
   */
  choose(id: string, show: (() => void) | null): void {
    this.#choices.choose({
      show,
      apply: () => {
        this.#state.selectView(id);
        // Its frame is already on screen: the text follows now, not a frame later.
        if (show) this.shown = this.#state.view;
      },
    });
  }

  /** Whether a choice is on the map and not yet the app's state. */
  get waiting(): boolean {
    return this.#choices.waiting;
  }

  /** Applies (or drops) a choice still waiting. */
  settle(apply: boolean): void {
    this.#choices.settle(apply);
  }
}
