import { beforeAll, describe, expect, it } from 'vitest';
import { type ExportedClaim } from '../claims/export.ts';
import {
  claim as claimOn,
  fixtureExport,
  type ClaimOverrides,
} from '../../tests/support/dataset.ts';
import { spreadColour } from '../map/spread-colour.ts';
import {
  defaultPeriod,
  DISAGREEMENT_VIEW,
  disagreementView,
  spreadByRegion,
  spreadText,
} from './disagreement.ts';
import { datedRange } from './time.ts';

let claims: ExportedClaim[];

beforeAll(() => {
  claims = fixtureExport().claims;
});

/** Claims here default to 1 Jun 2025, mid-way through `YEAR_2025`. */
const claim = (overrides: ClaimOverrides) => claimOn(overrides, '2025-06-01');

const YEAR_2025 = { from: '2025-01-01', to: '2025-12-31' };

describe('spreadByRegion', () => {
  it('says "no claims" for a region nobody speaks about in the period', () => {
    const { regions } = spreadByRegion([], YEAR_2025);
    expect(regions['UA-14']).toEqual({
      spread: null,
      low: null,
      high: null,
      claims: [],
      speakers: 0,
      reason: 'no-claims',
    });
    expect(spreadText(regions['UA-14'])).toBe('no claims in this period');
  });

  it('gives no spread, not 0, for one claim', () => {
    const { regions } = spreadByRegion([claim({ id: 'a/x', low: 70, high: 80 })], YEAR_2025);
    expect(regions['UA-14']).toMatchObject({
      spread: null,
      low: 70,
      high: 80,
      reason: 'one-source',
    });
    expect(spreadText(regions['UA-14'])).toBe('one source only');
  });

  it('gives no spread for one speaker twice (DeepState through two outlets)', () => {
    const list = [
      claim({ id: 'a/x', speaker: 'DeepState', low: 70, high: 70 }),
      claim({ id: 'b/x', speaker: 'DeepState', low: 78, high: 78, asOf: '2025-09-01' }),
    ];
    expect(spreadByRegion(list, YEAR_2025).regions['UA-14']).toMatchObject({
      spread: null,
      speakers: 1,
      reason: 'one-source',
    });
  });

  it('takes the highest high minus the lowest low of two or more speakers', () => {
    const list = [
      claim({ id: 'a/x', speaker: 'Governor (Ukrainian governor)', low: 67.2, high: 67.2 }),
      claim({ id: 'b/x', speaker: 'Pushilin', low: 83, high: 85, asOf: '2025-09-01' }),
      claim({ id: 'c/x', speaker: 'Reuters', low: 77.5, high: 82.5, asOf: '2025-03-01' }),
    ];
    const donetsk = spreadByRegion(list, YEAR_2025).regions['UA-14'];
    expect(donetsk).toMatchObject({ spread: 17.8, low: 67.2, high: 85, speakers: 3 });
    expect(donetsk.claims.map((c) => c.id)).toEqual(['b/x', 'a/x', 'c/x']);
    expect(spreadText(donetsk)).toBe('17.8 points');
  });

  it('gives 0 when two speakers agree exactly', () => {
    const list = [
      claim({ id: 'a/x', region: 'crimea', speaker: 'DeepState', low: 100, high: 100 }),
      claim({ id: 'b/x', region: 'UA-43', speaker: 'Reuters', low: 100, high: 100 }),
    ];
    const crimea = spreadByRegion(list, YEAR_2025).regions.crimea;
    expect(crimea).toMatchObject({ spread: 0, reason: 'spread' });
    expect(spreadText(crimea)).toBe('0 points');
  });

  it('counts claims dated on either end of the period, and none outside it', () => {
    const list = [
      claim({ id: 'a/x', speaker: 'A', asOf: '2024-12-31', low: 10, high: 10 }),
      claim({ id: 'b/x', speaker: 'B', asOf: '2025-01-01', low: 60, high: 60 }),
      claim({ id: 'c/x', speaker: 'C', asOf: '2025-12-31', low: 70, high: 70 }),
      claim({ id: 'd/x', speaker: 'D', asOf: '2026-01-01', low: 99, high: 99 }),
    ];
    expect(spreadByRegion(list, YEAR_2025).regions['UA-14']).toMatchObject({ spread: 10 });
  });

  it('places a month or year at its first day', () => {
    const list = [
      claim({ id: 'a/x', speaker: 'A', asOf: '2025', low: 50, high: 50 }),
      claim({ id: 'b/x', speaker: 'B', asOf: '2025-06', low: 70, high: 70 }),
      claim({ id: 'c/x', speaker: 'C', asOf: '2025-06-15', low: 75, high: 75 }),
    ];
    const june = { from: '2025-06-01', to: '2025-06-30' };
    expect(spreadByRegion(list, june).regions['UA-14']).toMatchObject({ spread: 5, speakers: 2 });
    expect(spreadByRegion(list, YEAR_2025).regions['UA-14']).toMatchObject({ spread: 25 });
  });

  it('keeps out other kinds, claims without a share, and a group share below 100 %', () => {
    const list = [
      claim({ id: 'a/x', speaker: 'A', low: 70, high: 70 }),
      claim({ id: 'b/x', speaker: 'B', kind: 'claim', low: 100, high: 100 }),
      claim({ id: 'c/x', speaker: 'C', low: null, high: null }),
      claim({ id: 'd/x', speaker: 'D', region: 'donbas', low: 90, high: 100 }),
    ];
    expect(spreadByRegion(list, YEAR_2025).regions['UA-14']).toMatchObject({
      spread: null,
      claims: [{ id: 'a/x' }],
    });
  });

  it('counts a group claim of 100 % for each member, and keeps the country apart', () => {
    const list = [
      claim({ id: 'a/x', speaker: 'A', region: 'UA-09', low: 90, high: 100 }),
      claim({ id: 'b/x', speaker: 'B', region: 'donbas', low: 100, high: 100 }),
      claim({ id: 'c/x', speaker: 'A', region: 'UA', low: 19, high: 19 }),
      claim({ id: 'd/x', speaker: 'B', region: 'UA', low: 20, high: 20 }),
    ];
    const { regions, country } = spreadByRegion(list, YEAR_2025);
    expect(regions['UA-09']).toMatchObject({ spread: 10 });
    expect(regions['UA-14']).toMatchObject({ spread: null, claims: [{ id: 'b/x' }] });
    expect(country).toMatchObject({ spread: 1 });
  });

  it.each([
    [
      { from: '2025-01', to: '2025-12-31' },
      `The period's start "2025-01" is not a day; write it as YYYY-MM-DD.`,
    ],
    [
      { from: '2025-01-01', to: '31.12.2025' },
      `The period's end "31.12.2025" is not a day; write it as YYYY-MM-DD.`,
    ],
    [
      { from: '2025-12-31', to: '2025-01-01' },
      'The period ends (2025-01-01) before it starts (2025-12-31).',
    ],
  ])('refuses %o', (period, message) => {
    expect(() => spreadByRegion([], period)).toThrow(message);
  });
});

