/**
 * The committed series (data/mapped/deepstate.json) checked for shape and arithmetic, with
 * nothing but the repository; and the series functions on small made-up inputs.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLAIM_REGIONS } from '../geo/regions.ts';
import { measure, MEASURED_IDS, prepareUnits } from './measure.ts';
import { DEEPSTATE } from './pipeline.ts';
import {
  buildSeries,
  formatSeries,
  measurementCitation,
  measurements,
  validateSeries,
  type MappedSeries,
} from './series.ts';
import { box, fakeUnits } from './test-shapes.ts';

const FILE = join(dirname(fileURLToPath(import.meta.url)), '../../data/mapped/deepstate.json');
const text = readFileSync(FILE, 'utf8');
const committed = JSON.parse(text) as MappedSeries;

describe('the committed series data/mapped/deepstate.json', () => {
  const result = validateSeries(committed, 'data/mapped/deepstate.json');

  it('is valid', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('is written the way formatSeries writes it (byte for byte)', () => {
    expect(formatSeries(committed)).toBe(text);
  });

  it('covers DeepStateMap snapshots from 2024-07-08 to 2026-08-22, one per date, with hashes', () => {
    const dates = committed.snapshots.map((s) => s.date);
    expect(dates[0]).toBe('2024-07-08');
    expect(dates.at(-1)).toBe('2026-08-22');
    expect(dates.length).toBeGreaterThanOrEqual(61);
    expect(new Set(committed.snapshots.map((s) => s.sha256)).size).toBeGreaterThan(55);
    expect(committed.map.name).toBe('DeepStateMap');
  });

  it('gives every claim region and the country a share on every date, within sane bounds', () => {
    for (const s of committed.snapshots) {
      for (const region of CLAIM_REGIONS) {
        const share = s.shares[region.id]?.[0] ?? 0;
        expect(share, `${region.id} on ${s.date}`).toBeGreaterThan(50);
      }
      const country = s.shares.UA?.[0] ?? 0;
      expect(country, s.date).toBeGreaterThan(15);
      expect(country, s.date).toBeLessThan(25);
    }
  });

  it("measures the units' boundaries near their official areas", () => {
    const areas = committed.regionAreaKm2;
    expect(areas['UA-14'] / 26_517).toBeCloseTo(1, 1);
    expect(areas.UA / 603_628).toBeCloseTo(0.99, 1);
  });

  it('expands to one measurement per date, unit and group', () => {
    const all = measurements(committed);
    expect(all).toHaveLength(committed.snapshots.length * MEASURED_IDS.length);
    expect(all.every((m) => m.kind === 'measurement' && m.map === 'DeepStateMap')).toBe(true);
  });
});

describe('validateSeries catches a tampered file', () => {
  const tamper = (change: (s: MappedSeries) => void) => {
    const copy = structuredClone(committed);
    change(copy);
    const result = validateSeries(copy, 'x.json');
    return result.ok ? [] : result.errors;
  };
  const first = (s: MappedSeries) => s.snapshots[0]!;

  it.each<[string, (s: MappedSeries) => void, string]>([
    [
      'a share not matching its area',
      (s) => (first(s).shares['UA-14']![0] += 1),
      'is not its area ÷',
    ],
    [
      'a group not the sum of its units',
      (s) => (first(s).shares.donbas![1] += 100),
      'is not the sum of its units',
    ],
    ['a share over 100', (s) => (first(s).shares['UA-09'] = [101, 26_500]), 'is not within 0–100'],
    ['a bad hash', (s) => (first(s).sha256 = 'abc'), 'a sha256 is 64 lower-case hex digits'],
    [
      'a date unlike the input name',
      (s) => (first(s).date = '2024-07-09'),
      'differs from the date in the input',
    ],
    ['dates out of order', (s) => s.snapshots.reverse(), 'is not after the previous'],
    [
      'an unknown region',
      (s) => ((first(s).shares as Record<string, unknown>)['UA-99'] = [1, 1]),
      'shares',
    ],
    [
      'a missing region area',
      (s) => delete (s.regionAreaKm2 as Record<string, number>)['UA-14'],
      'regionAreaKm2',
    ],
  ])('%s', (_case, change, message) => {
    expect(tamper(change).join('\n')).toContain(message);
  });
});

describe('buildSeries and measurementCitation', () => {
  const units = prepareUnits(fakeUnits());
  const series = buildSeries(DEEPSTATE, [
    {
      date: '2026-01-02',
      input: 'b_20260102.geojson',
      sha256: 'b'.repeat(64),
      figures: measure([[box(30, 48, 30.5, 49)]], units),
    },
    {
      date: '2025-01-02',
      input: 'a_20250102.geojson',
      sha256: 'a'.repeat(64),
      figures: measure([], units),
    },
  ]);

  it('sorts by date, rounds, and leaves zeros out', () => {
    expect(series.snapshots.map((s) => s.date)).toEqual(['2025-01-02', '2026-01-02']);
    expect(series.snapshots[0]!.shares).toEqual({});
    expect(Object.keys(series.snapshots[1]!.shares)).toEqual([
      'UA-09',
      'donbas',
      'annexed-four',
      'UA',
    ]);
    expect(series.snapshots[1]!.shares['UA-09']![0]).toBe(50);
    expect(validateSeries(JSON.parse(formatSeries(series)), 'x').ok).toBe(true);
  });

  it('cites a measurement as a measurement, never as a quote', () => {
    const m = measurements(series).find((x) => x.region === 'UA-09' && x.date === '2026-01-02')!;
    const line = measurementCitation(m);
    expect(line).toMatch(
      /^Share of Luhansk occupied on DeepStateMap's map of 2 Jan 2026, as measured by this project; method: occupied area within the unit ÷ the unit's area, .*; input b_20260102\.geojson \(sha256 b{64}\)$/,
    );
    expect(line).not.toMatch(/["“”]/);
  });
});
