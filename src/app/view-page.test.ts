import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureExport } from '../../tests/support/dataset.ts';
import { loadMappedSeries } from '../mapped/load.ts';
import { AGAINST_MAP_VIEW, MAPPED_VIEW, mappedViews } from '../mapped/view.ts';
import type { MappedSeries } from '../mapped/series.ts';
import { defaultPeriod, disagreementView, type DisagreementView } from '../views/disagreement.ts';
import { datedRange } from '../views/time.ts';
import { buildViews, LATEST_VIEW, MOSCOW_CLAIM_VIEW, type View } from '../views/views.ts';
import type { PictureContext } from './map-picture.ts';
import type { DatasetClaim } from './types.ts';
import { cardExtras, documentTitle, viewPage } from './view-page.ts';

let claims: DatasetClaim[];
let views: View<DatasetClaim>[];
let spread: DisagreementView<DatasetClaim>;
let series: MappedSeries;
let context: PictureContext;
const view = (id: string) => views.find((v) => v.id === id)!;
const ids = (page: { claims: { id: string }[] }) => page.claims.map((claim) => claim.id).sort();

beforeAll(() => {
  claims = fixtureExport().claims as DatasetClaim[];
  const loaded = loadMappedSeries();
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  series = loaded.series[0]!;
  spread = disagreementView(claims, defaultPeriod(datedRange(claims)!));
  views = [
    ...buildViews(claims),
    // As the app's state lists it (state.svelte.ts): the disagreement view has no values.
    {
      id: spread.id,
      kind: 'disagreement',
      label: spread.label,
      description: spread.description,
      values: {},
      country: null,
      date: spread.period.to,
    },
    ...mappedViews<DatasetClaim>(series, null),
  ];
  context = { disagreement: spread, mapped: series, date: null, shownClaims: claims };
});

