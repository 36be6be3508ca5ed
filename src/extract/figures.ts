/**
 * Finds the figures in a sentence that could be a share of territory: percentages (with a
 * qualifier such as "about" or "more than", as ranges, in words), areas in square kilometres
 * or miles, fractions ("a fifth", "two-thirds", "every 5th sq km", "all but a quarter") and
 * qualitative words ("almost all", "the vast majority", "most", "fully", "small areas").
 * Whether a figure is about a region, and which, is decided by the extractor.
 * Pure: no DOM, no Node APIs.
 */
import {
  DIGITS,
  FRACTION_WORD,
  ORDINAL,
  WORD_NUMBER,
  denominator,
  numerator,
  parseDigits,
  parseWordNumber,
} from './numbers.ts';

/**
 * A qualifier before a figure, named after the reading rule it selects in reading.ts
 * ("up to", "at most" and "no more than" are ceilings, read there as less-than).
 */
export type Qualifier = 'about' | 'nearly' | 'more-than' | 'less-than';

/** What kind of words a qualitative figure is, named after the reading rule for it. */
export type WordsClass = 'almost-all' | 'vast-majority' | 'most' | 'all' | 'vague';

export type FigureValue =
  | { type: 'percent'; low: number; high: number; range: boolean; qualifier: Qualifier | null }
  | {
      type: 'area';
      km2: number;
      amount: number;
      unit: 'km2' | 'mi2';
      qualifier: Qualifier | null;
    }
  | { type: 'fraction'; num: number; den: number; qualifier: Qualifier | null }
  | {
      type: 'words';
      cls: WordsClass;
      adverb: boolean;
      needs: 'of' | 'of-or-adjective' | 'control';
    };

export interface Figure {
  start: number;
  end: number;
  value: FigureValue;
  /** "all but a quarter", "all but 10%": the figure is the rest of the region. */
  allBut: boolean;
  /** The text just before it makes it a change or a past figure ("by 5%", "up from 60%"). */
  change: boolean;
  /** A second way the text gives the same figure ("17,804 km² (67.2%)"), merged into it. */
  alternatives: FigureValue[];
  /** Ends of each figure merged into this one: a region may follow any of them. */
  ends: number[];
  /** Where the figure that gives `value` is worded (the whole span less its alternatives). */
  wordStart: number;
  wordEnd: number;
}

const QUALIFIER = String.raw`(?:(?:just|slightly|a\s+little|well|only|still|now)\s+)?(?:more\s+than|over|above|at\s+least|in\s+excess\s+of|upwards\s+of|exceeding|nearly|almost|close\s+to|just\s+under|less\s+than|under|below|fewer\s+than|about|approximately|approx\.|around|roughly|some|circa|c\.|ca\.|an\s+estimated|estimated|up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|no\s+less\s+than|not\s+less\s+than|only|~)`;

/** Which reading rule a qualifier's words select. */
export function qualifierOf(words: string | undefined): Qualifier | null {
  if (!words) return null;
  const w = words.toLowerCase().replace(/\s+/g, ' ').trim();
  // "no more than" and "no less than" before the "more than" and "less than" they end with.
  if (/\b(?:up to|at most|(?:no|not) more than)$/.test(w)) return 'less-than';
  if (/\b(?:no|not) less than$/.test(w)) return 'more-than';
  if (/\b(?:nearly|almost|close to|just under)$/.test(w)) return 'nearly';
  if (/\b(?:more than|over|above|at least|in excess of|upwards of|exceeding)$/.test(w))
    return 'more-than';
  if (/\b(?:less than|under|below|fewer than)$/.test(w)) return 'less-than';
  if (
    /(?:\b(?:about|approximately|approx\.|around|roughly|some|circa|c\.|ca\.|estimated)|~)$/.test(w)
  )
    return 'about';
  return null;
}

const NUM = String.raw`(?:${DIGITS}|${WORD_NUMBER})`;
const UNIT = String.raw`(?:\s?%|\s?per\s?cent\b|\s?percent\b|\s?pct\b\.?|\s?proc\b\.?|\s?procent\p{L}*|\s?prozent\b|\s?відс\p{L}*\.?)(?!\s*(?:percentage\s+)?points?\b)`;
const AREA_UNIT = String.raw`(?:km²|km2\b|km\^2|sq\.?\s*km\b|sq\.?\s*kilomet(?:re|er)s?\b|square\s+kilomet(?:re|er)s?\b|kilomet(?:re|er)s?\s+square\b|sq\.?\s*mi(?:les?)?\b|square\s+miles?\b|mi²|mi2\b)`;
const START = String.raw`(?<![\p{L}\p{N}.,])`;
const Q = String.raw`(?:(${QUALIFIER})\s*)?`;

