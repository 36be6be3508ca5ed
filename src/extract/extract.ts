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
import { readWording } from '../claims/reading.ts';
import {
  DEFAULT_MIN_CONFIDENCE,
  MAX_TEXT_LENGTH,
  type Candidate,
  type ExtractOptions,
} from './candidate.ts';
import { findCues } from './cues.ts';
import { figureDrafts } from './english-figures.ts';
import { namedDrafts } from './english-named.ts';
import {
  mentionsBetween,
  quoteSpan,
  overrideFor,
  type Context,
  type Draft,
} from './english-context.ts';
import { findFigures } from './figures.ts';
import { isConverted, noteText } from './notes.ts';
import { findMentions, territoryMentions } from './region-names.ts';
import { splitSentences } from './sentences.ts';
import {
  LANGUAGES,
  LANGUAGE_NAMES,
  detectLanguage,
  normaliseLanguage,
  type Language,
} from './languages.ts';
import { extractGeneric } from './multilingual.ts';
import { shiftFigure } from './spans.ts';

export {
  DEFAULT_MIN_CONFIDENCE,
  MAX_TEXT_LENGTH,
  describeCandidate,
  type Candidate,
  type CandidateKind,
  type ExtractOptions,
} from './candidate.ts';

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

/**
 * Candidate claims in `text`, in the order their wording appears (then by region). Every
 * `quote` is `text.slice(start, end)` and every `wording` is
 * `text.slice(wordingStart, wordingEnd)`, offsets being UTF-16 indices as `String.slice`
 * counts them.
 */
/** A figure read from an area (converted into a share). */
function isArea(d: Draft): boolean {
  return isConverted(d.notes);
}

/**
 * "about 20 percent of our territory …, or around 125,000 square kilometers": an area in the
 * same sentence, for the same region and kind, whose share overlaps a percentage's, restates it.
 */
function restated(a: Draft, b: Draft): boolean {
  if (isArea(a) === isArea(b) || a.low === null || a.high === null) return false;
  if (b.low === null || b.high === null) return false;
  return a.low <= b.high && b.low <= a.high;
}

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
        override: `${[`read in ${LANGUAGE_NAMES[language]}`, ...c.notes.map((n) => noteText(n))].join('; ')} (${read})`,
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
      .map((f) => shiftFigure(f, sentence.start))
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
        (k.wordingStart === d.wordingStart ||
          (k.low === d.low && k.high === d.high) ||
          restated(k, d))
      ) {
        twinAt = i;
        break;
      }
    }
    if (twinAt !== -1) {
      const twin = kept[twinAt] as Draft;
      if ((!twin.viaFigure && d.viaFigure) || (isArea(twin) && !isArea(d))) kept[twinAt] = d;
      continue;
    }
    kept.push(d);
  }

  // The threshold is held against the confidence as shown (two decimals), so that a candidate
  // shown at 0.50 is never the one dropped under 0.5, and extract:eval can split kept from dropped.
  const shown = (d: Draft) => Math.round(d.confidence * 100) / 100;
  return kept
    .filter((d) => shown(d) >= minConfidence)
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
        confidence: shown(d),
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
