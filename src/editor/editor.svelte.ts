/**
 * The editors' page's state, in one place: the source's fields, the pasted text, the
 * candidates found in it as the editor reviews them, and what follows from them (the source
 * entry, its JSON and its problems). Components get it as a prop and call its methods.
 */
import { resolveLanguage } from '../extract/extract.ts';
import { detectLanguage, normaliseLanguage } from '../extract/languages.ts';
import { m } from '../i18n/lang.ts';
import { failureText, languageName } from './text.ts';
import { startExtraction, type Extraction } from './extract-client.ts';
import {
  buildSource,
  checkSource,
  EMPTY_META,
  reviewOf,
  sourceJson,
  type Decision,
  type Review,
  type SourceMeta,
} from './entries.ts';

/** sha256 of a text's UTF-8 bytes, lower-case hex (Web Crypto, in the browser and Node). */
export async function sha256Hex(text: string): Promise<string> {
  // Web Crypto needs a secure context (https or localhost); elsewhere the entry keeps its TODO.
  if (!globalThis.crypto?.subtle) return '';
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Candidates shown at a time: a long text can give thousands, each a row of controls. */
export const PAGE_SIZE = 50;

export class EditorState {
  meta = $state<SourceMeta>({ ...EMPTY_META });
  /** The language the page filled the language field with, while the editor has not changed it. */
  #detectedLanguage: string | null = null;
  /** The text in the text field. */
  text = $state('');
  /** The text the candidates were found in (their offsets point into it). */
  extractedText = $state('');
  /** Whether Extract has run at least once. */
  extracted = $state(false);
  reviews = $state<Review[]>([]);
  /** The last thing that happened, for the status region. */
  status = $state('');

  /** The extracted text as the dataset will store it (its hash is computed after Extract). */
  pasted = $state({ sha256: '', retrieved: '' });

  source = $derived(buildSource(this.reviews, this.meta, this.pasted));
  json = $derived(sourceJson(this.source));
  problems = $derived(checkSource(this.source, this.extractedText));
  /** The text field no longer holds the text the candidates come from. */
  stale = $derived(this.extracted && this.text !== this.extractedText);
  counts = $derived({
    accepted: this.reviews.filter((r) => r.decision === 'accepted').length,
    rejected: this.reviews.filter((r) => r.decision === 'rejected').length,
    pending: this.reviews.filter((r) => r.decision === 'pending').length,
  });

  /** The extraction under way: when it started and how long the text is; null when idle. */
  busy = $state<{ started: number; length: number } | null>(null);
  /** The page of candidates shown (PAGE_SIZE a page). */
  page = $state(0);
  pages = $derived(Math.max(1, Math.ceil(this.reviews.length / PAGE_SIZE)));
  #extraction: Extraction | null = null;

  /**
   * Finds the candidates in the text, in a worker (extract-client.ts): the page answers while
   * it reads, shows that it is reading, and can stop it. Every earlier decision is dropped when
   * the new candidates arrive; a text that is not prose is refused with the reason.
   */
  run(): void {
    const text = this.text;
    if (text.trim() === '') {
      this.status = m.editor_status_empty();
      return;
    }
    this.#extraction?.cancel();
    this.busy = { started: Date.now(), length: text.length };
    this.status = m.editor_status_reading();
    // The source's language field (issue 18); an empty field, or one the page filled and the
    // editor left as it was, takes the language detected in this text, for the editor to check.
    const detect =
      this.meta.language.trim() === '' || this.meta.language === this.#detectedLanguage;
    const language = detect
      ? resolveLanguage(text)
      : (normaliseLanguage(this.meta.language) ?? resolveLanguage(text));
    const detected = detectLanguage(text);
    this.#extraction = startExtraction(text, language, (reply) => {
      this.#extraction = null;
      this.busy = null;
      if (!reply.ok) {
        this.status = failureText(reply);
        return;
      }
      this.extractedText = text;
      if (detect) this.meta.language = this.#detectedLanguage = language;
      this.pasted = { sha256: '', retrieved: new Intl.DateTimeFormat('en-CA').format(Date.now()) };
      void sha256Hex(text).then((sha256) => {
        if (this.extractedText === text) this.pasted = { ...this.pasted, sha256 };
      });
      this.reviews = reply.candidates.map(reviewOf);
      this.page = 0;
      this.extracted = true;
      const n = this.reviews.length;
      this.status = n === 0 ? m.editor_status_none() : m.editor_status_found({ count: n });
      this.status += m.editor_status_read_as({ language: languageName(language), code: language });
      if (detected !== language)
        this.status += m.editor_status_looks({ language: languageName(detected), code: detected });
    });
  }

  /** Stops an extraction under way; the candidates found before (if any) stay. */
  cancel(): void {
    if (!this.#extraction) return;
    this.#extraction.cancel();
    this.#extraction = null;
    this.busy = null;
    this.status = m.editor_status_stopped();
  }

  /** Shows page `page` of the candidates (0-based, kept within the pages there are). */
  showPage(page: number): void {
    this.page = Math.min(Math.max(0, page), this.pages - 1);
  }

  decide(index: number, decision: Decision): void {
    const review = this.reviews[index];
    if (!review) return;
    review.decision = review.decision === decision ? 'pending' : decision;
  }

  /** Accepts or rejects every candidate still undecided. */
  decideRest(decision: Exclude<Decision, 'pending'>): void {
    for (const review of this.reviews)
      if (review.decision === 'pending') review.decision = decision;
    this.status =
      decision === 'accepted' ? m.editor_status_accepted_rest() : m.editor_status_rejected_rest();
  }

  correct(index: number, patch: Partial<Omit<Review, 'candidate'>>): void {
    const review = this.reviews[index];
    if (review) Object.assign(review, patch);
  }

  /** Puts a candidate back as the extractor read it, keeping its decision and speaker. */
  reset(index: number): void {
    const review = this.reviews[index];
    if (!review) return;
    const { candidate } = review;
    Object.assign(review, {
      region: candidate.region,
      kind: candidate.kind,
      low: candidate.low,
      high: candidate.high,
      reason: '',
    });
  }
}
