/**
 * Disagreement: how far apart the sources' control claims for each region are within a period.
 *
 * - The period is inclusive at both ends: a claim dated `from` or `to` is in it. A claim is
 *   placed at the start of its date's period, as everywhere else (see src/views/time.ts):
 *   "c. 2025" falls in a period only when the period contains 1 January 2025.
 * - A region's claims are its control claims with a share (`claimRegionsOf`: the region
 *   itself, or all of a group that includes it) dated in the period.
 * - The spread is the highest high minus the lowest low of those claims, in percentage points:
 *   Ukraine's governor's 67.2 % of Donetsk against Pushilin's 83–85 % is 85 − 67.2 = 17.8.
 * - A spread needs two speakers. With claims from one speaker only (DeepState relayed by three
 *   outlets, or one speaker twice) it is null, said as "one source only", never 0; 0 means two
 *   or more speakers who agree exactly.
 *
 * Pure: no DOM, no Svelte.
 */
import { CLAIM_REGIONS, type ClaimRegionId, type IsoCode } from '../geo/regions.ts';
import { SPREAD_MAX, spreadStops } from '../map/spread-colour.ts';
import { periodEnd } from './dates.ts';
import { m } from '../i18n/lang.ts';
import { claimRegionText, numberText } from '../i18n/format.ts';
import { datedControlClaims, isIsoDay, addMonths, type DateRange } from './time.ts';
import { claimRegionsOf, compareNewestFirst, speakerShort, type ViewClaim } from './views.ts';

/** The view id of the disagreement map, in the URL as `view=disagreement`. */
export const DISAGREEMENT_VIEW = 'disagreement';

/** Both ends inclusive, "YYYY-MM-DD". */
export type Period = DateRange;

export type SpreadReason = 'spread' | 'one-source' | 'no-claims';

export interface RegionSpread<C extends ViewClaim = ViewClaim> {
  /** Highest high minus lowest low, in percentage points; null with fewer than two speakers. */
  spread: number | null;
  /** The lowest low and highest high, or null when there are no claims. */
  low: number | null;
  high: number | null;
  /** The claims counted, newest first. */
  claims: C[];
  /** How many different speakers made them. */
  speakers: number;
  reason: SpreadReason;
}

export interface Spreads<C extends ViewClaim = ViewClaim> {
  regions: Record<ClaimRegionId, RegionSpread<C>>;
  /** Claims about Ukraine as a whole, for the summary. */
  country: RegionSpread<C>;
}

/** How the reader is told a region's spread: "17.8 points", "one source only", "no claims". */
export function spreadText(value: Pick<RegionSpread, 'spread' | 'reason'>): string {
  if (value.reason === 'no-claims') return m.spread_no_claims();
  if (value.reason === 'one-source' || value.spread === null) return m.spread_one_source();
  const points = Number(value.spread.toFixed(1));
  return m.spread_points({ count: points, points: numberText(points) });
}

function requirePeriod(period: Period): void {
  for (const [end, day] of [
    ['start', period.from],
    ['end', period.to],
  ] as const) {
    if (!isIsoDay(day)) {
      throw new RangeError(`The period's ${end} "${day}" is not a day; write it as YYYY-MM-DD.`);
    }
  }
  if (period.to < period.from) {
    throw new RangeError(`The period ends (${period.to}) before it starts (${period.from}).`);
  }
}

function summarise<C extends ViewClaim>(claims: C[]): RegionSpread<C> {
  const sorted = [...claims].sort(compareNewestFirst);
  const speakers = new Set(sorted.map((claim) => speakerShort(claim.speaker))).size;
  if (sorted.length === 0) {
    return { spread: null, low: null, high: null, claims: [], speakers: 0, reason: 'no-claims' };
  }
  const low = Math.min(...sorted.map((claim) => claim.low as number));
  const high = Math.max(...sorted.map((claim) => claim.high as number));
  // Rounded to 0.01 so that 85 − 67.2 is 17.8, not 17.799999999999997.
  const spread = speakers >= 2 ? Math.round((high - low) * 100) / 100 : null;
  return {
    spread,
    low,
    high,
    claims: sorted,
    speakers,
    reason: spread === null ? 'one-source' : 'spread',
  };
}

