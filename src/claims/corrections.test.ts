import { describe, expect, it } from 'vitest';
import { correctionsTouching } from '../app/corrections.ts';
import { validateCorrections } from './corrections.ts';
import { loadDataset } from './load.ts';

const IDS = ['seed-004/donetsk-control', 'seed-004/kherson-control', 'wp/ukraine-control'];
const FILE = 'data/corrections.json';
const good = {
  date: '2026-12-05',
  claims: ['seed-004/donetsk-control'],
  what: 'Credited to the outlet.',
  why: 'The sentence is its own.',
};

function messages(data: unknown, updated: string | null = '2026-12-05'): string[] {
  const result = validateCorrections(FILE, data, IDS, updated);
  return result.ok ? [] : result.errors.map((e) => e.message);
}

describe('validateCorrections', () => {
  it('accepts a good log and orders it newest first, same day in file order', () => {
    const older = { ...good, date: '2026-11-01', what: 'older' };
    const second = { ...good, what: 'second' };
    const result = validateCorrections(FILE, { corrections: [older, good, second] }, IDS, null);
    expect(result.ok && result.corrections.map((c) => c.what)).toEqual([
      good.what,
      'second',
      'older',
    ]);
  });

  it.each([
    [
      'an unknown claim id, with the nearest known one',
      { corrections: [{ ...good, claims: ['seed-004/donetsk-contrl'] }] },
      'data/corrections.json: corrections[0].claims[0]: "seed-004/donetsk-contrl" is not the id of any claim in data/sources/; did you mean "seed-004/donetsk-control"? Use the claim\'s id as it is now (an old id goes in previousIds)',
    ],
    [
      'an id with nothing near it',
      { corrections: [{ ...good, claims: ['other/zzzzzzzzzzzzzzzzzz'] }] },
      'data/corrections.json: corrections[0].claims[0]: "other/zzzzzzzzzzzzzzzzzz" is not the id of any claim in data/sources/; use the id of a claim in data/sources/ as it is now (an old id goes in previousIds)',
    ],
    [
      'a day that does not exist',
      { corrections: [{ ...good, date: '2026-02-30' }] },
      'data/corrections.json: corrections[0]: date "2026-02-30" is not a real day; give the day the correction was published, as "YYYY-MM-DD" (e.g. "2026-12-05")',
    ],
    [
      'a month instead of a day',
      { corrections: [{ ...good, date: '2026-12' }] },
      'data/corrections.json: corrections[0]: date "2026-12" is not a real day; give the day the correction was published, as "YYYY-MM-DD" (e.g. "2026-12-05")',
    ],
    [
      "a date after the dataset's update",
      { corrections: [{ ...good, date: '2026-12-06' }] },
      'data/corrections.json: corrections[0]: date 2026-12-06 is after the dataset\'s last update (2026-12-05, data/dataset.json); set "updated" in data/dataset.json to the day of the correction, or fix the date',
    ],
    [
      'no claims',
      { corrections: [{ ...good, claims: [] }] },
      'data/corrections.json: corrections[0]: field "claims": Too small: expected array to have >=1 items; list at least one claim id, e.g. ["seed-004/donetsk-control"]',
    ],
    [
      'a claim twice',
      { corrections: [{ ...good, claims: [IDS[0], IDS[0]] }] },
      'data/corrections.json: corrections[0]: lists a claim id twice; list each claim once in "claims"',
    ],
    [
      'an empty why',
      { corrections: [{ ...good, why: '  ' }] },
      'data/corrections.json: corrections[0]: field "why": Too small: expected string to have >=1 characters; give "why" as the schema says (date, claims, what, why: see data/README.md)',
    ],
    [
      'an unknown field',
      { corrections: [{ ...good, reason: 'x' }] },
      'data/corrections.json: corrections[0]: field "entry": Unrecognized key: "reason"; remove it: a correction has date, claims, what, why and optionally previousIds',
    ],
    [
      'a bare list',
      [good],
      'data/corrections.json: file: is not {"corrections": [ … ]}; write an object with one key, "corrections", holding a list (an empty list when there are none)',
    ],
  ])('reports %s', (_name, data, message) => {
    expect(messages(data)).toEqual([message]);
  });

  it('reports every bad entry in one run', () => {
    const data = {
      corrections: [
        { ...good, date: 'soon' },
        { ...good, claims: ['x/y'] },
      ],
    };
    expect(messages(data)).toHaveLength(2);
  });

  it('finds the corrections touching the claims shown', () => {
    const log = [
      { ...good, what: 'a' },
      { ...good, claims: ['wp/ukraine-control'], what: 'b' },
    ];
    expect(correctionsTouching(log, ['wp/ukraine-control']).map((c) => c.what)).toEqual(['b']);
    expect(correctionsTouching(log, ['seed-004/kherson-control'])).toEqual([]);
  });
});

describe('the committed corrections log', () => {
  it('validates against the dataset and is loaded with it', () => {
    const result = loadDataset();
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([]);
    const corrections = result.ok ? (result.dataset.corrections ?? []) : [];
    expect(corrections.length).toBeGreaterThanOrEqual(3);
    expect(corrections.flatMap((c) => c.claims)).toContain(
      'washington-post-2022-09-30/ukraine-control',
    );
  });
});
