import { beforeAll, describe, expect, it } from 'vitest';
import { type ExportedClaim } from '../claims/export.ts';
import { claim, fixtureExport } from '../../tests/support/dataset.ts';
import { setLang } from '../i18n/lang.ts';
import { buildViews, LATEST_VIEW, LATEST_VIEWS, latestViewClaims } from './views.ts';
import {
  addMonths,
  datedRange,
  daysBetween,
  isIsoDay,
  isStale,
  latestAsOf,
  monthSteps,
  periodEnd,
  STALE_MONTHS,
  staleAgeText,
  stepIndex,
  timedUnitStates,
  timelinePoints,
} from './time.ts';

let claims: ExportedClaim[];

beforeAll(() => {
  claims = fixtureExport().claims;
});

describe('day arithmetic', () => {
  it.each([
    ['2025-07-24', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-7-24', false],
    ['2025-07', false],
    ['24/07/2025', false],
    ['', false],
  ])('isIsoDay(%s) is %s', (value, expected) => {
    expect(isIsoDay(value)).toBe(expected);
  });

  it.each([
    ['2025-11-09', '2025-11-09'],
    ['2026-01', '2026-01-31'],
    ['2024-02', '2024-02-29'],
    ['2025-02', '2025-02-28'],
    ['2025-12', '2025-12-31'],
    ['2025', '2025-12-31'],
    ['Nov 2025', null],
  ])('periodEnd(%s) is %s', (date, expected) => {
    expect(periodEnd(date)).toBe(expected);
  });

  it.each([
    ['2025-01-15', 6, '2025-07-15'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-10', -12, '2024-01-10'],
    ['2025-12-31', 1, '2026-01-31'],
  ])('addMonths(%s, %i) is %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });

  it('counts whole days across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-01', '2025-02-28')).toBe(-1);
  });

  it('says how to write a day it cannot read', () => {
    expect(() => addMonths('2025-7-1', 1)).toThrow(
      'The day "2025-7-1" is not a day; write it as YYYY-MM-DD, e.g. 2025-07-24.',
    );
  });
});

describe('isStale', () => {
  it.each([
    // asOf, date, months, stale
    ['2025-01-15', '2025-07-15', 6, false], // exactly six months: not yet
    ['2025-01-15', '2025-07-16', 6, true],
    ['2025-08-31', '2026-02-28', 6, false], // month-end clamping
    ['2025-08-31', '2026-03-01', 6, true],
    ['2025-07-24', '2025-07-24', 6, false],
    ['2025-07-24', '2025-06-01', 6, false], // a figure after the date is not old
    // Partial dates are judged from the last day they can mean.
    ['2025-01', '2025-07-31', 6, false],
    ['2025-01', '2025-08-01', 6, true],
    ['2025', '2026-06-30', 6, false],
    ['2025', '2026-07-01', 6, true],
    ['2025-01-15', '2025-02-16', 1, true],
    ['2025-01-15', '2025-02-15', 1, false],
    ['2025-01-15', '2025-01-16', 0, true],
    ['not a date', '2025-01-01', 6, true],
  ])('%s on %s with %i months: %s', (asOf, date, months, expected) => {
    expect(isStale(asOf, date, months)).toBe(expected);
  });

  it('defaults to six months', () => {
    expect(isStale('2025-01-15', '2025-07-15')).toBe(false);
    expect(isStale('2025-01-15', '2025-07-16')).toBe(true);
  });

  it('words the default for readers from STALE_MONTHS, in each language', () => {
    expect(staleAgeText()).toBe(`${STALE_MONTHS} months`);
    expect(staleAgeText(1)).toBe('1 month');
    setLang('uk');
    try {
      expect(staleAgeText()).toBe('6 місяців');
      expect(staleAgeText(2)).toBe('2 місяці');
    } finally {
      setLang('en');
    }
  });

  it('refuses a chosen date that is not a day', () => {
    expect(() => isStale('2025-01-15', '2025-07')).toThrow(/write it as YYYY-MM-DD/);
  });
});

