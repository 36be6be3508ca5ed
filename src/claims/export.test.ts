import { describe, expect, it } from 'vitest';
import { buildExport, citation, csvField, CSV_COLUMNS, formatShare, toCsv } from './export.ts';
import { citationText } from '../app/present.ts';
import { loadDataset } from './load.ts';
import { neutraliseFormula } from './plain-text.ts';
import type { Dataset } from './schema.ts';

function load(): Dataset {
  const result = loadDataset();
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.dataset;
}

/** A strict RFC 4180 parser, for checking the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (field !== '') throw new Error(`stray quote at ${i}`);
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else if (ch === '\n' || ch === '\r') {
      throw new Error(`bare line break at ${i}`);
    } else {
      field += ch;
    }
    i += 1;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) throw new Error('last line has no CRLF');
  return rows;
}

const dataset = load();
const data = buildExport(dataset);

describe('buildExport', () => {
  it('is deterministic and records no wall-clock time', () => {
    const again = JSON.stringify(buildExport(load()));
    expect(again).toBe(JSON.stringify(data));
    expect(JSON.stringify(data.generated)).not.toMatch(/\d{1,2}:\d{2}|T\d{2}/);
    expect(data.generated).toEqual({ by: 'src/claims/export.ts', format: 2 });
  });

  it('takes updated from data/dataset.json, else from the newest date in the data', () => {
    expect(data.updated).toBe('2026-12-05');
    expect(buildExport({ ...dataset, meta: null }).updated).toBe('2026-03-10');
  });

  it('counts sources, claims and kinds', () => {
    expect(data.counts).toEqual({
      sources: 18,
      claims: 63,
      byKind: { control: 32, claim: 7, demand: 5, position: 19 },
    });
    expect(data.rules.map((rule) => rule.id)).toContain('about');
    expect(data.sources.map((source) => source.id)).toEqual(dataset.sources.map((s) => s.id));
    for (const claim of data.claims) {
      expect(data.sources.find((s) => s.id === claim.source.id)).toEqual(claim.source);
    }
  });

  it('gives every claim its fields and source', () => {
    for (const claim of data.claims) {
      expect(Object.keys(claim).sort()).toEqual(
        [
          'id',
          'region',
          'regionLabel',
          'kind',
          'low',
          'high',
          'wording',
          'rule',
          'quote',
          'language',
          'speaker',
          'speakerCategory',
          'asOf',
          'caveat',
          'derived',
          'override',
          'source',
          'citation',
        ].sort(),
      );
      expect(Object.keys(claim.source).sort()).toEqual(
        [
          'id',
          'title',
          'outlet',
          'relays',
          'credits',
          'date',
          'dateInferred',
          'datePrecision',
          'dateQualifier',
          'dateBasis',
          'dateLabel',
          'url',
          'document',
          'language',
          'name',
          'text',
        ].sort(),
      );
    }
  });

  it('resolves seed-004 Donetsk with its citation', () => {
    const claim = data.claims.find((c) => c.id === 'seed-004/donetsk-control');
    expect(claim).toMatchObject({
      region: 'UA-14',
      regionLabel: 'Donetsk',
      kind: 'control',
      low: 77.5,
      high: 82.5,
      wording: 'about 80%',
      rule: 'about',
      speakerCategory: 'media',
      asOf: '2025-11-09',
      source: {
        name: 'Unnamed outlet, relaying Reuters and RIA Novosti, on or after 9 Nov 2025',
        outlet: null,
        relays: ['Reuters', 'RIA Novosti'],
        date: '2025-11-09',
        dateInferred: true,
        datePrecision: 'day',
        dateQualifier: 'on-or-after',
        dateLabel: 'on or after 9 Nov 2025',
        document: '004_333ef43267682ee5.txt',
        url: null,
        text: { file: '004_333ef43267682ee5.txt', extent: 'full' },
      },
    });
    expect(claim?.source.text.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(claim?.quote).toContain('about 80% of Donetsk');
    expect(claim?.citation).toBe(
      'Unnamed outlet (own reporting, relaying a Reuters report) (relaying Reuters, RIA Novosti), on or after 9 Nov 2025 [date inferred], "Moscow currently controls Crimea, which it annexed in 2014, almost all of Luhansk, about 80% of Donetsk, about 75% of Kherson and Zaporizhzhia, and small areas elsewhere.", text stored as data/texts/004_333ef43267682ee5.txt',
    );
  });
});

describe('citation', () => {
  const find = (id: string) => {
    const claim = dataset.claims.find((c) => c.id === id);
    if (!claim) throw new Error(id);
    return citation(claim);
  };

  it.each([
    [
      'menafn-ukrinform-2025-07-31/donetsk-control',
      /^Vadym Filashkin \(Ukrainian governor of Donetsk region\), via MENAFN \(relaying Ukrinform\), 31 Jul 2025, "As of July 24.*", figure as of 24 Jul 2025, https:\/\/menafn\.com\//,
    ],
    [
      'deepstate-dziennik-pl-2026-01-02/ukraine-control',
      /^DeepState, via Dziennik\.pl \(relaying PAP\), 2 Jan 2026, "„Jest to 19,24 proc\./,
    ],
    [
      'washington-post-2022-09-30/ukraine-control',
      /^Washington Post, 30 Sep 2022, "Russia’s formal/,
    ],
    [
      'aljazeera-2022-09-30/ukraine-control',
      /^Al Jazeera, c\. 21 Sep 2022, updated 30 Sep 2022 \[date inferred\], "Russia controls/,
    ],
    [
      'seed-001/several-key-regions',
      /^Unnamed outlet \(own reporting\), c\. 21 Oct 2025 \[date inferred\], "Russia continues/,
    ],
    [
      'deepstate-umoloda-2026-01/crimea-control',
      /^DeepState, via Ukraina Moloda \(umoloda\.kyiv\.ua\), c\. Jan 2026 \[date approximate\], "Крим без змін на 100% окупований\." \[uk\], https:/,
    ],
    ['metroreport-2025/zaporizhzhia-control', /, c\. 2025 \[date inferred\], /],
    ['seed-002/cede-more-territory', /, 21 Oct 2025, "Moscow has long demanded/],
  ])('%s', (id, pattern) => {
    expect(find(id)).toMatch(pattern);
  });
});

describe('formatShare', () => {
  it.each([
    [77.5, 82.5, '77.5–82.5%'],
    [100, 100, '100%'],
    [null, null, 'no figure'],
  ] as const)('%s–%s → %s', (low, high, expected) => {
    expect(formatShare(low, high)).toBe(expected);
  });
});

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['', ''],
  ])('field %j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  const csv = toCsv(data);
  const rows = parseCsv(csv);

  it('has a header and one row per claim, every row as wide as the header', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(data.claims.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('gives every row a non-empty citation, and round-trips quotes and citations', () => {
    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    rows.slice(1).forEach((row, i) => {
      const claim = data.claims[i];
      expect(row[column('citation')]).not.toBe('');
      expect(row[column('citation')]).toBe(claim?.citation);
      expect(row[column('quote')]).toBe(claim?.quote);
      expect(row[column('id')]).toBe(claim?.id);
      expect(row[column('low')]).toBe(claim?.low === null ? '' : String(claim?.low));
    });
  });

  it('quotes commas, double quotes and line breaks', () => {
    const first = data.claims[0];
    if (!first) throw new Error('no claims');
    const tricky = {
      ...data,
      claims: [{ ...first, quote: 'He said "no",\nthen, "yes"', caveat: 'a, b' }],
    };
    const parsed = parseCsv(toCsv(tricky));
    expect(parsed[1]?.[CSV_COLUMNS.indexOf('quote')]).toBe('He said "no",\nthen, "yes"');
    expect(parsed[1]?.[CSV_COLUMNS.indexOf('caveat')]).toBe('a, b');
    expect(toCsv(tricky)).toContain('"He said ""no"",\nthen, ""yes"""');
  });

  it('ends every line with CRLF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(rows.length + 1);
  });
});

describe('CSV and copied citations: formula-like text is neutralised (OWASP CSV injection)', () => {
  const FORMULAS = [
    '=HYPERLINK("http://evil.example","x")',
    '+1+cmd|" /C calc"!A0',
    '-2+3',
    '@SUM(A1:A2)',
    '\t=1+1',
    '\r=1+1',
    '=1',
  ];
  it.each(FORMULAS)('field %j starts with an apostrophe', (value) => {
    const field = csvField(value);
    const unquoted = field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
    expect(unquoted).toBe(`'${value}`);
  });

  it.each(['-3', '77.5', '0', 'plain', 'a=b', 'x@y', "'already"])('%j stays as it is', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });

  it('neutralises every column of a hostile claim, and the copied citation', () => {
    const first = data.claims[0];
    if (!first) throw new Error('no claims');
    const hostile = {
      ...first,
      speaker: '=HYPERLINK("http://evil.example","Reuters")',
      quote: '@SUM(1+1)*cmd|"/C calc"!A0',
      wording: '+80%',
      caveat: '-1+1',
      citation: '=HYPERLINK("http://evil.example","Reuters"), 9 Nov 2025, "…"',
    };
    const parsed = parseCsv(toCsv({ ...data, claims: [hostile] }));
    const row = parsed[1] ?? [];
    for (const name of ['speaker', 'quote', 'wording', 'caveat', 'citation'] as const) {
      expect(row[CSV_COLUMNS.indexOf(name)]?.startsWith("'"), name).toBe(true);
    }
    expect(citationText(hostile).startsWith("'=HYPERLINK")).toBe(true);
    // An ordinary citation is copied as the export has it.
    expect(citationText(first)).toBe(first.citation);
  });
});
