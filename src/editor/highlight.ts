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

/** Texts longer than this show only their marked runs, each with some text around it. */
export const LARGE_TEXT = 50_000;
/** Characters of plain text kept on each side of a marked run in a large text. */
export const CONTEXT = 300;

/**
 * For a large text: each plain run longer than twice CONTEXT keeps CONTEXT characters at each
 * end (the first run its end, the last its start) and says how many it leaves out, so that
 * the page lays out the marks and their sentences, not megabytes of text around them.
 */
export function elide(runs: readonly Segment[], context = CONTEXT): Segment[] {
  return runs.map((run, i) => {
    if (run.spans.length > 0 || run.text.length <= 2 * context + 40) return run;
    const first = i === 0;
    const last = i === runs.length - 1;
    const head = first ? '' : run.text.slice(0, context);
    const tail = last ? '' : run.text.slice(-context);
    const left = run.text.length - head.length - tail.length;
    const gap = `${head ? '\n' : ''}[… ${left.toLocaleString('en')} characters without candidates on this page …]${tail ? '\n' : ''}`;
    return { ...run, text: `${head}${gap}${tail}` };
  });
}
