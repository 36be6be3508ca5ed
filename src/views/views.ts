/**
 * Views: what the map shows at one time. A view is one source's control claims, or a
 * combination a reader needs ("latest figure per region", "Moscow's claimed territory"),
 * in which every value still carries its own claim and so its own citation.
 * Pure: no DOM, no Svelte.
 */
import {
  CLAIM_REGIONS,
  claimRegionFilledBy,
  groupMembers,
  type ClaimRegionId,
  type IsoCode,
  type RegionOrGroupId,
} from '../geo/regions.ts';
import type { SpeakerCategory } from '../claims/schema.ts';
import { intervalMidpoint, isUncertain } from '../map/colour.ts';
import type { UnitState } from '../map/style.ts';
import { compareDates } from './dates.ts';
import { m } from '../i18n/lang.ts';
import { sourceNameText } from '../i18n/format.ts';
import { INDEPENDENT_CATEGORIES } from './speakers.ts';

/** The fields of an exported claim that views need (see src/claims/export.ts). */
export interface ViewClaim {
  id: string;
  region: RegionOrGroupId;
  kind: 'control' | 'claim' | 'demand' | 'position';
  low: number | null;
  high: number | null;
  wording: string;
  speaker: string;
  speakerCategory: SpeakerCategory;
  asOf: string;
  source: {
    id: string;
    /** The source as readers see it named (see `sourceName` in src/claims/export.ts). */
    name: string;
    outlet: string | null;
    relays: string[];
    date: string;
    dateInferred: boolean;
    /** The date for readers: "21 Oct 2025", "c. 9 Nov 2025". */
    dateLabel: string;
    /** How the date is known (the export's; the page words it in its language). */
    datePrecision?: 'year' | 'month' | 'day';
    dateQualifier?: 'on-or-after' | 'approx' | null;
    language: string;
    document: string | null;
  };
}

/** A claim with a share, placed on one of the five claim regions. */
export interface ViewValue<C extends ViewClaim = ViewClaim> {
  claim: C;
  low: number;
  high: number;
  /** The claim is about a group (Donbas, the annexed four) that includes this region. */
  viaGroup: boolean;
}

export type ViewKind = 'source' | 'latest' | 'moscow-claim' | 'disagreement' | 'mapped';

export interface View<C extends ViewClaim = ViewClaim> {
  id: string;
  kind: ViewKind;
  /** Short name for the picker: who, via whom, when. */
  label: string;
  /** One sentence saying what the view shows. */
  description: string;
  /** Values per claim region; a region missing here is one the view says nothing about. */
  values: Partial<Record<ClaimRegionId, ViewValue<C>>>;
  /** The whole-country figure, when the view has one. */
  country: ViewValue<C> | null;
  /** The latest date among the view's claims, for ordering. */
  date: string;
}

export const LATEST_VIEW = 'latest';
export const MOSCOW_CLAIM_VIEW = 'moscow-claim';

/**
 * The views of each region's newest figure, by who speaks: the headline view (independent
 * sources only: a party's figure is never passed off as one), then each party's own, one
 * choice away. The time control rebuilds each as of its date (see state.svelte.ts).
 */
export const LATEST_VIEWS: readonly {
  id: string;
  /** In the interface's language, read when a view is built (the messages' getters). */
  readonly label: string;
  readonly description: string;
  categories: readonly SpeakerCategory[];
}[] = [
  {
    id: LATEST_VIEW,
    get label() {
      return m.view_latest_label();
    },
    get description() {
      return m.view_latest_description();
    },
    categories: INDEPENDENT_CATEGORIES,
  },
  {
    id: 'latest-russian-side',
    get label() {
      return m.view_latest_ru_label();
    },
    get description() {
      return m.view_latest_ru_description();
    },
    categories: ['party-ru'],
  },
  {
    id: 'latest-ukrainian-side',
    get label() {
      return m.view_latest_ua_label();
    },
    get description() {
      return m.view_latest_ua_description();
    },
    categories: ['party-ua'],
  },
];

