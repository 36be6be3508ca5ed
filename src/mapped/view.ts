/**
 * The two map views built on the measured series:
 *
 * - "Mapped by DeepState": every unit the map touches on the chosen date (the snapshot in
 *   force then), coloured by its measured share on the share scale, the small areas elsewhere
 *   (Kharkiv, Sumy, Mykolaiv, Dnipropetrovsk) included; labels on the five claim regions and
 *   on the units elsewhere whose share is at least `LABEL_MIN_SHARE`.
 * - "Claims against the map": each claim region coloured by the largest distance of a control
 *   claim in the period from the map on its date, on the disagreement view's points scale.
 *
 * Neither replaces a reported figure: they are views of their own, never the default.
 * Pure: no DOM, no Svelte, no zod.
 */
import type { SpeakerCategory } from '../claims/schema.ts';
import { CLAIM_REGIONS, ISO_CODES, type ClaimRegionId, type IsoCode } from '../geo/regions.ts';
import { m } from '../i18n/lang.ts';
import {
  claimRegionText,
  dateText,
  fixedPercentText,
  fixedText,
  numberText,
  regionText,
} from '../i18n/format.ts';
import type { LabelId } from '../map/frame.ts';
import type { UnitState } from '../map/style.ts';
import { spreadStops, SPREAD_MAX } from '../map/spread-colour.ts';
import type { SpreadLegend } from '../views/disagreement.ts';
import { periodStart } from '../views/dates.ts';
import { groupOf, SPEAKER_GROUPS } from '../views/speakers.ts';
import type { DateRange } from '../views/time.ts';
import { claimRegionsOf, type View, type ViewClaim } from '../views/views.ts';
import { MAX_MAP_DAYS, mapDistance, snapshotOn } from './compare.ts';
import type { MeasuredId } from './measure.ts';
import type { MappedSeries, Snapshot } from './series.ts';

export const MAPPED_VIEW = 'mapped-deepstate';
export const AGAINST_MAP_VIEW = 'against-map';

/** A label as the map's labels take it (see RegionLabels.svelte). */
interface Label {
  value: string;
  description: string;
  hasValue: boolean;
}

const pct = fixedPercentText;

/** The two views' entries for the picker (no claim values: the map side comes from here). */
export function mappedViews<C extends ViewClaim>(
  series: MappedSeries | null,
  date: string | null,
): View<C>[] {
  const last = series?.snapshots.at(-1)?.date ?? '';
  const name = series?.map.name ?? 'DeepStateMap';
  return [
    {
      id: MAPPED_VIEW,
      kind: 'mapped',
      label: m.view_mapped_label(),
      description: date
        ? m.view_mapped_description_on({ map: name, date: dateText(date) })
        : m.view_mapped_description({ map: name }),
      values: {},
      country: null,
      date: last,
    },
    {
      id: AGAINST_MAP_VIEW,
      kind: 'mapped',
      label: m.view_against_label(),
      description: m.view_against_description({ map: name }),
      values: {},
      country: null,
      date: last,
    },
  ];
}

/**
 * The days the date control spans: the claims' dated figures and, once the series has loaded,
 * the map's snapshots, which run further (the mapped view follows the control over the whole
 * series). A claims view asked for a day after its newest figure shows the latest figures as of
 * that day, as for any other day.
 */
export function dateSpan(claims: DateRange | null, series: MappedSeries | null): DateRange | null {
  const first = series?.snapshots[0]?.date;
  const last = series?.snapshots.at(-1)?.date;
  if (!first || !last) return claims;
  if (!claims) return { from: first, to: last };
  return {
    from: first < claims.from ? first : claims.from,
    to: last > claims.to ? last : claims.to,
  };
}

/** The snapshot the mapped view shows on `date` (the latest when null). */
export function shownSnapshot(series: MappedSeries, date: string | null): Snapshot | null {
  return snapshotOn(series, date);
}

