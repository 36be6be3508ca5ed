/**
 * The claims chart's geometry (ClaimsTimeline.svelte draws it): the time axis's span and
 * ticks, the share axis, and marks on the same day spread sideways so none hides another.
 * Pure: no DOM, no Svelte; the component gives it its measured width and words.
 */
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import type { DateRange } from '../views/time.ts';

/** The chart's height and margins, in px. */
export const TIMELINE_HEIGHT = 200;
export const TIMELINE_MARGIN = { top: 10, right: 12, bottom: 24, left: 36 } as const;
/** Marks closer than this (px) are spread apart by it. */
export const DODGE = 9;
const DAY_MS = 86_400_000;

/** The chart's width for a measured width: 320 px before it is measured, 240 px at least. */
export function timelineWidth(measured: number): number {
  return Math.max(240, measured || 320);
}

/** A "YYYY-MM-DD" day as midnight UTC. */
export function dayDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * The time axis's span: `range` when given, else the days' (2022-01-01 when there are none),
 * with room at both ends so edge marks are not cut: 4 % of the span, a month at least.
 */
export function timeDomain(
  days: readonly string[],
  range: DateRange | null,
): readonly [Date, Date] {
  const sorted = [...days].sort();
  const from = range?.from ?? sorted[0] ?? '2022-01-01';
  const to = range?.to ?? sorted.at(-1) ?? from;
  const a = dayDate(from).getTime();
  const b = dayDate(to).getTime();
  const pad = Math.max((b - a) * 0.04, 30 * DAY_MS);
  return [new Date(a - pad), new Date(b + pad)] as const;
}

/** The time scale across the chart's width, between the margins. */
export function timeScale(domain: readonly [Date, Date], width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain(domain)
    .range([TIMELINE_MARGIN.left, width - TIMELINE_MARGIN.right]);
}

/** The share scale: 0–100 % from the bottom margin to the top one. */
export function shareScale(): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, 100])
    .range([TIMELINE_HEIGHT - TIMELINE_MARGIN.bottom, TIMELINE_MARGIN.top]);
}

/**
 * The time axis's ticks, about one per 90 px (two at least): January labelled by its year,
 * other months by `monthLabel("YYYY-MM")`.
 */
export function timeTicks(
  x: ScaleTime<number, number>,
  width: number,
  monthLabel: (month: string) => string,
): { x: number; label: string }[] {
  return x.ticks(Math.max(2, Math.floor(width / 90))).map((tick) => ({
    x: x(tick),
    label:
      tick.getUTCMonth() === 0
        ? String(tick.getUTCFullYear())
        : monthLabel(tick.toISOString().slice(0, 7)),
  }));
}

/**
 * Positions (in order, ascending) with each run closer than `gap` to its first spread `gap`
 * apart around the run's centre, so no mark hides another.
 */
export function dodge(positions: readonly number[], gap: number = DODGE): number[] {
  const out = [...positions];
  let start = 0;
  for (let i = 1; i <= positions.length; i++) {
    const first = positions[start];
    const current = positions[i];
    if (current !== undefined && first !== undefined && current - first < gap) continue;
    const count = i - start;
    let sum = 0;
    for (let k = start; k < i; k++) sum += positions[k]!;
    const centre = sum / count;
    for (let k = 0; k < count; k++) out[start + k] = centre + (k - (count - 1) / 2) * gap;
    start = i;
  }
  return out;
}

/** Where a mark stands on the share axis: at its interval's middle, or on 0 without a share. */
export function markY(
  y: (share: number) => number,
  low: number | null,
  high: number | null,
): number {
  return low !== null && high !== null ? y((low + high) / 2) : y(0);
}
