/**
 * The extractor's table-driven form tests (src/extract/forms*.test.ts) read a sentence the
 * same way: what the extractor gives, as [region, low, high, kind], each quote and wording
 * checked to be the exact text at its offsets.
 */
import { expect } from 'vitest';
import { extract } from '../../src/extract/extract.ts';

/** [region, low, high, kind] (kind only when not control). */
export type Row = [string, number | null, number | null, string?];

export function read(text: string, language: string): Row[] {
  const found = extract(text, { language });
  for (const c of found) {
    expect(text.slice(c.start, c.end)).toBe(c.quote);
    expect(text.slice(c.wordingStart, c.wordingEnd)).toBe(c.wording);
  }
  return found.map((c) =>
    c.kind === 'control' ? [c.region, c.low, c.high] : [c.region, c.low, c.high, c.kind],
  );
}