const RANGE_RE = new RegExp(
  String.raw`${START}${Q}(between\s+)?(${NUM})(${UNIT})?\s*(?:-|–|—|to|and)\s*(${NUM})${UNIT}`,
  'giu',
);
const AREA_RE = new RegExp(
  String.raw`${START}${Q}(${DIGITS})(?:\s*(thousand|million))?\s*(${AREA_UNIT})`,
  'giu',
);
const PERCENT_RE = new RegExp(String.raw`${START}${Q}(${NUM})${UNIT}`, 'giu');
const ALL_BUT_RE = new RegExp(
  String.raw`${START}all\s+but\s+(?:(a|an|one)\s+(${FRACTION_WORD})|(${DIGITS})${UNIT})`,
  'giu',
);
const FRACTION_RE = new RegExp(
  String.raw`${START}${Q}(a|an|one|two|three|four|five|six|seven|eight|nine|[1-9])[- ](${FRACTION_WORD})\b`,
  'giu',
);
const HALF_RE = new RegExp(
  String.raw`${START}(?:(${QUALIFIER})\s+(?:a\s+)?|(?:one|a)[- ])?half\b(?=\s+(?:of|the)\b)`,
  'giu',
);
const EVERY_RE = new RegExp(
  String.raw`${START}${Q}every\s+(${ORDINAL})\s+(?:${AREA_UNIT}|kilomet(?:re|er)\b|mile\b)`,
  'giu',
);
const ONE_IN_RE = new RegExp(
  String.raw`${START}${Q}(?:one|1)\s+(?:in|out\s+of)\s+(?:every\s+)?(${NUM})\b`,
  'giu',
);
const SLASH_RE = new RegExp(String.raw`${START}${Q}([1-9])\s?/\s?([2-9]|10)(?=\s+of\b)`, 'giu');

/** What an adverb such as "fully" must qualify to be a share of territory. */
const CONTROL_WORD = String.raw`(?:occupied|controlled|captured|seized|taken|held|annexed|in\s+Russian\s+hands|under\s+(?:Russian\s+|Moscow['’]s\s+)?(?:control|occupation)|controls?|occup(?:y|ies))(?![\p{L}])`;

const WORDS: readonly [RegExp, WordsClass, boolean, 'of' | 'of-or-adjective' | 'control'][] = [
  [
    new RegExp(
      String.raw`(?<![\p{L}])(?:almost|nearly|virtually|practically)\s+(?:entirely|completely|fully|wholly)\s+${CONTROL_WORD}`,
      'giu',
    ),
    'almost-all',
    true,
    'control',
  ],
  [
    /(?<![\p{L}])(?:almost|nearly|virtually|practically|essentially|just\s+about)\s+(?:all|the\s+(?:entire|whole)(?:ty)?|the\s+whole)(?![\p{L}])/giu,
    'almost-all',
    false,
    'of-or-adjective',
  ],
  [/(?<![\p{L}])the\s+(?:vast|overwhelming|great)\s+majority\b/giu, 'vast-majority', false, 'of'],
  [
    /(?<![\p{L}])(?:most|the\s+(?:majority|bulk|greater\s+part|larger\s+part))(?![\p{L}])/giu,
    'most',
    false,
    'of',
  ],
  [
    new RegExp(
      String.raw`(?<![\p{L}])(?:entirely|fully|completely|wholly|totally)\s+${CONTROL_WORD}`,
      'giu',
    ),
    'all',
    true,
    'control',
  ],
  [
    /(?<![\p{L}])(?:all|(?:the\s+)?(?:entire|whole)(?:ty)?)(?![\p{L}])/giu,
    'all',
    false,
    'of-or-adjective',
  ],
  [
    /(?<![\p{L}])(?:full|complete|total)\s+(?:Russian\s+)?(?:control|occupation)\b/giu,
    'all',
    false,
    'control',
  ],
  // A bare "part" in an apposition before the predicate ("The Donetsk region, part of the
  // Donbas, is 79% occupied") names the group the region is in, not a part held.
  [
    /(?<![\p{L}])(?<!\b(?:residents|people|inhabitants|citizens|population)\s+of\s+(?:the\s+)?(?:\p{L}+\s+)?)(?:small\s+(?:areas?|parts?|pockets?|portions?|sections?)|a\s+(?:small\s+)?(?:part|portion|sliver|strip|section)|(?:large|significant|substantial|considerable|big|great|good)\s+(?:parts?|swathes|swaths|areas|chunks|portions?)|(?:some|several)\s+(?:areas|parts|territory|territories)|parts|(?:(?<!,\s)part|part(?![^,.;()]{0,60},\s+(?:is|are|was|were|has|have|remains?)(?![\p{L}])))(?!\s+of\s+(?:the\s+)?Russia)|areas|pockets|swathes|swaths)(?![\p{L}])/giu,
    'vague',
    false,
    'of',
  ],
];

