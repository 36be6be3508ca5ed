/**
 * Figures that are no share held now, in the languages besides English: a change over a
 * period ("за минулий рік ворог окупував 10,6%"), a size ("representan el 15% del total"),
 * an area that is a size, a share of the economy, a negated or aspired figure.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { GFigure } from './generic-figures.ts';
import { AREA_SIZE, FREE_AFTER } from './languages.ts';
import { AND, INDEPENDENCE_BEFORE, WHICH_PART_BEFORE } from './generic-grammar.ts';
import { actorBefore, statedAim } from './generic-aims.ts';

/** A "liberated" control word (a Russian source's word for its own gains). */
const LIBERATED_WORD =
  /(?<![\p{L}])(?:befrei|liberat|liberad|libér|освобо|звільн|wyzwol|odbi|(?:و|ف)?(?:تحرير|حرر|المحرر))/giu;
import type { TextReader } from './generic-reader.ts';
import type { SentenceView } from './generic-sentence.ts';
import type { Span } from './sentences.ts';
import type { Compiled } from './generic-figures.ts';

/** A month's name right after a word share ("metà dicembre"): the figure is a date. */
const MONTH_AFTER = new RegExp(
  String.raw`^\s+(?:(?:di|de|of|du|des)\s+)?(?:gennai|febbrai|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|juin|juillet|août|décembre|Januar|Februar|März|Juni|Juli|Oktober|Dezember|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![\p{L}])`,
  'iu',
);

/** A comma, then "and" (or "while", "whereas"): another clause begins. */
const COORDINATED = new RegExp(
  String.raw`,\s*(?:${AND}|a|а|و|while|mientras|tandis|während|mentre|podczas)\s`,
  'iu',
);

/**
 * "ne … (plus) que", "no … más que", "non … che": "only", not a negation ("il n'est pas certain
 * que", "non è vero che" stay negations).
 */
const RESTRICTIVE = new RegExp(
  String.raw`(?<![\p{L}])(?:ne|n['’]|no|non)(?=\s+(?:(?!(?:pas|point|jamais|vero|certo|certain|sûr|claro|cierto|seguro|dice|dit|detto)(?![\p{L}]))[\p{L}'’-]+\s+){0,3}?(?:plus\s+|más\s+|più\s+)?(?:que|qu['’]|che)(?![\p{L}]))`,
  'giu',
);

/**
 * The text from `start` to `end` with the negations that deny nothing blanked out: those
 * inside Ukraine's-control words ("nicht besetzt", "non è occupato": what Ukraine keeps) and
 * the restrictive "ne … que" ("Kiev ne contrôle plus que 1 %": only).
 */
function unnegated(
  text: string,
  start: number,
  end: number,
  cues: readonly { type: string; start: number; end: number }[],
): string {
  // UTF-16 units, as the offsets count them.
  const chars = text.slice(start, end).split('');
  for (const q of cues) {
    if (q.type !== 'inverse') continue;
    for (let i = Math.max(q.start, start); i < Math.min(q.end, end); i++) chars[i - start] = ' ';
  }
  return chars.join('').replace(RESTRICTIVE, (m) => ' '.repeat(m.length));
}

/** "of which": what follows is a part of the figure before ("75%, з них 2% за місяць"). */
const OF_WHICH = String.raw`(?:з\s+них|із\s+них|из\s+них|из\s+которых|з\s+яких|z\s+czego|z\s+tego|dont|di\s+cui|de\s+(?:los|las)\s+cuales|de\s+ellos|davon|of\s+which|منها)`;
const OF_WHICH_BEFORE = new RegExp(
  String.raw`(?:^|[\s,;(])${OF_WHICH}\s*(?:(?:il|el|un|una|le|la|ещё|ще|jeszcze|ce)\s+)?$`,
  'iu',
);
const OF_WHICH_IN = new RegExp(String.raw`(?:^|[\s,;(])${OF_WHICH}(?![\p{L}])`, 'iu');

/**
 * Right before a figure, Ukraine with its verb left out after Russia's share ("Росія
 * контролює 75% Донеччини, Україна — 25%", "l'Ukraine 25 %"): Ukraine's part of the same
 * region, the rest of the figure before, not another share.
 */
const UKRAINE_ELLIPSIS =
  /(?:[,;]\s*(?:(?:і|и|та|а|a|i|und|et|e|y)\s+)?|\s(?:і|и|та|а|a|i|und|et|e|y|mentre|mientras\s+que|tandis\s+que|während)\s+)(?:Україна|Київ|ЗСУ|Украина|Киев|ВСУ|Ukraina|Kijów|die\s+Ukraine|Kiew|l['’]Ukraine|l['’]Ucraina|Ucrania|Kiev|(?:و)?أوكرانيا)\s*(?:[—–-]|:)?\s*(?:(?:il|el|la|le|على)\s+)?$/u;

