/**
 * The extractor, off the page's main thread: the editor posts the pasted text, this worker
 * checks that it reads as prose (prose.ts) and runs `extract` on it, and posts back the
 * candidates or why there are none. The page stays responsive however long the text, and the
 * editor can stop it (the page terminates the worker).
 */
import { extract } from '../extract/extract.ts';
import { checkProse, refused } from './prose.ts';
import type { ExtractReply, ExtractRequest } from './extract-client.ts';

addEventListener('message', (event: MessageEvent<ExtractRequest>) => {
  const { text, language } = event.data;
  let reply: ExtractReply;
  try {
    const prose = checkProse(text);
    reply = prose.ok ? { ok: true, candidates: extract(text, { language }) } : refused(prose);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    reply = {
      ok: false,
      message: `The extractor failed on this text: ${detail}.`,
      failure: { kind: 'extractor', detail },
    };
  }
  postMessage(reply);
});
