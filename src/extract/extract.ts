/**
 * `extract(text, options)`: candidate claims from an article's text. For every figure that
 * says how much of a region Russia holds, claims or demands, it gives the region (ISO 3166-2
 * code or group id), the kind, the interval read by the dataset's reading rules, the wording
 * and the sentence it stands in (with their offsets), and notes on how it was read.
 *
 * Candidates are for an editor to review, not facts: each carries a `confidence` and the
 * notes say every step that was not a plain reading. See README.md beside this file for what
 * is read and how. Pure: no DOM, no Node APIs.
 */
import { readWording, type RuleId } from '../claims/reading.ts';
import type { Kind } from '../claims/schema.ts';
import { officialAreaKm2, regionName, type RegionOrGroupId } from '../geo/regions.ts';
import {
  ASPIRATION,
  CLAUSE_BREAK,
  DISTRACTOR,
  NEGATION,
  TERRITORIAL,
  findCues,
  type Cue,
} from './cues.ts';
import { findFigures, type Figure } from './figures.ts';
import {
  complement,
  describeAlternative,
  readValue,
  readWords,
  type AreaContext,
  type Interval,
} from './read.ts';
import { findMentions, territoryMentions, type Mention } from './region-names.ts';
import { splitSentences, type Span } from './sentences.ts';
import { formatNumber } from './numbers.ts';
import {
  LANGUAGES,
  LANGUAGE_NAMES,
  detectLanguage,
  normaliseLanguage,
  type Language,
} from './languages.ts';
import { extractGeneric } from './multilingual.ts';

/** The language a text is read in: the one given (normalised), else the one detected. */
export function resolveLanguage(text: string, given?: string): Language {
  if (given === undefined || given.trim() === '') return detectLanguage(text);
  const lang = normaliseLanguage(given);
  if (lang === null) {
    throw new Error(
      `extract: language "${given}" is not supported; use one of ${LANGUAGES.join(', ')} (or leave it out to detect it)`,
    );
  }
  return lang;
}

/** The kinds the extractor gives; `position` statements are left to the editor. */
export type CandidateKind = Exclude<Kind, 'position'>;

export interface Candidate {
  /** ISO 3166-2 code ("UA-14") or group id (donbas, crimea, annexed-four, UA). */
  region: RegionOrGroupId;
  /** control (the default), claim (annexed, "claims as its own"), demand ("cede", "withdraw"). */
  kind: CandidateKind;
  /** Percent of the region held by Russia; both null when the words give no share. */
  low: number | null;
  high: number | null;
  /** The reading rule (src/claims/reading.ts) that gave low–high. */
  rule: RuleId;
  /** The figure as the text words it: `text.slice(wordingStart, wordingEnd)`. */
  wording: string;
  wordingStart: number;
  wordingEnd: number;
  /** The sentence (or sentences) it stands in: `text.slice(start, end)`. */
  quote: string;
  start: number;
  end: number;
  /** How the figure was read, step by step, in plain words. */
  notes: string[];
  /**
   * Set when `readWording(wording)` alone would not give low, high and rule (an area
   * converted, a complement, a word reading.ts lacks): the reason, ready for the dataset's
   * `override` field.
   */
  override?: string;
  /** 0–1: how sure the extractor is that this is a claim about this region. */
  confidence: number;
  /**
   * Set when the region was read from context (the paragraph's region, "the region", "the
   * oblast", a list's lead-in): the sentence that named it, with its offsets in the text.
   */
  regionFrom?: { sentence: string; start: number; end: number };
}

export interface ExtractOptions {
  /** Drop candidates below this confidence (0–1). Default `DEFAULT_MIN_CONFIDENCE`. */
  minConfidence?: number;
  /**
   * The text's language: en, uk, ru, pl, fr, de, it, es or ar (a code such as "uk-UA" is
   * read as "uk"). Detected from the text when not given (`detectLanguage`). Other values
   * throw, with the list of supported ones.
   */
  language?: string;
}

/** The largest text `extract` reads, in UTF-16 code units (10 million: about 10 MB of text). */
export const MAX_TEXT_LENGTH = 10_000_000;

export const DEFAULT_MIN_CONFIDENCE = 0.5;

/** A region a figure was linked to, and how. */
interface Link {
  mention: Mention;
  id: RegionOrGroupId;
  confidence: number;
  notes: string[];
}

interface Context {
  text: string;
  sentences: Span[];
  /** Places a figure may be about. */
  mentions: Mention[];
  /** Every place named, for what "the region" points back to. */
  antecedents: Mention[];
}

const GAP_OF =
  /^,?\s+(?:(?:Russian|Russian-held|Russian-controlled|total|territorial)\s+)?(?:control\s+)?(?:of|in|over|across)\s+(?:the\s+)?(?:(?:entire|whole|total|overall|broader|wider|greater)\s+)?(?:(?:territory|territories|area|land|lands|surface|region|oblast|province)\s+(?:of|in)\s+(?:the\s+)?)?$/i;
