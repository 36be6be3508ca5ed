/**
 * Places named in a text in any of the languages of languages.ts: region names in their
 * forms and cases ("Донецької області", "obwodu zaporoskiego", "l’oblast de Louhansk"),
 * and "the region" / "the territory" words left to resolve from context.
 * Pure: no DOM, no Node APIs.
 */
import type { RegionOrGroupId } from '../geo/regions.ts';
import {
  ANAPHOR_REGION,
  ANAPHOR_TERRITORY,
  ANAPHOR_TWO,
  ANAPHOR_THESE,
  CITY_BEFORE,
  NOT_TERRITORY,
  POSSESSIVE_TERRITORY,
  REGION_NAMES,
} from './languages.ts';
import { firstAtOrAfter } from './spans.ts';

export interface GMention {
  start: number;
  end: number;
  /** null: "the region" / "the territory", to resolve from context. */
  id: RegionOrGroupId | null;
  /**
   * 'two': "the two regions", the last two named; 'own': "its territory" (its antecedent);
   * 'these': "these regions", the list named before.
   */
  anaphor?: 'region' | 'territory' | 'two' | 'own' | 'these';
  /** Of an 'own' anaphor: the possessor's gender the possessive shows, or 'own' (reflexive). */
  agree?: 'f' | 'm' | 'any' | 'own';
  locative: boolean;
  /** Named, but not as territory ("Запорізької ОДА"): only an antecedent. */
  antecedentOnly: boolean;
}

const F = 'giu';

const REGION_WORD_PREFIX = String.raw`(?:(?:област[іи]|области|obwodu|obwodzie|obwód|oblasts?|óblast|l['’]oblast|région|regione|región|provincia|province|Gebiet(?:s|es)?|Bezirk(?:s|es)?|Region|regionu)\s+(?:de\s+la\s+|de\s+|di\s+|del\s+|dell['’]|d['’]|von\s+)?)`;
const REGION_WORD_SUFFIX = String.raw`(?:\s+(?:област\p{L}*|обл\.|регіон\p{L}*|регион\p{L}*|oblast\p{L}*|Oblast|region\p{L}*|Gebiet\p{L}*|provin\p{L}*))`;
const NAME_PATTERNS: readonly [RegExp, RegionOrGroupId][] = REGION_NAMES.map(([names, id]) => [
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])${REGION_WORD_PREFIX}?(?:${names})(?![\p{L}\p{N}])${REGION_WORD_SUFFIX}?`,
    F,
  ),
  id,
]);
const POSSESSIVE_PATTERNS: readonly [RegExp, 'f' | 'm' | 'any' | 'own'][] =
  POSSESSIVE_TERRITORY.map(([words, agree]) => [
    new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${words})(?![\p{L}\p{N}])`, F),
    agree,
  ]);
