/**
 * The English extractor's figures: the region a figure is of (forwards, backwards, or from
 * the text before it), the cue that governs it, and the drafts it gives.
 * Pure: no DOM, no Node APIs.
 */
import { statedAim } from './generic-aims.ts';
import { ASPIRATION, DISTRACTOR, NEGATION, TERRITORIAL, findCues, type Cue } from './cues.ts';
import type { CandidateKind } from './candidate.ts';
import {
  GAP_BACK_SHORT,
  clauseAround,
  linkList,
  listFrom,
  mentionsBetween,
  sentenceOf,
  type Context,
  type Draft,
  type Link,
} from './english-context.ts';
import type { Figure } from './figures.ts';
import {
  LARGEST_REGION_KM2,
  areaContext,
  alternativeNote,
  figureClaim,
  readFigure,
  readWords,
  type Interval,
} from './read.ts';
import { note, type Note } from './notes.ts';
import type { Mention } from './region-names.ts';
import type { Span } from './sentences.ts';

const GAP_OF =
  /^,?\s+(?:(?:Russian|Russian-held|Russian-controlled|total|territorial)\s+)?(?:control\s+)?(?:of|in|over|across)\s+(?:the\s+)?(?:(?:entire|whole|total|overall|broader|wider|greater)\s+)?(?:(?:territory|territories|area|land|lands|surface|region|oblast|province)\s+(?:of|in)\s+(?:the\s+)?)?$/i;
const GAP_ADJECTIVE = /^\s+(?:of\s+)?(?:the\s+)?(?:(?:territory|area)\s+of\s+(?:the\s+)?)?$/i;
const GAP_CONTROL = /^\s+(?:of|over)\s+(?:the\s+)?$/i;
const GAP_ADVERB = /^\s+(?:the\s+)?$/i;
const GAP_POST_CUE =
  /^[\s,]*(?:(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|been|now|still|currently|already|effectively|reportedly|fully|entirely)\s+)*$/i;
