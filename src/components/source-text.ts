/**
 * A stored source text cut into runs for display: the passages its claims quote marked, the
 * chosen claim's quote flagged. Pure: no DOM.
 */
import { findQuote } from '../claims/text.ts';

export interface TextSegment {
  text: string;
  marked: boolean;
  /** Part of the chosen claim's quote. */
  chosen: boolean;
}

/** Splits `text` around every quote found in it; overlapping quotes merge into one mark. */
export function quoteSegments(
  text: string,
  quotes: readonly { id: string; quote: string }[],
  chosenId: string,
): TextSegment[] {
  const source = text.normalize('NFC');
  const spans = quotes
    .map(({ id, quote }) => {
      const at = findQuote(source, quote);
      return at ? { ...at, chosen: id === chosenId } : null;
    })
    .filter((span) => span !== null)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number; chosen: boolean }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      last.chosen ||= span.chosen;
    } else {
      merged.push({ ...span });
    }
  }
  const out: TextSegment[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at)
      out.push({ text: source.slice(at, span.start), marked: false, chosen: false });
    out.push({ text: source.slice(span.start, span.end), marked: true, chosen: span.chosen });
    at = span.end;
  }
  if (at < source.length) out.push({ text: source.slice(at), marked: false, chosen: false });
  return out;
}
