/**
 * Reading one occupied-area polygon file: the date in its name and its (Multi)Polygons,
 * checked before anything is measured on them. Every problem is a message that names what is
 * wrong and how to fix it; a file with any problem is not measured at all.
 *
 * Accepted: a GeoJSON FeatureCollection, Feature or bare geometry whose geometries are
 * Polygons or MultiPolygons (a GeometryCollection of them too), lon/lat in degrees (CRS84),
 * rings closed, either winding (RFC 7946's or d3-geo's), no ring crossing itself or another.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { Geometry, Position } from 'geojson';
import { isIsoDay } from '../claims/dates.ts';

/** A ring of [lon, lat] positions, closed (the last position repeats the first). */
export type Ring = [number, number][];
/** An exterior ring followed by its holes. */
export type PolygonRings = Ring[];

export interface InputOk {
  ok: true;
  /** "YYYY-MM-DD", from the file name. */
  date: string;
  polygons: PolygonRings[];
}
export interface InputError {
  ok: false;
  errors: string[];
}
export type InputResult = InputOk | InputError;

/**
 * The date in a file name: `…_YYYYMMDD.geojson` (DeepStateMap's daily files) or
 * `…YYYY-MM-DD.geojson`; `.json` works too.
 */
const DATE_IN_NAME = /(?:^|[^0-9])(\d{4})-?(\d{2})-?(\d{2})\.(?:geo)?json$/i;

/** The date a file name carries, or a message saying how to name the file. */
export function dateFromName(name: string): { date: string } | { error: string } {
  const match = DATE_IN_NAME.exec(name);
  if (!match) {
    return {
      error:
        'no date in the file name: name each file after the day its map shows, e.g. deepstatemap_data_20260102.geojson or occupied-2026-01-02.geojson',
    };
  }
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  if (!isIsoDay(date)) {
    return {
      error: `the date in the file name, ${match[1]}${match[2]}${match[3]}, is not a real calendar date: use YYYYMMDD, e.g. deepstatemap_data_20260102.geojson`,
    };
  }
  return { date };
}

function isPosition(value: unknown): value is Position {
  return Array.isArray(value) && value.length >= 2;
}

/** The Polygon/MultiPolygon geometries of a parsed GeoJSON object, or what is wrong with it. */
function geometriesOf(json: unknown): { geometries: Geometry[] } | { error: string } {
  if (typeof json !== 'object' || json === null || !('type' in json)) {
    return { error: 'not GeoJSON: expected an object with a "type" (FeatureCollection)' };
  }
  const object = json as { type: unknown; features?: unknown; geometry?: unknown };
  if (object.type === 'FeatureCollection') {
    if (!Array.isArray(object.features)) {
      return { error: 'a FeatureCollection without a "features" array' };
    }
    const geometries: Geometry[] = [];
    for (const [i, feature] of object.features.entries()) {
      const inner = geometriesOf(feature);
      if ('error' in inner) return { error: `feature ${i + 1}: ${inner.error}` };
      geometries.push(...inner.geometries);
    }
    return { geometries };
  }
  if (object.type === 'Feature') {
    if (object.geometry === null || object.geometry === undefined) return { geometries: [] };
    return geometriesOf(object.geometry);
  }
  if (object.type === 'GeometryCollection') {
    const members = (json as { geometries?: unknown }).geometries;
    if (!Array.isArray(members)) return { error: 'a GeometryCollection without "geometries"' };
    const geometries: Geometry[] = [];
    for (const member of members) {
      const inner = geometriesOf(member);
      if ('error' in inner) return inner;
      geometries.push(...inner.geometries);
    }
    return { geometries };
  }
  if (object.type === 'Polygon' || object.type === 'MultiPolygon') {
    return { geometries: [json as Geometry] };
  }
  if (typeof object.type === 'string') return { geometries: [] };
  return { error: 'not GeoJSON: "type" is not a string' };
}