describe('latestAsOf (synthetic claims)', () => {
  it('takes the newest claim on or before the date, per region', () => {
    const list = [
      claim({ id: 'a/donetsk', asOf: '2025-01-10', low: 60, high: 60 }),
      claim({ id: 'b/donetsk', asOf: '2025-03-10', low: 70, high: 70 }),
      claim({ id: 'c/donetsk', asOf: '2025-06-10', low: 80, high: 80 }),
    ];
    expect(latestAsOf(list, '2025-03-09').values['UA-14']?.claim.id).toBe('a/donetsk');
    expect(latestAsOf(list, '2025-03-10').values['UA-14']?.claim.id).toBe('b/donetsk');
    expect(latestAsOf(list, '2025-12-31').values['UA-14']?.claim.id).toBe('c/donetsk');
    expect(latestAsOf(list, '2025-01-09').values['UA-14']).toBeUndefined();
  });

  it('breaks ties on the same day by publication date, then English, then id', () => {
    const sameDay = { asOf: '2025-05-01' };
    const older = claim({ id: 'a/x', ...sameDay, source: { date: '2025-05-02' } as never });
    const newer = claim({ id: 'b/x', ...sameDay, source: { date: '2025-05-09' } as never });
    expect(latestAsOf([older, newer], '2025-06-01').values['UA-14']?.claim.id).toBe('b/x');
    const polish = claim({ id: 'a/y', ...sameDay, source: { language: 'pl' } as never });
    const english = claim({ id: 'z/y', ...sameDay });
    expect(latestAsOf([polish, english], '2025-06-01').values['UA-14']?.claim.id).toBe('z/y');
    const first = claim({ id: 'a/z', ...sameDay });
    const second = claim({ id: 'b/z', ...sameDay });
    expect(latestAsOf([second, first], '2025-06-01').values['UA-14']?.claim.id).toBe('a/z');
    expect(latestAsOf([first, second], '2025-06-01').values['UA-14']?.claim.id).toBe('a/z');
  });

  it('counts a month or year only from its last day, never before it can have been said', () => {
    const month = claim({ id: 'm/x', asOf: '2026-01', low: 70, high: 70 });
    const year = claim({ id: 'y/x', asOf: '2025', low: 60, high: 60 });
    const day = claim({ id: 'd/x', asOf: '2026-01-01', low: 80, high: 80 });
    const end = claim({ id: 'e/x', asOf: '2026-01-31', low: 90, high: 90 });
    // "Jan 2026" is not yet known on 1 or 30 January; it is on the 31st.
    expect(latestAsOf([month], '2026-01-01').values['UA-14']).toBeUndefined();
    expect(latestAsOf([month], '2026-01-30').values['UA-14']).toBeUndefined();
    expect(latestAsOf([month], '2026-01-31').values['UA-14']?.claim.id).toBe('m/x');
    // "2025" counts from 31 December 2025, not from 1 January (metroreport-2025's case).
    expect(latestAsOf([year], '2025-06-30').values['UA-14']).toBeUndefined();
    expect(latestAsOf([year], '2025-12-31').values['UA-14']?.claim.id).toBe('y/x');
    // A stated day within the month is shown until the month has ended.
    expect(latestAsOf([day, month], '2026-01-15').values['UA-14']?.claim.id).toBe('d/x');
    expect(latestAsOf([day, month], '2026-02-01').values['UA-14']?.claim.id).toBe('m/x');
    // On the same last day, the month (which may mean that day too) sorts as the newer.
    expect(latestAsOf([month, end], '2026-01-31').values['UA-14']?.claim.id).toBe('m/x');
  });

  it('skips claims without a readable date, without a share, or not about control', () => {
    const list = [
      claim({ id: 'a/x', asOf: 'sometime', low: 99, high: 99 }),
      claim({ id: 'b/x', asOf: '2025-05-01', low: null, high: null }),
      claim({ id: 'c/x', asOf: '2025-05-01', kind: 'claim', low: 100, high: 100 }),
      claim({ id: 'd/x', asOf: '2025-01-01', low: 50, high: 50 }),
    ];
    expect(latestAsOf(list, '2025-12-31').values['UA-14']?.claim.id).toBe('d/x');
  });

  it('flags inferred, approximate and partial dates, but not a date stated in the text', () => {
    const inferred = claim({
      id: 'a/x',
      asOf: '2025-05-01',
      source: { dateInferred: true } as never,
    });
    const partial = claim({ id: 'b/x', region: 'UA-65', asOf: '2025-05' });
    // "As of July 24, 2025" in a text whose own date was inferred: the figure's date is stated.
    const stated = claim({
      id: 'c/x',
      region: 'UA-23',
      asOf: '2025-07-24',
      source: { date: '2025-07-31', dateInferred: true } as never,
    });
    const plain = claim({ id: 'd/x', region: 'UA-09', asOf: '2025-05-01' });
    const view = latestAsOf([inferred, partial, stated, plain], '2025-12-31');
    expect(view.values['UA-14']?.approximate).toBe(true);
    expect(view.values['UA-65']?.approximate).toBe(true);
    expect(view.values['UA-23']?.approximate).toBe(false);
    expect(view.values['UA-09']?.approximate).toBe(false);
  });

  it('marks stale values and says how old they are', () => {
    const list = [
      claim({ id: 'a/x', asOf: '2025-01-15' }),
      claim({ id: 'b/x', region: 'UA-65', asOf: '2025-07-01' }),
    ];
    const view = latestAsOf(list, '2025-07-16');
    expect(view.values['UA-14']).toMatchObject({ stale: true, ageDays: 182 });
    expect(view.values['UA-65']).toMatchObject({ stale: false, ageDays: 15 });
    expect(latestAsOf(list, '2025-07-16', { staleMonths: 12 }).values['UA-14']?.stale).toBe(false);
    const states = timedUnitStates(view);
    expect(states['UA-14']).toMatchObject({ share: 80, stale: true });
    expect(states['UA-65']).toMatchObject({ share: 80, stale: false });
    expect(states['UA-09']).toMatchObject({ share: null, stale: false });
  });

  it('prefers a claim about the region to a newer one about a group, and fills the country', () => {
    const list = [
      claim({ id: 'a/x', asOf: '2025-01-01', low: 70, high: 70 }),
      claim({ id: 'b/x', region: 'donbas', asOf: '2025-03-01', low: 100, high: 100 }),
      claim({ id: 'c/x', region: 'UA', asOf: '2025-02-01', low: 19, high: 19 }),
    ];
    const view = latestAsOf(list, '2025-06-01');
    expect(view.values['UA-14']?.claim.id).toBe('a/x');
    expect(view.values['UA-09']).toMatchObject({ viaGroup: true, low: 100 });
    expect(view.country?.claim.id).toBe('c/x');
    expect(view).toMatchObject({
      id: LATEST_VIEW,
      kind: 'latest',
      asOf: '2025-06-01',
      date: '2025-03-01',
    });
  });

  it('refuses a date it cannot read, saying how to write one', () => {
    expect(() => latestAsOf([], '2025-13-01')).toThrow(
      'The chosen date "2025-13-01" is not a day; write it as YYYY-MM-DD, e.g. 2025-07-24.',
    );
  });
});

