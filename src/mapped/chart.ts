/**
 * The measured series as the card's chart draws it: a line of share against date, with a
 * label and a sentence for screen readers. Pure.
 */
import { formatIsoDate } from '../claims/text.ts';
import { regionName, type RegionOrGroupId } from '../geo/regions.ts';
import { mappedLine } from './compare.ts';
import type { MappedSeries } from './series.ts';

export interface MappedLine {
  /** For the key: "Measured on DeepStateMap's map". */
  label: string;
  /** For screen readers: the first and last figures. */
  summary: string;
  points: { day: string; share: number }[];
}

export function mappedLineFor(series: MappedSeries, region: RegionOrGroupId): MappedLine | null {
  const points = mappedLine(series, region);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return null;
  return {
    label: `Measured on ${series.map.name}'s map`,
    summary: `${regionName(region)}, ${first.share.toFixed(1)}% on ${formatIsoDate(first.day)} to ${last.share.toFixed(1)}% on ${formatIsoDate(last.day)}, as measured by ${series.measuredBy}`,
    points,
  };
}

/** SVG path data through the points. */
export function mappedPath(
  points: readonly { day: string; share: number }[],
  x: (day: string) => number,
  y: (share: number) => number,
): string {
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.day).toFixed(1)},${y(p.share).toFixed(1)}`)
    .join('');
}
