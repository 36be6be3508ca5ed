/**
 * What the page says about a view, besides the map (that is `mapPicture`): its summary, the
 * claims it counts and the sources line naming them, the legend it takes, the period it is read
 * over, the tab's title, the images' subtitle, and the card's extra parts. One function of a
 * view and the page's state, so that the App, the embed's footer, the image downloads and the
 * prerendered social card ask the view, never its kind.
 *
 * Pure: no DOM, no Svelte state.
 */
import { CLAIM_REGIONS, claimRegionOf, type ClaimRegionId, type IsoCode } from '../geo/regions.ts';
import { m } from '../i18n/lang.ts';
import { dateText, regionText } from '../i18n/format.ts';
import {
  AGAINST_MAP_VIEW,
  mappedCardLine,
  mappedPage,
  mappedSourcesLine,
  type RegionAgainstMap,
} from '../mapped/view.ts';
import type { MappedSeries, Snapshot } from '../mapped/series.ts';
import type { Period, RegionSpread, SpreadLegend } from '../views/disagreement.ts';
import { sourceLabel, type View } from '../views/views.ts';
import type { PictureContext } from './map-picture.ts';
import { claimDate } from './present.ts';
import type { DatasetClaim } from './types.ts';
import {
  datedLabel,
  legendMarks,
  partyNote,
  sourcesOf,
  viewClaims,
  viewDate,
} from './view-model.ts';

/** The summary's sentence after the view's name. */
export type ViewSummary =
  /** A sentence of its own (the disagreement view, a view without a country figure). */
  | { kind: 'text'; text: string }
  /** The measured views' sentence (marked for tests: it changes with the series). */
  | { kind: 'mapped'; text: string }
  /** The whole-country figure, quoted in its wording, with its source and date. */
  | {
      kind: 'country';
      /** "The source says Russia controls" / "…claims". */
      before: string;
      claim: DatasetClaim;
      after: string;
      /** Who said it (null in a source's own view: its name is the view's) and when. */
      source: string | null;
      date: string;
    };

/** The legend under the map: the share scale, the measured shares, or a spread scale. */
export type ViewLegend =
  | { kind: 'shares'; marks: LegendMark[]; showNoData: boolean }
  | { kind: 'mapped'; marks: LegendMark[]; title: string }
  | { kind: 'spread'; legend: SpreadLegend; period: string };

export interface LegendMark {
  name: string;
  low: number;
  high: number;
}

export interface ViewPage {
  summary: ViewSummary;
  /** "RU: a figure from the Russian side…", or empty. */
  partyNote: string;
  /** Every claim the view counts: its figures, or the period's claims in a period view. */
  claims: DatasetClaim[];
  /** Who the figures shown come from (under the map on paper, in images, the embed's footer). */
  sources: string;
  /** The period the view is read over (disagreement, claims against the map), or null. */
  period: Period | null;
  /** That period for readers ("10 Mar 2025 to 10 Mar 2026"), or empty. */
  periodText: string;
  legend: ViewLegend;
  /** The view as the tab's title names it (with its date or period). */
  title: string;
  /** The images' subtitle: the view and its date or period. */
  subtitle: string;
  /** Whether choosing a date keeps the view (it follows the date) or goes to the latest. */
  followsDate: boolean;
  /** Per region: the disagreement view's spread, for the card. */
  spreads: Record<ClaimRegionId, RegionSpread<DatasetClaim>> | null;
  /** Per region: the claims against the map, for the card. */
  against: Record<ClaimRegionId, RegionAgainstMap<DatasetClaim>> | null;
  /** The measured snapshot shown (the mapped view), for the card's line. */
  snapshot: Snapshot | null;
  /** The measured series the snapshot is from. */
  series: MappedSeries | null;
}

/** What the card shows besides the claims, for one unit in this view. */
export interface CardExtras {
  spread: RegionSpread<DatasetClaim> | null;
  measured: { text: string; citation: string } | null;
  against: RegionAgainstMap<DatasetClaim> | null;
}

function periodText(period: Period): string {
  return m.period_text({ from: dateText(period.from), to: dateText(period.to) });
}

