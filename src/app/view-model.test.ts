import { beforeAll, describe, expect, it } from 'vitest';
import { type ExportedClaim } from '../claims/export.ts';
import { fixtureExport } from '../../tests/support/dataset.ts';
import { buildViews, LATEST_VIEW, type View } from '../views/views.ts';
import { defaultPeriod, disagreementView } from '../views/disagreement.ts';
import { datedRange, latestAsOf } from '../views/time.ts';
import {
  legendMarks,
  partyNote,
  regionLabels,
  sourcesLine,
  sourcesOf,
  spreadLabels,
  viewClaims,
  viewDate,
} from './view-model.ts';

let views: View<ExportedClaim>[];
let claims: ExportedClaim[];
const view = (id: string) => views.find((v) => v.id === id)!;

beforeAll(() => {
  claims = fixtureExport().claims;
  views = buildViews(claims);
});

describe('view model', () => {
  it('marks a party to the war’s figure on the map and in the summary, never an independent one', () => {
    const russian = regionLabels(view('latest-russian-side'));
    expect(russian['UA-14'].value).toBe('83–85% RU');
    expect(russian['UA-14'].description).toContain(
      'a claim by the Russian side, a party to the war',
    );
    expect(partyNote(view('latest-russian-side'))).toBe(
      'RU: a figure from the Russian side, a party to the war, not an independent one.',
    );
    expect(regionLabels(view('latest-ukrainian-side'))['UA-14'].value).toBe('67.2% UA');
    // The headline view has no party figure to mark.
    const latest = regionLabels(view(LATEST_VIEW));
    expect(Object.values(latest).some((label) => / (RU|UA)$/.test(label.value))).toBe(false);
    expect(partyNote(view(LATEST_VIEW))).toBe('');
  });

  it('marks an old figure in a view as of a date, and says how old', () => {
    const asOf = latestAsOf(claims, '2023-06-30');
    const labels = regionLabels(asOf);
    // Mid-2023, Kherson's latest figure is Stremousov's of Sep 2022: stale. Donetsk has none yet.
    expect(labels['UA-65'].stale).toBe(true);
    expect(labels['UA-65'].description).toMatch(
      /an old figure, from 20 Sep 2022, more than 6 months before the chosen date$/,
    );
    expect(labels['UA-14'].hasValue).toBe(false);
    expect(regionLabels(latestAsOf(claims, '2026-01-31'))['UA-14'].stale).toBe(false);
  });

  it('labels the disagreement view with points between the sources', () => {
    const range = datedRange(claims)!;
    const dv = disagreementView(claims, defaultPeriod(range));
    const labels = spreadLabels(dv);
    expect(labels['UA-14']).toEqual({
      value: '17.8 pts',
      description: "the sources' figures are 17.8 points apart (67.2–85%, from 4 speakers)",
      hasValue: true,
    });
    expect(labels.crimea.value).toBe('0 pts');
  });

  it('labels all five regions, saying “no figure” where the view has none', () => {
    const single = views.find((v) => Object.keys(v.values).join() === 'UA-14' && !v.country)!;
    const labels = regionLabels(single);
    expect(Object.keys(labels).sort()).toEqual(['UA-09', 'UA-14', 'UA-23', 'UA-65', 'crimea']);
    expect(labels['UA-09']).toEqual({
      value: 'no figure',
      description: 'this view gives no figure',
      hasValue: false,
    });
    expect(labels['UA-14'].hasValue).toBe(true);
    expect(regionLabels(view('seed-004'))['UA-14']).toEqual({
      value: '~80%',
      description: 'about 80% (read as 77.5–82.5%) Russian-controlled',
      hasValue: true,
      stale: false,
    });
  });

  it('marks each region’s interval on the legend', () => {
    expect(legendMarks(view('seed-004'))).toEqual([
      { name: 'Luhansk', low: 90, high: 100 },
      { name: 'Donetsk', low: 77.5, high: 82.5 },
      { name: 'Zaporizhzhia', low: 72.5, high: 77.5 },
      { name: 'Kherson', low: 72.5, high: 77.5 },
      { name: 'Crimea', low: 100, high: 100 },
    ]);
  });

  it('names every source a view draws on, once, with its date', () => {
    expect(sourcesLine(view('seed-004'))).toBe(
      'Unnamed outlet, relaying Reuters and RIA Novosti, on or after 9 Nov 2025',
    );
    const latest = view(LATEST_VIEW);
    const line = sourcesLine(latest);
    const sources = new Set(viewClaims(latest).map((claim) => claim.source.id));
    expect(line.split('; ')).toHaveLength(sources.size);
    expect(viewDate(view('seed-004'))).toBe('on or after 9 Nov 2025');
  });

  it('names the sources of any set of claims once each, in the order first met', () => {
    const claims = [...viewClaims(view('seed-004')), ...viewClaims(view(LATEST_VIEW))];
    const line = sourcesOf(claims);
    expect(
      line.startsWith('Unnamed outlet, relaying Reuters and RIA Novosti, on or after 9 Nov 2025'),
    ).toBe(true);
    expect(line.split('; ')).toHaveLength(new Set(claims.map((c) => c.source.id)).size);
    expect(sourcesOf([])).toBe('');
  });
});