/** The claims a latest-figure view draws on. */
export function latestViewClaims<C extends ViewClaim>(
  claims: readonly C[],
  spec: (typeof LATEST_VIEWS)[number],
): C[] {
  return claims.filter((claim) => spec.categories.includes(claim.speakerCategory));
}

/** A claim that gives a share (`low` and `high` both set). */
export type Figured<C extends ViewClaim> = C & { low: number; high: number };

/** Whether the claim gives a share. */
export function hasShare<C extends ViewClaim>(claim: C): claim is Figured<C> {
  return claim.low !== null && claim.high !== null;
}

/**
 * The claim region a claim's share applies to, and whether through a group. A claim about a
 * group (Donbas) gives each member's share only when it covers all of the group (100 %): "all
 * of Donbas" means all of Donetsk, but "90 % of Donbas" says nothing exact about Donetsk.
 */
export function claimRegionsOf(claim: ViewClaim): { id: ClaimRegionId; viaGroup: boolean }[] {
  if (!hasShare(claim)) return [];
  const direct = claimRegionFilledBy(claim.region);
  if (direct) return [{ id: direct.id, viaGroup: false }];
  if (claim.region === 'UA' || claim.low < 100) return [];
  const members = new Set<IsoCode>(groupMembers(claim.region));
  return CLAIM_REGIONS.filter((region) => region.members.every((code) => members.has(code))).map(
    (region) => ({ id: region.id, viaGroup: true }),
  );
}

/**
 * Newest first by the date the claim describes, then by publication date; on a tie, a quote in
 * English (the page's language) first, then by id so the order never depends on file order.
 */
