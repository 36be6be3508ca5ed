/**
 * The rules by which a claim's wording is read as an interval (`readWording` in reading.ts
 * applies them, in this order): for each, its name, the wordings it covers, the interval it
 * gives and a sentence for readers. Data only; the page shows them to readers and the export
 * lists them. Pure: no DOM, no Node APIs.
 */

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
