/**
 * Finds the places an article names, in their usual spellings and transliterations, and
 * says which region or group each one is: "Donetsk", "the Donetsk region", "Donetsk
 * Oblast", "Lugansk", "Zaporozhye", "the Crimean peninsula", "Donbass", "Ukraine's
 * territory", "the country", "the four regions". Pure: no DOM, no Node APIs.
 *
 * Mentions that are not the territory itself are dropped: "Donetsk People's Republic",
 * "Donetsk residents", "Zaporizhzhia nuclear power plant", "Kherson city", "Ukraine's
 * economy". Words that point back to a place named earlier ("the region", "the oblast",
 * "the territory", "the peninsula") are returned as anaphors for the extractor to resolve.
 */
import type { RegionOrGroupId } from '../geo/regions.ts';

export type Anaphor = 'region' | 'territory' | 'peninsula';

export interface Mention {
  start: number;
  end: number;
  /** The region or group; null for an anaphor still to be resolved. */
  id: RegionOrGroupId | null;
  anaphor?: Anaphor;
  /** "in eastern Ukraine", "in the country's south": a location, not a share's whole. */
  locative: boolean;
  /**
   * Named but not as territory ("the Zaporizhzhia oblast military administration"): never
   * a figure's region, but what a later "the region" or "the oblast" points back to.
   */
  antecedentOnly?: boolean;
}

/** Spellings of each region, as regular-expression alternatives (capitalised names). */
const NAMES: readonly [string, RegionOrGroupId][] = [
  ['Autonomous Republic of Crimea', 'UA-43'],
  ['Crimean [Pp]eninsula', 'crimea'],
  ['Crimean [Rr]egion', 'crimea'],
  ['Crimea|Krym|Crimée|Krim', 'crimea'],
  ['Sevastopol|Sebastopol', 'UA-40'],
  ['Donbass?|Donbas', 'donbas'],
  ['Donetsk|Donetska|Donezk|Donieck|Donetskaya', 'UA-14'],
  ['Luhansk|Lugansk|Luhanska|Ługańsk|Luhanskaya|Luganskaya', 'UA-09'],
  ['Kherson|Khersonska|Cherson|Chersoń|Khersonskaya', 'UA-65'],
  [
    'Zaporizhzhia|Zaporizhzhya|Zaporizhzhe|Zaporizhia|Zaporizhya|Zaporozhye|Zaporozhie|Zaporozhia|Zaporozhe|Zaporozhzhia|Zaporizka|Zaporoże|Saporischschja|Zaporijia',
    'UA-23',
  ],
  ['Kharkiv|Kharkov', 'UA-63'],
  ['Mykolaiv|Mykolayiv|Nikolaev|Nikolayev', 'UA-48'],
  ['Dnipropetrovsk|Dnepropetrovsk', 'UA-12'],
  ['Sumy', 'UA-59'],
  ['Chernihiv|Chernigov', 'UA-74'],
  ['Odesa|Odessa', 'UA-51'],
  ['Poltava', 'UA-53'],
  ['Kirovohrad|Kropyvnytskyi', 'UA-35'],
  ['Zhytomyr|Zhitomir', 'UA-18'],
  ['Vinnytsia|Vinnitsa', 'UA-05'],
  ['Cherkasy', 'UA-71'],
  ['Lviv|Lvov', 'UA-46'],
  ['Volyn', 'UA-07'],
  ['Rivne', 'UA-56'],
  ['Ternopil', 'UA-61'],
  ['Khmelnytskyi', 'UA-68'],
  ['Chernivtsi', 'UA-77'],
  ['Zakarpattia|Transcarpathia', 'UA-21'],
  ['Ivano-Frankivsk', 'UA-26'],
  ['Ukraine', 'UA'],
];

/** Kyiv is also the capital and the government: only "Kyiv Oblast/region" is the region. */
const KYIV_OBLAST = /\b(?:Kyiv|Kiev)\s+(?:[Oo]blast|[Rr]egion|[Pp]rovince)\b/g;

const SUFFIX = String.raw`(?:\s+(?:[Oo]blasts?|[Rr]egions?|[Pp]rovinces?))?`;
const POSSESSIVE = String.raw`['’]s`;
/** What a possessive may own and still be the territory: "Ukraine's (entire) territory". */
const TERRITORY_NOUN = String.raw`(?:(?:entire|whole|total|overall|internationally recognised|internationally recognized)\s+)?(?:territory|territories|land|lands|area|soil|surface)\b`;

