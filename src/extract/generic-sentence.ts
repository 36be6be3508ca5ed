/**
 * One sentence as the multilingual extractor reads it: its region names, its figures (with
 * the words of each figure's phrase), its cues (control, claim, demand, Ukraine's control),
 * its clauses, and the figures a "respectively" assigns to a list of regions.
 *
 * Pure: no DOM, no Node APIs.
 */
import type { RegionOrGroupId } from '../geo/regions.ts';
import {
  findGenericFigures,
  mergeAlternatives,
  type Compiled,
  type GCue,
  type GFigure,
  type Lang,
} from './generic-figures.ts';
import type { GMention } from './generic-mentions.ts';
import { FORWARD_GAP, LIST_JOIN } from './generic-grammar.ts';
import type { Resolved, TextReader } from './generic-reader.ts';
import type { Span } from './sentences.ts';
import { shiftFigure } from './spans.ts';

/** Reads `sentence` of the text `r` reads, in `lang` (compiled as `c`). */
export function readSentence(r: TextReader, c: Compiled, lang: Lang, sentence: Span) {
  const { text, mentionsIn, listFrom } = r;
  const sText = text.slice(sentence.start, sentence.end);
  const here = mentionsIn(sentence.start, sentence.end).filter((m) => !m.locative);
  const mentionBetween = (s: number, e: number) =>
    here.some((m) => m.start >= s && m.end <= e && m.id !== null && m.id !== 'UA');
  const raw = findGenericFigures(c, sText, lang).map((f) => shiftFigure(f, sentence.start));
  // "19,24 proc. całego terytorium", "0.72% від усієї території": words of the figure's phrase.
  const figures = mergeAlternatives(raw, sText, sentence.start, mentionBetween).filter(
    (f, i, list) => {
      const prev = list[i - 1];
      return !(
        f.value.type === 'words' &&
        prev &&
        prev.value.type !== 'words' &&
        f.start - prev.end <= 12 &&
        FORWARD_GAP.test(text.slice(prev.end, f.start))
      );
    },
  );
  /** A mention a figure before it already points to ("1 proc. obwodu sumskiego"). */
  // … or with a dash between them ("1 proc. - sumskiego, 1,3 proc. - charkowskiego").
  const owned = (m: GMention) =>
    figures.some(
      (g) =>
        g.end <= m.start &&
        m.start - g.end <= 60 &&
        (FORWARD_GAP.test(text.slice(g.end, m.start)) ||
          /^\s*[—–-]\s*$/.test(text.slice(g.end, m.start))),
    );
  const usedCues = new Set<GCue>();
  const usedFigures = new Set<GFigure>();
  const cues: GCue[] = [];
  for (const [r, type] of c.cues) {
    r.lastIndex = 0;
    for (const m of sText.matchAll(r)) {
      const s = m.index + sentence.start;
      const e = s + m[0].length;
      if (cues.some((x) => s < x.end && x.start < e)) continue;
      // "en el este de Ucrania afirmaron que controlan": Ukraine is not the holder there.
      if (
        type === 'inverse' &&
        /^(?:(?:l['’]|les\s|die\s|the\s|el\s|las\s|le\s)?\p{Lu}|l['’])/u.test(m[0]) &&
        /(?:^|\s)(?:de|del|di|d['’]|of|von|der|des|dem|w|z|ze|в|у|на|из|з|en|in|est|l['’]est)\s+$/iu.test(
          text.slice(Math.max(0, s - 12), s),
        )
      )
        continue;
      cues.push({ type, start: s, end: e });
    }
  }
  cues.sort((a, b) => a.start - b.start);
  const breaks: number[] = [];
  c.clauseBreak.lastIndex = 0;
  for (const m of sText.matchAll(c.clauseBreak)) breaks.push(m.index + sentence.start);
  const clauseOf = (pos: number): Span => {
    let s = sentence.start;
    let e = sentence.end;
    for (const b of breaks) {
      if (b < pos) s = b;
      else {
        e = b;
        break;
      }
    }
    return { start: s, end: e };
  };
  const startsWithThis = /^[«"„“]?\s*(?:Це|Это|To|Cela|Ce|Das|Dies|Ciò|Questo|Esto|Eso)\s/u.test(
    sText,
  );
  const sentenceChange = c.change.test(sText);
  const linkedMentions = new Set<GMention>();
  const respectivelyGroups = new Map<GFigure, RegionOrGroupId>();

  // "Луганську і Херсонську області – 99% і 88% відповідно".
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i] as GFigure;
    if (!c.respectively.test(text.slice(f.end, f.end + 30))) continue;
    const group = [f];
    for (let j = i - 1; j >= 0; j--) {
      const g = figures[j] as GFigure;
      if (!LIST_JOIN.test(text.slice(g.end, (group[0] as GFigure).start))) break;
      group.unshift(g);
    }
    const before = here.filter((m) => m.end <= (group[0] as GFigure).start && m.id !== null);
    if (before.length < group.length) continue;
    const last = before.length - 1;
    const list = listFrom(before, last, -1).reverse();
    if (list.length !== group.length) continue;
    group.forEach((g, k) => respectivelyGroups.set(g, (list[k] as GMention).id as RegionOrGroupId));
  }

  /** The regions each figure was linked to, as linkFigure found them. */
  const linksOf = new Map<GFigure, Resolved[]>();

  return {
    linksOf,
    sentence,
    sText,
    here,
    figures,
    owned,
    cues,
    clauseOf,
    startsWithThis,
    sentenceChange,
    linkedMentions,
    respectivelyGroups,
    usedCues,
    usedFigures,
  };
}

export type SentenceView = ReturnType<typeof readSentence>;