/** Text before a figure that makes it a change or an earlier value, not a share now. */
const CHANGE_BEFORE =
  /(?:\bby|\b(?:up|down)\s+from|\bfrom|\bcompared\s+(?:with|to)|\b(?:increase|rise|growth|drop|decline|fall|jump|gain|loss|decrease|change)\s+of|\bfell|\brose|\bgrew|\bshrank|\bshrunk|\bdropped|\bincreased|\bdecreased|\bup|\bdown)\s*$/i;

function numberValue(token: string, area = false): number | null {
  const word = parseWordNumber(token);
  if (word !== null) return word;
  const value = parseDigits(token, { area });
  return Number.isFinite(value) ? value : null;
}

function overlapsAny(start: number, end: number, taken: readonly Figure[]): boolean {
  return taken.some((f) => start < f.end && f.start < end);
}

function figure(
  start: number,
  end: number,
  value: FigureValue,
  text: string,
  allBut = false,
): Figure {
  const before = text.slice(Math.max(0, start - 30), start);
  return {
    start,
    end,
    value,
    allBut,
    change: CHANGE_BEFORE.test(before),
    alternatives: [],
    ends: [end],
    wordStart: start,
    wordEnd: end,
  };
}

/** Figures in `text` (a sentence or a whole article), sorted, without overlaps. */
export function findFigures(text: string): Figure[] {
  const found: Figure[] = [];
  const add = (f: Figure | null) => {
    if (!f) return;
    // "control over 15 percent": "over" is the preposition of "control", not "more than".
    const over = /^over\s+/i.exec(text.slice(f.start, f.end));
    if (over && 'qualifier' in f.value && /\bcontrol\s*$/i.test(text.slice(0, f.start))) {
      f = { ...f, start: f.start + over[0].length, wordStart: f.start + over[0].length };
      f.value = { ...f.value, qualifier: null } as FigureValue;
    }
    if (!overlapsAny(f.start, f.end, found)) found.push(f);
  };

  for (const m of text.matchAll(ALL_BUT_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[2]) {
      const den = denominator(m[2]);
      if (den !== null)
        add(figure(start, end, { type: 'fraction', num: 1, den, qualifier: null }, text, true));
    } else if (m[3]) {
      const v = numberValue(m[3]);
      if (v !== null && v <= 100)
        add(
          figure(
            start,
            end,
            { type: 'percent', low: v, high: v, range: false, qualifier: null },
            text,
            true,
          ),
        );
    }
  }

  for (const m of text.matchAll(RANGE_RE)) {
    const [, qual, between, a, unitA, b] = m;
    const connector = m[0]
      .slice(0, m[0].length)
      .match(/\s(and|to)\s/i)?.[1]
      ?.toLowerCase();
    if (connector === 'and' && !between) continue;
    const low = numberValue(a ?? '');
    const high = numberValue(b ?? '');
    if (low === null || high === null || low > 100 || high > 100 || low >= high) continue;
    // "from 60% to 80%" is a change, not a range.
    if (connector === 'to' && /\bfrom\s*$/i.test(text.slice(Math.max(0, m.index - 10), m.index)))
      continue;
    void unitA;
    add(
      figure(
        m.index,
        m.index + m[0].length,
        { type: 'percent', low, high, range: true, qualifier: qualifierOf(qual) },
        text,
      ),
    );
  }

  for (const m of text.matchAll(AREA_RE)) {
    const [, qual, digits, multiplier, unit] = m;
    const amount = numberValue(digits ?? '', true);
    if (amount === null) continue;
    const scaled =
      amount *
      (multiplier?.toLowerCase() === 'thousand'
        ? 1e3
        : multiplier?.toLowerCase() === 'million'
          ? 1e6
          : 1);
    const miles = /mi/i.test(unit ?? '');
    add(
      figure(
        m.index,
        m.index + m[0].length,
        {
          type: 'area',
          km2: miles ? scaled * 2.589988 : scaled,
          amount: scaled,
          unit: miles ? 'mi2' : 'km2',
          qualifier: qualifierOf(qual),
        },
        text,
      ),
    );
  }

  for (const m of text.matchAll(PERCENT_RE)) {
    const [, qual, n] = m;
    const v = numberValue(n ?? '');
    if (v === null || v > 100) continue;
    add(
      figure(
        m.index,
        m.index + m[0].length,
        { type: 'percent', low: v, high: v, range: false, qualifier: qualifierOf(qual) },
        text,
      ),
    );
  }

  for (const m of text.matchAll(EVERY_RE)) {
    const den = denominator(m[2] ?? '');
    if (den === null || den < 2) continue;
    add(
      figure(
        m.index,
        m.index + m[0].length,
        { type: 'fraction', num: 1, den, qualifier: qualifierOf(m[1]) },
        text,
      ),
    );
  }

  for (const m of text.matchAll(ONE_IN_RE)) {
    const den = numberValue(m[2] ?? '');
    if (den === null || den < 2 || den > 10) continue;
    add(
      figure(
        m.index,
        m.index + m[0].length,
        { type: 'fraction', num: 1, den, qualifier: qualifierOf(m[1]) },
        text,
      ),
    );
  }

  for (const m of text.matchAll(FRACTION_RE)) {
    const num = numerator(m[2] ?? '');
    const den = denominator(m[3] ?? '');
    if (num === null || den === null || num >= den) continue;
    // "one third" must not be "the third" or an ordinal "a third time".
    add(
      figure(
        m.index,
        m.index + m[0].length,
        { type: 'fraction', num, den, qualifier: qualifierOf(m[1]) },
        text,
      ),
    );
  }

  for (const m of text.matchAll(HALF_RE)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/\b(?:first|second|latter|former|other)\s*$/i.test(before)) continue;
    add(
      figure(
        m.index,
        m.index + m[0].length,
        { type: 'fraction', num: 1, den: 2, qualifier: qualifierOf(m[1]) },
        text,
      ),
    );
  }

  for (const m of text.matchAll(SLASH_RE)) {
    const num = Number(m[2]);
    const den = Number(m[3]);
    if (num >= den) continue;
    add(
      figure(
        m.index,
        m.index + m[0].length,
        { type: 'fraction', num, den, qualifier: qualifierOf(m[1]) },
        text,
      ),
    );
  }

  for (const [pattern, cls, adverb, needs] of WORDS) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      add(figure(m.index, m.index + m[0].length, { type: 'words', cls, adverb, needs }, text));
    }
  }

  found.sort((a, b) => a.start - b.start);
  return mergeAlternatives(found, text);
}