/** Each claim region's spread (and Ukraine's) over the control claims dated in the period. */
export function spreadByRegion<C extends ViewClaim>(
  claims: readonly C[],
  period: Period,
): Spreads<C> {
  requirePeriod(period);
  const inPeriod = datedControlClaims(claims).filter((claim) => {
    const day = periodEnd(claim.asOf) as string;
    return day >= period.from && day <= period.to;
  });
  const byRegion = new Map<ClaimRegionId, C[]>(CLAIM_REGIONS.map((region) => [region.id, []]));
  const country: C[] = [];
  for (const claim of inPeriod) {
    if (claim.region === 'UA') country.push(claim as C);
    for (const { id } of claimRegionsOf(claim)) byRegion.get(id)?.push(claim as C);
  }
  const regions = Object.fromEntries(
    CLAIM_REGIONS.map((region) => [region.id, summarise(byRegion.get(region.id) ?? [])]),
  ) as Record<ClaimRegionId, RegionSpread<C>>;
  return { regions, country: summarise(country) };
}

/** The twelve months up to the newest figure: a year of claims, not the whole war. */
export function defaultPeriod(range: DateRange): Period {
  const from = addMonths(range.to, -12);
  return { from: from < range.from ? range.from : from, to: range.to };
}

/** What the map needs of a unit in the disagreement view (MapLibre feature-state). */
export interface SpreadUnitState {
  claimRegion: true;
  /** Percentage points, or null (drawn grey) with fewer than two speakers. */
  spread: number | null;
}

export interface SpreadLegendMark {
  /** Short region name. */
  name: string;
  spread: number | null;
  /** "17.8 points", "one source only". */
  text: string;
}

export interface SpreadLegend {
  title: string;
  /** Colour stops over 0–`max` points, for the gradient. */
  stops: [number, string][];
  max: number;
  /** Ticks under the bar, the top one "50+": wider spreads take its colour. */
  ticks: { value: number; label: string }[];
  marks: SpreadLegendMark[];
  /** Whether any region is grey (fewer than two speakers), so the legend explains grey. */
  showOneSource: boolean;
  /** What grey means, when not "fewer than two sources" (claims against the map). */
  greyKey?: string;
}

export interface DisagreementView<C extends ViewClaim = ViewClaim> extends Spreads<C> {
  id: typeof DISAGREEMENT_VIEW;
  label: string;
  description: string;
  period: Period;
  states: Partial<Record<IsoCode, SpreadUnitState>>;
  legend: SpreadLegend;
}

/**
 * The disagreement map for a period: each region's spread, feature-state for its units, and
 * the legend (a sequential scale over 0–50 points, distinct from the share scale).
 */
export function disagreementView<C extends ViewClaim>(
  claims: readonly C[],
  period: Period,
): DisagreementView<C> {
  const spreads = spreadByRegion(claims, period);
  const states: Partial<Record<IsoCode, SpreadUnitState>> = {};
  for (const region of CLAIM_REGIONS) {
    for (const code of region.members) {
      states[code] = { claimRegion: true, spread: spreads.regions[region.id].spread };
    }
  }
  const marks = CLAIM_REGIONS.map((region) => {
    const value = spreads.regions[region.id];
    return { name: claimRegionText(region.id), spread: value.spread, text: spreadText(value) };
  });
  return {
    id: DISAGREEMENT_VIEW,
    label: m.view_disagreement_label(),
    description: m.view_disagreement_description(),
    period,
    ...spreads,
    states,
    legend: {
      title: m.spread_legend_title(),
      stops: spreadStops(11),
      max: SPREAD_MAX,
      ticks: [0, 10, 20, 30, 40, 50].map((value) => ({
        value,
        label: value === SPREAD_MAX ? `${numberText(value)}+` : numberText(value),
      })),
      marks,
      showOneSource: marks.some((mark) => mark.spread === null),
    },
  };
}
