/**
 * The built host script (`embed-host.js`), run in a bare VM context with a fake page: its size,
 * that it is a standalone classic script, that it parses messages as `messages.ts` does, and
 * that it resizes only the frame a message came from.
 */
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHostScript, gzipSize, HOST_SCRIPT_MAX_GZIP } from './host-plugin.ts';
import { MESSAGE_CASES } from './message-cases.ts';
import { ampSizeMessage, parseEmbedMessage, sizeRequestMessage } from './messages.ts';

const EMBED_ORIGIN = 'https://embeds.example';

let code: string;

beforeAll(async () => {
  code = await buildHostScript();
});

interface FakeFrame {
  contentWindow: { postMessage: (message: unknown, origin: string) => void };
  style: { height: string };
  marked: boolean;
  boxSizing: string;
  received: unknown[];
  hasAttribute(name: string): boolean;
}

function fakeFrame({ marked = true, boxSizing = 'content-box' } = {}): FakeFrame {
  const received: unknown[] = [];
  return {
    contentWindow: { postMessage: (message) => received.push(message) },
    style: { height: '' },
    marked,
    boxSizing,
    received,
    hasAttribute(name) {
      return name === 'data-territory-claims' && this.marked;
    },
  };
}

/** Runs the built script in a fresh context holding `frames`; returns a way to post to it. */
function runHost(
  frames: FakeFrame[],
  { scriptSrc = `${EMBED_ORIGIN}/embed-host.js`, times = 1 } = {},
) {
  const listeners: ((event: unknown) => void)[] = [];
  const context: Record<string, unknown> = {
    URL,
    addEventListener: (type: string, listener: (event: unknown) => void) => {
      if (type === 'message') listeners.push(listener);
    },
    getComputedStyle: (frame: FakeFrame) => ({
      boxSizing: frame.boxSizing,
      getPropertyValue: (name: string) =>
        name.startsWith('border') ? '2px' : name.startsWith('padding') ? '3px' : '',
    }),
    document: {
      currentScript: { src: scriptSrc },
      readyState: 'complete',
      getElementsByTagName: (tag: string) => (tag === 'iframe' ? frames : []),
      querySelectorAll: (selector: string) =>
        selector === 'iframe[data-territory-claims]' ? frames.filter((f) => f.marked) : [],
      addEventListener: () => {},
    },
  };
  context.window = context;
  for (let i = 0; i < times; i++) runInNewContext(code, context);
  const post = (data: unknown, source: unknown, origin = EMBED_ORIGIN) => {
    for (const listener of listeners) listener({ data, source, origin });
  };
  return { post, listeners };
}

describe('embed-host.js', () => {
  it(`stays within ${HOST_SCRIPT_MAX_GZIP} bytes gzipped`, () => {
    const size = gzipSize(code);
    console.info(`embed-host.js: ${code.length} bytes, ${size} gzipped`);
    expect(size).toBeLessThanOrEqual(HOST_SCRIPT_MAX_GZIP);
  });

  it('is one classic script: an IIFE that imports and exports nothing', () => {
    expect(code.trimEnd()).toMatch(/^\/\*[^]*?\*\/\s*\(function\(\)\{[^]*\}\)\(\);$/);
    expect(code).not.toMatch(/\bimport\s*[({"'`]|\bexport\s|\brequire\(|import\.meta/);
  });

  it.each(MESSAGE_CASES)('parses %s as messages.ts does', (_name, data, _expected) => {
    const frame = fakeFrame();
    const { post } = runHost([frame]);
    post(data, frame.contentWindow);
    const parsed = parseEmbedMessage(data);
    expect(frame.style.height).toBe(parsed ? `${Math.ceil(parsed.height)}px` : '');
  });

  it('resizes only the frame whose window sent the message', () => {
    const a = fakeFrame();
    const b = fakeFrame();
    const { post } = runHost([a, b]);
    post(ampSizeMessage(900), b.contentWindow);
    expect([a.style.height, b.style.height]).toEqual(['', '900px']);
    post(ampSizeMessage(700), { postMessage() {} });
    post(ampSizeMessage(700), null);
    expect([a.style.height, b.style.height]).toEqual(['', '900px']);
  });

  it('leaves unmarked frames from other origins alone, but sizes unmarked ones from its own', () => {
    const ad = fakeFrame({ marked: false });
    const ours = fakeFrame({ marked: false });
    const { post } = runHost([ad, ours]);
    post(ampSizeMessage(5000), ad.contentWindow, 'https://ads.example');
    post(ampSizeMessage(800), ours.contentWindow, EMBED_ORIGIN);
    expect([ad.style.height, ours.style.height]).toEqual(['', '800px']);
  });

  it('adds the border and padding of a border-box iframe', () => {
    const frame = fakeFrame({ boxSizing: 'border-box' });
    const { post } = runHost([frame]);
    post(ampSizeMessage(800.4), frame.contentWindow);
    expect(frame.style.height).toBe(`${Math.ceil(800.4 + 2 * 2 + 2 * 3)}px`);
  });

  it('asks the marked frames to report, in case they loaded first', () => {
    const marked = fakeFrame();
    const other = fakeFrame({ marked: false });
    runHost([marked, other]);
    expect(marked.received).toEqual([sizeRequestMessage()]);
    expect(other.received).toEqual([]);
  });

  it('listens once when a page includes it twice', () => {
    const { listeners } = runHost([fakeFrame()], { times: 2 });
    expect(listeners).toHaveLength(1);
  });

  it('works without knowing its own origin (an inline copy)', () => {
    const frame = fakeFrame();
    const { post } = runHost([frame], { scriptSrc: '' });
    post(ampSizeMessage(640), frame.contentWindow, 'null');
    expect(frame.style.height).toBe('640px');
  });
});
