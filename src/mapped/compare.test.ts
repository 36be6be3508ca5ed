import { describe, expect, it } from 'vitest';
import { mapDistance, mappedLine, nearestSnapshot, snapshotOn } from './compare.ts';
import type { MappedSeries } from './series.ts';

const hash = 'a'.repeat(64);
const series = {
  format: 1,
  map: { id: 'deepstate', name: 'DeepStateMap', url: null },
  measuredBy: 'this project',
  method: 'm',
  radiusKm: 6371.0072,
  regionAreaKm2: { 'UA-14': 26_521, donbas: 52_748 },
  snapshots: [
    {
      date: '2026-03-01',
      input: 'x_20260301.geojson',
      sha256: hash,
      shares: { 'UA-14': [78.46, 1] },
    },
    {
      date: '2026-03-10',
      input: 'x_20260310.geojson',
      sha256: hash,
      shares: { 'UA-14': [78.49, 1], donbas: [88.58, 1] },
    },
  ],
} as unknown as MappedSeries;

const claim = (low: number | null, high: number | null, asOf = '2026-03-10', region = 'UA-14') => ({
  region,
  kind: 'control',
  low,
  high,
  asOf,
});

describe('mapDistance', () => {
  it.each([
    [claim(83, 85), 'compared', 4.51, "4.5 points above DeepStateMap's map of 10 Mar 2026 (78.5%)"],
    [
      claim(67.2, 67.2),
      'compared',
      -11.29,
      "11.3 points below DeepStateMap's map of 10 Mar 2026 (78.5%)",
    ],
    [claim(75, 85), 'compared', 0, "DeepStateMap's map of 10 Mar 2026 (78.5%) is within its range"],
    [claim(78.5, 78.5), 'compared', 0.01, "level with DeepStateMap's map of 10 Mar 2026 (78.5%)"],
    [
      claim(80, 80, '2026-03-04'),
      'compared',
      1.54,
      "1.5 points above DeepStateMap's map of 1 Mar 2026 (78.5%)",
    ],
    [
      claim(90, 90, '2026-03-12', 'donbas'),
      'compared',
      1.42,
      "1.4 points above DeepStateMap's map of 10 Mar 2026 (88.6%)",
    ],
  ])('%o: %s', (c, _kind, points, text) => {
    const d = mapDistance(c, series)!;
    expect(d.compared && d.points).toBeCloseTo(points, 2);
    expect(d.text).toBe(text);
  });

  it('says when no map is near enough, or the date is too vague', () => {
    expect(mapDistance(claim(80, 80, '2026-03-20'), series)).toEqual({
      compared: false,
      text: 'no DeepStateMap map within 7 days of 20 Mar 2026',
    });
    expect(mapDistance(claim(80, 80, '2026-03'), series)?.text).toBe(
      "date known only to the month: not compared with DeepStateMap's map",
    );
  });

  it('leaves out claims without a share, other kinds, regions not measured', () => {
    expect(mapDistance(claim(null, null), series)).toBeNull();
    expect(mapDistance({ ...claim(100, 100), kind: 'claim' }, series)).toBeNull();
    expect(mapDistance(claim(50, 50, '2026-03-10', 'UA-99'), series)).toBeNull();
  });
});

describe('snapshots and lines', () => {
  it('finds the nearest snapshot within the limit, the earlier on a tie', () => {
    expect(nearestSnapshot(series, '2026-03-05')?.date).toBe('2026-03-01');
    expect(nearestSnapshot(series, '2026-03-06')?.date).toBe('2026-03-10');
    expect(nearestSnapshot(series, '2026-02-20')).toBeNull();
  });

  it('the snapshot in force on a day is the newest on or before it', () => {
    expect(snapshotOn(series, '2026-03-09')?.date).toBe('2026-03-01');
    expect(snapshotOn(series, null)?.date).toBe('2026-03-10');
    expect(snapshotOn(series, '2026-02-01')).toBeNull();
  });

  it('gives a region its share on every snapshot, 0 where untouched', () => {
    expect(mappedLine(series, 'donbas')).toEqual([
      { day: '2026-03-01', share: 0 },
      { day: '2026-03-10', share: 88.58 },
    ]);
  });
});