describe('latestAsOf (the dataset)', () => {
  it("back in 2022 shows Stremousov's “Nearly 95%” for Kherson", () => {
    const view = latestAsOf(claims, '2022-09-30');
    const kherson = view.values['UA-65'];
    expect(kherson?.claim.id).toBe('urdupoint-sputnik-2022-09-20/kherson-control');
    expect(kherson?.claim.wording).toBe('Nearly 95%');
    expect(kherson).toMatchObject({ low: 90, high: 95, stale: false, ageDays: 10 });
    // Nothing else was said about the other regions by then.
    expect(Object.keys(view.values)).toEqual(['UA-65']);
  });

  it('marks the 2022 figure stale by 2024 and replaces it in August 2024', () => {
    expect(latestAsOf(claims, '2024-08-01').values['UA-65']).toMatchObject({
      stale: true,
      claim: { id: 'urdupoint-sputnik-2022-09-20/kherson-control' },
    });
    expect(latestAsOf(claims, '2024-08-31').values['UA-65']?.claim.id).toBe(
      'pledge-times-rbc-ukraine-2024-08/kherson-control',
    );
  });

  it("uses the Ukrainian governor's figure “as of July 24, 2025”, not its publication date", () => {
    expect(latestAsOf(claims, '2025-07-24').values['UA-14']?.claim.id).toBe(
      'menafn-ukrinform-2025-07-31/donetsk-control',
    );
  });

  it('at the newest date agrees with the “latest” view, region by region', () => {
    const range = datedRange(claims)!;
    const spec = LATEST_VIEWS[0]!;
    const timed = latestAsOf(latestViewClaims(claims, spec), range.to);
    const latest = buildViews(claims).find((view) => view.id === LATEST_VIEW)!;
    for (const [region, value] of Object.entries(latest.values)) {
      expect(timed.values[region as keyof typeof timed.values]?.claim.id).toBe(value.claim.id);
    }
    expect(Object.keys(timed.values).sort()).toEqual(Object.keys(latest.values).sort());
    expect(timed.country?.claim.id).toBe(latest.country?.claim.id);
  });
});

