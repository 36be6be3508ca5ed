/**
 * A text as the multilingual extractor reads it: sentences, paragraphs and the region names
 * in them; the region a paragraph (or the text just before a position) is about; "the
 * region" / "the territory" resolved to it; lists of names; names included in what is held.
 *
 * Pure: no DOM, no Node APIs. Look-ups by position use binary search.
 */
import type { RegionOrGroupId } from '../geo/regions.ts';
import { findGenericMentions, type GMention } from './generic-mentions.ts';
import {
  INCLUDED_AFTER,
  INCLUDED_BEFORE,
  INCLUDED_VERB_BEFORE,
  LIST_JOIN,
} from './generic-grammar.ts';
import { note, type Note } from './notes.ts';
import { splitSentences, type Span } from './sentences.ts';
import { firstAtOrAfter, spanIndex, splitParagraphs } from './spans.ts';

export interface Resolved {
  id: RegionOrGroupId;
  notes: Note[];
  confidence: number;
  /** The sentence that named the region, when it was read from context. */
  from?: Span;
}

/** Reads `text` once: its sentences, paragraphs and mentions, and look-ups over them. */
export function readText(text: string) {
  const sentences = splitSentences(text);
  const paragraphs = splitParagraphs(text);
  const all = findGenericMentions(text);
  const mentions = all.filter((m) => !m.antecedentOnly);
  const named = all.filter((m) => m.id !== null && !m.locative);

  const sentenceOf = (pos: number) => spanIndex(sentences, pos);
  const paragraphOf = (pos: number) => spanIndex(paragraphs, pos);
  const mentionsIn = (s: number, e: number) => {
    const res: GMention[] = [];
    for (let i = firstAtOrAfter(mentions, s); i < mentions.length; i++) {
      const m = mentions[i] as GMention;
      if (m.start >= e) break;
      if (m.end <= e) res.push(m);
    }
    return res;
  };

  /** The region in context before `pos`: the paragraph's, else the text just before. */
  const contextRegion = (pos: number, excludeUA: boolean): (Resolved & { at: number }) | null => {
    const para = paragraphs[paragraphOf(pos)];
    const floor = Math.max(0, (para?.start ?? pos) - 400);
    for (let i = firstAtOrAfter(named, pos) - 1; i >= 0; i--) {
      const m = named[i] as GMention;
      if (m.end > pos) continue;
      if (m.end < floor) break;
      if (m.id === null || (excludeUA && m.id === 'UA')) continue;
      const si = sentenceOf(m.start);
      const from = sentences[si];
      return {
        id: m.id,
        confidence: 0.6,
        notes: [note.regionFromContext(m.id, text.slice(m.start, m.end), from)],
        from,
        at: m.start,
      };
    }
    return null;
  };

  /** "the two regions": the last two regions named before `m`, each as `resolve` gives it. */
  const resolveAll = (m: GMention, sentence: Span): Resolved[] => {
    if (m.anaphor !== 'two' && m.anaphor !== 'these') {
      const r = resolve(m, sentence);
      return r ? [r] : [];
    }
    const out: Resolved[] = [];
    let pos = m.start;
    // "these regions": the list named last (names within a list's reach of each other).
    const these = m.anaphor === 'these';
    let last = -1;
    while (out.length < (these ? 4 : 2)) {
      const r = contextRegion(pos, true);
      if (!r) break;
      if (these && last >= 0 && last - r.at > 60) break;
      last = r.at;
      if (!out.some((o) => o.id === r.id)) {
        const same = r.from && r.from.start === sentence.start;
        out.push({
          ...r,
          confidence: same ? 0.8 : 0.65,
          notes: [note.anaphorContext(text.slice(m.start, m.end), r.id, r.notes[0] ?? null)],
          from: same ? undefined : r.from,
        });
      }
      pos = r.at;
    }
    return out.length === 2 || (these && out.length > 2) ? out : [];
  };

  const resolve = (m: GMention, sentence: Span): Resolved | null => {
    if (m.id !== null) return { id: m.id, notes: [], confidence: 0.9 };
    const r = contextRegion(m.start, m.anaphor === 'region');
    if (!r) return null;
    const same = r.from && r.from.start === sentence.start;
    return {
      ...r,
      confidence: same ? 0.8 : 0.65,
      notes: [note.anaphorContext(text.slice(m.start, m.end), r.id, r.notes[0] ?? null)],
      from: same ? undefined : r.from,
    };
  };

  const listFrom = (ms: GMention[], i: number, dir: 1 | -1): GMention[] => {
    const list = [ms[i] as GMention];
    for (let j = i + dir; j >= 0 && j < ms.length; j += dir) {
      const prev = list.at(-1) as GMention;
      const next = ms[j] as GMention;
      const [a, b] = dir === 1 ? [prev, next] : [next, prev];
      const join = text.slice(a.end, b.start);
      // "زابوريجيا وخيرسون": Arabic writes "and" onto the next name.
      if (
        !LIST_JOIN.test(join) &&
        !(/^\s+$/u.test(join) && /^[وف]\p{L}/u.test(text.slice(b.start)))
      )
        break;
      // "dell'Ucraina, Crimea compresa": a part named inside the whole, not another share.
      if (
        /^\s*(?:compres\p{L}*|inclus\p{L}*|включ\p{L}*|included|eingeschlossen)/iu.test(
          text.slice(b.end, b.end + 20),
        )
      )
        break;
      list.push(next);
    }
    return list;
  };

  const included = (m: GMention) =>
    INCLUDED_BEFORE.test(text.slice(Math.max(0, m.start - 45), m.start)) ||
    INCLUDED_VERB_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) ||
    INCLUDED_AFTER.test(text.slice(m.end, m.end + 20));

  return {
    text,
    sentences,
    mentionsIn,
    contextRegion,
    resolve,
    resolveAll,
    listFrom,
    included,
  };
}

export type TextReader = ReturnType<typeof readText>;
