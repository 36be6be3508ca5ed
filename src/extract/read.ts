/**
 * Turns a figure the extractor found into an interval, by the dataset's own reading rules
 * (`readWording` in src/claims/reading.ts). The figure is first written in words those rules
 * read ("about 80%", "nearly half", "one-fifth", "almost all"); what the extractor had to do
 * to get there (convert an area, take a complement, read a number in words) is said in notes.
 *
 * Where reading.ts has no rule for a form, a local stand-in applies and says so in a note
 * (see README.md, "Rules reading.ts lacks"):
 * - "up to", "at most", "no more than": read as "less than" (X − 10 to X);
 * - fractions reading.ts does not list (two-fifths, every 8th): the fraction rule's formula
 *   applied to the same value;
 * - demand words with no qualifier ("cede Donetsk", "withdraw from"): the `named` rule, 100.
 *
 * Pure: no DOM, no Node APIs.
 */
import { readWording, type Reading, type RuleId } from '../claims/reading.ts';
import type { FigureValue, Qualifier, WordsClass } from './figures.ts';
import { formatNumber, formatThousands, fractionWords, round2 } from './numbers.ts';

export interface Interval {
  low: number | null;
  high: number | null;
  rule: RuleId;
  notes: string[];
}

const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = {
  about: 'about ',
  nearly: 'nearly ',
  'more-than': 'more than ',
  'less-than': 'less than ',
  'up-to': 'less than ',
};

const WORDS_CANONICAL: Readonly<Record<WordsClass, string>> = {
  'almost-all': 'almost all',
  'vast-majority': 'the vast majority',
  most: 'most',
  all: 'all',
  vague: 'parts of',
};

const UP_TO_NOTE =
  'read "up to" as "less than" (X − 10 to X): reading.ts has no rule for "up to", "at most" or "no more than"';

function qualifierWords(q: Qualifier | null, notes: string[]): string {
  if (q === null) return '';
  if (q === 'up-to') notes.push(UP_TO_NOTE);
  return QUALIFIER_WORDS[q];
}

function mustRead(wording: string): Reading {
  const reading = readWording(wording);
  if (reading === null) throw new Error(`reading.ts reads no rule from "${wording}"`);
  return reading;
}

function fromReading(reading: Reading, notes: string[]): Interval {
  return { low: reading.low, high: reading.high, rule: reading.rule, notes };
}

/** A share in percent, read with a qualifier by reading.ts's rules. */
export function readShare(value: number, q: Qualifier | null, notes: string[] = []): Interval {
  const words = qualifierWords(q, notes);
  return fromReading(mustRead(`${words}${formatNumber(value)}%`), notes);
}

/** A fraction num/den with a qualifier, by the fraction rule. */
export function readFraction(
  num: number,
  den: number,
  q: Qualifier | null,
  notes: string[] = [],
): Interval {
  const words = fractionWords(num, den);
  const qualifier = qualifierWords(q, notes);
  if (words !== null) return fromReading(mustRead(`${qualifier}${words}`), notes);
  // A fraction reading.ts does not list: the same formula on its value.
  const value = round2((num / den) * 100);
  notes.push(
    `read ${num}/${den} as ${formatNumber(value)}% by the fraction rule (reading.ts lists no such fraction)`,
  );
  const reading = mustRead(`${qualifier === '' ? 'about ' : qualifier}${formatNumber(value)}%`);
  return fromReading(
    { ...reading, rule: reading.rule === 'about' ? 'fraction' : reading.rule },
    notes,
  );
}

/** Qualitative words, by their rule. */
export function readWords(raw: string, cls: WordsClass, notes: string[] = []): Interval {
  const expected: RuleId = cls;
  const direct = readWording(raw);
  if (direct !== null && direct.rule === expected) return fromReading(direct, notes);
  const reading = mustRead(WORDS_CANONICAL[cls]);
  notes.push(`read "${raw.trim()}" by the "${reading.rule}" rule, as "${WORDS_CANONICAL[cls]}"`);
  return fromReading(reading, notes);
}

export interface AreaContext {
  /** The region's name for the note ("Donetsk", "Ukraine"). */
  name: string;
  /** Its official area in km². */
  areaKm2: number;
}

function describeArea(value: Extract<FigureValue, { type: 'area' }>): string {
  return value.unit === 'mi2'
    ? `${formatThousands(value.amount)} sq mi (${formatThousands(Math.round(value.km2))} km²)`
    : `${formatThousands(value.amount)} km²`;
}

/** The share of the region an area is, or null when it is larger than the region. */
export function areaShare(
  value: Extract<FigureValue, { type: 'area' }>,
  region: AreaContext,
): number | null {
  const share = round2((value.km2 / region.areaKm2) * 100);
  return share > 100 ? null : share;
}

/**
 * Reads a figure's value for one region. Null when it cannot be a share of that region (an
 * area larger than the region).
 */
export function readValue(
  value: FigureValue,
  raw: string,
  region: AreaContext,
  notes: string[] = [],
): Interval | null {
  switch (value.type) {
    case 'percent': {
      if (value.low !== value.high) {
        return fromReading(
          mustRead(`${formatNumber(value.low)}-${formatNumber(value.high)}%`),
          notes,
        );
      }
      return readShare(value.low, value.qualifier, notes);
    }
    case 'fraction':
      return readFraction(value.num, value.den, value.qualifier, notes);
    case 'area': {
      const share = areaShare(value, region);
      if (share === null) return null;
      notes.push(
        `converted ${describeArea(value)} with ${region.name}'s official area ${formatThousands(region.areaKm2)} km² (${formatNumber(share)}%)`,
      );
      return readShare(share, value.qualifier, notes);
    }
    case 'words':
      return readWords(raw, value.cls, notes);
  }
}

/** The rest of the region: 100 − high to 100 − low. */
export function complement(interval: Interval): Interval {
  if (interval.low === null || interval.high === null) return interval;
  return {
    ...interval,
    low: round2(100 - interval.high),
    high: round2(100 - interval.low),
  };
}

/** A text alternative to the figure used ("17,804 km²"), for a note. */
export function describeAlternative(value: FigureValue, region: AreaContext): string {
  switch (value.type) {
    case 'area': {
      const share = areaShare(value, region);
      return share === null
        ? describeArea(value)
        : `${describeArea(value)} (${formatNumber(share)}% of ${region.name}'s official area ${formatThousands(region.areaKm2)} km²)`;
    }
    case 'percent':
      return value.low === value.high
        ? `${formatNumber(value.low)}%`
        : `${formatNumber(value.low)}–${formatNumber(value.high)}%`;
    case 'fraction':
      return `${value.num}/${value.den}`;
    case 'words':
      return value.cls;
  }
}

/** What `readWording` gives for the wording as it stands, for comparison. */
export function rereadWording(wording: string): Reading | null {
  return readWording(wording);
}
