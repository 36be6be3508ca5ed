/**
 * What the page shows for a view, worked out without the DOM: the five labels, the legend's
 * marks, the view's date, and the sources line under the map and in images.
 */
import { isolate } from '../claims/plain-text.ts';
import { CLAIM_REGIONS, type ClaimRegionId } from '../geo/regions.ts';
import { spreadText, type DisagreementView } from '../views/disagreement.ts';
import { isParty } from '../views/speakers.ts';
import { staleAgeText } from '../views/time.ts';
import { sourceLabel, type View, type ViewClaim } from '../views/views.ts';
import { shortValue, valueDescription } from './present.ts';
import type { DatasetClaim } from './types.ts';
import { m } from '../i18n/lang.ts';
import {
  claimRegionText,
  dateText,
  numberText,
  shareText,
  sourceDateText,
} from '../i18n/format.ts';

/** The mark a party to the war's figure carries on the map: "RU" or "UA". */
/** A claim region's label on the map. */
export interface RegionLabel {
  /** Short value: "almost all", "~80%", "78.1%", or "no figure". */
  value: string;
  /** Full sentence for screen readers. */
  description: string;
  hasValue: boolean;
  /** The figure is much older than the chosen date: drawn faded, and said so. */
  stale?: boolean;
}

export const PARTY_MARKS: Readonly<Record<'party-ru' | 'party-ua', string>> = {
  'party-ru': 'RU',
  'party-ua': 'UA',
};

/** A view's name with its date, unless the name already ends with it (an unnamed outlet's). */
export function datedLabel(label: string, date: string): string {
  return label.endsWith(date) ? label : `${label}, ${date}`;
}

/** The party mark of a claim's speaker, or null for any other speaker. */
export function partyMark(claim: Pick<ViewClaim, 'speakerCategory'>): string | null {
  const category = claim.speakerCategory;
  return category === 'party-ru' || category === 'party-ua' ? PARTY_MARKS[category] : null;
}

/**
 * What the summary says when parties to the war speak in a view: "RU: a claim by the Russian
 * side, a party to the war." for each party whose figure is on the map; empty otherwise.
 */
export function partyNote(view: View): string {
  const parties = new Set(
    viewClaims(view)
      .filter((claim) => isParty(claim.speakerCategory))
      .map((claim) => claim.speakerCategory),
  );
  return (['party-ru', 'party-ua'] as const)
    .filter((category) => parties.has(category))
    .map((category) =>
      category === 'party-ru'
        ? m.party_note_ru({ mark: PARTY_MARKS[category] })
        : m.party_note_ua({ mark: PARTY_MARKS[category] }),
    )
    .join(' ');
}

export function regionLabels(view: View<DatasetClaim>): Record<ClaimRegionId, RegionLabel> {
  const out = {} as Record<ClaimRegionId, RegionLabel>;
  for (const region of CLAIM_REGIONS) {
    const value = view.values[region.id];
    const stale = !!value && 'stale' in value && value.stale === true;
    const mark = value ? partyMark(value.claim) : null;
    out[region.id] = value
      ? {
          value: mark ? `${shortValue(value.claim)} ${mark}` : shortValue(value.claim),
          description:
            valueDescription(value.claim) +
            (mark
              ? value.claim.speakerCategory === 'party-ru'
                ? m.label_party_claim_ru()
                : m.label_party_claim_ua()
              : '') +
            (stale ? m.label_stale({ date: dateText(value.claim.asOf), age: staleAgeText() }) : ''),
          hasValue: true,
          stale,
        }
      : { value: m.no_figure(), description: m.label_no_figure(), hasValue: false };
  }
  return out;
}

/** Labels for the disagreement view: how far apart the sources are in each region. */
export function spreadLabels(view: DisagreementView): Record<ClaimRegionId, RegionLabel> {
  const out = {} as Record<ClaimRegionId, RegionLabel>;
  for (const region of CLAIM_REGIONS) {
    const value = view.regions[region.id];
    const points = value.spread === null ? null : Number(value.spread.toFixed(1));
    out[region.id] = {
      value:
        points === null
          ? value.reason === 'no-claims'
            ? m.spread_label_no_claims()
            : m.spread_label_one_source()
          : m.spread_label_points({ points: numberText(points) }),
      description:
        points === null
          ? spreadText(value)
          : m.spread_label_description({
              spread: spreadText(value),
              interval: shareText(value.low, value.high),
              speakers: value.speakers,
            }),
      hasValue: points !== null,
    };
  }
  return out;
}

export function legendMarks(view: View): { name: string; low: number; high: number }[] {
  return CLAIM_REGIONS.flatMap((region) => {
    const value = view.values[region.id];
    return value ? [{ name: claimRegionText(region.id), low: value.low, high: value.high }] : [];
  });
}

/** Every claim a view shows: its region values and its whole-country figure. */
export function viewClaims<C extends ViewClaim>(view: View<C>): C[] {
  const claims = Object.values(view.values).map((value) => value.claim);
  if (view.country) claims.push(view.country.claim);
  return claims;
}

/** The date readers see for a view: its newest claim's, as the source gives it. */
export function viewDate(view: View): string {
  const newest = viewClaims(view).sort((a, b) =>
    a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0,
  )[0];
  return newest ? sourceDateText(newest.source) : '';
}

/**
 * "Unnamed outlet, relaying Reuters and RIA Novosti, on or after 9 Nov 2025; DeepState, via
 * Online.ua (2 Jan 2026)": each source once, with its date (already in an unnamed outlet's name).
 */
export function sourcesLine(view: View): string {
  return sourcesOf(viewClaims(view));
}

/** The same for any claims (the disagreement view's, over its period): each source once. */
export function sourcesOf(claims: readonly ViewClaim[]): string {
  const seen = new Map<string, string>();
  for (const claim of claims) {
    const key = claim.source.id;
    if (seen.has(key)) continue;
    // Isolated (when it holds right-to-left text): a label cannot move its date or the next.
    // An unnamed outlet's name already ends with its date.
    const label = sourceLabel(claim);
    const date = sourceDateText(claim.source);
    seen.set(key, label.endsWith(date) ? isolate(label) : `${isolate(label)} (${date})`);
  }
  return [...seen.values()].join('; ');
}
