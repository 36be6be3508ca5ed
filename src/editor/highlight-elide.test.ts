import { describe, expect, it } from 'vitest';
import { elide, segments } from './highlight.ts';

describe('elide', () => {
  const text = `${'a'.repeat(5000)}80%${'b'.repeat(5000)}75%${'c'.repeat(5000)}`;
  const runs = segments(text, [
    { start: 5000, end: 5003 },
    { start: 10003, end: 10006 },
  ]);

  it('keeps the marked runs whole and a context around them, saying what it leaves out', () => {
    const out = elide(runs, 100);
    expect(out.map((run) => run.spans)).toEqual(runs.map((run) => run.spans));
    expect(out[1]!.text).toBe('80%');
    expect(out[3]!.text).toBe('75%');
    expect(out[0]!.text).toBe(
      `[… 4,900 characters without candidates on this page …]\n${'a'.repeat(100)}`,
    );
    expect(out[2]!.text).toBe(
      `${'b'.repeat(100)}\n[… 4,800 characters without candidates on this page …]\n${'b'.repeat(100)}`,
    );
    expect(out[4]!.text).toBe(
      `${'c'.repeat(100)}\n[… 4,900 characters without candidates on this page …]`,
    );
    expect(out.reduce((sum, run) => sum + run.text.length, 0)).toBeLessThan(1000);
  });

  it('leaves short runs as they are', () => {
    const short = segments('about 80% of Donetsk', [{ start: 6, end: 9 }]);
    expect(elide(short, 100)).toEqual(short);
  });
});
