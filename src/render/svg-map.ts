/**
 * The map as SVG, drawn with d3-geo from the same boundary data, the same colour code and the
 * same frame as the WebGL map: projection, paths, fills, line widths and the hatch. Used by
 * `SvgMap.svelte` (first paint, no-WebGL fallback, `static=1` embeds) and by `svg-image.ts`
 * ("Download image"), which adds labels, title, legend, sources and date.
 *
 * Pure: no DOM, no Svelte; runs in node. `SvgMap.svelte` builds its paths with the pieces
 * exported here, so geometry, colours, line widths and the hatch exist once.
 */
import {
  geoMercator,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
  type GeoStreamWrapper,
} from 'd3-geo';
import { rgb } from 'd3-color';
import type { UkraineGeo } from '../geo/load.ts';
import type { IsoCode } from '../geo/regions.ts';
import { shareColour, type Palette } from '../map/colour.ts';
import { spreadColour } from '../map/spread-colour.ts';
import { framePadding, imagePadding, REFERENCE_FRAME, UKRAINE_BOUNDS } from '../map/frame.ts';
import { HATCH } from '../map/hatch.ts';
import { STALE_OPACITY, type FillMode, type UnitState } from '../map/style.ts';

/** What the SVG map needs of a unit's feature-state (the map's `UnitState` fits). */
export type MapUnitState = Pick<
  UnitState,
  'share' | 'uncertain' | 'claimRegion' | 'spread' | 'stale'
>;

/** Same shape as ClaimsMap's `MapHandle`, so the label overlay works on either map. */
export interface ProjectHandle {
  /** Screen position of a longitude/latitude inside the map's box. */
  project(lngLat: [number, number]): { x: number; y: number };
}

/** How far past the viewport geometry is kept, so clipped edges never show their strokes. */
const CLIP_MARGIN = 8;

// ---------------------------------------------------------------------------------------------
// Frame, geometry, colours: shared with SvgMap.svelte.

export function checkSize(width: number, height: number): void {
  if (!(Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0)) {
    throw new Error(
      `The SVG map needs a positive width and height in pixels (got ${width} × ${height}); ` +
        'measure the container first, or pass a fixed size.',
    );
  }
}

/**
 * Web Mercator fitted to `UKRAINE_BOUNDS` inside `framePadding(width, height)`: the reference
 * frame scaled to fit (see frame.ts), and the frame MapLibre's `fitBounds(UKRAINE_BOUNDS,
 * { padding })` gives a map of the same size, so the two maps draw Ukraine in the same place.
 * The box's corners are fitted as points: as a polygon, d3 would bow its edges along great
 * circles. No adaptive resampling (precision 0): like MapLibre, the map joins projected
 * vertices with straight lines. `clipMargin`: how far past the map's box geometry is kept.
 */
export function mapProjection(
  width: number,
  height: number,
  clipMargin = CLIP_MARGIN,
): GeoProjection {
  const p = framePadding(width, height);
  return fittedProjection(
    width,
    height,
    [p.left, p.top, width - p.right, height - p.bottom],
    clipMargin,
  );
}

/** Web Mercator with Ukraine's box fitted to [x0, y0, x1, y1] of a `width` × `height` map. */
export function fittedProjection(
  width: number,
  height: number,
  [x0, y0, x1, y1]: [number, number, number, number],
  clipMargin = CLIP_MARGIN,
): GeoProjection {
  checkSize(width, height);
  const [west, south, east, north] = UKRAINE_BOUNDS;
  const corners: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [west, north],
      [east, south],
      [east, north],
    ],
  };
  return geoMercator()
    .precision(0)
    .fitExtent(
      [
        [x0, y0],
        [Math.max(x0 + 1, x1), Math.max(y0 + 1, y1)],
      ],
      corners,
    )
    .clipExtent([
      [-clipMargin, -clipMargin],
      [width + clipMargin, height + clipMargin],
    ]);
}

/** The downloadable images' projection: Ukraine fitted inside a uniform `imagePadding`. */
export function imageProjection(width: number, height: number): GeoProjection {
  const p = imagePadding(width, height);
  return fittedProjection(width, height, [p, p, width - p, height - p]);
}

