import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset, REPO_ROOT } from '../src/claims/load.ts';
import { dataRoot, exportFiles } from '../src/claims/vite-plugin.ts';
import { copySource, writeSyntheticData } from './synthetic.ts';

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tc-synthetic-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the synthetic dataset (npm run bench -- --scale N)', () => {
  it('is N times the real one and passes the real validation, quotes against texts included', () => {
    const real = loadDataset();
    if (!real.ok) throw new Error('the real dataset does not validate');
    const dir = fresh();
    const made = writeSyntheticData(REPO_ROOT, dir, 3);
    expect(made.sources).toBe(real.dataset.sources.length * 3);
    expect(made.claims).toBe(real.dataset.claims.length * 3);
    const loaded = loadDataset({ root: dir });
    expect(loaded.ok ? [] : loaded.errors.map((e) => e.message)).toEqual([]);
    if (loaded.ok) expect(loaded.dataset.claims).toHaveLength(made.claims);
  });

  it('is the same bytes every time', () => {
    const [a, b] = [fresh(), fresh()];
    writeSyntheticData(REPO_ROOT, a, 2);
    writeSyntheticData(REPO_ROOT, b, 2);
    const files = (dir: string) =>
      ['data/sources', 'data/texts'].flatMap((sub) =>
        readdirSync(join(dir, sub))
          .sort()
          .map((name) => `${sub}/${name}:${readFileSync(join(dir, sub, name), 'utf8')}`),
      );
    expect(files(a)).toEqual(files(b));
  });

  it('marks every copy as one and keeps the real figures and quotes, in a text of its own', () => {
    const source = {
      id: 'x-2025',
      outlet: 'Outlet',
      document: null,
      text: { sha256: '0' },
      claims: [{ id: 'x-2025/a', speaker: { name: 'Someone' }, quote: 'the words', low: 80 }],
    };
    const copy = copySource(source, 'Before. the words. After.', 4);
    expect(copy.source.id).toBe('x-2025-x4');
    expect(copy.source.outlet).toBe('Outlet (copy 4)');
    expect(copy.source.claims[0]).toMatchObject({
      id: 'x-2025-x4/a',
      speaker: { name: 'Someone (copy 4)' },
      quote: 'the words',
      low: 80,
    });
    expect(copy.text).toMatch(/^\[Synthetic copy 4 of x-2025/);
    expect(copy.text).toContain('the words');
  });

  it('is what the build exports when TC_DATA_ROOT names it, and the repository otherwise', () => {
    const dir = fresh();
    const made = writeSyntheticData(REPO_ROOT, dir, 2);
    const was = process.env.TC_DATA_ROOT;
    try {
      delete process.env.TC_DATA_ROOT;
      expect(dataRoot()).toBe(REPO_ROOT);
      process.env.TC_DATA_ROOT = dir;
      expect(dataRoot()).toBe(dir);
      const exported = JSON.parse(exportFiles().json) as { claims: unknown[] };
      expect(exported.claims).toHaveLength(made.claims);
    } finally {
      if (was === undefined) delete process.env.TC_DATA_ROOT;
      else process.env.TC_DATA_ROOT = was;
    }
  });

  it('refuses a scale that is not a whole number of at least 1', () => {
    expect(() => writeSyntheticData(REPO_ROOT, fresh(), 0)).toThrow(/whole number/);
  });
});
