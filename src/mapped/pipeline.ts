/**
 * The pipeline behind `npm run mapped`: read every input, measure the good ones, report the
 * bad ones by name. One bad file never stops the others.
 *
 * Pure: the caller reads the files and hashes them (src/cli/mapped.ts).
 */
import { readInput } from './input.ts';
import { measure, EARTH_RADIUS_KM, type MeasuredId, type PreparedUnit } from './measure.ts';
import type { MeasuredInput, SeriesInfo } from './series.ts';

/** How every figure is measured; goes into the series and each citation. */
export const METHOD = `occupied area within the unit ÷ the unit's area, both on Natural Earth 10m admin-1 boundaries (Crimea and Sevastopol as Ukrainian units), areas on a sphere of radius ${EARTH_RADIUS_KM} km`;

export const DEEPSTATE: SeriesInfo = {
  map: { id: 'deepstate', name: 'DeepStateMap', url: 'https://deepstatemap.live' },
  measuredBy: 'this project',
  method: METHOD,
  radiusKm: EARTH_RADIUS_KM,
};

export interface InputFile {
  name: string;
  text: string;
  sha256: string;
}

export interface FileProblem {
  file: string;
  errors: string[];
}

export interface PipelineResult {
  inputs: MeasuredInput[];
  problems: FileProblem[];
}

export function runPipeline(files: readonly InputFile[], units: PreparedUnit[]): PipelineResult {
  const inputs: MeasuredInput[] = [];
  const problems: FileProblem[] = [];
  const byDate = new Map<string, string>();
  for (const file of files) {
    const read = readInput(file.name, file.text);
    if (!read.ok) {
      problems.push({ file: file.name, errors: read.errors });
      continue;
    }
    const other = byDate.get(read.date);
    if (other !== undefined) {
      problems.push({
        file: file.name,
        errors: [
          `same date (${read.date}) as ${other}: keep one file a day (a series has one snapshot a date)`,
        ],
      });
      continue;
    }
    byDate.set(read.date, file.name);
    inputs.push({
      date: read.date,
      input: file.name,
      sha256: file.sha256,
      figures: measure(read.polygons, units),
    });
  }
  return { inputs, problems };
}

/** The flat records `--json` prints: every date, unit and group. */
export interface FlatRecord {
  date: string;
  region: MeasuredId;
  sharePct: number;
  areaKm2: number;
  regionAreaKm2: number;
  input: string;
  sha256: string;
}
