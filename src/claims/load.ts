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
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const path = join(dir, name);
    const parsed = parseJson(show(path), readFileSync(path, 'utf8'));
    if (parsed.ok) files.push({ file: show(path), data: parsed.data });
    else errors.push(parsed.error);
  }

  const validateOptions: ValidateOptions = {};
  const metaPath = join(root, META_FILE);
  if (existsSync(metaPath)) {
    const parsed = parseJson(META_FILE, readFileSync(metaPath, 'utf8'));
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