/** Between two figures that state the same thing: "17,804 km² (67.2%)", "… or about 15%". */
const ALTERNATIVE_GAP =
  /^\s*(?:[([]\s*|,?\s*(?:or|i\.e\.,?|that is,?|equivalent to|representing|amounting to)\s+|\s*[([][^)\]]*[)\]]\s*(?:of\s+(?:the\s+)?(?:territory|land)\s+)?,?\s*or\s+|\s+of\s+(?:the\s+)?(?:(?:entire|whole|total)\s+)?(?:territory|land)\s*,?\s*or\s+)$/i;

function rank(value: FigureValue): number {
  switch (value.type) {
    case 'percent':
      return 0;
    case 'fraction':
      return 1;
    case 'area':
      return value.unit === 'km2' ? 2 : 3;
    default:
      return 4;
  }
}

function mergeAlternatives(figures: Figure[], text: string): Figure[] {
  const out: Figure[] = [];
  for (const f of figures) {
    // The last figure with a number; words between ("the entire") belong to a place's name.
    let p = out.length - 1;
    while (p >= 0 && out[p]?.value.type === 'words') p--;
    const prev = out[p];
    if (
      prev &&
      f.value.type !== 'words' &&
      !prev.allBut &&
      !f.allBut &&
      ALTERNATIVE_GAP.test(text.slice(prev.end, f.start))
    ) {
      // Keep the closing bracket inside the span.
      let end = f.end;
      const close = /^\s*[)\]]/.exec(text.slice(end));
      if (close && /[([]/.test(text.slice(prev.end, f.start))) end += close[0].length;
      const [primary, secondary] = rank(f.value) < rank(prev.value) ? [f, prev] : [prev, f];
      out.splice(p, out.length - p, {
        start: prev.start,
        end,
        value: primary.value,
        allBut: false,
        change: prev.change,
        alternatives: [...primary.alternatives, secondary.value, ...secondary.alternatives],
        ends: [...prev.ends, end],
        wordStart: primary.wordStart,
        wordEnd: primary.wordEnd,
      });
      continue;
    }
    out.push(f);
  }
  return out;
}