/** Words after a name that make it something other than the territory. */
const NOT_TERRITORY =
  /^\s*(?:People['’]s|[Pp]eople\b|[Rr]esidents?\b|[Pp]opulation\b|[Vv]oters?\b|[Cc]ity\b|[Aa]irport\b|[Nn]uclear\b|[Pp]ower\b|NPP\b|[Gg]overnor\b|[Aa]dministration\b|[Aa]uthorities\b|[Dd]irection\b|[Ff]ront\b|[Aa]xis\b|[Ss]ector\b|[Pp]ort\b|[Bb]ridge\b|[Cc]ourt\b|[Ff]ootball\b|[Ss]hakhtar\b|[Ff]orces\b|[Tt]roops\b|[Aa]rmy\b|[Mm]ilitary\b|[Gg]overnment\b|[Ww]ar\b|[Cc]onflict\b|[Cc]risis\b|[Ii]ssue\b|[Pp]eace\b|[Tt]alks\b)/;

const ANAPHORS: readonly [RegExp, Anaphor | 'country' | 'four'][] = [
  [/\bthe\s+(?:region|oblast|province)['’]s\s+territory\b/gi, 'region'],
  [
    /\b(?:the|this|that)\s+(?:(?:entire|whole)\s+)?(?:region|oblast|province)\b(?!\s+of\b)(?!['’]s)/gi,
    'region',
  ],
  [
    /\bthe\s+(?:(?:entire|whole|total|overall)\s+)?(?:territory|area)\b(?!\s+(?:of|in|under|controlled|held|occupied)\b)(?!['’]s)/gi,
    'territory',
  ],
  [
    /\b(?:its|their)\s+(?:(?:entire|whole|total|own)\s+)?territory\b(?!\s+(?:of|in)\b)(?!['’]s)/gi,
    'territory',
  ],
  [/\bthe\s+peninsula\b(?!['’]s)/gi, 'peninsula'],
  [
    /\b(?:(?:the|his|its|our|their|her|this|that)\s+(?:(?:entire|whole)\s+)?country|our\s+(?:(?:entire|whole)\s+)?territory)\b(?!['’]s)/gi,
    'country',
  ],
  [/\bUkrainian\s+(?:territory|territories|land|lands|soil)\b/g, 'country'],
  [
    /\b(?:(?:all|the|these|those)\s+)?four\s+(?:(?:annexed|occupied|partially occupied|Ukrainian|illegally annexed|claimed|contested)\s+)?(?:regions|oblasts|provinces)\b/gi,
    'four',
  ],
];

const LOCATIVE_BEFORE =
  /\b(?:in|across|throughout|of|from)\s+(?:the\s+)?(?:(?:north|south|east|west|north-east|south-east|north-west|south-west|northeast|southeast|northwest|southwest)(?:ern)?\s+(?:and\s+(?:north|south|east|west)(?:ern)?\s+)?)$/i;
const LOCATIVE_IN = /\bin\s+$/i;

/** Every mention of a region, group or anaphor in `text`, sorted by position. */
export function findMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  // Characters already part of a mention: checking overlaps against a list would be quadratic.
  const covered = new Uint8Array(text.length + 1);
  const overlaps = (a: { start: number; end: number }, _list: readonly Mention[]): boolean => {
    for (let i = a.start; i < a.end; i++) if (covered[i]) return true;
    return false;
  };
  const push = (m: Mention) => {
    mentions.push(m);
    covered.fill(1, m.start, m.end);
  };

  for (const match of text.matchAll(KYIV_OBLAST)) {
    push({
      start: match.index,
      end: match.index + match[0].length,
      id: 'UA-32',
      locative: false,
    });
  }

  // "the (so-called) Donetsk People's Republic" is the region it claims: Donetsk oblast.
  for (const match of text.matchAll(
    /\b(?:(?:the\s+)?so-called\s+)?(Donetsk|Luhansk|Lugansk)\s+People['’]s\s+Republic\b/g,
  )) {
    push({
      start: match.index,
      end: match.index + match[0].length,
      id: match[1] === 'Donetsk' ? 'UA-14' : 'UA-09',
      locative: false,
    });
  }

  for (const [names, id] of NAMES) {
    const pattern = new RegExp(
      String.raw`(?<![\p{L}\p{N}-])(?:${names})(?![\p{L}\p{N}])(?:(?:${POSSESSIVE}\s+${TERRITORY_NOUN})|${SUFFIX})`,
      'gu',
    );
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const after = text.slice(end, end + 120);
      if (overlaps({ start, end }, mentions)) continue;
      if (NOT_TERRITORY.test(after)) {
        push({ start, end, id, locative: false, antecedentOnly: true });
        continue;
      }
      // A possessive owning something other than territory: "Ukraine's economy".
      if (/^['’]s\b/.test(after)) continue;
      // Part of a hyphenated or compound name: "Donetsk-based", "Kherson-Mykolaiv".
      if (/^-\p{Ll}/u.test(after)) continue;
      const before = text.slice(Math.max(0, start - 60), start);
      const locative = id === 'UA' && (LOCATIVE_BEFORE.test(before) || LOCATIVE_IN.test(before));
      push({ start, end, id, locative });
    }
  }

  for (const [pattern, kind] of ANAPHORS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps({ start, end }, mentions)) continue;
      if (kind === 'country') {
        const before = text.slice(Math.max(0, start - 30), start);
        const locative = /\b(?:in|across|throughout)\s+$/i.test(before);
        push({ start, end, id: 'UA', locative });
      } else if (kind === 'four') {
        push({ start, end, id: 'annexed-four', locative: false });
      } else if (kind === 'peninsula') {
        push({ start, end, id: 'crimea', anaphor: 'peninsula', locative: false });
      } else {
        push({ start, end, id: null, anaphor: kind, locative: false });
      }
    }
  }

  return mentions.sort((a, b) => a.start - b.start);
}

/** The mentions a figure may be about (not those kept only as antecedents). */
export function territoryMentions(mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => !m.antecedentOnly);
}
