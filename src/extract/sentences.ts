/**
 * Splits article text into sentences, keeping character offsets into the original text, so
 * that a quote is always `text.slice(start, end)`. Pure: no DOM, no Node APIs.
 *
 * A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) followed by space
 * and a capital, digit, quote or bracket, unless the word before the stop is a known
 * abbreviation ("Mr.", "proc.", "sq.", "approx.") or a single initial. A blank line always
 * ends a sentence; a single line break does too, unless the line stops in mid-phrase (it
 * ends with a comma or a small word such as "but", "of", "the", or the next line starts in
 * lower case).
 */

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'nos',
  'gen',
  'lt',
  'col',
  'sgt',
  'gov',
  'sen',
  'rep',
  'pres',
  'prof',
  'approx',
  'est',
  'ca',
  'c',
  'vs',
  'etc',
  'sq',
  'proc',
  'pct',
  'ok',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'fig',
  'p',
  'pp',
  'vol',
  'inc',
  'ltd',
  'co',
  'corp',
  'u.s',
  'u.k',
  'e.g',
  'i.e',
  // Other languages: "ok. 70 proc.", "тис. кв. км", "р.", "M. Zelensky", "z.B.", "Sr.".
  'ok',
  'tys',
  'mln',
  'mld',
  'np',
  'tzn',
  'ul',
  'r',
  'km',
  'kw',
  'тис',
  'тыс',
  'кв',
  'км',
  'р',
  'рр',
  'г',
  'гг',
  'обл',
  'ст',
  'вул',
  'ул',
  'млн',
  'млрд',
  'проц',
  'відс',
  'м',
  'mme',
  'mlle',
  'env',
  'nr',
  'bzw',
  'ca',
  'sog',
  'vgl',
  'z.b',
  'u.a',
  'sig',
  'dott',
  'ecc',
  'sr',
  'sra',
  'aprox',
]);

import { REGION_NAMES } from './languages.ts';

/** Small words after which a line break does not end a sentence. */
const CONTINUING =
  /(?:,|\b(?:and|but|or|nor|of|the|a|an|to|in|on|at|by|for|from|with|as|than|that|which|who|its|their|his|her|about|over|under|nearly|almost|some))\s*$/i;

/** Units that close a figure: after one, a capital letter starts a sentence ("… 532 кв. км. Так …"). */
const UNIT_ABBREVIATIONS = new Set(['km', 'kw', 'км', 'кв', 'proc', 'проц', 'відс']);
/** A region's name right after the unit is the figure's object ("18 proc. Ukrainy"), no new sentence. */
const NAME_AFTER_UNIT = new RegExp(
  String.raw`(?:${REGION_NAMES.map(([names]) => names).join('|')})(?![\p{L}])`,
  'iuy',
);

function isAbbreviation(text: string, stop: number, nextChar = '', next = -1): boolean {
  // The word (letters and inner dots) just before the stop.
  let i = stop - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i] ?? '')) i--;
  const word = text.slice(i + 1, stop).toLowerCase();
  if (word === '') return false;
  if (UNIT_ABBREVIATIONS.has(word) && /\p{Lu}/u.test(nextChar)) {
    NAME_AFTER_UNIT.lastIndex = next;
    return next >= 0 && NAME_AFTER_UNIT.test(text);
  }
  if (ABBREVIATIONS.has(word)) return true;
  // A single initial: "J. Smith".
  return /^\p{Lu}$/u.test(text.slice(i + 1, stop));
}

/** A figure standing alone as a heading ("20 Prozent", "72 %"), between `start` and `end`. */
const FIGURE_HEADING =
  /^\s*\d+(?:[.,]\d+)?\s*(?:%|per\s?cent|percent|Prozent|pour\s+cent|per\s+cento|por\s+ciento|procent|proc\.?|відсотк\p{L}*|процент\p{L}*)\s*$/iu;

function isFigureHeading(text: string, start: number, end: number): boolean {
  return end - start <= 40 && FIGURE_HEADING.test(text.slice(start, end));
}

/** Sentences of `text` as trimmed spans, in order; whitespace-only stretches are skipped. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: s, end: e });
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n') {
      // Blank line, or a line that does not stop in mid-phrase.
      let j = i + 1;
      while (j < text.length && /[ \t\r\u00a0]/.test(text[j] ?? '')) j++;
      const blank = text[j] === '\n';
      // Only the end of the line matters (a slice of the whole line would be quadratic).
      const before = text.slice(Math.max(start, i - 80), i).replace(/[ \t\r\u00a0]+$/, '');
      const nextChar = text[j] ?? '';
      const continues = CONTINUING.test(before) || /\p{Ll}/u.test(nextChar);
      if (blank && isFigureHeading(text, start, i)) {
        // "20 Prozent" as a heading, then "des ukrainischen Territoriums haben …": one phrase.
        let k = j;
        while (k < text.length && /\s/.test(text[k] ?? '')) k++;
        if (/\p{Ll}/u.test(text[k] ?? '')) continue;
      }
      if (blank || !continues) {
        push(i);
        start = i + 1;
      }
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // A decimal point or a dot inside a token ("19.25", "U.S.").
    if (ch === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    let end = i + 1;
    while (end < text.length && /["'”’»)\]]/.test(text[end] ?? '')) end++;
    // What follows: whitespace, then the next sentence's first character (scanned, not
    // sliced: a slice of the rest of the text at every stop would be quadratic).
    let k = end;
    while (k < text.length && /\s/.test(text[k] ?? '')) k++;
    if (end < text.length && (k === end || k === text.length)) continue;
    const nextChar = k < text.length ? (text[k] ?? '') : '';
    if (nextChar !== '' && !/[\p{Lu}\p{N}"'“‘«([–—-]/u.test(nextChar)) continue;
    if (ch === '.' && isAbbreviation(text, i, nextChar, k)) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return spans;
}
