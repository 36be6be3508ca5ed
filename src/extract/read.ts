/**
 * Turns a figure the extractor found into an interval, by the dataset's own reading rules
 * (`readWording` in src/claims/reading.ts). The figure is first written in words those rules
 * read ("about 80%", "less than 20%", "two-fifths", "all but a quarter", "almost all"), so a
 * figure in other words ("eighty percent", "up to 20%", "every 5th sq km") gets the interval
 * and rule the dataset would give its plain form. Where the extractor departs from the
 * rules — an area converted into a share, the complement of what Ukraine holds — the notes
 * say so and the extractor sets `override` (see README.md, "Where the extractor departs").
 *
 * Pure: no DOM, no Node APIs.
 */
import { readWording, type Reading, type RuleId } from '../claims/reading.ts';
import { REGIONS, officialAreaKm2, regionName, type RegionOrGroupId } from '../geo/regions.ts';
import type { FigureValue, Qualifier, WordsClass } from './figures.ts';
import { note, type Note } from './notes.ts';
import { formatNumber, fractionWords, round2 } from './numbers.ts';

export interface Interval {
  low: number | null;
  high: number | null;
  rule: RuleId;
  notes: Note[];
}

const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = {
  about: 'about ',
  nearly: 'nearly ',
  'more-than': 'more than ',
  'less-than': 'less than ',
};

const WORDS_CANONICAL: Readonly<Record<WordsClass, string>> = {
  'almost-all': 'almost all',
  'vast-majority': 'the vast majority',
  most: 'most',
  all: 'all',
  vague: 'parts of',
};

function qualifierWords(q: Qualifier | null): string {
  return q === null ? '' : QUALIFIER_WORDS[q];
}

function fromReading(reading: Reading, notes: Note[]): Interval {
  return { low: reading.low, high: reading.high, rule: reading.rule, notes };
}

/**
 * Reads `words` (the figure in the dataset's words) with reading.ts; when the text's own
 * wording `raw` reads otherwise (a number in words, say), a note says how it was written.
 */
function readAs(words: string, raw: string | null, notes: Note[]): Interval | null {
  const reading = readWording(words);
  if (reading === null) return null;
  if (raw !== null) {
    const own = readWording(raw);
    const same =
      own !== null &&
      own.low === reading.low &&
      own.high === reading.high &&
      own.rule === reading.rule;
    if (!same) notes.push(note.readAs(raw, words));
  }
  return fromReading(reading, notes);
}

/**
 * A share in percent computed from an area, read with a qualifier by reading.ts's rules; an
 * area given as "about" is a rounded area, so its share is read 2.5 points either side (the
 * computed share's own digits say nothing of how the area was rounded).
 */
function readShare(value: number, q: Qualifier | null, notes: Note[]): Interval | null {
  if (q === 'about') {
    notes.push(note.roundedArea());
    const bound = (x: number) => Math.round(Math.min(100, Math.max(0, x)) * 100) / 100;
    return { low: bound(value - 2.5), high: bound(value + 2.5), rule: 'about', notes };
  }
  return readAs(`${qualifierWords(q)}${formatNumber(value)}%`, null, notes);
}

/** Qualitative words, by their rule. */
export function readWords(raw: string, cls: WordsClass, notes: Note[] = []): Interval {
  const direct = readWording(raw);
  if (direct !== null && direct.rule === cls) return fromReading(direct, notes);
  const reading = readWording(WORDS_CANONICAL[cls]);
  if (reading === null) throw new Error(`reading.ts reads no rule from "${WORDS_CANONICAL[cls]}"`);
  notes.push(note.readByRule(raw, reading.rule, WORDS_CANONICAL[cls]));
  return fromReading(reading, notes);
}

export interface AreaContext {
  /** The region (or Ukraine, "UA"), for the notes. */
  id: RegionOrGroupId;
  /** The region's name ("Donetsk", "Ukraine"). */
  name: string;
  /** Its official area in km². */
  areaKm2: number;
}

/** The largest claim region (Kherson); a bigger area with no region named is of Ukraine. */
export const LARGEST_REGION_KM2 = 28_461;

/** An area within 0.7% of a region's own (an oblast, Crimea with Sevastopol): its size. */
export function isRegionArea(km2: number): boolean {
  return [...REGIONS.map((r) => r.areaKm2), officialAreaKm2('crimea')].some(
    (a) => Math.abs(km2 - a) <= a * 0.007,
  );
}

/** A region's name and official area, for converting an area into a share of it. */
export function areaContext(id: RegionOrGroupId): AreaContext {
  return { id, name: id === 'UA' ? 'Ukraine' : regionName(id), areaKm2: officialAreaKm2(id) };
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
 * Reads a figure's value for one region; `allBut` ("all but a quarter") reads the rest of
 * the region, as reading.ts does. Null when it cannot be a share of that region (an area
 * larger than the region).
 */
export function readValue(
  value: FigureValue,
  raw: string,
  region: AreaContext,
  notes: Note[] = [],
  allBut = false,
): Interval | null {
  const rest = allBut ? 'all but ' : '';
  switch (value.type) {
    case 'percent': {
      if (value.low !== value.high) {
        return readAs(`${formatNumber(value.low)}-${formatNumber(value.high)}%`, raw, notes);
      }
      return readAs(
        `${rest}${qualifierWords(value.qualifier)}${formatNumber(value.low)}%`,
        raw,
        notes,
      );
    }
    case 'fraction':
      return readAs(
        `${rest}${qualifierWords(value.qualifier)}${fractionWords(value.num, value.den)}`,
        raw,
        notes,
      );
    case 'area': {
      const share = areaShare(value, region);
      if (share === null) return null;
      notes.push(note.convertedArea(value, region.id, share));
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

/** A note that the text gives the figure another way too ("17,804 km²"). */
export function alternativeNote(value: FigureValue, region: AreaContext): Note {
  return note.sameFigure(value, region.id, value.type === 'area' ? areaShare(value, region) : null);
}

/**
 * A figure read for one region as Russia's share, by the English and the multilingual
 * extractors alike: its interval (the complement when the cue says what Ukraine holds, with a
 * note whose `held` says the text's words were "held by Ukraine"), and a note for each other
 * way the text gives the figure ("17,804 km²"). Null when it is no share of the region — and,
 * with `vagueUkraine` false, when what Ukraine holds is vague (it says nothing of Russia's).
 */
export function readFigure(
  f: { value: FigureValue; alternatives: readonly FigureValue[] },
  wording: string,
  region: AreaContext,
  notes: Note[],
  how: { allBut: boolean; inverse: boolean; held: boolean; vagueUkraine: boolean },
): Interval | null {
  let interval = readValue(f.value, wording, region, notes, how.allBut);
  if (!interval) return null;
  if (how.inverse && !how.vagueUkraine && interval.low === null) return null;
  if (how.inverse) {
    interval = complement(interval);
    notes.push(note.complement(wording, how.held));
  }
  for (const alt of f.alternatives) notes.push(alternativeNote(alt, region));
  return interval;
}

/** The fields a figure's candidate shares in both extractors: region, kind and reading. */
export function figureClaim<K>(
  region: RegionOrGroupId,
  kind: K,
  interval: Interval,
  wording: string,
  f: { wordStart: number; wordEnd: number },
) {
  return {
    region,
    kind,
    low: interval.low,
    high: interval.high,
    rule: interval.rule,
    wording,
    wordingStart: f.wordStart,
    wordingEnd: f.wordEnd,
  };
}
