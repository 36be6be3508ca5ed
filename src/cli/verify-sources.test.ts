import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../claims/load.ts';
import { divergence, main } from './verify-sources.ts';

/** The repository's own archive of source texts. */
const TEXTS = resolve(REPO_ROOT, 'data/texts');
const SEED_NAME = /^\d{3}_[0-9a-f]{16}\.txt$/;
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
  it('with no folder, checks every quote against the stored texts and their hashes', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('verify:sources: 63 quotes checked in 18 texts, 0 failed\n');
    expect(result.status).toBe(0);
  });

  it('passes on another copy of the seed texts', () => {
    const dir = tempDir();
    for (const name of readdirSync(TEXTS).filter((n) => SEED_NAME.test(n))) {
      cpSync(join(TEXTS, name), join(dir, name));
    }
    const result = run(dir);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n').at(-1)).toBe(
      'verify:sources: 39 quotes checked in 5 texts, 0 failed',
    );
  });

  it('with no folder, fails on a changed, missing or unmatched stored text, naming each', () => {
    const root = tempDir();
    cpSync(join(REPO_ROOT, 'data'), join(root, 'data'), { recursive: true });
    const texts = join(root, 'data/texts');
    writeFileSync(
      join(texts, 'metroreport-2025.txt'),
      readFileSync(join(texts, 'metroreport-2025.txt'), 'utf8').replace('74%', '75%'),
    );
    rmSync(join(texts, 'washington-post-2022-09-30.txt'));
    let out = '';
    let err = '';
    const code = main(
      [],
      { out: (l) => (out += `${l}\n`), err: (l) => (err += `${l}\n`) },
      { root },
    );
    expect(err).toBe('');
    expect(code).toBe(1);
    const lines = out.trim().split('\n');
    expect(lines).toContain(
      'data/sources/washington-post-2022-09-30.json: source "washington-post-2022-09-30": its text data/texts/washington-post-2022-09-30.txt is missing; store the text its quotes were read from there',
    );
    expect(
      lines.some((l) =>
        l.startsWith(
          'data/sources/metroreport-2025.json: source "metroreport-2025": data/texts/metroreport-2025.txt has sha256 ',
        ),
      ),
    ).toBe(true);
    expect(lines).toContain(
      'data/sources/metroreport-2025.json: claim "metroreport-2025/zaporizhzhia-control": quote "According to his report, Russian forces…" not found in metroreport-2025.txt; the text matches up to "…have secured control of", then differs at "74%": copy the quote exactly from the text, or fix the text if it was altered',
    );
    expect(lines.at(-1)).toBe('verify:sources: 62 quotes checked in 17 texts, 3 failed');
  });

  it('fails, naming the claim, when a quoted word is altered in a copy of a seed text', () => {
    const dir = tempDir();
    const name = '004_333ef43267682ee5.txt';
    const text = readFileSync(join(TEXTS, name), 'utf8');
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
    expect(
      lines.some((line) =>
        line.startsWith(
          `verify:sources: skipped 17 sources whose text is not in ${dir}: aljazeera-2022-09-30 (aljazeera-2022-09-30.txt), `,
        ),
      ),
    ).toBe(true);
    expect(lines.at(-1)).toBe('verify:sources: 20 quotes checked in 1 text, 6 failed');
  });

  it('passes on a copy whose typography differs (curly quotes, dashes, line breaks)', () => {
    const dir = tempDir();
    cpSync(TEXTS, dir, { recursive: true });
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
    for (const args of [[join(tmpdir(), 'no-such-folder-for-claims')], [SCRIPT], [tempDir()]]) {
      const result = run(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('usage: npm run verify:sources [-- DIR]');
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
