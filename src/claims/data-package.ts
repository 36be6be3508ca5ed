/**
 * The downloads as a data package: the claims (CSV with a byte-order mark, so spreadsheets
 * read the Cyrillic and the typographic quotes right, and JSON), the map measurements, the
 * corrections log, a README with the column dictionary, the licence and terms, how to cite,
 * and a Frictionless `datapackage.json` describing every file (bytes, sha256, fields). File
 * names carry the dataset's date (package-files.ts). Built once, at build time; the build
 * serves the files side by side and in one ZIP (zip.ts).
 *
 * The README's words for kinds, speakers and reading rules are the page's, read from the
 * message catalogs (English and Ukrainian), so the package and the page say the same thing.
 *
 * Pure: no DOM, no Node APIs (hashing and zipping are the caller's).
 */
import { RULE_EXPLANATIONS, RULE_INTERVALS, RULE_LABELS, kindText } from '../app/present.ts';
import { lang, m, setLang, type Lang } from '../i18n/lang.ts';
import { groupOf } from '../views/speakers.ts';
import { CORRECTIONS_CSV_COLUMNS, CSV_COLUMNS, type ClaimsExport } from './export.ts';
import { packageFileNames } from './package-files.ts';
import { RULES } from './reading.ts';
import { KINDS, SPEAKER_CATEGORIES } from './schema.ts';
import { MEASUREMENT_CSV_COLUMNS } from '../mapped/export.ts';

/** The byte-order mark that tells a spreadsheet a CSV is UTF-8. */
export const BOM = '\uFEFF';

/** Frictionless (Table Schema) field types used here. */
type FieldType = 'string' | 'number' | 'boolean' | 'date' | 'integer';

export interface ColumnDoc {
  type: FieldType;
  description: string;
  /** The label the page gives this field (card), from the catalogs, when it shows one. */
  label?: (l: Lang) => string;
}

function inLang(l: Lang, message: () => string): string {
  const was = lang();
  setLang(l);
  try {
    return message();
  } finally {
    setLang(was);
  }
}

const label = (message: () => string) => (l: Lang) => inLang(l, message);

