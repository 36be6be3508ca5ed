import { describe, expect, it } from 'vitest';
import { ISO_CODES } from '../geo/regions.ts';
import { readInput, type PolygonRings } from './input.ts';
import { measure, MEASURED_IDS, polygonsAreaKm2, prepareUnits } from './measure.ts';
import { box, boxAreaKm2, fakeUnits, reversed } from './test-shapes.ts';

const units = prepareUnits(fakeUnits());
const unitArea = boxAreaKm2(30, 48, 31, 49);

/** Measures polygons given as GeoJSON text, through the same reader the pipeline uses. */
function measureGeoJson(geometry: object) {
  const read = readInput('test_20260102.geojson', JSON.stringify(geometry));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return measure(read.polygons, units);
}
const multi = (...polygons: PolygonRings[]) => ({ type: 'MultiPolygon', coordinates: polygons });

describe('areas on the sphere', () => {
  it('measures a lon/lat box as R² Δλ (sin φ2 − sin φ1), either winding', () => {
    const ring = box(30, 48, 31, 49);
    expect(polygonsAreaKm2([[ring]])).toBeCloseTo(unitArea, -1);
    expect(polygonsAreaKm2([[ring]]) / unitArea).toBeCloseTo(1, 4);
    expect(polygonsAreaKm2([[reversed(ring)]])).toBeCloseTo(polygonsAreaKm2([[ring]]), 6);
    // about 8,200 km²: 1° of longitude at 48.5°N is ~73.7 km, 1° of latitude ~111.2 km
    expect(unitArea).toBeGreaterThan(8_150);
    expect(unitArea).toBeLessThan(8_250);
  });

  it('gives each unit and group its area', () => {
    const figures = measureGeoJson(multi());
    expect(figures['UA-09'].regionAreaKm2 / unitArea).toBeCloseTo(1, 4);
    expect(figures.donbas.regionAreaKm2).toBeCloseTo(
      figures['UA-09'].regionAreaKm2 + figures['UA-14'].regionAreaKm2,
      6,
    );
    expect(figures.UA.regionAreaKm2).toBeCloseTo(
      ISO_CODES.reduce((sum, code) => sum + figures[code].regionAreaKm2, 0),
      6,
    );
  });
});

describe('occupied share of a unit, with known answers', () => {
  it('a square covering the western half of Luhansk: 50%, Donetsk 0%', () => {
    const f = measureGeoJson(multi([box(30, 48, 30.5, 49)]));
    expect(f['UA-09'].sharePct).toBeCloseTo(50, 2);
    expect(f['UA-09'].areaKm2).toBeCloseTo(unitArea / 2, -1);
    expect(f['UA-14'].sharePct).toBe(0);
    expect(f.donbas.sharePct).toBeCloseTo(25, 2);
  });

  it('the part of a polygon outside every unit (sea, Russia) does not count', () => {
    const f = measureGeoJson(multi([box(29, 47, 30.5, 49)]));
    expect(f['UA-09'].sharePct).toBeCloseTo(50, 2);
    expect(f.UA.areaKm2).toBeCloseTo(f['UA-09'].areaKm2, 6);
  });

  it("a polygon with a hole (its outer ring on the unit's boundary): the hole is not occupied", () => {
    const hole = box(30.25, 48.25, 30.75, 48.75);
    const f = measureGeoJson(multi([box(30, 48, 31, 49), reversed(hole)]));
    const expected = 100 * (1 - boxAreaKm2(30.25, 48.25, 30.75, 48.75) / unitArea);
    expect(expected).toBeCloseTo(75, 0);
    expect(f['UA-09'].sharePct).toBeCloseTo(expected, 2);
  });

  it('a MultiPolygon spanning two units counts in each', () => {
    const f = measureGeoJson(multi([box(30.5, 48, 31.5, 49)], [box(31.75, 48, 32, 48.5)]));
    expect(f['UA-09'].sharePct).toBeCloseTo(50, 2);
    const expected = 100 * (0.5 + boxAreaKm2(31.75, 48, 32, 48.5) / unitArea);
    expect(f['UA-14'].sharePct).toBeCloseTo(expected, 2);
    expect(f.donbas.areaKm2).toBeCloseTo(f['UA-09'].areaKm2 + f['UA-14'].areaKm2, 6);
    expect(f['annexed-four'].areaKm2).toBeCloseTo(f.donbas.areaKm2, 6);
  });

  it('both ring windings give the same figures, holes too', () => {
    const outer = box(30.5, 48, 31.5, 49);
    const hole = box(30.75, 48.25, 31.25, 48.75);
    const rfc = measureGeoJson(multi([outer, reversed(hole)]));
    const d3 = measureGeoJson(multi([reversed(outer), hole]));
    for (const id of MEASURED_IDS) expect(d3[id].areaKm2).toBeCloseTo(rfc[id].areaKm2, 6);
    expect(rfc['UA-09'].sharePct).toBeGreaterThan(30);
    expect(rfc['UA-09'].sharePct).toBeLessThan(40);
  });

  it('an empty MultiPolygon: nothing occupied anywhere', () => {
    const f = measureGeoJson({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: multi() }],
    });
    for (const id of MEASURED_IDS) {
      expect(f[id].areaKm2).toBe(0);
      expect(f[id].sharePct).toBe(0);
    }
  });

  it('an island in a hole counts again', () => {
    const f = measureGeoJson(
      multi(
        [box(30, 48, 31, 49), reversed(box(30.25, 48.25, 30.75, 48.75))],
        [box(30.4, 48.4, 30.6, 48.6)],
      ),
    );
    const expected =
      (100 *
        (unitArea - boxAreaKm2(30.25, 48.25, 30.75, 48.75) + boxAreaKm2(30.4, 48.4, 30.6, 48.6))) /
      unitArea;
    expect(f['UA-09'].sharePct).toBeCloseTo(expected, 2);
  });

  it('a whole unit is 100%', () => {
    const f = measureGeoJson({ type: 'Polygon', coordinates: [box(30, 48, 31, 49)] });
    expect(f['UA-09'].sharePct).toBeCloseTo(100, 6);
  });
});
