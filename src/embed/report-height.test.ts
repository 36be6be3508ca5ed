import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ampSizeMessage,
  ownSizeMessage,
  pymHeightMessage,
  sizeRequestMessage,
} from './messages.ts';
import {
  contentHeight,
  messagesFor,
  pymIdFromSearch,
  startHeightReporting,
  type LayoutMetrics,
  type Report,
} from './report-height.ts';

describe('contentHeight', () => {
  const at = (fields: Partial<LayoutMetrics>): LayoutMetrics => ({
    rootHeight: 700,
    rootMargins: 0,
    scrollHeight: 700,
    clientHeight: 700,
    ...fields,
  });

  it.each<[string, Partial<LayoutMetrics>, number]>([
    ['content as tall as the frame', {}, 700],
    [
      'content shorter than the frame (scrollHeight stays at the frame’s)',
      { rootHeight: 500, scrollHeight: 640, clientHeight: 640 },
      500,
    ],
    [
      'content taller than the frame',
      { rootHeight: 900, scrollHeight: 900, clientHeight: 640 },
      900,
    ],
    ['a fractional height rounds up', { rootHeight: 812.2 }, 813],
    ['float noise does not add a pixel', { rootHeight: 812.000001 }, 812],
    ['the root’s margins count', { rootHeight: 800, rootMargins: 16 }, 816],
    [
      'overflow beyond the root’s box counts',
      { rootHeight: 600, scrollHeight: 750, clientHeight: 640 },
      750,
    ],
    [
      'a one-pixel rounding difference is not overflow',
      { rootHeight: 500, scrollHeight: 641, clientHeight: 640 },
      500,
    ],
  ])('%s', (_name, metrics, expected) => {
    expect(contentHeight(at(metrics))).toBe(expected);
  });
});

describe('pymIdFromSearch', () => {
  it.each([
    ['?childId=map-1&initialWidth=600', 'map-1'],
    ['childId=tc', 'tc'],
    ['?view=latest', undefined],
    ['?childId=', undefined],
    ['', undefined],
  ])('%s → %s', (search, id) => {
    expect(pymIdFromSearch(search)).toBe(id);
  });
});

describe('messagesFor', () => {
  const report = (fields: Partial<Report> = {}): Report => ({
    height: 800,
    view: 'latest',
    region: null,
    ...fields,
  });

  it('sends all three formats first', () => {
    expect(messagesFor(report(), null, 'map')).toEqual([
      pymHeightMessage('map', 800),
      ampSizeMessage(800),
      ownSizeMessage(800),
    ]);
  });

  it('leaves out pym’s without a pym id', () => {
    expect(messagesFor(report(), null)).toEqual([ampSizeMessage(800), ownSizeMessage(800)]);
  });

  it('sends nothing when nothing changed', () => {
    expect(messagesFor(report(), report(), 'map')).toEqual([]);
  });

  it('says nothing of the view or region by default: the host learns only the height', () => {
    expect(messagesFor(report({ view: 'seed-004' }), report(), 'map')).toEqual([]);
    expect(messagesFor(report({ region: 'UA-14' }), report(), 'map')).toEqual([]);
    for (const message of messagesFor(report({ region: 'UA-14', height: 900 }), report())) {
      expect(JSON.stringify(message)).not.toMatch(/UA-14|latest|view|region/);
    }
  });

  it('with sync=1, sends ours when the view or region changed but not the height', () => {
    expect(messagesFor(report(), null, 'map', true)).toContainEqual(
      ownSizeMessage(800, { view: 'latest', region: null }),
    );
    expect(messagesFor(report({ view: 'seed-004' }), report(), 'map', true)).toEqual([
      ownSizeMessage(800, { view: 'seed-004', region: null }),
    ]);
    expect(messagesFor(report({ region: 'UA-14' }), report(), 'map', true)).toEqual([
      ownSizeMessage(800, { view: 'latest', region: 'UA-14' }),
    ]);
  });

  it('sends all three when the height changed', () => {
    expect(messagesFor(report({ height: 1200 }), report(), 'map')).toHaveLength(3);
  });

  it('reports nothing for a page not laid out yet', () => {
    expect(messagesFor(report({ height: 0 }), null, 'map')).toEqual([]);
    expect(messagesFor(report({ height: Number.NaN }), null, 'map')).toEqual([]);
  });

  it('caps a runaway height, and does not report the cap twice', () => {
    expect(messagesFor(report({ height: 50_000 }), null)).toEqual([
      ampSizeMessage(20_000),
      ownSizeMessage(20_000),
    ]);
    expect(messagesFor(report({ height: 60_000 }), report({ height: 50_000 }))).toEqual([]);
  });
});

