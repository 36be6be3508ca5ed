import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './load.ts';
import { readWording, RULE_IDS, RULES, ruleById, type Reading } from './reading.ts';

const cases: [wording: string, expected: Reading | null][] = [
  // exact figures
  ['78.1%', { low: 78.1, high: 78.1, rule: 'exact' }],
  ['74%', { low: 74, high: 74, rule: 'exact' }],
  ['15 percent', { low: 15, high: 15, rule: 'exact' }],
  ['15 per cent', { low: 15, high: 15, rule: 'exact' }],
  ['100%', { low: 100, high: 100, rule: 'exact' }],
  ['100 proc.', { low: 100, high: 100, rule: 'exact' }],
  ['19,24 proc.', { low: 19.24, high: 19.24, rule: 'exact' }],
  ['на 100% окупований', { low: 100, high: 100, rule: 'exact' }],
  ['17,804 sq km (67.2%)', { low: 67.2, high: 67.2, rule: 'exact' }],
  // about
  ['about 80%', { low: 77.5, high: 82.5, rule: 'about' }],
  ['About 80%', { low: 77.5, high: 82.5, rule: 'about' }],
  // "about" reaches as far as the figure's own rounding: 5 for a multiple of 5, else 1, 0.1…
  ['about 19%', { low: 18.5, high: 19.5, rule: 'about' }],
  ['about 19.3%', { low: 19.25, high: 19.35, rule: 'about' }],
  ['około 19,3 %', { low: 19.25, high: 19.35, rule: 'about' }],
  ['około 19,25 %', { low: 19.245, high: 19.255, rule: 'about' }],
  ['around 7 percent', { low: 6.5, high: 7.5, rule: 'about' }],
  ['about 10%', { low: 7.5, high: 12.5, rule: 'about' }],
  ['approximately 75 percent', { low: 72.5, high: 77.5, rule: 'about' }],
  ['around 20%', { low: 17.5, high: 22.5, rule: 'about' }],
  ['roughly 60%', { low: 57.5, high: 62.5, rule: 'about' }],
  ['some 40 per cent', { low: 37.5, high: 42.5, rule: 'about' }],
  ['about 99%', { low: 98.5, high: 99.5, rule: 'about' }],
  ['about 100%', { low: 97.5, high: 100, rule: 'about' }],
  ['about 1%', { low: 0.5, high: 1.5, rule: 'about' }],
  ['about 15 percent of Ukraine’s total area', { low: 12.5, high: 17.5, rule: 'about' }],
  ['około 20 proc.', { low: 17.5, high: 22.5, rule: 'about' }],
  // nearly, more than, less than
  ['nearly 95%', { low: 90, high: 95, rule: 'nearly' }],
  ['Nearly 95%', { low: 90, high: 95, rule: 'nearly' }],
  ['almost 80 percent', { low: 75, high: 80, rule: 'nearly' }],
  ['over 75%', { low: 75, high: 85, rule: 'more-than' }],
  ['more than 70 percent', { low: 70, high: 80, rule: 'more-than' }],
  ['more than 90%', { low: 90, high: 100, rule: 'more-than' }],
  ['at least 60%', { low: 60, high: 70, rule: 'more-than' }],
  ['ponad 19 proc.', { low: 19, high: 29, rule: 'more-than' }],
  ['less than 20%', { low: 10, high: 20, rule: 'less-than' }],
  ['under 5%', { low: 0, high: 5, rule: 'less-than' }],
  // ceilings read as less-than; "no more than" is not "more than", "no less than" not "less than"
  ['up to 20%', { low: 10, high: 20, rule: 'less-than' }],
  ['Up to 20 percent', { low: 10, high: 20, rule: 'less-than' }],
  ['at most 15%', { low: 5, high: 15, rule: 'less-than' }],
  ['no more than 20%', { low: 10, high: 20, rule: 'less-than' }],
  ['not more than 30 per cent', { low: 20, high: 30, rule: 'less-than' }],
  ['no more than a third', { low: 23.33, high: 33.33, rule: 'less-than' }],
  ['no more than half', { low: 40, high: 50, rule: 'less-than' }],
  ['up to half', { low: 40, high: 50, rule: 'less-than' }],
  ['co najwyżej 20 proc.', { low: 10, high: 20, rule: 'less-than' }],
  ['не більше ніж 20%', { low: 10, high: 20, rule: 'less-than' }],
  ['no less than 60%', { low: 60, high: 70, rule: 'more-than' }],
  ['not less than 60%', { low: 60, high: 70, rule: 'more-than' }],
  ['більше ніж 60%', { low: 60, high: 70, rule: 'more-than' }],
  // ranges
  ['83-85%', { low: 83, high: 85, rule: 'stated-range' }],
  ['approximately 83-85%', { low: 83, high: 85, rule: 'stated-range' }],
  ['83–85%', { low: 83, high: 85, rule: 'stated-range' }],
  ['between 70 and 75 percent', { low: 70, high: 75, rule: 'stated-range' }],
  ['15% to 17%', { low: 15, high: 17, rule: 'stated-range' }],
  // fractions
  ['about one-fifth', { low: 17.5, high: 22.5, rule: 'fraction' }],
  ['a fifth', { low: 17.5, high: 22.5, rule: 'fraction' }],
  ['one fifth', { low: 17.5, high: 22.5, rule: 'fraction' }],
  ['about half', { low: 47.5, high: 52.5, rule: 'fraction' }],
  ['a third', { low: 30.83, high: 35.83, rule: 'fraction' }],
  ['two-thirds', { low: 64.17, high: 69.17, rule: 'fraction' }],
  ['three quarters', { low: 72.5, high: 77.5, rule: 'fraction' }],
  ['nearly a third', { low: 28.33, high: 33.33, rule: 'nearly' }],
  ['more than a quarter', { low: 25, high: 35, rule: 'more-than' }],
  ['more than half', { low: 50, high: 100, rule: 'most' }],
  ['just under half', { low: 45, high: 50, rule: 'nearly' }],
  ['two-fifths', { low: 37.5, high: 42.5, rule: 'fraction' }],
  ['three fifths', { low: 57.5, high: 62.5, rule: 'fraction' }],
  ['an eighth', { low: 10, high: 15, rule: 'fraction' }],
  ['one-eighth', { low: 10, high: 15, rule: 'fraction' }],
  ['seven-eighths', { low: 85, high: 90, rule: 'fraction' }],
  ['nine-tenths', { low: 87.5, high: 92.5, rule: 'fraction' }],
  ['about a tenth', { low: 7.5, high: 12.5, rule: 'fraction' }],
  ['every 5th sq km', { low: 17.5, high: 22.5, rule: 'fraction' }],
  ['every fifth', { low: 17.5, high: 22.5, rule: 'fraction' }],
  ['every 8th', { low: 10, high: 15, rule: 'fraction' }],
  ['one in five', { low: 17.5, high: 22.5, rule: 'fraction' }],
  ['one out of every ten', { low: 7.5, high: 12.5, rule: 'fraction' }],
  ['1/5 of', { low: 17.5, high: 22.5, rule: 'fraction' }],
  ['nearly two-fifths', { low: 35, high: 40, rule: 'nearly' }],
  ['five thirds', null],
  // "all but": the rest of the region
  ['all but a quarter', { low: 72.5, high: 77.5, rule: 'fraction' }],
  ['all but one-fifth', { low: 77.5, high: 82.5, rule: 'fraction' }],
  ['all but 10%', { low: 90, high: 90, rule: 'exact' }],
  ['all but about 10%', { low: 87.5, high: 92.5, rule: 'about' }],
  ['all but less than 5%', { low: 95, high: 100, rule: 'more-than' }],
  ['all but nearly a third', null],
  ['all but', { low: 90, high: 100, rule: 'almost-all' }],
  ['all but a few villages', { low: 90, high: 100, rule: 'almost-all' }],
  // words
  ['almost all', { low: 90, high: 100, rule: 'almost-all' }],
  ['nearly all', { low: 90, high: 100, rule: 'almost-all' }],
  ['virtually the entire region', { low: 90, high: 100, rule: 'almost-all' }],
  ['the vast majority', { low: 75, high: 100, rule: 'vast-majority' }],
  ['most', { low: 50, high: 100, rule: 'most' }],
  ['the majority of the region', { low: 50, high: 100, rule: 'most' }],
  ['all of Luhansk', { low: 100, high: 100, rule: 'all' }],
  ['fully occupied', { low: 100, high: 100, rule: 'all' }],
  ['the entire region', { low: 100, high: 100, rule: 'all' }],
  ['complete withdrawal of Kyiv’s forces', { low: 100, high: 100, rule: 'all' }],
  // named without qualifier
  ['currently controls Crimea', { low: 100, high: 100, rule: 'named' }],
  ['territories it claims as its own', { low: 100, high: 100, rule: 'named' }],
  ['to reunite with their historical homeland', { low: 100, high: 100, rule: 'named' }],
  ['formal annexation', { low: 100, high: 100, rule: 'named' }],
  ['legally part of Russia', { low: 100, high: 100, rule: 'named' }],
  ['part of Russia', { low: 100, high: 100, rule: 'named' }],
  ['a part of the Russian Federation', { low: 100, high: 100, rule: 'named' }],
  ['Russian territory', { low: 100, high: 100, rule: 'named' }],
  ['as its own', { low: 100, high: 100, rule: 'named' }],
  ['under Moscow’s control', { low: 100, high: 100, rule: 'named' }],
  ['in Russian hands', { low: 100, high: 100, rule: 'named' }],
  ['has captured', { low: 100, high: 100, rule: 'named' }],
  ['seized', { low: 100, high: 100, rule: 'named' }],
  ['took control of', { low: 100, high: 100, rule: 'named' }],
  ['cede', { low: 100, high: 100, rule: 'named' }],
  ['withdraw', { low: 100, high: 100, rule: 'named' }],
  ['withdrawal of Ukrainian troops', { low: 100, high: 100, rule: 'named' }],
  ['hand over', { low: 100, high: 100, rule: 'named' }],
  ['give up', { low: 100, high: 100, rule: 'named' }],
  ['surrender', { low: 100, high: 100, rule: 'named' }],
  ['pull out', { low: 100, high: 100, rule: 'named' }],
  // no number
  ['nearly 125,000 square kilometres', { low: null, high: null, rule: 'area' }],
  ['more than 90,000 sq km', { low: null, high: null, rule: 'area' }],
  ['several key regions', { low: null, high: null, rule: 'vague' }],
  ['small areas elsewhere', { low: null, high: null, rule: 'vague' }],
  ['cede more territory', { low: null, high: null, rule: 'vague' }],
  ['the occupied territory', { low: null, high: null, rule: 'vague' }],
  ['parts of Kharkiv', { low: null, high: null, rule: 'vague' }],
  ['large parts', { low: null, high: null, rule: 'vague' }],
  ['pockets', { low: null, high: null, rule: 'vague' }],
  ['a sliver', { low: null, high: null, rule: 'vague' }],
  ['cede parts of Donetsk', { low: null, high: null, rule: 'vague' }],
  // nothing to read
  ['Novorossiya', null],
  ['immediate ceasefire along current battle lines', null],
  ['', null],
  ['   ', null],
];

