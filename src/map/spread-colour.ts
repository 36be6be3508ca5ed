/**
 * The colour of disagreement: how many percentage points apart the sources' figures for a
 * region are. A scale of its own, so it is never read as a share: d3's PuBu (ColorBrewer,
 * colour-blind safe, lightness falling steadily so it reads in greyscale), over 0–50 points,
 * where the share scale (colour.ts) is yellow to red. Starts a little way in so that 0 points
 * still shows against the pale land colour; 50 points and more take the darkest colour.
 */
import { interpolatePuBu } from './schemes.ts';
import { rgb } from 'd3-color';
import type { Palette } from './colour.ts';

/** The top of the scale, in percentage points; wider spreads are clamped to it. */
export const SPREAD_MAX = 50;

/** Where on PuBu 0 points starts (0 would be almost white). */
const SCALE_START = 0.15;

/** Hex colour of a spread in percentage points (clamped to 0–50), as a sequential scale maps it. */
export function spreadColour(points: number): string {
  const t = Math.min(1, Math.max(0, points / SPREAD_MAX));
  return rgb(interpolatePuBu(SCALE_START + (1 - SCALE_START) * t)).formatHex();
}

/** Evenly spaced stops over 0–50 points, for MapLibre's `interpolate` and the legend. */
export function spreadStops(count = 11): [number, string][] {
  return Array.from({ length: count }, (_, i) => {
    const points = (SPREAD_MAX * i) / (count - 1);
    return [points, spreadColour(points)];
  });
}

/**
 * MapLibre `fill-color` for the disagreement view: feature-state `spread` through the scale, or
 * the no-data grey where fewer than two sources give a figure (`spread` null or unset).
 */
export function spreadFillExpression(palette: Palette, count = 11): unknown[] {
  return [
    'case',
    ['>=', ['coalesce', ['feature-state', 'spread'], -1], 0],
    ['interpolate', ['linear'], ['feature-state', 'spread'], ...spreadStops(count).flat()],
    ['case', ['boolean', ['feature-state', 'claimRegion'], false], palette.noData, palette.land],
  ];
}
