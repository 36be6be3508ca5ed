/**
 * The extractor's output: a candidate claim, the options `extract` takes, and how a
 * candidate is written in one line. Pure: no DOM, no Node APIs.
 */
import type { RuleId } from '../claims/reading.ts';
import type { Kind } from '../claims/schema.ts';
import type { RegionOrGroupId } from '../geo/regions.ts';
import type { Note } from './notes.ts';
import { formatNumber } from './numbers.ts';

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
  /** How the figure was read, step by step: data, rendered by `noteText` (notes.ts). */
  notes: Note[];
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
