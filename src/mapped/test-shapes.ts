/**
 * Synthetic shapes for the mapped tests: lon/lat boxes with dense edges (so d3-geo's great
 * circles follow the parallels closely) and their exact areas on the sphere.
 */
import { ISO_CODES, type IsoCode } from '../geo/regions.ts';
import type { PolygonRings, Ring } from './input.ts';
import { EARTH_RADIUS_KM, type UnitShapes } from './measure.ts';

/** A closed, counter-clockwise (RFC 7946) box ring with a point every `step` degrees. */
export function box(west: number, south: number, east: number, north: number, step = 0.05): Ring {
  const ring: Ring = [];
  const along = (a: number, b: number) => {
    const n = Math.max(1, Math.ceil(Math.abs(b - a) / step));
    return Array.from({ length: n }, (_, i) => a + ((b - a) * i) / n);
  };
  for (const x of along(west, east)) ring.push([x, south]);
  for (const y of along(south, north)) ring.push([east, y]);
  for (const x of along(east, west)) ring.push([x, north]);
  for (const y of along(north, south)) ring.push([west, y]);
  ring.push([west, south]);
  return ring;
}

/** Exact area of a lon/lat box on the sphere, km². */
export function boxAreaKm2(west: number, south: number, east: number, north: number): number {
  const rad = Math.PI / 180;
  return (
    EARTH_RADIUS_KM ** 2 * (east - west) * rad * (Math.sin(north * rad) - Math.sin(south * rad))
  );
}

/**
 * Fake units: Luhansk (UA-09) the box 30–31°E, 48–49°N; Donetsk (UA-14) 31–32°E beside it;
 * every other unit a 1° box far away, at 40°E + its index, 10°N.
 */
export function fakeUnits(): UnitShapes {
  const out = {} as Record<IsoCode, PolygonRings[]>;
  ISO_CODES.forEach((code, i) => {
    out[code] =
      code === 'UA-09'
        ? [[box(30, 48, 31, 49)]]
        : code === 'UA-14'
          ? [[box(31, 48, 32, 49)]]
          : [[box(40 + i, 10, 41 + i, 11)]];
  });
  return out;
}

export const reversed = (ring: Ring): Ring => [...ring].reverse();
