/**
 * Dates in the dataset are ISO strings of day, month or year precision ("2025-11-09",
 * "2026-01", "2025"). An imprecise date is a period, and a claim dated by one counts only from
 * the period's last day, the latest day the evidence allows: a claim dated only "2026-01" is
 * taken as known from 31 January 2026, never before it was said.
 */
import { DATASET_DATE } from '../claims/dates.ts';

/** The first day of the period, as "YYYY-MM-DD", or null when the string is not such a date. */
export function periodStart(date: string): string | null {
  const match = DATASET_DATE.exec(date);
  if (!match) return null;
  const [, year, month = '01', day = '01'] = match;
  return `${year}-${month}-${day}`;
}

/** The last day of a dataset date's period ("2026-01" → "2026-01-31"), or null. */
export function periodEnd(date: string): string | null {
  const start = periodStart(date);
  if (start === null) return null;
  if (date.length === 10) return start;
  const year = Number(start.slice(0, 4));
  if (date.length === 4) return `${year}-12-31`;
  const month = Number(start.slice(5, 7));
  // Day 0 of the next month is this month's last day.
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${start.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

/**
 * Compares two dataset dates by the day from which they count (the end of their period); on
 * a tie the more precise first.
 */
export function compareDates(a: string, b: string): number {
  const ea = periodEnd(a) ?? '';
  const eb = periodEnd(b) ?? '';
  if (ea !== eb) return ea < eb ? -1 : 1;
  return b.length - a.length;
}
