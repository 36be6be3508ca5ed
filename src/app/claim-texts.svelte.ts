/**
 * The claims' texts (quote, caveat, derived, citation: `data/claims.texts.json`, split from
 * the export by src/claims/app-data.ts), loaded once, when the card first needs them or in
 * idle time once the page is interactive (`loadWhenIdle`), so a reader rarely waits.
 * `textsOf(claim)` says where a claim's texts are: on their way, here, or what went wrong
 * and how to fix it. The components that show texts read them here; nothing else needs them.
 */
import {
  dataUrl,
  TEXTS_JSON,
  textsFor,
  type ClaimTexts,
  type TextsFile,
} from '../claims/app-data.ts';
import { fetchJson } from './fetch-json.ts';

export type TextsState =
  | { status: 'loading' }
  | { status: 'ready'; texts: ClaimTexts }
  | { status: 'failed'; message: string };

const LOADING: TextsState = { status: 'loading' };

export class ClaimTextsStore {
  #file = $state.raw<TextsFile | null>(null);
  #error = $state<string | null>(null);
  #loading: Promise<void> | null = null;
  #base: string | null = null;

  /** The page's base address (the texts file is `data/claims.texts.json` under it). */
  from(base: string): void {
    this.#base = base;
  }

  /** The texts, given (the tests; a page that has them already). */
  provide(file: TextsFile): void {
    this.#file = file;
    this.#error = null;
  }

  /** Forget them (tests). */
  reset(): void {
    this.#file = null;
    this.#error = null;
    this.#loading = null;
  }

  /** Fetches the texts file, once; resolves when it is here or has failed (never rejects). */
  load(fetcher: typeof fetch = fetch): Promise<void> {
    if (this.#file) return Promise.resolve();
    this.#loading ??= fetchJson<TextsFile>(
      dataUrl(TEXTS_JSON, this.#base ?? document.baseURI),
      fetcher,
    )
      .then((file) => {
        if (typeof file !== 'object' || file === null || typeof file.texts !== 'object') {
          throw new Error(
            `${TEXTS_JSON} holds no texts: rebuild the app with \`npm run build\` and deploy all of dist/.`,
          );
        }
        this.provide(file);
      })
      .catch((error: unknown) => {
        this.#error = error instanceof Error ? error.message : String(error);
      });
    return this.#loading;
  }

  /** Where `claim`'s texts are. Reactive: read in a component, it updates when they arrive. */
  of(claim: { id: string }): TextsState {
    if (this.#file) {
      try {
        return { status: 'ready', texts: textsFor(this.#file, claim.id) };
      } catch (error) {
        return {
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        };
      }
    }
    if (this.#error !== null) return { status: 'failed', message: this.#error };
    return LOADING;
  }
}

/** The page's one store (one dataset a page). */
export const claimTexts = new ClaimTextsStore();

export const textsOf = (claim: { id: string }): TextsState => claimTexts.of(claim);

/** Loads the texts in idle time (after `timeout` ms at the latest): call once the page is interactive. */
export function loadWhenIdle(timeout = 2000): void {
  const run = () => void claimTexts.load();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout });
  else setTimeout(run, 200);
}
