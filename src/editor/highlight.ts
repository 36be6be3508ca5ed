/**
 * Splits a text into plain runs and highlighted runs, one highlighted run for each group of
 * overlapping spans (several candidates often share one wording: "about 75% of Kherson and
 * Zaporizhzhia" gives two). Pure: no DOM, no Svelte.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  start: number;
  /** Indices (into the spans given) of the spans this run highlights; empty for plain text. */
  spans: number[];
}

/** The text cut into runs, in order; their texts joined give `text` back. */
export function segments(text: string, spans: readonly Span[]): Segment[] {
  const order = spans
    .map((span, index) => ({ ...span, index }))
    .filter((span) => span.start < span.end && span.start >= 0 && span.end <= text.length)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Segment[] = [];
  let at = 0;
  let i = 0;
  while (i < order.length) {
    const first = order[i]!;
    let end = first.end;
    const members = [first.index];
    i++;
    while (i < order.length && order[i]!.start < end) {
      end = Math.max(end, order[i]!.end);
      members.push(order[i]!.index);
      i++;
    }
    if (first.start > at) out.push({ text: text.slice(at, first.start), start: at, spans: [] });
    out.push({
      text: text.slice(first.start, end),
      start: first.start,
      spans: members.sort((a, b) => a - b),
    });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), start: at, spans: [] });
  return out;
}