/** Every column of the claims CSV, described (a new column without a description fails to compile). */
export const CLAIM_COLUMNS: Record<(typeof CSV_COLUMNS)[number], ColumnDoc> = {
  id: {
    type: 'string',
    description:
      "The claim's id, `<source-id>/<slug>`: stable once published (a correction that changes it says so).",
  },
  region: {
    type: 'string',
    description:
      'ISO 3166-2 code of the region ("UA-14" Donetsk), or a group: crimea (Crimea with Sevastopol), donbas, annexed-four, UA (Ukraine as a whole).',
  },
  region_label: { type: 'string', description: "The region's name in English." },
  kind: { type: 'string', description: 'What the figure is a share of: see "Kinds" below.' },
  low: {
    type: 'number',
    description:
      'Lower end of the share, in percent of the region, as the reading rule reads the wording; empty when the text gives no share.',
  },
  high: {
    type: 'number',
    description: 'Upper end of the share, in percent; empty when the text gives no share.',
  },
  wording: {
    type: 'string',
    description:
      'The figure as the source words it, copied from the quote ("about 80%", "almost all").',
  },
  rule: {
    type: 'string',
    description:
      'The reading rule that turned the wording into low–high: see "Reading rules" below.',
  },
  speaker: {
    type: 'string',
    description: 'Who makes the claim, as the text names them.',
    label: label(m.card_speaker),
  },
  speaker_category: {
    type: 'string',
    description:
      'Who the speaker is: see "Speakers" below. A party to the war\'s claim is marked as such.',
  },
  quote: {
    type: 'string',
    description: "The verbatim sentence(s) from the source, in the source's language.",
  },
  language: { type: 'string', description: 'BCP 47 code of the quote\'s language ("en", "uk").' },
  as_of: {
    type: 'string',
    description: 'The date the figure describes: "YYYY-MM-DD", "YYYY-MM" or "YYYY".',
  },
  caveat: {
    type: 'string',
    description: "What a reader must know to weigh the claim (the project's words, never a quote).",
    label: label(m.card_caveat),
  },
  derived: { type: 'string', description: 'How the figure was taken when the text gives several.' },
  override: {
    type: 'string',
    description: 'Why low/high differ from what the reading rule gives.',
  },
  source_id: {
    type: 'string',
    description: "The source's id (the file data/sources/<source_id>.json in the repository).",
  },
  outlet: {
    type: 'string',
    description: 'The publisher; empty when the text does not name one (never guessed).',
    label: label(m.card_outlet),
  },
  relays: {
    type: 'string',
    description: 'Whom the text says it relays, separated by "; ".',
    label: label(m.card_relays),
  },
  credits: {
    type: 'string',
    description: 'Credits printed with the text that are not relayed text, separated by "; ".',
  },
  date: {
    type: 'string',
    description: 'The source\'s date: "YYYY-MM-DD", "YYYY-MM" or "YYYY" (see date_precision).',
    label: label(m.card_date),
  },
  date_label: {
    type: 'string',
    description: 'The date as readers see it ("c. 21 Oct 2025", "on or after 9 Nov 2025").',
  },
  date_precision: { type: 'string', description: 'day, month or year.' },
  date_inferred: {
    type: 'boolean',
    description:
      'true when the text does not state the date and it was worked out (see date_basis).',
  },
  date_qualifier: {
    type: 'string',
    description: '"on-or-after" (the date is a lower bound), "approx" (an estimate), or empty.',
  },
  date_basis: {
    type: 'string',
    description: 'How the date is known, or what it was inferred from.',
  },
  url: {
    type: 'string',
    description: "The source's address; empty for a text received without one.",
  },
  document: {
    type: 'string',
    description: 'For a received text without an address: its file name as received.',
  },
  source_name: {
    type: 'string',
    description: 'The source as readers see it named: the outlet, or what the text supports.',
    label: label(m.card_source),
  },
  text_file: {
    type: 'string',
    description:
      "The stored text every quote is checked against, a path on the map's site (data/texts/…).",
  },
  text_extent: {
    type: 'string',
    description:
      'full (the whole text) or excerpt (the passages quoted, from a page that has more).',
  },
  citation: {
    type: 'string',
    description:
      'A plain-text citation: speaker, via outlet, date, "quote", address or stored text.',
  },
};

export const MEASUREMENT_COLUMNS: Record<(typeof MEASUREMENT_CSV_COLUMNS)[number], ColumnDoc> = {
  kind: {
    type: 'string',
    description: 'Always "measurement": a figure this project computed, never a quote.',
  },
  region: { type: 'string', description: 'ISO 3166-2 code of the unit measured, or a group.' },
  region_label: { type: 'string', description: "The unit's name in English." },
  date: { type: 'date', description: 'The day of the map snapshot measured.' },
  date_label: { type: 'string', description: 'The day as readers see it.' },
  share_pct: {
    type: 'number',
    description: "Share of the unit's area shown as occupied on the map, in percent.",
  },
  area_km2: { type: 'number', description: 'Area shown as occupied, in square kilometres.' },
  region_area_km2: {
    type: 'number',
    description: "The unit's area by the project's boundary file, in square kilometres.",
  },
  map: { type: 'string', description: 'The map measured on, as cited.' },
  map_url: { type: 'string', description: "The map's address." },
  measured_by: { type: 'string', description: 'Who measured it (this project).' },
  method: { type: 'string', description: 'How the share was measured.' },
  input: { type: 'string', description: 'The map data the measurement was taken from.' },
  sha256: {
    type: 'string',
    description: 'sha256 of that input, so the measurement can be repeated.',
  },
  citation: {
    type: 'string',
    description: "A plain-text citation that names the measurement as the project's.",
  },
};

export const CORRECTION_COLUMNS: Record<(typeof CORRECTIONS_CSV_COLUMNS)[number], ColumnDoc> = {
  date: { type: 'date', description: 'The day the correction was published.' },
  claims: {
    type: 'string',
    description: 'The ids of the claims it changed, as they are now, separated by "; ".',
  },
  what: { type: 'string', description: 'What changed.' },
  why: { type: 'string', description: 'Why: the evidence that made the old reading wrong.' },
  previous_ids: {
    type: 'string',
    description: 'Ids the changed claims had before, separated by "; ", if any changed.',
  },
};

