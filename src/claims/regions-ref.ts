/**
 * The region ids a claim may be about, as the claims model names them: Ukraine's 27 first-level
 * units by ISO 3166-2 code and four named groups. A thin view of `src/geo/regions.ts`, which
 * holds the one list (names, areas, groups).
 */
import {
  GROUPS as GEO_GROUPS,
  ISO_CODES,
  isRegionOrGroup,
  REGION_BY_CODE,
  regionName,
  type GroupId,
  type IsoCode,
  type RegionOrGroupId,
} from '../geo/regions.ts';

export type { GroupId };

/** ISO 3166-2:UA codes of the 24 oblasts, Crimea and the two cities with special status. */
export const UNIT_CODES: readonly IsoCode[] = ISO_CODES;
export type UnitCode = IsoCode;

/** English short names of the units. */
export const UNIT_NAMES: Readonly<Record<UnitCode, string>> = Object.fromEntries(
  ISO_CODES.map((code) => [code, REGION_BY_CODE[code].name]),
) as Record<UnitCode, string>;

/** Named groups of units: what a source means by "Donbas", "Crimea", "the four regions". */
export const GROUPS: Readonly<Record<GroupId, { label: string; members: readonly UnitCode[] }>> =
  GEO_GROUPS;

export const GROUP_IDS: readonly GroupId[] = ['donbas', 'crimea', 'annexed-four', 'UA'];

/** Every id a claim's `region` may hold. */
export type RegionId = RegionOrGroupId;

export const REGION_IDS: readonly RegionId[] = [...UNIT_CODES, ...GROUP_IDS];

export function isRegionId(id: unknown): id is RegionId {
  return isRegionOrGroup(id);
}

/** "Donetsk", "Crimea and Sevastopol", "Ukraine"; the id itself when unknown. */
export function regionLabel(id: string): string {
  return isRegionOrGroup(id) ? regionName(id) : id;
}
