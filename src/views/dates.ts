/**
 * Dates in the dataset are ISO strings of day, month or year precision ("2025-11-09",
 * "2026-01", "2025"). For ordering, a date counts from the first day of its period: a claim
 * dated only "2026-01" is taken as known from 1 January 2026.
 */

/** The first day of the period, as "YYYY-MM-DD", or null when the string is not such a date. */
export function periodStart(date: string): string | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return null;
  const [, year, month = '01', day = '01'] = match;
  return `${year}-${month}-${day}`;
}

/** Compares two dataset dates by the start of their period; more precise first on a tie. */
export function compareDates(a: string, b: string): number {
  const sa = periodStart(a) ?? '';
  const sb = periodStart(b) ?? '';
  if (sa !== sb) return sa < sb ? -1 : 1;
  return b.length - a.length;
}
