/**
 * Reads the dataset from disk (Node only): `data/dataset.json` and `data/sources/*.json`,
 * sorted by file name, then validates them. A file that is not valid JSON is reported with
 * its line and column; the other files are still checked, so one run lists every problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildExport, type ClaimsExport } from './export.ts';
import {
  validate,
  type InputFile,
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
  /** Folder of seed texts to check quotes against (e.g. ../shared/seeds); none by default. */
  seedsDir?: string;
}

/** Every `*.txt` in a folder, by file name. */
export function readSeedTexts(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.txt')) texts.set(name, readFileSync(join(dir, name), 'utf8'));
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
  if (options.seedsDir !== undefined) validateOptions.seedTexts = readSeedTexts(options.seedsDir);

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
