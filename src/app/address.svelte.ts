/**
 * The address bar and the app's state, kept in step: the state is read from the address once
 * the data is in (`readAddress`), the address (and the tab's title) follows the state, and back
 * and forward restore it. Call `followAddress` while a component initialises (it sets up effects).
 *
 * Inside an iframe, history entries would land in the host page's back button, so the embed
 * replaces. The address follows once the reader pauses: a run of choices (arrow keys through
 * the sources) makes one history entry, and writing the address and the title, calls into the
 * browser that cost 10–25 ms each at 4× CPU slow-down (profiled), never competes with the frames
 * that show those choices: it waits while a choice is on the map and not yet the state
 * (`busy`). Leaving the page writes it at once.
 */
import { onMount } from 'svelte';
import { withLangParam } from '../i18n/lang.ts';
import type { AppState } from './state.svelte.ts';

/** How long the state must rest before the address bar follows it. */
export const ADDRESS_PAUSE_MS = 300;

export interface AddressOptions {
  app: AppState;
  embedded: boolean;
  /** Lands a choice still on its way (the picker's), before the address is read or written. */
  settle: () => void;
  /** The address's query for the state (default: the state's, with the language). */
  query?: () => string;
  /**
   * Whether a choice is on the map and not yet the state (the picker's, in the frames that show
   * it): the address waits until it lands, so writing it never holds up those frames.
   */
  busy?: () => boolean;
  /** The tab's title for the state, written with the address (none: the title is left as is). */
  title?: () => string | null;
}

/** Reads the state from the address, and writes back what it understood of it. */
export function readAddress(app: AppState, query = () => withLangParam(app.formatUrl())): void {
  app.readUrl(location.search);
  history.replaceState(history.state, '', query() || location.pathname);
}

/** Keeps the address and the state in step; returns what writes the address now. */
export function followAddress({
  app,
  embedded,
  settle,
  query = () => withLangParam(app.formatUrl()),
  busy = () => false,
  title = () => null,
}: AddressOptions): () => void {
  function writeAddress() {
    const next = query();
    if (next !== location.search) {
      if (embedded) history.replaceState(null, '', next || location.pathname);
      else history.pushState(null, '', next || location.pathname);
    }
    // After the entry is made, so the title is the new entry's, not the one Back returns to.
    const name = title();
    if (name !== null && name !== document.title) document.title = name;
  }

  $effect(() => {
    if (!app.dataset) return;
    const name = title();
    // Nothing to write in the address (the page just opened, or Back): the title goes now.
    if (query() === location.search) {
      if (name !== null && name !== document.title) document.title = name;
      return;
    }
    let timer: ReturnType<typeof setTimeout>;
    const write = () => {
      if (busy()) timer = setTimeout(write, ADDRESS_PAUSE_MS);
      else writeAddress();
    };
    timer = setTimeout(write, ADDRESS_PAUSE_MS);
    return () => clearTimeout(timer);
  });

  onMount(() => {
    const onPop = () => {
      settle();
      app.readUrl(location.search);
    };
    const leave = () => {
      if (!app.dataset) return;
      settle();
      writeAddress();
    };
    addEventListener('popstate', onPop);
    addEventListener('pagehide', leave);
    return () => {
      removeEventListener('popstate', onPop);
      removeEventListener('pagehide', leave);
    };
  });
  return writeAddress;
}
