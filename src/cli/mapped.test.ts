import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { box } from '../mapped/test-shapes.ts';
import { main, type Io } from './mapped.ts';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mapped-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function run(...argv: string[]) {
  let out = '';
  const err: string[] = [];
  const io: Io = { out: (text) => (out += text), err: (line) => err.push(line) };
  const code = main(argv, io);
  return { code, out, err: err.join('\n') };
}

/** Half of Donetsk's longitude span around 37.8°E, over the whole oblast's latitudes. */
const polygon = (east: number) =>
  JSON.stringify({ type: 'MultiPolygon', coordinates: [[box(36.5, 46.8, east, 49.3, 0.1)]] });

describe('npm run mapped', () => {
  it('measures every good file, names each bad one and what is wrong, and exits 1', () => {
    const dir = folder({
      'deepstatemap_data_20260101.geojson': polygon(37.8),
      'deepstatemap_data_20260102.geojson': polygon(38.2),
      'deepstatemap_data_20260103.geojson': '{"type": "FeatureCollection"',
      'deepstatemap_data_20261340.geojson': polygon(38),
      LICENSE: 'not a polygon file',
    });
    const { code, out, err } = run(dir);
    expect(code).toBe(1);
    expect(err).toContain(`${join(dir, 'deepstatemap_data_20260103.geojson')}: not valid JSON`);
    expect(err).toContain(
      `${join(dir, 'deepstatemap_data_20261340.geojson')}: the date in the file name, 20261340, is not a real calendar date`,
    );
    expect(err).toContain('2 file(s) skipped (see above); the other 2 were measured');
    expect(err).not.toContain('LICENSE');
    const rows = out.split('\n').filter((line) => /^\d{4}-/.test(line));
    expect(rows.map((row) => row.slice(0, 10))).toEqual(['2026-01-01', '2026-01-02']);
    expect(out).toContain('UA-14 Donetsk');
  });

  it('--json: every date × 27 units and 4 groups, with input name and sha256', () => {
    const dir = folder({ 'occupied-2026-01-02.geojson': polygon(38.2) });
    const { code, out } = run(dir, '--json');
    expect(code).toBe(0);
    const records = JSON.parse(out) as Record<string, unknown>[];
    expect(records).toHaveLength(31);
    const donetsk = records.find((r) => r.region === 'UA-14')!;
    expect(Object.keys(donetsk)).toEqual([
      'date',
      'region',
      'sharePct',
      'areaKm2',
      'regionAreaKm2',
      'input',
      'sha256',
    ]);
    expect(donetsk.date).toBe('2026-01-02');
    expect(donetsk.input).toBe('occupied-2026-01-02.geojson');
    expect(donetsk.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(donetsk.sharePct).toBeGreaterThan(20);
    expect(donetsk.sharePct).toBeLessThan(95);
    expect(records.find((r) => r.region === 'UA-46')!.sharePct).toBe(0);
  });

  it('--write --out writes the same bytes twice, and nothing when a file is bad', () => {
    const dir = folder({
      'x_20260102.geojson': polygon(38.2),
      'x_20260101.geojson': polygon(37.8),
    });
    const out = join(folder({}), 'series.json');
    expect(run(dir, '--write', '--out', out).code).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect(run(dir, '--write', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(first);
    expect(JSON.parse(first).snapshots).toHaveLength(2);

    writeFileSync(join(dir, 'x_20260103.geojson'), '');
    const bad = run(dir, '--write', '--out', out);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Nothing written');
    expect(readFileSync(out, 'utf8')).toBe(first);
  });

  it('exits 2 on bad arguments, saying how to call it', () => {
    expect(run().err).toContain('give the folder of polygon files');
    expect(run('/no/such/folder').code).toBe(2);
    expect(run(folder({}), '--frobnicate').code).toBe(2);
  });
});
