/**
 * `npm run mapped -- DIR`: measures every occupied-area polygon file in DIR against Ukraine's
 * 27 units and the groups (see src/mapped/README.md).
 *   npm run mapped -- DIR            a table: one row a file, the share % of every region touched
 *   npm run mapped -- DIR --json     every date × unit and group as JSON records
 *   npm run mapped -- DIR --write    also rewrites the committed series data/mapped/deepstate.json
 *   --out FILE                       with --write: write FILE instead
 * A bad file is reported by name with what is wrong, and skipped; the rest are measured; the
 * exit code is then 1 and --write writes nothing. Bad arguments exit 2.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { regionName } from '../geo/regions.ts';
import { MEASURED_IDS, prepareUnits } from '../mapped/measure.ts';
import { DEEPSTATE, runPipeline, type FlatRecord, type InputFile } from '../mapped/pipeline.ts';
import { buildSeries, formatSeries, measurements, type MappedSeries } from '../mapped/series.ts';
import { loadUnitShapes } from '../mapped/units.ts';
import { processIo, runAsCommand, type Io } from './pipe.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SERIES_FILE = join(ROOT, 'data/mapped/deepstate.json');

export const USAGE = `usage: npm run mapped -- DIR [--json] [--write [--out FILE]]
  DIR         a folder of occupied-area GeoJSON files named by date (deepstatemap_data_YYYYMMDD.geojson)
  (no flag)   a table of the share of each region touched, one row a file
  --json      every date, unit and group as JSON: { date, region, sharePct, areaKm2, regionAreaKm2, input, sha256 }
  --write     rewrite the committed series data/mapped/deepstate.json (only when every file is good)
  --out FILE  with --write: write FILE instead`;

export type { Io } from './pipe.ts';

/** The polygon files of a folder, sorted by name: *.geojson and *.json. */
export function readInputs(dir: string): InputFile[] {
  return readdirSync(dir)
    .filter((name) => /\.(?:geo)?json$/i.test(name) && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return {
        name,
        text: bytes.toString('utf8'),
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
    });
}

/** Measures a folder: the series of its good files and the problems of the bad ones. */
export function measureDir(dir: string) {
  const units = prepareUnits(loadUnitShapes());
  const result = runPipeline(readInputs(dir), units);
  return { ...result, series: buildSeries(DEEPSTATE, result.inputs) };
}

/** The `--json` records: every date × unit and group. */
export function flatRecords(series: MappedSeries): FlatRecord[] {
  return measurements(series).map(
    ({ date, region, sharePct, areaKm2, regionAreaKm2, input, sha256 }) => ({
      date,
      region,
      sharePct,
      areaKm2,
      regionAreaKm2,
      input,
      sha256,
    }),
  );
}

/** A row per snapshot; a column per region any snapshot touches, and the country. */
export function formatTable(series: MappedSeries): string {
  const ids = MEASURED_IDS.filter(
    (id) => id === 'UA' || series.snapshots.some((s) => (s.shares[id]?.[0] ?? 0) > 0),
  );
  const header = ['date', ...ids];
  const rows = series.snapshots.map((s) => [
    s.date,
    ...ids.map((id) => (s.shares[id]?.[0] ?? 0).toFixed(2)),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  const names = ids.map((id) => `${id} ${regionName(id)}`).join('; ');
  return [
    `Share occupied (%) on ${series.map.name}'s map, ${series.snapshots.length} snapshot(s); method: ${series.method}`,
    `Columns: ${names}`,
    '',
    line(header),
    ...rows.map(line),
    '',
  ].join('\n');
}

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[], io: Io = processIo): number {
  let dir: string | undefined;
  let json = false;
  let write = false;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      io.out(`${USAGE}\n`);
      return 0;
    } else if (arg === '--json') json = true;
    else if (arg === '--write') write = true;
    else if (arg === '--out' && argv[i + 1] !== undefined) {
      out = argv[i + 1];
      i += 1;
    } else if (!arg.startsWith('--') && dir === undefined) dir = arg;
    else {
      io.err(`mapped: unexpected argument ${JSON.stringify(arg)}\n${USAGE}`);
      return 2;
    }
  }
  if (dir === undefined) {
    io.err(`mapped: give the folder of polygon files\n${USAGE}`);
    return 2;
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    io.err(`mapped: ${dir} is not a folder: give the folder that holds the .geojson files`);
    return 2;
  }
  if (out !== undefined && !write) {
    io.err(`mapped: --out goes with --write\n${USAGE}`);
    return 2;
  }

  const { series, problems } = measureDir(dir);
  for (const problem of problems) {
    for (const error of problem.errors) io.err(`${join(dir, problem.file)}: ${error}`);
  }
  if (series.snapshots.length === 0 && problems.length === 0) {
    io.err(`mapped: no .geojson or .json file in ${dir}`);
    return 1;
  }
  if (json) io.out(`${JSON.stringify(flatRecords(series), null, 2)}\n`);
  else io.out(formatTable(series));

  if (problems.length > 0) {
    io.err(
      `mapped: ${problems.length} file(s) skipped (see above); the other ${series.snapshots.length} were measured.${write ? ' Nothing written: fix or remove those files, then run again.' : ''}`,
    );
    return 1;
  }
  if (write) {
    const file = out ?? SERIES_FILE;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, formatSeries(series));
    io.err(`mapped: wrote ${series.snapshots.length} snapshot(s) to ${file}`);
  }
  return 0;
}

runAsCommand(import.meta.url, main);
