/**
 * The English extractor's context: the places named in a text, what "the region" points
 * back to, lists of places ("Kherson and Zaporizhzhia"), clauses, and the draft a figure or
 * a named region becomes before it is a candidate. Pure: no DOM, no Node APIs.
 */
import { readWording } from '../claims/reading.ts';
import { CLAUSE_BREAK } from './cues.ts';
import type { Candidate } from './candidate.ts';
import type { Figure } from './figures.ts';
import { note, noteText, type Note } from './notes.ts';
import type { RegionOrGroupId } from '../geo/regions.ts';
import type { Mention } from './region-names.ts';
import type { Span } from './sentences.ts';
import { firstAtOrAfter, spanIndex } from './spans.ts';

/** A region a figure was linked to, and how. */
export interface Link {
  mention: Mention;
  id: RegionOrGroupId;
  confidence: number;
  notes: Note[];
}

export interface Context {
  text: string;
  sentences: Span[];
  /** Places a figure may be about. */
  mentions: Mention[];
  /** Every place named, for what "the region" points back to. */
  antecedents: Mention[];
}

export const GAP_BACK_SHORT =
  /^\s*(?:(?:[—–:=-]+|,)\s*)?(?:(?:is|was|are|were|remains|remained|now|currently|still|already|has\s+been|have\s+been|been|stands\s+at|at)\s+)*$/i;
const LIST_GAP =
  /^(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+|&\s+)?|\s+(?:and|&|as\s+well\s+as|plus)\s+)(?:the\s+)?$/i;
const LIST_GAP_LOCATIVE =
  /^\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+(?:and\s+(?:north|south|east|west)\w*\s+)?)?(?:Ukraine|country['’]s\s+\w+)\s*,?\s*(?:and|&)\s+(?:the\s+)?$/i;

/** Mentions starting in [from, to): a binary search, so the extractor stays linear. */
export function mentionsBetween(list: readonly Mention[], from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstAtOrAfter(list, from); i < list.length; i++) {
    const m = list[i] as Mention;
    if (m.start >= to) break;
    out.push(m);
  }
  return out;
}

export function sentenceOf(ctx: Context, pos: number): number {
  return spanIndex(ctx.sentences, pos);
}

/** The place an anaphor ("the region", "the territory") points back to. */
export function resolve(ctx: Context, m: Mention): Link | null {
  if (m.id !== null) return { mention: m, id: m.id, confidence: 0.9, notes: [] };
  const phrase = ctx.text.slice(m.start, m.end);
  const before = mentionsBetween(ctx.antecedents, m.start - 1600, m.start).filter(
    (a) => a.end <= m.start,
  );
  const link = (prior: Mention, id: RegionOrGroupId): Link => {
    const same = sentenceOf(ctx, prior.start) === sentenceOf(ctx, m.start);
    return {
      mention: m,
      id,
      confidence: same ? 0.8 : 0.65,
      notes: [note.anaphor(phrase, id, same ? 'sentence' : 'text')],
    };
  };
  let fallback: [Mention, RegionOrGroupId] | undefined;
  for (let i = before.length - 1; i >= 0; i--) {
    const prior = before[i];
    if (!prior || prior.id === null || prior.locative) continue;
    if (m.start - prior.end > 1500) break;
    if (m.anaphor === 'region' && (prior.id === 'UA' || prior.id === 'annexed-four')) continue;
    // "Russian troops that advanced from Crimea": where they came from, not the topic.
    if (/\bfrom\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, prior.start - 12), prior.start)))
      continue;
    // "the Donetsk region of Ukraine", "…, in the south of Ukraine": the country as a region's
    // place, not what "its territory" is of.
    const previous = before[i - 1];
    if (
      prior.id === 'UA' &&
      ((previous !== undefined &&
        previous.id !== null &&
        previous.id !== 'UA' &&
        /^\s*,?\s*(?:of|in)\s*$/i.test(ctx.text.slice(previous.end, prior.start))) ||
        /\b(?:north|south|east|west)(?:ern|east|west)?\s+(?:part\s+)?of\s+$/i.test(
          ctx.text.slice(Math.max(0, prior.start - 25), prior.start),
        ))
    )
      continue;
    // "Ukraine maintains control over 15% of the territory": the holder, not the territory.
    if (
      prior.id === 'UA' &&
      /^\s+(?:\w+\s+)?(?:maintains?|controls?|holds?|retains?|keeps?)\b/i.test(
        ctx.text.slice(prior.end, prior.end + 30),
      )
    )
      continue;
    // "The Zaporizhzhia region, which borders the Kherson region, …": a name in an aside is
    // taken only when nothing else is named.
    const sentence = ctx.sentences[sentenceOf(ctx, prior.start)];
    if (
      sentence &&
      /,\s*(?:which|who|that|i\.\s?e\.|that\s+is|namely)\b[^,]*$/i.test(
        ctx.text.slice(sentence.start, prior.start),
      ) &&
      ctx.text.slice(prior.end, Math.min(sentence.end, m.start)).includes(',')
    ) {
      fallback ??= [prior, prior.id];
      continue;
    }
    return link(prior, prior.id);
  }
  return fallback ? link(...fallback) : null;
}

