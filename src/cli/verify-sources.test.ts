import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../claims/load.ts';
import { divergence } from './verify-sources.ts';

const SEEDS = resolve(REPO_ROOT, '../shared/seeds');
const SCRIPT = join(REPO_ROOT, 'src/cli/verify-sources.ts');
const temps: string[] = [];

function run(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-sources-'));
  temps.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run verify:sources', () => {
  it('passes on the seed texts', () => {
    const result = run(SEEDS);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('verify:sources: 39 quotes checked in 5 documents, 0 failed\n');
    expect(result.status).toBe(0);
  });

  it('fails, naming the claim, when a quoted word is altered in a seed text', () => {
    const dir = tempDir();
    const name = '004_333ef43267682ee5.txt';
    const text = readFileSync(join(SEEDS, name), 'utf8');
    expect(text).toContain('about 80% of Donetsk');
    writeFileSync(join(dir, name), text.replace('about 80% of Donetsk', 'about 85% of Donetsk'));

    const result = run(dir);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    const failures = lines.filter((line) => line.includes('not found in'));
    // The sentence is quoted by six claims (Crimea, Luhansk, Donetsk, Kherson, Zaporizhzhia, elsewhere).
    expect(failures).toHaveLength(6);
    expect(failures).toContain(
      'data/sources/seed-004.json: claim "seed-004/donetsk-control": quote "Moscow currently controls Crimea, which it…" not found in 004_333ef43267682ee5.txt; the text matches up to "…all of Luhansk, about", then differs at "80%": copy the quote exactly from the text, or fix the text if it was altered',
    );
    expect(lines).toContain(
      'verify:sources: skipped 4 sources whose document is not in ' +
        dir +
        ': seed-000 (000_3adc0203b5538ca3.txt), seed-001 (001_578ce5be4071f148.txt), seed-002 (002_61875dc8cb3226c0.txt), seed-003 (003_bd11c46c0fcbc224.txt)',
    );
    expect(lines.at(-1)).toBe('verify:sources: 20 quotes checked in 1 document, 6 failed');
  });

  it('passes on a copy whose typography differs (curly quotes, dashes, line breaks)', () => {
    const dir = tempDir();
    cpSync(SEEDS, dir, { recursive: true });
    const name = '002_61875dc8cb3226c0.txt';
    const text = readFileSync(join(dir, name), 'utf8');
    writeFileSync(
      join(dir, name),
      text
        .replace(/’/g, "'")
        .replace(/ – /g, ' - ')
        .replace(/ battle /g, '\nbattle '),
    );
    expect(run(dir).status).toBe(0);
  });

  it('exits 2 with a usage message when DIR is missing, unreadable or holds none of the texts', () => {
    for (const args of [[], [join(tmpdir(), 'no-such-folder-for-claims')], [SCRIPT], [tempDir()]]) {
      const result = run(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('usage: npm run verify:sources -- DIR');
      expect(result.stdout).toBe('');
    }
  });
});

describe('divergence', () => {
  it('says where a quote stops matching', () => {
    expect(divergence('one two three four', 'two three five')).toBe(
      'the text matches up to "…two three", then differs at "five"',
    );
    expect(divergence('one two', 'zero one')).toBe('the text has no "zero" where the quote starts');
  });
});
