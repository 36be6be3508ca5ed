import { describe, expect, it } from 'vitest';
import { fixtureExport } from '../../tests/support/dataset.ts';
import { loadMappedSeries } from './load.ts';
import {
  againstMap,
  againstMapSide,
  mappedLabels,
  mappedPage,
  mappedUnitStates,
  mappedViews,
  MAPPED_VIEW,
  AGAINST_MAP_VIEW,
  mappedSourcesLine,
  shownSnapshot,
  dateSpan,
  LABEL_MIN_SHARE,
} from './view.ts';
import { labelPlaces } from '../map/frame.ts';

const loaded = loadMappedSeries();
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const series = loaded.series[0]!;
const claims = fixtureExport().claims;

describe('"Mapped by DeepState"', () => {
  it('colours every unit the map touches, Kharkiv included; leaves Lviv as land', () => {
    const snapshot = shownSnapshot(series, '2026-01-05')!;
    expect(snapshot.date).toBe('2026-01-02');
    const states = mappedUnitStates(snapshot);
    expect(states['UA-63']).toEqual({ share: 4.35, claimRegion: false, uncertain: false });
    expect(states['UA-59']?.share).toBe(0.78);
    expect(states['UA-14']).toMatchObject({ share: 77.48, claimRegion: true });
    expect(states['UA-46']).toBeUndefined();
  });

  it('labels the claim regions with the measured share; nothing before the first snapshot', () => {
    const labels = mappedLabels(series, shownSnapshot(series, null));
    expect(labels['UA-14']!.value).toMatch(/^\d+\.\d%$/);
    expect(labels['UA-14']!.description).toContain('as measured by this project');
    expect(shownSnapshot(series, '2024-01-01')).toBeNull();
    const page = mappedPage(MAPPED_VIEW, series, '2024-01-01', claims, null);
    expect(page.summary).toContain('has no snapshot on or before that date');
  });

  it('labels a unit elsewhere where its share is at least LABEL_MIN_SHARE, through the one label table', () => {
    expect(LABEL_MIN_SHARE).toBe(0.5);
    // 2 Jan 2026: Kharkiv 4.35% (shown 4.4%), Sumy 0.78%, Mykolaiv 0.46%, Lviv untouched.
    const snapshot = shownSnapshot(series, '2026-01-02')!;
    const labels = mappedLabels(series, snapshot);
    expect(labels['UA-63']).toEqual({
      value: '4.4%',
      description: "4.4% occupied on DeepStateMap's map of 2 Jan 2026, as measured by this project",
      hasValue: true,
    });
    expect(labels['UA-59']?.value).toBe('0.8%');
    // Taken on the share as shown: Mykolaiv's 0.46% reads 0.5%, as in the summary.
    expect(snapshot.shares['UA-48']![0]).toBe(0.46);
    expect(labels['UA-48']?.value).toBe('0.5%');
    expect(labels['UA-46']).toBeUndefined();
    // Dnipropetrovsk at 0.44% (shown 0.4%) is not labelled; at 0.55% it is.
    const dnipro = (share: number) =>
      mappedLabels(series, { ...snapshot, shares: { ...snapshot.shares, 'UA-12': [share, 1] } })[
        'UA-12'
      ];
    expect(dnipro(0.44)).toBeUndefined();
    expect(dnipro(0.11)).toBeUndefined();
    expect(dnipro(0.55)?.value).toBe('0.6%');
    // Sevastopol and Crimea are one label, the claim region's.
    expect(labels['UA-40']).toBeUndefined();
    expect(labels.crimea?.hasValue).toBe(true);
    // Every unit labelled on any snapshot has an anchor, so its label is drawn, after the five.
    for (const snap of series.snapshots) {
      const ids = labelPlaces(mappedLabels(series, snap)).map((place) => place.id);
      const wanted = Object.keys(mappedLabels(series, snap));
      expect(ids.slice(0, 5)).toEqual(['UA-09', 'UA-14', 'UA-23', 'UA-65', 'crimea']);
      expect([...ids].sort()).toEqual([...wanted].sort());
    }
    expect(labelPlaces(labels).find((place) => place.id === 'UA-63')).toEqual({
      id: 'UA-63',
      members: ['UA-63'],
      target: 'UA-63',
      anchor: [36.45, 49.6],
    });
  });

  it('the labels of the claims views stay the five', () => {
    expect(labelPlaces({ 'UA-14': {} }).map((place) => place.id)).toHaveLength(5);
  });

  it('credits the map and the measurement under images and in the embed', () => {
    expect(mappedSourcesLine(series)).toBe(
      "DeepStateMap's map (deepstatemap.live), as measured by this project",
    );
  });

  it('is offered before the series loads, so an address asking for it is kept', () => {
    expect(mappedViews(null, null).map((v) => v.id)).toEqual([MAPPED_VIEW, AGAINST_MAP_VIEW]);
  });
});

describe('"Claims against the map"', () => {
  const period = { from: '2025-03-10', to: '2026-03-10' };
  const regions = againstMap(claims, series, period);

  it("takes each region's farthest compared claim, grouped by who speaks", () => {
    const donetsk = regions['UA-14'];
    const all = donetsk.groups.flatMap((g) => g.items);
    expect(all.length).toBeGreaterThan(2);
    expect(donetsk.largest).toBeCloseTo(Math.max(...all.map((i) => Math.abs(i.points))), 1);
    expect(donetsk.groups.map((g) => g.group)).toContain('party-ru');
  });

  it('paints on the points scale, grey (null) where no claim was compared', () => {
    const side = againstMapSide(regions);
    expect(side.mode).toBe('spread');
    expect(side.unitStates['UA-14']?.spread).toBe(regions['UA-14'].largest);
    expect(side.legend.title).toBe(
      'Computed from a map: largest distance of a claim from the map, percentage points',
    );
    const none = againstMapSide(againstMap([], series, period));
    expect(none.unitStates['UA-14']?.spread).toBeNull();
    expect(none.legend.showOneSource).toBe(true);
  });
});

describe('the date control over the series', () => {
  const claimsRange = { from: '2022-09-30', to: '2026-03-10' };

  it('runs to the last snapshot once the series is loaded, from the earlier first day', () => {
    expect(dateSpan(claimsRange, series)).toEqual({
      from: '2022-09-30',
      to: series.snapshots.at(-1)!.date,
    });
    expect(series.snapshots.at(-1)!.date).toBe('2026-08-22');
    expect(dateSpan({ from: '2025-01-01', to: '2025-02-01' }, series)).toEqual({
      from: series.snapshots[0]!.date,
      to: '2026-08-22',
    });
  });

  it('is the claims’ range before the series loads, and the series’ without claims', () => {
    expect(dateSpan(claimsRange, null)).toBe(claimsRange);
    expect(dateSpan(null, null)).toBeNull();
    expect(dateSpan(null, series)).toEqual({ from: '2024-07-08', to: '2026-08-22' });
    expect(dateSpan(claimsRange, { ...series, snapshots: [] })).toBe(claimsRange);
  });

  it('a day after the last claim shows the snapshot in force then', () => {
    const page = mappedPage(MAPPED_VIEW, series, '2026-06-01', claims, null);
    expect(page.snapshot?.date).toBe(
      series.snapshots.filter((s) => s.date <= '2026-06-01').at(-1)!.date,
    );
    expect(page.snapshot!.date > '2026-03-10').toBe(true);
  });
});
