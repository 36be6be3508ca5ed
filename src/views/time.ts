/**
 * Time: what each source said as of a chosen day. For every claim region, the latest control
 * claim dated on or before the day, each still with its own claim and so its own citation,
 * marked stale when it is much older than the day.
 *
 * Rules for the dates (see src/views/dates.ts):
 * - A claim is placed at `asOf`, the date its figure describes, not its publication date.
 * - A date known only to the month or year is a period, and counts only from its last day, as
 *   everywhere else in the app (dates.ts): "2026-01" counts from 31 January 2026 and "2025"
 *   from 31 December 2025, so a figure is never shown before it can have been said. The card
 *   shows such dates as "c. Jan 2026", with their precision, so a reader sees the imprecision.
 * - Staleness is judged leniently, from the last day the date can mean: "2025" is stale only
 *   when 31 December 2025 is more than the threshold before the chosen day. A figure is called
 *   old only when it surely is.
 * - Inferred and approximate dates ("c. 19 Aug 2024", "on or after 9 Nov 2025") are used as
 *   given, and flagged (`approximate`) so the card can say so.
 * - A claim whose `asOf` is not a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) is skipped: it cannot
 *   be placed in time. The validator never lets one into the dataset.
 * - Ties are broken as `compareNewestFirst` breaks them: on the same end, the more precise date
 *   counts as the older, then the later
 *   publication, a quote in English, the id. A claim about the region itself beats one about a
 *   group that includes it, as in the "latest" view.
 *
 * Days are "YYYY-MM-DD" strings and all arithmetic is in UTC, so no time zone moves a day.
 * Pure: no DOM, no Svelte.
 */
import {
  CLAIM_REGIONS,
  claimRegionFilledBy,
  type ClaimRegionId,
  type IsoCode,
} from '../geo/regions.ts';
import type { UnitState } from '../map/style.ts';
import { periodEnd } from './dates.ts';
import { isIsoDay } from '../claims/dates.ts';

export { periodEnd };
import { m } from '../i18n/lang.ts';
import {
  claimRegionsOf,
  collect,
  compareNewestFirst,
  hasShare,
  LATEST_VIEW,
  unitStates,
  type Figured,
  type View,
  type ViewClaim,
  type ViewValue,
} from './views.ts';

/** A figure older than this many months before the chosen day is stale. */
export const STALE_MONTHS = 6;

/** How old a figure is when it turns stale, for readers: "6 months", "6 місяців". */
export function staleAgeText(months: number = STALE_MONTHS): string {
  return m.stale_age({ count: months });
}

/** A view value with its place in time relative to the chosen day. */
export interface TimedViewValue<C extends ViewClaim = ViewClaim> extends ViewValue<C> {
  /** Much older than the chosen day (more than `staleMonths`). */
  stale: boolean;
  /** Whole days from the last day the claim's date can mean to the chosen day (at least 0). */
  ageDays: number;
  /** The date is inferred, approximate, a lower bound, or known only to the month or year. */
  approximate: boolean;
}

/** A view of the latest control claims as of a day; usable wherever a `View` is. */
export interface TimedView<C extends ViewClaim = ViewClaim> extends View<C> {
  values: Partial<Record<ClaimRegionId, TimedViewValue<C>>>;
  country: TimedViewValue<C> | null;
  /** The chosen day, "YYYY-MM-DD". */
  asOf: string;
  staleMonths: number;
}

export interface DateRange {
  /** First day, "YYYY-MM-DD". */
  from: string;
  /** Last day, "YYYY-MM-DD". */
  to: string;
}

const DAY_MS = 86_400_000;
/** Whether the string is a real calendar day written "YYYY-MM-DD" (claims/dates.ts). */
export { isIsoDay };

function toTime(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function requireDay(day: string, what: string): void {
  if (!isIsoDay(day)) {
    throw new RangeError(`${what} "${day}" is not a day; write it as YYYY-MM-DD, e.g. 2025-07-24.`);
  }
}

/** The day `months` calendar months later (earlier when negative), kept within the month. */
export function addMonths(day: string, months: number): string {
  requireDay(day, 'The day');
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromTime(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last)));
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toTime(b) - toTime(a)) / DAY_MS);
}

/**
 * Whether a figure dated `asOf` is stale on `date`: the last day `asOf` can mean is more than
 * `months` calendar months before `date`. Exactly `months` months is not yet stale
 * (2025-01-15 on 2025-07-15 is fresh; on 2025-07-16 it is stale). A date that cannot be read
 * is stale: nothing says the figure is current.
 */
export function isStale(asOf: string, date: string, months = STALE_MONTHS): boolean {
  requireDay(date, 'The chosen date');
  const end = periodEnd(asOf);
  if (end === null) return true;
  return addMonths(end, months) < date;
}

/** Whether the claim's date is anything but a stated day. */
function isApproximate(claim: ViewClaim): boolean {
  if (claim.asOf.length !== 10) return true;
  // `asOf` equal to the publication date takes that date's inference; a figure dated in the
  // text ("as of July 24, 2025") is stated even when the publication date is inferred.
  return claim.asOf === claim.source.date && claim.source.dateInferred;
}

/** Control claims with a share and a readable date: the claims that can be placed in time. */
export function datedControlClaims<C extends ViewClaim>(claims: readonly C[]): Figured<C>[] {
  return claims.filter(
    (claim): claim is Figured<C> =>
      claim.kind === 'control' && hasShare(claim) && periodEnd(claim.asOf) !== null,
  );
}

