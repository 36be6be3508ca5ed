import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset, readTexts, REPO_ROOT } from './load.ts';
import { partialDatePrecision } from './dates.ts';
import { validate, type InputFile } from './validate.ts';

const texts = readTexts(resolve(REPO_ROOT, 'data/texts'));
const FILE = 'data/sources/seed-004.json';
const DONETSK = 'claim "seed-004/donetsk-control"';
const SOURCE = 'source "seed-004"';

type Json = Record<string, unknown> & { claims: Record<string, unknown>[] };

function seed004(): Json {
  return JSON.parse(readFileSync(join(REPO_ROOT, FILE), 'utf8')) as Json;
}

function claim(source: Json, id: string): Record<string, unknown> {
  const found = source.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
}

function donetsk(source: Json): Record<string, unknown> {
  return claim(source, 'seed-004/donetsk-control');
}

function messages(files: InputFile[], meta?: InputFile): string[] {
  const result = validate(files, meta ? { texts, meta } : { texts });
  return result.ok ? [] : result.errors.map((error) => error.message);
}

describe('the real dataset', () => {
  it('validates, quotes checked against the stored texts', () => {
    const result = loadDataset();
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.dataset.sources.length).toBe(18);
    expect(result.dataset.claims.length).toBeGreaterThanOrEqual(60);
    expect(result.dataset.meta?.updated).toBe('2026-12-05');
  });

  it('validates seed-004 on its own', () => {
    expect(messages([{ file: FILE, data: seed004() }])).toEqual([]);
  });
});

interface BrokenCase {
  name: string;
  /** Files to validate; defaults to one broken copy of seed-004. */
  files: () => InputFile[];
  meta?: InputFile;
  /** Messages that must all be reported. */
  expected: string[];
}

function broken(mutate: (source: Json) => void, file = FILE): () => InputFile[] {
  return () => {
    const source = seed004();
    mutate(source);
    return [{ file, data: source }];
  };
}

