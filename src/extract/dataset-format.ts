/**
 * Candidates written as a source of the dataset (`data/sources/*.json`, see
 * src/claims/schema.ts), for an editor to review and paste. What the text cannot tell — the
 * source id, who speaks, the date when not given — is left as a `TODO` placeholder that the
 * validator rejects until the editor fills it. The outlet is never guessed: it is what the
 * caller gives, or null. Pure: no DOM, no Node APIs.
 */
import type { Candidate } from './extract.ts';
import { isGroupId, regionName } from '../geo/regions.ts';

export const TODO = 'TODO';

export interface SourceOptions {
  /** The publisher as the caller states it; null when not given (never guessed). */
  outlet?: string | null;
  /** Publication date as YYYY-MM-DD, YYYY-MM or YYYY. */
  date?: string | null;
  url?: string | null;
  /** File name of the text, used as `document` when there is no URL. */
  document?: string | null;
  language?: string;
}

export interface DraftClaim {
  id: string;
  region: string;
  kind: string;
  wording: string;
  low: number | null;
  high: number | null;
  rule: string;
  speaker: { name: string; category: string };
  quote: string;
  asOf: string;
  override?: string;
}

export interface DraftSource {
  id: string;
  outlet: string | null;
  relays: string[];
  date: { value: string; precision: string; inferred: boolean; basis: string };
  url: string | null;
  language: string;
  document: string | null;
  claims: DraftClaim[];
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Whether a date is in a form the dataset takes (YYYY, YYYY-MM or YYYY-MM-DD). */
export function isDatasetDate(value: string): boolean {
  return DATE.test(value);
}

function precisionOf(date: string): 'year' | 'month' | 'day' {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'region'
  );
}

/** A source object in the dataset's format holding the candidates as claims. */
export function toDatasetSource(
  candidates: readonly Candidate[],
  options: SourceOptions = {},
): DraftSource {
  const sourceId = `${TODO}-source-id`;
  const date = options.date ?? null;
  const used = new Map<string, number>();
  const claims = candidates.map((c): DraftClaim => {
    const name =
      c.region === 'UA' ? 'ukraine' : isGroupId(c.region) ? c.region : regionName(c.region);
    const base = `${slug(name)}-${c.kind}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const claim: DraftClaim = {
      id: `${sourceId}/${n === 1 ? base : `${base}-${n}`}`,
      region: c.region,
      kind: c.kind,
      wording: c.wording,
      low: c.low,
      high: c.high,
      rule: c.rule,
      speaker: { name: TODO, category: TODO },
      quote: c.quote,
      asOf: date ?? TODO,
    };
    if (c.override !== undefined) claim.override = c.override;
    return claim;
  });
  return {
    id: sourceId,
    outlet: options.outlet ?? null,
    relays: [],
    date: date
      ? {
          value: date,
          precision: precisionOf(date),
          inferred: false,
          basis: 'Given to the extractor (--date); check it against the page.',
        }
      : { value: TODO, precision: 'day', inferred: false, basis: TODO },
    url: options.url ?? null,
    language: options.language ?? 'en',
    document: options.url ? null : (options.document ?? null),
    claims,
  };
}
