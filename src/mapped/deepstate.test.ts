/**
 * Checks against DeepStateMap's own snapshots in ../shared/mapped/deepstate (not part of the
 * repository; its terms forbid committing them). Skipped, saying why, when the folder is
 * not beside the checkout.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureDir, SERIES_FILE } from '../cli/mapped.ts';
import { formatSeries } from './series.ts';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/mapped/deepstate');
const present = existsSync(join(DIR, 'deepstatemap_data_20260102.geojson'));
if (!present) {
  console.log(
    `src/mapped/deepstate.test.ts: skipped, ${DIR} is not there (DeepStateMap's snapshots are an input kept outside the repository)`,
  );
}

describe.skipIf(!present)('measured on DeepStateMap snapshots', () => {
  const run = present ? measureDir(DIR) : null;

  it('every snapshot is valid and measured', () => {
    expect(run!.problems).toEqual([]);
    expect(run!.series.snapshots.length).toBeGreaterThanOrEqual(61);
  });

  it("reproduces DeepState's published shares of 2 Jan 2026 within 1 point", () => {
    const s = run!.series.snapshots.find((x) => x.date === '2026-01-02')!;
    // As quoted in data/sources/deepstate-online-ua-2026-01-02.json
    const published = { 'UA-09': 99.6, 'UA-23': 74.8, 'UA-65': 72, UA: 19.25 } as const;
    for (const [id, value] of Object.entries(published)) {
      const share = s.shares[id as keyof typeof published]![0];
      expect(Math.abs(share - value), `${id}: measured ${share}, published ${value}`).toBeLessThan(
        1,
      );
    }
  });

  it('the committed series equals a fresh run, byte for byte', () => {
    expect(formatSeries(run!.series)).toBe(readFileSync(SERIES_FILE, 'utf8'));
  });
});
