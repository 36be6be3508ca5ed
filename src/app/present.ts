/**
 * How claims read on the page: short values for map labels, intervals, kinds, dates and the
 * quote with its figure marked. Pure: no DOM.
 */
import type { ClaimsExport, ExportedClaim, ExportedSource } from '../claims/export.ts';

type ExportedRule = ClaimsExport['rules'][number];
import { neutraliseFormula } from '../claims/plain-text.ts';
import { normaliseText } from '../claims/text.ts';
import type { RuleId } from '../claims/reading.ts';
import { lang, m } from '../i18n/lang.ts';
import { percentText, shareText, sourceDateText } from '../i18n/format.ts';

type Claim = Pick<ExportedClaim, 'low' | 'high' | 'rule' | 'wording' | 'kind' | 'override'>;

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * A short figure for a map label: "~80%", "78.1%", "83–85%", ">75%", "almost all", "all".
 * A short wording is shown as worded in English; in another language, as its interval.
 */
export function shortValue(claim: Claim): string {
  const { low, high } = claim;
  const worded = lang() === 'en' && claim.wording.length <= 14;
  if (low === null || high === null) return worded ? claim.wording : m.no_figure();
  switch (claim.rule) {
    case 'about':
    case 'fraction':
      return `~${percentText(round((low + high) / 2))}`;
    case 'exact':
      return percentText(low);
    case 'stated-range':
      return shareText(low, high);
    case 'more-than':
      return `>${percentText(low)}`;
    case 'less-than':
      return `<${percentText(high)}`;
    case 'nearly':
      return m.short_nearly({ share: percentText(high) });
    case 'almost-all':
      return m.short_almost_all();
    case 'all':
    case 'named':
      return low === 100 ? m.short_all() : shareText(low, high);
    default:
      return worded ? claim.wording : shareText(low, high);
  }
}

/** "77.5–82.5%", "100%", or "no figure". */
export function intervalText(claim: Pick<Claim, 'low' | 'high'>): string {
  return shareText(claim.low, claim.high);
}

const KIND_TEXT: Record<ExportedClaim['kind'], () => string> = {
  control: m.kind_control,
  claim: m.kind_claim,
  demand: m.kind_demand,
  position: m.kind_position,
};

export function kindText(kind: ExportedClaim['kind']): string {
  return KIND_TEXT[kind]();
}

/** One sentence for screen readers: "about 80% (read as 77.5–82.5%) Russian-controlled". */
export function valueDescription(claim: Claim): string {
  const interval = intervalText(claim);
  const kind = kindText(claim.kind);
  return claim.wording === interval
    ? m.value_description_plain({ wording: claim.wording, kind })
    : m.value_description({ wording: claim.wording, interval, kind });
}

/** The reading rules as the export carries them (id and the sentence shown to readers). */
export type RuleTexts = readonly Pick<ExportedRule, 'id' | 'explanation'>[];

/** Why the wording was read as its interval: the rule's explanation, and any override. */
export function ruleExplanation(claim: Claim, rules: RuleTexts): string {
  const known = rules.some((rule) => rule.id === claim.rule);
  const base = known ? RULE_EXPLANATIONS[claim.rule]() : '';
  return claim.override ? `${base} ${claim.override}`.trim() : base;
}

/** The date as the source gives it: "21 Oct 2025", or "c. 9 Nov 2025" when inferred. */
export function claimDate(claim: Pick<ExportedClaim, 'source'>): string {
  return sourceDateText(claim.source);
}

/** How an inferred date was worked out, always saying that it was inferred. */
export function dateBasisText(basis: string): string {
  return /^inferred\b/i.test(basis) && lang() === 'en' ? basis : m.date_inferred({ basis });
}

export function sourceDate(source: ExportedSource): string {
  return sourceDateText(source);
}

/** Each reading rule's short name and explanation, in the interface's language. */
export const RULE_LABELS: Record<RuleId, () => string> = {
  'stated-range': m.rule_stated_range_label,
  nearly: m.rule_nearly_label,
  'more-than': m.rule_more_than_label,
  'less-than': m.rule_less_than_label,
  about: m.rule_about_label,
  exact: m.rule_exact_label,
  fraction: m.rule_fraction_label,
  area: m.rule_area_label,
  'almost-all': m.rule_almost_all_label,
  'vast-majority': m.rule_vast_majority_label,
  most: m.rule_most_label,
  all: m.rule_all_label,
  vague: m.rule_vague_label,
  named: m.rule_named_label,
  position: m.rule_position_label,
};
export const RULE_INTERVALS: Record<RuleId, () => string> = {
  'stated-range': m.rule_stated_range_interval,
  nearly: m.rule_nearly_interval,
  'more-than': m.rule_more_than_interval,
  'less-than': m.rule_less_than_interval,
  about: m.rule_about_interval,
  exact: m.rule_exact_interval,
  fraction: m.rule_fraction_interval,
  area: m.rule_area_interval,
  'almost-all': m.rule_almost_all_interval,
  'vast-majority': m.rule_vast_majority_interval,
  most: m.rule_most_interval,
  all: m.rule_all_interval,
  vague: m.rule_vague_interval,
  named: m.rule_named_interval,
  position: m.rule_position_interval,
};
export const RULE_EXPLANATIONS: Record<RuleId, () => string> = {
  'stated-range': m.rule_stated_range_explanation,
  nearly: m.rule_nearly_explanation,
  'more-than': m.rule_more_than_explanation,
  'less-than': m.rule_less_than_explanation,
  about: m.rule_about_explanation,
  exact: m.rule_exact_explanation,
  fraction: m.rule_fraction_explanation,
  area: m.rule_area_explanation,
  'almost-all': m.rule_almost_all_explanation,
  'vast-majority': m.rule_vast_majority_explanation,
  most: m.rule_most_explanation,
  all: m.rule_all_explanation,
  vague: m.rule_vague_explanation,
  named: m.rule_named_explanation,
  position: m.rule_position_explanation,
};

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
