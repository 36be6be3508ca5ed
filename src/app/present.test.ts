import { describe, expect, it } from 'vitest';
import type { ExportedClaim } from '../claims/export.ts';
import { RULES } from '../claims/reading.ts';
import {
  intervalText,
  markWording,
  ruleExplanation,
  shortValue,
  valueDescription,
} from './present.ts';

type C = Pick<ExportedClaim, 'low' | 'high' | 'rule' | 'wording' | 'kind' | 'override'>;
const c = (wording: string, rule: C['rule'], low: number | null, high: number | null): C => ({
  wording,
  rule,
  low,
  high,
  kind: 'control',
  override: null,
});

describe('shortValue', () => {
  it.each<[C, string]>([
    [c('about 80%', 'about', 77.5, 82.5), '~80%'],
    [c('about one-fifth', 'fraction', 17.5, 22.5), '~20%'],
    [c('78.1%', 'exact', 78.1, 78.1), '78.1%'],
    [c('19,24 proc.', 'exact', 19.24, 19.24), '19.24%'],
    [c('approximately 83-85%', 'stated-range', 83, 85), '83–85%'],
    [c('over 75%', 'more-than', 75, 85), '>75%'],
    [c('less than 20%', 'less-than', 10, 20), '<20%'],
    [c('Nearly 95%', 'nearly', 90, 95), 'nearly 95%'],
    [c('almost all', 'almost-all', 90, 100), 'almost all'],
    [c('fully occupied', 'all', 100, 100), 'all'],
    [c('currently controls Crimea', 'named', 100, 100), 'all'],
    [c('the vast majority', 'vast-majority', 75, 100), '75–100%'],
    [c('small areas elsewhere', 'vague', null, null), 'no figure'],
    [c('most', 'most', 50, 100), 'most'],
  ])('%o → %s', (claim, expected) => {
    expect(shortValue(claim)).toBe(expected);
  });
});

describe('descriptions', () => {
  it('says the wording, the interval it is read as, and the kind', () => {
    expect(valueDescription(c('about 80%', 'about', 77.5, 82.5))).toBe(
      'about 80% (read as 77.5–82.5%) Russian-controlled',
    );
    expect(valueDescription(c('100%', 'exact', 100, 100))).toBe('100% Russian-controlled');
    expect(intervalText(c('x', 'vague', null, null))).toBe('no figure');
  });

  it('explains the rule, and adds an override’s reason', () => {
    expect(ruleExplanation(c('almost all', 'almost-all', 90, 100), RULES)).toMatch(/at least 90%/);
    expect(
      ruleExplanation({ ...c('Novorossiya', 'vague', null, null), override: 'No borders.' }, RULES),
    ).toMatch(/No borders\.$/);
  });
});

describe('markWording', () => {
  const quote =
    'Moscow currently controls Crimea, which it annexed in 2014, almost all of Luhansk, about 80% of Donetsk.';

  it('marks the wording where it stands', () => {
    expect(markWording(quote, 'about 80%')).toEqual([
      {
        text: 'Moscow currently controls Crimea, which it annexed in 2014, almost all of Luhansk, ',
        marked: false,
      },
      { text: 'about 80%', marked: true },
      { text: ' of Donetsk.', marked: false },
    ]);
  });

  it('matches regardless of case and typographic quotes', () => {
    const parts = markWording(
      'the complete withdrawal of Kyiv’s forces from',
      "complete withdrawal of Kyiv's forces",
    );
    expect(parts.find((p) => p.marked)?.text).toBe('complete withdrawal of Kyiv’s forces');
    expect(markWording('Nearly 95% of the region', 'nearly 95%')[0]).toEqual({
      text: 'Nearly 95%',
      marked: true,
    });
  });

  it('leaves the quote whole when the wording is not in it', () => {
    expect(markWording(quote, 'two-thirds')).toEqual([{ text: quote, marked: false }]);
    expect(markWording(quote, '')).toEqual([{ text: quote, marked: false }]);
  });

  it('keeps every character of the quote', () => {
    for (const wording of ['almost all', 'Crimea', 'Donetsk.', 'MOSCOW']) {
      expect(
        markWording(quote, wording)
          .map((p) => p.text)
          .join(''),
      ).toBe(quote);
    }
  });
});