describe('datedRange, monthSteps and stepIndex', () => {
  it('spans the dated control claims of the dataset', () => {
    expect(datedRange(claims)).toEqual({ from: '2022-06-02', to: '2026-03-10' });
    expect(datedRange([])).toBeNull();
    expect(datedRange([claim({ id: 'a/x', asOf: '2025' })])).toEqual({
      from: '2025-12-31',
      to: '2025-12-31',
    });
  });

  it('steps through month ends and stops at the newest figure', () => {
    expect(monthSteps({ from: '2025-11-09', to: '2026-03-10' })).toEqual([
      '2025-11-30',
      '2025-12-31',
      '2026-01-31',
      '2026-02-28',
      '2026-03-10',
    ]);
    expect(monthSteps({ from: '2025-11-09', to: '2025-11-20' })).toEqual(['2025-11-20']);
    const all = monthSteps(datedRange(claims)!);
    expect(all).toHaveLength(46);
    expect(all[0]).toBe('2022-06-30');
    expect(all).toContain('2022-09-30');
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => monthSteps({ from: '2026-01-01', to: '2025-01-01' })).toThrow(
      'The range ends (2025-01-01) before it starts (2026-01-01).',
    );
  });

  it.each([
    ['2025-11-01', 0],
    ['2025-11-30', 0],
    ['2025-12-01', 1],
    ['2026-03-10', 4],
    ['2027-01-01', 4],
    ['2020-01-01', 0],
  ])('day %s is on step %i', (day, index) => {
    const steps = monthSteps({ from: '2025-11-09', to: '2026-03-10' });
    expect(stepIndex(steps, day)).toBe(index);
  });
});

describe('timelinePoints', () => {
  it('charts every control claim with a share about Donetsk, oldest first', () => {
    const points = timelinePoints(claims, 'UA-14');
    expect(points.map((point) => point.claim.id)).toEqual([
      'windy-city-times-2025-02-20/donetsk-control',
      'menafn-ukrinform-2025-07-31/donetsk-control',
      'seed-004/donetsk-control',
      // "c. Jan 2026" counts from 31 January, after the 2 January figure.
      'deepstate-online-ua-2026-01-02/donetsk-control',
      'deepstate-umoloda-2026-01/donetsk-control',
      'devdiscourse-2026-03-10/donetsk-control',
    ]);
    // "More than 90 % of Donbas" says nothing exact about Donetsk and is left out.
    expect(points.some((point) => point.claim.region === 'donbas')).toBe(false);
    expect(points.find((p) => p.claim.id.startsWith('deepstate-umoloda'))?.approximate).toBe(true);
  });

  it('includes a group claim that covers all of the region, and a control claim with no share', () => {
    const list = [
      claim({ id: 'a/x', region: 'donbas', asOf: '2025-03-01', low: 100, high: 100 }),
      claim({ id: 'b/x', region: 'UA-09', asOf: '2025-02-01', low: null, high: null }),
      claim({
        id: 'c/x',
        region: 'UA-09',
        kind: 'demand',
        asOf: '2025-02-01',
        low: 100,
        high: 100,
      }),
    ];
    expect(timelinePoints(list, 'UA-09')).toMatchObject([
      { claim: { id: 'b/x' }, low: null, high: null, day: '2025-02-01' },
      { claim: { id: 'a/x' }, viaGroup: true, low: 100 },
    ]);
  });

  it('places a claim about Crimea (UA-43) on Crimea with Sevastopol', () => {
    const list = [claim({ id: 'a/x', region: 'UA-43', low: 100, high: 100 })];
    expect(timelinePoints(list, 'crimea')).toHaveLength(1);
  });
});
