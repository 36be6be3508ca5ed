/**
 * Dataset dates: ISO strings of day, month or year precision ("2025-11-09", "2026-01",
 * "2025"). The one pattern for them; what such a date means in time (a period that counts from
 * its last day) is in src/views/dates.ts.
 */

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; groups: year, month, day. */
export const DATASET_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether the string is a real calendar day written "YYYY-MM-DD" (any year). */
export function isIsoDay(value: string): boolean {
  const match = DATASET_DATE.exec(value);
  if (!match || match[3] === undefined) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The precision of an ISO date of day, month or year precision, or null if not a real one. */
export function partialDatePrecision(value: string): 'year' | 'month' | 'day' | null {
  const match = DATASET_DATE.exec(value);
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 1900 || year > 2100) return null;
  if (m === undefined) return 'year';
  const month = Number(m);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return 'month';
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? 'day' : null;
}
