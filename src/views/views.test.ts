import { beforeAll, describe, expect, it } from 'vitest';
import { type ExportedClaim } from '../claims/export.ts';
import { claim, fixtureExport } from '../../tests/support/dataset.ts';
import {
  buildViews,
  claimRegionsOf,
  claimsAbout,
  compareNewestFirst,
  LATEST_VIEW,
  MOSCOW_CLAIM_VIEW,
  sourceLabel,
  speakerShort,
  unitStates,
  viewIdOfClaim,
  type View,
  type ViewClaim,
} from './views.ts';
import { compareDates, periodStart } from './dates.ts';

let claims: ExportedClaim[];
let views: View<ExportedClaim>[];
const byId = (id: string) => views.find((view) => view.id === id)!;

beforeAll(() => {
  claims = fixtureExport().claims;
  views = buildViews(claims);
});

describe('dates', () => {
  it.each([
    ['2025-11-09', '2025-11-09'],
    ['2026-01', '2026-01-01'],
    ['2025', '2025-01-01'],
    ['Nov 2025', null],
    ['2025-1-9', null],
  ])('periodStart(%s) = %s', (date, expected) => {
    expect(periodStart(date)).toBe(expected);
  });

  it('orders by the day a date counts from (its period end), more precise first on a tie', () => {
    const dates = ['2026-01-02', '2025', '2026-01', '2025-07-24', '2026-01-01', '2026-01-31'];
    expect([...dates].sort(compareDates)).toEqual([
      '2025-07-24',
      '2025',
      '2026-01-01',
      '2026-01-02',
      '2026-01-31',
      '2026-01',
    ]);
  });
});

describe('claimRegionsOf', () => {
  it.each<[Partial<ViewClaim>, { id: string; viaGroup: boolean }[]]>([
    [{ region: 'UA-14' }, [{ id: 'UA-14', viaGroup: false }]],
    [{ region: 'crimea' }, [{ id: 'crimea', viaGroup: false }]],
    [{ region: 'UA-43' }, [{ id: 'crimea', viaGroup: false }]],
    [{ region: 'UA-40' }, []],
    [{ region: 'UA-30' }, []],
    [{ region: 'UA' }, []],
    [
      { region: 'donbas', low: 100, high: 100 },
      [
        { id: 'UA-09', viaGroup: true },
        { id: 'UA-14', viaGroup: true },
      ],
    ],
    [{ region: 'donbas', low: 90, high: 100 }, []],
    [
      { region: 'annexed-four', low: 100, high: 100 },
      ['UA-09', 'UA-14', 'UA-23', 'UA-65'].map((id) => ({ id, viaGroup: true })),
    ],
    [{ region: 'UA-14', low: null, high: null }, []],
  ])('%o', (overrides, expected) => {
    expect(claimRegionsOf(claim({ id: 'a/b', ...overrides }))).toEqual(expected);
  });
});

