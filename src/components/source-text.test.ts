import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExport, REPO_ROOT } from '../claims/load.ts';
import { quoteSegments } from './source-text.ts';

describe('quoteSegments', () => {
  it('marks each quote, merges overlaps, flags the chosen one and keeps every character', () => {
    const text = 'One. Two three. Four five.';
    const parts = quoteSegments(
      text,
      [
        { id: 'a', quote: 'Two three.' },
        { id: 'b', quote: 'three. Four' },
        { id: 'c', quote: 'not there' },
      ],
      'b',
    );
    expect(parts).toEqual([
      { text: 'One. ', marked: false, chosen: false },
      { text: 'Two three. Four', marked: true, chosen: true },
      { text: ' five.', marked: false, chosen: false },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('finds every quote of every source in its stored text', () => {
    const data = loadExport();
    for (const source of data.sources) {
      const text = readFileSync(join(REPO_ROOT, 'data/texts', source.text.file), 'utf8');
      const claims = data.claims.filter((c) => c.source.id === source.id);
      for (const claim of claims) {
        const parts = quoteSegments(text, [{ id: claim.id, quote: claim.quote }], claim.id);
        expect(
          parts.filter((p) => p.chosen),
          claim.id,
        ).toHaveLength(1);
      }
    }
  });
});
