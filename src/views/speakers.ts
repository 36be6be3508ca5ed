/**
 * Who speaks, grouped for readers: the dataset's seven speaker categories (see `Speakers` in
 * data/README.md) shown as six groups, each with a label, a shape and a colour, so the legend,
 * the table, the claims chart and the category filter all say the same thing the same way.
 * The two parties to the war stay apart: a Russian official's figure and a Ukrainian
 * governor's are the disagreement the reader came for.
 *
 * Pure: no DOM, no Svelte. Imports only types from the schema, so the app's bundle does not
 * take in the validator.
 */
import type { SpeakerCategory } from '../claims/schema.ts';
import { m } from '../i18n/lang.ts';

/**
 * The speaker categories in display order. The same values as `SPEAKER_CATEGORIES` in
 * src/claims/schema.ts (a test checks it), repeated here so the page need not import zod.
 */
export const CATEGORY_ORDER = [
  'party-ru',
  'party-ua',
  'mapping-project',
  'news-agency',
  'media',
  'analyst',
  'third-party',
] as const satisfies readonly SpeakerCategory[];

/**
 * The speakers whose figures the headline view may show: mapping projects, news agencies and
 * outlets reporting a figure, and analysts. Not the parties to the war (their claims are views
 * of their own), nor third countries' governments.
 */
export const INDEPENDENT_CATEGORIES = [
  'mapping-project',
  'news-agency',
  'media',
  'analyst',
] as const satisfies readonly SpeakerCategory[];

/** The parties to the war, whose figures are always marked as a party's. */
export const PARTY_CATEGORIES = [
  'party-ru',
  'party-ua',
] as const satisfies readonly SpeakerCategory[];

/** Whether a speaker category is a party to the war's. */
export function isParty(category: SpeakerCategory): boolean {
  return (PARTY_CATEGORIES as readonly SpeakerCategory[]).includes(category);
}

export type SpeakerGroupId =
  'party-ru' | 'party-ua' | 'mapping-project' | 'news' | 'analyst' | 'third-party';

export type SymbolShape = 'triangle' | 'triangle-down' | 'circle' | 'square' | 'diamond' | 'cross';

export interface SpeakerGroup {
  id: SpeakerGroupId;
  /** What the legend and the filter say: "Russian side (party to the war)". */
  label: string;
  /** A word or two for tight places: "Russian side". */
  short: string;
  categories: readonly SpeakerCategory[];
  /** Marks are told apart by shape first: the parties are triangles (up Russia, down Ukraine). */
  shape: SymbolShape;
  /**
   * Colour for marks, light and dark theme: Okabe–Ito hues (colour-blind safe), darkened or
   * lightened to at least 3:1 against the page background. Shape carries the same meaning.
   */
  colour: { light: string; dark: string };
}

export const SPEAKER_GROUPS: readonly SpeakerGroup[] = [
  {
    id: 'party-ru',
    get label() {
      return m.speaker_party_ru();
    },
    get short() {
      return m.speaker_party_ru_short();
    },
    categories: ['party-ru'],
    shape: 'triangle',
    colour: { light: '#c24e00', dark: '#ff8f4f' },
  },
  {
    id: 'party-ua',
    get label() {
      return m.speaker_party_ua();
    },
    get short() {
      return m.speaker_party_ua_short();
    },
    categories: ['party-ua'],
    shape: 'triangle-down',
    colour: { light: '#0a64a4', dark: '#6cb8ee' },
  },
  {
    id: 'mapping-project',
    get label() {
      return m.speaker_mapping_project();
    },
    get short() {
      return m.speaker_mapping_project_short();
    },
    categories: ['mapping-project'],
    shape: 'circle',
    colour: { light: '#00785a', dark: '#35c79a' },
  },
  {
    id: 'news',
    get label() {
      return m.speaker_news();
    },
    get short() {
      return m.speaker_news_short();
    },
    categories: ['news-agency', 'media'],
    shape: 'square',
    colour: { light: '#a63d86', dark: '#e394c8' },
  },
  {
    id: 'analyst',
    get label() {
      return m.speaker_analyst();
    },
    get short() {
      return m.speaker_analyst_short();
    },
    categories: ['analyst'],
    shape: 'diamond',
    colour: { light: '#8a6500', dark: '#e8c14a' },
  },
  {
    id: 'third-party',
    get label() {
      return m.speaker_third_party();
    },
    get short() {
      return m.speaker_third_party_short();
    },
    categories: ['third-party'],
    shape: 'cross',
    colour: { light: '#5c5c5c', dark: '#b8b8b8' },
  },
];