const claimRegionOfUnit = (code: IsoCode) => CLAIM_REGIONS.find((r) => r.members.includes(code));

/** Feature-state of every unit: its measured share; untouched units plain land. */
export function mappedUnitStates(snapshot: Snapshot | null): Partial<Record<IsoCode, UnitState>> {
  const states: Partial<Record<IsoCode, UnitState>> = {};
  for (const code of ISO_CODES) {
    const share = snapshot?.shares[code]?.[0];
    const claimRegion = !!claimRegionOfUnit(code);
    if (share !== undefined && share > 0) states[code] = { share, claimRegion, uncertain: false };
    else if (claimRegion) states[code] = { claimRegion, share: snapshot ? 0 : null };
  }
  return states;
}

/**
 * The smallest share, in %, as shown (to one decimal), a unit outside the five claim regions is
 * labelled with on the mapped view. Below half a point the figure is smaller than the map's own
 * uncertainty (the gaps to DeepState's published figures, the grey zone it leaves out: about a
 * point, see the README) and would read as "0.1%" on a unit filled almost like plain land; the
 * summary line still names every unit the map touches. Taken on the figure as shown, so a label
 * never disagrees with the summary. On the committed series: Kharkiv (2.6–4.6%), Sumy (up to
 * 0.9%), Mykolaiv's Kinburn spit (0.46%, shown 0.5%) and Dnipropetrovsk on the days it reaches
 * 0.5%.
 */
export const LABEL_MIN_SHARE = 0.5;

/**
 * Labels on the five claim regions: the measured share; and on each unit outside them the map
 * touches with at least `LABEL_MIN_SHARE` % (where the share is large enough to read).
 */
export function mappedLabels(
  series: MappedSeries,
  snapshot: Snapshot | null,
): Partial<Record<LabelId, Label>> {
  const out: Partial<Record<LabelId, Label>> = {};
  for (const code of ISO_CODES) {
    const share = snapshot?.shares[code]?.[0];
    if (!snapshot || claimRegionOfUnit(code) || share === undefined) continue;
    if (Math.round(share * 10) / 10 < LABEL_MIN_SHARE) continue;
    out[code] = {
      value: pct(share),
      description: m.mapped_label_description({
        share: pct(share),
        map: series.map.name,
        date: dateText(snapshot.date),
      }),
      hasValue: true,
    };
  }
  for (const region of CLAIM_REGIONS) {
    const share = snapshot?.shares[region.id]?.[0];
    out[region.id] =
      snapshot && share !== undefined
        ? {
            value: pct(share),
            description: m.mapped_label_description({
              share: pct(share),
              map: series.map.name,
              date: dateText(snapshot.date),
            }),
            hasValue: true,
          }
        : {
            value: m.mapped_label_none(),
            description: m.mapped_label_none_description(),
            hasValue: false,
          };
  }
  return out;
}

/** Legend marks for the mapped view: each claim region's measured share. */
export function mappedLegendMarks(snapshot: Snapshot | null) {
  return CLAIM_REGIONS.flatMap((region) => {
    const share = snapshot?.shares[region.id]?.[0];
    return share === undefined
      ? []
      : [{ name: claimRegionText(region.id), low: share, high: share }];
  });
}

/** The summary line of the mapped view. */
export function mappedSummary(series: MappedSeries, snapshot: Snapshot | null): string {
  if (!snapshot) {
    return m.mapped_summary_none({
      map: series.map.name,
      first: dateText(series.snapshots[0]?.date ?? ''),
    });
  }
  const country = snapshot.shares.UA?.[0] ?? 0;
  const elsewhere = ISO_CODES.filter(
    (code) => !claimRegionOfUnit(code) && (snapshot.shares[code]?.[0] ?? 0) > 0,
  ).map((code) => `${regionText(code)} ${pct(snapshot.shares[code]![0])}`);
  const shown = { share: pct(country), map: series.map.name, date: dateText(snapshot.date) };
  return elsewhere.length
    ? m.mapped_summary_elsewhere({ ...shown, elsewhere: elsewhere.join(', ') })
    : m.mapped_summary(shown);
}