/** Checks one ring's positions: numbers, lon/lat ranges, at least 4 positions, closed. */
function checkRing(raw: unknown, where: string, errors: string[]): Ring | null {
  if (!Array.isArray(raw)) {
    errors.push(`${where} is not an array of positions`);
    return null;
  }
  const ring: Ring = [];
  for (const [i, position] of raw.entries()) {
    if (!isPosition(position)) {
      errors.push(`${where}, position ${i + 1}, is not a [lon, lat] pair`);
      return null;
    }
    const [lon, lat] = position;
    if (typeof lon !== 'number' || typeof lat !== 'number' || !isFinite(lon) || !isFinite(lat)) {
      errors.push(`${where}, position ${i + 1}, is not a pair of finite numbers`);
      return null;
    }
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      errors.push(
        `${where}, position ${i + 1}, [${lon}, ${lat}] is not a longitude and latitude in degrees: the file must be in lon/lat (CRS84), not a projected system`,
      );
      return null;
    }
    ring.push([lon, lat]);
  }
  if (ring.length < 4) {
    errors.push(
      `${where} has ${ring.length} position(s): a ring needs at least 4 (3 corners and the first repeated to close it)`,
    );
    return null;
  }
  const first = ring[0] as [number, number];
  const last = ring[ring.length - 1] as [number, number];
  if (first[0] !== last[0] || first[1] !== last[1]) {
    errors.push(
      `${where} is open: its last position [${last.join(', ')}] must repeat its first [${first.join(', ')}]`,
    );
    return null;
  }
  return ring;
}

interface Segment {
  ax: number;
  ay: number;
  bx: number;
  by: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  /** Index of the ring among all rings of the file, and of the segment within it. */
  ring: number;
  index: number;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const value = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}

function onSegment(s: Segment, x: number, y: number): boolean {
  return x >= s.minX && x <= s.maxX && y >= s.minY && y <= s.maxY;
}

/**
 * How two segments meet: 'cross' (properly, interiors crossing), 'overlap' (collinear, sharing
 * a stretch), 'touch' (an end on the other), or null.
 */
function meet(s: Segment, t: Segment): 'cross' | 'overlap' | 'touch' | null {
  const o1 = orient(s.ax, s.ay, s.bx, s.by, t.ax, t.ay);
  const o2 = orient(s.ax, s.ay, s.bx, s.by, t.bx, t.by);
  const o3 = orient(t.ax, t.ay, t.bx, t.by, s.ax, s.ay);
  const o4 = orient(t.ax, t.ay, t.bx, t.by, s.bx, s.by);
  if (o1 * o2 < 0 && o3 * o4 < 0) return 'cross';
  if (o1 === 0 && o2 === 0) {
    // Collinear: a shared stretch longer than a point is an overlap.
    const horizontal = s.maxX - s.minX >= s.maxY - s.minY;
    const [s0, s1] = horizontal ? [s.minX, s.maxX] : [s.minY, s.maxY];
    const [t0, t1] = horizontal ? [t.minX, t.maxX] : [t.minY, t.maxY];
    const lo = Math.max(s0, t0);
    const hi = Math.min(s1, t1);
    if (hi > lo) return 'overlap';
    return hi === lo ? 'touch' : null;
  }
  if (
    (o1 === 0 && onSegment(s, t.ax, t.ay)) ||
    (o2 === 0 && onSegment(s, t.bx, t.by)) ||
    (o3 === 0 && onSegment(t, s.ax, s.ay)) ||
    (o4 === 0 && onSegment(t, s.bx, s.by))
  ) {
    return 'touch';
  }
  return null;
}

/** Where two segments meet, for the message: a point on both, rounded to 1e-5°. */
function meetingPoint(s: Segment, t: Segment): string {
  const d = (s.bx - s.ax) * (t.by - t.ay) - (s.by - s.ay) * (t.bx - t.ax);
  let x = s.ax;
  let y = s.ay;
  if (d !== 0) {
    const u = ((t.ax - s.ax) * (t.by - t.ay) - (t.ay - s.ay) * (t.bx - t.ax)) / d;
    x = s.ax + u * (s.bx - s.ax);
    y = s.ay + u * (s.by - s.ay);
  }
  return `[${Number(x.toFixed(5))}, ${Number(y.toFixed(5))}]`;
}

/**
 * Finds rings that cross themselves or each other (a sweep over x). Within one ring, any
 * meeting of two non-adjacent edges is an error (a figure-eight or a ring touching itself);
 * between rings, a crossing or a shared stretch is (a hole poking out of its polygon, two
 * polygons overlapping), while touching at a point is allowed. Returns at most `limit`
 * messages.
 */
