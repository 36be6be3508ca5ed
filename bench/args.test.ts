import { describe, expect, it } from 'vitest';
import { ALL_PAGES, parseArgs } from './args.ts';
import { CPU_THROTTLE } from './measure.ts';

describe('the bench’s command line', () => {
  it('defaults to ten rounds of every page, at 1× and CPU 4× slower', () => {
    const args = parseArgs([]);
    expect(args).toMatchObject({ runs: 10, pages: ALL_PAGES, scale: 1, lang: 'en' });
    expect(args.cpu).toBe(CPU_THROTTLE);
  });

  it('reads the options CI and the closing notes use', () => {
    expect(parseArgs(['--runs', '3', '--check-sizes'])).toMatchObject({
      runs: 3,
      checkSizes: true,
      check: false,
    });
    expect(parseArgs(['--scale', '50', '--runs', '1', '--pages', 'page'])).toMatchObject({
      scale: 50,
      runs: 1,
      pages: ['page'],
    });
  });

  it('says what is wrong with a bad value and how to give it', () => {
    expect(() => parseArgs(['--runs', 'x'])).toThrow('--runs needs a whole number ≥ 1 (got x).');
    expect(() => parseArgs(['--heap-switches', '10'])).toThrow(/≥ 20 \(got 10\)/);
    expect(() => parseArgs(['--pages', 'home'])).toThrow(/page/);
    expect(() => parseArgs(['--lang', 'de'])).toThrow(/--lang takes one of en, uk \(got de\)/);
    expect(() => parseArgs(['--fast'])).toThrow(/Unknown option --fast\.\nUsage:/);
  });
});
