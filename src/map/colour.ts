/**
 * The one place that turns a Russian-held share into a colour. The MapLibre map, the SVG map,
 * the legend and the downloaded images all take their colours from here.
 *
 * Scale: d3's YlOrRd (ColorBrewer, colour-blind safe; its lightness falls steadily, so it reads
 * in greyscale), over 0–100 %, starting a little way in so that 0 % still shows against the
 * pale land colour.
 */
import { interpolateYlOrRd } from './schemes.ts';
import { rgb } from 'd3-color';

/** Where on YlOrRd 0 % starts (0 would be almost white). */
const SCALE_START = 0.12;

/**
 * Hex colour of a share in percent (clamped to 0–100): d3's sequential YlOrRd interpolator
 * over the domain, as `scaleSequential` would map it (without the scale module's weight on the
 * first paint).
 */
export function shareColour(share: number): string {
  const t = Math.min(1, Math.max(0, share / 100));
  return rgb(interpolateYlOrRd(SCALE_START + (1 - SCALE_START) * t)).formatHex();
}

/** The value a fill stands for: the middle of the interval the wording was read as. */
export function intervalMidpoint(low: number, high: number): number {
  return (low + high) / 2;
}

/** An interval is drawn as uncertain (hatched) when its ends differ. */
export function isUncertain(low: number, high: number): boolean {
  return high - low > 0;
}

/** Evenly spaced stops of the scale, for MapLibre's `interpolate` and the legend's gradient. */
export function colourStops(count = 11): [number, string][] {
  return Array.from({ length: count }, (_, i) => {
    const share = (100 * i) / (count - 1);
    return [share, shareColour(share)];
  });
}

/** Colours that do not encode data, per theme. */
export interface Palette {
  sea: string;
  neighbour: string;
  neighbourBorder: string;
  land: string;
  unitBorder: string;
  /** A claim region the selected view says nothing about. */
  noData: string;
  /** Ukraine's outer border, drawn over everything. */
  countryBorder: string;
  /** Hatch lines drawn over uncertain fills. */
  hatch: string;
  /** Outline of the selected region. */
  selected: string;
  text: string;
  textHalo: string;
}

export const PALETTES: Record<'light' | 'dark', Palette> = {
  light: {
    sea: '#dfe8ef',
    neighbour: '#ecebe7',
    neighbourBorder: '#c9c7c0',
    land: '#fbfaf7',
    unitBorder: '#a3a19b',
    noData: '#c4c4c4',
    countryBorder: '#4a4a48',
    hatch: 'rgba(255,255,255,0.75)',
    selected: '#111111',
    text: '#1a1a1a',
    textHalo: '#ffffff',
  },
  dark: {
    sea: '#1b2530',
    neighbour: '#2a2c2f',
    neighbourBorder: '#45484c',
    land: '#3a3d42',
    unitBorder: '#6d7177',
    noData: '#6b6e73',
    countryBorder: '#d7d7d2',
    hatch: 'rgba(20,20,20,0.55)',
    selected: '#ffffff',
    text: '#f2f2f0',
    textHalo: '#111111',
  },
};

/**
 * MapLibre `fill-color` for the claim regions: the share in feature-state `share` through the
 * scale, or the no-data colour where the view sets no share.
 */
export function fillColourExpression(palette: Palette, count = 21): unknown[] {
  const stops = colourStops(count).flat();
  return [
    'case',
    ['>=', ['coalesce', ['feature-state', 'share'], -1], 0],
    ['interpolate', ['linear'], ['feature-state', 'share'], ...stops],
    ['case', ['boolean', ['feature-state', 'claimRegion'], false], palette.noData, palette.land],
  ];
}
