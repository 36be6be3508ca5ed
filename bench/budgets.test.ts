import { describe, expect, it } from 'vitest';
import { budgetsPass, checkBudgets, type PageFigures } from './budgets.ts';
import { summarize } from './stats.ts';

const one = (value: number) => summarize([value]);

function figures(overrides: Partial<PageFigures> = {}): PageFigures {
  return {
    missing: false,
    firstPaintMs: one(400),
    jsBeforeFirstPaintMax: 55_000,
    maplibreEarlyRuns: 0,
    runs: 3,
    toggleP95Ms: one(12),
    pacedP95Ms: one(11),
    heapGrowthPct: one(1),
    lighthouse: null,
    ...overrides,
  };
}

const baseline = figures({ firstPaintMs: one(1000) });

const KEYS = {
  'JS before first paint': 'JS',
  'MapLibre not requested': 'MapLibre',
  firstPaintMs: 'firstPaintMs',
  toggleP95Ms: 'toggleP95Ms',
  pacedP95Ms: 'pacedP95Ms',
  heapGrowthPct: 'heapGrowthPct',
  'Lighthouse mobile': 'Lighthouse',
} as const;

/** Each budget's verdict and printed value, by a short key. */
function verdicts(page: Partial<PageFigures>, lighthouseRun = false) {
  return Object.fromEntries(
    checkBudgets({ page: figures(page), baseline }, { lighthouseRun }).map((b) => {
      const key = Object.entries(KEYS).find(([start]) => b.label.startsWith(start))?.[1];
      return [key ?? b.label, [b.pass, b.value]];
    }),
  );
}

describe('checkBudgets', () => {
  it('passes a page within every budget', () => {
    expect(verdicts({})).toEqual({
      JS: [true, '55.0 KB'],
      MapLibre: [true, 'after, in every run'],
      firstPaintMs: [true, '0.40 × (400 / 1000 ms)'],
      toggleP95Ms: [true, '12.0 ms'],
      pacedP95Ms: [true, '11.0 ms'],
      heapGrowthPct: [true, '1.0 %'],
    });
  });

  it.each([
    { name: 'JS over 60 KB', page: { jsBeforeFirstPaintMax: 60_001 }, key: 'JS', value: '60.0 KB' },
    {
      name: 'MapLibre requested early in one run',
      page: { maplibreEarlyRuns: 1 },
      key: 'MapLibre',
      value: 'before, in 1 of 3 runs',
    },
    {
      name: 'first paint over half the baseline',
      page: { firstPaintMs: one(501) },
      key: 'firstPaintMs',
      value: '0.50 × (501 / 1000 ms)',
    },
    {
      name: 'a slow toggle',
      page: { toggleP95Ms: one(16.5) },
      key: 'toggleP95Ms',
      value: '16.5 ms',
    },
    {
      name: 'slow paced switches',
      page: { pacedP95Ms: one(17) },
      key: 'pacedP95Ms',
      value: '17.0 ms',
    },
    {
      name: 'no paced figure (paced switching not run)',
      page: { pacedP95Ms: null },
      key: 'pacedP95Ms',
      value: 'not measured',
    },
    {
      name: 'heap growth',
      page: { heapGrowthPct: one(5.2) },
      key: 'heapGrowthPct',
      value: '5.2 %',
    },
    {
      name: 'no first paint (bytes before it unknown)',
      page: { jsBeforeFirstPaintMax: null },
      key: 'JS',
      value: 'not measured (no first paint)',
    },
    {
      name: 'no toggle figure',
      page: { toggleP95Ms: null },
      key: 'toggleP95Ms',
      value: 'not measured',
    },
  ])('fails $name', ({ page, key, value }) => {
    expect(verdicts(page)[key]).toEqual([false, value]);
  });

  it('checks Lighthouse scores only when Lighthouse ran', () => {
    const scores = { performance: 0.95, accessibility: 1, bestPractices: 1 };
    expect(verdicts({ lighthouse: scores })['Lighthouse']).toBeUndefined();
    expect(verdicts({ lighthouse: scores }, true)['Lighthouse']).toEqual([
      true,
      '0.95 / 1.00 / 1.00',
    ]);
    expect(
      verdicts({ lighthouse: { ...scores, accessibility: 0.98 } }, true)['Lighthouse'],
    ).toEqual([false, '0.95 / 0.98 / 1.00']);
    expect(verdicts({ lighthouse: null }, true)['Lighthouse']).toEqual([false, 'not measured']);
  });

  it('reports a missing embed without failing it', () => {
    const results = checkBudgets(
      { page: figures(), embed: figures({ missing: true }), baseline },
      { lighthouseRun: false },
    );
    const embed = results.filter((r) => r.page === 'embed');
    expect(embed.length).toBeGreaterThan(0);
    expect(embed.every((r) => r.pass === null && r.value === 'missing')).toBe(true);
    expect(budgetsPass(results, ['size', 'time'])).toBe(true);
  });

  it('fails the first-paint ratio when the run had no baseline', () => {
    const results = checkBudgets({ page: figures() }, { lighthouseRun: false });
    expect(results.find((r) => r.label.startsWith('firstPaintMs'))).toMatchObject({
      pass: false,
      value: 'no baseline in this run',
    });
  });
});

describe('budgetsPass', () => {
  const results = checkBudgets(
    { page: figures({ toggleP95Ms: one(100) }), baseline },
    { lighthouseRun: false },
  );

  it('counts only the kinds asked for: sizes pass while a time budget fails', () => {
    expect(budgetsPass(results, ['size'])).toBe(true);
    expect(budgetsPass(results, ['size', 'time', 'lighthouse'])).toBe(false);
  });
});
