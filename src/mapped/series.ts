/**
 * A mapped series: the shares of Ukraine's units and groups measured on a mapping project's
 * snapshots of the occupied area (`data/mapped/<map>.json`, written by `npm run mapped --
 * DIR --write`). A measurement is not a quote: it is a figure this project computed, with
 * the map it was measured on, the method, and the input file's name and sha256.
 *
 * Stored compactly — per snapshot, `[sharePct, areaKm2]` of every region the map touches
 * (absent: 0) — and expanded into one `Measurement` per date and region by `measurements`.
 * `validateSeries` checks a parsed file (zod for the shape, then dates, ids, hashes and the
 * arithmetic across fields); `formatSeries` writes it deterministically.
 *
 * Pure: no DOM, no Node APIs.
 */
import * as z from 'zod';
import { GROUPS, isGroupId, regionName } from '../geo/regions.ts';
import { formatIsoDate } from '../claims/text.ts';
import { isIsoDay } from '../claims/dates.ts';
import { dateFromName } from './input.ts';
import { MEASURED_IDS, type MeasuredId, type RegionFigures } from './measure.ts';

export const SERIES_FORMAT = 1;

const text = z.string().trim().min(1);
const measuredId = z.enum(MEASURED_IDS as [MeasuredId, ...MeasuredId[]]);

export const SnapshotSchema = z.strictObject({
  /** The snapshot's day, "YYYY-MM-DD" (from the input's name). */
  date: z.string(),
  /** The input file's name, e.g. "deepstatemap_data_20260102.geojson". */
  input: text,
  /** sha256 of the input file's bytes, lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 lower-case hex digits'),
  /** Every region the map touches: [share %, occupied km²]. A region not listed: 0. */
  shares: z.partialRecord(measuredId, z.tuple([z.number(), z.number()])),
});

export const MappedSeriesSchema = z.strictObject({
  format: z.literal(SERIES_FORMAT),
  /** The map measured on. */
  map: z.strictObject({
    /** Slug, also the file name: data/mapped/<id>.json. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** As cited: "DeepStateMap". */
    name: text,
    url: z
      .string()
      .regex(/^https?:\/\/\S+$/)
      .nullable(),
  }),
  /** Who measured: "this project". */
  measuredBy: text,
  /** How, in a sentence for the citation. */
  method: text,
  /** Radius of the sphere the areas are taken on, km. */
  radiusKm: z.number().positive(),
  /** Area of every unit and group on the boundaries measured on, km². */
  regionAreaKm2: z.record(measuredId, z.number().positive()),
  snapshots: z.array(SnapshotSchema),
});

export type Snapshot = z.infer<typeof SnapshotSchema>;
export type MappedSeries = z.infer<typeof MappedSeriesSchema>;
export type MapInfo = MappedSeries['map'];

/** One measurement: a region's share on one snapshot, with everything needed to cite it. */
export interface Measurement {
  kind: 'measurement';
  region: MeasuredId;
  date: string;
  sharePct: number;
  areaKm2: number;
  regionAreaKm2: number;
  map: string;
  method: string;
  input: string;
  sha256: string;
}

/** Shares to 0.01 point, areas to 0.1 km². */
export const roundShare = (value: number) => Math.round(value * 100) / 100;
export const roundArea = (value: number) => Math.round(value * 10) / 10;

/** One measured input, unrounded, as the pipeline produces it. */
export interface MeasuredInput {
  date: string;
  input: string;
  sha256: string;
  figures: Record<MeasuredId, RegionFigures>;
}

export interface SeriesInfo {
  map: MapInfo;
  measuredBy: string;
  method: string;
  radiusKm: number;
}

