/**
 * The editors' page's words that come from data or codes, in the interface's language: region
 * names, a review's decision, a language's name. Pure: no DOM.
 */
import { isRegionId } from '../claims/regions-ref.ts';
import { LANGUAGE_NAMES, type Language } from '../extract/languages.ts';
import { percentText, regionText } from '../i18n/format.ts';
import { BASE_LANG, lang, m } from '../i18n/lang.ts';
import type { Decision } from './entries.ts';
import type { ExtractFailure } from './extract-client.ts';
import type { ProseRefusal } from './prose.ts';

/** "Donetsk" / "Донецька"; an id the region table does not know, as it is. */
export function regionShown(id: string): string {
  return isRegionId(id) ? regionText(id) : id;
}

const DECISIONS: Record<Decision, () => string> = {
  accepted: m.editor_decision_accepted,
  rejected: m.editor_decision_rejected,
  pending: m.editor_decision_pending,
};

/** "accepted", "rejected", "pending" / "прийнято", "відхилено", "не вирішено". */
export function decisionText(decision: Decision): string {
  return DECISIONS[decision]();
}

/** A text language's name: "Ukrainian" in English, "українська" in Ukrainian (from `Intl`). */
export function languageName(code: Language): string {
  if (lang() === BASE_LANG) return LANGUAGE_NAMES[code];
  return new Intl.DisplayNames(lang(), { type: 'language' }).of(code) ?? code;
}

/** The address's query with `lang=` set: "?lang=uk", "?x=1&lang=en". */
export function langQuery(search: string, language: string): string {
  const params = new URLSearchParams(search);
  params.set('lang', language);
  return `?${params}`;
}

const PROSE_REASONS: Record<ProseRefusal['reason'], (inputs: { share: string }) => string> = {
  binary: m.editor_prose_binary,
  code: (inputs) => m.editor_prose_code({ ...inputs, chars: '{ } [ ] < > = ;' }),
  letters: m.editor_prose_letters,
  words: m.editor_prose_words,
};

/**
 * Why the extractor gave no candidates, in the interface's language: a refused text (what it
 * looks like), the worker that could not run, or the extractor's error (its own words, in
 * English). Without the reason as data, the reply's English message.
 */
export function failureText(reply: { message: string; failure?: ExtractFailure }): string {
  const failure = reply.failure;
  if (failure === undefined) return reply.message;
  switch (failure.kind) {
    case 'not-prose': {
      const share = percentText(Math.round(failure.refusal.share * 100));
      return m.editor_prose_refused({ what: PROSE_REASONS[failure.refusal.reason]({ share }) });
    }
    case 'worker':
      return m.editor_worker_failed({ detail: failure.detail ?? m.editor_worker_not_loaded() });
    case 'extractor':
      return m.editor_extractor_failed({ detail: failure.detail });
  }
}
