import { describe, expect, it } from 'vitest';
import { dateFromName, findCrossings, readInput } from './input.ts';
import { box, reversed } from './test-shapes.ts';

const NAME = 'deepstatemap_data_20260102.geojson';
const square = box(30, 48, 31, 49, 1);
const collection = (coordinates: unknown) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates } },
    ],
  });

describe('dateFromName', () => {
  it.each([
    ['deepstatemap_data_20260102.geojson', '2026-01-02'],
    ['occupied-2025-07-24.geojson', '2025-07-24'],
    ['20240708.json', '2024-07-08'],
  ])('%s → %s', (name, date) => {
    expect(dateFromName(name)).toEqual({ date });
  });

  it.each([
    ['deepstatemap_data_20261341.geojson', 'not a real calendar date'],
    ['deepstatemap_data_20250229.geojson', 'not a real calendar date'],
    ['deepstatemap_data.geojson', 'no date in the file name'],
    ['map-2026-1-2.geojson', 'no date in the file name'],
  ])('%s: %s', (name, message) => {
    const result = dateFromName(name);
    expect('error' in result && result.error).toContain(message);
  });
});

describe('readInput', () => {
  it('reads a FeatureCollection of a MultiPolygon, its date from the name', () => {
    const result = readInput(NAME, collection([[square], [box(32, 48, 33, 49, 1)]]));
    expect(result).toEqual({
      ok: true,
      date: '2026-01-02',
      polygons: [[square], [box(32, 48, 33, 49, 1)]],
    });
  });

  it('accepts either winding, holes, a bare Polygon and a Feature', () => {
    const withHole = [reversed(square), box(30.2, 48.2, 30.4, 48.4, 1)];
    expect(readInput(NAME, JSON.stringify({ type: 'Polygon', coordinates: withHole })).ok).toBe(
      true,
    );
    const feature = {
      type: 'Feature',
      properties: null,
      geometry: { type: 'Polygon', coordinates: [square] },
    };
    expect(readInput(NAME, JSON.stringify(feature)).ok).toBe(true);
  });

  it('an empty MultiPolygon is a map with nothing occupied', () => {
    expect(readInput(NAME, collection([]))).toEqual({ ok: true, date: '2026-01-02', polygons: [] });
  });

  const bowtie = [
    [30, 48],
    [31, 49],
    [31, 48],
    [30, 49],
    [30, 48],
  ];
  it.each([
    ['an empty file', NAME, '', 'the file is empty'],
    ['invalid JSON', NAME, '{"type": "FeatureCollection",', 'not valid JSON'],
    ['JSON that is not GeoJSON', NAME, '[1, 2]', 'not GeoJSON'],
    [
      'no polygon',
      NAME,
      JSON.stringify({ type: 'FeatureCollection', features: [] }),
      'no Polygon or MultiPolygon in the file',
    ],
    [
      'only points',
      NAME,
      JSON.stringify({ type: 'Point', coordinates: [30, 48] }),
      'no Polygon or MultiPolygon',
    ],
    [
      'a bad date in the name',
      'deepstatemap_data_20261302.geojson',
      collection([[square]]),
      '20261302, is not a real calendar date',
    ],
    [
      'an open ring',
      NAME,
      collection([[square.slice(0, -1)]]),
      'polygon 1, outer ring is open: its last position [30, 49] must repeat its first [30, 48]',
    ],
    [
      'a ring of 3 positions',
      NAME,
      collection([
        [
          [
            [30, 48],
            [31, 48],
            [30, 48],
          ],
        ],
      ]),
      'polygon 1, outer ring has 3 position(s): a ring needs at least 4',
    ],
    [
      'projected coordinates',
      NAME,
      collection([
        [
          [
            [3_400_000, 6_100_000],
            [3_500_000, 6_100_000],
            [3_500_000, 6_200_000],
            [3_400_000, 6_100_000],
          ],
        ],
      ]),
      'is not a longitude and latitude in degrees',
    ],
    [
      'text for a coordinate',
      NAME,
      collection([
        [
          [
            [30, 48],
            ['31', 48],
            [31, 49],
            [30, 48],
          ],
        ],
      ]),
      'not a pair of finite numbers',
    ],
    [
      'a self-intersecting ring (a bow tie)',
      NAME,
      collection([[bowtie]]),
      'polygon 1, outer ring crosses itself at [30.5, 48.5]',
    ],
    [
      'a hole poking out of its polygon',
      NAME,
      collection([[square, box(30.5, 48.5, 31.5, 48.7, 1)]]),
      'polygon 1, outer ring and polygon 1, hole 1 cross at',
    ],
    [
      'two polygons overlapping',
      NAME,
      collection([[square], [box(30.5, 48.5, 31.5, 49.5, 1)]]),
      'polygon 1, outer ring and polygon 2, outer ring cross at',
    ],
  ])('rejects %s, saying what is wrong', (_case, name, text, message) => {
    const result = readInput(name, text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toContain(message);
  });

  it('lets two polygons touch at a corner', () => {
    expect(readInput(NAME, collection([[square], [box(31, 49, 32, 50, 1)]])).ok).toBe(true);
  });
});

describe('findCrossings', () => {
  it('finds nothing in a plain square', () => {
    expect(findCrossings([box(30, 48, 31, 49)], ['ring'])).toEqual([]);
  });

  it('finds a ring folding back on itself along an edge', () => {
    const ring: [number, number][] = [
      [0, 0],
      [2, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    const found = findCrossings([ring], ['ring']);
    expect(found.length).toBeGreaterThan(0);
    for (const message of found) expect(message).toMatch(/^ring crosses itself at \[[12], 0\]$/);
  });
});
