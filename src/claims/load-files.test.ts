/**
 * Source files as editors' tools save them: Latin-1, a byte-order mark, UTF-16, `x.JSON`, a
 * file in a subfolder, a folder named `dir.json`. Each is reported with the file and the fix,
 * and the other files are still checked.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset, REPO_ROOT } from './load.ts';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), 'claims-files-'));
  temps.push(root);
  cpSync(join(REPO_ROOT, 'data'), join(root, 'data'), { recursive: true });
  return root;
}

const SEED = 'data/sources/seed-004.json';
const seedText = () => readFileSync(join(REPO_ROOT, SEED), 'utf8');
/** seed-004 with a non-ASCII outlet, the text editors mangle. */
const withOutlet = () => seedText().replace('"outlet": null', '"outlet": "Ménafn"');

function utf16(text: string, littleEndian: boolean, bom: boolean): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (!littleEndian) body.swap16();
  const mark = Buffer.from(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  return bom ? Buffer.concat([mark, body]) : body;
}

interface FileCase {
  name: string;
  /** Writes the broken file(s) into a copy of data/. */
  make: (root: string) => void;
  /** The file named in the message. */
  file: string;
  problem: RegExp;
  fix: RegExp;
}

const CASES: FileCase[] = [
  {
    name: 'Latin-1',
    make: (root) => writeFileSync(join(root, SEED), Buffer.from(withOutlet(), 'latin1')),
    file: SEED,
    problem: /is not UTF-8: byte 0xE9 at line \d+, column \d+ \("é" in Latin-1\/Windows-1252/,
    fix: /save it as UTF-8/,
  },
  {
    name: 'invalid UTF-8 (a cut sequence)',
    make: (root) =>
      writeFileSync(
        join(root, SEED),
        Buffer.concat([Buffer.from('{"a": "'), Buffer.from([0xe2, 0x82]), Buffer.from('"}')]),
      ),
    file: SEED,
    problem: /is not UTF-8: byte 0xE2 at line 1, column 8/,
    fix: /save it as UTF-8/,
  },
  {
    name: 'UTF-8 with a byte-order mark',
    make: (root) =>
      writeFileSync(
        join(root, SEED),
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText())]),
      ),
    file: SEED,
    problem: /starts with a byte-order mark/,
    fix: /save it as UTF-8 \(without a byte-order mark\)/,
  },
  {
    name: 'UTF-16 LE with a BOM',
    make: (root) => writeFileSync(join(root, SEED), utf16(withOutlet(), true, true)),
    file: SEED,
    problem: /is UTF-16 \(little-endian\)/,
    fix: /save it as UTF-8/,
  },
  {
    name: 'UTF-16 BE with a BOM',
    make: (root) => writeFileSync(join(root, SEED), utf16(withOutlet(), false, true)),
    file: SEED,
    problem: /is UTF-16 \(big-endian\)/,
    fix: /save it as UTF-8/,
  },
  {
    name: 'UTF-16 without a BOM',
    make: (root) => writeFileSync(join(root, SEED), utf16(withOutlet(), true, false)),
    file: SEED,
    problem: /is UTF-16 or another two-byte encoding/,
    fix: /save it as UTF-8/,
  },
  {
    name: 'x.JSON',
    make: (root) => writeFileSync(join(root, 'data/sources/x.JSON'), seedText()),
    file: 'data/sources/x.JSON',
    problem: /is not read: only names ending in \.json/,
    fix: /rename it to x\.json/,
  },
  {
    name: 'x.Json with a trailing space',
    make: (root) => writeFileSync(join(root, 'data/sources/x.Json '), seedText()),
    file: 'data/sources/x.Json ',
    problem: /is not read/,
    fix: /rename it to x\.json/,
  },
  {
    name: 'a file in a subfolder',
    make: (root) => {
      mkdirSync(join(root, 'data/sources/2026'));
      writeFileSync(join(root, 'data/sources/2026/new-source.json'), seedText());
    },
    file: 'data/sources/2026',
    problem: /is a folder: files in folders inside data\/sources\/ are not read/,
    fix: /move its source files up into data\/sources\//,
  },
  {
    name: 'a folder named dir.json',
    make: (root) => mkdirSync(join(root, 'data/sources/dir.json')),
    file: 'data/sources/dir.json',
    problem: /is a folder, not a file/,
    fix: /remove the folder or rename it/,
  },
  {
    name: 'data/dataset.json in Latin-1',
    make: (root) =>
      writeFileSync(
        join(root, 'data/dataset.json'),
        Buffer.from('{"title": "Territoire revendiqué", "updated": "2026-11-21"}', 'latin1'),
      ),
    file: 'data/dataset.json',
    problem: /is not UTF-8: byte 0xE9/,
    fix: /save it as UTF-8/,
  },
];

describe('source files that are not UTF-8 JSON files in data/sources/', () => {
  it.each(CASES)('$name: names the file and the fix', ({ make, file, problem, fix }) => {
    const root = copyOfData();
    make(root);
    const result = loadDataset({ root });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const about = result.errors.filter((error) => error.file === file);
    expect(about, result.errors.map((e) => e.message).join('\n')).toHaveLength(1);
    const [error] = about;
    expect(error?.problem).toMatch(problem);
    expect(error?.fix).toMatch(fix);
    expect(error?.message.startsWith(`${file}: file: `)).toBe(true);
    // Nothing else is wrong: the other files were read and checked.
    expect(result.errors.filter((e) => e.file !== file && e.file !== SEED)).toEqual([]);
  });

  it('reads a UTF-8 file without a BOM, non-ASCII text included', () => {
    const root = copyOfData();
    writeFileSync(join(root, SEED), withOutlet());
    const result = loadDataset({ root });
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.dataset.sources.find((s) => s.id === 'seed-004')?.outlet).toBe('Ménafn');
  });

  it('leaves other files alone (a README, an editor backup)', () => {
    const root = copyOfData();
    writeFileSync(join(root, 'data/sources/README.md'), '# notes');
    writeFileSync(join(root, 'data/sources/seed-004.json~'), 'backup');
    expect(loadDataset({ root }).ok).toBe(true);
  });
});
