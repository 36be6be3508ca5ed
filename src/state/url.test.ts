import { describe, expect, it } from 'vitest';
import {
  formatUrlState,
  parseUrlState,
  type FullUrlState,
  type KnownValues,
  type UrlState,
} from './url.ts';

/** The defaults as the app had them before compare, date and categories: no optional fields. */
const basic: UrlState = {
  view: 'latest',
  region: null,
  theme: 'auto',
  controls: true,
  static: false,
};
const defaults: FullUrlState = {
  ...basic,
  sync: false,
  mapped: true,
  compare: null,
  date: null,
  categories: null,
  from: null,
  to: null,
};
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
    ['?sync=1', { ...defaults, sync: true }, 0],
    ['?sync=maybe', defaults, 1],
    ['?controls=2', defaults, 1],
    ['?mapped=0', { ...defaults, mapped: false }, 0],
    [
      '?mapped=false&categories=party-ru',
      { ...defaults, mapped: false, categories: ['party-ru'] },
      0,
    ],
    ['?mapped=1', defaults, 0],
    ['?mapped=off', defaults, 1],
    [`?mapped=${'0'.repeat(300)}`, defaults, 1],
  ])('%s', (search, expected, problemCount) => {
    const { state, problems } = parseUrlState(search, known);
    expect(state).toEqual(expected);
    expect(problems).toHaveLength(problemCount);
  });

  it('keeps the filter\'s "Computed from a map" box in the address, and only when it is off', () => {
    expect(formatUrlState({ ...defaults, mapped: false }, defaults)).toBe('?mapped=0');
    expect(formatUrlState({ ...defaults, mapped: true }, defaults)).toBe('');
    // A state or defaults from before the box (no `mapped`): shown.
    expect(formatUrlState(basic, basic)).toBe('');
    expect(formatUrlState({ ...basic, mapped: false }, basic)).toBe('?mapped=0');
    const state = { ...defaults, categories: ['party-ua' as const], mapped: false };
    expect(parseUrlState(formatUrlState(state, defaults), known)).toEqual({ state, problems: [] });
    expect(parseUrlState('?mapped=maybe', known).problems[0]).toMatch(/mapped.*maybe.*1/);
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

describe('compare, date, period and categories', () => {
  it.each([
    // compare
    ['?compare=seed-004', { ...defaults, compare: 'seed-004' }, []],
    ['?view=seed-004&compare=latest', { ...defaults, view: 'seed-004', compare: 'latest' }, []],
    ['?compare=disagreement', { ...defaults, compare: 'disagreement' }, []],
    ['?compare=', defaults, []],
    ['?compare=nope', defaults, ['There is no view “nope” to compare with; showing one map.']],
    [
      '?compare=latest',
      defaults,
      [
        'Comparing a view with itself shows nothing new; showing one map. Pick a second view to compare.',
      ],
    ],
    [
      '?view=nope&compare=latest',
      defaults,
      [
        'There is no view “nope”; showing the default view instead.',
        'Comparing a view with itself shows nothing new; showing one map. Pick a second view to compare.',
      ],
    ],
    [`?compare=${'y'.repeat(90)}`, defaults, 1],
    ['?compare=__proto__', defaults, 1],
    // the disagreement view is always known
    ['?view=disagreement', { ...defaults, view: 'disagreement' }, []],
    ['?view=Disagreement', defaults, 1],
    // date
    ['?date=2022-09-30', { ...defaults, date: '2022-09-30' }, []],
    ['?date=2024-02-29', { ...defaults, date: '2024-02-29' }, []],
    ['?date=latest', defaults, []],
    ['?date=', defaults, []],
    [
      '?date=2025-02-29',
      defaults,
      [
        'The date “2025-02-29” is not a day written YYYY-MM-DD (such as 2025-07-24); showing the latest figures.',
      ],
    ],
    ['?date=2025-13-01', defaults, 1],
    ['?date=2025-07', defaults, 1],
    ['?date=24.07.2025', defaults, 1],
    ['?date=2025-7-24', defaults, 1],
    ['?date=today', defaults, 1],
    ['?date=2025-07-24T00:00', defaults, 1],
    // period
    [
      '?view=disagreement&from=2025-01-01&to=2025-12-31',
      { ...defaults, view: 'disagreement', from: '2025-01-01', to: '2025-12-31' },
      [],
    ],
    ['?from=2025-01-01', { ...defaults, from: '2025-01-01' }, []],
    ['?to=2025-01-01', { ...defaults, to: '2025-01-01' }, []],
    ['?from=2025-06-01&to=2025-06-01', { ...defaults, from: '2025-06-01', to: '2025-06-01' }, []],
    [
      '?from=2025-12-31&to=2025-01-01',
      { ...defaults, from: '2025-01-01', to: '2025-12-31' },
      ['The period started after it ended; showing 2025-01-01 to 2025-12-31 instead.'],
    ],
    [
      '?from=2025&to=2025-12-31',
      { ...defaults, to: '2025-12-31' },
      ['The period’s start “2025” is not a day written YYYY-MM-DD; using the default start.'],
    ],
    [
      '?to=soon',
      defaults,
      ['The period’s end “soon” is not a day written YYYY-MM-DD; using the default end.'],
    ],
    // categories
    ['?categories=party-ru', { ...defaults, categories: ['party-ru'] }, []],
    [
      '?categories=media,party-ua,party-ru',
      { ...defaults, categories: ['party-ru', 'party-ua', 'media'] },
      [],
    ],
    ['?categories=party-ru%2Cparty-ua', { ...defaults, categories: ['party-ru', 'party-ua'] }, []],
    ['?categories= Party-RU , party-ru,,', { ...defaults, categories: ['party-ru'] }, []],
    ['?categories=none', { ...defaults, categories: [] }, []],
    ['?categories=all', defaults, []],
    ['?categories=', defaults, []],
    [
      '?categories=party-ru,party-ua,mapping-project,news-agency,media,analyst,third-party',
      defaults,
      [],
    ],
    [
      '?categories=party-ru,blogger',
      { ...defaults, categories: ['party-ru'] },
      [
        '“blogger” is not a speaker category (party-ru, party-ua, mapping-project, news-agency, media, analyst, third-party); it is left out.',
      ],
    ],
    [
      '?categories=party-ru,blogger,pundit',
      { ...defaults, categories: ['party-ru'] },
      [
        '“blogger”, “pundit” are not speaker categories (party-ru, party-ua, mapping-project, news-agency, media, analyst, third-party); they are left out.',
      ],
    ],
    [
      '?categories=blogger',
      defaults,
      [
        '“blogger” names no speaker category (party-ru, party-ua, mapping-project, news-agency, media, analyst, third-party); showing every category.',
      ],
    ],
    ['?categories=none,party-ru', { ...defaults, categories: ['party-ru'] }, 1],
    ['?categories=,,,', defaults, 1],
    [`?categories=${'party-ru,'.repeat(30)}`, defaults, 1],
    // all at once, with the old parameters
    [
      '?view=seed-004&compare=latest&region=UA-65&date=2022-09-30&categories=party-ru,party-ua&theme=dark&controls=0',
      {
        ...defaults,
        view: 'seed-004',
        compare: 'latest',
        region: 'UA-65',
        date: '2022-09-30',
        categories: ['party-ru', 'party-ua'],
        theme: 'dark',
        controls: false,
      },
      [],
    ],
  ] as [string, FullUrlState, string[] | number][])('%s', (search, expected, problems) => {
    const parsed = parseUrlState(search, known);
    expect(parsed.state).toEqual(expected);
    if (typeof problems === 'number') expect(parsed.problems).toHaveLength(problems);
    else expect(parsed.problems).toEqual(problems);
  });

  it('fills the new fields with null when the defaults leave them out', () => {
    const { state } = parseUrlState('?view=seed-004', { ...known, defaults: basic });
    expect(state).toEqual({ ...defaults, view: 'seed-004' });
    expect(formatUrlState({ ...basic, view: 'seed-004' }, basic)).toBe('?view=seed-004');
  });

  it('falls back to the defaults’ own values for the new fields', () => {
    const withDate: FullUrlState = { ...defaults, date: '2025-01-01', categories: ['party-ru'] };
    const { state } = parseUrlState('?date=latest&categories=all', {
      ...known,
      defaults: withDate,
    });
    expect(state).toMatchObject({ date: null, categories: null });
    expect(formatUrlState(state, withDate)).toBe('?date=latest&categories=all');
    expect(parseUrlState('', { ...known, defaults: withDate }).state).toEqual(withDate);
  });
});

describe('formatUrlState: new parameters', () => {
  it.each([
    [{ ...defaults, compare: 'seed-004' }, '?compare=seed-004'],
    [{ ...defaults, compare: 'latest' }, ''],
    [{ ...defaults, date: '2022-09-30' }, '?date=2022-09-30'],
    [
      { ...defaults, view: 'disagreement', from: '2025-03-10', to: '2026-03-10' },
      '?view=disagreement&from=2025-03-10&to=2026-03-10',
    ],
    [{ ...defaults, categories: ['party-ua', 'party-ru'] }, '?categories=party-ru,party-ua'],
    [{ ...defaults, categories: [] }, '?categories=none'],
    [
      {
        ...defaults,
        categories: [
          'third-party',
          'party-ru',
          'party-ua',
          'mapping-project',
          'news-agency',
          'media',
          'analyst',
        ],
      },
      '',
    ],
    [
      {
        ...defaults,
        view: 'seed-004',
        compare: 'latest',
        region: 'UA-65',
        date: '2022-09-30',
        categories: ['mapping-project'],
        theme: 'dark',
        static: true,
      },
      '?view=seed-004&compare=latest&region=UA-65&date=2022-09-30&categories=mapping-project&theme=dark&static=1',
    ],
  ] as [UrlState, string][])('%o → %s', (state, expected) => {
    expect(formatUrlState(state, defaults)).toBe(expected);
  });

  it('round-trips compare, date, period and categories', () => {
    const views = [...known.views, 'disagreement'];
    const categorySets: FullUrlState['categories'][] = [
      null,
      [],
      ['party-ru'],
      ['party-ru', 'party-ua'],
      ['mapping-project', 'news-agency', 'media', 'analyst'],
    ];
    for (const view of views)
      for (const compare of [null, ...views.filter((id) => id !== view)])
        for (const date of [null, '2022-09-30', '2026-03-10'])
          for (const categories of categorySets) {
            const state: FullUrlState = {
              ...defaults,
              view,
              compare,
              date,
              categories,
              from: view === 'disagreement' ? '2025-03-10' : null,
              to: view === 'disagreement' ? '2026-03-10' : null,
            };
            const parsed = parseUrlState(formatUrlState(state, defaults), known);
            expect(parsed.state).toEqual(state);
            expect(parsed.problems).toEqual([]);
          }
  });
});

describe('parseUrlState: out of range, one end, hidden characters', () => {
  const ranged: KnownValues = { ...known, range: { from: '2022-03-01', to: '2026-03-10' } };
  it.each([
    // [search, from, to, date, problems]
    ['?view=disagreement&from=2026-03-11', '2026-03-10', null, null, 1],
    ['?from=9999-12-31', '2026-03-10', null, null, 1],
    ['?to=1901-01-01', '2022-03-01', '2022-03-01', null, 2],
    ['?from=2026-06-01', '2026-03-10', null, null, 1],
    ['?to=2024-01-01', '2023-01-01', '2024-01-01', null, 1],
    ['?to=2026-01-01', null, '2026-01-01', null, 0],
    ['?from=2025-06-01&to=2025-01-01', '2025-01-01', '2025-06-01', null, 1],
    ['?from=9999-12-31&to=1901-01-01', '2022-03-01', '2026-03-10', null, 3],
    ['?from=0000-01-01', null, null, null, 1],
    ['?date=9999-12-31', null, null, null, 1],
    ['?date=2026-03-10', null, null, null, 0],
    ['?date=1901-01-01', null, null, '2022-03-01', 1],
    ['?date=2024-02-30', null, null, null, 1],
    ['?date=2024-02-29', null, null, '2024-02-29', 0],
  ])('%s', (search, from, to, date, count) => {
    const { state, problems } = parseUrlState(search, ranged);
    expect({ from: state.from, to: state.to, date: state.date }).toEqual({ from, to, date });
    expect(problems).toHaveLength(count);
    if (state.from && state.to) expect(state.from <= state.to).toBe(true);
  });

  it.each([
    ['view', 'seed\u202E400-'],
    ['region', 'UA-14\u200B'],
    ['theme', 'dark\u001B[31m'],
    ['date', '2025\u0007-01-01'],
    ['categories', 'media\u0000'],
    ['compare', '\u2066x\u2069'],
  ])('%s with a hidden character is refused and written out visibly', (name, value) => {
    const { state, problems } = parseUrlState(`?${name}=${encodeURIComponent(value)}`, known);
    expect(state).toEqual(defaults);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/\[U\+[0-9A-F]{4}\]/);
    expect(problems[0]).not.toMatch(/[\p{Cc}\p{Cf}]/u);
  });
});