export function findCrossings(rings: Ring[], names: string[], limit = 5): string[] {
  const segments: Segment[] = [];
  const sizes: number[] = [];
  rings.forEach((ring, r) => {
    sizes.push(ring.length - 1);
    for (let i = 0; i < ring.length - 1; i++) {
      const [ax, ay] = ring[i] as [number, number];
      const [bx, by] = ring[i + 1] as [number, number];
      if (ax === bx && ay === by) continue; // a repeated position: harmless
      segments.push({
        ax,
        ay,
        bx,
        by,
        minX: Math.min(ax, bx),
        maxX: Math.max(ax, bx),
        minY: Math.min(ay, by),
        maxY: Math.max(ay, by),
        ring: r,
        index: i,
      });
    }
  });
  segments.sort((a, b) => a.minX - b.minX || a.minY - b.minY);
  const errors: string[] = [];
  let active: Segment[] = [];
  for (const s of segments) {
    active = active.filter((t) => t.maxX >= s.minX);
    for (const t of active) {
      if (t.maxY < s.minY || t.minY > s.maxY) continue;
      if (t.ring === s.ring) {
        const n = sizes[s.ring] ?? 0;
        const gap = Math.abs(t.index - s.index);
        const adjacent = gap === 1 || gap === n - 1;
        const how = meet(s, t);
        // Adjacent edges share a corner by construction; only folding back onto each other
        // (a collinear overlap) is wrong.
        if (how && (!adjacent || how === 'overlap')) {
          errors.push(`${names[s.ring]} crosses itself at ${meetingPoint(s, t)}`);
        }
      } else {
        const how = meet(s, t);
        if (how === 'cross' || how === 'overlap') {
          const [first, second] = s.ring < t.ring ? [s, t] : [t, s];
          errors.push(
            `${names[first.ring]} and ${names[second.ring]} ${how === 'cross' ? 'cross' : 'overlap along an edge'} at ${meetingPoint(s, t)}`,
          );
        }
      }
      if (errors.length >= limit) return errors;
    }
    active.push(s);
  }
  return errors;
}

/**
 * Reads one file's text. `name` is the file's name (its date is read from it); the result
 * holds the date and the polygons, or every problem found.
 */
export function readInput(name: string, text: string): InputResult {
  const errors: string[] = [];
  const dated = dateFromName(name);
  if ('error' in dated) errors.push(dated.error);
  if (text.trim() === '') {
    errors.push('the file is empty: it must hold GeoJSON with the occupied area');
    return { ok: false, errors };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    errors.push(
      `not valid JSON (${error instanceof Error ? error.message : String(error)}): export the map as GeoJSON`,
    );
    return { ok: false, errors };
  }
  const found = geometriesOf(json);
  if ('error' in found) {
    errors.push(found.error);
    return { ok: false, errors };
  }
  const polygons: PolygonRings[] = [];
  const rings: Ring[] = [];
  const names: string[] = [];
  let count = 0;
  let polygonal = false;
  for (const geometry of found.geometries) {
    if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') polygonal = true;
    const raw =
      geometry.type === 'Polygon'
        ? [geometry.coordinates as unknown]
        : geometry.type === 'MultiPolygon'
          ? (geometry.coordinates as unknown)
          : [];
    if (!Array.isArray(raw)) {
      errors.push(`a ${geometry.type} without a "coordinates" array`);
      continue;
    }
    for (const rawPolygon of raw) {
      count += 1;
      if (!Array.isArray(rawPolygon) || rawPolygon.length === 0) {
        errors.push(`polygon ${count} has no rings`);
        continue;
      }
      const polygon: PolygonRings = [];
      rawPolygon.forEach((rawRing: unknown, r: number) => {
        const where = r === 0 ? `polygon ${count}, outer ring` : `polygon ${count}, hole ${r}`;
        const ring = checkRing(rawRing, where, errors);
        if (ring) {
          polygon.push(ring);
          rings.push(ring);
          names.push(where);
        }
      });
      if (polygon.length === rawPolygon.length) polygons.push(polygon);
    }
  }
  // An empty MultiPolygon is a map with nothing occupied (every share 0); no polygon
  // geometry at all is a wrong file.
  if (!polygonal && errors.length === 0) {
    errors.push(
      'no Polygon or MultiPolygon in the file: it must hold the occupied area as (Multi)Polygon geometry',
    );
  }
  if (errors.length === 0) errors.push(...findCrossings(rings, names));
  if (errors.length > 0 || !('date' in dated)) return { ok: false, errors };
  return { ok: true, date: dated.date, polygons };
}
