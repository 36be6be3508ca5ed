/**
 * What every language's word table is made of: the kinds of words (one regular-expression
 * source each, matched case-insensitively with Unicode letters) and the pieces the tables share.
 */

/** Any letters: a stem followed by its case or verb ending. */
export const L = String.raw`\p{L}*`;

/** The percent sign, Latin or Arabic, with or without a space before it. */
export const COMMON_PERCENT = String.raw`(?:\s?%|\s?٪)`;

export interface LanguageWords {
  /** Russian control (or the Russian side's: "liberated" in a Russian source). */
  control: string;
  /** Ukraine as the holder: the figure is what Ukraine keeps. */
  inverse: string;
  /** Annexation, "claims as its own", "part of Russia". */
  claim: string;
  /** Demands: withdrawal, ceding. */
  demand: string;
  /** Words that negate a statement. */
  negation: string;
  /** Aims, conditions, predictions. */
  aspiration: string;
  /** Before a figure: it is a gain or a change over a period, not a share held. */
  change: string;
  /** Size words: "represent 15% of Ukraine's territory". */
  size: string;
  /** People, casualties, polls, the economy. */
  distractor: string;
  /** Clause breaks ("but", "while"). */
  clauseBreak: string;
  /** Qualifiers before a figure. */
  about: string;
  nearly: string;
  moreThan: string;
  lessThan: string;
  /** Approximators written after a figure ("il 70% circa", "60 % environ"): "about". */
  aboutAfter: string;
  /** Percent units. */
  percent: string;
  /** Range joiners between two numbers ("до", "à", "bis", "a"). */
  rangeJoin: string;
  /** "between A and B" as a prefix and its joiner. */
  between: string;
  /** Thousands: "тис.", "tys.", "mil". */
  thousand: string;
  /** Fractions in words, with their value. */
  fractions: readonly [string, number, number][];
  /** Whole numbers in words (1–10 and tens). */
  numbers: readonly [string, number][];
  /** Qualitative words: all, almost all, most, vague. */
  all: string;
  almostAll: string;
  /** "the vast majority" (75–100 by the dataset's rules). */
  vastMajority: string;
  most: string;
  vague: string;
  /** "partly", "teilweise": makes a region named as held a vague claim (no figure). */
  partly: string;
}
