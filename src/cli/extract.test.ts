import { MAX_TEXT_LENGTH } from '../extract/extract.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, parseArgs } from './extract.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seed004 = resolve(root, 'data/texts/004_333ef43267682ee5.txt');

function run(argv: string[], files: Record<string, Uint8Array | string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) {
        const error = new Error(`ENOENT: ${path}`) as NodeJS.ErrnoException;
        error.code = 'ENOENT';
        throw error;
      }
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
  });
  return { code, stdout, stderr };
}

const ARTICLE = 'Russia controls about 75% of Kherson and Zaporizhzhia, officials said.';

describe('extract CLI', () => {
  it.each([
    [[], 'give the article file to read'],
    [['a.txt', 'b.txt'], 'give one file, not 2'],
    [['a.txt', '--date', '21 Oct'], 'is not YYYY-MM-DD'],
    [['a.txt', '--url', 'example.com'], 'is not an http(s) address'],
    [['a.txt', '--outlet'], '--outlet needs a value'],
    [['a.txt', '--frobnicate'], 'unknown option --frobnicate'],
    [['a.txt', '--min-confidence', '2'], 'not a number from 0 to 1'],
  ])('exits 2 on usage error %j', (argv, message) => {
    const { code, stderr } = run(argv, { 'a.txt': ARTICLE, 'b.txt': ARTICLE });
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('usage: npm run extract');
  });

  it('exits 2 with a message for a missing file', () => {
    const { code, stderr } = run(['nope.txt']);
    expect(code).toBe(2);
    expect(stderr).toBe('extract: nope.txt does not exist; give the path of a UTF-8 text file\n');
  });

  it('exits 2 with a message for an empty file', () => {
    const { code, stderr } = run(['empty.txt'], { 'empty.txt': ' \n\n' });
    expect(code).toBe(2);
    expect(stderr).toContain('empty.txt is empty');
  });

  it('exits 2 with a message for a binary file', () => {
    const nul = run(['x.bin'], { 'x.bin': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) });
    expect(nul.code).toBe(2);
    expect(nul.stderr).toContain('x.bin is a binary file (it contains NUL bytes)');
    const latin1 = run(['x.txt'], {
      'x.txt': new Uint8Array([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9]),
    });
    expect(latin1.code).toBe(2);
    expect(latin1.stderr).toContain('x.txt is not valid UTF-8');
  });

  it('prints candidates as a JSON array with --json', () => {
    const { code, stdout } = run(['a.txt', '--json'], { 'a.txt': ARTICLE });
    expect(code).toBe(0);
    const items = JSON.parse(stdout) as Record<string, unknown>[];
    expect(items).toHaveLength(2);
    for (const item of items) {
      for (const key of ['region', 'kind', 'low', 'high', 'wording', 'quote', 'start', 'end'])
        expect(item).toHaveProperty(key);
      expect(ARTICLE.slice(item.start as number, item.end as number)).toBe(item.quote);
    }
    expect(items.map((i) => [i.region, i.kind, i.low, i.high])).toEqual([
      ['UA-23', 'control', 72.5, 77.5],
      ['UA-65', 'control', 72.5, 77.5],
    ]);
  });

  it('prints a source in the dataset format, with placeholders and no invented outlet', () => {
    const { code, stdout, stderr } = run(['a.txt', '--date', '2025-11-09'], { 'a.txt': ARTICLE });
    expect(code).toBe(0);
    const source = JSON.parse(stdout);
    expect(source.outlet).toBeNull();
    expect(source.id).toBe('TODO-source-id');
    expect(source.date).toMatchObject({ value: '2025-11-09', precision: 'day', inferred: false });
    expect(source.document).toBe('a.txt');
    expect(source.claims).toHaveLength(2);
    expect(source.claims[0]).toMatchObject({
      id: 'TODO-source-id/zaporizhzhia-control',
      region: 'UA-23',
      kind: 'control',
      wording: 'about 75%',
      low: 72.5,
      high: 77.5,
      rule: 'about',
      speaker: { name: 'TODO', category: 'TODO' },
      quote: ARTICLE,
      asOf: '2025-11-09',
    });
    expect(stderr).toMatch(/^# Review before pasting: .*TODO placeholders the editor must fill/);
  });

  it('keeps the outlet and URL it is given, and an override for converted areas', () => {
    const text = 'Russian forces occupy 17,804 square kilometers of the Donetsk region.';
    const { stdout } = run(
      ['a.txt', '--outlet', 'Ukrinform', '--url', 'https://example.org/a', '--date', '2025-07'],
      { 'a.txt': text },
    );
    const source = JSON.parse(stdout);
    expect(source).toMatchObject({
      outlet: 'Ukrinform',
      url: 'https://example.org/a',
      document: null,
    });
    expect(source.date.precision).toBe('month');
    expect(source.claims[0].override).toContain('converted 17,804 km²');
  });

  it('prints usage with --help', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('usage: npm run extract');
    expect(parseArgs(['-h'])).toEqual({ help: true });
  });

  it('runs as a command: seed 004 gives parseable JSON; a missing file exits 2', () => {
    const tsx = resolve(root, 'node_modules/.bin/tsx');
    const ok = spawnSync(tsx, ['src/cli/extract.ts', seed004], { cwd: root, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).claims.length).toBeGreaterThan(5);
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    writeFileSync(join(dir, 'bin.dat'), new Uint8Array([1, 0, 2]));
    const bad = spawnSync(tsx, ['src/cli/extract.ts', join(dir, 'bin.dat')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('is a binary file');
    // Two processes started through tsx: on a loaded machine this takes more than 5 s.
  }, 60_000);

  it('passes --lang through and refuses an unknown language or a text over the limit', () => {
    const tsx = resolve(root, 'node_modules/.bin/tsx');
    const dir = mkdtempSync(join(tmpdir(), 'extract-lang-'));
    const uk = join(dir, 'uk.txt');
    writeFileSync(uk, 'Росія контролює близько 80% Донецької області.\n');
    const ok = spawnSync(tsx, ['src/cli/extract.ts', uk, '--lang', 'uk', '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(ok.stderr).toContain('# read as Ukrainian (uk), as --lang gave');
    const [c] = JSON.parse(ok.stdout) as { region: string; low: number; quote: string }[];
    expect(c).toMatchObject({
      region: 'UA-14',
      low: 77.5,
      quote: 'Росія контролює близько 80% Донецької області.',
    });
    const bad = spawnSync(tsx, ['src/cli/extract.ts', uk, '--lang', 'nl'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--lang "nl" is not a language the extractor reads');
  }, 60_000);

  it('refuses a text over the size limit with a message saying how to fix it', () => {
    const lines: string[] = [];
    const io = {
      stdout: (t: string) => lines.push(t),
      stderr: (t: string) => lines.push(t),
      readFile: () => new TextEncoder().encode('a'.repeat(MAX_TEXT_LENGTH + 1)),
    };
    expect(main(['big.txt'], io)).toBe(2);
    expect(lines.join('')).toMatch(
      /holds 10,000,001 characters; the extractor reads at most 10,000,000 .* split it into articles/,
    );
  });
});
