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
  inAside,
  INCLUDED_AFTER,
  INCLUDED_BEFORE,
  INCLUDED_VERB_BEFORE,
  LIST_JOIN,
} from './generic-grammar.ts';
import {
  CITY_BEFORE,
  FEMININE_NAME,
  MASCULINE_NAME,
  OBLAST_WORD,
  ORIGIN_BEFORE,
  REPUBLIC_WORD,
} from './languages.ts';
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

  /** A place named as where something came from ("з Криму", "aus dem Gebiet Donezk"). */
  // … and the names listed after it ("з Донецької та Луганської областей").
  const origin = (m: GMention): boolean => {
    if (ORIGIN_BEFORE.test(text.slice(Math.max(0, m.start - 25), m.start))) return true;
    const prev = all[firstAtOrAfter(all, m.start) - 1];
    return (
      prev !== undefined &&
      prev.id !== null &&
      prev.end <= m.start &&
      LIST_JOIN.test(text.slice(prev.end, m.start)) &&
      origin(prev)
    );
  };

  /** A name in a relative clause or an apposition its sentence closes with a comma. */
  const aside = (m: GMention): boolean => {
    const sentence = sentences[sentenceOf(m.start)];
    return sentence !== undefined && inAside(text, sentence.start, m, sentence.end);
  };

  const fromContext = (m: GMention): Resolved & { at: number } => {
    const id = m.id as RegionOrGroupId;
    const from = sentences[sentenceOf(m.start)];
    return {
      id,
      confidence: 0.6,
      notes: [note.regionFromContext(id, text.slice(m.start, m.end), from)],
      from,
      at: m.start,
    };
  };

  /**
   * The region in context before `pos`: the paragraph's, else the text just before; not a
   * place named as an origin; of the class `word` names ("the oblast": an oblast).
   */
  const contextRegion = (
    pos: number,
    excludeUA: boolean,
    word = '',
  ): (Resolved & { at: number }) | null => {
    const para = paragraphs[paragraphOf(pos)];
    const floor = Math.max(0, (para?.start ?? pos) - 400);
    const oblast = OBLAST_WORD.test(word);
    const republic = REPUBLIC_WORD.test(word);
    let fallback: GMention | undefined;
    for (let i = firstAtOrAfter(named, pos) - 1; i >= 0; i--) {
      const m = named[i] as GMention;
      if (m.end > pos) continue;
      if (m.end < floor) break;
      if (m.id === null || (excludeUA && m.id === 'UA')) continue;
      if (origin(m)) continue;
      if (
        oblast &&
        (m.id === 'crimea' || m.id === 'donbas' || m.id === 'UA' || m.id === 'annexed-four')
      )
        continue;
      if (republic && !['UA-14', 'UA-09', 'crimea', 'UA-43'].includes(m.id)) continue;
      // "Die Region Saporischschja, die an das Gebiet Cherson grenzt, …": a name in an aside
      // is taken only when nothing else is named.
      if (aside(m)) {
        fallback ??= m;
        continue;
      }
      return fromContext(m);
    }
    return fallback ? fromContext(fallback) : null;
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

  /** The gender a region or country is named in ('f', 'm'), or null when not known. */
  const genderOf = (x: GMention): 'f' | 'm' | null => {
    const named = text.slice(x.start, x.end);
    if (FEMININE_NAME.test(named)) return 'f';
    if (MASCULINE_NAME.test(named)) return 'm';
    // Arabic writes the region word before the name: "مقاطعة دونيتسك", "إقليم دونباس".
    const before = text.slice(Math.max(0, x.start - 12), x.start);
    if (/(?:مقاطعة|منطقة|جمهورية)\s*$/u.test(before)) return 'f';
    if (/إقليم\s*$/u.test(before)) return 'm';
    return null;
  };

  /**
   * The country named as the place of a region, not as a possessor: "Донецька область
   * України", "l'oblast de Donetsk, en Ukraine", "im Osten der Ukraine", "в Україні".
   */
  const countryAsPlace = (x: GMention, prev: GMention | undefined): boolean =>
    x.id === 'UA' &&
    (x.locative ||
      /(?:сход|заход|півд|півн|восток|запад|юг|север|Ost|West|Süd|Nord|est|ouest|sud|nord|este|oeste|sur|norte|wschod|zachod|połud|półno|orient|occident|meridion|settentrion)\p{L}*\s+(?:de\s+l['’]|de|del|der|des|di|dell['’]|d['’]|of)?\s*$/iu.test(
        text.slice(Math.max(0, x.start - 30), x.start),
      ) ||
      (prev !== undefined &&
        prev.id !== null &&
        prev.id !== 'UA' &&
        /^\s*,?\s*(?:(?:de\s+l['’]|de|del|der|des|di|dell['’]|d['’]|of|in|im|en|dans|w|в|у|на)\s*)?$/iu.test(
          text.slice(prev.end, x.start),
        )));

  /**
   * "Донецьку область, контролює 75% її території", "l'oblast de Donetsk … 75 % de son
   * territoire": a possessive's antecedent is the nearest region or country named before it
   * in its sentence (else in the sentence before) whose gender the possessive agrees with; a
   * reflexive ("своєї території") takes its clause's subject. With none, the country.
   */
  const resolveOwn = (m: GMention, sentence: Span): Resolved | null => {
    const country: Resolved = { id: 'UA', notes: [], confidence: 0.9 };
    const si = sentenceOf(m.start);
    const spans = m.agree === 'own' ? [sentence] : [sentence, sentences[si - 1]];
    const antecedent = (x: GMention, span: Span): Resolved | null => {
      const r = x.id === null ? resolve(x, sentence) : { id: x.id, notes: [], confidence: 0.9 };
      if (!r) return null;
      const same = span === sentence;
      return {
        id: r.id,
        confidence: same ? 0.8 : 0.65,
        notes: [
          note.anaphorContext(
            text.slice(m.start, m.end),
            r.id,
            same ? null : note.regionFromContext(r.id, text.slice(x.start, x.end), span),
          ),
        ],
        from: same ? undefined : span,
      };
    };
    // A name in an aside is the antecedent only when nothing else agrees.
    let fallback: { x: GMention; span: Span } | undefined;
    for (const span of spans) {
      if (!span) continue;
      const to = Math.min(span.end, m.start);
      for (
        let i = firstAtOrAfter(all, to) - 1;
        i >= 0 && (all[i] as GMention).start >= span.start;
        i--
      ) {
        const x = all[i] as GMention;
        if (x.end > to) continue;
        const prev = all[i - 1];
        if (x.id === null && x.anaphor !== 'region') continue;
        if (CITY_BEFORE.test(text.slice(Math.max(0, x.start - 20), x.start)) || origin(x)) continue;
        if (countryAsPlace(x, prev)) continue;
        if (m.agree === 'own') {
          // The subject: the name opens the sentence or a clause.
          const head = text.slice(span.start, x.start);
          const open = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';')) + 1);
          if (!/^[\s«"„“]*(?:(?:la|el|le|il|die|das|der|the|l['’])\s*)?$/iu.test(open)) continue;
        } else if (m.agree === 'f' || m.agree === 'm') {
          const g = genderOf(x);
          if (g !== null && g !== m.agree) continue;
        }
        if (m.agree !== 'own' && aside(x)) {
          fallback ??= { x, span };
          continue;
        }
        const r = antecedent(x, span);
        if (r) return r;
      }
    }
    if (fallback) return antecedent(fallback.x, fallback.span) ?? country;
    return country;
  };

  const resolve = (m: GMention, sentence: Span): Resolved | null => {
    if (m.id !== null) return { id: m.id, notes: [], confidence: 0.9 };
    if (m.anaphor === 'own') return resolveOwn(m, sentence);
    const r = contextRegion(
      m.start,
      m.anaphor === 'region',
      m.anaphor === 'region' ? text.slice(m.start, m.end) : '',
    );
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
      // "75% її території, а також Херсонську область": "its territory" heads no list.
      if (prev.anaphor === 'own' || next.anaphor === 'own') break;
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
    origin,
    resolve,
    resolveAll,
    listFrom,
    included,
  };
}

export type TextReader = ReturnType<typeof readText>;
