/**
 * How words are read as numbers. Each claim's `wording` (the figure as the source words it:
 * "about 80%", "almost all", "fully occupied") becomes an interval of percent of the region,
 * `low`–`high`, by the first of these rules that applies. The rules are data (`RULES`) so the
 * page can show them to readers, and one function (`readWording`) applies them, for the
 * validator, the extractor (src/extract/) and the editors' page.
 *
 * Pure: no DOM, no Node APIs.
 */
import { DENOMINATORS, NUMERATORS, ORDINALS } from './number-words.ts';
import { normaliseText } from './text.ts';

export type RuleId =
  | 'stated-range'
  | 'nearly'
  | 'more-than'
  | 'less-than'
  | 'about'
  | 'exact'
  | 'fraction'
  | 'area'
  | 'almost-all'
  | 'vast-majority'
  | 'most'
  | 'all'
  | 'vague'
  | 'named'
  | 'position';

export interface ReadingRule {
  id: RuleId;
  /** A short name for the rule, for the readers' panel. */
  label: string;
  /** The wordings the rule covers, described for editors. */
  pattern: string;
  /** The interval it gives, as a formula ("X − 2.5 to X + 2.5"); "no number" when none. */
  interval: string;
  /** One sentence telling readers how such words are read. */
  explanation: string;
  /** Wordings the rule reads, with what they give. */
  examples: readonly string[];
}