const GAP_ADJECTIVE = /^\s+(?:of\s+)?(?:the\s+)?(?:(?:territory|area)\s+of\s+(?:the\s+)?)?$/i;
const GAP_CONTROL = /^\s+(?:of|over)\s+(?:the\s+)?$/i;
const GAP_ADVERB = /^\s+(?:the\s+)?$/i;
const GAP_BACK_SHORT =
  /^\s*(?:(?:[—–:=-]+|,)\s*)?(?:(?:is|was|are|were|remains|remained|now|currently|still|already|has\s+been|have\s+been|been|stands\s+at|at)\s+)*$/i;
const GAP_POST_CUE =
  /^[\s,]*(?:(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|been|now|still|currently|already|effectively|reportedly|fully|entirely)\s+)*$/i;
const LIST_GAP =
  /^(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+|&\s+)?|\s+(?:and|&|as\s+well\s+as|plus)\s+)(?:the\s+)?$/i;
const LIST_GAP_LOCATIVE =
  /^\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+(?:and\s+(?:north|south|east|west)\w*\s+)?)?(?:Ukraine|country['’]s\s+\w+)\s*,?\s*(?:and|&)\s+(?:the\s+)?$/i;
/** After a figure: "of respondents", "of the vote" — a share of something other than land. */
const OF_SOMETHING = /^\s+(?:of|among)\s+\S/i;
const OF_GENERIC_TERRITORY =
  /^\s+of\s+(?:(?:it|them)\b|(?:the\s+)?(?:(?:occupied|Ukrainian|Ukraine['’]s)\s+)?(?:territory|territories|land|lands)\b)/i;
const REMAINING_BEFORE = /\b(?:remaining|rest\s+of(?:\s+the)?|remainder\s+of(?:\s+the)?)\s*$/i;
/** The largest claim region (Kherson); a bigger area with no region named is of Ukraine. */
const LARGEST_REGION_KM2 = 28_461;

function areaContext(id: RegionOrGroupId): AreaContext {
  return { name: id === 'UA' ? 'Ukraine' : regionName(id), areaKm2: officialAreaKm2(id) };
}

/** Index of the first item starting at or after `pos` (items sorted by start). */
function firstAtOrAfter(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { start: number }).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions starting in [from, to): a binary search, so the extractor stays linear. */
function mentionsBetween(list: readonly Mention[], from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstAtOrAfter(list, from); i < list.length; i++) {
    const m = list[i] as Mention;
    if (m.start >= to) break;
    out.push(m);
  }
  return out;
}

function sentenceOf(ctx: Context, pos: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid] as Span;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The place an anaphor ("the region", "the territory") points back to. */
function resolve(ctx: Context, m: Mention): Link | null {
  if (m.id !== null) return { mention: m, id: m.id, confidence: 0.9, notes: [] };
  const phrase = ctx.text.slice(m.start, m.end);
  const before = mentionsBetween(ctx.antecedents, m.start - 1600, m.start).filter(
    (a) => a.end <= m.start,
  );
  for (let i = before.length - 1; i >= 0; i--) {
    const prior = before[i];
    if (!prior || prior.id === null || prior.locative) continue;
    if (m.start - prior.end > 1500) break;
    if (m.anaphor === 'region' && (prior.id === 'UA' || prior.id === 'annexed-four')) continue;
    // "Ukraine maintains control over 15% of the territory": the holder, not the territory.
    if (
      prior.id === 'UA' &&
      /^\s+(?:\w+\s+)?(?:maintains?|controls?|holds?|retains?|keeps?)\b/i.test(
        ctx.text.slice(prior.end, prior.end + 30),
      )
    )
      continue;
    const same = sentenceOf(ctx, prior.start) === sentenceOf(ctx, m.start);
    return {
      mention: m,
      id: prior.id,
      confidence: same ? 0.8 : 0.65,
      notes: [
        `read "${phrase}" as ${areaContext(prior.id).name}, named ${same ? 'earlier in the sentence' : 'earlier in the text'}`,
      ],
    };
  }
  return null;
}

function isSuffixed(ctx: Context, m: Mention): boolean {
  return /(?:oblasts?|regions?|provinces?)$/i.test(ctx.text.slice(m.start, m.end));
}

/** Mentions joined to `m` by "and" or commas, forwards (or backwards), `m` included. */
function listFrom(ctx: Context, m: Mention, direction: 1 | -1, figures: Figure[]): Mention[] {
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

function linkList(ctx: Context, head: Mention, direction: 1 | -1, figures: Figure[]): Link[] {
  const links: Link[] = [];
  for (const m of listFrom(ctx, head, direction, figures)) {
    const link = resolve(ctx, m);
    if (link && !links.some((l) => l.id === link.id)) links.push(link);
  }
  return links;
}

interface FigureLinks {
  links: Link[];
  /** Where the figure and its region(s) end in the text. */
  end: number;
  /** A list item or "Luhansk is 99.6% occupied": the structure itself ties them. */
  structural: boolean;
}

function firstMentionAfter(ctx: Context, pos: number, limit: number): Mention | undefined {
  return mentionsBetween(ctx.mentions, pos, limit).find((m) => !m.locative);
}

function forwardGapFits(f: Figure, gap: string): boolean {
  const v = f.value;
  if (v.type !== 'words') return GAP_OF.test(gap);
  if (v.needs === 'of') return GAP_OF.test(gap);
  if (v.needs === 'of-or-adjective') return GAP_OF.test(gap) || GAP_ADJECTIVE.test(gap);
  return v.adverb ? GAP_ADVERB.test(gap) : GAP_CONTROL.test(gap);
}

function linkFigure(
  ctx: Context,
  f: Figure,
  sentence: Span,
  clause: Span,
  figures: Figure[],
): FigureLinks | 'reject' | null {
  // Forwards: "80% of Donetsk", "about 75% of Kherson and Zaporizhzhia", "all of Luhansk".
  for (const end of [...f.ends].reverse()) {
    const m = firstMentionAfter(ctx, end, sentence.end);
    if (!m) continue;
    if (!forwardGapFits(f, ctx.text.slice(end, m.start))) continue;
    const links = linkList(ctx, m, 1, figures);
    if (links.length === 0) continue;
    const last = listFrom(ctx, m, 1, figures).at(-1) ?? m;
    return { links, end: last.end, structural: false };
  }

  const after = ctx.text.slice(f.end, sentence.end);
  if (OF_SOMETHING.test(after) && !OF_GENERIC_TERRITORY.test(after)) return 'reject';
  const numeric = f.value.type !== 'words';
  const adverb = f.value.type === 'words' && f.value.adverb;
  if (!numeric && !adverb) return null;

  // Backwards: the nearest place before it in the clause ("Kherson — 72%", "In Donetsk,
  // Russian forces control about 80%").
  const before = mentionsBetween(ctx.mentions, clause.start, f.start).filter(
    (m) => m.end <= f.start && !m.locative,
  );
  const nearest = before.at(-1);
  if (nearest) {
    const gap = ctx.text.slice(nearest.end, f.start);
    const between = figures.some((g) => g !== f && g.start >= nearest.end && g.end <= f.start);
    const short = GAP_BACK_SHORT.test(gap);
    const isUkraine = nearest.id === 'UA' && nearest.anaphor === undefined;
    if (!between && (short || (gap.length <= 160 && !isUkraine && nearest.id !== 'UA'))) {
      const links = linkList(ctx, nearest, -1, figures);
      if (links.length > 0) {
        for (const l of links) l.confidence = Math.min(l.confidence, short ? 0.8 : 0.7);
        return { links, end: f.end, structural: short };
      }
    }
  }
  return null;
}

/** A region for a figure whose sentence names none: from the text before it. */
function contextLink(ctx: Context, f: Figure, sentence: Span, clause?: Span): Link | null {
  // "held 90% of the Luhansk oblast in spring but holds 72% now": a clause that names no
  // region takes the one an earlier clause of the sentence named.
  if (clause && clause.start > sentence.start) {
    const inClause = mentionsBetween(ctx.mentions, clause.start, clause.end).some(
      (m) => !m.locative,
    );
    const earlier = mentionsBetween(ctx.mentions, sentence.start, clause.start).filter(
      (m) => !m.locative && m.id !== null && m.id !== 'UA',
    );
    const m = earlier.at(-1);
    if (!inClause && m && m.id) {
      return {
        mention: m,
        id: m.id,
        confidence: 0.7,
        notes: [
          `the clause names no region: took ${areaContext(m.id).name}, named earlier in the sentence`,
        ],
      };
    }
  }
  const inSentence = mentionsBetween(ctx.mentions, sentence.start, sentence.end).some(
    (m) => m.end <= sentence.end && !m.locative,
  );
  if (!inSentence) {
    const prior = mentionsBetween(ctx.mentions, sentence.start - 700, sentence.start).filter(
      (m) => m.end <= sentence.start && sentence.start - m.end < 600 && !m.locative && m.id,
    );
    const m = prior.at(-1);
    if (m && m.id) {
      return {
        mention: m,
        id: m.id,
        confidence: 0.55,
        notes: [
          `the sentence names no region: took ${areaContext(m.id).name}, named earlier in the text`,
        ],
      };
    }
  }
  if (f.value.type === 'area' && f.value.km2 > LARGEST_REGION_KM2) {
    return {
      mention: { start: f.start, end: f.end, id: 'UA', locative: false },
      id: 'UA',
      confidence: 0.55,
      notes: ['no region named and the area is larger than any oblast: read as a share of Ukraine'],
    };
  }
  return null;
}

function clauseAround(text: string, sentence: Span, start: number, end: number): Span {
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

/** Whether a cue sits in a relative clause (", which it annexed in 2014,") closed before `pos`. */
function inClosedRelative(text: string, clause: Span, cue: Cue, pos: number): boolean {
  const before = text.slice(clause.start, cue.start);
  const after = text.slice(cue.end, pos);
  return /,\s*(?:which|who|that|where)\b[^,]*$/i.test(before) && after.includes(',');
}

/** The cue that governs a figure: right after it ("30% remains under Ukrainian control"),
 * else the nearest before it in the clause. */
function governingCue(
  text: string,
  cues: Cue[],
  clause: Span,
  figureStart: number,
  linkEnd: number,
): Cue | null {
  const post = cues.find(
    (c) =>
      c.start >= linkEnd && c.start < clause.end && GAP_POST_CUE.test(text.slice(linkEnd, c.start)),
  );
  if (post) return post;
  const pre = cues.filter(
    (c) =>
      c.end <= figureStart &&
      c.start >= clause.start &&
      !inClosedRelative(text, clause, c, figureStart),
  );
  return pre.at(-1) ?? null;
}

interface Draft extends Omit<Candidate, 'quote' | 'start' | 'end' | 'override'> {
  sentence: Span;
  /** The first sentence of the quote when the region was named in an earlier one. */
  from?: Span;
  viaFigure: boolean;
}

function overrideFor(draft: Draft): string | undefined {
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
  return `${draft.notes.join('; ')} (${read})`;
}

function figureDrafts(
  ctx: Context,
  sentence: Span,
  cues: Cue[],
  figures: Figure[],
  f: Figure,
): Draft[] {
  const { text } = ctx;
  if (f.change) return [];
  const clause = clauseAround(text, sentence, f.start, f.end);
  const linked = linkFigure(ctx, f, sentence, clause, figures);
  if (linked === 'reject') return [];
  let links = linked?.links ?? [];
  let structural = linked?.structural ?? false;
  if (links.length === 0) {
    if (f.value.type === 'words') return [];
    const link = contextLink(ctx, f, sentence, clause);
    if (!link) return [];
    links = [link];
    structural = false;
  }
  const linkEnd = linked?.end ?? f.end;

  const cue = governingCue(text, cues, clause, f.start, linkEnd);
  const window = text.slice(Math.max(clause.start, f.start - 60), f.start);
  if (NEGATION.test(window)) return [];
  const kind: CandidateKind =
    cue?.type === 'claim' ? 'claim' : cue?.type === 'demand' ? 'demand' : 'control';
  if (kind === 'control' && ASPIRATION.test(window)) return [];

  let confidence = Math.min(...links.map((l) => l.confidence));
  if (cue === null) {
    const clauseText = text.slice(clause.start, clause.end);
    const earlier = text.slice(Math.max(0, sentence.start - 400), sentence.start);
    if (!TERRITORIAL.test(clauseText) && !(structural && TERRITORIAL.test(earlier))) return [];
    confidence -= 0.1;
  }
  const near =
    text.slice(Math.max(clause.start, f.start - 50), f.start) +
    ' ' +
    text.slice(linkEnd, Math.min(clause.end, linkEnd + 40));
  if (DISTRACTOR.test(near)) {
    if (cue === null) return [];
    confidence -= 0.2;
  }

  const wording = text.slice(f.wordStart, f.wordEnd);
  const drafts: Draft[] = [];
  for (const link of links) {
    const region = areaContext(link.id);
    const notes = [...link.notes];
    let interval: Interval | null;
    if (
      kind === 'demand' &&
      REMAINING_BEFORE.test(text.slice(Math.max(0, f.start - 20), f.start))
    ) {
      interval = readWords('all', 'all', notes);
      notes.push('a demand for the rest of the region: read as all of it');
    } else {
      interval = readValue(f.value, wording, region, notes, f.allBut);
      if (interval === null) continue;
      if (cue?.type === 'inverse') {
        interval = complement(interval);
        notes.push(`read as the complement of "${wording.trim()}" under Ukrainian control`);
      }
    }
    for (const alt of f.alternatives) {
      notes.push(`the text gives the same figure as ${describeAlternative(alt, region)}`);
    }
    drafts.push({
      region: link.id,
      kind,
      low: interval.low,
      high: interval.high,
      rule: interval.rule,
      wording,
      wordingStart: f.wordStart,
      wordingEnd: f.wordEnd,
      notes,
      confidence: Math.max(0, Math.min(1, confidence)),
      sentence,
      from:
        sentenceOf(ctx, link.mention.start) >= 0 && link.mention.start < sentence.start
          ? ctx.sentences[sentenceOf(ctx, link.mention.start)]
          : undefined,
      viaFigure: true,
    });
  }
  return drafts;
}

// ——— Regions named as controlled, claimed or demanded, with no figure ———

const NAMED_CONTROL_BEFORE =
  /(?:\b(?:currently|now|still|already|effectively|de\s+facto|also)\s+)*\b(?:controls|occupies|holds|has\s+(?:(?:now|already|effectively|since)\s+)?(?:occupied|controlled|held|seized|captured|taken(?:\s+control\s+of)?)|seized|captured|(?<!\b(?:the|temporarily|partially|partly|illegally)\s+)occupied|took\s+control\s+of|(?:is|are)\s+(?:now\s+)?in\s+control\s+of)\s+(?:the\s+)?$/i;
const NAMED_CONTROL_AFTER =
  /^\s+(?:is|are|was|remains|has\s+been|have\s+been)\s+(?:(?:now|still|currently)\s+)*(?:under\s+(?:Russian|Moscow['’]s|Russia['’]s)\s+(?:control|occupation)|occupied(?:\s+by\s+Russia(?:n\s+forces)?)?|in\s+Russian\s+hands)/i;
const UKRAINE_SUBJECT = /\b(?:Ukraine|Kyiv|Kiev|Ukrainian\s+\w+)\s+(?:\w+\s+)?$/i;

const CLAIM_AFTER_LIST: readonly RegExp[] = [
  /^\s+(?:was|were|has\s+been|have\s+been)\s+(?:illegally\s+|formally\s+|unilaterally\s+)?annexed\b/i,
  /^,?\s+which\s+(?:it|Russia|Moscow|the\s+Kremlin)\s+claims\s+as\s+(?:its|their)\s+own\b/i,
  /^\s+(?:is|are|was|were|became|become|has\s+become|have\s+become|to\s+be|as)\s+(?:now\s+)?(?:(?:legally|formally|officially)\s+)?(?:a\s+)?part\s+of\s+Russia\b/i,
  /^\s+(?:to\s+be\s+|as\s+)?(?:(?:legally|formally)\s+)?(?:Russian\s+territory|(?:its|their)\s+own\s+territory)\b/i,
  /^(?:\s*,?\s*(?:and\s+)?[\p{L}]+){0,2}\s+to\s+re-?unite\s+with\s+(?:their\s+historical\s+homeland|Russia|the\s+motherland|their\s+homeland)\b/iu,
];
const CLAIM_BEFORE_LIST: readonly RegExp[] = [
  /(?<!\b(?:the|an?|its|their|illegally|newly|already|Russian)\s+)\bannex(?:ed|es|ing)\s+(?:the\s+)?$/i,
  /\bannexation\s+of\s+(?:the\s+)?$/i,
  /\b(?:territories|regions|areas|land|lands)\s+(?:that\s+|which\s+)?(?:it|Russia|Moscow|the\s+Kremlin)\s+claims?\s+as\s+(?:its|their)\s+own\s*(?:[–—:-]|,\s*(?:including|namely|i\.e\.))\s*(?:the\s+)?$/i,
  /\b(?:considers?|regards?|declared|proclaimed|deems?|claims?)\s+(?:the\s+)?$/i,
];
/** The words a claim is read from, within what the patterns matched. */
const CLAIM_WORDING =
  /(?:territories|regions|areas|lands?)\s+(?:that\s+|which\s+)?(?:it|Russia|Moscow|the\s+Kremlin)\s+claims?\s+as\s+(?:its|their)\s+own|claims\s+as\s+(?:its|their)\s+own|annex(?:ed|es|ing|ation)|(?:(?:legally|formally|officially)\s+)?part\s+of\s+Russia|Russian\s+territory|(?:its|their)\s+own\s+territory|as\s+(?:its|their)\s+own|to\s+re-?unite\s+with\s+(?:their\s+historical\s+homeland|Russia|the\s+motherland|their\s+homeland)/i;
const CONSIDERS_TAIL =
  /^\s+(?:to\s+be\s+|as\s+)?(?:(?:legally|formally)\s+)?(?:(?:a\s+)?part\s+of\s+Russia|Russian\s+territory|(?:its|their)\s+own(?:\s+territory)?)\b/i;

const DEMAND_TRIGGER =
  /\b(?:demand\w*|insist\w*|wants?|calls?\s+for|called\s+for|conditions?|terms|ultimatum|requir\w*|must|would\s+have\s+to|has\s+to|have\s+to|expects?|proposal|plan)\b/i;
const DEMAND_LEAD = String.raw`(?:the\s+)?(?:(?:rest|remainder)\s+of\s+(?:the\s+)?|remaining\s+(?:parts?\s+of\s+)?(?:the\s+)?|(?:all|parts?|control)\s+of\s+(?:the\s+)?|(?:territories|regions|areas|lands?)\b[^.;–—:]{0,50}?[–—:]\s*(?:the\s+)?|(?:territories|regions|areas|lands?)\s+(?:in|of)\s+(?:the\s+)?)?`;
const DEMAND_BEFORE_LIST: readonly [RegExp, boolean][] = [
  [
    new RegExp(
      String.raw`(?:\b(?:complete|full|total)\s+)?\bwithdrawal\s+of\s+(?:Kyiv['’]s|Kiev['’]s|Ukraine['’]s|Ukrainian|the\s+Ukrainian)\s+(?:forces|troops|army|military|units)\s+from\s+${DEMAND_LEAD}$`,
      'i',
    ),
    true,
  ],
  [
    new RegExp(
      String.raw`\b(?:Ukraine|Kyiv|Kiev|Ukrainian\s+(?:forces|troops))\s+(?:to\s+|must\s+|should\s+|would\s+)?(?:completely\s+|fully\s+)?(?:withdraw(?:s|ing)?|pull(?:s|ing)?\s+out|retreat(?:s|ing)?)\s+(?:(?:its|their)\s+(?:forces|troops)\s+)?(?:from|of)\s+${DEMAND_LEAD}$`,
      'i',
    ),
    true,
  ],
  [
    new RegExp(
      String.raw`\b(?:ced(?:e|es|ing)|hand(?:s|ing)?\s+over|give\s+up|giving\s+up|surrender(?:s|ing)?|relinquish(?:es|ing)?)\s+(?:control\s+(?:of|over)\s+)?${DEMAND_LEAD}$`,
      'i',
    ),
    false,
  ],
];
const DEMAND_WORDING =
  /(?:(?:complete|full|total)\s+)?withdrawal\s+of\s+(?:Kyiv['’]s|Kiev['’]s|Ukraine['’]s|Ukrainian|the\s+Ukrainian)\s+(?:forces|troops|army|military|units)|withdraw(?:s|ing)?|pull(?:s|ing)?\s+out|retreat(?:s|ing)?|ced(?:e|es|ing)|hand(?:s|ing)?\s+over|give\s+up|giving\s+up|surrender(?:s|ing)?|relinquish(?:es|ing)?/i;

function namedDraft(
  ctx: Context,
  sentence: Span,
  link: Link,
  kind: CandidateKind,
  wordingStart: number,
  wordingEnd: number,
  confidence: number,
): Draft {
  const wording = ctx.text.slice(wordingStart, wordingEnd);
  const notes = [...link.notes];
  // reading.ts's `named` rule (or `all`) reads every wording the patterns above pick; should
  // one read otherwise, the region is still named with no figure: all of it, with a note.
  const reading = readWording(wording);
  let interval: Interval;
  if (reading !== null && (reading.rule === 'named' || reading.rule === 'all')) {
    interval = { low: reading.low, high: reading.high, rule: reading.rule, notes };
  } else {
    interval = { low: 100, high: 100, rule: 'named', notes };
    notes.push(`read "${wording}" as a region named with no figure: all of it`);
  }
  return {
    region: link.id,
    kind,
    low: interval.low,
    high: interval.high,
    rule: interval.rule,
    wording,
    wordingStart,
    wordingEnd,
    notes,
    confidence,
    sentence,
    viaFigure: false,
  };
}

function namedDrafts(ctx: Context, sentence: Span, figures: Figure[]): Draft[] {
  const { text } = ctx;
  const drafts: Draft[] = [];
  const mentions = mentionsBetween(ctx.mentions, sentence.start, sentence.end).filter(
    (m) => m.end <= sentence.end && !m.locative && m.id !== null,
  );
  const sentenceText = text.slice(sentence.start, sentence.end);
  const seen = new Set<Mention>();

  const denied = (at: number) => {
    const clause = clauseAround(text, sentence, at, at);
    const window = text.slice(Math.max(clause.start, at - 60), at);
    return (
      NEGATION.test(window) ||
      /\b(?:recogni[sz]\w*|reject\w*|refus\w*|oppos\w*|against)\b/i.test(window)
    );
  };

  for (const m of mentions) {
    if (seen.has(m)) continue;
    const before = text.slice(Math.max(sentence.start, m.start - 120), m.start);
    const after = text.slice(m.end, sentence.end);

    // Control: "currently controls Crimea", "the Luhansk region is under Russian control".
    const wholeOk = m.id === 'crimea' || m.id === 'UA-43' || m.id === 'UA-40' || isSuffixed(ctx, m);
    if (wholeOk) {
      const verb = NAMED_CONTROL_BEFORE.exec(before);
      if (verb) {
        const verbStart = m.start - before.length + verb.index;
        const subject = text.slice(Math.max(sentence.start, verbStart - 40), verbStart);
        const window = text.slice(Math.max(sentence.start, verbStart - 60), verbStart);
        if (!UKRAINE_SUBJECT.test(subject) && !NEGATION.test(window) && !ASPIRATION.test(window)) {
          const wordingStart = verbStart + (/^\s*/.exec(verb[0])?.[0].length ?? 0);
          for (const l of linkList(ctx, m, 1, figures)) {
            if (l.id !== m.id && !(l.id === 'crimea' || isSuffixed(ctx, l.mention))) continue;
            drafts.push(namedDraft(ctx, sentence, l, 'control', wordingStart, m.end, 0.7));
          }
        }
      }
      const passive = NAMED_CONTROL_AFTER.exec(after);
      if (passive && !denied(m.start)) {
        const s = m.end + (/^\s*/.exec(passive[0])?.[0].length ?? 0);
        const link = resolve(ctx, m);
        if (link)
          drafts.push(
            namedDraft(ctx, sentence, link, 'control', s, m.end + passive[0].length, 0.7),
          );
      }
    }

    // Claims: "annexed Crimea", "territories it claims as its own – Donbass …".
    for (const pattern of CLAIM_BEFORE_LIST) {
      const match = pattern.exec(before);
      if (!match) continue;
      const list = listFrom(ctx, m, 1, figures);
      const matchStart = m.start - before.length + match.index;
      if (/considers?|regards?|declared|proclaimed|deems?|claims?\s+(?:the\s+)?$/i.test(match[0])) {
        const last = list.at(-1) ?? m;
        const tail = CONSIDERS_TAIL.exec(text.slice(last.end, sentence.end));
        if (!tail) continue;
        const w = CLAIM_WORDING.exec(tail[0]);
        if (!w || denied(matchStart)) continue;
        const ws = last.end + w.index;
        for (const l of linkList(ctx, m, 1, figures))
          drafts.push(namedDraft(ctx, sentence, l, 'claim', ws, ws + w[0].length, 0.7));
        list.forEach((x) => seen.add(x));
        break;
      }
      if (denied(matchStart)) continue;
      const w = CLAIM_WORDING.exec(match[0]);
      if (!w) continue;
      const ws = matchStart + w.index;
      for (const l of linkList(ctx, m, 1, figures))
        drafts.push(namedDraft(ctx, sentence, l, 'claim', ws, ws + w[0].length, 0.8));
      list.forEach((x) => seen.add(x));
      break;
    }

    // Claims after a list: "Crimea … were annexed", "Crimea, Donbass … to reunite with …".
    const list = listFrom(ctx, m, 1, figures);
    const last = list.at(-1) ?? m;
    const tailText = text.slice(last.end, sentence.end);
    for (const pattern of CLAIM_AFTER_LIST) {
      const match = pattern.exec(tailText);
      if (!match) continue;
      const w = CLAIM_WORDING.exec(match[0]);
      if (!w || denied(m.start)) continue;
      const ws = last.end + match.index + w.index;
      for (const l of linkList(ctx, m, 1, figures))
        drafts.push(namedDraft(ctx, sentence, l, 'claim', ws, ws + w[0].length, 0.75));
      list.forEach((x) => seen.add(x));
      break;
    }

    // Demands: "complete withdrawal of Kyiv's forces from … Donbass", "cede Donetsk".
    for (const [pattern, needsTrigger] of DEMAND_BEFORE_LIST) {
      const match = pattern.exec(before);
      if (!match) continue;
      const matchStart = m.start - before.length + match.index;
      if (needsTrigger && !DEMAND_TRIGGER.test(text.slice(sentence.start, matchStart))) continue;
      if (denied(matchStart)) continue;
      const w = DEMAND_WORDING.exec(match[0]);
      if (!w) continue;
      const ws = matchStart + w.index;
      for (const l of linkList(ctx, m, 1, figures))
        drafts.push(namedDraft(ctx, sentence, l, 'demand', ws, ws + w[0].length, 0.8));
      list.forEach((x) => seen.add(x));
      break;
    }
  }
  void sentenceText;
  return drafts;
}

function quoteSpan(text: string, draft: Draft): Span {
  const first = draft.from ?? draft.sentence;
  return { start: first.start, end: Math.max(draft.sentence.end, first.end) };
}

/**
 * Candidate claims in `text`, in the order their wording appears (then by region). Every
 * `quote` is `text.slice(start, end)` and every `wording` is
 * `text.slice(wordingStart, wordingEnd)`, offsets being UTF-16 indices as `String.slice`
 * counts them.
 */
export function extract(text: string, options: ExtractOptions = {}): Candidate[] {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  if (text.length > MAX_TEXT_LENGTH) {
    throw new Error(
      `extract: the text is ${text.length.toLocaleString('en')} characters, more than the ${MAX_TEXT_LENGTH.toLocaleString('en')} the extractor reads; split it into articles and extract each`,
    );
  }
  const language = resolveLanguage(text, options.language);
  if (language !== 'en') {
    return extractGeneric(text, language, { minConfidence }).map((c) => {
      const reading = readWording(c.wording);
      const same =
        reading !== null &&
        reading.low === c.low &&
        reading.high === c.high &&
        reading.rule === c.rule;
      if (same) {
        const { override: _drop, ...rest } = c;
        void _drop;
        return rest;
      }
      const read =
        reading === null
          ? 'reading.ts reads no rule from the wording'
          : `reading.ts reads the wording alone as ${reading.low === null ? 'no number' : `${reading.low}–${reading.high}`} ("${reading.rule}")`;
      return {
        ...c,
        override: `${[`read in ${LANGUAGE_NAMES[language]}`, ...c.notes].join('; ')} (${read})`,
      };
    });
  }
  const all = findMentions(text);
  const ctx: Context = {
    text,
    sentences: splitSentences(text),
    mentions: territoryMentions(all),
    antecedents: all,
  };

  const drafts: Draft[] = [];
  for (const sentence of ctx.sentences) {
    const sText = text.slice(sentence.start, sentence.end);
    const mentionsHere = mentionsBetween(ctx.mentions, sentence.start - 200, sentence.end).filter(
      (m) => m.start < sentence.end && m.end > sentence.start,
    );
    const figures = findFigures(sText)
      .map((f) => ({
        ...f,
        start: f.start + sentence.start,
        end: f.end + sentence.start,
        ends: f.ends.map((e) => e + sentence.start),
        wordStart: f.wordStart + sentence.start,
        wordEnd: f.wordEnd + sentence.start,
      }))
      // Words inside a place's name ("the entire territory") are part of the name.
      .filter(
        (f) =>
          f.value.type !== 'words' || !mentionsHere.some((m) => f.start < m.end && m.start < f.end),
      );
    const cues = findCues(sText).map((c) => ({
      ...c,
      start: c.start + sentence.start,
      end: c.end + sentence.start,
    }));
    for (const f of figures) drafts.push(...figureDrafts(ctx, sentence, cues, figures, f));
    drafts.push(...namedDrafts(ctx, sentence, figures));
  }

  // One candidate per region, kind and interval in a sentence; figures before named ones.
  // Drafts come sentence by sentence, so a twin can only be among this sentence's.
  const kept: Draft[] = [];
  let sentenceFirst = 0;
  for (const d of drafts) {
    if (kept.length > 0 && kept[kept.length - 1]?.sentence !== d.sentence)
      sentenceFirst = kept.length;
    let twinAt = -1;
    for (let i = sentenceFirst; i < kept.length; i++) {
      const k = kept[i] as Draft;
      if (
        k.sentence === d.sentence &&
        k.region === d.region &&
        k.kind === d.kind &&
        (k.wordingStart === d.wordingStart || (k.low === d.low && k.high === d.high))
      ) {
        twinAt = i;
        break;
      }
    }
    if (twinAt !== -1) {
      const twin = kept[twinAt] as Draft;
      if (!twin.viaFigure && d.viaFigure) kept[twinAt] = d;
      continue;
    }
    kept.push(d);
  }

  return kept
    .filter((d) => d.confidence >= minConfidence)
    .sort((a, b) => a.wordingStart - b.wordingStart || a.region.localeCompare(b.region))
    .map((d) => {
      const span = quoteSpan(text, d);
      const override = overrideFor(d);
      const candidate: Candidate = {
        region: d.region,
        kind: d.kind,
        low: d.low,
        high: d.high,
        rule: d.rule,
        wording: d.wording,
        wordingStart: d.wordingStart,
        wordingEnd: d.wordingEnd,
        quote: text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        notes: d.notes,
        confidence: Math.round(d.confidence * 100) / 100,
      };
      if (override !== undefined) candidate.override = override;
      if (d.from) {
        candidate.regionFrom = {
          sentence: text.slice(d.from.start, d.from.end),
          start: d.from.start,
          end: d.from.end,
        };
      }
      return candidate;
    });
}

/** "about 80% of Donetsk (UA-14): 77.5–82.5, control": for logs and the CLI. */
export function describeCandidate(c: Candidate): string {
  const interval =
    c.low === null || c.high === null
      ? 'no number'
      : c.low === c.high
        ? `${formatNumber(c.low)}%`
        : `${formatNumber(c.low)}–${formatNumber(c.high)}%`;
  return `${c.kind} ${c.region}: ${interval} (${c.rule}) from "${c.wording}"`;
}
