/**
 * Text helpers shared by the validator, `verify:sources` and the export: the quote matcher
 * (typography-insensitive, nothing else) and the display of dates with their precision.
 * Pure: no DOM, no Node APIs.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const ZERO_WIDTH = /\u200B|\u200C|\u200D|\u2060/g;
// `\s` covers NBSP (U+00A0), the Unicode spaces U+2000–U+200A, U+202F, U+205F, U+3000, U+FEFF.
const WHITESPACE = /\s+/g;

/**
 * The form in which quotes are compared with source texts: Unicode NFC; typographic single
 * and double quotes, apostrophes and dashes as ASCII; the ellipsis as three dots; every run
 * of whitespace (NBSP and line breaks included) as one space; trimmed. Letters, digits, case
 * and punctuation are otherwise kept, so a changed word still fails to match.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\u2026/g, '...')
    .replace(WHITESPACE, ' ')
    .trim();
}

/** Whether `quote` occurs verbatim in `text`, up to the typography `normaliseText` ignores. */
export function containsQuote(text: string, quote: string): boolean {
  const needle = normaliseText(quote);
  return needle.length > 0 && normaliseText(text).includes(needle);
}

/** The first `words` words of a text, with an ellipsis when cut: for error messages. */
export function firstWords(text: string, words = 6): string {
  const all = normaliseText(text).split(' ');
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

/** A publication date as the dataset records it (see `SourceDate` in schema.ts). */
export interface DateLike {
  value: string;
  precision: 'year' | 'month' | 'day';
  inferred: boolean;
  qualifier?: 'on-or-after' | 'approx' | undefined;
  updated?: string | undefined;
}

/**
 * A dataset date in a language, through `Intl` (no month names written here). English keeps
 * the project's short form, "21 Oct 2025", "Jan 2026"; other languages take their own long
 * form, Ukrainian "21 жовтня 2025 р.", "січень 2026 р.". "2025" stays "2025".
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** One formatter per language and form, made once (making one costs more than using it). */
function dateFormat(lang: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${withDay}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : lang, {
      timeZone: 'UTC',
      year: 'numeric',
      month: lang === 'en' ? 'short' : 'long',
      ...(withDay ? { day: 'numeric' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format;
}

export function formatIsoDate(value: string, lang = 'en'): string {
  const [year = '', month, day] = value.split('-');
  const monthIndex = month === undefined ? NaN : Number(month) - 1;
  if (!(monthIndex >= 0 && monthIndex < 12)) return year;
  const date = new Date(Date.UTC(Number(year), monthIndex, day === undefined ? 1 : Number(day)));
  const withDay = day !== undefined;
  if (lang === 'en') {
    const parts = dateFormat(lang, withDay).formatToParts(date);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return withDay
      ? `${part('day')} ${part('month')} ${part('year')}`
      : `${part('month')} ${part('year')}`;
  }
  return dateFormat(lang, withDay).format(date);
}

/**
 * A date for readers, marked the way it is known: stated "21 Oct 2025"; inferred or
 * approximate "c. 21 Oct 2025", "c. Jan 2026", "c. 2025"; a lower bound "on or after
 * 9 Nov 2025"; month "Jan 2026"; year "2025".
 */
export function formatDate(date: DateLike): string {
  const parts = date.value.split('-');
  const keep = date.precision === 'year' ? 1 : date.precision === 'month' ? 2 : 3;
  const base = formatIsoDate(parts.slice(0, keep).join('-'));
  const update = date.updated === undefined ? '' : `, updated ${formatIsoDate(date.updated)}`;
  if (date.qualifier === 'on-or-after') return `on or after ${base}${update}`;
  if (date.inferred || date.qualifier === 'approx') return `c. ${base}${update}`;
  return `${base}${update}`;
}

/**
 * An interval as text: "77.5–82.5", "100" (with `unit` after each form: "77.5–82.5%"), or
 * `none` when it has no number.
 */
export function formatInterval(
  low: number | null,
  high: number | null,
  { unit = '', none = 'no number' }: { unit?: string; none?: string } = {},
): string {
  if (low === null || high === null) return none;
  return low === high ? `${low}${unit}` : `${low}–${high}${unit}`;
}

/** "77.5–82.5%", "100%", or "no figure". */
export function formatShare(low: number | null, high: number | null): string {
  return formatInterval(low, high, { unit: '%', none: 'no figure' });
}

/** One character's form in `normaliseText`'s comparison (whitespace is folded by the caller). */
function foldChar(char: string): string {
  if (/\u200B|\u200C|\u200D|\u2060/.test(char)) return '';
  if (/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/.test(char)) return "'";
  if (/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/.test(char)) return '"';
  if (/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/.test(char)) return '-';
  if (char === '\u2026') return '...';
  return char;
}

/**
 * Where `quote` stands in `text` (UTF-16 offsets into `text`), matched as `containsQuote`
 * matches it: the first place, or null. For showing a source's text with its quotes marked.
 */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const needle = normaliseText(quote);
  if (needle === '') return null;
  const source = text.normalize('NFC');
  let folded = '';
  const origin: number[] = [];
  let space = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (/\s/.test(char)) {
      if (!space && folded !== '') {
        folded += ' ';
        origin.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    for (const part of foldChar(char)) {
      folded += part;
      origin.push(i);
    }
  }
  const at = folded.indexOf(needle);
  if (at < 0) return null;
  const start = origin[at] as number;
  const end = (origin[at + needle.length - 1] as number) + 1;
  return { start, end };
}
