/**
 * Measuring an occupied area against Ukraine's units: the occupied polygons are intersected
 * with each unit's boundary (martinez-polygon-clipping, in lon/lat) and the pieces' areas
 * taken on a sphere with d3-geo's `geoArea` (spherical excess) times R². Shares are
 * occupied area ÷ unit area, both measured the same way on the same boundaries, so the
 * radius cancels out of them.
 *
 * Windings: d3-geo reads a ring wound the RFC 7946 way as the whole globe minus the ring.
 * Each ring's area is taken as the smaller of the two readings, so either winding measures
 * the same, and a polygon is its outer ring less its holes.
 *
 * Pure: no DOM, no Node APIs.
 */
import { geoArea } from 'd3-geo';
import { intersection, type Geometry as ClipGeometry } from 'martinez-polygon-clipping';
import { GROUPS, ISO_CODES, type GroupId, type IsoCode } from '../geo/regions.ts';
import type { PolygonRings, Ring } from './input.ts';

/**
 * Radius of the sphere, km: the authalic radius of the WGS 84 ellipsoid (a sphere with the
 * ellipsoid's surface area). Areas within Ukraine differ from ellipsoidal ones by well
 * under 0.5%; shares not at all, to the precision given.
 */
export const EARTH_RADIUS_KM = 6371.0072;
const KM2_PER_SR = EARTH_RADIUS_KM * EARTH_RADIUS_KM;

/** The units' boundaries, one list of polygons per ISO code. */
export type UnitShapes = Readonly<Record<IsoCode, PolygonRings[]>>;

/** The ids measured: the 27 units, then the groups. */
export type MeasuredId = IsoCode | GroupId;
export const GROUP_ORDER: readonly GroupId[] = ['donbas', 'crimea', 'annexed-four', 'UA'];
export const MEASURED_IDS: readonly MeasuredId[] = [...ISO_CODES, ...GROUP_ORDER];

/** Area of one ring in km², whichever way it is wound. */
export function ringAreaKm2(ring: Ring): number {
  const sr = geoArea({ type: 'Polygon', coordinates: [ring] });
  return Math.min(sr, 4 * Math.PI - sr) * KM2_PER_SR;
}

/** Area of polygons (outer ring less holes) in km². */
export function polygonsAreaKm2(polygons: readonly PolygonRings[]): number {
  let sum = 0;
  for (const [outer, ...holes] of polygons) {
    if (!outer) continue;
    sum += ringAreaKm2(outer);
    for (const hole of holes) sum -= ringAreaKm2(hole);
  }
  return sum;
}

interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

function boxOf(polygons: readonly PolygonRings[]): Box {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const polygon of polygons) {
    for (const [lon, lat] of polygon[0] ?? []) {
      box.west = Math.min(box.west, lon);
      box.east = Math.max(box.east, lon);
      box.south = Math.min(box.south, lat);
      box.north = Math.max(box.north, lat);
    }
  }
  return box;
}

const overlaps = (a: Box, b: Box) =>
  a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;

/** A unit ready to be measured against: its polygons, their box and area. */
export interface PreparedUnit {
  code: IsoCode;
  polygons: PolygonRings[];
  box: Box;
  areaKm2: number;
}

/** Boxes and areas of the units, computed once for all files. */
export function prepareUnits(units: UnitShapes): PreparedUnit[] {
  return ISO_CODES.map((code) => {
    const polygons = units[code];
    if (!polygons || polygons.length === 0) throw new Error(`no boundary for unit ${code}`);
    return { code, polygons, box: boxOf(polygons), areaKm2: polygonsAreaKm2(polygons) };
  });
}

/** The clipper returns a Polygon or a MultiPolygon; always a list of polygons here. */
function asPolygons(geometry: ClipGeometry | null): PolygonRings[] {
  if (!geometry || geometry.length === 0) return [];
  const first = geometry[0]?.[0]?.[0];
  return (typeof first === 'number' ? [geometry] : geometry) as PolygonRings[];
}

/** Is the point inside the ring? (-1: on its boundary.) Planar, lon/lat. */
function inRing(x: number, y: number, ring: Ring): boolean | -1 {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
    if (
      cross === 0 &&
      x >= Math.min(xi, xj) &&
      x <= Math.max(xi, xj) &&
      y >= Math.min(yi, yj) &&
      y <= Math.max(yi, yj)
    ) {
      return -1;
    }
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Is ring `a` inside ring `b`? Decided by a vertex of `a` not on `b`'s boundary. */
function ringInside(a: Ring, b: Ring): boolean {
  for (const [x, y] of a) {
    const where = inRing(x, y, b);
    if (where !== -1) return where;
  }
  return false;
}

/**
 * Area of a clipper's output in km², reading all its rings by the even-odd rule: a ring inside
 * an odd number of others is a hole. The clipper's rings never cross, and this reading does
 * not depend on which polygon it put a ring in: given a polygon with a hole whose outer ring
 * runs along the unit's boundary, martinez returns the hole as a polygon of its own.
 */
export function evenOddAreaKm2(polygons: readonly PolygonRings[]): number {
  const rings = polygons.flat();
  const boxes = rings.map((ring) => boxOf([[ring]]));
  let sum = 0;
  rings.forEach((ring, i) => {
    let depth = 0;
    rings.forEach((other, j) => {
      if (i !== j && overlaps(boxes[i] as Box, boxes[j] as Box) && ringInside(ring, other)) {
        depth += 1;
      }
    });
    sum += (depth % 2 === 0 ? 1 : -1) * ringAreaKm2(ring);
  });
  return sum;
}

/** The occupied part of one unit, as polygons. */
export function clipToUnit(occupied: readonly PolygonRings[], unit: PreparedUnit): PolygonRings[] {
  const near = occupied.filter((polygon) => overlaps(boxOf([polygon]), unit.box));
  if (near.length === 0) return [];
  return asPolygons(intersection(near as ClipGeometry, unit.polygons as ClipGeometry));
}

/** One region's figures, unrounded. */
export interface RegionFigures {
  areaKm2: number;
  regionAreaKm2: number;
  sharePct: number;
}

/** Occupied area and share of every unit and group. */
export function measure(
  occupied: readonly PolygonRings[],
  units: readonly PreparedUnit[],
): Record<MeasuredId, RegionFigures> {
  const out = {} as Record<MeasuredId, RegionFigures>;
  for (const unit of units) {
    const areaKm2 = evenOddAreaKm2(clipToUnit(occupied, unit));
    out[unit.code] = {
      areaKm2,
      regionAreaKm2: unit.areaKm2,
      sharePct: (100 * areaKm2) / unit.areaKm2,
    };
  }
  for (const id of GROUP_ORDER) {
    let areaKm2 = 0;
    let regionAreaKm2 = 0;
    for (const code of GROUPS[id].members) {
      areaKm2 += out[code].areaKm2;
      regionAreaKm2 += out[code].regionAreaKm2;
    }
    out[id] = { areaKm2, regionAreaKm2, sharePct: (100 * areaKm2) / regionAreaKm2 };
  }
  return out;
}
