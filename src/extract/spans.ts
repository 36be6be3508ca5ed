/**
 * Positions in a text: binary searches over sorted spans and items, and paragraphs (the
 * stretches between blank lines). Pure: no DOM, no Node APIs.
 */
import type { Span } from './sentences.ts';

/** Index of the span containing `pos` (spans sorted, disjoint), or -1. */
export function spanIndex(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Span;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first item whose start is ≥ pos. */
export function firstAtOrAfter(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { start: number }).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Paragraphs: stretches separated by a blank line. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t\r\u00a0]*\n\s*/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** A figure found in a sentence, moved to its place in the whole text (`by` = sentence start). */
export function shiftFigure<
  T extends { start: number; end: number; ends: number[]; wordStart: number; wordEnd: number },
>(f: T, by: number): T {
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    ends: f.ends.map((x) => x + by),
    wordStart: f.wordStart + by,
    wordEnd: f.wordEnd + by,
  };
}
