/**
 * What the page does to the frame it lives in: the document's theme, and, inside an iframe, the
 * height it reports to the host page and the day a frozen embed keeps. Called by the App while
 * it starts (their effects live as long as the App).
 */
import { onMount } from 'svelte';
import { startHeightReporting, type HeightReporter } from '../embed/report-height.ts';
import { withLangParam } from '../i18n/lang.ts';
import { isIsoDay } from '../views/time.ts';
import type { AppState } from './state.svelte.ts';

/** The document's colour scheme follows the theme chosen (or the system's, for `auto`). */
export function followTheme(app: AppState): void {
  onMount(() => {
    const media = matchMedia('(prefers-color-scheme: dark)');
    app.systemDark = media.matches;
    const onScheme = () => (app.systemDark = media.matches);
    media.addEventListener('change', onScheme);
    return () => media.removeEventListener('change', onScheme);
  });
  $effect(() => {
    document.documentElement.dataset.theme = app.resolvedTheme;
  });
}

/**
 * Inside an iframe: tell the host page our height (pym.js, AMP and our own message), again
 * whenever what `shown` reads changes (its size changes are observed anyway).
 */
export function reportHeight(app: AppState, embedded: boolean, shown: () => unknown): void {
  let reporter: HeightReporter | null = null;
  onMount(() => {
    if (!embedded) return;
    reporter = startHeightReporting({
      getState: () => ({ view: app.view?.id ?? app.viewId, region: app.region }),
      // The host learns the reader's choices only when the embed code asks (sync=1).
      share: () => app.sync,
    });
    return () => reporter?.stop();
  });
  $effect(() => {
    void [shown(), app.region, app.dataset, app.sync];
    reporter?.notify();
  });
}

/**
 * A frozen embed ("as of today" in the Embed dialog): the day its address fixes the figures
 * at. While that is the newest figure's day the app shows the latest figures (the same) and
 * its own address leaves the date out; the embed keeps it, so a reload stays frozen.
 */
export class FrozenDay {
  readonly #asked: string | null;
  readonly #app: AppState;

  constructor(app: AppState, embedded: boolean) {
    this.#app = app;
    // A reading of the address once, not state: nothing observes it.
    this.#asked =
      embedded && typeof location !== 'undefined'
        ? // eslint-disable-next-line svelte/prefer-svelte-reactivity
          new URLSearchParams(location.search).get('date')
        : null;
  }

  /**
   * The date the address asks for, when it is a real day the figures reach (one after the
   * newest figure, or no day at all, gets a notice and is not kept).
   */
  date = $derived.by(() => {
    const asked = this.#asked;
    const range = this.#app.range;
    return asked && isIsoDay(asked) && range && asked <= range.to ? asked : null;
  });

  /** Whether the figures shown are the frozen day's (the footer says so). */
  shown = $derived.by(
    () => this.date !== null && (this.#app.date === null || this.#app.date === this.date),
  );

  /** The address's query for the state shown (with the language, and the frozen day). */
  query(): string {
    const query = withLangParam(this.#app.formatUrl());
    if (!this.date || this.#app.date !== null) return query;
    return query ? `${query}&date=${this.date}` : `?date=${this.date}`;
  }
}