/** The whole-country sentence, or the view's description when it has no country figure. */
function summaryOf(view: View<DatasetClaim>): ViewSummary {
  if (!view.country) {
    return { kind: 'text', text: `${view.description} ${m.summary_no_country()}` };
  }
  const claim = view.country.claim;
  return {
    kind: 'country',
    before:
      claim.kind === 'claim'
        ? m.summary_country_claims_before()
        : m.summary_country_controls_before(),
    claim,
    after: m.summary_country_after(),
    source: view.kind === 'source' ? null : sourceLabel(claim),
    date: claimDate(claim),
  };
}

/** Each source once, after the map's own line when the view is measured on a map. */
function joinSources(...parts: string[]): string {
  return parts.filter((part) => part !== '').join('; ');
}

/** What the page shows for `view`, given the page's state. */
export function viewPage(view: View<DatasetClaim>, context: PictureContext): ViewPage {
  const spread = context.disagreement;
  const base = {
    partyNote: '',
    spreads: null,
    against: null,
    snapshot: null,
    series: context.mapped,
    followsDate: false,
  };
  if (view.kind === 'mapped') {
    const period = spread?.period ?? null;
    const shown = mappedPage(view.id, context.mapped, context.date, context.shownClaims, period);
    const against = view.id === AGAINST_MAP_VIEW;
    const claims = against && spread ? Object.values(spread.regions).flatMap((r) => r.claims) : [];
    const text = against && period ? periodText(period) : '';
    return {
      ...base,
      summary: { kind: 'mapped', text: shown.summary },
      claims,
      sources: joinSources(mappedSourcesLine(context.mapped), sourcesOf(claims)),
      period: against ? period : null,
      periodText: text,
      legend: shown.legend
        ? { kind: 'spread', legend: shown.legend, period: text }
        : { kind: 'mapped', marks: shown.marks, title: m.legend_mapped_title() },
      title: view.label,
      // The map's day (its snapshot's), or the period the claims against it are dated in.
      subtitle: shown.legend
        ? `${view.label}, ${text}`
        : shown.snapshot
          ? `${view.label}, ${dateText(shown.snapshot.date)}`
          : view.label,
      followsDate: true,
      against: shown.against,
      snapshot: shown.snapshot,
    };
  }
  if (view.kind === 'disagreement' && spread) {
    const claims = Object.values(spread.regions).flatMap((region) => region.claims);
    const text = periodText(spread.period);
    return {
      ...base,
      summary: { kind: 'text', text: m.summary_disagreement({ period: text }) },
      claims,
      sources: sourcesOf(claims),
      period: spread.period,
      periodText: text,
      legend: { kind: 'spread', legend: spread.legend, period: text },
      title: `${view.label}, ${text}`,
      subtitle: `${view.label}, ${text}`,
      spreads: spread.regions,
    };
  }
  const claims = viewClaims(view);
  const marks = view.kind === 'disagreement' ? [] : legendMarks(view);
  const date = viewDate(view);
  return {
    ...base,
    summary: summaryOf(view),
    partyNote: partyNote(view),
    claims,
    sources: sourcesOf(claims),
    period: null,
    periodText: '',
    legend: { kind: 'shares', marks, showNoData: marks.length < CLAIM_REGIONS.length },
    title: view.kind === 'source' ? datedLabel(view.label, date) : view.label,
    subtitle: `${view.label}, ${date}`,
    followsDate: view.kind === 'latest',
  };
}

/** The tab's title: the region chosen, if any, and the view with its date or period. */
export function documentTitle(page: ViewPage, region: IsoCode | null): string {
  return m.document_title({ view: `${region ? `${regionText(region)}: ` : ''}${page.title}` });
}

/** What the card shows for `code` in this view besides the claims about it. */
export function cardExtras(page: ViewPage, code: IsoCode): CardExtras {
  const region = claimRegionOf(code);
  return {
    spread: region && page.spreads ? page.spreads[region.id] : null,
    measured:
      page.snapshot && page.series ? mappedCardLine(page.series, page.snapshot, code) : null,
    against: region && page.against ? page.against[region.id] : null,
  };
}
