/**
 * How claims read on the page: short values for map labels, intervals, kinds, dates and the
 * quote with its figure marked. Pure: no DOM.
 */
import type { ClaimsExport, ExportedClaim, ExportedSource } from '../claims/export.ts';

type ExportedRule = ClaimsExport['rules'][number];
import { neutraliseFormula } from '../claims/plain-text.ts';
import { formatShare, normaliseText } from '../claims/text.ts';

type Claim = Pick<ExportedClaim, 'low' | 'high' | 'rule' | 'wording' | 'kind' | 'override'>;

const round = (value: number) => Math.round(value * 10) / 10;

/** A short figure for a map label: "~80%", "78.1%", "83–85%", ">75%", "almost all", "all". */
export function shortValue(claim: Claim): string {
  const { low, high } = claim;
  if (low === null || high === null)
    return claim.wording.length <= 14 ? claim.wording : 'no figure';
  switch (claim.rule) {
    case 'about':
    case 'fraction':
      return `~${round((low + high) / 2)}%`;
    case 'exact':
      return `${low}%`;
    case 'stated-range':
      return `${low}–${high}%`;
    case 'more-than':
      return `>${low}%`;
    case 'less-than':
      return `<${high}%`;
    case 'nearly':
      return `nearly ${high}%`;
    case 'almost-all':
      return 'almost all';
    case 'all':
    case 'named':
      return low === 100 ? 'all' : formatShare(low, high);
    default:
      return claim.wording.length <= 14 ? claim.wording : formatShare(low, high);
  }
}

/** "77.5–82.5%", "100%", or "no figure". */
export function intervalText(claim: Pick<Claim, 'low' | 'high'>): string {
  return formatShare(claim.low, claim.high);
}

const KIND_TEXT: Record<ExportedClaim['kind'], string> = {
  control: 'Russian-controlled',
  claim: 'claimed by Russia as its own',
  demand: 'demanded by Russia',
  position: 'position',
};

export function kindText(kind: ExportedClaim['kind']): string {
  return KIND_TEXT[kind];
}

/** One sentence for screen readers: "about 80% (read as 77.5–82.5%) Russian-controlled". */
export function valueDescription(claim: Claim): string {
  const interval = intervalText(claim);
  const read = claim.wording === interval ? '' : ` (read as ${interval})`;
  return `${claim.wording}${read} ${kindText(claim.kind)}`;
}

/** The reading rules as the export carries them (id and the sentence shown to readers). */
export type RuleTexts = readonly Pick<ExportedRule, 'id' | 'explanation'>[];

/** Why the wording was read as its interval: the rule's explanation, and any override. */
export function ruleExplanation(claim: Claim, rules: RuleTexts): string {
  const base = rules.find((rule) => rule.id === claim.rule)?.explanation ?? '';
  return claim.override ? `${base} ${claim.override}`.trim() : base;
}

/** The date as the source gives it: "21 Oct 2025", or "c. 9 Nov 2025" when inferred. */
export function claimDate(claim: Pick<ExportedClaim, 'source'>): string {
  return claim.source.dateLabel;
}

/** How an inferred date was worked out, always saying that it was inferred. */
export function dateBasisText(basis: string): string {
  return /^inferred\b/i.test(basis) ? basis : `Date inferred: ${basis}`;
}

export function sourceDate(source: ExportedSource): string {
  return source.dateLabel;
}

/**
 * The plain-text citation the export carries, as "Copy citation" puts it on the clipboard:
 * pasted into a spreadsheet, one that starts like a formula is text (see neutraliseFormula).
 */
export function citationText(claim: Pick<ExportedClaim, 'citation'>): string {
  return neutraliseFormula(claim.citation);
}

export interface QuotePart {
  text: string;
  marked: boolean;
}

/**
 * Splits a quote around the first place its wording stands, matching case-insensitively and
 * with typographic quotes and spaces folded; unmarked when the wording is not found.
 */
export function markWording(quote: string, wording: string): QuotePart[] {
  const split = (start: number, end: number): QuotePart[] =>
    [
      { text: quote.slice(0, start), marked: false },
      { text: quote.slice(start, end), marked: true },
      { text: quote.slice(end), marked: false },
    ].filter((part) => part.text !== '');
  const exact = quote.toLowerCase().indexOf(wording.toLowerCase());
  if (exact >= 0 && wording) return split(exact, exact + wording.length);
  // Typography differs ("Kyiv's" against "Kyiv’s"): compare folded slices.
  const fold = (s: string) => normaliseText(s).toLowerCase();
  const target = fold(wording);
  if (!target) return [{ text: quote, marked: false }];
  for (let start = 0; start < quote.length; start++) {
    if (/\s/.test(quote[start] ?? '')) continue;
    for (let end = start + 1; end <= quote.length; end++) {
      const folded = fold(quote.slice(start, end));
      if (folded === target) return split(start, end);
      if (!target.startsWith(folded)) break;
    }
  }
  return [{ text: quote, marked: false }];
}