const cases: BrokenCase[] = [
  {
    name: 'unknown region',
    files: broken((s) => (donetsk(s).region = 'UA-99')),
    expected: [
      `${FILE}: ${DONETSK}: region "UA-99" is not a known region; use an ISO 3166-2 code such as UA-14 or a group id (donbas, crimea, annexed-four, UA)`,
    ],
  },
  {
    name: 'missing claim field',
    files: broken((s) => delete donetsk(s).speaker),
    expected: [
      `${FILE}: ${DONETSK}: missing field "speaker"; add it: give {"name": …, "category": …}`,
    ],
  },
  {
    name: 'missing nested field',
    files: broken((s) => delete (donetsk(s).speaker as Record<string, unknown>).category),
    expected: [
      `${FILE}: ${DONETSK}: missing field "speaker.category"; add it: use one of party-ru, party-ua, third-party, mapping-project, news-agency, media, analyst`,
    ],
  },
  {
    name: 'missing source field',
    files: broken((s) => delete s.outlet),
    expected: [
      `${FILE}: ${SOURCE}: missing field "outlet"; add it: give the publisher's name, or null when the text does not name one (never guess)`,
    ],
  },
  {
    name: 'extra claim field',
    files: broken((s) => (donetsk(s).confidence = 'high')),
    expected: [
      `${FILE}: ${DONETSK}: unknown field "confidence"; remove it or correct its spelling (allowed: id, region, kind, wording, low, high, rule, speaker, quote, asOf, caveat, derived, override)`,
    ],
  },
  {
    name: 'extra date field',
    files: broken((s) => ((s.date as Record<string, unknown>).timezone = 'UTC')),
    expected: [
      `${FILE}: ${SOURCE}: unknown field "date.timezone"; remove it or correct its spelling (allowed: value, precision, inferred, basis, qualifier, updated)`,
    ],
  },
  {
    name: 'wrong type',
    files: broken((s) => (donetsk(s).low = '77.5')),
    expected: [
      `${FILE}: ${DONETSK}: field "low" must be number, not "77.5"; give a percentage from 0 to 100, or null when the text gives no share`,
    ],
  },
  {
    name: 'unknown kind',
    files: broken((s) => (donetsk(s).kind = 'controlled')),
    expected: [
      `${FILE}: ${DONETSK}: field "kind" is "controlled", which is not allowed; use one of control, claim, demand, position`,
    ],
  },
  {
    name: 'empty quote',
    files: broken((s) => (donetsk(s).quote = '')),
    expected: [
      `${FILE}: ${DONETSK}: field "quote" is empty; copy the sentence(s) verbatim from the source text`,
    ],
  },
  {
    name: 'claim without an id is named by its index',
    files: broken((s) => delete donetsk(s).id),
    expected: [
      `${FILE}: claims[3]: missing field "id"; add it: use "<source-id>/<slug>" in lower case with hyphens, e.g. "seed-004/donetsk-control"`,
    ],
  },
  {
    name: 'not a real calendar date',
    files: broken((s) => ((s.date as Record<string, unknown>).value = '2025-02-30')),
    expected: [
      `${FILE}: ${SOURCE}: date.value "2025-02-30" is not a real calendar date; use YYYY-MM-DD, YYYY-MM or YYYY with a month and day that exist`,
    ],
  },
  {
    name: 'date value and precision disagree',
    files: broken((s) => ((s.date as Record<string, unknown>).value = '2025-11')),
    expected: [
      `${FILE}: ${SOURCE}: date.value "2025-11" does not match date.precision "day"; use YYYY-MM-DD for day, YYYY-MM for month, YYYY for year`,
    ],
  },
  {
    name: 'qualifier on a stated date',
    files: broken((s) => ((s.date as Record<string, unknown>).inferred = false)),
    expected: [
      `${FILE}: ${SOURCE}: date.qualifier "on-or-after" needs date.inferred true; an approximate or on-or-after date is not stated in the text: set inferred to true`,
    ],
  },
  {
    name: 'asOf not a real date',
    files: broken((s) => (donetsk(s).asOf = '2025-13-01')),
    expected: [
      `${FILE}: ${DONETSK}: asOf "2025-13-01" is not a real date; give the date the figure describes as YYYY, YYYY-MM or YYYY-MM-DD (the publication date when the text gives none)`,
    ],
  },
  {
    name: 'asOf after a stated publication date',
    files: () => {
      const data = JSON.parse(
        readFileSync(join(REPO_ROOT, 'data/sources/menafn-ukrinform-2025-07-31.json'), 'utf8'),
      ) as Json;
      (data.claims[0] as Record<string, unknown>).asOf = '2025-08-15';
      return [{ file: 'data/sources/menafn-ukrinform-2025-07-31.json', data }];
    },
    expected: [
      'data/sources/menafn-ukrinform-2025-07-31.json: claim "menafn-ukrinform-2025-07-31/donetsk-control": asOf "2025-08-15" is after the source\'s date "2025-07-31"; a figure cannot describe a day after it was published (or last updated, date.updated); correct asOf or the date',
    ],
  },
  {
    name: 'date.updated not a later real day',
    files: broken((s) => ((s.date as Record<string, unknown>).updated = '2025-11-08')),
    expected: [
      `${FILE}: ${SOURCE}: date.updated "2025-11-08" is not after date.value "2025-11-09"; give the day of a later update, or remove date.updated`,
    ],
  },
  {
    name: 'stored text record malformed',
    files: broken((s) => ((s.text as Record<string, unknown>).sha256 = 'abc')),
    expected: [
      `${FILE}: ${SOURCE}: field "text.sha256" is "abc", which is not in the right form; give the sha256 of the stored file (sha256sum data/texts/<file>), in lower-case hex`,
    ],
  },
  {
    name: 'low greater than high',
    files: broken((s) => Object.assign(donetsk(s), { low: 82.5, high: 77.5 })),
    expected: [
      `${FILE}: ${DONETSK}: low 82.5 is greater than high 77.5; swap them so that low ≤ high`,
    ],
  },
  {
    name: 'share outside 0–100',
    files: broken((s) => Object.assign(donetsk(s), { high: 120 })),
    expected: [
      `${FILE}: ${DONETSK}: high 120 is outside 0–100; low and high are percentages of the region`,
    ],
  },
  {
    name: 'only one of low and high',
    files: broken((s) => Object.assign(donetsk(s), { high: null })),
    expected: [
      `${FILE}: ${DONETSK}: low is 77.5 but high is null; give both as numbers, or both as null when the text gives no share`,
    ],
  },
  {
    name: 'interval disagrees with the reading rule',
    files: broken((s) => Object.assign(donetsk(s), { low: 78, high: 82 })),
    expected: [
      `${FILE}: ${DONETSK}: wording "about 80%" reads as 77.5–82.5 (rule "about"), but the claim has 78–82 (rule "about"); set low 77.5, high 82.5 and rule "about", or add "override" with the reason`,
    ],
  },
  {
    name: 'wording that no rule reads',
    files: broken((s) =>
      Object.assign(claim(s, 'seed-004/lavrov-novorossiya-claim'), { override: undefined }),
    ),
    expected: [
      `${FILE}: claim "seed-004/lavrov-novorossiya-claim": wording "Novorossiya" matches no reading rule; give the figure as the quote words it, or add "override" with the reason for low, high and rule`,
    ],
  },
  {
    name: 'a position with a share',
    files: broken((s) => Object.assign(claim(s, 'seed-004/never-recognize'), { low: 0, high: 5 })),
    expected: [
      `${FILE}: claim "seed-004/never-recognize": a position has no share, but low–high is 0–5; set low and high to null, or use kind control, claim or demand`,
    ],
  },
  {
    name: 'rule "position" on a control claim',
    files: broken((s) => Object.assign(donetsk(s), { rule: 'position' })),
    expected: [
      `${FILE}: ${DONETSK}: rule "position" is only for kind "position", not "control"; use the reading rule of the wording (see src/claims/reading.ts), or set kind to "position"`,
    ],
  },
  {
    name: 'wording not in the quote',
    files: broken((s) =>
      Object.assign(donetsk(s), { wording: 'about 85%', low: 82.5, high: 87.5 }),
    ),
    expected: [
      `${FILE}: ${DONETSK}: wording "about 85%" is not in the quote; copy the figure exactly as the quote words it`,
    ],
  },
  {
    name: 'quote not in the seed text',
    files: broken((s) => {
      const c = donetsk(s);
      c.quote = String(c.quote).replace('Moscow currently controls', 'Moscow now controls');
    }),
    expected: [
      `${FILE}: ${DONETSK}: quote "Moscow now controls Crimea, which it…" was not found in its stored text data/texts/004_333ef43267682ee5.txt; copy the sentence(s) exactly from the text (only whitespace, the style of quotes, apostrophes and dashes, and the ellipsis may differ; see data/README.md)`,
    ],
  },
  {
    name: 'claim id of another source',
    files: broken((s) => (donetsk(s).id = 'seed-003/donetsk-control')),
    expected: [
      `${FILE}: claim "seed-003/donetsk-control": claim id "seed-003/donetsk-control" does not start with its source id "seed-004/"; rename it "seed-004/donetsk-control"`,
    ],
  },
  {
    name: 'source id not matching the file name',
    files: broken(() => undefined, 'data/sources/seed-4.json'),
    expected: [
      'data/sources/seed-4.json: source "seed-004": source id "seed-004" does not match the file name seed-4.json; set id to "seed-4" or rename the file to seed-004.json',
    ],
  },
  {
    name: 'duplicate source and claim ids across files',
    files: () => [
      { file: FILE, data: seed004() },
      { file: 'data/sources/seed-004-copy.json', data: seed004() },
    ],
    expected: [
      'data/sources/seed-004-copy.json: source "seed-004": duplicate source id, also used in data/sources/seed-004.json; give each source its own id (and file)',
      `data/sources/seed-004-copy.json: ${DONETSK}: duplicate claim id, also used in ${FILE}; give each claim its own id ("<source-id>/<slug>")`,
    ],
  },
  {
    name: 'neither url nor document',
    files: broken((s) => (s.document = null)),
    expected: [
      `${FILE}: ${SOURCE}: the source has neither url nor document; give the page's url, or the seed text's file name in document`,
    ],
  },
  {
    name: 'a source without claims',
    files: broken((s) => (s.claims = [])),
    expected: [`${FILE}: ${SOURCE}: the source has no claims; add a claim, or remove the file`],
  },
  {
    name: 'a file that is not an object',
    files: () => [{ file: FILE, data: [1, 2] }],
    expected: [
      `${FILE}: source: the file holds an array, not an object; a source file holds one JSON object with the source's fields and a "claims" array (see data/README.md)`,
    ],
  },
  {
    name: 'dataset updated before its newest source',
    files: () => [{ file: FILE, data: seed004() }],
    meta: { file: 'data/dataset.json', data: { title: 'T', updated: '2025-11-01' } },
    expected: [
      'data/dataset.json: dataset: updated "2025-11-01" is earlier than the newest source date "2025-11-09" (source "seed-004"); set updated to the day you last changed the dataset',
    ],
  },
  {
    name: 'dataset meta with an unknown field',
    files: () => [{ file: FILE, data: seed004() }],
    meta: { file: 'data/dataset.json', data: { title: 'T', updated: '2026-11-21', version: 2 } },
    expected: [
      'data/dataset.json: dataset: unknown field "version"; remove it or correct its spelling (allowed: title, updated, description)',
    ],
  },
];