/** The series of measured inputs: sorted by date, rounded, zeros left out. */
export function buildSeries(info: SeriesInfo, inputs: readonly MeasuredInput[]): MappedSeries {
  const sorted = [...inputs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = sorted[0];
  const regionAreaKm2 = Object.fromEntries(
    MEASURED_IDS.map((id) => [id, first ? roundArea(first.figures[id].regionAreaKm2) : 0]),
  ) as Record<MeasuredId, number>;
  return {
    format: SERIES_FORMAT,
    map: info.map,
    measuredBy: info.measuredBy,
    method: info.method,
    radiusKm: info.radiusKm,
    regionAreaKm2,
    snapshots: sorted.map(({ date, input, sha256, figures }) => {
      const shares: Snapshot['shares'] = {};
      for (const id of MEASURED_IDS) {
        const share = roundShare(figures[id].sharePct);
        const area = roundArea(figures[id].areaKm2);
        if (share > 0 || area > 0) shares[id] = [share, area];
      }
      return { date, input, sha256, shares };
    }),
  };
}

/** Every date × every unit and group, zeros included, in date then id order. */
export function measurements(series: MappedSeries): Measurement[] {
  return series.snapshots.flatMap((snapshot) =>
    MEASURED_IDS.map((region) => {
      const [sharePct, areaKm2] = snapshot.shares[region] ?? [0, 0];
      return {
        kind: 'measurement' as const,
        region,
        date: snapshot.date,
        sharePct,
        areaKm2,
        regionAreaKm2: series.regionAreaKm2[region],
        map: series.map.name,
        method: series.method,
        input: snapshot.input,
        sha256: snapshot.sha256,
      };
    }),
  );
}

/**
 * The measurement's citation line, never in quotation marks: "Share of Donetsk occupied on
 * DeepStateMap's map of 2 Jan 2026, as measured by this project; method: …; input …".
 */
export function measurementCitation(m: Measurement, measuredBy = 'this project'): string {
  return `Share of ${regionName(m.region)} occupied on ${m.map}'s map of ${formatIsoDate(m.date)}, as measured by ${measuredBy}; method: ${m.method}; input ${m.input} (sha256 ${m.sha256})`;
}

/** Deterministic bytes: fixed key order, one snapshot a line. */
export function formatSeries(series: MappedSeries): string {
  const j = (value: unknown) => JSON.stringify(value);
  const shares = (s: Snapshot['shares']) =>
    `{${MEASURED_IDS.filter((id) => s[id])
      .map((id) => `${j(id)}: ${j(s[id])}`)
      .join(', ')}}`;
  const snapshot = (s: Snapshot) =>
    `    {"date": ${j(s.date)}, "input": ${j(s.input)}, "sha256": ${j(s.sha256)}, "shares": ${shares(s.shares)}}`;
  const areas = MEASURED_IDS.map((id) => `${j(id)}: ${j(series.regionAreaKm2[id])}`).join(', ');
  return [
    '{',
    `  "format": ${series.format},`,
    `  "map": {"id": ${j(series.map.id)}, "name": ${j(series.map.name)}, "url": ${j(series.map.url)}},`,
    `  "measuredBy": ${j(series.measuredBy)},`,
    `  "method": ${j(series.method)},`,
    `  "radiusKm": ${j(series.radiusKm)},`,
    `  "regionAreaKm2": {${areas}},`,
    '  "snapshots": [',
    series.snapshots.map(snapshot).join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}

export type SeriesResult = { ok: true; series: MappedSeries } | { ok: false; errors: string[] };

/**
 * Checks a parsed series file. `where` names it in messages ("data/mapped/deepstate.json").
 * Beyond the shape: real, strictly increasing dates matching the inputs' names; every share
 * within 0–100 and equal to area ÷ region area; groups equal to the sum of their units.
 */
export function validateSeries(json: unknown, where: string): SeriesResult {
  const parsed = MappedSeriesSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map(
        (issue) =>
          `${where}: ${issue.path.join('.') || '(top)'}: ${issue.message}; regenerate the file with \`npm run mapped -- DIR --write\``,
      ),
    };
  }
  const series = parsed.data;
  const errors: string[] = [];
  let previous = '';
  for (const [i, s] of series.snapshots.entries()) {
    const at = `${where}: snapshot ${i + 1} (${s.input})`;
    if (!isIsoDay(s.date)) errors.push(`${at}: date "${s.date}" is not a real YYYY-MM-DD date`);
    if (s.date <= previous) {
      errors.push(`${at}: date ${s.date} is not after the previous snapshot's ${previous}`);
    }
    previous = s.date;
    const named = dateFromName(s.input);
    if ('date' in named && named.date !== s.date) {
      errors.push(`${at}: date ${s.date} differs from the date in the input's name, ${named.date}`);
    }
    const area = (id: MeasuredId) => s.shares[id]?.[1] ?? 0;
    for (const id of MEASURED_IDS) {
      const entry = s.shares[id];
      if (!entry) continue;
      const [share, km2] = entry;
      const total = series.regionAreaKm2[id];
      if (share < 0 || share > 100) errors.push(`${at}: ${id} share ${share} is not within 0–100`);
      if (km2 < 0 || km2 > total + 0.1) {
        errors.push(`${at}: ${id} area ${km2} km² is not within 0–${total} km²`);
      }
      if (Math.abs(share - (100 * km2) / total) > 0.02) {
        errors.push(
          `${at}: ${id} share ${share}% is not its area ÷ the region's (${km2} / ${total} km²)`,
        );
      }
    }
    for (const id of MEASURED_IDS.filter(isGroupId)) {
      const members = GROUPS[id].members;
      const sum = members.reduce((acc, code) => acc + area(code), 0);
      if (Math.abs(sum - area(id)) > 0.05 * (members.length + 1)) {
        errors.push(`${at}: ${id} area ${area(id)} km² is not the sum of its units' (${sum})`);
      }
    }
  }
  for (const id of MEASURED_IDS.filter(isGroupId)) {
    const sum = GROUPS[id].members.reduce((acc, code) => acc + series.regionAreaKm2[code], 0);
    if (Math.abs(sum - series.regionAreaKm2[id]) > 0.05 * (GROUPS[id].members.length + 1)) {
      errors.push(`${where}: regionAreaKm2.${id} is not the sum of its units' areas (${sum})`);
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, series };
}
