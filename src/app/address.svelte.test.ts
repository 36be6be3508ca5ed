import { cleanup, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import FollowAddress from '../../tests/support/FollowAddress.svelte';
import { ADDRESS_PAUSE_MS } from './address.svelte.ts';

const state = $state({ query: '', busy: false, title: null as string | null });

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/');
  state.query = '';
  state.busy = false;
  state.title = null;
  document.title = 'Opened';
  render(FollowAddress, {
    query: () => state.query,
    busy: () => state.busy,
    title: () => state.title,
  });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Changes the state and lets its effects run. */
function change(query: string) {
  state.query = query;
  flushSync();
}

describe('followAddress', () => {
  it('writes the address once the state has rested, one entry for a run of changes', () => {
    const entries = history.length;
    change('?view=a');
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS - 100);
    change('?view=b');
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS - 1);
    expect(location.search).toBe('');
    vi.advanceTimersByTime(1);
    expect(location.search).toBe('?view=b');
    expect(history.length).toBe(entries + 1);
  });

  it('waits while a choice is on the map and not yet the state, then writes it', () => {
    change('?view=a');
    state.busy = true;
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS * 3);
    expect(location.search).toBe('');
    // The choice lands: the state it leaves is written after the next pause.
    state.busy = false;
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS);
    expect(location.search).toBe('?view=a');
  });

  it('writes the tab’s title with the address, after the pause and after the new entry', () => {
    const titles: string[] = [];
    const push = history.pushState.bind(history);
    const spy = vi.spyOn(history, 'pushState').mockImplementation((...args) => {
      titles.push(document.title);
      push(...args);
    });
    state.title = 'Donetsk: Reuters · Territory Claims';
    change('?view=seed-004');
    vi.advanceTimersByTime(ADDRESS_PAUSE_MS - 1);
    expect(document.title).toBe('Opened');
    vi.advanceTimersByTime(1);
    expect(document.title).toBe('Donetsk: Reuters · Territory Claims');
    // The entry was made under the old title; the new one names the new entry.
    expect(titles).toEqual(['Opened']);
    // A title with nothing to write in the address (the page opened, Back) is written at once.
    state.title = 'Донецька область · Territory Claims';
    flushSync();
    expect(document.title).toBe('Донецька область · Territory Claims');
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
