/**
 * Untrusted text (the dataset's names, quotes and outlets, an address's values) going into
 * plain-text outputs: spreadsheets, the clipboard, SVG images.
 *
 * Pure: no DOM, no Node APIs.
 */

/** A number as the export writes it ("-3", "77.5"): data, never a formula. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Text a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return) gets a leading apostrophe, as OWASP's CSV-injection advice says: the
 * spreadsheet then shows it as text. Plain numbers are left alone.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** First strong isolate and pop directional isolate (Unicode bidi isolates). */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** Right-to-left letters, and the characters that change the direction of what follows. */
const BIDI_SENSITIVE =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/**
 * The text between isolates (FSI … PDI) when it could change the direction of what is around
 * it (right-to-left letters, bidi controls): "Al Jazeera (٣٠ سبتمبر), 30 Sep 2022" keeps the
 * date where it is. Text without such characters is returned as it is, so plain Latin output
 * carries no invisible characters.
 */
export function isolate(text: string): string {
  return BIDI_SENSITIVE.test(text) ? `${FSI}${text}${PDI}` : text;
}