/** A measurement's own citation line: who measured, on which map of which day, how, from what. */
function measuredCitation(series: MappedSeries, snapshot: Snapshot, region: MeasuredId): string {
  return m.mapped_card_citation({
    region: regionText(region),
    map: series.map.name,
    date: dateText(snapshot.date),
    method: series.method,
    input: snapshot.input,
  });
}

/** One row of the claims table's "Computed from a map" group. */
export interface MeasuredRow {
  region: MeasuredId;
  name: string;
  /** The share as a figure ("79.5%"): a measurement, never worded as a quote. */
  share: string;
  /** "21,076 of 26,521 km²". */
  area: string;
  speaker: string;
  source: string;
  date: string;
  citation: string;
}

/** The regions the table gives a measurement for: the five claim regions and the country. */
const TABLE_REGIONS: readonly MeasuredId[] = [...CLAIM_REGIONS.map((region) => region.id), 'UA'];

/**
 * The claims table's "Computed from a map" group: the share of each claim region and of the
 * country on the snapshot in force on `date` (the latest when null), each with its citation.
 */
export function mappedTable(
  series: MappedSeries,
  date: string | null,
): { title: string; rows: MeasuredRow[] } | null {
  const snapshot = shownSnapshot(series, date);
  if (!snapshot) return null;
  const map = series.map.name;
  const day = dateText(snapshot.date);
  return {
    title: m.table_measured_title({ map, date: day }),
    rows: TABLE_REGIONS.map((region) => {
      const [share, area] = snapshot.shares[region] ?? [0, 0];
      return {
        region,
        name: regionText(region),
        share: pct(share),
        area: m.table_measured_area({
          area: numberText(Math.round(area)),
          total: numberText(Math.round(series.regionAreaKm2[region] ?? 0)),
        }),
        speaker: m.measured_by_speaker(),
        source: m.table_measured_source({ map, date: day }),
        date: day,
        citation: measuredCitation(series, snapshot, region),
      };
    }),
  };
}

/** One line for the card: the unit's measured share and its citation. */
export function mappedCardLine(
  series: MappedSeries,
  snapshot: Snapshot | null,
  code: IsoCode,
): { text: string; citation: string } | null {
  if (!snapshot) return null;
  const region = claimRegionOfUnit(code)?.id === 'crimea' ? 'crimea' : code;
  const [share, area] = snapshot.shares[region] ?? [0, 0];
  return {
    text: m.mapped_card_text({
      share: pct(share),
      region: regionText(region),
      area: numberText(Math.round(area)),
      map: series.map.name,
      date: dateText(snapshot.date),
    }),
    citation: measuredCitation(series, snapshot, region),
  };
}

/** What a claim region shows in "claims against the map". */
export interface RegionAgainstMap<C> {
  /** Largest absolute distance of a compared claim, points; null when none was compared. */
  largest: number | null;
  /** Every compared claim with its signed distance and text, grouped by speaker group. */
  groups: { group: string; label: string; items: { claim: C; points: number; text: string }[] }[];
}

interface DatedClaim extends ViewClaim {
  speakerCategory: SpeakerCategory;
}

/** Each claim region's distances of the control claims dated in the period. */
export function againstMap<C extends DatedClaim>(
  claims: readonly C[],
  series: MappedSeries,
  period: DateRange,
): Record<ClaimRegionId, RegionAgainstMap<C>> {
  const out = {} as Record<ClaimRegionId, RegionAgainstMap<C>>;
  const items = new Map<ClaimRegionId, { claim: C; points: number; text: string }[]>(
    CLAIM_REGIONS.map((r) => [r.id, []]),
  );
  for (const claim of claims) {
    const day = periodStart(claim.asOf);
    if (!day || day < period.from || day > period.to) continue;
    const distance = mapDistance(claim, series);
    if (!distance?.compared) continue;
    for (const { id } of claimRegionsOf(claim)) {
      items.get(id)?.push({ claim, points: distance.points, text: distance.text });
    }
  }
  for (const region of CLAIM_REGIONS) {
    const list = items.get(region.id) ?? [];
    out[region.id] = {
      largest: list.length
        ? Math.round(Math.max(...list.map((i) => Math.abs(i.points))) * 10) / 10
        : null,
      groups: SPEAKER_GROUPS.map((group) => ({
        group: group.id,
        label: group.label,
        items: list.filter((i) => groupOf(i.claim.speakerCategory).id === group.id),
      })).filter((g) => g.items.length > 0),
    };
  }
  return out;
}

