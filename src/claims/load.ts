/**
 * Reads the dataset from disk (Node only): `data/dataset.json`, `data/sources/*.json` sorted by
 * file name, and the stored texts in `data/texts/`, then validates them: the one path every
 * tool takes (`npm run claims`, the build, the dev server, `verify:sources`, the tests), so a
 * missing or changed text or a quote not in its text fails them all alike. A file that is not
 * valid JSON is reported with its line and column; the other files are still checked, so one
 * run lists every problem.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { TEXTS_DIR } from './archive.ts';
import { CORRECTIONS_FILE, validateCorrections } from './corrections.ts';
import { buildExport, type ClaimsExport } from './export.ts';
import {
  validate,
  type InputFile,
  type TextEntry,
  type ValidateOptions,
  type ValidationError,
  type ValidationResult,
} from './validate.ts';

/** The repository root (the folder holding `data/` and `package.json`). */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export const SOURCES_DIR = 'data/sources';
export const META_FILE = 'data/dataset.json';

function jsonError(file: string, text: string, error: unknown): ValidationError {
  const detail = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(detail);
  const lineColumn = /line (\d+) column (\d+)/.exec(detail);
  let where = '';
  if (lineColumn) {
    where = `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  } else if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    where = `line ${line}, column ${column}`;
  } else {
    where = 'end of file';
  }
  const reason = detail.replace(/ in JSON at position \d+.*$/s, '').replace(/\s*\(line.*$/s, '');
  const problem = `invalid JSON at ${where} (${reason})`;
  const fix =
    'fix the syntax there: a missing comma or quote, or a trailing comma, is the usual cause';
  return { file, entry: 'file', problem, fix, message: `${file}: file: ${problem}; ${fix}` };
}

/** Parses one file's text; the error names the file and the position. */
export function parseJson(
  file: string,
  text: string,
): { ok: true; data: unknown } | { ok: false; error: ValidationError } {
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: jsonError(file, text, error) };
  }
}

function fileError(file: string, problem: string, fix: string): ValidationError {
  return { file, entry: 'file', problem, fix, message: `${file}: file: ${problem}; ${fix}` };
}

/**
 * A folder, or a file whose name is almost a source file's, in `data/sources/`: the loader
 * would skip it without a word, so it is reported. Null for a source file or another file.
 */
function misplacedEntry(
  file: string,
  entry: { name: string; isDirectory(): boolean; isFile(): boolean },
): ValidationError | null {
  if (entry.isDirectory()) {
    return entry.name.toLowerCase().endsWith('.json')
      ? fileError(
          file,
          'is a folder, not a file',
          `remove the folder or rename it; a source is one file, ${SOURCES_DIR}/<source-id>.json`,
        )
      : fileError(
          file,
          `is a folder: files in folders inside ${SOURCES_DIR}/ are not read`,
          `move its source files up into ${SOURCES_DIR}/ (one <source-id>.json each) and remove the folder`,
        );
  }
  const lower = entry.name.toLowerCase();
  if (!entry.name.endsWith('.json') && /\.json\s*$/.test(lower)) {
    const stem = entry.name.replace(/\.json\s*$/i, '');
    return fileError(
      file,
      'is not read: only names ending in .json (lower case, nothing after it) are source files',
      `rename it to ${stem}.json`,
    );
  }
  return null;
}

/**
 * A source file's text, which must be UTF-8 (JSON's encoding): a byte-order mark, UTF-16 or
 * bytes that are not UTF-8 (a file saved as Latin-1 or Windows-1252) are reported with the
 * encoding and the fix, instead of being read as replacement characters or invalid JSON.
 */
export function readTextFile(
  file: string,
  path: string,
): { ok: true; text: string } | { ok: false; error: ValidationError } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      ok: false,
      error: fileError(file, `cannot be read (${code})`, 'check that it is a readable file'),
    };
  }
  return decodeUtf8(file, bytes);
}

/** Decodes a source file's bytes as UTF-8, or says which encoding it is in and how to fix it. */
export function decodeUtf8(
  file: string,
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: ValidationError } {
  const resave = 'open it in an editor and save it as UTF-8 (without a byte-order mark)';
  const fail = (problem: string) => ({
    ok: false as const,
    error: fileError(file, problem, resave),
  });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return fail('starts with a byte-order mark (UTF-8 with BOM), which JSON files must not');
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(`is UTF-16 (${bytes[0] === 0xff ? 'little' : 'big'}-endian), not UTF-8`);
  }
  // UTF-16 without a byte-order mark: every other byte of ASCII text is zero.
  if (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0)) {
    return fail('is UTF-16 or another two-byte encoding (it holds zero bytes), not UTF-8');
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Where the first byte that is not UTF-8 is (what precedes it decodes, and re-encodes, as
    // it is), and what it would be in Windows-1252.
    const loose = new TextDecoder('utf-8').decode(bytes);
    const before = loose.slice(0, Math.max(0, loose.indexOf('\uFFFD')));
    const at = new TextEncoder().encode(before).length;
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const byte = bytes[at] ?? 0;
    const latin1 = new TextDecoder('windows-1252').decode(bytes.subarray(at, at + 1));
    return fail(
      `is not UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at line ${line}, column ${column} ` +
        `("${latin1}" in Latin-1/Windows-1252, which the file was probably saved as)`,
    );
  }
}

export interface LoadOptions {
  /** Folder holding `data/`; the repository root by default. */
  root?: string;
  /**
   * Check each source's stored text (present, unchanged, holding every quote); true by
   * default. Only `verify:sources` turns it off, to report on the texts in its own words.
   */
  checkTexts?: boolean;
}

/** sha256 of a file's bytes, lower-case hex. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every `*.txt` in a folder, by file name, with the sha256 of its bytes; none if no folder. */
export function readTexts(dir: string): Map<string, Required<TextEntry>> {
  const texts = new Map<string, Required<TextEntry>>();
  if (!existsSync(dir)) return texts;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.txt')) continue;
    const bytes = readFileSync(join(dir, name));
    texts.set(name, { text: bytes.toString('utf8'), sha256: sha256Hex(bytes) });
  }
  return texts;
}

/** Reads and validates the dataset under `root`. */
export function loadDataset(options: LoadOptions = {}): ValidationResult {
  const root = resolve(options.root ?? REPO_ROOT);
  const errors: ValidationError[] = [];
  const files: InputFile[] = [];
  const show = (path: string) => relative(root, path).split('\\').join('/');

  const dir = join(root, SOURCES_DIR);
  if (!existsSync(dir)) {
    const problem = 'the folder of source files is missing';
    const fix = `create ${SOURCES_DIR}/ with one <source-id>.json per source`;
    return {
      ok: false,
      errors: [
        {
          file: SOURCES_DIR,
          entry: 'folder',
          problem,
          fix,
          message: `${SOURCES_DIR}: folder: ${problem}; ${fix}`,
        },
      ],
    };
  }
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )) {
    const path = join(dir, entry.name);
    const misplaced = misplacedEntry(show(path), entry);
    if (misplaced) {
      errors.push(misplaced);
      continue;
    }
    if (!entry.name.endsWith('.json')) continue;
    const read = readTextFile(show(path), path);
    if (!read.ok) {
      errors.push(read.error);
      continue;
    }
    const parsed = parseJson(show(path), read.text);
    if (parsed.ok) files.push({ file: show(path), data: parsed.data });
    else errors.push(parsed.error);
  }

  const validateOptions: ValidateOptions = {};
  const metaPath = join(root, META_FILE);
  if (existsSync(metaPath)) {
    const read = readTextFile(META_FILE, metaPath);
    const parsed = read.ok ? parseJson(META_FILE, read.text) : read;
    if (parsed.ok) validateOptions.meta = { file: META_FILE, data: parsed.data };
    else errors.push(parsed.error);
  } else {
    const problem = 'the file is missing';
    const fix = 'create it with {"title": …, "updated": "YYYY-MM-DD"} (see data/README.md)';
    errors.push({
      file: META_FILE,
      entry: 'dataset',
      problem,
      fix,
      message: `${META_FILE}: dataset: ${problem}; ${fix}`,
    });
  }
  if (options.checkTexts !== false) validateOptions.texts = readTexts(join(root, TEXTS_DIR));

  const result = validate(files, validateOptions);
  // The corrections log (optional file) names claims: checked once every source file is read
  // and valid, so a file that failed does not also report each correction naming its claims.
  const correctionsPath = join(root, CORRECTIONS_FILE);
  if (errors.length === 0 && result.ok && existsSync(correctionsPath)) {
    const read = readTextFile(CORRECTIONS_FILE, correctionsPath);
    const parsed = read.ok ? parseJson(CORRECTIONS_FILE, read.text) : read;
    if (!parsed.ok) errors.push(parsed.error);
    else {
      const ids = result.dataset.claims.map((claim) => claim.id);
      const updated = result.dataset.meta?.updated ?? null;
      const checked = validateCorrections(CORRECTIONS_FILE, parsed.data, ids, updated);
      if (checked.ok) result.dataset.corrections = checked.corrections;
      else errors.push(...checked.errors);
    }
  }
  if (errors.length === 0) return result;
  return { ok: false, errors: [...errors, ...(result.ok ? [] : result.errors)] };
}

/**
 * The resolved export of the dataset on disk (`buildExport`), for tests and tools; throws with
 * every validation error when the dataset is invalid.
 */
export function loadExport(options: LoadOptions = {}): ClaimsExport {
  const result = loadDataset(options);
  if (!result.ok) {
    throw new Error(
      `The dataset does not validate; run \`npm run claims\`.\n${result.errors.map((e) => e.message).join('\n')}`,
    );
  }
  return buildExport(result.dataset);
}