export function compareNewestFirst(a: ViewClaim, b: ViewClaim): number {
  return (
    compareDates(b.asOf, a.asOf) ||
    compareDates(b.source.date, a.source.date) ||
    Number(b.source.language === 'en') - Number(a.source.language === 'en') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** A speaker's name without its parenthetical role: "Denis Pushilin (Russian-installed …)". */
export function speakerShort(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim() || name;
}

/**
 * Who speaks, via whom: "DeepState, via Online.ua", "Russian General Staff, via Metroreport.news";
 * an outlet's own reporting is the source's name alone ("Washington Post", "Unnamed outlet,
 * relaying Reuters and RIA Novosti, on or after 9 Nov 2025"). Several speakers in one source
 * are joined with "and"; the outlet itself is left out of them when others speak too.
 */
export function sourceLabel(claim: ViewClaim, speakers: string[] = [claim.speaker]): string {
  const { source } = claim;
  const own = (name: string) =>
    source.outlet === null ? name.startsWith('Unnamed outlet') : name === source.outlet;
  const names = [...new Set(speakers.map(speakerShort))];
  const others = names.filter((name) => !own(name));
  const name = sourceNameText(source);
  return others.length === 0 ? name : m.source_via({ who: others.join(m.names_and()), via: name });
}

/**
 * For each claim region and for Ukraine as a whole, the newest of the claims with a share
 * (`compareNewestFirst`); a claim about the region itself beats a newer one about a group that
 * includes it. `place` turns each chosen value into what the view holds (the time views add
 * its age), and is called only for the values kept.
 */
export function collect<C extends ViewClaim, V extends ViewValue<C> = ViewValue<C>>(
  claims: readonly C[],
  place: (value: ViewValue<C>) => V = (value) => value as V,
): { values: Partial<Record<ClaimRegionId, V>>; country: V | null } {
  const values: Partial<Record<ClaimRegionId, V>> = {};
  let country: V | null = null;
  for (const claim of [...claims].sort(compareNewestFirst)) {
    if (!hasShare(claim)) continue;
    if (claim.region === 'UA') {
      country ??= place({ claim, low: claim.low, high: claim.high, viaGroup: false });
      continue;
    }
    for (const { id, viaGroup } of claimRegionsOf(claim)) {
      const existing = values[id];
      // A claim about the region itself beats one about a group that includes it.
      if (!existing || (existing.viaGroup && !viaGroup)) {
        values[id] = place({ claim, low: claim.low, high: claim.high, viaGroup });
      }
    }
  }
  return { values, country };
}

function latestDate(claims: ViewClaim[]): string {
  return (
    claims
      .map((claim) => claim.asOf)
      .sort(compareDates)
      .at(-1) ?? ''
  );
}

/**
 * Builds the views: the latest-figure views (independent, then each party's) and Moscow's
 * claim first, then one per source that has a control share for a claim region or the whole
 * country, newest first.
 */
export function buildViews<C extends ViewClaim>(claims: C[]): View<C>[] {
  const control = claims.filter((claim) => claim.kind === 'control' && hasShare(claim));
  const annexation = claims.filter((claim) => claim.kind === 'claim' && hasShare(claim));

  const latest: View<C>[] = LATEST_VIEWS.map((spec) => {
    const chosen = latestViewClaims(control, spec);
    return {
      id: spec.id,
      kind: 'latest',
      label: spec.label,
      description: spec.description,
      ...collect(chosen),
      date: latestDate(chosen),
    };
  });
  const moscow: View<C> = {
    id: MOSCOW_CLAIM_VIEW,
    kind: 'moscow-claim',
    label: m.view_moscow_label(),
    description: m.view_moscow_description(),
    ...collect(annexation),
    date: latestDate(annexation),
  };

  const bySource = new Map<string, C[]>();
  for (const claim of control) {
    const list = bySource.get(claim.source.id) ?? [];
    list.push(claim);
    bySource.set(claim.source.id, list);
  }
  const sourceViews: View<C>[] = [];
  for (const [sourceId, list] of bySource) {
    const collected = collect(list);
    if (Object.keys(collected.values).length === 0 && !collected.country) continue;
    const shown = [
      ...Object.values(collected.values).map((value) => value.claim),
      ...(collected.country ? [collected.country.claim] : []),
    ].sort(compareNewestFirst);
    const label = sourceLabel(
      shown[0] as C,
      shown.map((claim) => claim.speaker),
    );
    sourceViews.push({
      id: sourceId,
      kind: 'source',
      label,
      description: m.view_source_description({ label }),
      ...collected,
      date: latestDate(list),
    });
  }
  sourceViews.sort((a, b) => compareDates(b.date, a.date) || (a.id < b.id ? -1 : 1));
  return [...latest, moscow, ...sourceViews];
}

/** Every claim about a unit (directly or through a group that includes it), newest first. */
export function claimsAbout<C extends ViewClaim>(claims: C[], code: IsoCode): C[] {
  return claims
    .filter((claim) => claim.region !== 'UA' && groupMembers(claim.region).includes(code))
    .sort(compareNewestFirst);
}

/** The view a claim is shown in: its source's view for control, Moscow's for an annexation claim. */
export function viewIdOfClaim(claim: ViewClaim): string | null {
  if (!hasShare(claim)) return null;
  if (claim.kind === 'control') return claim.source.id;
  if (claim.kind === 'claim') return MOSCOW_CLAIM_VIEW;
  return null;
}

/**
 * Feature-state for every unit of the five claim regions: the share to colour it by (the
 * middle of the interval, or null for no figure) and whether the share is uncertain.
 */
export function unitStates(view: View): Partial<Record<IsoCode, UnitState>> {
  const states: Partial<Record<IsoCode, UnitState>> = {};
  for (const region of CLAIM_REGIONS) {
    const value = view.values[region.id];
    for (const code of region.members) {
      states[code] = value
        ? {
            claimRegion: true,
            share: intervalMidpoint(value.low, value.high),
            uncertain: isUncertain(value.low, value.high),
          }
        : { claimRegion: true, share: null, uncertain: false };
    }
  }
  return states;
}