describe('ordering and labels', () => {
  it('puts newer claims first, English first on a tie, then by id', () => {
    const older = claim({ id: 'a/old', asOf: '2025-01-01' });
    const newer = claim({ id: 'a/new', asOf: '2026-01-01' });
    const polish = claim({
      id: 'a/pl',
      asOf: '2026-01-01',
      source: { language: 'pl' } as ViewClaim['source'],
    });
    expect([older, polish, newer].sort(compareNewestFirst).map((c) => c.id)).toEqual([
      'a/new',
      'a/pl',
      'a/old',
    ]);
  });

  it.each([
    ['Denis Pushilin (Russian-installed head of Donetsk region)', 'Denis Pushilin'],
    ['Reuters (as relayed by the text)', 'Reuters'],
    ['DeepState', 'DeepState'],
  ])('speakerShort(%s)', (name, expected) => {
    expect(speakerShort(name)).toBe(expected);
  });

  it('names the speaker and the source, never an archive file name', () => {
    const online = { outlet: 'Online.ua', name: 'Online.ua' } as ViewClaim['source'];
    expect(sourceLabel(claim({ id: 'a/b', speaker: 'DeepState', source: online }))).toBe(
      'DeepState, via Online.ua',
    );
    // The outlet among the speakers (its own summary line) is not named twice.
    expect(
      sourceLabel(claim({ id: 'a/b', speaker: 'DeepState', source: online }), [
        'DeepState',
        "Online.ua (its summary of DeepState's figures)",
      ]),
    ).toBe('DeepState, via Online.ua');
    const seed = {
      outlet: null,
      document: '004_333ef43267682ee5.txt',
      name: 'Unnamed outlet, relaying Reuters and RIA Novosti, on or after 9 Nov 2025',
      relays: ['Reuters', 'RIA Novosti'],
      date: '2025-11-09',
      datePrecision: 'day',
      dateInferred: false,
      dateQualifier: 'on-or-after',
    } as ViewClaim['source'];
    const own = 'Unnamed outlet (own reporting, relaying a Reuters report)';
    expect(sourceLabel(claim({ id: 'a/b', speaker: own, source: seed }))).toBe(seed.name);
    expect(sourceLabel(claim({ id: 'a/b', speaker: 'Sergei Lavrov', source: seed }))).toBe(
      `Sergei Lavrov, via ${seed.name}`,
    );
    const post = { outlet: 'Washington Post', name: 'Washington Post' } as ViewClaim['source'];
    expect(sourceLabel(claim({ id: 'a/b', speaker: 'Washington Post', source: post }))).toBe(
      'Washington Post',
    );
  });
});

describe('buildViews on the dataset', () => {
  it('offers the latest-figure views and Moscow’s claim first, then one view per source', () => {
    expect(views.slice(0, 4).map((view) => view.id)).toEqual([
      LATEST_VIEW,
      'latest-russian-side',
      'latest-ukrainian-side',
      MOSCOW_CLAIM_VIEW,
    ]);
    const sources = views.slice(4);
    expect(sources.every((view) => view.kind === 'source')).toBe(true);
    // Position-only seeds (000–003) have nothing to colour, so no view.
    expect(sources.map((view) => view.id)).not.toContain('seed-000');
    expect(sources.map((view) => view.id)).toContain('seed-004');
    // Newest first.
    const dates = sources.map((view) => view.date);
    expect([...dates].sort(compareDates).reverse()).toEqual(dates);
  });

  it('reads document 004 as the unnamed outlet’s figures for the five regions and Ukraine', () => {
    const view = byId('seed-004');
    expect(view.label).toBe(
      'Unnamed outlet, relaying Reuters and RIA Novosti, on or after 9 Nov 2025',
    );
    expect(
      Object.fromEntries(
        Object.entries(view.values).map(([id, v]) => [id, [v.claim.wording, v.low, v.high]]),
      ),
    ).toEqual({
      'UA-09': ['almost all', 90, 100],
      'UA-14': ['about 80%', 77.5, 82.5],
      'UA-65': ['about 75%', 72.5, 77.5],
      'UA-23': ['about 75%', 72.5, 77.5],
      crimea: ['currently controls Crimea', 100, 100],
    });
    expect(view.country?.claim.wording).toBe('about 19%');
  });

  it('takes each region’s most recent independent control claim for the headline view', () => {
    const view = byId(LATEST_VIEW);
    expect(view.label).toBe('Latest independent figure per region');
    for (const [id, value] of Object.entries(view.values)) {
      // A party to the war's figure is never the headline's.
      expect(['party-ru', 'party-ua', 'third-party']).not.toContain(value.claim.speakerCategory);
      const newer = claims.filter(
        (c) =>
          c.kind === 'control' &&
          !['party-ru', 'party-ua', 'third-party'].includes(c.speakerCategory) &&
          c.low !== null &&
          claimRegionsOf(c).some((r) => r.id === id) &&
          compareNewestFirst(c, value.claim) < 0,
      );
      expect(newer, `a newer control claim for ${id}`).toEqual([]);
    }
    const sources = new Set(Object.values(view.values).map((v) => v.claim.source.id));
    expect(sources.size).toBeGreaterThan(1);
    expect(view.country?.claim.source.language).toBe('en');
  });

  it('gives the headline view DeepState’s figures, and each party its own view', () => {
    const label = (id: string) =>
      Object.fromEntries(
        Object.entries(byId(id).values).map(([region, v]) => [
          region,
          [v.claim.speaker, v.low, v.high],
        ]),
      );
    expect(label(LATEST_VIEW)).toEqual({
      'UA-09': ['DeepState', 99.6, 99.6],
      'UA-14': ['DeepState', 78.1, 78.1],
      'UA-23': ['DeepState', 74.8, 74.8],
      'UA-65': ['DeepState', 72, 72],
      crimea: ['DeepState', 100, 100],
    });
    const russian = byId('latest-russian-side');
    expect(Object.values(russian.values).every((v) => v.claim.speakerCategory === 'party-ru')).toBe(
      true,
    );
    expect(russian.values['UA-14']?.claim.id).toBe('devdiscourse-2026-03-10/donetsk-control');
    const ukrainian = byId('latest-ukrainian-side');
    expect(ukrainian.values['UA-14']?.claim.id).toBe('menafn-ukrinform-2025-07-31/donetsk-control');
  });

  it('shows the annexation claim, not control, in Moscow’s view', () => {
    const view = byId(MOSCOW_CLAIM_VIEW);
    expect(Object.keys(view.values).sort()).toEqual(['UA-09', 'UA-14', 'UA-23', 'UA-65', 'crimea']);
    for (const value of Object.values(view.values)) {
      expect(value.claim.kind).toBe('claim');
      expect([value.low, value.high]).toEqual([100, 100]);
    }
    // Donetsk's comes from the claim about Donbas as a whole.
    expect(view.values['UA-14']?.viaGroup).toBe(true);
  });

  it('gives every view value its claim (and so its citation)', () => {
    for (const view of views)
      for (const value of Object.values(view.values)) {
        expect(value.claim.quote.length).toBeGreaterThan(0);
        expect(value.claim.citation).toContain(value.claim.quote);
      }
  });
});