/** The `project` function of a projection, in the shape the label overlay takes. */
export function projectionHandle(projection: GeoProjection): ProjectHandle {
  return {
    project(lngLat) {
      const [x, y] = projection(lngLat) ?? [Number.NaN, Number.NaN];
      return { x, y };
    },
  };
}

/** One unit's outline as an SVG path. */
export interface UnitPath {
  code: IsoCode;
  /** Short English name, e.g. "Donetsk". */
  name: string;
  d: string;
}

/** The map's geometry as SVG path data, coordinates rounded to 0.1 px. */
export interface MapGeometry {
  units: UnitPath[];
  /** All neighbouring countries in one path. */
  neighbours: string;
  /** Borders between units. */
  borders: string;
  /** Ukraine's border and coast. */
  outline: string;
}

/** A count of 1/`per` px as short SVG path text (per 10: 12 → "1.2", -3 → "-.3", 40 → "4"). */
function short(n: number, per: number): string {
  return String(n / per).replace(/^(-?)0\./, '$1.');
}

/**
 * A d3-geo path context that writes short SVG path data: coordinates rounded to 0.1 px, each
 * ring an absolute move then relative line segments (`M1.2 3.4l4.4 4.4-.6-.8z`), segments that
 * rounding made zero-length dropped. About half the size of d3's own output, and faster than
 * writing that and rewriting it. Rounding never accumulates: steps are between rounded points.
 */
class ShortPathContext {
  /** Coordinates are rounded to 1/`per` px. */
  constructor(private readonly per = 10) {}
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  private inLine = false;

  moveTo(x: number, y: number): void {
    this.x = Math.round(x * this.per);
    this.y = Math.round(y * this.per);
    this.parts.push(`M${short(this.x, this.per)} ${short(this.y, this.per)}`);
    this.inLine = false;
  }

  lineTo(x: number, y: number): void {
    const nx = Math.round(x * this.per);
    const ny = Math.round(y * this.per);
    const dx = nx - this.x;
    const dy = ny - this.y;
    if (dx === 0 && dy === 0) return;
    const pair = `${short(dx, this.per)}${dy < 0 ? '' : ' '}${short(dy, this.per)}`;
    this.parts.push(this.inLine ? `${dx < 0 ? '' : ' '}${pair}` : `l${pair}`);
    this.x = nx;
    this.y = ny;
    this.inLine = true;
  }

  closePath(): void {
    this.parts.push('z');
    this.inLine = false;
  }

  beginPath(): void {}

  /** Points are not drawn on this map. */
  arc(): void {}

  /** The path written since the last call. */
  take(): string {
    const d = this.parts.join('');
    this.parts = [];
    return d;
  }
}

/**
 * SVG path data of GeoJSON objects through a projection, coordinates rounded to 1/`per` px
 * (default 0.1 px; see ShortPathContext).
 */
export function svgPath(
  projection: GeoProjection | GeoStreamWrapper,
  per = 10,
): (object: GeoPermissibleObjects) => string {
  const context = new ShortPathContext(per);
  const path = geoPath(projection, context);
  return (object) => {
    path(object);
    return context.take();
  };
}

/** Path data for each of the 27 units, in the order of `geo.units` (by ISO code). */
export function unitPaths(geo: UkraineGeo, projection: GeoProjection, per = 10): UnitPath[] {
  const path = svgPath(projection, per);
  return geo.units.features.map((feature) => ({
    code: feature.id,
    name: feature.properties.name,
    d: path(feature),
  }));
}

/** Path data for everything the map draws, coordinates rounded to 1/`per` px. */
export function mapGeometry(geo: UkraineGeo, projection: GeoProjection, per = 10): MapGeometry {
  const path = svgPath(projection, per);
  return {
    units: unitPaths(geo, projection, per),
    neighbours: path(geo.neighbours),
    borders: path(geo.borders),
    outline: path(geo.outline),
  };
}

/** How far past the reference box the SVG map draws geometry, in its pixels. */
const REFERENCE_MARGIN = 300;
/** Reference geometry is rounded to whole pixels (1/2 px on a phone); fixed sizes to 0.1 px. */
const REFERENCE_PER_PX = 1;

