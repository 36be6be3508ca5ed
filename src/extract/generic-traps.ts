/**
 * Figures that are no share held now, in the languages besides English: a change over a
 * period ("за минулий рік ворог окупував 10,6%"), a size ("representan el 15% del total"),
 * an area that is a size, a share of the economy, a negated or aspired figure.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { GFigure } from './generic-figures.ts';
import { AREA_SIZE } from './languages.ts';
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
const COORDINATED =
  /,\s*(?:a|and|y|e|et|und|i|oraz|и|а|і|та|й|و|while|mientras|tandis|während|mentre|podczas)\s/iu;

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
  // "W północnej części Chersońszczyzny trwa …", "en la parte norte de": a place, not a share.
  if (
    f.value.type === 'words' &&
    f.value.cls === 'vague' &&
    /(?:^|\s)(?:w|we|na|en|in|im|dans|nella|nel)\s+(?:\p{L}+\s+)?$/iu.test(before.slice(-30))
  )
    return 'trap';
  // "zajęli ok. 20 proc. terytorium Ukrainy, a jej populacja zmniejszyła się o …": a change
  // in a clause joined after a comma has its own subject, and is not this figure's.
  const after = afterLink(text, clause, linkEnd).split(COORDINATED)[0] ?? '';
  if (c.change.test(before) || c.change.test(after) || (startsWithThis && previousChange)) {
    return 'change';
  }
  if (c.size.test(text.slice(Math.max(clause.start, f.start - 80), f.start))) return 'trap';
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
  // "almeno il 30% del Pil nazionale": a share of the economy.
  if (
    /^\s*(?:del|de|of|des|der|di|du|od|від|от)\s+(?:PIL|PIB|BIP|GDP|ВВП|PKB)(?![\p{L}])/iu.test(
      text.slice(f.end, f.end + 12),
    )
  )
    return 'trap';
  const window = text.slice(Math.max(clause.start, f.start - 40), f.start);
  // "требует, чтобы войска покинули всю …": a demand's own words of aim are no aim of the figure.
  const demand = cues
    .filter((q) => q.type === 'demand' && q.start >= clause.start && q.end <= f.start)
    .at(-1);
  if (
    c.negation.test(window) ||
    c.aspiration.test(text.slice(demand ? demand.end : clause.start, f.start))
  )
    return 'trap';
  return null;
}
