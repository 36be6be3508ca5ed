/**
 * The region ids a claim may be about: Ukraine's 27 first-level units by ISO 3166-2 code, and
 * four named groups. A small stand-in list kept beside the claims model so that the validator
 * has no other dependency; `src/geo/regions.ts` holds the full reference (names, areas, HASC
 * codes) and a test checks that the two agree.
 */

/** ISO 3166-2:UA codes of the 24 oblasts, Crimea and the two cities with special status. */
export const UNIT_CODES = [
  'UA-05',
  'UA-07',
  'UA-09',
  'UA-12',
  'UA-14',
  'UA-18',
  'UA-21',
  'UA-23',
  'UA-26',
  'UA-30',
  'UA-32',
  'UA-35',
  'UA-40',
  'UA-43',
  'UA-46',
  'UA-48',
  'UA-51',
  'UA-53',
  'UA-56',
  'UA-59',
  'UA-61',
  'UA-63',
  'UA-65',
  'UA-68',
  'UA-71',
  'UA-74',
  'UA-77',
] as const;

export type UnitCode = (typeof UNIT_CODES)[number];

/** English short names of the units a claim in this dataset names. */
export const UNIT_NAMES: Readonly<Record<UnitCode, string>> = {
  'UA-05': 'Vinnytsia',
  'UA-07': 'Volyn',
  'UA-09': 'Luhansk',
  'UA-12': 'Dnipropetrovsk',
  'UA-14': 'Donetsk',
  'UA-18': 'Zhytomyr',
  'UA-21': 'Zakarpattia',
  'UA-23': 'Zaporizhzhia',
  'UA-26': 'Ivano-Frankivsk',
  'UA-30': 'Kyiv',
  'UA-32': 'Kyiv Oblast',
  'UA-35': 'Kirovohrad',
  'UA-40': 'Sevastopol',
  'UA-43': 'Crimea',
  'UA-46': 'Lviv',
  'UA-48': 'Mykolaiv',
  'UA-51': 'Odesa',
  'UA-53': 'Poltava',
  'UA-56': 'Rivne',
  'UA-59': 'Sumy',
  'UA-61': 'Ternopil',
  'UA-63': 'Kharkiv',
  'UA-65': 'Kherson',
  'UA-68': 'Khmelnytskyi',
  'UA-71': 'Cherkasy',
  'UA-74': 'Chernihiv',
  'UA-77': 'Chernivtsi',
};

export type GroupId = 'donbas' | 'crimea' | 'annexed-four' | 'UA';

/** Named groups of units: what a source means by "Donbas", "Crimea", "the four regions". */
export const GROUPS: Readonly<Record<GroupId, { label: string; members: readonly UnitCode[] }>> = {
  donbas: { label: 'Donbas (Donetsk and Luhansk)', members: ['UA-09', 'UA-14'] },
  crimea: { label: 'Crimea and Sevastopol', members: ['UA-40', 'UA-43'] },
  'annexed-four': {
    label: 'Donetsk, Luhansk, Zaporizhzhia and Kherson',
    members: ['UA-09', 'UA-14', 'UA-23', 'UA-65'],
  },
  UA: { label: 'Ukraine', members: UNIT_CODES },
};

export const GROUP_IDS: readonly GroupId[] = ['donbas', 'crimea', 'annexed-four', 'UA'];

/** Every id a claim's `region` may hold. */
export type RegionId = UnitCode | GroupId;

export const REGION_IDS: readonly RegionId[] = [...UNIT_CODES, ...GROUP_IDS];

export function isRegionId(id: unknown): id is RegionId {
  return typeof id === 'string' && (REGION_IDS as readonly string[]).includes(id);
}

/** "Donetsk", "Crimea and Sevastopol", "Ukraine"; the id itself when unknown. */
export function regionLabel(id: string): string {
  if (Object.hasOwn(GROUPS, id)) return GROUPS[id as GroupId].label;
  if (Object.hasOwn(UNIT_NAMES, id)) return UNIT_NAMES[id as UnitCode];
  return id;
}