const ANAPHOR_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(${ANAPHOR_TWO})|(${ANAPHOR_REGION})|(${ANAPHOR_TERRITORY})|(${ANAPHOR_THESE}))(?![\p{L}\p{N}])`,
  F,
);
export const LOCATIVE_BEFORE =
  /(?:^|[\s(])(?:в|у|на|in|en|w|na|dans|im|nella|nell['’]|dans\s+l['’]|in\s+der|en\s+la)\s+$/iu;
const LOCATIVE_AFTER = /^\s*(?:orientale|meridionale|oriental|occidentale|orientale)/iu;
const OF_NAME_GAP =
  /^\s*(?:de\s+la|de\s+l['’]|de|di|del|della|delle|dello|dell['’]|of|von|d['’]|du|des|der)?\s*(?:(?:Gebiete|Regionen|régions|regions|regioni|regiones|provincias|областей|obwodów|oblasts)\s+)?:?\s*$/iu;

const OF_OTHER_NOUN =
  /^\s+(?!(?:област|регіон|регион|obwod|region|країн|стран|держав|kraj|państw|республ|republik|Україн|Украин|Ukrain|Крим|Крым|Krym)|\p{L}*(?:ого|его|ої|ой|ей|ій|ego|ej|iej|ych|их|ых|ів)(?![\p{L}]))[а-яіїєґё][а-яіїєґё\p{M}]+(?![\p{L}])/u;
const ADJECTIVES_OF_NAME =
  /^\s+(?:\p{Ll}{4,}\s+){1,2}(?:de\s+la|de|di|del|della|dell['’]|of|von|du|des|der)\s*$/u;

export function findGenericMentions(text: string): GMention[] {
  const covered = new Uint8Array(text.length + 1);
  const free = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (covered[i]) return false;
    return true;
  };
  /** The matches of `re` that no earlier pattern took, each taken now: [start, end]. */
  function* take(re: RegExp): Generator<[number, number]> {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      covered.fill(1, start, end);
      yield [start, end];
    }
  }
  const names: GMention[] = [];
  for (const [re, id] of NAME_PATTERNS) {
    for (const [start, end] of take(re)) {
      const after = text.slice(end, end + 60);
      const before = text.slice(Math.max(0, start - 20), start);
      const antecedentOnly = NOT_TERRITORY.test(after) || CITY_BEFORE.test(before);
      const locative = id === 'UA' && (LOCATIVE_BEFORE.test(before) || LOCATIVE_AFTER.test(after));
      names.push({ start, end, id, locative, antecedentOnly });
    }
  }
  names.sort((a, b) => a.start - b.start);
  // "les régions de Kharkiv et Mykolaïv": "the regions" that names then spell out are those
  // names, not the four (a count, "les quatre régions de …", stays the four).
  for (let i = names.length - 2; i >= 0; i--) {
    const m = names[i] as GMention;
    const next = names[i + 1] as GMention;
    if (
      m.id === 'annexed-four' &&
      !/(?:4|quatr|quattr|cuatr|vier|чотир|четыр|czter|four)/iu.test(text.slice(m.start, m.end)) &&
      next.start - m.end < 25 &&
      OF_NAME_GAP.test(text.slice(m.end, next.start))
    )
      names.splice(i, 1);
  }
  const anaphors: GMention[] = [];
  // "її території", "son territoire": the possessor is the antecedent (generic-reader.ts).
  for (const [re, agree] of POSSESSIVE_PATTERNS) {
    for (const [start, end] of take(re)) {
      anaphors.push({
        start,
        end,
        id: null,
        anaphor: 'own',
        agree,
        locative: false,
        antecedentOnly: false,
      });
    }
  }
  ANAPHOR_RE.lastIndex = 0;
  for (const m of text.matchAll(ANAPHOR_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    // "la regione di Donetsk": the word leads to a name; not an anaphor.
    const next = names[firstAtOrAfter(names, end)];
    if (next && next.start - end < 25 && OF_NAME_GAP.test(text.slice(end, next.start))) continue;
    // "las regiones meridionales de Jersón y Zaporiyia": adjectives, then "of" and the name.
    if (next && next.start - end < 45 && ADJECTIVES_OF_NAME.test(text.slice(end, next.start)))
      continue;
    // "República de Chechenia": another republic, not the one in context.
    if (
      /^\s+(?:de|di|of|del|der|des)\s+\p{Lu}/u.test(text.slice(end, end + 30)) &&
      /^\p{Lu}/u.test(m[0])
    )
      continue;
    // "30% території, де відбуваються бойові дії": a territory the clause after it defines.
    if (
      m[3] &&
      /^\s*,?\s*(?:де|где|gdzie|où|wo|dove|donde|where|in\s+which|на\s+як\p{L}*|на\s+котор\p{L}*|w\s+któr\p{L}*)\s/iu.test(
        text.slice(end, end + 20),
      )
    )
      continue;
    // "площади дельты Днепра": the territory of a thing the next word (a noun in the
    // genitive) names, not of a region.
    if (m[3] && OF_OTHER_NOUN.test(text.slice(end, end + 30))) continue;
    anaphors.push({
      start,
      end,
      id: null,
      anaphor: m[1] ? 'two' : m[2] ? 'region' : m[4] ? 'these' : 'territory',
      locative: false,
      antecedentOnly: false,
    });
  }
  // "територію регіону", "la superficie de la región": the territory is the region's; the
  // region word is the one to resolve.
  const kept = anaphors.filter((a, i) => {
    const next = anaphors[i + 1];
    return !(
      a.anaphor === 'territory' &&
      next !== undefined &&
      next.anaphor !== 'territory' &&
      /^\s+(?:(?:de\s+la|de|of\s+the|of|della|dell['’]|del|der|des|du)\s+)?$/iu.test(
        text.slice(a.end, next.start),
      )
    );
  });
  return [...names, ...kept].sort((a, b) => a.start - b.start);
}

// ——— Figures ———
