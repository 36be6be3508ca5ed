/**
 * The English extractor's regions named with no figure: "currently controls Crimea",
 * "annexed Crimea", "the annexation of Donetsk, Luhansk, …", "cede the rest of Donetsk".
 * Pure: no DOM, no Node APIs.
 */
import { readWording } from '../claims/reading.ts';
import { ASPIRATION, NEGATION, findCues } from './cues.ts';
import type { CandidateKind } from './candidate.ts';
import {
  clauseAround,
  isSuffixed,
  linkList,
  listFrom,
  mentionsBetween,
  resolve,
  type Context,
  type Draft,
  type Link,
} from './english-context.ts';
import type { Figure } from './figures.ts';
import { note } from './notes.ts';
import type { Interval } from './read.ts';
import type { Mention } from './region-names.ts';
import type { Span } from './sentences.ts';

const NAMED_CONTROL_BEFORE =
  /(?:\b(?:currently|now|still|already|effectively|de\s+facto|also)\s+)*\b(?:controls|occupies|holds|has\s+(?:(?:now|already|effectively|since)\s+)?(?:occupied|controlled|held|seized|captured|taken(?:\s+control\s+of)?)|seized|captured|(?<!\b(?:the|temporarily|partially|partly|illegally|from|in|into|to|of|on|across|through|over|near|toward|towards|at|for|with|about|by)\s+)occupied|took\s+control\s+of|(?:is|are)\s+(?:now\s+)?in\s+control\s+of)\s+(?:not\s+only\s+)?(?:the\s+)?$/i;
const NAMED_CONTROL_AFTER =
  /^\s+(?:is|are|was|remains|has\s+been|have\s+been)\s+(?:(?:now|still|currently)\s+)*(?:under\s+(?:Russian|Moscow['’]s|Russia['’]s)\s+(?:control|occupation)|under\s+(?:the\s+)?(?:control|occupation)\s+of\s+(?:the\s+)?(?:Russian\s+(?:forces|troops|army|military)|Russia|Moscow)\b|occupied(?:\s+by\s+Russia(?:n\s+forces)?)?|in\s+Russian\s+hands)/i;
