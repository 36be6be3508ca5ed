/**
 * The resolved export: every claim with its source and a plain-text citation, as JSON
 * (`buildExport`) or as RFC 4180 CSV (`toCsv`). Deterministic: the same dataset always gives
 * the same bytes. `updated` is `data/dataset.json`'s date (the newest date in the data when
 * that file is absent) and `generated` says what made the file, never when.
 *
 * Pure: no DOM, no Node APIs.
 */
import { TEXTS_DIR, textFileOf } from './archive.ts';
import { RULES, type RuleId } from './reading.ts';
import { regionLabel, type RegionId } from './regions-ref.ts';
import {
  KINDS,
  type Dataset,
  type Kind,
  type ResolvedClaim,
  type SourceInfo,
  type SpeakerCategory,
} from './schema.ts';
import { isolate, neutraliseFormula } from './plain-text.ts';
import { formatDate, formatIsoDate, formatShare } from './text.ts';

export { formatShare };

export const EXPORT_FORMAT = 2;

/** The source's stored text, as `data/texts/<file>` holds it (see archive.ts). */
export interface ExportedText {
  /** File name in `data/texts/`: the app serves it at the same path. */
  file: string;
  extent: 'full' | 'excerpt';
  sha256: string;
  retrieved: string;
  basis: string;
}

export interface ExportedSource {
  id: string;
  /**
   * The source as readers see it named: the outlet, or for a text that names none what the
   * text supports ("Unnamed outlet, relaying Reuters and RIA Novosti, on or after 9 Nov 2025").
   */
  name: string;
  title: string | null;
  outlet: string | null;
  relays: string[];
  credits: string[];
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
  date: string;
  dateInferred: boolean;
  datePrecision: 'year' | 'month' | 'day';
  dateQualifier: 'on-or-after' | 'approx' | null;
  dateBasis: string;
  /** "21 Oct 2025", "c. 21 Oct 2025", "on or after 9 Nov 2025", "c. Jan 2026". */
  dateLabel: string;
  url: string | null;
  /** The seed text's received file name (for editors; readers see `name`). */
  document: string | null;
  language: string;
  text: ExportedText;
}

export interface ExportedClaim {
  id: string;
  region: RegionId;
  regionLabel: string;
  kind: Kind;
  low: number | null;
  high: number | null;
  wording: string;
  rule: RuleId;
  quote: string;
  /** Language of the quote (the source's). */
  language: string;
  speaker: string;
  speakerCategory: SpeakerCategory;
  asOf: string;
  caveat: string | null;
  derived: string | null;
  override: string | null;
  source: ExportedSource;
  /** Speaker, via outlet (relaying …), date [date inferred], "quote", URL or document. */
  citation: string;
}

export interface ClaimsExport {
  title: string;
  /** The day the dataset was last updated (data/dataset.json). */
  updated: string;
  /** What produced the file; deliberately no time, so the output is deterministic. */
  generated: { by: string; format: number };
  counts: { sources: number; claims: number; byKind: Record<Kind, number> };
  /** The reading rules, for the "how words are read as numbers" panel. */
  rules: { id: RuleId; label: string; interval: string; explanation: string }[];
  /** Every source once, in file order (the same objects as the claims' `source`). */
  sources: ExportedSource[];
  claims: ExportedClaim[];
  /** The corrections log (data/corrections.json), newest first. */
  corrections: ExportedCorrection[];
}

/** One correction: the day, the claims it changed (ids as they are now), what and why. */
export interface ExportedCorrection {
  date: string;
  claims: string[];
  what: string;
  why: string;
  /** Ids the changed claims had before, if any changed. */
  previousIds: string[];
}

/** The export under the name the app uses for it. */
export type ExportedDataset = ClaimsExport;

function dateMark(claim: ResolvedClaim): string {
  const { date } = claim.source;
  if (date.qualifier === 'approx') return ' [date approximate]';
  return date.inferred ? ' [date inferred]' : '';
}

/**
 * A plain-text citation: `Speaker, via Outlet (relaying X), c. 9 Nov 2025 [date inferred],
 * "quote", URL-or-document`. An outlet the text does not name is "an unnamed outlet"; an
 * outlet's own reporting drops the "via", and "relaying" leaves out the speaker; a
 * figure dated other than its source adds "figure as of …"; a quote not in English adds its
 * language code.
 */
export function citation(claim: ResolvedClaim): string {
  const { source } = claim;
  // Names and the quote between Unicode isolates when they hold right-to-left text (isolate):
  // an Arabic outlet cannot then carry the date after it to the wrong side.
  const outlet = source.outlet === null ? 'an unnamed outlet' : isolate(source.outlet);
  const speaker = isolate(claim.speaker.name);
  // "DeepState, via Online.ua", not "… (relaying DeepState)": the speaker is named already.
  const relayed = source.relays.filter((name) => name !== claim.speaker.name).map(isolate);
  const relays = relayed.length > 0 ? ` (relaying ${relayed.join(', ')})` : '';
  // An outlet's own reporting needs no "via": "Washington Post, …", "Devdiscourse (…), …".
  const own =
    source.outlet === null
      ? claim.speaker.category === 'media'
      : claim.speaker.name.startsWith(source.outlet);
  const who = own ? speaker : `${speaker}, via ${outlet}`;
  const language = source.language === 'en' ? '' : ` [${source.language}]`;
  const asOf =
    claim.asOf === source.date.value ? '' : `, figure as of ${formatIsoDate(claim.asOf)}`;
  const where = source.url ?? `text stored as ${TEXTS_DIR}/${textFileOf(source)}`;
  return `${who}${relays}, ${formatDate(source.date)}${dateMark(claim)}, "${isolate(claim.quote)}"${language}${asOf}, ${where}`;
}

