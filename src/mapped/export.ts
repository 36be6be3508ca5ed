/**
 * The measurements as downloads: JSON (`buildMeasurementsExport`) and RFC 4180 CSV
 * (`measurementsCsv`), one record per date and region, each with its citation line. A
 * measurement is a figure this project computed: its citation says so and has no quotation
 * marks. Deterministic: same series, same bytes.
 *
 * Pure: no DOM, no Node APIs.
 */
import { csvField } from '../claims/export.ts';
import { formatIsoDate } from '../claims/text.ts';
import { regionName } from '../geo/regions.ts';
import { MEASURED_IDS, type MeasuredId } from './measure.ts';
import { measurementCitation, measurements, type MappedSeries } from './series.ts';

export interface ExportedMeasurement {
  kind: 'measurement';
  region: MeasuredId;
  regionLabel: string;
  /** The snapshot's day, "YYYY-MM-DD". */
  date: string;
  dateLabel: string;
  sharePct: number;
  areaKm2: number;
  regionAreaKm2: number;
  /** The map measured on, as cited ("DeepStateMap"). */
  map: string;
  mapUrl: string | null;
  measuredBy: string;
  method: string;
  input: string;
  sha256: string;
  citation: string;
}

export interface MeasurementsExport {
  title: string;
  generated: { by: string; format: number };
  map: MappedSeries['map'];
  measuredBy: string;
  method: string;
  radiusKm: number;
  measurements: ExportedMeasurement[];
}

/** The ids the map touches on some date (a unit untouched throughout is 0 on every date). */
export function touchedIds(series: MappedSeries): MeasuredId[] {
  return MEASURED_IDS.filter((id) => series.snapshots.some((s) => s.shares[id] !== undefined));
}

/**
 * Every measurement of the series with its citation, for each unit or group the map touches
 * on some date (`npm run mapped -- DIR --json` lists the untouched ones too, all 0).
 */
export function buildMeasurementsExport(series: MappedSeries): MeasurementsExport {
  const touched = new Set(touchedIds(series));
  return {
    title: `Share of each unit of Ukraine occupied on ${series.map.name}'s map, as measured by ${series.measuredBy}`,
    generated: { by: 'src/mapped/export.ts', format: series.format },
    map: series.map,
    measuredBy: series.measuredBy,
    method: series.method,
    radiusKm: series.radiusKm,
    measurements: measurements(series)
      .filter((m) => touched.has(m.region))
      .map((m) => ({
        kind: m.kind,
        region: m.region,
        regionLabel: regionName(m.region),
        date: m.date,
        dateLabel: formatIsoDate(m.date),
        sharePct: m.sharePct,
        areaKm2: m.areaKm2,
        regionAreaKm2: m.regionAreaKm2,
        map: m.map,
        mapUrl: series.map.url,
        measuredBy: series.measuredBy,
        method: m.method,
        input: m.input,
        sha256: m.sha256,
        citation: measurementCitation(m, series.measuredBy),
      })),
  };
}

export const MEASUREMENT_CSV_COLUMNS = [
  'kind',
  'region',
  'region_label',
  'date',
  'date_label',
  'share_pct',
  'area_km2',
  'region_area_km2',
  'map',
  'map_url',
  'measured_by',
  'method',
  'input',
  'sha256',
  'citation',
] as const;

/** RFC 4180 CSV, a row per measurement, CRLF line ends. */
export function measurementsCsv(data: MeasurementsExport): string {
  const lines = [MEASUREMENT_CSV_COLUMNS.join(',')];
  for (const m of data.measurements) {
    const row = [
      m.kind,
      m.region,
      m.regionLabel,
      m.date,
      m.dateLabel,
      String(m.sharePct),
      String(m.areaKm2),
      String(m.regionAreaKm2),
      m.map,
      m.mapUrl ?? '',
      m.measuredBy,
      m.method,
      m.input,
      m.sha256,
      m.citation,
    ];
    lines.push(row.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
