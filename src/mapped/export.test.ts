import { describe, expect, it } from 'vitest';
import { buildMeasurementsExport, MEASUREMENT_CSV_COLUMNS, measurementsCsv } from './export.ts';
import { loadMappedSeries } from './load.ts';
import { mappedFiles } from './vite-plugin.ts';

const loaded = loadMappedSeries();
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const series = loaded.series[0]!;
const data = buildMeasurementsExport(series);

describe('the measurements export', () => {
  it('loads the committed DeepStateMap series from data/mapped/', () => {
    expect(loaded.files).toEqual(['deepstate.json']);
    expect(series.map.id).toBe('deepstate');
  });

  it("cites Donetsk on 2 Jan 2026 as this project's measurement, without quotation marks", () => {
    const m = data.measurements.find((x) => x.region === 'UA-14' && x.date === '2026-01-02')!;
    expect(m.kind).toBe('measurement');
    expect(m.citation).toMatch(
      /^Share of Donetsk occupied on DeepStateMap's map of 2 Jan 2026, as measured by this project; method: occupied area within the unit ÷ the unit's area, both on Natural Earth 10m admin-1 boundaries/,
    );
    expect(m.sharePct).toBeGreaterThan(70);
    for (const x of data.measurements) expect(x.citation).not.toMatch(/["“”«»]/);
  });

  it('lists every unit the map touches on some date, and the groups, on every date', () => {
    const ids = new Set(data.measurements.map((m) => m.region));
    for (const id of [
      'UA-09',
      'UA-14',
      'UA-23',
      'UA-65',
      'UA-43',
      'UA-40',
      'UA-63',
      'UA-48',
      'UA-59',
      'UA-12',
      'donbas',
      'crimea',
      'annexed-four',
      'UA',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(ids).not.toContain('UA-46');
    expect(data.measurements).toHaveLength(ids.size * series.snapshots.length);
  });

  it('writes one CSV row per measurement with its citation', () => {
    const csv = measurementsCsv(data);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(MEASUREMENT_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(data.measurements.length + 2);
    expect(lines.find((l) => l.startsWith('measurement,UA-14,Donetsk,2026-01-02,'))).toContain(
      "Share of Donetsk occupied on DeepStateMap's map of 2 Jan 2026",
    );
  });

  it('serves the series as committed, and the two downloads', () => {
    const files = mappedFiles();
    expect([...files.keys()]).toEqual([
      'data/mapped/deepstate.json',
      'data/mapped/deepstate-measurements.json',
      'data/mapped/deepstate-measurements.csv',
    ]);
  });
});