/**
 * How readers see a source named: its outlet, or, when the text names none, what the text
 * supports: "Unnamed outlet, relaying Reuters and RIA Novosti, on or after 9 Nov 2025".
 */
export function sourceName(source: SourceInfo): string {
  if (source.outlet !== null) return source.outlet;
  const relays = source.relays.length > 0 ? `, relaying ${source.relays.join(' and ')}` : '';
  return `Unnamed outlet${relays}, ${formatDate(source.date)}`;
}

function exportSource(source: SourceInfo): ExportedSource {
  return {
    id: source.id,
    name: sourceName(source),
    title: source.title ?? null,
    outlet: source.outlet,
    relays: [...source.relays],
    credits: [...(source.credits ?? [])],
    date: source.date.value,
    dateInferred: source.date.inferred,
    datePrecision: source.date.precision,
    dateQualifier: source.date.qualifier ?? null,
    dateBasis: source.date.basis,
    dateLabel: formatDate(source.date),
    url: source.url,
    document: source.document,
    language: source.language,
    text: { file: textFileOf(source), ...source.text },
  };
}

function exportClaim(claim: ResolvedClaim): ExportedClaim {
  const { source } = claim;
  return {
    id: claim.id,
    region: claim.region,
    regionLabel: regionLabel(claim.region),
    kind: claim.kind,
    low: claim.low,
    high: claim.high,
    wording: claim.wording,
    rule: claim.rule,
    quote: claim.quote,
    language: source.language,
    speaker: claim.speaker.name,
    speakerCategory: claim.speaker.category,
    asOf: claim.asOf,
    caveat: claim.caveat ?? null,
    derived: claim.derived ?? null,
    override: claim.override ?? null,
    source: exportSource(source),
    citation: citation(claim),
  };
}

function newestDate(dataset: Dataset): string {
  const dates = dataset.claims.flatMap((claim) => [claim.asOf, claim.source.date.value]);
  return dates.reduce((a, b) => (b > a ? b : a), '');
}

/** The whole dataset, resolved, in file order. */
export function buildExport(dataset: Dataset): ClaimsExport {
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  for (const claim of dataset.claims) byKind[claim.kind] += 1;
  return {
    title: dataset.meta?.title ?? 'Territory Claims',
    updated: dataset.meta?.updated ?? newestDate(dataset),
    generated: { by: 'src/claims/export.ts', format: EXPORT_FORMAT },
    counts: { sources: dataset.sources.length, claims: dataset.claims.length, byKind },
    rules: RULES.map(({ id, label, interval, explanation }) => ({
      id,
      label,
      interval,
      explanation,
    })),
    sources: dataset.sources.map(({ claims: _claims, ...source }) => exportSource(source)),
    claims: dataset.claims.map(exportClaim),
    corrections: (dataset.corrections ?? []).map((c) => ({
      date: c.date,
      claims: [...c.claims],
      what: c.what,
      why: c.why,
      previousIds: [...(c.previousIds ?? [])],
    })),
  };
}

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'id',
  'region',
  'region_label',
  'kind',
  'low',
  'high',
  'wording',
  'rule',
  'speaker',
  'speaker_category',
  'quote',
  'language',
  'as_of',
  'caveat',
  'derived',
  'override',
  'source_id',
  'outlet',
  'relays',
  'credits',
  'date',
  'date_label',
  'date_precision',
  'date_inferred',
  'date_qualifier',
  'date_basis',
  'url',
  'document',
  'source_name',
  'text_file',
  'text_extent',
  'citation',
] as const;

function csvRow(claim: ExportedClaim): Record<(typeof CSV_COLUMNS)[number], string> {
  const { source } = claim;
  const text = (value: string | number | null) => (value === null ? '' : String(value));
  return {
    id: claim.id,
    region: claim.region,
    region_label: claim.regionLabel,
    kind: claim.kind,
    low: text(claim.low),
    high: text(claim.high),
    wording: claim.wording,
    rule: claim.rule,
    speaker: claim.speaker,
    speaker_category: claim.speakerCategory,
    quote: claim.quote,
    language: claim.language,
    as_of: claim.asOf,
    caveat: text(claim.caveat),
    derived: text(claim.derived),
    override: text(claim.override),
    source_id: source.id,
    outlet: text(source.outlet),
    relays: source.relays.join('; '),
    credits: source.credits.join('; '),
    date: source.date,
    date_label: source.dateLabel,
    date_precision: source.datePrecision,
    date_inferred: String(source.dateInferred),
    date_qualifier: text(source.dateQualifier),
    date_basis: source.dateBasis,
    url: text(source.url),
    document: text(source.document),
    source_name: source.name,
    text_file: `${TEXTS_DIR}/${source.text.file}`,
    text_extent: source.text.extent,
    citation: claim.citation,
  };
}

/**
 * One CSV field: formula-like text neutralised, then quoted when it holds a comma, a double
 * quote or a line break.
 */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV: a header, one row per claim, CRLF line ends (the last line too). */
export function toCsv(data: ClaimsExport): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const claim of data.claims) {
    const row = csvRow(claim);
    lines.push(CSV_COLUMNS.map((column) => csvField(row[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The corrections log's CSV columns, in order. */
export const CORRECTIONS_CSV_COLUMNS = ['date', 'claims', 'what', 'why', 'previous_ids'] as const;

/** The corrections log as RFC 4180 CSV, one row a correction (claim ids joined by "; "). */
export function correctionsCsv(data: ClaimsExport): string {
  const lines = [CORRECTIONS_CSV_COLUMNS.join(',')];
  for (const c of data.corrections) {
    const row = [c.date, c.claims.join('; '), c.what, c.why, c.previousIds.join('; ')];
    lines.push(row.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