describe('readWording', () => {
  it.each(cases)('%j', (wording, expected) => {
    expect(readWording(wording)).toEqual(expected);
  });

  it('keeps every interval within 0–100 and ordered', () => {
    for (const [wording] of cases) {
      const reading = readWording(wording);
      if (reading === null || reading.low === null || reading.high === null) continue;
      expect(reading.low).toBeGreaterThanOrEqual(0);
      expect(reading.high).toBeLessThanOrEqual(100);
      expect(reading.low).toBeLessThanOrEqual(reading.high);
    }
  });

  it('only returns rules that RULES documents, and never "position"', () => {
    for (const [wording] of cases) {
      const reading = readWording(wording);
      if (reading === null) continue;
      expect(ruleById(reading.rule)).toBeDefined();
      expect(reading.rule).not.toBe('position');
    }
  });
});

describe('RULES', () => {
  it('has unique ids, each with a label, pattern, interval, examples and a one-sentence explanation', () => {
    expect(new Set(RULE_IDS).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.label).not.toBe('');
      expect(rule.pattern).not.toBe('');
      expect(rule.interval).not.toBe('');
      expect(rule.examples.length).toBeGreaterThan(0);
      expect(rule.explanation).toMatch(/^[A-Z"].*\.$/);
      expect(rule.explanation.split(/\. (?=[A-Z])/)).toHaveLength(1);
    }
  });

  it('gives examples that readWording reads as they say, by their own rule', () => {
    for (const rule of RULES) {
      if (rule.id === 'position') continue;
      for (const example of rule.examples) {
        const [wording = '', shown = ''] = example.split(' → ');
        const reading = readWording(wording);
        const interval =
          reading === null || reading.low === null || reading.high === null
            ? 'no number'
            : reading.low === reading.high
              ? String(reading.low)
              : `${reading.low}–${reading.high}`;
        expect([interval, reading?.rule], example).toEqual([shown, rule.id]);
      }
    }
  });

  it('is documented, rule by rule, in data/README.md', () => {
    const readme = readFileSync(join(REPO_ROOT, 'data/README.md'), 'utf8');
    for (const id of RULE_IDS) expect(readme).toContain(`| \`${id}\` |`);
  });
});