describe('unitStates', () => {
  it('sets the midpoint share and uncertainty on both units of Crimea', () => {
    const states = unitStates(byId('seed-004'));
    expect(states['UA-14']).toEqual({ claimRegion: true, share: 80, uncertain: true });
    expect(states['UA-09']).toEqual({ claimRegion: true, share: 95, uncertain: true });
    expect(states['UA-43']).toEqual({ claimRegion: true, share: 100, uncertain: false });
    expect(states['UA-40']).toEqual(states['UA-43']);
    expect(states['UA-30']).toBeUndefined();
  });

  it('marks claim regions a view says nothing about as no data, never 0', () => {
    const filashkin = views.find((view) => Object.keys(view.values).join() === 'UA-14')!;
    const states = unitStates(filashkin);
    expect(states['UA-09']).toEqual({ claimRegion: true, share: null, uncertain: false });
    expect(states['UA-14']?.share).toBeGreaterThan(0);
  });
});

describe('claimsAbout and viewIdOfClaim', () => {
  it('lists claims about a unit and the groups that include it, newest first', () => {
    const donetsk = claimsAbout(claims, 'UA-14');
    expect(
      donetsk.map((c) => c.region).every((r) => ['UA-14', 'donbas', 'annexed-four'].includes(r)),
    ).toBe(true);
    expect(donetsk.some((c) => c.id === 'seed-004/donetsk-control')).toBe(true);
    expect([...donetsk].sort(compareNewestFirst)).toEqual(donetsk);
    expect(
      claimsAbout(claims, 'UA-40').every((c) => c.region === 'crimea' || c.region === 'UA-40'),
    ).toBe(true);
  });

  it('maps a control claim to its source’s view and an annexation claim to Moscow’s', () => {
    const find = (id: string) => claims.find((c) => c.id === id)!;
    expect(viewIdOfClaim(find('seed-004/donetsk-control'))).toBe('seed-004');
    expect(viewIdOfClaim(find('seed-004/kherson-claim'))).toBe(MOSCOW_CLAIM_VIEW);
    expect(viewIdOfClaim(find('seed-004/kherson-demand'))).toBeNull();
    expect(viewIdOfClaim(find('seed-000/cede-more-territory'))).toBeNull();
  });
});