const NOT_FULLY_BEFORE =
  /\b(?:(?:does|do|did|has|have|had)\s*(?:not|n['’]t)|(?:has|have|had)\s+never|never)\s+(?:yet\s+)?(?:(?:fully|completely|entirely|totally|wholly)\s+(?:control(?:led|s)?|occup(?:y|ied|ies)|h[oe]ld|holds|captured?|seized?|taken|take)\s+(?:(?:any|all|either|each|one)\s+of\s+)?|(?:control(?:led|s)?|occup(?:y|ied|ies)|h[oe]ld|holds|captured?|seized?|taken|take)\s+(?:all|the\s+whole|the\s+entire(?:ty)?)\s+(?:of\s+)?)(?:the\s+(?:entire(?:ty\s+of)?|whole(?:\s+of)?)\s+)?(?:the\s+)?$/i;
const ASPIRATION_NOT_FULLY = /\b(?:if|unless|would|could|might)\b[^.;]*$/i;
const NAMED_PARTLY_AFTER =
  /^\s+(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+(?:(?:now|still|currently|only)\s+)*(?:partially|partly)\s+(?:occupied|controlled|held|under\s+(?:Russian|Moscow['’]s|Russia['’]s)\s+(?:control|occupation))/i;
/** "partially occupies the …": a part held of the regions after it. */
const PARTLY_CONTROL_BEFORE =
  /\b(?:partially|partly)\s+(?:controls|occupies|holds|controlled|occupied|held)\s+(?:the\s+)?$/i;
/** A part word before a name ("Part of the Kherson region …"): the name is not all held. */
const PART_OF_BEFORE =
  /\b(?:parts?|areas|portions?|some\s+territory|(?:large|significant|substantial|considerable)\s+(?:parts?|areas))\s+(?:of|in)\s+(?:the\s+)?$/i;
const UKRAINE_SUBJECT = /\b(?:Ukraine|Kyiv|Kiev|Ukrainian\s+\w+)\s+(?:\w+\s+)?$/i;

/** Before a name: it is included in what the sentence says is held. */
const INCLUDED =
  /\b(?:(including)|(?:territory|territories|area|areas|land|lands|occupation|zone|which|that)\b[^.;:()]{0,40}?\s(?:also\s+)?(includes?|included))\b[^.;:()]{0,70}$/di;
const CLAIM_AFTER_LIST: readonly RegExp[] = [
  /^\s+(?:was|were|has\s+been|have\s+been)\s+(?:illegally\s+|formally\s+|unilaterally\s+)?annexed\b/i,
  /^,?\s+which\s+(?:it|Russia|Moscow|the\s+Kremlin)\s+claims\s+as\s+(?:its|their)\s+own\b/i,
  // "the Crimean region, which Russian forces invaded and annexed": a named annexer ("which it
  // annexed in 2014" stays an aside of the control statement it stands in).
  /^,?\s+which\s+(?:Russia|Moscow|the\s+Kremlin|Russian\s+(?:forces|troops))\s+(?:\w+\s+){0,3}?annexed\b/i,
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
const DEMAND_LEAD = String.raw`(?:the\s+)?(?:(?:last|remaining|final)\s+(?:chunk|part|piece|bit|portion|sliver|slice)s?\s+of\s+(?:the\s+)?|(?:rest|remainder)\s+of\s+(?:the\s+)?|remaining\s+(?:parts?\s+of\s+)?(?:the\s+)?|(?:all|parts?|control)\s+of\s+(?:the\s+)?|(?:territories|regions|areas|lands?)\b[^.;–—:]{0,50}?[–—:]\s*(?:the\s+)?|(?:territories|regions|areas|lands?)\s+(?:in|of)\s+(?:the\s+)?)?`;
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
      String.raw`\b(?:Ukraine|Kyiv|Kiev|Ukrainian\s+(?:forces|troops))\s+(?:to\s+|must\s+|should\s+|would\s+)?(?:completely\s+|fully\s+)?(?:(?:withdraw(?:s|ing)?|pull(?:s|ing)?\s+out|retreat(?:s|ing)?)\s+(?:(?:its|their)\s+(?:forces|troops)\s+)?(?:from|of)|(?:leave|leaves|leaving|quit|quits|abandon(?:s|ing)?|vacate(?:s)?))\s+${DEMAND_LEAD}$`,
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
  /(?:(?:complete|full|total)\s+)?withdrawal\s+of\s+(?:Kyiv['’]s|Kiev['’]s|Ukraine['’]s|Ukrainian|the\s+Ukrainian)\s+(?:forces|troops|army|military|units)|withdraw(?:s|ing)?|pull(?:s|ing)?\s+out|leave|leaves|leaving|quit|quits|abandon(?:s|ing)?|vacate(?:s)?|retreat(?:s|ing)?|ced(?:e|es|ing)|hand(?:s|ing)?\s+over|give\s+up|giving\s+up|surrender(?:s|ing)?|relinquish(?:es|ing)?/i;

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
    notes.push(note.namedNoFigure(wording));
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

export function namedDrafts(ctx: Context, sentence: Span, figures: Figure[]): Draft[] {
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
      /\b(?:recogni[sz]\w*|reject\w*|refus\w*|oppos\w*|against|if|unless|whether)\b/i.test(window)
    );
  };

  for (const m of mentions) {
    if (seen.has(m)) continue;
    const before = text.slice(Math.max(sentence.start, m.start - 120), m.start);
    const after = text.slice(m.end, sentence.end);

    // "does not fully control any of the four regions", "has never fully occupied Donetsk":
    // not all of it held is a part held (no figure).
    const notFully = NOT_FULLY_BEFORE.exec(before);
    if (notFully && !ASPIRATION_NOT_FULLY.test(before)) {
      const ws =
        m.start - before.length + notFully.index + (/^\s*/.exec(notFully[0])?.[0].length ?? 0);
      let phrase = notFully[0].trim();
      for (;;) {
        const cut = phrase.replace(
          /\s+(?:(?:any|all|either|each|one)\s+of|the|entire(?:ty\s+of)?|whole(?:\s+of)?)$/i,
          '',
        );
        if (cut === phrase) break;
        phrase = cut;
      }
      const we = ws + phrase.length;
      for (const l of linkList(ctx, m, 1, figures)) {
        if (l.id === 'UA') continue;
        const d = namedDraft(ctx, sentence, l, 'control', ws, we, 0.7);
        drafts.push({
          ...d,
          low: null,
          high: null,
          rule: 'vague',
          notes: [...l.notes, note.named(text.slice(l.mention.start, l.mention.end), 'partly')],
        });
      }
      listFrom(ctx, m, 1, figures).forEach((x) => seen.add(x));
      continue;
    }
    // Control: "currently controls Crimea", "the Luhansk region is under Russian control".
    const wholeOk = m.id === 'crimea' || m.id === 'UA-43' || m.id === 'UA-40' || isSuffixed(ctx, m);
    // "Russia partially occupies the Zaporizhzhia and Kherson regions": a part of each.
    const partlyVerb = PARTLY_CONTROL_BEFORE.exec(before);
    if (
      partlyVerb &&
      !denied(m.start) &&
      (wholeOk || listFrom(ctx, m, 1, figures).some((x) => isSuffixed(ctx, x)))
    ) {
      const ws = m.start - before.length + partlyVerb.index;
      const phrase = partlyVerb[0].replace(/\s+(?:the\s+)?$/i, '');
      for (const link of linkList(ctx, m, 1, figures)) {
        if (link.id === 'UA') continue;
        const d = namedDraft(ctx, sentence, link, 'control', ws, ws + phrase.length, 0.7);
        drafts.push({
          ...d,
          low: null,
          high: null,
          rule: 'vague',
          notes: [
            ...link.notes,
            note.named(text.slice(link.mention.start, link.mention.end), 'partly'),
          ],
        });
      }
      listFrom(ctx, m, 1, figures).forEach((x) => seen.add(x));
      continue;
    }
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
      // "Russia controls about one-fifth of his country, including … the annexed Crimean
      // peninsula": a part of what is held.
      const inc = INCLUDED.exec(before);
      if (
        inc &&
        !/\bannex\w*\s+of\s+(?:the\s+)?$/i.test(before) &&
        findCues(text.slice(sentence.start, sentence.end)).some((c) => c.type === 'control') &&
        !denied(m.start)
      ) {
        const word = inc.indices?.[1] ?? inc.indices?.[2] ?? [0, 0];
        const s = m.start - before.length + word[0];
        const e = m.start - before.length + word[1];
        const link = resolve(ctx, m);
        if (link) drafts.push(namedDraft(ctx, sentence, link, 'control', s, e, 0.6));
      }
      // "The Kharkiv region is partially occupied", "The Donetsk and Luhansk regions are partly
      // occupied": a part of each held, no figure.
      const partly = NAMED_PARTLY_AFTER.exec(after);
      if (partly && !denied(m.start)) {
        const s = m.end + (/^\s*/.exec(partly[0])?.[0].length ?? 0);
        for (const link of linkList(ctx, m, -1, figures)) {
          const d = namedDraft(ctx, sentence, link, 'control', s, m.end + partly[0].length, 0.7);
          drafts.push({
            ...d,
            low: null,
            high: null,
            rule: 'vague',
            notes: [...link.notes, note.named(text.slice(m.start, m.end), 'partly')],
          });
        }
        continue;
      }
      const passive = NAMED_CONTROL_AFTER.exec(after);
      // "Part of the Kherson region remains under Russian control": the part is held, not all.
      if (passive && !denied(m.start) && !PART_OF_BEFORE.test(before)) {
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
      // "Ukraine must withdraw from …": the modal inside the match is the demand's trigger.
      if (
        needsTrigger &&
        !DEMAND_TRIGGER.test(text.slice(sentence.start, matchStart)) &&
        !/\b(?:must|should|has\s+to|have\s+to|would\s+have\s+to)\b/i.test(match[0])
      )
        continue;
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