/** The rules, in the order `readWording` tries them. */
export const RULES: readonly ReadingRule[] = [
  {
    id: 'stated-range',
    label: 'A stated range',
    pattern: 'two percentages joined by a dash, "to" or "and", with or without "about" before them',
    interval: 'X to Y',
    explanation:
      'A range such as "83-85%" is shown as stated; "approximately" before a range does not widen it, because the range already carries the uncertainty.',
    examples: ['approximately 83-85% → 83–85', 'between 70 and 75 percent → 70–75'],
  },
  {
    id: 'nearly',
    label: 'Nearly a figure',
    pattern:
      '"nearly", "almost", "close to", "just under" (Polish "prawie", Ukrainian "майже") before a figure',
    interval: 'X − 5 to X',
    explanation:
      '"Nearly 95%" means a little under 95%, so it is read as up to 5 points below the figure.',
    examples: ['Nearly 95% → 90–95', 'almost a third → 28.33–33.33'],
  },
  {
    id: 'more-than',
    label: 'More than a figure',
    pattern:
      '"more than", "over", "above", "at least", "no less than", "in excess of" (Polish "ponad", Ukrainian "понад") before a figure',
    interval: 'X to X + 10, at most 100',
    explanation:
      '"More than 70%" is read as 70% to 10 points higher, since a writer with a much higher figure would usually have given a higher round number.',
    examples: ['over 75% → 75–85', 'more than 90% → 90–100', 'no less than 60% → 60–70'],
  },
  {
    id: 'less-than',
    label: 'Less than a figure',
    pattern:
      '"less than", "under", "below", and the ceilings "up to", "at most", "no more than" (Polish "poniżej", "co najwyżej", Ukrainian "менше ніж", "не більше ніж") before a figure',
    interval: 'X − 10 to X, at least 0',
    explanation:
      '"Less than 20%" or "up to 20%" is read as up to 10 points below the figure, since a writer with a much lower figure would usually have given a lower round number.',
    examples: ['less than 20% → 10–20', 'up to 20% → 10–20', 'no more than a third → 23.33–33.33'],
  },
  {
    id: 'about',
    label: 'About a figure',
    pattern:
      '"about", "approximately", "around", "roughly", "some", "an estimated", "c." (Polish "około", Ukrainian "близько", "приблизно") before a figure',
    interval:
      'X ± half the step X is rounded to (5 for a multiple of 5, 1 for a whole number, 0.1 for one decimal…), within 0–100',
    explanation:
      'A figure given as "about" is read as the span its own rounding covers: "about 80%", a multiple of 5, as 2.5 points either side; "about 19%", rounded to the whole number, as half a point either side; "about 19.3%" as 0.05 either side.',
    examples: ['about 80% → 77.5–82.5', 'about 19% → 18.5–19.5', 'about 19.3% → 19.25–19.35'],
  },
  {
    id: 'exact',
    label: 'An exact figure',
    pattern:
      'a percentage with no qualifier: "78.1%", "15 percent", "100 proc." (a decimal comma is read as a point); "all but 10%" is the rest, 100 − X',
    interval: 'X to X',
    explanation:
      'A figure given without a qualifier is shown exactly as stated, and "all but 10%" as exactly the rest.',
    examples: ['78.1% → 78.1', '19,24 proc. → 19.24', 'all but 10% → 90'],
  },
  {
    id: 'fraction',
    label: 'A fraction',
    pattern:
      'a fraction with no qualifier or with "about": "one-fifth", "a third", "half", "three-quarters", "two-fifths", "an eighth", "every 5th", "one in five", "1/5"; "all but a quarter" is the rest, 100 − the fraction',
    interval: 'fraction − 2.5 to fraction + 2.5',
    explanation:
      'A fraction such as "one-fifth" or "every 5th" is a rounded figure, so it is read like "about 20%"; with "nearly" or "more than" those rules apply to its value, and "all but a quarter" is read as the rest, about 75%.',
    examples: [
      'about one-fifth → 17.5–22.5',
      'a third → 30.83–35.83',
      'two-fifths → 37.5–42.5',
      'an eighth → 10–15',
      'every 5th → 17.5–22.5',
      'all but a quarter → 72.5–77.5',
    ],
  },
  {
    id: 'area',
    label: 'An area, not a share',
    pattern: 'a figure in square kilometres or square miles with no percentage',
    interval: 'no number',
    explanation:
      'An area in square kilometres is not a share of a region, so it is shown as worded and not converted into a percentage.',
    examples: ['nearly 125,000 square kilometres → no number'],
  },
  {
    id: 'almost-all',
    label: 'Almost all',
    pattern: '"almost all", "nearly all", "virtually all", "practically all", "almost entirely"',
    interval: '90 to 100',
    explanation: '"Almost all" is read as at least 90%: close to all of it, but not stated as all.',
    examples: ['almost all → 90–100'],
  },
  {
    id: 'vast-majority',
    label: 'The vast majority',
    pattern: '"the vast majority", "the overwhelming majority", "the great majority"',
    interval: '75 to 100',
    explanation: '"The vast majority" is read as at least three-quarters.',
    examples: ['the vast majority → 75–100'],
  },
  {
    id: 'most',
    label: 'Most',
    pattern: '"most", "the majority", "more than half", "over half", "the bulk"',
    interval: '50 to 100',
    explanation: '"Most" says only "more than half", so it is read as anything from 50% to 100%.',
    examples: ['most → 50–100', 'more than half → 50–100'],
  },
  {
    id: 'all',
    label: 'All of it',
    pattern:
      '"all", "entire", "whole", "full", "fully", "complete", "completely" with no figure: "fully occupied", "complete withdrawal"',
    interval: '100 to 100',
    explanation: '"All" or "fully" is read as the whole region, 100%.',
    examples: ['fully occupied → 100', 'complete withdrawal of Kyiv’s forces → 100'],
  },
  {
    id: 'vague',
    label: 'Territory without a size',
    pattern:
      'territory named without an extent: "several regions", "small areas", "large parts", "parts of" (but not "part of Russia", which is `named`), "pockets", "more territory", "the occupied territory"',
    interval: 'no number',
    explanation:
      'Words that name territory but not how much of it give no share, so the statement is shown without a number.',
    examples: ['several key regions → no number', 'cede more territory → no number'],
  },
  {
    id: 'named',
    label: 'Named without a qualifier',
    pattern:
      'a region named as controlled, held, captured, seized, taken, annexed, claimed, "part of Russia", or demanded ("cede", "withdraw", "hand over", "give up", "surrender"), with no figure or qualifier',
    interval: '100 to 100',
    explanation:
      'A region the text names as controlled, claimed or demanded, with no size or qualifier, is read as all of it (100%).',
    examples: [
      'currently controls Crimea → 100',
      'territories it claims as its own → 100',
      'legally part of Russia → 100',
      'has captured → 100',
      'cede → 100',
      'withdraw from → 100',
    ],
  },
  {
    id: 'position',
    label: 'A position, not a share',
    pattern:
      'not read from wording: the rule of every `position` claim (a ceasefire at the current line, non-recognition)',
    interval: 'no number',
    explanation:
      'A position on territory, such as a ceasefire along the current front line or a refusal to recognise annexation, has no share and is shown as a statement.',
    examples: ['immediate ceasefire along current battle lines → no number'],
  },
];

export const RULE_IDS = RULES.map((rule) => rule.id) as [RuleId, ...RuleId[]];

export function ruleById(id: string): ReadingRule | undefined {
  return RULES.find((rule) => rule.id === id);
}

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