/** The package's inputs: the exports and the repository's texts to ship as they are. */
export interface PackageInput {
  claims: ClaimsExport;
  claimsCsv: string;
  claimsJson: string;
  correctionsCsv: string;
  mappedCsv: string;
  mappedJson: string;
  /** Rows of the mapped CSV (measurements). */
  mappedRows: number;
  licence: string;
  terms: string;
  citation: string;
  /** The project's version (package.json). */
  version: string;
  description: string;
  /** sha256 (hex) of a file's bytes: the caller's (Node) hashing. */
  sha256: (bytes: Uint8Array) => string;
}

/** A package file: its name and bytes. */
export interface PackageFile {
  name: string;
  bytes: Uint8Array;
}

const encode = (text: string) => new TextEncoder().encode(text);

function table(docs: Record<string, ColumnDoc>): string {
  const rows = Object.entries(docs).map(([name, doc]) => {
    const page = doc.label ? `${doc.label('en')} / ${doc.label('uk')}` : '';
    return `| \`${name}\` | ${doc.type} | ${doc.description.replace(/\|/g, '\\|')} | ${page} |`;
  });
  return ['| Column | Type | Meaning | On the page (en / uk) |', '|---|---|---|---|', ...rows].join(
    '\n',
  );
}

function fields(docs: Record<string, ColumnDoc>) {
  return Object.entries(docs).map(([name, doc]) => ({
    name,
    type: doc.type,
    description: doc.description,
  }));
}

/** The README: what the files are, the columns, the values' meanings, terms and citation. */
export function packageReadme(
  input: PackageInput,
  files: { name: string; bytes: number }[],
): string {
  const { claims } = input;
  const names = packageFileNames(claims.updated);
  const both = (message: () => string) => `${inLang('en', message)} / ${inLang('uk', message)}`;
  const kinds = KINDS.map(
    (kind) =>
      `- \`${kind}\`: ${inLang('en', () => kindText(kind))} / ${inLang('uk', () => kindText(kind))}`,
  );
  const speakers = SPEAKER_CATEGORIES.map(
    (category) => `- \`${category}\`: ${both(() => groupOf(category).label)}`,
  );
  const rules = RULES.map(
    (rule) =>
      `- \`${rule.id}\` — ${both(RULE_LABELS[rule.id])}. Read as: ${inLang('en', RULE_INTERVALS[rule.id])}. ${inLang('en', RULE_EXPLANATIONS[rule.id])}`,
  );
  const corrections = claims.corrections.map(
    (c) => `- **${c.date}** (${c.claims.join(', ')}): ${c.what} Why: ${c.why}`,
  );
  const sizes = files.map((f) => `| \`${f.name}\` | ${f.bytes.toLocaleString('en')} |`);
  return `# ${claims.title}: data package, version ${claims.updated}

${input.description}

Dataset version **${claims.updated}** (the day the data was last updated), made by Territory
Claims ${input.version}: ${claims.counts.claims} claims from ${claims.counts.sources} sources,
and ${input.mappedRows} shares measured on a third party's map. Every figure comes with the
words it was read from and who said them, when.

## Files

| File | Bytes |
|---|---|
${sizes.join('\n')}

- \`${names.claimsCsv}\`: one row a claim, with its citation (UTF-8 with a byte-order mark,
  RFC 4180, CRLF line ends: spreadsheets open it with the Cyrillic and the quotes right).
- \`${names.claimsJson}\`: the same claims with their sources, the reading rules and the
  corrections log, as the map itself reads them.
- \`${names.mappedCsv}\`, \`${names.mappedJson}\`: the shares this project measured on
  DeepStateMap's map (figures the project computed, not quotes).
- \`${names.correctionsCsv}\`: the corrections log.
- \`${names.datapackage}\`: a Frictionless Data Package describing every file (fields, bytes,
  sha256).
- \`${names.licence}\`, \`${names.terms}\`: the licence and the terms of the data (quotes remain their
  publishers' work); \`${names.citation}\`: how to cite.

## How to cite

Territory Claims contributors, *Territory Claims: cited claims about the share of Ukraine's
regions Russia controls*, dataset version ${claims.updated}. Cite the claim's own source too:
each row's \`citation\` column names it. See \`${names.citation}\`.

## Licence

The project's own work (the readings, speakers, dates, caveats, structure) is under the MIT
licence (\`${names.licence}\`). Quotes and stored texts remain their publishers' work, quoted for
reporting with attribution; reuse them the same way. See \`${names.terms}\`.

## Columns of the claims (\`${names.claimsCsv}\`)

${table(CLAIM_COLUMNS)}

### Kinds (\`kind\`)

${kinds.join('\n')}

### Speakers (\`speaker_category\`), as the page groups them (en / uk)

${speakers.join('\n')}

### Reading rules (\`rule\`)

${inLang('en', m.method_rules_intro)}

${rules.join('\n')}

## Columns of the map measurements (\`${names.mappedCsv}\`)

${table(MEASUREMENT_COLUMNS)}

## Columns of the corrections log (\`${names.correctionsCsv}\`)

${table(CORRECTION_COLUMNS)}

## Corrections

${corrections.length > 0 ? corrections.join('\n') : 'None.'}

## Borders and boundaries

${inLang('en', m.method_borders)}

${inLang('en', m.geo_attribution)}.
`;
}

