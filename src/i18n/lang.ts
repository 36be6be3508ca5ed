/**
 * The interface's language: which catalog the messages (`m.…`, compiled by Paraglide from
 * `messages/{lang}.json`) read from, and the `Intl` formatting of dates, numbers and shares in
 * that language. Set once, before the App renders (main.ts from the page and its address, the
 * prerender per page); a change of language is a new page (the switch is a link), so nothing
 * re-renders on it. Pure: no DOM.
 */
import { baseLocale, locales, overwriteGetLocale } from './paraglide/runtime.js';

export { m } from './paraglide/messages.js';

/** A language with a catalog: `en` (the base) and `uk`. */
export type Lang = (typeof locales)[number];

/** Every language the interface has a catalog for, the base first. */
export const LANGS: readonly Lang[] = locales;
export const BASE_LANG: Lang = baseLocale;

let current: Lang = BASE_LANG;
overwriteGetLocale(() => current);

/** The language the messages and formats use now. */
export function lang(): Lang {
  return current;
}

/** Makes `next` the language of every message and format from now on. */
export function setLang(next: Lang): void {
  current = next;
}

export function isLang(value: string | null | undefined): value is Lang {
  return !!value && (LANGS as readonly string[]).includes(value);
}

/**
 * The language an address asks for with `lang=`: the language, or null when it asks for none;
 * `bad` holds a value that names no catalog (the page falls back to English and says so).
 */
export function langFromQuery(search: string): { lang: Lang | null; bad: string | null } {
  const value = new URLSearchParams(search).get('lang');
  if (value === null) return { lang: null, bad: null };
  const folded = value.trim().toLowerCase();
  return isLang(folded) ? { lang: folded, bad: null } : { lang: null, bad: value };
}

/** The first of the reader's preferred languages that has a catalog, if any. */
export function preferredLang(languages: readonly string[]): Lang | null {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return null;
}