describe('viewPage: what the page says about each kind of view', () => {
  it('the headline view: the country figure quoted, the share legend, no party note', () => {
    const page = viewPage(view(LATEST_VIEW), context);
    expect(page.summary).toMatchObject({
      kind: 'country',
      before: 'Russia controls',
      after: 'of Ukraine’s territory',
      source: 'DeepState, via Online.ua',
      date: '2 Jan 2026',
    });
    expect(page.summary.kind === 'country' && page.summary.claim.region).toBe('UA');
    expect(page.partyNote).toBe('');
    expect(page.legend).toMatchObject({ kind: 'shares', showNoData: false });
    expect(page.legend.kind === 'shares' && page.legend.marks.map((mark) => mark.low)).toEqual([
      99.6, 78.1, 74.8, 72, 100,
    ]);
    expect(page.sources).toBe(
      'DeepState, via Ukraina Moloda (umoloda.kyiv.ua) (c. Jan 2026); DeepState, via Online.ua (2 Jan 2026)',
    );
    expect(page.claims).toHaveLength(6);
    expect(page.title).toBe('Latest independent figure per region');
    expect(page.subtitle).toBe('Latest independent figure per region, 2 Jan 2026');
    expect(page.period).toBeNull();
    expect(page.followsDate).toBe(true);
    expect(cardExtras(page, 'UA-14')).toEqual({ spread: null, measured: null, against: null });
  });

  it('a party’s combined view: its note, and grey regions in the legend', () => {
    const page = viewPage(view('latest-russian-side'), context);
    expect(page.partyNote).toBe(
      'RU: a figure from the Russian side, a party to the war, not an independent one.',
    );
    expect(page.summary).toEqual({
      kind: 'text',
      text: expect.stringMatching(/This view gives no figure for Ukraine as a whole\.$/),
    });
    expect(page.legend).toMatchObject({ kind: 'shares', showNoData: true });
    expect(page.sources).toBe(
      'Denis Pushilin, via Devdiscourse (10 Mar 2026); Russian General Staff, via Metroreport.news (c. 2025)',
    );
    expect(page.followsDate).toBe(true);
  });

  it('the claimed territory and a source: dated titles for a source, the latest view on a date', () => {
    const moscow = viewPage(view(MOSCOW_CLAIM_VIEW), context);
    expect(moscow.followsDate).toBe(false);
    expect(moscow.title).toBe("Moscow's claimed territory");
    const source = viewPage(view('devdiscourse-2026-03-10'), context);
    expect(source.title).toBe('Denis Pushilin, via Devdiscourse, 10 Mar 2026');
    expect(source.subtitle).toBe('Denis Pushilin, via Devdiscourse, 10 Mar 2026');
    expect(source.followsDate).toBe(false);
    expect(source.sources).toBe('Denis Pushilin, via Devdiscourse (10 Mar 2026)');
    // In a source's own view the summary does not name the source again.
    const withCountry = views.find((v) => v.kind === 'source' && v.country)!;
    const summary = viewPage(withCountry, context).summary;
    expect(summary.kind === 'country' && summary.source).toBeNull();
  });

  it('the disagreement view: every claim it counts, its period, the spread legend and card', () => {
    const page = viewPage(view('disagreement'), context);
    const counted = Object.values(spread.regions).flatMap((region) => region.claims);
    expect(counted.length).toBeGreaterThan(0);
    expect(ids(page)).toEqual(counted.map((claim) => claim.id).sort());
    expect(page.period).toEqual({ from: '2025-03-10', to: '2026-03-10' });
    expect(page.periodText).toBe('10 Mar 2025 to 10 Mar 2026');
    expect(page.summary).toEqual({
      kind: 'text',
      text: "How far apart the sources' control figures are in each region, 10 Mar 2025 to 10 Mar 2026: the highest figure's top minus the lowest figure's bottom.",
    });
    expect(page.legend).toEqual({
      kind: 'spread',
      legend: spread.legend,
      period: '10 Mar 2025 to 10 Mar 2026',
    });
    expect(page.title).toBe('Where sources disagree, 10 Mar 2025 to 10 Mar 2026');
    expect(page.subtitle).toBe(page.title);
    // Each source once, though several claims share one.
    expect(page.sources.split('; ')).toHaveLength(new Set(counted.map((c) => c.source.id)).size);
    expect(page.sources).toContain('Denis Pushilin, via Devdiscourse (10 Mar 2026)');
    expect(page.partyNote).toBe('');
    expect(page.followsDate).toBe(false);
    // Sevastopol's card shows Crimea's spread (its claim region).
    expect(cardExtras(page, 'UA-40').spread).toBe(spread.regions.crimea);
    expect(cardExtras(page, 'UA-14').spread?.spread).toBe(spread.regions['UA-14'].spread);
    expect(documentTitle(page, 'UA-14')).toBe(
      'Donetsk: Where sources disagree, 10 Mar 2025 to 10 Mar 2026 · Territory Claims',
    );
  });

  it('the disagreement view before its figures are in: a plain summary, nothing counted', () => {
    const page = viewPage(view('disagreement'), { ...context, disagreement: null });
    expect(page.claims).toEqual([]);
    expect(page.sources).toBe('');
    expect(page.legend).toEqual({ kind: 'shares', marks: [], showNoData: true });
    expect(page.title).toBe('Where sources disagree');
    expect(cardExtras(page, 'UA-14').spread).toBeNull();
  });

  it('the mapped view: the map’s sources line, the measured legend, the card’s measured line', () => {
    const page = viewPage(view(MAPPED_VIEW), context);
    expect(page.summary).toEqual({
      kind: 'mapped',
      text: expect.stringMatching(
        /^19\.2% of Ukraine occupied on DeepStateMap's map of 22 Aug 2026/,
      ),
    });
    expect(page.claims).toEqual([]);
    expect(page.sources).toBe(
      "DeepStateMap's map (deepstatemap.live), as measured by this project",
    );
    expect(page.legend).toMatchObject({ kind: 'mapped', title: expect.stringContaining('map') });
    expect(page.legend.kind === 'mapped' && page.legend.marks).toHaveLength(5);
    expect(page.period).toBeNull();
    expect(page.subtitle).toBe('Mapped by DeepState (measured), 22 Aug 2026');
    expect(page.followsDate).toBe(true);
    expect(cardExtras(page, 'UA-14').measured?.text).toBe(
      "79.5% of Donetsk (21,076 km²) occupied on DeepStateMap's map of 22 Aug 2026",
    );
    // On a date before the first snapshot: no measured line, a summary that says so.
    const before = viewPage(view(MAPPED_VIEW), { ...context, date: '2024-01-01' });
    expect(cardExtras(before, 'UA-14').measured).toBeNull();
    expect(before.subtitle).toBe('Mapped by DeepState (measured)');
    // Before the series loads.
    const loading = viewPage(view(MAPPED_VIEW), { ...context, mapped: null });
    expect(loading.summary.kind).toBe('mapped');
    expect(loading.sources).toBe("DeepStateMap's map, as measured by this project");
  });

  it('claims against the map: the map and the period’s claims named, its spread legend and card', () => {
    const page = viewPage(view(AGAINST_MAP_VIEW), context);
    const disagreement = viewPage(view('disagreement'), context);
    expect(ids(page)).toEqual(ids(disagreement));
    expect(page.sources).toBe(
      `DeepStateMap's map (deepstatemap.live), as measured by this project; ${disagreement.sources}`,
    );
    expect(page.period).toEqual(spread.period);
    expect(page.legend).toMatchObject({ kind: 'spread', period: '10 Mar 2025 to 10 Mar 2026' });
    expect(page.legend.kind === 'spread' && page.legend.legend.title).toContain('from the map');
    expect(page.title).toBe('Claims against the map');
    expect(page.subtitle).toBe('Claims against the map, 10 Mar 2025 to 10 Mar 2026');
    const card = cardExtras(page, 'UA-14');
    expect(card.against?.largest).toBe(6.2);
    expect(card.spread).toBeNull();
    expect(card.measured).toBeNull();
  });

  it('names the region chosen in the tab’s title', () => {
    const page = viewPage(view(LATEST_VIEW), context);
    expect(documentTitle(page, null)).toBe(
      'Latest independent figure per region · Territory Claims',
    );
    expect(documentTitle(page, 'UA-43')).toBe(
      'Crimea: Latest independent figure per region · Territory Claims',
    );
  });
});