describe('the dataset', () => {
  it('defaults to the twelve months up to the newest figure', () => {
    expect(defaultPeriod(datedRange(claims)!)).toEqual({ from: '2025-03-10', to: '2026-03-10' });
    expect(defaultPeriod({ from: '2025-11-09', to: '2026-03-10' })).toEqual({
      from: '2025-11-09',
      to: '2026-03-10',
    });
  });

  it("spreads Donetsk from the governor's 67.2 % to Pushilin's 85 % in the last year", () => {
    const view = disagreementView(claims, defaultPeriod(datedRange(claims)!));
    const donetsk = view.regions['UA-14'];
    expect(donetsk).toMatchObject({ spread: 17.8, low: 67.2, high: 85 });
    expect(donetsk.claims.map((c) => c.speakerCategory)).toContain('party-ua');
    expect(donetsk.claims.map((c) => c.speakerCategory)).toContain('party-ru');
    expect(view.regions.crimea).toMatchObject({ spread: 0 });
    expect(Object.fromEntries(view.legend.marks.map((mark) => [mark.name, mark.text]))).toEqual({
      Luhansk: '10 points',
      Donetsk: '17.8 points',
      Zaporizhzhia: '5 points',
      Kherson: '5.5 points',
      Crimea: '0 points',
    });
  });

  it('gives the map a spread per unit and the legend its scale', () => {
    const view = disagreementView(claims, { from: '2022-01-01', to: '2022-12-31' });
    expect(view.id).toBe(DISAGREEMENT_VIEW);
    expect(view.states['UA-65']).toEqual({ claimRegion: true, spread: null });
    expect(view.states['UA-40']).toEqual({ claimRegion: true, spread: null });
    expect(view.states['UA-30']).toBeUndefined();
    expect(view.legend).toMatchObject({
      max: 50,
      showOneSource: true,
    });
    expect(view.legend.ticks.map((tick) => tick.label)).toEqual([
      '0',
      '10',
      '20',
      '30',
      '40',
      '50+',
    ]);
    expect(view.legend.stops[0]).toEqual([0, spreadColour(0)]);
    expect(view.legend.stops.at(-1)).toEqual([50, spreadColour(50)]);
  });
});