/** After a figure: "of respondents", "of the vote" — a share of something other than land. */
const OF_SOMETHING = /^\s+(?:of|among)\s+\S/i;
const OF_GENERIC_TERRITORY =
  /^\s+of\s+(?:(?:it|them)\b|(?:the\s+)?(?:(?:occupied|Ukrainian|Ukraine['’]s)\s+)?(?:territory|territories|land|lands)\b)/i;
const LIBERATED = /\b(?:liberat\w*|recaptur\w*|retook|retaken|regain\w*|de-?occup\w*)\b/i;
/** A sentence that only points back to the one before: "This includes …", "These cover …". */
const THIS_INCLUDES =
  /^\W*(?:This|These|That|It|They)\s+(?:includes?|covers?|comprises?|encompass(?:es)?|takes?\s+in)\b/;
const REMAINING_BEFORE = /\b(?:remaining|rest\s+of(?:\s+the)?|remainder\s+of(?:\s+the)?)\s*$/i;

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

const FIGURE_JOIN = /^\s*,?\s*(?:and\s+)?$/i;
const RESPECTIVELY_AFTER = /^[\s\p{L}'’-]{0,30}?\brespectively\b/iu;

/**
 * "99%, 75% and 70% of the Luhansk, Donetsk and Zaporizhzhia regions respectively",
 * "Luhansk, Donetsk and Zaporizhzhia are 99%, 75% and 70% occupied respectively": the k-th
 * figure of the run is the k-th region's.
 */
function respectivelyLink(
  ctx: Context,
  f: Figure,
  sentence: Span,
  figures: Figure[],
): FigureLinks | null {
  const { text } = ctx;
  const i = figures.indexOf(f);
  if (i === -1) return null;
  let a = i;
  while (
    a > 0 &&
    FIGURE_JOIN.test(text.slice((figures[a - 1] as Figure).end, (figures[a] as Figure).start))
  )
    a--;
  let b = i;
  while (
    b + 1 < figures.length &&
    FIGURE_JOIN.test(text.slice((figures[b] as Figure).end, (figures[b + 1] as Figure).start))
  )
    b++;
  if (a === b) return null;
  const first = figures[a] as Figure;
  const last = figures[b] as Figure;
  // The regions after the figures.
  for (const end of [...last.ends].reverse()) {
    const m = firstMentionAfter(ctx, end, sentence.end);
    if (!m || !forwardGapFits(last, text.slice(end, m.start))) continue;
    const list = listFrom(ctx, m, 1, figures);
    const links = linkList(ctx, m, 1, figures);
    const listEnd = (list.at(-1) ?? m).end;
    if (links.length !== b - a + 1 || !RESPECTIVELY_AFTER.test(text.slice(listEnd, sentence.end)))
      return null;
    return { links: [links[i - a] as Link], end: f.end, structural: true };
  }
  // The regions before them, "respectively" after the figures; without the word, as many
  // distinct regions as shares ("In the Luhansk and Donetsk regions, Russia controls 99% and
  // 79%") pair in order too.
  const respectively = RESPECTIVELY_AFTER.test(text.slice(last.end, sentence.end));
  if (!respectively && figures.slice(a, b + 1).some((g) => g.value.type !== 'percent')) return null;
  const before = mentionsBetween(ctx.mentions, sentence.start, first.start).filter(
    (m) => m.end <= first.start && !m.locative,
  );
  const head = before.at(-1);
  if (!head || (!respectively && head.id === 'UA')) return null;
  const links = linkList(ctx, head, -1, figures);
  if (links.length !== b - a + 1) return null;
  if (!respectively && new Set(links.map((l) => l.id)).size !== links.length) return null;
  return { links: [links[i - a] as Link], end: f.end, structural: true };
}

function linkFigure(
  ctx: Context,
  f: Figure,
  sentence: Span,
  clause: Span,
  figures: Figure[],
): FigureLinks | 'reject' | null {
  const resp = respectivelyLink(ctx, f, sentence, figures);
  if (resp) return resp;
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
  // "Russia, which also shells the Kherson region, controls 74%", "Donbas, that is the
  // Donetsk and Luhansk regions, is 85% …": a name in an aside closed before the figure is
  // not its region.
  const aside = (m: Mention) => {
    const before = ctx.text.slice(clause.start, m.start);
    const after = ctx.text.slice(m.end, f.start);
    return (
      (/,\s*(?:which|who|that|i\.\s?e\.|that\s+is|namely|(?:(?:a|an|one)\s+)?part\s+of)\b[^,]*$/i.test(
        before,
      ) &&
        after.includes(',')) ||
      (/\([^()]*$/.test(before) && after.includes(')'))
    );
  };
  const before = mentionsBetween(ctx.mentions, clause.start, f.start).filter(
    (m) => m.end <= f.start && !m.locative,
  );
  while (before.length > 1 && aside(before.at(-1) as Mention)) before.pop();
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
        notes: [note.clauseContext(m.id)],
      };
    }
  }
  const inSentence = mentionsBetween(ctx.mentions, sentence.start, sentence.end).some(
    (m) => m.end <= sentence.end && !m.locative,
  );
  // An area larger than any oblast, in a sentence that names no region, is of Ukraine.
  const countrySized = f.value.type === 'area' && f.value.km2 > LARGEST_REGION_KM2;
  if (!inSentence && !countrySized) {
    const prior = mentionsBetween(ctx.mentions, sentence.start - 700, sentence.start).filter(
      (m) => m.end <= sentence.start && sentence.start - m.end < 600 && !m.locative && m.id,
    );
    const m = prior.at(-1);
    if (m && m.id) {
      return {
        mention: m,
        id: m.id,
        confidence: 0.55,
        notes: [note.sentenceContext(m.id)],
      };
    }
  }
  if (f.value.type === 'area' && f.value.km2 > LARGEST_REGION_KM2) {
    return {
      mention: { start: f.start, end: f.end, id: 'UA', locative: false },
      id: 'UA',
      confidence: 0.55,
      notes: [note.countrySizedArea()],
    };
  }
  return null;
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
  // "11% of the Donbas region (which is 22% of the oblast of Donetsk) remains under
  // Ukrainian control": an aside in brackets between the figure and its cue is skipped.
  const post = cues.find(
    (c) =>
      c.start >= linkEnd &&
      c.start < clause.end &&
      GAP_POST_CUE.test(text.slice(linkEnd, c.start).replace(/^\)?\s*(?:\([^()]{0,160}\))?/, '')),
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

const OFFENSIVE_PURPOSE =
  /\b(?:offensive|operation|assault|attack|push|drive)\b[^.;]{0,40}\b(?:aimed\s+at|designed\s+to|intended\s+to|meant\s+to|in\s+order\s+to|to\s+(?:take|seize|capture))\b/i;

export function figureDrafts(
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

  let cue = governingCue(text, cues, clause, f.start, linkEnd);
  // "Russia controls 99% of Luhansk; in Kherson, about 70%", "occupies not only Crimea but
  // also 70% of …": a clause with no verb of its own takes the one before it in the sentence.
  let gapped = false;
  if (cue === null && clause.start > sentence.start) {
    const before = cues.filter((c) => c.end <= clause.start && c.start >= sentence.start).at(-1);
    if (
      before &&
      before.type !== 'demand' &&
      !cues.some((c) => c.start >= clause.start && c.end <= clause.end)
    ) {
      cue = before;
      gapped = true;
    }
  }
  const leadNotes: Note[] = [];
  // "The territory Russian troops have captured is colored pink. This includes essentially
  // all of Luhansk; and 78% of Donetsk": "this" stands for the sentence before, with its cue.
  if (cue === null && THIS_INCLUDES.test(text.slice(sentence.start, sentence.end))) {
    const prevStart = Math.max(0, sentence.start - 300);
    const before = findCues(text.slice(prevStart, sentence.start)).filter(
      (c) => c.type === 'control' || c.type === 'inverse',
    );
    const last = before.at(-1);
    if (last) {
      cue = { ...last, start: last.start + prevStart, end: last.end + prevStart };
      leadNotes.push(note.thisSentenceBefore());
    }
  }
  const window = text.slice(Math.max(clause.start, f.start - 60), f.start);
  if (NEGATION.test(window)) return [];
  // "Russia wants to seize all of the Donetsk region": Russia's stated aim, a demand of it.
  const aim =
    cue !== null &&
    cue.type !== 'demand' &&
    cue.type !== 'inverse' &&
    f.value.type === 'words' &&
    f.value.cls === 'all' &&
    statedAim(text, sentence, clause, cue, linkEnd, NEGATION);
  const kind: CandidateKind = aim
    ? 'demand'
    : cue?.type === 'claim'
      ? 'claim'
      : cue?.type === 'demand'
        ? 'demand'
        : 'control';
  if (kind === 'control' && ASPIRATION.test(window)) return [];
  // "an offensive aimed at capturing the entire region": an attack's purpose, not a share.
  if (kind === 'control' && OFFENSIVE_PURPOSE.test(window)) return [];
  // "liberated most of that province": what Ukraine took back, not what Russia holds.
  if (cue === null && LIBERATED.test(window)) return [];

  let confidence = Math.min(...links.map((l) => l.confidence)) - (gapped ? 0.1 : 0);
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
    const notes = [...link.notes, ...leadNotes];
    let interval: Interval | null;
    if (
      kind === 'demand' &&
      REMAINING_BEFORE.test(text.slice(Math.max(0, f.start - 20), f.start))
    ) {
      interval = readWords('all', 'all', notes);
      notes.push(note.demandRest());
      for (const alt of f.alternatives) notes.push(alternativeNote(alt, region));
    } else {
      interval = readFigure(f, wording, region, notes, {
        allBut: f.allBut,
        inverse: cue?.type === 'inverse',
        held: false,
        vagueUkraine: true,
      });
      if (interval === null) continue;
    }
    drafts.push({
      ...figureClaim(link.id, kind, interval, wording, f),
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