/**
 * The first and last day of the dated control claims (by the day each counts from, the end of
 * its date's period), for the date control's bounds; null when there are none.
 */
export function datedRange(claims: readonly ViewClaim[]): DateRange | null {
  const days = datedControlClaims(claims)
    .map((claim) => periodEnd(claim.asOf) as string)
    .sort();
  const from = days[0];
  const to = days.at(-1);
  return from && to ? { from, to } : null;
}

/**
 * The date control's steps: the last day of every month from `from`'s month to the month
 * before `to`'s, then `to` itself. Each step shows everything said up to the end of a month;
 * the first step already includes `from`, the last is the newest figure.
 */
export function monthSteps(range: DateRange): string[] {
  requireDay(range.from, 'The range start');
  requireDay(range.to, 'The range end');
  if (range.to < range.from) {
    throw new RangeError(`The range ends (${range.to}) before it starts (${range.from}).`);
  }
  const steps: string[] = [];
  let month = `${range.from.slice(0, 7)}-01`;
  while (month.slice(0, 7) < range.to.slice(0, 7)) {
    steps.push(periodEnd(month.slice(0, 7)) as string);
    month = addMonths(month, 1);
  }
  steps.push(range.to);
  return steps;
}

/** The step a day falls on: the first step on or after it, or the last step. */
export function stepIndex(steps: readonly string[], day: string): number {
  const index = steps.findIndex((step) => step >= day);
  return index === -1 ? Math.max(0, steps.length - 1) : index;
}

function timed<C extends ViewClaim>(
  value: ViewValue<C>,
  date: string,
  staleMonths: number,
): TimedViewValue<C> {
  const end = periodEnd(value.claim.asOf) as string;
  return {
    ...value,
    stale: isStale(value.claim.asOf, date, staleMonths),
    ageDays: Math.max(0, daysBetween(end, date)),
    approximate: isApproximate(value.claim),
  };
}

export interface LatestAsOfOptions {
  /** Months after which a figure is stale; default `STALE_MONTHS` (6). */
  staleMonths?: number;
}

/**
 * For each claim region (and Ukraine as a whole), the latest control claim whose `asOf` is on
 * or before `date` ("YYYY-MM-DD"), by the rules at the top of this file. The result is a view
 * (id `latest`) whose values also say how old each figure is and whether it is stale.
 */
export function latestAsOf<C extends ViewClaim>(
  claims: readonly C[],
  date: string,
  options: LatestAsOfOptions = {},
): TimedView<C> {
  requireDay(date, 'The chosen date');
  const staleMonths = options.staleMonths ?? STALE_MONTHS;
  const known = datedControlClaims(claims).filter(
    (claim) => (periodEnd(claim.asOf) as string) <= date,
  );
  const { values, country } = collect<C, TimedViewValue<C>>(known, (value) =>
    timed(value, date, staleMonths),
  );
  const shown = [...Object.values(values), ...(country ? [country] : [])];
  const newest = shown
    .map((value) => periodEnd(value.claim.asOf) as string)
    .sort()
    .at(-1);
  return {
    id: LATEST_VIEW,
    kind: 'latest',
    label: m.view_latest_label(),
    description: m.view_latest_as_of_description(),
    values,
    country,
    date: newest ?? '',
    asOf: date,
    staleMonths,
  };
}

/** The map's feature-state for a timed view: `unitStates` plus `stale` per unit. */
export function timedUnitStates(
  view: TimedView,
): Partial<Record<IsoCode, UnitState & { stale: boolean }>> {
  const states: Partial<Record<IsoCode, UnitState & { stale: boolean }>> = {};
  const base = unitStates(view);
  for (const region of CLAIM_REGIONS) {
    const stale = view.values[region.id]?.stale ?? false;
    for (const code of region.members) states[code] = { ...base[code], stale };
  }
  return states;
}

/** A claim as the claims chart places it. */
export interface TimelinePoint<C extends ViewClaim = ViewClaim> {
  claim: C;
  /** Where on the time axis: the day the claim counts from (its period's end), "YYYY-MM-DD". */
  day: string;
  /** The interval, or null for a control claim that gives no share. */
  low: number | null;
  high: number | null;
  /** The claim is about a group (all of Donbas) that includes the region. */
  viaGroup: boolean;
  approximate: boolean;
}

/**
 * The control claims to chart for a claim region, oldest first: those with a share that
 * applies to it (`claimRegionsOf`: the region itself, or all of a group that includes it), and
 * those about the region itself that give no share (`low`/`high` null). Other kinds
 * (annexation claims, demands, positions) are not shares held and stay in the card's list.
 */
export function timelinePoints<C extends ViewClaim>(
  claims: readonly C[],
  region: ClaimRegionId,
): TimelinePoint<C>[] {
  const points: TimelinePoint<C>[] = [];
  for (const claim of claims) {
    const day = periodEnd(claim.asOf);
    if (claim.kind !== 'control' || day === null) continue;
    const approximate = isApproximate(claim);
    if (hasShare(claim)) {
      const place = claimRegionsOf(claim).find((entry) => entry.id === region);
      if (place) {
        points.push({
          claim,
          day,
          low: claim.low,
          high: claim.high,
          viaGroup: place.viaGroup,
          approximate,
        });
      }
    } else if (claimRegionFilledBy(claim.region)?.id === region) {
      points.push({ claim, day, low: null, high: null, viaGroup: false, approximate });
    }
  }
  return points.sort((a, b) => -compareNewestFirst(a.claim, b.claim));
}