export function isSuffixed(ctx: Context, m: Mention): boolean {
  return /(?:oblasts?|regions?|provinces?)$/i.test(ctx.text.slice(m.start, m.end));
}

/** Mentions joined to `m` by "and" or commas, forwards (or backwards), `m` included. */
export function listFrom(
  ctx: Context,
  m: Mention,
  direction: 1 | -1,
  figures: Figure[],
): Mention[] {
  const list = [m];
  const ownsFigure = (x: Mention) =>
    figures.some(
      (f) =>
        f.start >= x.end &&
        f.start - x.end < 20 &&
        GAP_BACK_SHORT.test(ctx.text.slice(x.end, f.start)),
    );
  let current = m;
  for (;;) {
    const i = firstAtOrAfter(ctx.mentions, current.start);
    let next: Mention | undefined;
    for (let j = i + direction; j >= 0 && j < ctx.mentions.length; j += direction) {
      const candidate = ctx.mentions[j];
      if (candidate && !candidate.locative) {
        next = candidate;
        break;
      }
    }
    if (!next) break;
    const [a, b] = direction === 1 ? [current, next] : [next, current];
    const gap = ctx.text.slice(a.end, b.start);
    if (!LIST_GAP.test(gap) && !LIST_GAP_LOCATIVE.test(gap)) break;
    if (direction === 1 && ownsFigure(next)) break;
    list.push(next);
    current = next;
  }
  return direction === 1 ? list : list.reverse();
}

export function linkList(
  ctx: Context,
  head: Mention,
  direction: 1 | -1,
  figures: Figure[],
): Link[] {
  const links: Link[] = [];
  for (const m of listFrom(ctx, head, direction, figures)) {
    const link = resolve(ctx, m);
    if (link && !links.some((l) => l.id === link.id)) links.push(link);
  }
  return links;
}

export function clauseAround(text: string, sentence: Span, start: number, end: number): Span {
  const s = text.slice(sentence.start, sentence.end);
  let from = sentence.start;
  let to = sentence.end;
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of s.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + m.index;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { start: from, end: to };
}

export interface Draft extends Omit<Candidate, 'quote' | 'start' | 'end' | 'override'> {
  sentence: Span;
  /** The first sentence of the quote when the region was named in an earlier one. */
  from?: Span;
  viaFigure: boolean;
}

export function overrideFor(draft: Draft): string | undefined {
  const reading = readWording(draft.wording);
  if (
    reading !== null &&
    reading.low === draft.low &&
    reading.high === draft.high &&
    reading.rule === draft.rule
  )
    return undefined;
  const read =
    reading === null
      ? 'reading.ts reads no rule from the wording'
      : `reading.ts reads the wording alone as ${reading.low === null ? 'no number' : `${reading.low}–${reading.high}`} ("${reading.rule}")`;
  return `${draft.notes.map((n) => noteText(n)).join('; ')} (${read})`;
}

export function quoteSpan(text: string, draft: Draft): Span {
  const first = draft.from ?? draft.sentence;
  return { start: first.start, end: Math.max(draft.sentence.end, first.end) };
}
