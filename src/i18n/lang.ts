/**
 * The interface's language: which catalog the messages (`m.…`, compiled by Paraglide from
 * `messages/{lang}.json`) read from, and the `Intl` formatting of dates, numbers and shares in
 * that language. Set once, before the App renders (main.ts from the page and its address, the
 * prerender per page); a change of language is a new page (the switch is a link), so nothing
 * re-renders on it. Pure: no DOM.
 */
import { baseLocale, locales, overwriteGetLocale } from './paraglide/runtime.js';

import { m } from './paraglide/messages.js';

export { m };

/** A language with a catalog: `en` (the base) and `uk`. */
export type Lang = (typeof locales)[number];

/** Every language the interface has a catalog for, the base first. */
export const LANGS: readonly Lang[] = locales;
export const BASE_LANG: Lang = baseLocale;

let current: Lang = BASE_LANG;
/** The language of the page's own HTML (index.html: en, index.uk.html: uk). */
let pageLang: Lang = BASE_LANG;
overwriteGetLocale(() => current);

/** The language the messages and formats use now. */
export function lang(): Lang {
  return current;
}

/**
 * Makes `next` the language of every message and format from now on; `page` is the language
 * of the page's own HTML, when another was asked for with `lang=`.
 */
export function setLang(next: Lang, page: Lang = next): void {
  current = next;
  pageLang = page;
}

/** The page's file for a language: "index.html", "index.uk.html", "embed.uk.html". */
export function pageFile(page: 'index' | 'embed', language: Lang): string {
  return language === BASE_LANG ? `${page}.html` : `${page}.${language}.html`;
}

/**
 * An address's query with `lang=` added when the language differs from the page's own (so a
 * reload or a shared link keeps it): "?view=latest" → "?view=latest&lang=uk".
 */
export function withLangParam(query: string): string {
  if (current === pageLang) return query;
  const params = new URLSearchParams(query);
  params.set('lang', current);
  return `?${params}`;
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

let badValue: string | null = null;

/**
 * Chooses the language on start: `lang=` in the address, else the page's own. A value that
 * names no catalog gives English, and a notice (`langNotices`).
 */
export function chooseLang(search: string, page: Lang): Lang {
  const asked = langFromQuery(search);
  badValue = asked.bad;
  const next = asked.lang ?? (asked.bad !== null ? BASE_LANG : page);
  setLang(next, page);
  return next;
}

/** What the reader is told about the address's `lang=`: nothing, or why English is shown. */
export function langNotices(): string[] {
  return badValue === null ? [] : [m.notice_bad_lang({ value: badValue, langs: LANGS.join(', ') })];
}

/** The first of the reader's preferred languages that has a catalog, if any. */
export function preferredLang(languages: readonly string[]): Lang | null {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return null;
}
