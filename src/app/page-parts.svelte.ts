/**
 * The page's parts that its first paint does not need, loaded after it (the card: when a
 * region is first chosen), and whether one failed to arrive: most often a page opened before a
 * new deploy asking for a file that deploy replaced. The page then says so and offers a reload,
 * instead of a control that never appears.
 */
import { onMount } from 'svelte';
import type { AppState } from './state.svelte.ts';

function load(failed: () => void) {
  const lazy = <T>(module: Promise<T>): Promise<T> => {
    module.catch(failed);
    return module;
  };
  return {
    table: lazy(import('../components/ClaimsTable.svelte')),
    sources: lazy(import('../components/SourcesPanel.svelte')),
    embed: lazy(import('../components/EmbedDialog.svelte')),
    images: lazy(import('../components/ImageDownloads.svelte')),
    date: lazy(import('../components/DateControl.svelte')),
    picker: lazy(import('../components/SourcePicker.svelte')),
    legend: lazy(import('../components/Legend.svelte')),
    spreadLegend: lazy(import('../components/SpreadLegend.svelte')),
    categories: lazy(import('../components/CategoryFilter.svelte')),
    compare: lazy(import('../components/CompareBar.svelte')),
  };
}

export type LaterParts = ReturnType<typeof load>;

export class PageParts {
  /** The map's first frame is on screen: the rest may load. */
  painted = $state(false);
  /** A part did not arrive (see above). */
  failed = $state(false);
  /** The parts loaded after the first paint; null before it. */
  later = $derived<LaterParts | null>(this.painted ? load(() => (this.failed = true)) : null);
  #card: Promise<typeof import('../components/CitationCard.svelte')> | null = null;

  /** Must be made while a component starts: it listens for Vite's failed preloads. */
  constructor() {
    onMount(() => {
      // Vite's own signal for a chunk whose preload failed (a stale page after a deploy).
      const onPreloadError = () => (this.failed = true);
      addEventListener('vite:preloadError', onPreloadError);
      return () => removeEventListener('vite:preloadError', onPreloadError);
    });
  }

  /** The citation card's code, loaded the first time it is asked for. */
  card(): Promise<typeof import('../components/CitationCard.svelte')> {
    if (!this.#card) {
      this.#card = import('../components/CitationCard.svelte');
      this.#card.catch(() => (this.failed = true));
    }
    return this.#card;
  }
}

/**
 * The shares measured on DeepStateMap's map, for the card and the measured views: loaded after
 * the first paint; then the address the page was opened at is read again for a date only the
 * series reaches.
 */
export function loadMappedLater(app: AppState, parts: PageParts, openedWith: () => string): void {
  $effect(() => {
    if (!parts.painted || app.mapped) return;
    import('../mapped/client.ts')
      .then(({ loadMappedSeries }) => loadMappedSeries())
      .then((series) => {
        app.mapped = series;
        app.readLateDate(openedWith());
      })
      .catch((error: unknown) => console.warn('The mapped series did not load:', error));
  });
}