/** A fake frame: a window whose parent records posts, a document of a set height. */
function fakeFrame({ inFrame = true } = {}) {
  const posted: unknown[] = [];
  const listeners = new Map<string, Set<(event: unknown) => void>>();
  const parent = { postMessage: (message: unknown) => posted.push(message) };
  const observers: { callback: () => void; targets: unknown[]; connected: boolean }[] = [];
  const layout = { height: 700, frameHeight: 640 };
  const root = {
    getBoundingClientRect: () => ({ height: layout.height }),
    get scrollHeight() {
      return Math.max(layout.height, layout.frameHeight);
    },
    get clientHeight() {
      return layout.frameHeight;
    },
  };
  const win = {
    addEventListener: (type: string, listener: (event: unknown) => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(listener);
    },
    removeEventListener: (type: string, listener: (event: unknown) => void) => {
      listeners.get(type)?.delete(listener);
    },
    parent: undefined as unknown,
  };
  win.parent = inFrame ? parent : win;
  vi.stubGlobal('window', win);
  vi.stubGlobal('location', { search: '?view=latest&childId=tc-1' });
  vi.stubGlobal('document', { documentElement: root, body: {} });
  vi.stubGlobal('getComputedStyle', () => ({ marginTop: '0px', marginBottom: '0px' }));
  vi.stubGlobal(
    'ResizeObserver',
    class {
      entry = { callback: () => {}, targets: [] as unknown[], connected: true };
      constructor(callback: () => void) {
        this.entry.callback = callback;
        observers.push(this.entry);
      }
      observe(target: unknown) {
        this.entry.targets.push(target);
      }
      disconnect() {
        this.entry.connected = false;
      }
    },
  );
  const fire = (type: string, event: unknown = {}) => {
    for (const listener of listeners.get(type) ?? []) listener(event);
  };
  const resizeContent = (height: number) => {
    layout.height = height;
    for (const o of observers) if (o.connected) o.callback();
  };
  return { posted, parent, layout, listeners, observers, fire, resizeContent };
}

describe('startHeightReporting', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const state = { view: 'latest', region: null as string | null };
  const getState = () => ({ ...state });

  it('reports at start in the three formats, with the pym id from the URL', () => {
    const frame = fakeFrame();
    startHeightReporting({ getState });
    expect(frame.posted).toEqual([
      pymHeightMessage('tc-1', 700),
      ampSizeMessage(700),
      ownSizeMessage(700),
    ]);
    expect(frame.observers[0]?.targets).toHaveLength(2);
  });

  it('reports again when the content changes size, once per new height', () => {
    const frame = fakeFrame();
    startHeightReporting({ getState, pymId: 'x' });
    frame.posted.length = 0;
    frame.resizeContent(700);
    expect(frame.posted).toEqual([]);
    frame.resizeContent(950);
    expect(frame.posted).toEqual([
      pymHeightMessage('x', 950),
      ampSizeMessage(950),
      ownSizeMessage(950),
    ]);
  });

  it('reports the content’s height, not the frame’s, when the frame is taller', () => {
    const frame = fakeFrame();
    frame.layout.frameHeight = 1200;
    startHeightReporting({ getState });
    expect(frame.posted).toContainEqual(ampSizeMessage(700));
  });

  it('reports on window resize and on notify(), height only by default', () => {
    const frame = fakeFrame();
    const reporter = startHeightReporting({ getState });
    frame.posted.length = 0;
    frame.layout.height = 820;
    frame.fire('resize');
    expect(frame.posted).toContainEqual(ownSizeMessage(820));
    frame.posted.length = 0;
    state.view = 'seed-004';
    state.region = 'UA-14';
    reporter.notify();
    expect(frame.posted).toEqual([]);
    state.view = 'latest';
    state.region = null;
  });

  it('with share (sync=1), reports the current view and region on notify()', () => {
    const frame = fakeFrame();
    const reporter = startHeightReporting({ getState, share: true });
    frame.posted.length = 0;
    frame.layout.height = 820;
    frame.fire('resize');
    expect(frame.posted).toContainEqual(ownSizeMessage(820, { view: 'latest', region: null }));
    frame.posted.length = 0;
    state.view = 'seed-004';
    state.region = 'UA-14';
    reporter.notify();
    expect(frame.posted).toEqual([ownSizeMessage(820, { view: 'seed-004', region: 'UA-14' })]);
    state.view = 'latest';
    state.region = null;
  });

  it('reports again when its parent asks, and only its parent', () => {
    const frame = fakeFrame();
    startHeightReporting({ getState });
    frame.posted.length = 0;
    frame.fire('message', { source: {}, data: sizeRequestMessage() });
    expect(frame.posted).toEqual([]);
    frame.fire('message', { source: frame.parent, data: sizeRequestMessage() });
    expect(frame.posted).toHaveLength(3);
    frame.posted.length = 0;
    frame.fire('message', { source: frame.parent, data: 'pymxPYMxtc-1xPYMxwidthxPYMx360' });
    expect(frame.posted).toHaveLength(3);
  });

  it('stops observing and listening on stop()', () => {
    const frame = fakeFrame();
    const reporter = startHeightReporting({ getState });
    reporter.stop();
    frame.posted.length = 0;
    frame.resizeContent(1000);
    frame.fire('resize');
    frame.fire('message', { source: frame.parent, data: sizeRequestMessage() });
    expect(frame.posted).toEqual([]);
    expect(frame.observers.every((o) => !o.connected)).toBe(true);
    expect([...frame.listeners.values()].every((set) => set.size === 0)).toBe(true);
  });

  it('does nothing when the page is not in a frame', () => {
    const frame = fakeFrame({ inFrame: false });
    const reporter = startHeightReporting({ getState });
    reporter.notify();
    expect(frame.posted).toEqual([]);
    expect(frame.observers).toEqual([]);
  });

  it('posts to the given target instead of the parent', () => {
    const frame = fakeFrame();
    const other: unknown[] = [];
    startHeightReporting({
      getState,
      target: { postMessage: (m: unknown) => other.push(m) } as unknown as Window,
    });
    expect(frame.posted).toEqual([]);
    expect(other).toHaveLength(3);
  });
});