/** The package's files, the README and datapackage.json last (they describe the others). */
export function buildPackage(input: PackageInput): PackageFile[] {
  const names = packageFileNames(input.claims.updated);
  const data: PackageFile[] = [
    { name: names.claimsCsv, bytes: encode(BOM + input.claimsCsv) },
    { name: names.claimsJson, bytes: encode(input.claimsJson) },
    { name: names.mappedCsv, bytes: encode(BOM + input.mappedCsv) },
    { name: names.mappedJson, bytes: encode(input.mappedJson) },
    { name: names.correctionsCsv, bytes: encode(BOM + input.correctionsCsv) },
    { name: names.licence, bytes: encode(input.licence) },
    { name: names.terms, bytes: encode(input.terms) },
    { name: names.citation, bytes: encode(input.citation) },
  ];
  const resource = (
    file: PackageFile,
    name: string,
    title: string,
    docs?: Record<string, ColumnDoc>,
  ) => ({
    name,
    path: file.name,
    title,
    format: file.name.split('.').pop(),
    mediatype: file.name.endsWith('.csv') ? 'text/csv' : 'application/json',
    encoding: file.name.endsWith('.csv') ? 'utf-8-sig' : 'utf-8',
    bytes: file.bytes.length,
    hash: `sha256:${input.sha256(file.bytes)}`,
    ...(docs
      ? {
          dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
          schema: { fields: fields(docs) },
        }
      : {}),
  });
  const [claimsCsv, claimsJson, mappedCsv, mappedJson, correctionsCsv] = data as [
    PackageFile,
    PackageFile,
    PackageFile,
    PackageFile,
    PackageFile,
  ];
  const descriptor = {
    profile: 'tabular-data-package',
    name: 'territory-claims',
    title: input.claims.title,
    description: input.description,
    version: input.claims.updated,
    created: input.claims.updated,
    licenses: [
      {
        name: 'MIT',
        path: names.licence,
        title:
          "MIT licence (the project's own work; quotes remain their publishers': see TERMS.md)",
      },
    ],
    contributors: [{ title: 'The Territory Claims contributors', role: 'author' }],
    resources: [
      resource(claimsCsv, 'claims', 'Claims, one row a claim, with its citation', CLAIM_COLUMNS),
      resource(
        mappedCsv,
        'mapped-deepstate',
        "Shares measured on DeepStateMap's map by this project",
        MEASUREMENT_COLUMNS,
      ),
      resource(correctionsCsv, 'corrections', 'Corrections log', CORRECTION_COLUMNS),
      {
        ...resource(claimsJson, 'claims-json', 'Claims with sources, rules and corrections (JSON)'),
        profile: 'data-resource',
      },
      {
        ...resource(mappedJson, 'mapped-deepstate-json', 'Map measurements (JSON)'),
        profile: 'data-resource',
      },
    ],
  };
  const sized = data.map((f) => ({ name: f.name, bytes: f.bytes.length }));
  const readme = encode(packageReadme(input, sized));
  return [
    ...data,
    { name: names.readme, bytes: readme },
    { name: names.datapackage, bytes: encode(`${JSON.stringify(descriptor, null, 2)}\n`) },
  ];
}
