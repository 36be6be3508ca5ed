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
export function unnegated(
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
  const after = afterLink(text, clause, linkEnd);
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
  const from = Math.max(clause.start, f.start - 40);
  const window = unnegated(text, from, f.start, cues);
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
