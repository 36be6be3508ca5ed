/**
 * Runs the extractor on a text in a Web Worker (extract.worker.ts), so that a long paste never
 * freezes the page, and lets the editor stop it. Where workers are missing (a test's DOM) it
 * runs the same checks in the page, after a tick.
 */
import { extract, type Candidate } from '../extract/extract.ts';
import type { Language } from '../extract/languages.ts';
import { checkProse, refused, type ProseRefusal } from './prose.ts';

export interface ExtractRequest {
  text: string;
  /** The language to read it in (given or detected: see src/extract/languages.ts). */
  language: Language;
}

/** Why no candidates came: a refused text, the worker that could not run, or the extractor's error. */
export type ExtractFailure =
  | { kind: 'not-prose'; refusal: ProseRefusal }
  | { kind: 'worker'; detail: string | null }
  | { kind: 'extractor'; detail: string };

export type ExtractReply =
  | { ok: true; candidates: Candidate[] }
  | {
      ok: false;
      /** Why, in English (the CLI's and the tests' words). */
      message: string;
      /** The same as data, for the editor to say in the reader's language. */
      failure?: ExtractFailure;
    };

export interface Extraction {
  /** Stops the extraction; its reply never comes. */
  cancel(): void;
}

function inPage(text: string, language: Language): ExtractReply {
  const prose = checkProse(text);
  return prose.ok ? { ok: true, candidates: extract(text, { language }) } : refused(prose);
}

/** Starts extracting from `text`; `done` gets the reply unless the extraction is cancelled. */
export function startExtraction(
  text: string,
  language: Language,
  done: (reply: ExtractReply) => void,
): Extraction {
  if (typeof Worker === 'undefined') {
    const timer = setTimeout(() => done(inPage(text, language)));
    return { cancel: () => clearTimeout(timer) };
  }
  const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
  let live = true;
  const finish = (reply: ExtractReply) => {
    if (!live) return;
    live = false;
    worker.terminate();
    done(reply);
  };
  worker.addEventListener('message', (event: MessageEvent<ExtractReply>) => finish(event.data));
  worker.addEventListener('error', (event) =>
    finish({
      ok: false,
      message: `The extractor could not run: ${event.message || 'its worker failed to load'}.`,
      failure: { kind: 'worker', detail: event.message || null },
    }),
  );
  worker.postMessage({ text, language } satisfies ExtractRequest);
  return {
    cancel() {
      live = false;
      worker.terminate();
    },
  };
}
