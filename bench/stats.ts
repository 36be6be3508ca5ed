/**
 * The benchmark's arithmetic: quantiles, the median-and-spread summary printed for every
 * figure, and Total Blocking Time from long tasks. Pure: no I/O, no browser.
 */

/** A figure over several runs. `n` counts the runs that produced a number. */
export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  /** First and third quartiles (linear interpolation, as numpy's default). */
  p25: number;
  p75: number;
}

function sortedFinite(values: readonly (number | null | undefined)[]): number[] {
  return values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of the finite numbers in `values`, interpolating linearly between
 * order statistics; NaN when there are none.
 */
export function quantile(values: readonly (number | null | undefined)[], q: number): number {
  if (!(q >= 0 && q <= 1)) {
    throw new Error(`quantile: q must be between 0 and 1 (got ${q}).`);
  }
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below]!;
  const high = sorted[above]!;
  return low + (high - low) * (position - below);
}

export function median(values: readonly (number | null | undefined)[]): number {
  return quantile(values, 0.5);
}

/** Median, range and quartiles of the finite numbers in `values`; null when there are none. */
export function summarize(values: readonly (number | null | undefined)[]): Summary | null {
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return null;
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
  };
}

/** A long task as the Long Tasks API reports it, in ms since navigation start. */
export interface LongTask {
  start: number;
  duration: number;
}

/**
 * Total Blocking Time as Lighthouse defines it: for each long task within [from, to] (clipped
 * to that window), the part of it beyond 50 ms.
 */
export function totalBlockingTime(tasks: readonly LongTask[], from: number, to: number): number {
  let total = 0;
  for (const task of tasks) {
    const start = Math.max(task.start, from);
    const end = Math.min(task.start + task.duration, to);
    const duration = end - start;
    if (duration > 50) total += duration - 50;
  }
  return total;
}

/** The ratio a / b, or NaN when either is missing or b is zero. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number {
  if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !b) {
    return Number.NaN;
  }
  return a / b;
}