describe('validate() on broken copies', () => {
  it.each(cases)('$name', ({ files, meta, expected }) => {
    const found = messages(files(), meta);
    for (const message of expected) expect(found).toContain(message);
  });

  it('names the file and the entry in every message, with a fix after a semicolon', () => {
    for (const { files, meta } of cases) {
      for (const message of messages(files(), meta)) {
        expect(message).toMatch(
          /^data\/[\w/.-]+\.json: (source|dataset|claims\[\d+\]|claim "[^"]+"|source "[^"]+")(: ).+; .+/,
        );
      }
    }
  });

  it('reports every problem, not just the first', () => {
    const found = messages(
      broken((s) => {
        donetsk(s).region = 'UA-99';
        claim(s, 'seed-004/luhansk-control').kind = 'controlled';
        s.language = 'English';
      })(),
    );
    expect(found).toHaveLength(3);
  });

  it('accepts an interval that differs from the rule when an override gives the reason', () => {
    const data = seed004();
    Object.assign(donetsk(data), { low: 78, high: 82, override: 'Checked against the map.' });
    expect(messages([{ file: FILE, data }])).toEqual([]);
  });

  it('skips the quote check only when no texts are given at all (the editor before a paste)', () => {
    const data = seed004();
    donetsk(data).quote = String(donetsk(data).quote).replace('currently', 'now');
    expect(validate([{ file: FILE, data }]).ok).toBe(true);
    const missing = validate([{ file: FILE, data }], { texts: {} });
    expect(missing.ok ? [] : missing.errors.map((e) => e.message)).toEqual([
      `${FILE}: ${SOURCE}: its stored text data/texts/004_333ef43267682ee5.txt is missing; save the text the quotes were read from as data/texts/004_333ef43267682ee5.txt and record its sha256 in text.sha256, or correct "document"`,
    ]);
  });
});

describe('partialDatePrecision', () => {
  it.each([
    ['2025', 'year'],
    ['2026-01', 'month'],
    ['2024-02-29', 'day'],
    ['2025-02-29', null],
    ['2025-13', null],
    ['2025-00-10', null],
    ['25-01-01', null],
    ['2025/01/01', null],
    ['1850', null],
    ['', null],
  ] as const)('%j → %j', (value, expected) => {
    expect(partialDatePrecision(value)).toBe(expected);
  });
});
