/**
 * How words are read as numbers. Each claim's `wording` (the figure as the source words it:
 * "about 80%", "almost all", "fully occupied") becomes an interval of percent of the region,
 * `low`–`high`, by the first of the rules that applies. The rules are data (`RULES`, in
 * reading-rules.ts) so the page can show them to readers; this file is the parser
 * (`readWording`) that applies them, for the validator, the extractor (src/extract/) and the
 * editors' page.
 *
 * Pure: no DOM, no Node APIs.
 */
import { DENOMINATORS, NUMERATORS, ORDINALS } from './number-words.ts';
import type { RuleId } from './reading-rules.ts';
import { normaliseText } from './text.ts';

export { RULE_IDS, RULES, ruleById, type ReadingRule, type RuleId } from './reading-rules.ts';

/** An interval read from wording; `low` and `high` are null when the words give no share. */
export interface Reading {
  low: number | null;
  high: number | null;
  rule: RuleId;
}

const NUMBER = String.raw`(\d{1,3}(?:[.,]\d+)?)`;
const PERCENT_UNIT = String.raw`\s*(?:%|per\s?cent\b|proc\b\.?|відс\p{L}*)`;
const RANGE = new RegExp(
  String.raw`(?<![\d.,])${NUMBER}(?:${PERCENT_UNIT})?\s*(?:-|to|and|do|до)\s*${NUMBER}${PERCENT_UNIT}`,
  'iu',
);
const PERCENT = new RegExp(String.raw`(?<![\d.,])${NUMBER}${PERCENT_UNIT}`, 'iu');
const SMALL_NUMBERS: Readonly<Record<string, number>> = { ...NUMERATORS, ten: 10 };
const FRACTION_FORMS: readonly RegExp[] = [
  // "two-fifths", "a third", "an eighth", "one half"
  /\b(an|a|one|two|three|four|five|six|seven|eight|nine)[- ]?(halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/,
  // "every 5th", "every fifth"
  new RegExp(String.raw`\bevery\s+(?<ordinal>${ORDINALS})\b`),
  // "one in five", "one out of every ten"
  /\b(?:one|1)\s+(?:in|out of)\s+(?:every\s+)?(?<of>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\b/,
  // "1/5"
  /(?<![\d/.,])(?<num>[1-9])\s?\/\s?(?<den>10|[2-9])(?![\d/])/,
  // "half" alone
  /\b(?<half>half)\b/,
];
const AREA =
  /\d[\d,.\s]*\s*(?:sq\.?\s*(?:km|mi|miles?|kilomet(?:er|re)s?)\b|square\s+(?:kilomet(?:er|re)s?|miles?)\b|km2|km²)/i;

type Qualifier = 'nearly' | 'more-than' | 'less-than' | 'about';

// Qualifiers are read from the words just before the figure, in this order: "no more than"
// must be found before the "more than" it ends with, "just under" before "under".
const QUALIFIERS: readonly [RegExp, Qualifier][] = [
  [/(?:^|[^\p{L}])(?:nearly|almost|close to|just under|prawie|niemal|майже)\s*$/iu, 'nearly'],
  [
    /(?:^|[^\p{L}])(?:(?:no|not) (?:more|greater|higher) than|nie więcej niż|не більше? ніж)\s*$/iu,
    'less-than',
  ],
  [
    /(?:^|[^\p{L}])(?:(?:no|not) (?:less|fewer|lower) than|nie mniej niż|не менше? ніж)\s*$/iu,
    'more-than',
  ],
  [
    /(?:^|[^\p{L}])(?:more than|over|above|at least|in excess of|upwards of|exceeding|ponad|powyżej|понад|більше ніж|більш ніж)\s*$/iu,
    'more-than',
  ],
  [
    /(?:^|[^\p{L}])(?:less than|under|below|fewer than|up to|at most|at the most|a maximum of|poniżej|mniej niż|co najwyżej|najwyżej|менше ніж|менш ніж|щонайбільше)\s*$/iu,
    'less-than',
  ],
  [
    /(?:^|[^\p{L}])(?:about|approximately|approx\.?|around|roughly|some|circa|c\.|ca\.|an estimated|estimated|około|ok\.|близько|приблизно)\s*$|~\s*$/iu,
    'about',
  ],
];

const ALL_BUT = /(?:^|[^\p{L}])all but\s+/u;
const ALMOST_ALL =
  /\b(?:almost|nearly|virtually|practically)\s+(?:all|the (?:entire|whole)|entirely|completely|fully)\b|\ball but\b/;
const VAST_MAJORITY = /\b(?:vast|overwhelming|great)\s+majority\b/;
const MOST = /\b(?:most|majority|the bulk|greater part|larger part|more than half|over half)\b/;
const MORE_THAN_HALF = /(?<!\b(?:no|not) )\b(?:more than|over)\s+(?:a\s+)?half\b/;
const ALL = /\b(?:all|entire|entirely|whole|wholly|full|fully|complete|completely|in full)\b/;
// "part of Russia" names a claim (the `named` rule), not a part of a region.
const VAGUE =
  /\b(?:several|some (?:areas|parts|regions|territor\w*)|(?:small|large) (?:areas?|parts?|pockets?|portions?|sections?|swathes|swaths|chunks)|a (?:small )?(?:part|portion|sliver|strip|section)|parts?|pockets?|swathes|swaths|more territory|(?:the )?occupied territor(?:y|ies)|territorial)\b(?! of (?:russia|the russian federation)\b)/;
const NAMED =
  /\b(?:controls?|controlled|holds?|held|occupies|occupied|occupy|annex(?:ed|es|ing|ation)?|claims?\b[\w\s']{0,20}\bas (?:its|their) own|as (?:its|their) own|(?:russian|its own|their own) territory|part of (?:russia|the russian federation)|re-?unit(?:e|ed|es|ing)|under (?:russian|russia's|moscow's|its) (?:control|occupation)|in russian hands|captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|took|taken|ced(?:e|es|ed|ing)|withdraw(?:s|al|ing|n)?|pull(?:s|ed|ing)? out|retreat(?:s|ed|ing)?|hand(?:s|ed|ing)? over|(?:give|gives|gave|giving) up|surrender(?:s|ed|ing)?|relinquish(?:es|ed|ing)?)\b/;

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function clamp(value: number): number {
  return round(Math.min(100, Math.max(0, value)));
}

/** Within 0–100, to the thousandth (for "about" a figure with two decimals). */
function clampFine(value: number): number {
  return Math.round(Math.min(100, Math.max(0, value)) * 1000) / 1000;
}

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

function qualifierBefore(prefix: string): Qualifier | null {
  for (const [pattern, id] of QUALIFIERS) if (pattern.test(prefix)) return id;
  return null;
}

/**
 * Half the step a figure as written is rounded to: 2.5 for a multiple of 5 ("80"), 0.5 for
 * another whole number ("19"), 0.05 for one decimal ("19.3"), and so on.
 */
export function roundingHalfWidth(figure: string): number {
  const decimals = /[.,](\d+)$/.exec(figure.trim())?.[1]?.length ?? 0;
  if (decimals > 0) return 0.5 * 10 ** -decimals;
  return Number(figure) % 5 === 0 ? 2.5 : 0.5;
}

/**
 * The interval of a figure with its qualifier. `halfWidth` is how far "about" reaches either
 * side: the figure's own rounding for a percentage, 2.5 for a fraction (a coarse figure).
 */
function interval(
  value: number,
  qualifier: Qualifier | null,
  plain: RuleId,
  halfWidth = 2.5,
): Reading {
  switch (qualifier) {
    case 'nearly':
      return { low: clamp(value - 5), high: clamp(value), rule: 'nearly' };
    case 'more-than':
      return { low: clamp(value), high: clamp(value + 10), rule: 'more-than' };
    case 'less-than':
      return { low: clamp(value - 10), high: clamp(value), rule: 'less-than' };
    case 'about':
      // Rounded to the thousandth: "about 19.25%" reaches 19.245–19.255.
      return {
        low: clampFine(value - halfWidth),
        high: clampFine(value + halfWidth),
        rule: plain === 'exact' ? 'about' : plain,
      };
    default:
      return plain === 'exact'
        ? { low: clamp(value), high: clamp(value), rule: 'exact' }
        : { low: clamp(value - 2.5), high: clamp(value + 2.5), rule: plain };
  }
}

/** The first fraction in `text`, as a percentage, and where it starts. */
function findFraction(text: string): { value: number; index: number } | null {
  let best: { value: number; index: number } | null = null;
  for (const form of FRACTION_FORMS) {
    const match = form.exec(text);
    if (!match || (best !== null && match.index >= best.index)) continue;
    const groups = match.groups ?? {};
    let num = 1;
    let den: number | undefined;
    if (groups.ordinal !== undefined) {
      const digits = /^\d+/.exec(groups.ordinal);
      den = digits ? Number(digits[0]) : DENOMINATORS[groups.ordinal];
    } else if (groups.of !== undefined) {
      den = SMALL_NUMBERS[groups.of] ?? Number(groups.of);
    } else if (groups.num !== undefined && groups.den !== undefined) {
      num = Number(groups.num);
      den = Number(groups.den);
    } else if (groups.half !== undefined) {
      den = 2;
    } else {
      num = NUMERATORS[match[1] ?? ''] ?? 0;
      den = DENOMINATORS[match[2] ?? ''];
    }
    if (den === undefined || !(den >= 2) || num < 1 || num >= den) continue;
    best = { value: (num / den) * 100, index: match.index };
  }
  return best;
}

/** A figure in `text`: a range, a percentage or a fraction, with its qualifier. */
function readFigure(text: string): Reading | null {
  const range = RANGE.exec(text);
  if (range) {
    const a = toNumber(range[1] ?? '');
    const b = toNumber(range[2] ?? '');
    return { low: clamp(Math.min(a, b)), high: clamp(Math.max(a, b)), rule: 'stated-range' };
  }

  const percent = PERCENT.exec(text);
  if (percent) {
    const prefix = text.slice(0, percent.index);
    const figure = percent[1] ?? '';
    return interval(toNumber(figure), qualifierBefore(prefix), 'exact', roundingHalfWidth(figure));
  }

  if (MORE_THAN_HALF.test(text)) return { low: 50, high: 100, rule: 'most' };
  const fraction = findFraction(text);
  if (fraction) {
    const prefix = text.slice(0, fraction.index);
    return interval(fraction.value, qualifierBefore(prefix), 'fraction');
  }
  return null;
}

/**
 * "All but X" is the rest of the region: 100 − high to 100 − low. A rounded or exact figure
 * keeps its rule; "more than" and "less than" swap; others ("all but nearly a third") have
 * no rule that gives their rest, so they are not read.
 */
function rest(reading: Reading): Reading | null {
  if (reading.low === null || reading.high === null) return null;
  const swapped: Partial<Record<RuleId, RuleId>> = {
    exact: 'exact',
    about: 'about',
    fraction: 'fraction',
    'stated-range': 'stated-range',
    'more-than': 'less-than',
    'less-than': 'more-than',
  };
  const rule = swapped[reading.rule];
  if (rule === undefined) return null;
  return { low: clamp(100 - reading.high), high: clamp(100 - reading.low), rule };
}

/**
 * Reads a wording as an interval of percent of the region, by the first rule in `RULES` that
 * applies; null when none does (the editor must then give an `override` with a reason).
 * Wording should hold one figure; with several, the first is read.
 */
export function readWording(wording: string): Reading | null {
  const text = normaliseText(wording).toLowerCase();
  if (text === '') return null;

  const allBut = ALL_BUT.exec(text);
  if (allBut) {
    const figure = readFigure(text.slice(allBut.index + allBut[0].length));
    if (figure) return rest(figure);
  }

  const figure = readFigure(text);
  if (figure) return figure;

  if (AREA.test(text)) return { low: null, high: null, rule: 'area' };
  if (ALMOST_ALL.test(text)) return { low: 90, high: 100, rule: 'almost-all' };
  if (VAST_MAJORITY.test(text)) return { low: 75, high: 100, rule: 'vast-majority' };
  if (MOST.test(text)) return { low: 50, high: 100, rule: 'most' };
  if (ALL.test(text)) return { low: 100, high: 100, rule: 'all' };
  if (VAGUE.test(text)) return { low: null, high: null, rule: 'vague' };
  if (NAMED.test(text)) return { low: 100, high: 100, rule: 'named' };
  return null;
}