const GROUP_BY_CATEGORY = new Map<SpeakerCategory, SpeakerGroup>(
  SPEAKER_GROUPS.flatMap((group) => group.categories.map((category) => [category, group])),
);

/** The group a speaker category is shown in. */
export function groupOf(category: SpeakerCategory): SpeakerGroup {
  const group = GROUP_BY_CATEGORY.get(category);
  if (!group) throw new RangeError(`Unknown speaker category "${category}".`);
  return group;
}

export function isSpeakerCategory(value: string): value is SpeakerCategory {
  return (CATEGORY_ORDER as readonly string[]).includes(value);
}

/**
 * The claims whose speaker is in one of the categories. `null` means no filter (every
 * category); an empty list keeps nothing.
 */
export function filterByCategories<C extends { speakerCategory: SpeakerCategory }>(
  claims: readonly C[],
  categories: readonly SpeakerCategory[] | null,
): C[] {
  if (categories === null) return [...claims];
  const keep = new Set(categories);
  return claims.filter((claim) => keep.has(claim.speakerCategory));
}

/** How many of the claims each group has, every group present (0 when none). */
export function countByGroup(
  claims: readonly { speakerCategory: SpeakerCategory }[],
): Record<SpeakerGroupId, number> {
  const counts = Object.fromEntries(SPEAKER_GROUPS.map((group) => [group.id, 0])) as Record<
    SpeakerGroupId,
    number
  >;
  for (const claim of claims) counts[groupOf(claim.speakerCategory).id] += 1;
  return counts;
}

/**
 * A selection of categories in canonical order, or `null` when it holds them all (no filter),
 * so that "every box ticked" has one spelling in the URL.
 */
export function normaliseCategories(
  categories: readonly SpeakerCategory[] | null,
): SpeakerCategory[] | null {
  if (categories === null) return null;
  const set = new Set(categories);
  const ordered = CATEGORY_ORDER.filter((category) => set.has(category));
  return ordered.length === CATEGORY_ORDER.length ? null : ordered;
}

/** CSS custom properties `--speaker-<group>` with `light-dark()` colours, for a style attribute. */
export function speakerColourVars(): string {
  return SPEAKER_GROUPS.map(
    (group) => `--speaker-${group.id}: light-dark(${group.colour.light}, ${group.colour.dark})`,
  ).join('; ');
}

/**
 * An SVG path for a mark's shape, centred on 0,0, of roughly equal area for every shape at the
 * same `size` (the radius of the circle).
 */
export function symbolPath(shape: SymbolShape, size: number): string {
  const r = size;
  const f = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case 'circle':
      return `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`;
    case 'square': {
      const h = r * 0.886; // half-side of a square with the circle's area
      return `M${f(-h)},${f(-h)}H${f(h)}V${f(h)}H${f(-h)}Z`;
    }
    case 'diamond': {
      const d = r * 1.253;
      return `M0,${f(-d)}L${f(d)},0L0,${f(d)}L${f(-d)},0Z`;
    }
    case 'triangle':
    case 'triangle-down': {
      // An equilateral triangle with the circle's area, centred on its centroid.
      const side = r * 2.694;
      const height = (side * Math.sqrt(3)) / 2;
      const s = shape === 'triangle' ? 1 : -1;
      const tip = (-2 * height * s) / 3;
      const base = (height * s) / 3;
      return `M0,${f(tip)}L${f(side / 2)},${f(base)}L${f(-side / 2)},${f(base)}Z`;
    }
    case 'cross': {
      const a = r * 1.2;
      const b = r * 0.4;
      return (
        `M${f(-b)},${f(-a)}H${f(b)}V${f(-b)}H${f(a)}V${f(b)}H${f(b)}V${f(a)}` +
        `H${f(-b)}V${f(b)}H${f(-a)}V${f(-b)}H${f(-b)}Z`
      );
    }
  }
}
