/**
 * Scoring the extractor against labelled articles (the format is in README.md): parsing an
 * `NAME.expected.json`, matching candidates to expected claims, and precision, recall and F1.
 * Pure: no DOM, no Node APIs (the CLI `src/cli/extract-eval.ts` reads the files).
 */
import { formatInterval } from '../claims/text.ts';
import { GROUPS, isGroupId, isRegionOrGroup, type RegionOrGroupId } from '../geo/regions.ts';
import type { Candidate, CandidateKind } from './extract.ts';

export interface ExpectedClaim {
  region: RegionOrGroupId;
  kind: CandidateKind;
  low: number | null;
  high: number | null;
}

export interface Expected {
  source: string;
  /** The text's language (en, uk, ru…), passed to the extractor; detected when absent. */
  language?: string;
  /** "dev" or "held-out": which part of a labelled set the text is in. */
  split?: string;
  claims: ExpectedClaim[];
}

const KINDS: readonly CandidateKind[] = ['control', 'claim', 'demand'];

/** A problem in an expected file, with how to fix it. */
export class ExpectedFileError extends Error {}

function isShare(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
}

/** Reads an `NAME.expected.json` text; throws `ExpectedFileError` saying what to fix. */
export function parseExpected(json: string, file: string): Expected {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new ExpectedFileError(
      `${file}: not valid JSON (${(error as Error).message}); write {"source": "…", "claims": [{"region", "kind", "low", "high"}]}`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ExpectedFileError(
      `${file}: holds ${Array.isArray(data) ? 'an array' : String(data)}, not an object; write {"source": "…", "claims": […]}`,
    );
  }
  const record = data as Record<string, unknown>;
  if (typeof record.source !== 'string' || record.source.trim() === '') {
    throw new ExpectedFileError(
      `${file}: "source" is missing or empty; give where the text came from (URL or citation)`,
    );
  }
  if (!Array.isArray(record.claims)) {
    throw new ExpectedFileError(
      `${file}: "claims" must be an array; give [] when the text holds no claim`,
    );
  }
  const claims = record.claims.map((item: unknown, i): ExpectedClaim => {
    const where = `${file}: claims[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new ExpectedFileError(
        `${where} is not an object; write {"region", "kind", "low", "high"}`,
      );
    }
    const c = item as Record<string, unknown>;
    if (!isRegionOrGroup(c.region)) {
      throw new ExpectedFileError(
        `${where}: region ${JSON.stringify(c.region)} is not known; use an ISO 3166-2 code such as UA-14 or a group id (donbas, crimea, annexed-four, UA)`,
      );
    }
    if (!KINDS.includes(c.kind as CandidateKind)) {
      throw new ExpectedFileError(
        `${where}: kind ${JSON.stringify(c.kind)} is not allowed; use control, claim or demand`,
      );
    }
    const bothNull = c.low === null && c.high === null;
    if (!bothNull && !(isShare(c.low) && isShare(c.high) && c.low <= c.high)) {
      throw new ExpectedFileError(
        `${where}: low ${JSON.stringify(c.low)} and high ${JSON.stringify(c.high)} must be numbers 0–100 with low ≤ high, or both null when the text gives no share`,
      );
    }
    return {
      region: c.region,
      kind: c.kind as CandidateKind,
      low: c.low as number | null,
      high: c.high as number | null,
    };
  });
  const expected: Expected = { source: record.source, claims };
  for (const key of ['language', 'split'] as const) {
    const value = record[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.trim() === '') {
      throw new ExpectedFileError(
        `${file}: "${key}" must be a non-empty string (such as ${key === 'language' ? '"uk"' : '"held-out"'}) or left out`,
      );
    }
    expected[key] = value;
  }
  return expected;
}

type Interval = Pick<ExpectedClaim, 'low' | 'high'>;

/** Closed intervals overlap; two "no number" intervals match each other and nothing else. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  if (a.low === null || a.high === null || b.low === null || b.high === null) {
    return a.low === null && a.high === null && b.low === null && b.high === null;
  }
  return Math.max(a.low, b.low) <= Math.min(a.high, b.high);
}

/** Whether a candidate matches an expected claim: same region, same kind, overlapping. */
export function matches(candidate: Candidate | ExpectedClaim, expected: ExpectedClaim): boolean {
  return (
    candidate.region === expected.region &&
    candidate.kind === expected.kind &&
    intervalsOverlap(candidate, expected)
  );
}

export interface ArticleScore {
  name: string;
  /** The language the text was read in, and its split, when known. */
  language?: string;
  split?: string;
  truePositives: number;
  /** Candidates that matched no expected claim. */
  falsePositives: Candidate[];
  /** Expected claims no candidate matched. */
  misses: ExpectedClaim[];
  /** Expected claims a candidate matched. */
  found: ExpectedClaim[];
  /** Why each miss was missed, in the order of `misses` (see `missReason`). */
  reasons?: MissReason[];
  /** What each false positive was, in the order of `falsePositives` (see `extraReason`). */
  extraReasons?: ExtraReason[];
}

/**
 * What a false positive was: `near` the partner of a miss (its region, or its kind and share);
 * `extra` another reading of a region the text's labels hold, with no miss beside it; `stray`
 * a region the labels do not hold; `trap-text` any candidate of a text labelled as holding
 * no claim.
 */
const EXTRA_REASONS = ['near', 'extra', 'stray', 'trap-text'] as const;

export type ExtraReason = (typeof EXTRA_REASONS)[number];

export function extraReason(
  candidate: Candidate | ExpectedClaim,
  misses: readonly ExpectedClaim[],
  expected: readonly ExpectedClaim[],
): ExtraReason {
  if (expected.length === 0) return 'trap-text';
  const near = misses.some(
    (m) =>
      m.region === candidate.region ||
      (m.kind === candidate.kind && intervalsOverlap(m, candidate)),
  );
  if (near) return 'near';
  return expected.some((e) => e.region === candidate.region) ? 'extra' : 'stray';
}

/**
 * What the extractor did with an expected claim it missed, judged from the candidates left
 * unmatched and those dropped under the confidence threshold:
 * - `threshold`: a dropped candidate would have matched;
 * - `kind`: one has its region and share but another kind;
 * - `value-…`: one has its region and kind but a share that does not overlap: `complement`
 *   when it overlaps 100 minus the expected share (Ukraine's part read as Russia's or the
 *   reverse), `null` when one of the two has a share and the other none, `near` within 5
 *   points, `far` otherwise;
 * - `region-…`: one has its kind and share but another region: `part` when one region is a
 *   group holding the other (Donbas and Donetsk), `other` otherwise;
 * - `unread-…`: nothing near: `whole` when the claim is of all the region (a region named as
 *   held, claimed or demanded is labelled 100), `share` for a share below that, `vague` when
 *   the claim has no share.
 */
const MISS_REASONS = [
  'threshold',
  'kind',
  'value-complement',
  'value-null',
  'value-near',
  'value-far',
  'region-part',
  'region-other',
  'unread-whole',
  'unread-share',
  'unread-vague',
] as const;

export type MissReason = (typeof MISS_REASONS)[number];

type Claimish = Candidate | ExpectedClaim;

function valueReason(c: Claimish, miss: ExpectedClaim): MissReason {
  if (c.low === null || c.high === null || miss.low === null || miss.high === null) {
    return 'value-null';
  }
  if (intervalsOverlap(c, { low: 100 - miss.high, high: 100 - miss.low }))
    return 'value-complement';
  const gap = Math.max(c.low - miss.high, miss.low - c.high);
  return gap <= 5 ? 'value-near' : 'value-far';
}

function holds(group: RegionOrGroupId, part: RegionOrGroupId): boolean {
  if (!isGroupId(group)) return false;
  const members: readonly string[] = GROUPS[group].members;
  return isGroupId(part)
    ? GROUPS[part].members.every((m) => members.includes(m))
    : members.includes(part);
}

/** What an expected claim is of: all of its region (100), a share below that, or no share. */
export type ClaimClass = 'whole' | 'share' | 'vague';

const CLAIM_CLASSES: readonly ClaimClass[] = ['share', 'whole', 'vague'];

export function claimClass(claim: ExpectedClaim): ClaimClass {
  if (claim.low === null) return 'vague';
  return claim.low === 100 ? 'whole' : 'share';
}

export function missReason(
  miss: ExpectedClaim,
  unmatched: readonly Claimish[],
  dropped: readonly Claimish[] = [],
): MissReason {
  if (dropped.some((c) => matches(c, miss))) return 'threshold';
  const kind = unmatched.find((c) => c.region === miss.region && intervalsOverlap(c, miss));
  if (kind) return 'kind';
  const value = unmatched.find((c) => c.region === miss.region && c.kind === miss.kind);
  if (value) return valueReason(value, miss);
  const region = unmatched.find((c) => c.kind === miss.kind && intervalsOverlap(c, miss));
  if (region) {
    return holds(region.region, miss.region) || holds(miss.region, region.region)
      ? 'region-part'
      : 'region-other';
  }
  return `unread-${claimClass(miss)}`;
}

/**
 * Matches one to one, expected claims in file order, each taking the first candidate (in
 * text order) that matches it and is not yet taken.
 */
export function scoreArticle(
  name: string,
  candidates: readonly Candidate[],
  expected: readonly ExpectedClaim[],
  dropped?: readonly Candidate[],
): ArticleScore {
  const taken = new Set<number>();
  const misses: ExpectedClaim[] = [];
  const found: ExpectedClaim[] = [];
  let truePositives = 0;
  for (const e of expected) {
    const i = candidates.findIndex((c, j) => !taken.has(j) && matches(c, e));
    if (i === -1) misses.push(e);
    else {
      taken.add(i);
      truePositives++;
      found.push(e);
    }
  }
  const falsePositives = candidates.filter((_, j) => !taken.has(j));
  const score: ArticleScore = { name, truePositives, falsePositives, misses, found };
  if (dropped !== undefined) {
    score.reasons = misses.map((m) => missReason(m, falsePositives, dropped));
    score.extraReasons = falsePositives.map((c) => extraReason(c, misses, expected));
  }
  return score;
}

export interface Totals {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** TP / (TP + FP); 1 when there were no candidates. */
  precision: number;
  /** TP / (TP + FN); 1 when nothing was expected. */
  recall: number;
  /** Harmonic mean of precision and recall; 0 when both are 0. */
  f1: number;
}

export function totals(scores: readonly ArticleScore[]): Totals {
  const tp = scores.reduce((n, s) => n + s.truePositives, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives.length, 0);
  const fn = scores.reduce((n, s) => n + s.misses.length, 0);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

/** Totals of the articles grouped by a key (language, split), keys sorted. */
export function totalsBy(
  scores: readonly ArticleScore[],
  key: (s: ArticleScore) => string | undefined,
): [string, Totals, number][] {
  const groups = new Map<string, ArticleScore[]>();
  for (const s of scores) {
    const k = key(s);
    if (k === undefined) continue;
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, list]) => [k, totals(list), list.length]);
}

/** The report the CLI prints: per article, then the totals. */
export function formatReport(scores: readonly ArticleScore[]): string {
  const lines: string[] = [];
  for (const s of scores) {
    const fp = s.falsePositives.length;
    const fn = s.misses.length;
    lines.push(`${s.name}: ${s.truePositives} TP, ${fp} FP, ${fn} FN`);
    for (const m of s.misses)
      lines.push(`  miss: ${m.kind} ${m.region} ${formatInterval(m.low, m.high)}`);
    for (const c of s.falsePositives) {
      lines.push(
        `  false positive: ${c.kind} ${c.region} ${formatInterval(c.low, c.high)} from "${c.wording}"`,
      );
    }
  }
  const t = totals(scores);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  lines.push('');
  lines.push(
    `articles: ${scores.length}; TP ${t.truePositives}, FP ${t.falsePositives}, FN ${t.falseNegatives}`,
  );
  lines.push(`precision: ${pct(t.precision)}`);
  lines.push(`recall: ${pct(t.recall)}`);
  lines.push(`F1: ${pct(t.f1)}`);
  const row = (label: string, x: Totals, n: number) =>
    `  ${label.padEnd(18)} ${String(n).padStart(3)} texts  TP ${String(x.truePositives).padStart(3)}  FP ${String(x.falsePositives).padStart(3)}  FN ${String(x.falseNegatives).padStart(3)}  precision ${pct(x.precision).padStart(6)}  recall ${pct(x.recall).padStart(6)}`;
  const count = <R extends string>(order: readonly R[], found: readonly R[]) =>
    order
      .map((r) => [r, found.filter((x) => x === r).length] as const)
      .filter(([, n]) => n > 0)
      .map(([r, n]) => `${r} ${n}`)
      .join(', ');
  const reasons = (list: readonly ArticleScore[], prefix = '') => [
    `${prefix}misses by reason: ${count(
      MISS_REASONS,
      list.flatMap((s) => s.reasons ?? []),
    )}`,
    `${prefix}false positives by reason: ${count(
      EXTRA_REASONS,
      list.flatMap((s) => s.extraReasons ?? []),
    )}`,
  ];
  const explained = scores.some((s) => s.reasons !== undefined);
  if (explained) lines.push(...reasons(scores));
  const byClass = CLAIM_CLASSES.map((k) => {
    const of = (list: readonly ExpectedClaim[]) => list.filter((e) => claimClass(e) === k).length;
    const hit = scores.reduce((n, s) => n + of(s.found), 0);
    const all = hit + scores.reduce((n, s) => n + of(s.misses), 0);
    return `${k} ${hit}/${all}${all > 0 ? ` (${pct(hit / all)})` : ''}`;
  });
  lines.push(`recall by what was labelled: ${byClass.join(', ')}`);
  // The figures alone: labels and candidates with a share below all of the region.
  const isShare = (c: Interval) => c.low !== null && c.low < 100;
  const shares = totals(
    scores.map((s) => ({
      ...s,
      truePositives: s.found.filter(isShare).length,
      falsePositives: s.falsePositives.filter(isShare),
      misses: s.misses.filter(isShare),
    })),
  );
  lines.push(
    `shares below 100 alone: TP ${shares.truePositives}, FP ${shares.falsePositives}, FN ${shares.falseNegatives}, precision ${pct(shares.precision)}, recall ${pct(shares.recall)}`,
  );
  const byLanguage = totalsBy(scores, (s) => s.language);
  if (byLanguage.length > 0) {
    lines.push('', 'per language:');
    for (const [k, x, n] of byLanguage) lines.push(row(k, x, n));
  }
  const bySplit = totalsBy(scores, (s) => s.split);
  if (bySplit.length > 0) {
    lines.push('', 'per split:');
    for (const [k, x, n] of bySplit) lines.push(row(k, x, n));
    if (explained) {
      for (const [k] of bySplit)
        lines.push(
          ...reasons(
            scores.filter((s) => s.split === k),
            `  ${k} `,
          ),
        );
    }
    const held = scores.filter((s) => s.split === 'held-out');
    const heldBy = totalsBy(held, (s) => s.language);
    if (heldBy.length > 0) {
      lines.push('', 'held-out, per language:');
      for (const [k, x, n] of heldBy) lines.push(row(k, x, n));
    }
  }
  return lines.join('\n');
}
