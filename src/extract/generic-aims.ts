/**
 * A stated Russian aim, in the languages besides English: "Moscú aspira a controlar todo el
 * Donbás", "Росія прагне захопити всю Донецьку область", "dem Kreml geht es um die Annexion
 * von Donezk", "die Einnahme des Donbass als Priorität". By the set's conventions an aim to
 * take or annex a whole region is a `demand` of 100; the purpose of an offensive ("une
 * offensive visant à prendre toute la région") and Ukraine's aims are not.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { CandidateKind } from './candidate.ts';
import type { GCue } from './generic-figures.ts';
import type { Span } from './sentences.ts';

/** Words of a stated aim before the verb or noun they govern (wants, seeks, intends …). */
const AIM_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:хоче|хочуть|прагн\p{L}*|має\s+намір|мають\s+намір|має\s+на\s+меті|домага\p{L}*|хочет|хотят|стрем\p{L}*|намерен\p{L}*|добива\p{L}*|chce|chcą|dąż(?:y|ą)\s+do|zamierza\p{L}*|ma\s+zamiar|veut|veulent|vise(?:nt)?\s+à|ambitionne\p{L}*|souhaite\p{L}*|will|wollen|strebt|anstreb\p{L}*|beabsichtig\p{L}*|geht\s+es\s+(?:[\p{L}-]+\s+){0,5}?um|vuole|vogliono|punta(?:no)?\s+ad?|mira(?:no)?\s+ad?|intende\p{L}*|ambisce|aspira\p{L}*|busca(?:n)?|quiere|quieren|pretende\p{L}*|tiene\s+como\s+objetivo|wants?\s+to|seeks?\s+to|aims?\s+to|intends?\s+to|is\s+(?:seeking|aiming|determined)\s+to|تريد|يريد|تسعى|يسعى|تهدف|يهدف)(?![\p{L}])`,
  'giu',
);

/** After the region: "… als bedingungslose Priorität", "… comme priorité", "… як пріоритет". */
const AIM_AFTER =
  /^[^.;!?]{0,40}?(?<![\p{L}])(?:als|as|как|як|jako|za|comme|come|como)\s+(?:[\p{L}"„“«»-]+\s+){0,2}?["„“«]?(?:Priorität\p{L}*|Ziel|priorité|objectif|priorità|obiettivo|prioridad|objetivo|priority|goal|пріоритет\p{L}*|мет(?:а|у|ою)|приоритет\p{L}*|цел(?:ь|ью)|priorytet\p{L}*|cel(?:em)?)(?![\p{L}])/iu;

/** The purpose of an attack, an offensive or an operation is no demand. */
const OFFENSIVE =
  /(?<![\p{L}])(?:атак\p{L}*|штурм\p{L}*|atak\p{L}*|szturm\p{L}*|attaqu\p{L}*|assaut\p{L}*|Angriff\p{L}*|greif\p{L}*\s+an|attacc\p{L}*|assalt\p{L}*|ataca\p{L}*|ataque\p{L}*|asalto\p{L}*|наступ\p{L}*|контрнаступ\p{L}*|операці\p{L}*|наступлени\p{L}*|операци\p{L}*|ofensyw\p{L}*|operacj\p{L}*|offensive?s?|opération\p{L}*|Offensive\p{L}*|Operation\p{L}*|offensiva|operazion\p{L}*|ofensiva|operación|هجوم|عملية)(?![\p{L}])/iu;

/** Who acts: Russia (its names, capital, Kremlin, president, adjective) … */
const RUSSIAN_ACTOR =
  /(?<![\p{L}])(?:Росі\p{L}*|Росси\p{L}*|Москв\p{L}*|Кремл\p{L}*|Путін\p{L}*|Путин\p{L}*|російськ\p{L}*|российск\p{L}*|Rosj\p{L}*|Moskw\p{L}*|Kreml\p{L}*|Cremlin\p{L}*|Putin\p{L}*|Moscow|rosyjsk\p{L}*|Russie|Moscou|Kremlin|russes?|Russland\p{L}*|Moskau|russisch\p{L}*|Russia\p{L}*|Mosca|russ[oai]|Rusia|Moscú|rus[oa]s?|(?:و|ف)?(?:روسيا|موسكو|الكرملين|بوتين|الروس\p{L}*))(?![\p{L}])/giu;
/** … or Ukraine (nouns only: "ukrainischen Donbass" names a place, not an actor). */
const UKRAINIAN_ACTOR =
  /(?<![\p{L}])(?:Україн[аиуі]|Київ|Києв\p{L}*|Зеленськ\p{L}*|Украин[аыуе]|Киев\p{L}*|Зеленск\p{L}*|Ukrain[aęy]|Kijów|Kijow\p{L}*|Zełensk\p{L}*|Ukraine|Kiev|Kyiv|Kiew|Selenskyj|Zelensk\p{L}*|Ucraina|Ucrania|ЗСУ|ВСУ|SZU|Ukraińcy|(?:و|ف)?(?:أوكرانيا|كييف|زيلينسكي))(?![\p{L}])/giu;

/** Who is named last in `text`: Russia ('ru'), Ukraine ('ua') or neither. */
export function actorBefore(text: string): 'ru' | 'ua' | null {
  const last = (r: RegExp) => [...text.matchAll(r)].at(-1)?.index ?? -1;
  const ru = last(RUSSIAN_ACTOR);
  const ua = last(UKRAINIAN_ACTOR);
  if (ru < 0 && ua < 0) return null;
  return ru > ua ? 'ru' : 'ua';
}

/**
 * Whether the control or claim word at `cue` (its region ending at `regionEnd`) is a stated
 * Russian aim: an aim word before it in its clause with nothing but words between (no
 * comma), or "as a priority/goal" right after the region; Russia the last actor named before
 * the aim; no offensive or operation whose purpose it would be; no negation right before.
 */
export function statedAim(
  text: string,
  sentence: Span,
  clause: Span,
  cue: Span,
  regionEnd: number,
  negation: RegExp,
): boolean {
  const before = text.slice(clause.start, cue.start);
  let aimAt = -1;
  let aimEnd = -1;
  for (const m of before.matchAll(AIM_BEFORE)) {
    const gap = before.slice(m.index + m[0].length);
    if (gap.length <= 60 && !/[,;:]/u.test(gap)) {
      aimAt = clause.start + m.index;
      aimEnd = aimAt + m[0].length;
    }
  }
  if (aimAt < 0) {
    const after = AIM_AFTER.exec(text.slice(regionEnd, clause.end));
    if (!after) return false;
    aimAt = regionEnd + after.index;
    aimEnd = aimAt + after[0].length;
  }
  // "تسعى روسيا إلى السيطرة": the actor may follow the aim word (verb first).
  const lead = text.slice(sentence.start, Math.max(aimEnd, cue.start));
  if (OFFENSIVE.test(text.slice(sentence.start, Math.max(cue.end, regionEnd)))) return false;
  if (negation.test(text.slice(Math.max(sentence.start, aimAt - 12), aimAt))) return false;
  return actorBefore(lead) === 'ru';
}

/** The kind a cue gives, a stated aim making it a demand (an inverse cue reads as control). */
export function cueKind(type: GCue['type'], aim: boolean): CandidateKind {
  if (aim) return 'demand';
  return type === 'claim' || type === 'demand' ? type : 'control';
}
