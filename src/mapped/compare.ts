/**
 * Claims against the map: each control claim set beside the share measured on the map
 * snapshot nearest its date, and the measured series as a line for the card's chart.
 *
 * A claim's distance from the map is taken from the nearer end of the interval its wording is
 * read as: a claim "83–85%" against a map at 78.5% is 4.5 points above it; a map inside the
 * interval is no distance at all. Positive: the claim says more is Russian-held than the map.
 * A claim dated only to the month or year is not compared (a month is too wide for a front
 * that moves); nor is one with no snapshot within `MAX_MAP_DAYS` days of its date.
 *
 * Pure: no DOM, no Node APIs, nothing from zod (the app imports it).
 */
import { partialDatePrecision } from '../claims/dates.ts';
import { m } from '../i18n/lang.ts';
import { dateText, fixedPercentText, fixedText } from '../i18n/format.ts';
import type { MeasuredId } from './measure.ts';
import type { MappedSeries, Snapshot } from './series.ts';

/** A snapshot farther than this from a claim's date is not compared with it. */
export const MAX_MAP_DAYS = 7;

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** The region's share on every snapshot, oldest first. */
export function mappedLine(
  series: MappedSeries,
  region: MeasuredId,
): { day: string; share: number }[] {
  return series.snapshots.map((s) => ({ day: s.date, share: s.shares[region]?.[0] ?? 0 }));
}

/** The snapshot nearest `day` within `maxDays` (the earlier on a tie), or null. */
export function nearestSnapshot(
  series: MappedSeries,
  day: string,
  maxDays = MAX_MAP_DAYS,
): Snapshot | null {
  const target = dayNumber(day);
  let best: Snapshot | null = null;
  let bestGap = Infinity;
  for (const snapshot of series.snapshots) {
    const gap = Math.abs(dayNumber(snapshot.date) - target);
    if (gap < bestGap) {
      best = snapshot;
      bestGap = gap;
    }
  }
  return best && bestGap <= maxDays ? best : null;
}

/** The snapshot in force on `day`: the newest on or before it, else null. */
export function snapshotOn(series: MappedSeries, day: string | null): Snapshot | null {
  if (day === null) return series.snapshots.at(-1) ?? null;
  let found: Snapshot | null = null;
  for (const snapshot of series.snapshots) if (snapshot.date <= day) found = snapshot;
  return found;
}

/** What a claim needs to be compared with the map. */
export interface ComparableClaim {
  region: string;
  kind: string;
  low: number | null;
  high: number | null;
  asOf: string;
}

export type MapDistance =
  | {
      compared: true;
      /** Signed points from the map to the nearer end of the claim's interval. */
      points: number;
      /** The map's share for the claim's region, and the snapshot's day. */
      mapped: number;
      mapDate: string;
      text: string;
    }
  | { compared: false; text: string };

function isMeasured(region: string, series: MappedSeries): region is MeasuredId {
  return Object.hasOwn(series.regionAreaKm2, region);
}

/**
 * How far a claim is from the map on its date, in words: "4.5 points above DeepStateMap's map
 * of 10 Mar 2026 (78.5%)". Null for claims that give no share or are not about control.
 */
export function mapDistance(
  claim: ComparableClaim,
  series: MappedSeries,
  maxDays = MAX_MAP_DAYS,
): MapDistance | null {
  if (claim.kind !== 'control' || claim.low === null || claim.high === null) return null;
  const region = claim.region;
  if (!isMeasured(region, series)) return null;
  const name = series.map.name;
  if (partialDatePrecision(claim.asOf) !== 'day') {
    return {
      compared: false,
      text: (claim.asOf.length === 4 ? m.distance_year_only : m.distance_month_only)({ map: name }),
    };
  }
  const snapshot = nearestSnapshot(series, claim.asOf, maxDays);
  if (!snapshot) {
    return {
      compared: false,
      text: m.distance_no_map({ map: name, days: maxDays, date: dateText(claim.asOf) }),
    };
  }
  const mapped = snapshot.shares[region]?.[0] ?? 0;
  const points =
    mapped < claim.low ? claim.low - mapped : mapped > claim.high ? claim.high - mapped : 0;
  const rounded = Math.round(points * 10) / 10;
  const map = { map: name, date: dateText(snapshot.date), share: fixedPercentText(mapped) };
  const away = { ...map, points: fixedText(Math.abs(rounded)) };
  const text =
    rounded === 0
      ? points === 0 && claim.low !== claim.high
        ? m.distance_within(map)
        : m.distance_level(map)
      : rounded > 0
        ? m.distance_above(away)
        : m.distance_below(away);
  return { compared: true, points, mapped, mapDate: snapshot.date, text };
}
