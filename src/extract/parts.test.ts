import { describe, expect, it } from 'vitest';
import { findCues } from './cues.ts';
import { decodeArticle } from './decode.ts';
import {
  extraReason,
  formatReport,
  intervalsOverlap,
  missReason,
  scoreArticle,
  totals,
  type ExpectedClaim,
} from './evaluate.ts';
import { extract } from './extract.ts';
import { findFigures } from './figures.ts';
import { parseDigits, parseWordNumber } from './numbers.ts';
import { findMentions } from './region-names.ts';
import { splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.']],
    ['It holds 19.25% of it. Next.', ['It holds 19.25% of it.', 'Next.']],
    [
      'Mr. Lavrov spoke. Then U.S. officials left.',
      ['Mr. Lavrov spoke.', 'Then U.S. officials left.'],
    ],
    ['Jest to 19,24 proc. całego terytorium.', ['Jest to 19,24 proc. całego terytorium.']],
    ['Kherson — 72% (-)\nDonetsk — 78.1%', ['Kherson — 72% (-)', 'Donetsk — 78.1%']],
    ['legally part of Russia, but\nKyiv said no.', ['legally part of Russia, but\nKyiv said no.']],
    ['“Quoted.” Then more.', ['“Quoted.”', 'Then more.']],
    ['Title\n\nBody text.', ['Title', 'Body text.']],
    [
      'Gen. Gerasimov said so. Then Mr. Putin agreed.',
      ['Gen. Gerasimov said so.', 'Then Mr. Putin agreed.'],
    ],
    [
      'Russian forces hold about\n70 percent of the region. Next.',
      ['Russian forces hold about\n70 percent of the region.', 'Next.'],
    ],
    [
      'Siły rosyjskie kontrolują ok. 70 proc. obwodu. Dalej.',
      ['Siły rosyjskie kontrolują ok. 70 proc. obwodu.', 'Dalej.'],
    ],
    ['Окупували 109 тис. кв. км у 2023 р. Далі.', ['Окупували 109 тис. кв. км у 2023 р. Далі.']],
    ['M. Zelensky a parlé. Ensuite.', ['M. Zelensky a parlé.', 'Ensuite.']],
    [
      "le forze russe controllano\npiù del 60% della regione\ndell'Ucraina orientale.",
      ["le forze russe controllano\npiù del 60% della regione\ndell'Ucraina orientale."],
    ],
    ['', []],
  ])('%j', (text, expected) => {
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('numbers', () => {
  it.each([
    ['116,165', false, 116165],
    ['19,25', false, 19.25],
    ['19.25', false, 19.25],
    ['125 000', false, 125000],
    ['116.165', true, 116165],
    ['116.165', false, 116.165],
    ['1,234.5', false, 1234.5],
  ])('parseDigits(%j, area %s) = %d', (token, area, value) => {
    expect(parseDigits(token, { area })).toBe(value);
  });

  it.each([
    ['eighty', 80],
    ['ninety-nine', 99],
    ['seventy five', 75],
    ['a hundred', 100],
    ['nineteen', 19],
    ['eightyone', null],
  ])('parseWordNumber(%j) = %s', (text, value) => {
    expect(parseWordNumber(text)).toBe(value);
  });
});

describe('findFigures', () => {
  const texts = (t: string) => findFigures(t).map((f) => t.slice(f.start, f.end));
  it.each([
    ['about 80% of Donetsk', ['about 80%']],
    ['83–85 per cent', ['83–85 per cent']],
    ['between 70 and 75 percent', ['between 70 and 75 percent']],
    ['19,24 proc. of it', ['19,24 proc.']],
    ['up 2.1 percentage points', []],
    ['the 19th century, page 19, aged 18-60', []],
    ['17,804 square kilometers (67.2%) occupied', ['17,804 square kilometers (67.2%)']],
    ['every 5th sq km', ['every 5th sq km']],
    ['all but a quarter of it', ['all but a quarter']],
    ['in the first half of 2024', []],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('marks changes and earlier values', () => {
    const [a, b] = findFigures('up from 7% to 18%');
    expect(a?.change).toBe(true);
    expect(b?.change).toBe(false);
  });
});

describe('findMentions', () => {
  const ids = (t: string) =>
    findMentions(t)
      .filter((m) => !m.antecedentOnly)
      .map((m) => [t.slice(m.start, m.end), m.id, m.locative]);
  it.each([
    ['the Donetsk region', [['Donetsk region', 'UA-14', false]]],
    [
      'Lugansk and Zaporozhye',
      [
        ['Lugansk', 'UA-09', false],
        ['Zaporozhye', 'UA-23', false],
      ],
    ],
    ['Ukraine’s territory', [['Ukraine’s territory', 'UA', false]]],
    ['in eastern Ukraine', [['Ukraine', 'UA', true]]],
    ["Ukraine's economy", []],
    // Issue 18: the DPR/LPR names stand for the regions they claim.
    ["the Donetsk People's Republic", [["Donetsk People's Republic", 'UA-14', false]]],
    ['Kyiv said', []],
    ['Kyiv Oblast', [['Kyiv Oblast', 'UA-32', false]]],
    ['the Crimean peninsula', [['Crimean peninsula', 'crimea', false]]],
    ['all four regions', [['all four regions', 'annexed-four', false]]],
    ['his country', [['his country', 'UA', false]]],
  ])('%j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('findCues', () => {
  it('reads "Ukraine holds" as Ukrainian control, not Russian', () => {
    expect(findCues('Ukraine holds 10%').map((c) => c.type)).toEqual(['inverse']);
  });
});

describe('decodeArticle', () => {
  it.each([
    [new Uint8Array([0x61, 0x00]), 'NUL'],
    [new Uint8Array([0xff, 0xfe, 0x41]), 'UTF-8'],
    [new TextEncoder().encode(' \n'), 'empty'],
  ])('refuses %j', (bytes, word) => {
    const d = decodeArticle(bytes);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.problem).toContain(word);
  });
});

describe('evaluate', () => {
  it.each([
    [{ low: 70, high: 75 }, { low: 75, high: 80 }, true],
    [{ low: 70, high: 74.9 }, { low: 75, high: 80 }, false],
    [{ low: null, high: null }, { low: null, high: null }, true],
    [{ low: null, high: null }, { low: 0, high: 100 }, false],
  ])('intervalsOverlap(%j, %j) = %s', (a, b, expected) => {
    expect(intervalsOverlap(a, b)).toBe(expected);
  });

  it('gives precision and recall of 1 on nothing, and F1 0 when nothing matches', () => {
    expect(totals([scoreArticle('a', [], [])])).toMatchObject({ precision: 1, recall: 1 });
    const miss = scoreArticle('b', [], [{ region: 'UA', kind: 'control', low: 1, high: 2 }]);
    expect(totals([miss])).toMatchObject({ recall: 0, f1: 0 });
  });

  const donetsk70: ExpectedClaim = { region: 'UA-14', kind: 'control', low: 67.5, high: 72.5 };
  const claim = (c: Partial<ExpectedClaim>): ExpectedClaim => ({ ...donetsk70, ...c });
  it.each([
    ['threshold', [], [claim({ low: 70, high: 70 })]],
    ['kind', [claim({ kind: 'claim' })], []],
    ['value-complement', [claim({ low: 30, high: 30 })], []],
    ['value-null', [claim({ low: null, high: null })], []],
    ['value-near', [claim({ low: 75, high: 77 })], []],
    ['value-far', [claim({ low: 90, high: 100 })], []],
    ['region-part', [claim({ region: 'donbas' })], []],
    ['region-other', [claim({ region: 'UA-23' })], []],
    ['unread-share', [claim({ region: 'UA-23', low: 10, high: 10 })], []],
  ] as const)('reads a miss as %s', (reason, unmatched, dropped) => {
    expect(missReason(donetsk70, unmatched, dropped)).toBe(reason);
  });

  it('reads a miss of the whole region as unread-whole, of no share as unread-vague, and counts reasons in the report', () => {
    expect(missReason(claim({ low: 100, high: 100 }), [])).toBe('unread-whole');
    const named = claim({ low: null, high: null, region: 'UA-43' });
    expect(missReason(named, [])).toBe('unread-vague');
    const score = scoreArticle('c', [], [donetsk70, named], []);
    score.split = 'held-out';
    const report = formatReport([score]);
    expect(report).toContain('misses by reason: unread-share 1, unread-vague 1');
    expect(report).toContain('held-out misses by reason: unread-share 1, unread-vague 1');
    expect(report).toContain('recall by what was labelled: share 0/1 (0.0%), whole 0/0, vague 0/1');
    expect(report).toContain(
      'shares below 100 alone: TP 0, FP 0, FN 1, precision 100.0%, recall 0.0%',
    );
  });

  it.each([
    ['near', [donetsk70], [donetsk70], claim({ low: 90, high: 90 })],
    ['near', [donetsk70], [donetsk70], claim({ region: 'UA-09' })],
    ['extra', [], [donetsk70], claim({ low: 90, high: 90 })],
    ['stray', [], [donetsk70], claim({ region: 'UA-09' })],
    ['trap-text', [], [], donetsk70],
  ] as const)('reads a false positive as %s', (reason, misses, expected, candidate) => {
    expect(extraReason(candidate, misses, expected)).toBe(reason);
  });

  it('counts the false positives by reason in the report', () => {
    const candidates = extract('Russia controls 99% of the Luhansk region.', { language: 'en' });
    expect(candidates).toHaveLength(1);
    const score = scoreArticle('d', candidates, [], []);
    expect(formatReport([score])).toContain('false positives by reason: trap-text 1');
  });
});
