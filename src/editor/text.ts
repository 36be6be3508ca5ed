/**
 * The editors' page's words that come from data or codes, in the interface's language: region
 * names, a review's decision, a language's name. Pure: no DOM.
 */
import { isRegionId } from '../claims/regions-ref.ts';
import { LANGUAGE_NAMES, type Language } from '../extract/languages.ts';
import { regionText } from '../i18n/format.ts';
import { BASE_LANG, lang, m } from '../i18n/lang.ts';
import type { Decision } from './entries.ts';

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
