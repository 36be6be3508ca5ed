/**
 * The embed's side of auto-height: measures the page's content height and posts it to the host
 * page in the three formats of `messages.ts` (pym.js, AMP, ours) on start, whenever the content
 * or the window changes size, when the app calls `notify()` (the view or region changed), and
 * when the host asks (our request message, a @newswire/frames host's `frames-init`, or a pym
 * parent's width message).
 *
 * What the embed page must avoid, or its height feeds back on itself (the host makes the iframe
 * as tall as the content, so content sized by the iframe grows or shrinks with every report):
 * - `height: 100%` or `min-height: 100vh` on `html`, `body` or the app's root;
 * - heights in `vh` units (or `%` of a viewport-tall parent) anywhere in the embed's layout:
 *   a `60vh` map becomes 60% of the iframe, which the next report makes taller, and so on;
 * - `position: fixed` content the reader must scroll to (it is not part of the content height).
 * Heights are capped at MAX_HEIGHT, so a loop that slips through ends there rather than never.
 */
import {
  ampSizeMessage,
  isSizeRequest,
  MAX_HEIGHT,
  ownSizeMessage,
  pymHeightMessage,
  type AmpSizeMessage,
  type OwnSizeMessage,
} from './messages.ts';

export interface EmbedState {
  /** Id of the view shown. */
  view: string;
  /** ISO 3166-2 code of the selected region, or null. */
  region: string | null;
}

export interface Report extends EmbedState {
  height: number;
  /** Whether this report told the host the view and region (sync=1). */
  shared?: boolean;
}

export interface HeightReportingOptions {
  /** What the embed shows now; read at every report. */
  getState: () => EmbedState;
  /** Window to post to; defaults to `window.parent`. Nothing is posted if it is this window. */
  target?: Window;
  /**
   * Whether the messages say what the reader chose (view and region): only when the embed code
   * asks for it (`sync=1`), for a host that follows the map in its story. Otherwise the page
   * around the embed learns only its height, never what its reader clicks.
   */
  share?: boolean | (() => boolean);
  /**
   * The id pym.js gave this embed (its `childId` URL parameter); defaults to that parameter of
   * `location.search` at start. Without one, no pym message is sent.
   */
  pymId?: string;
}

export interface HeightReporter {
  /** Measures and reports now if the height, view or region changed since the last report. */
  notify(): void;
  /** Stops observing and listening. */
  stop(): void;
}

/** Layout numbers of the embed's document, as `measureLayout` reads them. */
export interface LayoutMetrics {
  /** Height of the root element's border box (`getBoundingClientRect().height`). */
  rootHeight: number;
  /** The root element's top and bottom margins. */
  rootMargins: number;
  /** `document.documentElement.scrollHeight`: never less than the viewport's height. */
  scrollHeight: number;
  /** `document.documentElement.clientHeight`: the viewport's (the iframe's) height. */
  clientHeight: number;
}

/**
 * The content height to report. The root element's box is the content's height whatever the
 * iframe's height (scrollHeight is not: it never falls below the viewport, so an iframe sized
 * by it could grow but never shrink). When something overflows the root's box (absolutely
 * positioned content below it), the document scrolls: then scrollHeight is the content height.
 */
export function contentHeight({
  rootHeight,
  rootMargins,
  scrollHeight,
  clientHeight,
}: LayoutMetrics): number {
  const box = rootHeight + rootMargins;
  const overflowing = scrollHeight > clientHeight + 1 ? scrollHeight : 0;
  // Round up, so that a fractional height never leaves a 1 px scroll; ignore float noise.
  return Math.ceil(Math.max(box, overflowing) - 0.01);
}

/** The pym child id in a query string (`childId`, as pym.js sets it), if any. */
export function pymIdFromSearch(search: string): string | undefined {
  const id = new URLSearchParams(search).get('childId');
  return id ? id : undefined;
}

export type SizeMessage = string | AmpSizeMessage | OwnSizeMessage;

/**
 * The messages to post for report `next` after `previous` (null: none sent yet, or the host
 * asked again): pym's and AMP's when the height changed, ours when the height did or, with
 * `share` (sync=1), the view or region did; without `share` ours holds only the height. Heights under
 * 1 px (a page not laid out yet) are not reported; heights over MAX_HEIGHT are capped.
 */
export function messagesFor(
  next: Report,
  previous: Report | null,
  pymId?: string,
  share = false,
): SizeMessage[] {
  if (!(next.height >= 1)) return [];
  const height = Math.min(next.height, MAX_HEIGHT);
  const heightChanged = previous === null || Math.min(previous.height, MAX_HEIGHT) !== height;
  const messages: SizeMessage[] = [];
  if (heightChanged) {
    if (pymId) messages.push(pymHeightMessage(pymId, height));
    messages.push(ampSizeMessage(height));
  }
  const choiceChanged =
    share &&
    previous !== null &&
    (previous.shared !== true || previous.view !== next.view || previous.region !== next.region);
  if (heightChanged || choiceChanged) {
    messages.push(ownSizeMessage(height, share ? { view: next.view, region: next.region } : null));
  }
  return messages;
}

/** Reads the layout numbers `contentHeight` needs from a document. */
export function measureLayout(doc: Document = document): LayoutMetrics {
  const root = doc.documentElement;
  const style = getComputedStyle(root);
  return {
    rootHeight: root.getBoundingClientRect().height,
    rootMargins: (parseFloat(style.marginTop) || 0) + (parseFloat(style.marginBottom) || 0),
    scrollHeight: root.scrollHeight,
    clientHeight: root.clientHeight,
  };
}

const INERT: HeightReporter = { notify() {}, stop() {} };

/**
 * Starts reporting this document's content height to the host page. Does nothing (and returns
 * a reporter whose methods do nothing) when the page is not in a frame.
 */
export function startHeightReporting({
  getState,
  target,
  share = false,
  pymId = pymIdFromSearch(location.search),
}: HeightReportingOptions): HeightReporter {
  const host = target ?? window.parent;
  if (host === window) return INERT;

  let previous: Report | null = null;
  const report = () => {
    const sharing = typeof share === 'function' ? share() : share;
    const next = { height: contentHeight(measureLayout()), ...getState(), shared: sharing };
    // targetOrigin '*': the embed cannot know (nor needs to trust) who embeds it, so the
    // messages hold only the height, unless the embed code asked for the reader's choices.
    for (const message of messagesFor(next, previous, pymId, sharing)) {
      host.postMessage(message, '*');
    }
    if (next.height >= 1) previous = next;
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== host || !isSizeRequest(event.data, pymId)) return;
    previous = null;
    report();
  };

  // The root's box changes with any content or width change; the body's is watched as well in
  // case margins collapse through it. Measuring here is synchronous: requestAnimationFrame is
  // paused in hidden and throttled in off-screen cross-origin frames, which is where embeds are.
  const observer = new ResizeObserver(report);
  observer.observe(document.documentElement);
  if (document.body) observer.observe(document.body);
  window.addEventListener('resize', report);
  window.addEventListener('message', onMessage);
  report();

  return {
    notify: report,
    stop() {
      observer.disconnect();
      window.removeEventListener('resize', report);
      window.removeEventListener('message', onMessage);
    },
  };
}