/** Map side of "claims against the map": units by largest distance, labels, legend. */
export function againstMapSide<C>(regions: Record<ClaimRegionId, RegionAgainstMap<C>>) {
  const unitStates: Partial<Record<IsoCode, { claimRegion: true; spread: number | null }>> = {};
  const labels = {} as Record<ClaimRegionId, Label>;
  for (const region of CLAIM_REGIONS) {
    const { largest } = regions[region.id];
    for (const code of region.members) unitStates[code] = { claimRegion: true, spread: largest };
    labels[region.id] =
      largest === null
        ? {
            value: m.against_label_none(),
            description: m.against_label_none_description(),
            hasValue: false,
          }
        : {
            value: m.against_label_value({ points: fixedText(largest) }),
            description: m.against_label_description({ points: fixedText(largest) }),
            hasValue: true,
          };
  }
  const legend: SpreadLegend = {
    title: m.against_legend_title(),
    stops: spreadStops(11),
    max: SPREAD_MAX,
    ticks: [0, 10, 20, 30, 40, 50].map((value) => ({
      value,
      label: value === SPREAD_MAX ? `${value}+` : String(value),
    })),
    marks: CLAIM_REGIONS.map((region) => {
      const largest = regions[region.id].largest;
      return {
        name: claimRegionText(region.id),
        spread: largest,
        text:
          largest === null
            ? m.against_legend_none()
            : m.against_legend_points({ points: fixedText(largest) }),
      };
    }),
    showOneSource: CLAIM_REGIONS.some((region) => regions[region.id].largest === null),
    greyKey: m.against_legend_grey({ days: MAX_MAP_DAYS }),
  };
  return { mode: 'spread' as const, unitStates, labels, legend };
}

/** Everything the page shows for one of the two views, from the series (null: not loaded). */
export function mappedPage<C extends DatedClaim>(
  viewId: string,
  series: MappedSeries | null,
  date: string | null,
  claims: readonly C[],
  period: DateRange | null,
) {
  if (!series) {
    return {
      mode: 'share' as const,
      unitStates: {},
      labels: {},
      marks: [],
      legend: null,
      against: null,
      snapshot: null,
      summary: m.mapped_summary_loading(),
    };
  }
  if (viewId === AGAINST_MAP_VIEW && period) {
    const against = againstMap(claims, series, period);
    const side = againstMapSide(against);
    return {
      ...side,
      marks: [],
      against,
      snapshot: null,
      summary: m.against_summary({ map: series.map.name, days: MAX_MAP_DAYS }),
    };
  }
  const snapshot = shownSnapshot(series, date);
  return {
    mode: 'share' as const,
    unitStates: mappedUnitStates(snapshot),
    labels: mappedLabels(series, snapshot),
    marks: mappedLegendMarks(snapshot),
    legend: null,
    against: null,
    snapshot,
    summary: mappedSummary(series, snapshot),
  };
}

/** The sources line (under images, in the embed's footer) of the two views. */
export function mappedSourcesLine(series: MappedSeries | null): string {
  const name = series?.map.name ?? 'DeepStateMap';
  const url = series?.map.url ? ` (${series.map.url.replace(/^https?:\/\//, '')})` : '';
  return m.mapped_sources_line({ map: name, url });
}
