/**
 * Reads and validates the committed mapped series in `data/mapped/` (one file a map).
 * Node-only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../claims/load.ts';
import { validateSeries, type MappedSeries } from './series.ts';

export const MAPPED_DIR = join(REPO_ROOT, 'data/mapped');

export type LoadedSeries =
  { ok: true; series: MappedSeries[]; files: string[] } | { ok: false; errors: string[] };

/** Every `data/mapped/*.json`, validated, by file name; the file name must be the map's id. */
export function loadMappedSeries(dir = MAPPED_DIR): LoadedSeries {
  if (!existsSync(dir)) return { ok: true, series: [], files: [] };
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const series: MappedSeries[] = [];
  const errors: string[] = [];
  for (const name of files) {
    const where = relative(REPO_ROOT, join(dir, name));
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      errors.push(
        `${where}: not valid JSON (${String(error)}); regenerate it with \`npm run mapped -- DIR --write\``,
      );
      continue;
    }
    const result = validateSeries(json, where);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    if (`${result.series.map.id}.json` !== name) {
      errors.push(
        `${where}: map.id "${result.series.map.id}" must match the file name (${result.series.map.id}.json)`,
      );
      continue;
    }
    series.push(result.series);
  }
  return errors.length ? { ok: false, errors } : { ok: true, series, files };
}
