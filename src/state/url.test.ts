import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState, type KnownValues, type UrlState } from './url.ts';

const defaults: UrlState = { view: 'latest', region: null, theme: 'auto', controls: true, static: false };
const known: KnownValues = {
  views: new Set(['latest', 'moscow-claim', 'seed-004']),
  regions: new Set(['UA-14', 'UA-09', 'UA-65', 'UA-23', 'UA-43', 'UA-40', 'UA-30']),
  defaults,
};

describe('parseUrlState', () => {
  it.each([
    ['', defaults, 0],
    ['?', defaults, 0],
    ['?view=seed-004', { ...defaults, view: 'seed-004' }, 0],
    ['?view=seed-004&region=UA-14', { ...defaults, view: 'seed-004', region: 'UA-14' }, 0],
    ['?region=ua-14', { ...defaults, region: 'UA-14' }, 0],
    ['?theme=dark', { ...defaults, theme: 'dark' }, 0],
    ['?view=', defaults, 0],
    ['?view=nope', defaults, 1],
    ['?view=SEED-004', defaults, 1],
    ['?region=UA-99', defaults, 1],
    ['?region=Donetsk', defaults, 1],
    ['?theme=purple', defaults, 1],
    ['?view=nope&region=nope&theme=nope', defaults, 3],
    ['?view=%E0%A4%A', defaults, 1],
    [`?view=${'x'.repeat(500)}`, defaults, 1],
    ['?view=moscow-claim&view=seed-004', { ...defaults, view: 'moscow-claim' }, 0],
    ['?unknown=1&view=seed-004', { ...defaults, view: 'seed-004' }, 0],
    ['view=seed-004', { ...defaults, view: 'seed-004' }, 0],
    ['?view=__proto__', defaults, 1],
    ['?region=constructor', defaults, 1],
    ['?controls=0', { ...defaults, controls: false }, 0],
    ['?controls=false&static=true', { ...defaults, controls: false, static: true }, 0],
    ['?static=1', { ...defaults, static: true }, 0],
    ['?static=yes', defaults, 1],
    ['?controls=2', defaults, 1],
  ])('%s', (search, expected, problemCount) => {
    const { state, problems } = parseUrlState(search, known);
    expect(state).toEqual(expected);
    expect(problems).toHaveLength(problemCount);
  });

  it('says what it did instead in each problem', () => {
    const { problems } = parseUrlState('?view=nope&region=UA-99&theme=x', known);
    expect(problems).toEqual([
      'There is no view “nope”; showing the default view instead.',
      'There is no region “UA-99”; no region is selected.',
      'The theme “x” is not one of auto, light or dark; following the system.',
    ]);
  });

  it('shortens very long values in its messages', () => {
    const { problems } = parseUrlState(`?view=${'a'.repeat(100)}`, known);
    expect(problems[0]).toContain(`“${'a'.repeat(40)}…”`);
  });
});

describe('formatUrlState', () => {
  it.each([
    [defaults, ''],
    [{ ...defaults, view: 'seed-004' }, '?view=seed-004'],
    [{ ...defaults, region: 'UA-14' }, '?region=UA-14'],
    [
      { ...defaults, view: 'seed-004', region: 'UA-43', theme: 'dark' },
      '?view=seed-004&region=UA-43&theme=dark',
    ],
    [{ ...defaults, controls: false, static: true }, '?controls=0&static=1'],
  ] as [UrlState, string][])('%o → %s', (state, expected) => {
    expect(formatUrlState(state, defaults)).toBe(expected);
  });

  it('round-trips every valid state', () => {
    for (const view of known.views)
      for (const region of [null, ...known.regions])
        for (const theme of ['auto', 'light', 'dark'] as const) {
          const state: UrlState = { ...defaults, view, region, theme, static: theme === 'dark' };
          const parsed = parseUrlState(formatUrlState(state, defaults), known);
          expect(parsed.state).toEqual(state);
          expect(parsed.problems).toEqual([]);
        }
  });
});