const geometryCache = new WeakMap<UkraineGeo, Map<string, MapGeometry>>();

/**
 * The SVG map's paths, made once per boundary set and frame: without `size`, the reference
 * frame's (frame.ts), reaching past its box to fill a container of another shape; with it, a
 * map of that fixed size. The hydrating page makes the reference paths ahead of hydration, in
 * a task of its own.
 */
export function framedGeometry(
  geo: UkraineGeo,
  size?: { width: number; height: number },
): MapGeometry {
  let byFrame = geometryCache.get(geo);
  if (!byFrame) geometryCache.set(geo, (byFrame = new Map()));
  const key = size ? `${size.width}x${size.height}` : 'reference';
  let geometry = byFrame.get(key);
  if (!geometry) {
    geometry = size
      ? mapGeometry(geo, mapProjection(size.width, size.height))
      : mapGeometry(
          geo,
          mapProjection(REFERENCE_FRAME.width, REFERENCE_FRAME.height, REFERENCE_MARGIN),
          REFERENCE_PER_PX,
        );
    byFrame.set(key, geometry);
  }
  return geometry;
}

/**
 * A unit's fill, as the WebGL map's `fill-color` expression for the mode gives it (see
 * `fillColourExpression` and `spreadFillExpression`): a share (or a spread) through its scale;
 * a claim region without one in no-data grey; any other unit in the land colour.
 */
export function unitFill(
  state: MapUnitState | undefined,
  palette: Palette,
  mode: FillMode = 'share',
): string {
  const value = mode === 'spread' ? state?.spread : state?.share;
  if (typeof value === 'number' && value >= 0) {
    return mode === 'spread' ? spreadColour(value) : shareColour(value);
  }
  return state?.claimRegion ? palette.noData : palette.land;
}

/** What the SVG map paints on a unit: its fill, its fading, and its hatch path's fill. */
export interface UnitPaint {
  fill: string;
  /** Set on stale figures only. */
  fillOpacity: string | undefined;
  /** The hatch pattern's `url(#…)` on an uncertain figure, else `none`. */
  hatch: string;
}

export function unitPaint(
  state: MapUnitState | undefined,
  palette: Palette,
  hatchFill: string,
  mode: FillMode = 'share',
): UnitPaint {
  return {
    fill: unitFill(state, palette, mode),
    fillOpacity: state?.stale ? String(STALE_OPACITY) : undefined,
    hatch: state?.uncertain ? hatchFill : 'none',
  };
}

/**
 * A CSS colour as an SVG paint and opacity: `rgba(255,255,255,0.75)` → `#ffffff`, 0.75.
 * SVG 1.1 readers (and some image tools) do not take rgba().
 */
export function splitColour(colour: string): { colour: string; opacity: number } {
  const parsed = rgb(colour);
  if (Number.isNaN(parsed.r)) return { colour, opacity: 1 };
  return { colour: parsed.formatHex(), opacity: Math.round(parsed.opacity * 1000) / 1000 };
}

/**
 * The hatch as one tile of an SVG `<pattern>`, from `HATCH`. `hatch.ts` colours pixel (x, y)
 * when (x + y) mod spacing < width; that pixel's centre has x + y one more, so here the band
 * runs from x + y = 1 to 1 + width, and again one spacing on: sampled at pixel centres, the
 * tile is `hatchPixels`. Lines run bottom-left to top-right, `spacing / √2` apart and
 * `width / √2` wide, measured across them.
 */
export function hatchTile(): {
  size: number;
  d: string;
  perpendicularSpacing: number;
  perpendicularWidth: number;
} {
  const s = HATCH.spacing;
  const w = HATCH.width;
  const o = 1;
  return {
    size: s,
    d: `M${o} 0H${o + w}L0 ${o + w}V${o}ZM${s} ${o}V${o + w}L${o + w} ${s}H${o}Z`,
    perpendicularSpacing: s / Math.SQRT2,
    perpendicularWidth: w / Math.SQRT2,
  };
}

// ---------------------------------------------------------------------------------------------
// The standalone SVG document.