/** Under fire or shelled: what a figure of it says is no control. */
const UNDER_FIRE =
  /(?<![\p{L}])(?:sous\s+le\s+feu|sous\s+les\s+(?:tirs|bombardements|frappes)|bombardé\p{L}*|під\s+(?:обстрілом|обстрілами|вогнем)|обстрілю\p{L}*|под\s+(?:обстрелом|обстрелами|огнём|огнем)|обстрелива\p{L}*|pod\s+ostrzałem|ostrzeliw\p{L}*|unter\s+(?:Beschuss|Feuer)|beschossen|sotto\s+(?:il\s+)?(?:fuoco|tiro|i\s+bombardamenti)|bombardat\p{L}*|bajo\s+(?:el\s+)?(?:fuego|bombardeo\p{L}*)|bombardead\p{L}*|under\s+fire|shelled|تحت\s+(?:النار|القصف))(?![\p{L}])/iu;

/** "the rest" right before a figure ("віддати решту 25%", "die restlichen 25 Prozent"). */
export const REST_BEFORE =
  /(?:^|[\s,(])(?:решт(?:а|и|у|ою)|залишн\p{L}*|оставш\p{L}*|остальн\p{L}*|pozostał\p{L}*|reszt\p{L}*|restlich\p{L}*|verbleibend\p{L}*|übrig\p{L}*|(?:il|la|el)\s+restante|rimanent\p{L}*)\s+(?:(?:el|il|la|los|les|die|der|den)\s+)?$/iu;
/** "the rest" right after a figure ("les 25 % restants", "el 25% restante"). */
export const REST_AFTER = /^\s*(?:restants?|restantes?|restanti|rimanenti|remaining)(?![\p{L}])/iu;

/** "except" before a figure: "всю Луганщину, крім 1%" — the figure is the part not held. */
export const EXCEPT_BEFORE =
  /(?:^|[\s,(])(?:крім|окрім|за\s+винятком|кроме|за\s+исключением|z\s+wyjątkiem|oprócz|poza|bis\s+auf|außer|mit\s+Ausnahme\s+von|à\s+l['’]exception\s+de|sauf|hormis|tranne|eccetto|ad\s+eccezione\s+del|excepto|salvo|a\s+excepción\s+del?)\s+(?:(?:il|el|l['’]|le|la|les|los|ein|ca\.|близько|около|ok\.|około|etwa|environ|circa|alrededor\s+del?)\s*)*$/iu;

/** The clause's words right after the figure's regions, up to a bracket. */
export function afterLink(text: string, clause: Span, linkEnd: number): string {
  return text.slice(linkEnd, Math.min(clause.end, linkEnd + 60)).split('(')[0] ?? '';
}

/**
 * Why `f` is no share held now: 'change' (a gain or loss over a period; the sentence then
 * speaks of change), 'trap' (a size, an economy, a negation, an aim), or null (it may be).
 */
export function figureTrap(
  r: TextReader,
  c: Compiled,
  s: SentenceView,
  f: GFigure,
  clause: Span,
  linkEnd: number,
  previousChange: boolean,
): 'change' | 'trap' | null {
  const { text } = r;
  const { cues, startsWithThis } = s;
  // "a metà dicembre", "a mediados de mayo", "w połowie marca": a date.
  if (
    (f.value.type === 'words' || f.value.type === 'fraction') &&
    MONTH_AFTER.test(text.slice(f.end, f.end + 20))
  )
    return 'trap';
  const before = text.slice(clause.start, f.start);
  // "75% Донеччини, з них 2% окупувала за місяць": a part of the figure before, not a share.
  if (
    OF_WHICH_BEFORE.test(before.slice(-25)) &&
    s.figures.some((g) => g.end <= f.start && g.start >= clause.start)
  )
    return 'trap';
  if (
    UKRAINE_ELLIPSIS.test(before.slice(-25)) &&
    s.figures.some((g) => g.end <= f.start - 8 && g.start >= clause.start)
  )
    return 'trap';
  // "W północnej części Chersońszczyzny trwa …", "en la parte norte de": a place, not a share.
  if (
    f.value.type === 'words' &&
    f.value.cls === 'vague' &&
    /(?:^|\s)(?:w|we|na|en|in|im|dans|nella|nel|на|в|у|во)\s+(?:\p{L}+\s+)?$/iu.test(
      before.slice(-30),
    )
  )
    return 'trap';
  // "какую часть области контролирует Украина", "welchen Teil": a question, not a part held.
  if (
    f.value.type === 'words' &&
    f.value.cls === 'vague' &&
    (WHICH_PART_BEFORE.test(before.slice(-25)) || INDEPENDENCE_BEFORE.test(before.slice(-40)))
  )
    return 'trap';
  // "mieszkańcom okupowanych terenów w obwodach …", "жителям окупованих територій": the people
  // of a part, no statement that it is held.
  if (
    f.value.type === 'words' &&
    f.value.cls === 'vague' &&
    (c.distractor.test(before.slice(-20)) ||
      c.distractor.test(before.slice(-30).replace(/\p{L}+\s*$/u, '')))
  )
    return 'trap';
  // "zajęli ok. 20 proc. terytorium Ukrainy, a jej populacja zmniejszyła się o …": a change
  // in a clause joined after a comma has its own subject, and is not this figure's.
  let after = afterLink(text, clause, linkEnd).split(COORDINATED)[0] ?? '';
  // "всю Луганщину, крім 1%": the whole is read through the part excepted.
  if (
    f.value.type === 'words' &&
    f.value.cls === 'all' &&
    s.figures.some(
      (g) =>
        g.start >= linkEnd &&
        g.start < clause.end &&
        g.start - linkEnd <= 40 &&
        EXCEPT_BEFORE.test(text.slice(linkEnd, g.start)),
    )
  )
    return 'trap';
  // "75% Донеччини, з них 2% за місяць": the period is the part's, not the figure's.
  const next = s.figures.find((g) => g.start >= linkEnd && g.start - linkEnd < after.length);
  if (next && OF_WHICH_IN.test(text.slice(linkEnd, next.start)))
    after = after.slice(0, next.start - linkEnd);
  if (c.change.test(before) || c.change.test(after) || (startsWithThis && previousChange)) {
    return 'change';
  }
  // "die Ukraine … befreite fast die gesamte Oblast Charkiw", "ЗСУ звільнили 90%": what
  // Ukraine freed is its gain, no share Russia holds.
  const freed = [...before.matchAll(LIBERATED_WORD)].at(-1);
  if (freed && actorBefore(text.slice(s.sentence.start, clause.start + freed.index)) === 'ua')
    return 'change';
  const sizeFrom = Math.max(clause.start, f.start - 80);
  const size = c.size.exec(text.slice(sizeFrom, f.start));
  if (size) {
    // "Росія контролює 20 тис. кв. км Донеччини, що становить 75% області": the share restates
    // an area held (one claim), it is no region's size.
    const at = sizeFrom + size.index;
    const restates = s.figures.some(
      (g) =>
        g.value.type === 'area' &&
        g.end <= at &&
        at - g.end <= 60 &&
        cues.some((q) => q.type !== 'inverse' && q.start >= clause.start && q.end <= g.start),
    );
    // "вимагає віддати решту 25%": the rest in a demand is read as all of it, not dropped.
    const restDemand =
      REST_BEFORE.test(text.slice(Math.max(clause.start, f.start - 30), f.start)) &&
      cues.some((q) => q.type === 'demand' && q.start >= clause.start && q.end <= f.start);
    if (!restates && !restDemand) return 'trap';
  }
  if (f.value.type === 'area') {
    const from = Math.max(clause.start, f.start - 60);
    const size = AREA_SIZE.exec(text.slice(from, f.start));
    // "kontrollierte … eine Fläche von rund 130.000 Quadratkilometern": the area held.
    const sizeAt = from + (size?.index ?? 0);
    if (
      size &&
      !cues.some(
        (q) =>
          (q.start >= sizeAt && q.end <= f.start) ||
          (q.type === 'control' && q.end <= sizeAt && sizeAt - q.end <= 90),
      )
    )
      return 'trap';
  }
  // "Tout le territoire de la région est sous le feu", "під обстрілом": under fire, not held.
  const fireBefore = text
    .slice(Math.max(clause.start, f.start - 40), f.start)
    .split(/[,;]/u)
    .at(-1);
  // "Лише 5% неокупованої Луганщини лишаються під обстрілами": the free part is under fire.
  if (
    UNDER_FIRE.test(`${fireBefore ?? ''} ${after.split(/[,;]/u)[0] ?? ''}`) &&
    !FREE_AFTER.test(text.slice(f.end, clause.end))
  )
    return 'trap';
  // "almeno il 30% del Pil nazionale": a share of the economy.
  if (
    /^\s*(?:del|de|of|des|der|di|du|od|від|от)\s+(?:PIL|PIB|BIP|GDP|ВВП|PKB)(?![\p{L}])/iu.test(
      text.slice(f.end, f.end + 12),
    )
  )
    return 'trap';
  const from = Math.max(clause.start, f.start - 40);
  const window = unnegated(text, from, f.start, cues);
  // "требует, чтобы войска покинули всю …": a demand's own words of aim are no aim of the figure.
  const demand = cues
    .filter((q) => q.type === 'demand' && q.start >= clause.start && q.end <= f.start)
    .at(-1);
  if (c.negation.test(window)) return 'trap';
  if (c.aspiration.test(text.slice(demand ? demand.end : clause.start, f.start)))
    return aimedWhole(text, c, s, f, clause, linkEnd) ? null : 'trap';
  return null;
}

/**
 * "Moscú aspira a controlar todo el Donbás": a figure of all of a region after Russia's stated
 * aim to take it (the cue before it governed by the aim) is a demand of it, not an aim dropped.
 */
export function aimedWhole(
  text: string,
  c: Compiled,
  s: SentenceView,
  f: GFigure,
  clause: Span,
  linkEnd: number,
): boolean {
  if (f.value.type !== 'words' || f.value.cls !== 'all') return false;
  const cue = s.cues
    .filter(
      (q) =>
        (q.type === 'control' || q.type === 'claim') && q.start >= clause.start && q.end <= f.start,
    )
    .at(-1);
  return cue !== undefined && statedAim(text, s.sentence, clause, cue, linkEnd, c.negation);
}
