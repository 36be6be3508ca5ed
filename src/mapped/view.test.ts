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
} from './view.ts';

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
    expect(labels['UA-14'].value).toMatch(/^\d+\.\d%$/);
    expect(labels['UA-14'].description).toContain('as measured by this project');
    expect(shownSnapshot(series, '2024-01-01')).toBeNull();
    const page = mappedPage(MAPPED_VIEW, series, '2024-01-01', claims, null);
    expect(page.summary).toContain('has no snapshot on or before that date');
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
    expect(side.legend.title).toBe('Largest distance of a claim from the map, percentage points');
    const none = againstMapSide(againstMap([], series, period));
    expect(none.unitStates['UA-14']?.spread).toBeNull();
    expect(none.legend.showOneSource).toBe(true);
  });
});
