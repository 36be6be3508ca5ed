import { describe, expect, it } from 'vitest';
import {
  containsQuote,
  findQuote,
  firstWords,
  formatDate,
  formatIsoDate,
  normaliseText,
  type DateLike,
} from './text.ts';

describe('normaliseText', () => {
  it.each([
    ['Moscow’s “maximalist stance”', 'Moscow\'s "maximalist stance"'],
    ['Kherson – 72%', 'Kherson - 72%'],
    ['Kherson — 72%', 'Kherson - 72%'],
    ['„Jest to 19,24 proc.”', '"Jest to 19,24 proc."'],
    ['«Крим»', '"Крим"'],
    ['a\u00a0b\u202fc', 'a b c'],
    ['  one\n\n two\t three  ', 'one two three'],
    ['wait…', 'wait...'],
    ['zero\u200bwidth', 'zerowidth'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});

describe('containsQuote', () => {
  const text =
    'Moscow believes the occupied territory is now legally part of Russia, but\nKyiv and its Western partners have said they will never recognize it.';

  it('matches across line breaks and typography', () => {
    expect(containsQuote(text, 'part of Russia, but Kyiv and its Western partners')).toBe(true);
    expect(containsQuote('Kyiv’s forces', "Kyiv's forces")).toBe(true);
  });

  it('fails on a changed word, a changed case or an empty quote', () => {
    expect(containsQuote(text, 'part of Russia, and Kyiv')).toBe(false);
    expect(containsQuote(text, 'moscow believes')).toBe(false);
    expect(containsQuote(text, '  ')).toBe(false);
  });
});

describe('firstWords', () => {
  it('cuts long text with an ellipsis and keeps short text whole', () => {
    expect(firstWords('one two three four five six seven', 3)).toBe('one two three…');
    expect(firstWords('one two', 3)).toBe('one two');
  });
});

describe('formatDate', () => {
  const cases: [DateLike, string][] = [
    [{ value: '2025-10-21', precision: 'day', inferred: false }, '21 Oct 2025'],
    [{ value: '2025-10-21', precision: 'day', inferred: true }, 'c. 21 Oct 2025'],
    [
      { value: '2025-11-09', precision: 'day', inferred: true, qualifier: 'on-or-after' },
      'on or after 9 Nov 2025',
    ],
    [
      { value: '2024-08-19', precision: 'day', inferred: true, qualifier: 'approx' },
      'c. 19 Aug 2024',
    ],
    [{ value: '2026-01', precision: 'month', inferred: false }, 'Jan 2026'],
    [{ value: '2026-01', precision: 'month', inferred: true, qualifier: 'approx' }, 'c. Jan 2026'],
    [{ value: '2025', precision: 'year', inferred: false }, '2025'],
    [{ value: '2025', precision: 'year', inferred: true }, 'c. 2025'],
    [{ value: '2022-09-30', precision: 'month', inferred: false }, 'Sep 2022'],
  ];
  it.each(cases)('%j → %s', (date, expected) => {
    expect(formatDate(date)).toBe(expected);
  });

  it('formats bare ISO dates of any precision', () => {
    expect(formatIsoDate('2025-07-24')).toBe('24 Jul 2025');
    expect(formatIsoDate('2026-01')).toBe('Jan 2026');
    expect(formatIsoDate('2025')).toBe('2025');
  });
});

describe('findQuote', () => {
  it.each([
    ['Moscow currently controls Crimea.', 'currently controls', 'currently controls'],
    ['He said: “leave it as it is”, then left.', '"leave it as it is"', '“leave it as it is”'],
    ['the line of\n  contact should be', 'line of contact', 'line of\n  contact'],
    ['Kyiv’s forces – all of them', "Kyiv's forces - all", 'Kyiv’s forces – all'],
    ['wait\u2026 then', 'wait... then', 'wait\u2026 then'],
  ])('finds %j', (text, quote, found) => {
    const at = findQuote(text, quote);
    expect(at && text.slice(at.start, at.end)).toBe(found);
  });

  it('gives null for a quote the text does not hold', () => {
    expect(findQuote('about 80% of Donetsk', 'about 85% of Donetsk')).toBeNull();
    expect(findQuote('anything', '  ')).toBeNull();
  });
});
