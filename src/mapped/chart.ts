/**
 * The measured series as the card's chart draws it: a line of share against date, with a
 * label and a sentence for screen readers. Pure.
 */
import type { RegionOrGroupId } from '../geo/regions.ts';
import { m } from '../i18n/lang.ts';
import { dateText, fixedPercentText, regionText } from '../i18n/format.ts';
import { mappedLine } from './compare.ts';
import type { MappedSeries } from './series.ts';

export interface MappedLine {
  /** For the key: "Computed from a map: measured on DeepStateMap's map". */
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
    label: m.mapped_line_label({ map: series.map.name }),
    summary: m.mapped_line_summary({
      region: regionText(region),
      first: fixedPercentText(first.share),
      firstDate: dateText(first.day),
      last: fixedPercentText(last.share),
      lastDate: dateText(last.day),
    }),
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
