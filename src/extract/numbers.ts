/**
 * Numbers as articles write them: digits with thousands separators or a decimal comma
 * ("116,165", "19,25", "125 000", "116.165 km²"), numbers in words ("eighty", "ninety-five"),
 * and fractions in words ("a fifth", "two-thirds", "every 5th", "one in five").
 * Pure: no DOM, no Node APIs.
 */
import { DENOMINATORS, ORDINALS, TENS, UNITS } from '../claims/number-words.ts';

/** Digits, with thousands grouped by comma, dot, thin or no-break space, and a decimal part. */
export const DIGITS = String.raw`(?:\d{1,3}(?:(?:,|\u00a0|\u202f|\u2009| (?=\d{3}(?![\d.,])))\d{3})+|\d+)(?:[.,]\d+)?`;

/** A whole number from zero to one hundred in English words. */
export const WORD_NUMBER = String.raw`(?:(?:a|one)[- ]hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero|one|two|three|four|five|six|seven|eight|nine|ten)`;

/** Reads `WORD_NUMBER` text; null when it is not one. */
export function parseWordNumber(text: string): number | null {
  const words = text.toLowerCase().trim().split(/[- ]+/);
  if (words.length === 2 && (words[0] === 'a' || words[0] === 'one') && words[1] === 'hundred')
    return 100;
  if (words.length === 1) {
    const w = words[0] ?? '';
    return UNITS[w] ?? TENS[w] ?? null;
  }
  if (words.length === 2) {
    const tens = TENS[words[0] ?? ''];
    const unit = UNITS[words[1] ?? ''];
    if (tens !== undefined && unit !== undefined && unit >= 1 && unit <= 9) return tens + unit;
  }
  return null;
}

export interface ParseOptions {
  /**
   * An area: a lone dot before exactly three digits ("116.165 km²") is a thousands
   * separator, as in Polish or German; for a percentage it is a decimal point.
   */
  area?: boolean;
}

/**
 * Reads a `DIGITS` token. A comma before exactly three digits groups thousands ("116,165");
 * before one or two digits it is a decimal comma ("19,25"). Spaces, thin and no-break spaces
 * group thousands.
 */
export function parseDigits(token: string, options: ParseOptions = {}): number {
  let t = token.replace(/[\s\u00a0\u202f\u2009]/g, '');
  if (options.area && /^\d{1,3}(?:\.\d{3})+$/.test(t)) t = t.replace(/\./g, '');
  // Commas grouping thousands: every comma followed by exactly three digits.
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  else t = t.replace(',', '.');
  return Number(t);
}

/** A fraction's denominator in words. */
export const FRACTION_WORD = String.raw`(?:halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)`;
/** An ordinal as a denominator: "5th", "fifth", "10th". */
export const ORDINAL = `(?:${ORDINALS})`;

/** The denominator a fraction word or ordinal stands for ("fifths" → 5, "5th" → 5). */
export function denominator(word: string): number | null {
  const w = word.toLowerCase();
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  return DENOMINATORS[w] ?? null;
}

/** A numerator in words or digits ("a", "one", "two", "3"). */
export function numerator(word: string): number | null {
  const w = word.toLowerCase();
  if (w === 'a' || w === 'an') return 1;
  if (/^\d+$/.test(w)) return Number(w);
  return parseWordNumber(w);
}

/** Words for 1–9, and a denominator's singular word ("quarter" for 4), from the one table. */
const NUMERATOR_WORDS: readonly string[] = Array.from({ length: 10 }, (_, i) =>
  i === 0 ? '' : (Object.keys(UNITS).find((w) => UNITS[w] === i) ?? ''),
);
const DENOMINATOR_WORDS: readonly string[] = Array.from(
  { length: 11 },
  (_, i) =>
    (i < 2
      ? ''
      : Object.keys(DENOMINATORS).find((w) => DENOMINATORS[w] === i && !w.endsWith('s'))) ?? '',
);

/**
 * A fraction in the words `readWording` reads: "one-fifth", "two-fifths", "half", or
 * "every 12th" beyond tenths. `num` < `den`; `num` from 1 to 9 when `den` ≤ 10, else 1.
 */
export function fractionWords(num: number, den: number): string {
  if (num === 1 && den === 2) return 'half';
  const word = DENOMINATOR_WORDS[den];
  const count = NUMERATOR_WORDS[num];
  if (word && count) return `${count}-${word}${num > 1 ? 's' : ''}`;
  return `every ${den}th`;
}

/** Rounds to two decimals, as reading.ts does. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A number as a short string: "67.14", "80", "19.25". */
export function formatNumber(value: number): string {
  return String(round2(value));
}

/** A whole number with thousands separated by commas: "17,804". */
export function formatThousands(value: number): string {
  const [whole = '0', decimals] = String(round2(value)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}
