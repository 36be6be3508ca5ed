/**
 * The host script (`embed-host.js`) a newsroom adds once to an article page: it makes every
 * Territory Claims iframe on the page as tall as its content. Built by `host-plugin.ts` into a
 * standalone classic script (an IIFE with `messages.ts` inlined, nothing imported at run time).
 *
 * It resizes an iframe only from messages that iframe itself sent: the frame is found by
 * `contentWindow === event.source`, never by anything the message says, so no frame can resize
 * another. And it resizes only our embeds: iframes marked `data-territory-claims`, or whose
 * messages come from the origin this script was loaded from (where the embeds live), so an
 * advertising frame speaking AMP's message cannot grow itself through this script.
 */
import { parseEmbedMessage, sizeRequestMessage } from './messages.ts';

/** Marks an iframe as a Territory Claims embed. */
const MARK = 'data-territory-claims';

declare global {
  interface Window {
    /** Set once the host script runs, so that including it twice adds one listener. */
    __territoryClaimsHost?: true;
  }
}

function start() {
  if (window.__territoryClaimsHost) return;
  window.__territoryClaimsHost = true;

  const script = document.currentScript as HTMLScriptElement | null;
  let embedOrigin: string | null = null;
  try {
    if (script?.src) embedOrigin = new URL(script.src).origin;
  } catch {
    embedOrigin = null;
  }

  const isOurs = (frame: HTMLIFrameElement, origin: string) =>
    frame.hasAttribute(MARK) || origin === embedOrigin;

  window.addEventListener('message', (event) => {
    const parsed = parseEmbedMessage(event.data);
    if (!parsed || !event.source) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      if (!isOurs(frame, event.origin)) return;
      // With `box-sizing: border-box` (many sites set it on everything) the height includes
      // the iframe's border and padding: add them, or the content would scroll.
      const style = getComputedStyle(frame);
      const extra =
        style.boxSizing === 'border-box'
          ? ['border-top-width', 'border-bottom-width', 'padding-top', 'padding-bottom'].reduce(
              (sum, name) => sum + (parseFloat(style.getPropertyValue(name)) || 0),
              0,
            )
          : 0;
      const px = `${Math.ceil(parsed.height + extra)}px`;
      if (frame.style.height !== px) frame.style.height = px;
      return;
    }
  });

  // Embeds that loaded before this script reported to no one: ask them again. '*' because the
  // request carries nothing, and a frame still loading (about:blank) may have another origin.
  const ask = () => {
    for (const frame of document.querySelectorAll<HTMLIFrameElement>(`iframe[${MARK}]`)) {
      frame.contentWindow?.postMessage(sizeRequestMessage(), '*');
    }
  };
  ask();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
}

start();
