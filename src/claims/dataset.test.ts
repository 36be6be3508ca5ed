/**
 * Content checks on the real dataset: intervals agree with the reading rules, the seed and
 * published claims are all there with their sources, speakers, dates and caveats.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUPS as GEO_GROUPS, ISO_CODES } from '../geo/regions.ts';
import { loadDataset, REPO_ROOT } from './load.ts';
import { readWording } from './reading.ts';
import { GROUP_IDS, GROUPS, UNIT_CODES } from './regions-ref.ts';
import type { Dataset, ResolvedClaim, Source } from './schema.ts';

function load(): Dataset {
  const result = loadDataset();
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.dataset;
}

const dataset = load();
const byId = new Map(dataset.claims.map((claim) => [claim.id, claim]));
const sourceById = new Map(dataset.sources.map((source) => [source.id, source]));

function claim(id: string): ResolvedClaim {
  const found = byId.get(id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
}

function source(id: string): Source {
  const found = sourceById.get(id);
  if (!found) throw new Error(`no source ${id}`);
  return found;
}

interface ExtraClaim {
  outlet: string;
  date: string;
  url: string;
  quote: string;
  region: string;
  value_text: string;
  lang: string;
  note?: string;
}

// The gathered claims the web sources were made from: an input beside the checkout, not part of
// the repository (their quotes are stored in data/texts/ and checked there by every load).
const EXTRAS = resolve(REPO_ROOT, '../shared/claims/extra-claims.jsonl');
const extras = existsSync(EXTRAS)
  ? readFileSync(EXTRAS, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as ExtraClaim)
  : null;
if (extras === null) {
  console.info(
    `dataset.test: ${EXTRAS} is not beside the checkout; the check against it is skipped`,
  );
}

describe('intervals and reading rules', () => {
  it.each(dataset.claims.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    if (c.kind === 'position') {
      expect([c.low, c.high, c.rule]).toEqual([null, null, 'position']);
    } else if (c.override !== undefined) {
      expect(c.override.length).toBeGreaterThan(20);
      expect(c.rule).not.toBe('position');
    } else {
      expect(readWording(c.wording)).toEqual({ low: c.low, high: c.high, rule: c.rule });
    }
  });
});

describe('the dataset as a whole', () => {
  it('has 18 sources and 63 claims, of every kind', () => {
    expect(dataset.sources).toHaveLength(18);
    expect(dataset.claims).toHaveLength(63);
    const count = (kind: string) => dataset.claims.filter((c) => c.kind === kind).length;
    expect(['control', 'claim', 'demand', 'position'].map(count)).toEqual([32, 7, 5, 19]);
  });

  it('prefixes every claim id with its source id', () => {
    for (const c of dataset.claims) expect(c.id.startsWith(`${c.source.id}/`)).toBe(true);
  });

  it.skipIf(extras === null)(
    'covers every one of the 20 published claims, quote and url verbatim',
    () => {
      expect(extras).toHaveLength(20);
      for (const extra of extras ?? []) {
        const matches = dataset.claims.filter(
          (c) => c.source.url === extra.url && c.quote === extra.quote,
        );
        expect(matches.length, extra.quote).toBeGreaterThan(0);
        for (const c of matches) {
          expect(c.source.language).toBe(extra.lang);
          // "2024-08 (c. 19 Aug)", "2025 (undated…)": the stated part is kept, to its precision.
          const stated = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(extra.date)?.[0] ?? '';
          // A page updated after it was first published keeps both dates (Al Jazeera's map).
          const dates = [c.source.date.value, c.source.date.updated ?? ''];
          expect(
            dates.some((date) => date.startsWith(stated)),
            `${c.id} ${extra.date}`,
          ).toBe(true);
          if (extra.note) {
            expect(c.caveat ?? c.derived, `${c.id} keeps the note`).toBeDefined();
            // A gatherer's note is never shown as a quote.
            for (const other of dataset.claims) expect(other.quote).not.toContain(extra.note);
          }
        }
      }
    },
  );

  it('keeps every non-English quote in its language', () => {
    expect(claim('deepstate-umoloda-2026-01/crimea-control').quote).toBe(
      'Крим без змін на 100% окупований.',
    );
    expect(source('deepstate-umoloda-2026-01').language).toBe('uk');
    expect(source('deepstate-dziennik-pl-2026-01-02').language).toBe('pl');
  });
});

describe('seed texts', () => {
  it('never name an outlet and cite their document', () => {
    for (const id of ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']) {
      expect(source(id).outlet).toBeNull();
      expect(source(id).url).toBeNull();
      expect(source(id).document).toMatch(new RegExp(`^${id.slice(5)}_[0-9a-f]{16}\\.txt$`));
    }
  });

  it('record whom they relay, and a photo credit as a credit', () => {
    expect(source('seed-000').relays).toEqual([]);
    expect(source('seed-000').credits).toEqual(['Photo: Reuters']);
    expect(source('seed-002').relays).toEqual(['Reuters']);
    expect(source('seed-004').relays).toEqual(['Reuters', 'RIA Novosti']);
  });

  it('carry their dates as the seeds README gives them', () => {
    for (const id of ['seed-000', 'seed-001', 'seed-003']) {
      expect(source(id).date).toMatchObject({
        value: '2025-10-21',
        precision: 'day',
        inferred: true,
      });
      expect(source(id).date.qualifier).toBeUndefined();
    }
    expect(source('seed-002').date).toMatchObject({ value: '2025-10-21', inferred: false });
    expect(source('seed-004').date).toMatchObject({
      value: '2025-11-09',
      inferred: true,
      qualifier: 'on-or-after',
    });
  });

  it('read document 004 region by region', () => {
    const expected: [string, string, number, number, string][] = [
      ['seed-004/ukraine-control', 'UA', 18.5, 19.5, 'about 19%'],
      ['seed-004/crimea-control', 'crimea', 100, 100, 'currently controls Crimea'],
      ['seed-004/luhansk-control', 'UA-09', 90, 100, 'almost all'],
      ['seed-004/donetsk-control', 'UA-14', 77.5, 82.5, 'about 80%'],
      ['seed-004/kherson-control', 'UA-65', 72.5, 77.5, 'about 75%'],
      ['seed-004/zaporizhzhia-control', 'UA-23', 72.5, 77.5, 'about 75%'],
    ];
    for (const [id, region, low, high, wording] of expected) {
      expect(claim(id)).toMatchObject({ region, kind: 'control', low, high, wording });
      // The figures sentence is the unnamed outlet's own line, relaying a Reuters report.
      expect(claim(id).speaker).toEqual({
        name: 'Unnamed outlet (own reporting, relaying a Reuters report)',
        category: 'media',
      });
      expect(claim(id).caveat).toContain('relaying a Reuters report');
    }
    expect(claim('seed-004/kherson-control').quote).toBe(
      claim('seed-004/zaporizhzhia-control').quote,
    );
  });

  it("record Moscow's claim and demand on Donbas, Kherson and Zaporizhzhia at 100%", () => {
    for (const region of ['donbas', 'UA-65', 'UA-23']) {
      for (const kind of ['claim', 'demand'] as const) {
        const found = dataset.claims.filter(
          (c) =>
            c.source.id === 'seed-004' &&
            c.kind === kind &&
            c.region === region &&
            c.quote.startsWith('Putin’s demands include'),
        );
        expect(found, `${kind} ${region}`).toHaveLength(1);
        expect(found[0]).toMatchObject({ low: 100, high: 100 });
        expect(found[0]?.speaker.category).toBe('party-ru');
      }
    }
  });

  it('record the ceasefire-at-the-line and non-recognition positions', () => {
    const positions = dataset.claims.filter((c) => c.kind === 'position').map((c) => c.wording);
    expect(positions).toEqual(
      expect.arrayContaining([
        'immediate ceasefire along current battle lines',
        'a halt to hostilities at current front lines',
        'the current line of contact should be the starting point of negotiations',
        'Leave it as it is now',
        'recognition of new territorial realities on the ground',
        'will never recognize it',
        'international borders cannot be altered by force',
      ]),
    );
    const demands = dataset.claims.filter((c) => c.wording === 'cede more territory');
    expect(demands.map((c) => [c.source.id, c.kind, c.low])).toEqual([
      ['seed-000', 'demand', null],
      ['seed-002', 'demand', null],
    ]);
  });
});

describe('published claims', () => {
  it('split "Online.ua (citing DeepState)" into outlet and relays', () => {
    expect(source('deepstate-online-ua-2026-01-02')).toMatchObject({
      outlet: 'Online.ua',
      relays: ['DeepState'],
    });
  });

  it('keep approximate and undated dates marked', () => {
    expect(source('deepstate-umoloda-2026-01').date).toMatchObject({
      value: '2026-01',
      precision: 'month',
      inferred: true,
      qualifier: 'approx',
    });
    expect(source('metroreport-2025').date).toMatchObject({
      value: '2025',
      precision: 'year',
      inferred: true,
    });
    expect(source('pledge-times-rbc-ukraine-2024-08').date).toMatchObject({
      value: '2024-08-19',
      qualifier: 'approx',
    });
  });

  it('carry who speaks', () => {
    const speakers: [string, string, string][] = [
      ['deepstate-online-ua-2026-01-02/donetsk-control', 'DeepState', 'mapping-project'],
      // The outlet reports the General Staff; names from the gatherer's notes stay in the caveat.
      [
        'metroreport-2025/kherson-control',
        'Russian General Staff (as reported by Metroreport.news)',
        'party-ru',
      ],
      [
        'windy-city-times-2025-02-20/donetsk-control',
        'Russian General Staff (as reported by Windy City Times)',
        'party-ru',
      ],
      [
        'deepstate-online-ua-2026-01-02/crimea-control',
        "Online.ua (its summary of DeepState's figures)",
        'media',
      ],
      ['urdupoint-sputnik-2022-09-20/kherson-control', 'Kirill Stremousov', 'party-ru'],
      ['menafn-ukrinform-2025-07-31/donetsk-control', 'Vadym Filashkin', 'party-ua'],
      ['devdiscourse-2026-03-10/donetsk-control', 'Denis Pushilin', 'party-ru'],
      ['moneycontrol-afp-2022-06-02/ukraine-control', 'Volodymyr Zelensky', 'party-ua'],
    ];
    for (const [id, name, category] of speakers) {
      expect(claim(id).speaker.name).toContain(name);
      expect(claim(id).speaker.category).toBe(category);
    }
  });

  it('read two or three claims from one quote where it gives them', () => {
    const windy = dataset.claims.filter((c) => c.source.id === 'windy-city-times-2025-02-20');
    expect(windy.map((c) => [c.region, c.low, c.high])).toEqual([
      ['UA-14', 75, 85],
      ['UA-23', 75, 85],
      ['UA-65', 75, 85],
    ]);
    expect(claim('devdiscourse-2026-03-10/donetsk-control')).toMatchObject({
      low: 83,
      high: 85,
      rule: 'stated-range',
    });
    expect(claim('devdiscourse-2026-03-10/donbas-control')).toMatchObject({
      region: 'donbas',
      low: 90,
      high: 100,
    });
    expect(claim('deepstate-dziennik-pl-2026-01-02/ukraine-control')).toMatchObject({
      region: 'UA',
      low: 19.24,
    });
  });

  it('file shares of the whole country under UA and never convert areas', () => {
    expect(claim('deepstate-online-ua-2026-01-02/ukraine-control')).toMatchObject({
      region: 'UA',
      low: 19.25,
      high: 19.25,
    });
    expect(claim('aljazeera-2022-09-30/ukraine-control')).toMatchObject({
      region: 'UA',
      low: 12.5,
      high: 17.5,
    });
    expect(claim('aljazeera-2022-09-30/ukraine-control').caveat).toContain('Crimea');
    // The newspaper's figure for the land Russia held, not Moscow's claim (issue 13).
    expect(claim('washington-post-2022-09-30/ukraine-control')).toMatchObject({
      region: 'UA',
      kind: 'control',
      low: 15,
      speaker: { name: 'Washington Post', category: 'media' },
    });
    expect(claim('ndtv-afp-2022-06-02/ukraine-control')).toMatchObject({
      low: null,
      high: null,
      rule: 'area',
    });
    expect(claim('menafn-ukrinform-2025-07-31/donetsk-control')).toMatchObject({
      low: 67.2,
      asOf: '2025-07-24',
    });
  });
});

describe('regions-ref', () => {
  it('agrees with src/geo/regions.ts', () => {
    expect([...UNIT_CODES]).toEqual([...ISO_CODES]);
    for (const id of GROUP_IDS) {
      expect([...GROUPS[id].members].sort()).toEqual([...GEO_GROUPS[id].members].sort());
    }
  });
});
