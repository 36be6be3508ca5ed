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
import { FORWARD_GAP } from './generic-grammar.ts';
import type { Resolved, TextReader } from './generic-reader.ts';
import type { Span } from './sentences.ts';
import { shiftFigure } from './spans.ts';

/** Reads `sentence` of the text `r` reads, in `lang` (compiled as `c`). */
/** Between the figures of a "respectively" list: "99%, al 75% e al 70%", "99% و75%". */
const FIGURE_JOIN =
  /^\s*,?\s*(?:(?:і|й|та|и|i|et|und|e|y|and|oraz|sowie|و)\s*)?(?:(?:al|à|en\s+un|en|w|na|на|в|у|zu|il|el|le|la|de|the)\s+)?$/iu;

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

  // "Луганську і Херсонську області – 99% і 88% відповідно"; the word before the figures
  // ("occupate rispettivamente al 99%, al 75% e al 70%", "w odpowiednio 99%, 75% i 70%"), the
  // regions after them ("99% і 75% Луганської та Херсонської областей відповідно").
  const respectivelyAt = new RegExp(c.respectively.source.replace(/^\^\\s\*/, ''), 'giu');
  for (const word of sText.matchAll(respectivelyAt)) {
    const ws = sentence.start + word.index;
    const we = ws + word[0].length;
    // The figures the word follows, or those right after it.
    let i = figures.findIndex(
      (f) => f.end <= ws && ws - f.end <= 30 && /^[\s)]*$/u.test(text.slice(f.end, ws)),
    );
    // A later figure nearer the word is the list's last.
    while (i >= 0 && i + 1 < figures.length && (figures[i + 1] as GFigure).end <= ws) i++;
    let group: GFigure[] = [];
    if (i >= 0) {
      group = [figures[i] as GFigure];
      for (let j = i - 1; j >= 0; j--) {
        const g = figures[j] as GFigure;
        if (!FIGURE_JOIN.test(text.slice(g.end, (group[0] as GFigure).start))) break;
        group.unshift(g);
      }
      // "zu 99 %, 75 % beziehungsweise 70 %": the word joins the last two figures.
      const next = figures[i + 1];
      if (
        next &&
        next.start >= we &&
        next.start - we <= 6 &&
        /^\s*$/u.test(text.slice(we, next.start))
      )
        group.push(next);
    } else {
      let k = figures.findIndex(
        (f) => f.start >= we && f.start - we <= 15 && FIGURE_JOIN.test(text.slice(we, f.start)),
      );
      // "99% і 75% Луганської та Херсонської областей відповідно": the figures before the
      // regions the word follows.
      if (k === -1) {
        const far = figures.filter((f) => f.end <= ws && ws - f.end <= 80);
        const lastFar = far.at(-1);
        if (!lastFar) continue;
        k = figures.indexOf(lastFar);
        while (
          k > 0 &&
          FIGURE_JOIN.test(
            text.slice((figures[k - 1] as GFigure).end, (figures[k] as GFigure).start),
          )
        )
          k--;
      }
      group = [figures[k] as GFigure];
      for (let j = k + 1; j < figures.length; j++) {
        const g = figures[j] as GFigure;
        if (!FIGURE_JOIN.test(text.slice((group.at(-1) as GFigure).end, g.start))) break;
        group.push(g);
      }
    }
    if (group.length < 2) continue;
    const first = group[0] as GFigure;
    const lastFig = group.at(-1) as GFigure;
    const before = here.filter((m) => m.end <= first.start && m.id !== null);
    let list = before.length > 0 ? listFrom(before, before.length - 1, -1).reverse() : [];
    if (list.length !== group.length) {
      // The regions after the figures: "99%, 75% e 70% delle regioni di A, B e C".
      const after = here.filter((m) => m.start >= lastFig.end && m.id !== null);
      const head = after[0];
      if (
        !head ||
        head.start - lastFig.end > 40 ||
        !FORWARD_GAP.test(text.slice(lastFig.end, head.start))
      )
        continue;
      list = listFrom(after, 0, 1);
      if (list.length !== group.length) continue;
    }
    group.forEach((g, k) => respectivelyGroups.set(g, (list[k] as GMention).id as RegionOrGroupId));
  }

  // "У Луганській і Донецькій областях Росія контролює 99% і 79%": a list of regions, then as
  // many shares joined the same way and none with a region of its own, pair in order with no
  // "respectively" word.
  if (respectivelyGroups.size === 0) {
    for (let i = 0; i < figures.length; i++) {
      const group = [figures[i] as GFigure];
      while (
        i + 1 < figures.length &&
        FIGURE_JOIN.test(
          text.slice((group.at(-1) as GFigure).end, (figures[i + 1] as GFigure).start),
        )
      )
        group.push(figures[++i] as GFigure);
      if (group.length < 2 || group.some((g) => g.value.type !== 'percent')) continue;
      const first = group[0] as GFigure;
      const lastFig = group.at(-1) as GFigure;
      const before = here.filter((m) => m.end <= first.start && m.id !== null);
      if (before.length === 0) continue;
      const list = listFrom(before, before.length - 1, -1).reverse();
      const ids = new Set(list.map((m) => m.id));
      const head = list[0] as GMention;
      const tail = list.at(-1) as GMention;
      const ownRegion = here.some(
        (m) =>
          m.start >= lastFig.end &&
          m.start - lastFig.end <= 40 &&
          FORWARD_GAP.test(text.slice(lastFig.end, m.start)),
      );
      if (
        list.length !== group.length ||
        ids.size !== list.length ||
        ownRegion ||
        figures.some((g) => g.start >= tail.end && g.end <= first.start) ||
        here.some((m) => m.id !== null && m.start >= tail.end && m.end <= first.start) ||
        head.id === 'UA'
      )
        continue;
      group.forEach((g, k) =>
        respectivelyGroups.set(g, (list[k] as GMention).id as RegionOrGroupId),
      );
    }
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
