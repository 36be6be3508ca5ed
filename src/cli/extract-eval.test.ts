import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './extract-eval.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'extract-eval-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const expected = (claims: unknown[]) => JSON.stringify({ source: 'written for this test', claims });

describe('extract:eval', () => {
  it('counts TP, FP and FN and computes precision, recall and F1', () => {
    const dir = folder({
      // 2 candidates: UA-23 and UA-65 about 75%. Expected: UA-65 (TP), Donetsk (FN).
      'a.txt': 'Russia controls about 75% of Kherson and Zaporizhzhia.',
      'a.expected.json': expected([
        { region: 'UA-65', kind: 'control', low: 70, high: 73 },
        { region: 'UA-14', kind: 'control', low: 80, high: 80 },
      ]),
      // 1 candidate, expected with another kind: FP and FN.
      'b.txt': 'Russia controls 99% of Luhansk.',
      'b.expected.json': expected([{ region: 'UA-09', kind: 'claim', low: 99, high: 99 }]),
      // Nothing found, nothing expected.
      'c.txt': 'A poll found that 80% of Ukrainians reject ceding land.',
      'c.expected.json': expected([]),
    });
    const { code, stdout } = run([dir]);
    expect(code).toBe(0);
    // TP 1; FP 2 (UA-23 in a, UA-09 control in b); FN 2 (UA-14 in a, UA-09 claim in b).
    expect(stdout).toContain('articles: 3; TP 1, FP 2, FN 2');
    expect(stdout).toContain('precision: 33.3%');
    expect(stdout).toContain('recall: 33.3%');
    expect(stdout).toContain('F1: 33.3%');
    expect(stdout).toContain('a: 1 TP, 1 FP, 1 FN');
    expect(stdout).toContain('  miss: control UA-14 80');
    expect(stdout).toContain('  false positive: control UA-23 72.5–77.5 from "about 75%"');
  });

  it('matches one candidate to one expected claim only', () => {
    const dir = folder({
      'a.txt': 'Russia controls 99% of Luhansk.',
      'a.expected.json': expected([
        { region: 'UA-09', kind: 'control', low: 95, high: 100 },
        { region: 'UA-09', kind: 'control', low: 99, high: 99 },
      ]),
    });
    expect(run([dir]).stdout).toContain('TP 1, FP 0, FN 1');
  });

  it('runs on tests/extract-eval and prints precision and recall', () => {
    const { code, stdout } = run([join(root, 'tests/extract-eval')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^precision: \d+\.\d%$/m);
    expect(stdout).toMatch(/^recall: \d+\.\d%$/m);
  });

  it.each([
    [[], 'give one folder, not 0'],
    [['--verbose', 'x'], 'unknown option --verbose'],
  ])('exits 2 on usage error %j', (argv, message) => {
    const { code, stderr } = run(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('exits 2 for a missing or empty folder', () => {
    const missing = run([join(tmpdir(), 'no-such-folder-extract-eval')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
    const empty = folder({});
    const r = run([empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('holds no NAME.txt articles');
  });

  it.each([
    ['{', 'not valid JSON'],
    ['[]', 'not an object'],
    [JSON.stringify({ claims: [] }), '"source" is missing or empty'],
    [JSON.stringify({ source: 'x' }), '"claims" must be an array'],
    [
      expected([{ region: 'UA-99', kind: 'control', low: 1, high: 2 }]),
      'region "UA-99" is not known',
    ],
    [
      expected([{ region: 'UA-14', kind: 'position', low: 1, high: 2 }]),
      'kind "position" is not allowed',
    ],
    [expected([{ region: 'UA-14', kind: 'control', low: 9, high: 2 }]), 'low ≤ high'],
    [expected([{ region: 'UA-14', kind: 'control', low: 1, high: null }]), 'both null'],
  ])('exits 2 for a malformed expected file %s', (content, message) => {
    const dir = folder({ 'a.txt': 'Russia controls 99% of Luhansk.', 'a.expected.json': content });
    const { code, stderr } = run([dir]);
    expect(code).toBe(2);
    expect(stderr).toContain(join(dir, 'a.expected.json'));
    expect(stderr).toContain(message);
  });

  it('exits 2 when an article has no expected file', () => {
    const dir = folder({ 'a.txt': 'Russia controls 99% of Luhansk.' });
    mkdirSync(join(dir, 'sub'));
    const { code, stderr } = run([dir]);
    expect(code).toBe(2);
    expect(stderr).toContain('a.expected.json: missing');
  });

  it('reads dev/ and held-out/ subfolders and reports per language, per split and held-out per language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-eval-split-'));
    mkdirSync(join(dir, 'dev'));
    mkdirSync(join(dir, 'held-out'));
    const labelled = (language: string, split: string, claims: unknown[]) =>
      JSON.stringify({ source: 'written for this test', language, split, claims });
    writeFileSync(join(dir, 'dev', 'uk1.txt'), 'Росія контролює близько 80% Донецької області.');
    writeFileSync(
      join(dir, 'dev', 'uk1.expected.json'),
      labelled('uk', 'dev', [{ region: 'UA-14', kind: 'control', low: 80, high: 80 }]),
    );
    writeFileSync(
      join(dir, 'held-out', 'fr1.txt'),
      "94 % de l'oblast de Louhansk est contrôlé par la Russie.",
    );
    writeFileSync(
      join(dir, 'held-out', 'fr1.expected.json'),
      labelled('fr', 'held-out', [
        { region: 'UA-09', kind: 'control', low: 94, high: 94 },
        { region: 'UA-14', kind: 'control', low: 50, high: 50 },
      ]),
    );
    const { code, stdout } = run([dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /per language:\n\s+fr\s+1 texts\s+TP\s+1\s+FP\s+0\s+FN\s+1\s+precision 100\.0%\s+recall\s+50\.0%/,
    );
    expect(stdout).toMatch(/\n\s+uk\s+1 texts\s+TP\s+1\s+FP\s+0\s+FN\s+0/);
    expect(stdout).toMatch(/per split:\n\s+dev\s+1 texts[^\n]*\n\s+held-out\s+1 texts\s+TP\s+1/);
    expect(stdout).toMatch(/held-out, per language:\n\s+fr\s+1 texts/);
  });

  it('refuses an expected file whose language is not a string', () => {
    const dir = folder({
      'a.txt': 'Russia controls 99% of Luhansk.',
      'a.expected.json': JSON.stringify({ source: 's', language: 5, claims: [] }),
    });
    const { code, stderr } = run([dir]);
    expect(code).toBe(2);
    expect(stderr).toContain('"language" must be a non-empty string');
  });
});
