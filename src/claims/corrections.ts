/**
 * The corrections log (`data/corrections.json`): each correction made to published claims,
 * dated, with what changed, why, and the ids of the claims it touched. Checked against the
 * dataset (every id must be a claim's; a date must be a real day, not after the dataset's
 * `updated` day), exported with the claims, listed in the sources-and-method panel, and
 * named in an embed's footer when it touches a claim the embed shows.
 *
 * Pure: no DOM, no Node APIs.
 */
import * as z from 'zod';
import { partialDatePrecision } from './dates.ts';
import type { ValidationError } from './validate.ts';

export const CORRECTIONS_FILE = 'data/corrections.json';

const text = z.string().trim().min(1);

export const CorrectionSchema = z.strictObject({
  /** The day the correction was published, "YYYY-MM-DD". */
  date: z.string(),
  /** The ids of the claims it changed, as they are now (`<source-id>/<slug>`). */
  claims: z.array(z.string()).min(1),
  /** What changed, in a sentence a reader understands. */
  what: text,
  /** Why: the evidence that made the old reading wrong. */
  why: text,
  /** Ids a changed claim had before (a claim refiled under another kind gets a new id). */
  previousIds: z.array(z.string()).optional(),
});

export const CorrectionsFileSchema = z.strictObject({
  corrections: z.array(z.unknown()),
});

export type Correction = z.infer<typeof CorrectionSchema>;

export type CorrectionsResult =
  { ok: true; corrections: Correction[] } | { ok: false; errors: ValidationError[] };

function error(file: string, entry: string, problem: string, fix: string): ValidationError {
  return { file, entry, problem, fix, message: `${file}: ${entry}: ${problem}; ${fix}` };
}

/** The known id closest to `id` (same source first), for "did you mean". */
function nearest(id: string, known: readonly string[]): string | null {
  const source = id.split('/')[0];
  const sameSource = known.filter((k) => k.split('/')[0] === source);
  const pool = sameSource.length > 0 ? sameSource : known;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const candidate of pool) {
    const score = distance(id, candidate);
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  return best !== null && bestScore <= Math.max(3, id.length / 3) ? best : null;
}

/** Levenshtein distance (short ids: the plain table is fine). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Validates the parsed corrections file against the dataset's claim ids and its `updated`
 * day. Every problem is reported, each with the entry (`corrections[2]`) and how to fix it.
 */
export function validateCorrections(
  file: string,
  data: unknown,
  claimIds: readonly string[],
  updated: string | null,
): CorrectionsResult {
  const errors: ValidationError[] = [];
  const top = CorrectionsFileSchema.safeParse(data);
  if (!top.success) {
    return {
      ok: false,
      errors: [
        error(
          file,
          'file',
          'is not {"corrections": [ … ]}',
          'write an object with one key, "corrections", holding a list (an empty list when there are none)',
        ),
      ],
    };
  }
  const known = new Set(claimIds);
  const corrections: Correction[] = [];
  top.data.corrections.forEach((raw, index) => {
    const entry = `corrections[${index}]`;
    const parsed = CorrectionSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.') || 'entry';
        const fix =
          issue.code === 'unrecognized_keys'
            ? 'remove it: a correction has date, claims, what, why and optionally previousIds'
            : field === 'claims'
              ? 'list at least one claim id, e.g. ["seed-004/donetsk-control"]'
              : field === 'date'
                ? 'give the day as "YYYY-MM-DD"'
                : `give "${field}" as the schema says (date, claims, what, why: see data/README.md)`;
        errors.push(error(file, entry, `field "${field}": ${issue.message}`, fix));
      }
      return;
    }
    const correction = parsed.data;
    let good = true;
    if (partialDatePrecision(correction.date) !== 'day') {
      good = false;
      errors.push(
        error(
          file,
          entry,
          `date "${correction.date}" is not a real day`,
          'give the day the correction was published, as "YYYY-MM-DD" (e.g. "2026-12-05")',
        ),
      );
    } else if (updated !== null && correction.date > updated) {
      good = false;
      errors.push(
        error(
          file,
          entry,
          `date ${correction.date} is after the dataset's last update (${updated}, data/dataset.json)`,
          'set "updated" in data/dataset.json to the day of the correction, or fix the date',
        ),
      );
    }
    correction.claims.forEach((id, i) => {
      if (known.has(id)) return;
      good = false;
      const guess = nearest(id, claimIds);
      errors.push(
        error(
          file,
          `${entry}.claims[${i}]`,
          `"${id}" is not the id of any claim in data/sources/`,
          guess
            ? `did you mean "${guess}"? Use the claim's id as it is now (an old id goes in previousIds)`
            : 'use the id of a claim in data/sources/ as it is now (an old id goes in previousIds)',
        ),
      );
    });
    if (new Set(correction.claims).size !== correction.claims.length) {
      good = false;
      errors.push(error(file, entry, 'lists a claim id twice', 'list each claim once in "claims"'));
    }
    if (good) corrections.push(correction);
  });
  if (errors.length > 0) return { ok: false, errors };
  // Newest first, as a log is read; same day in file order.
  const order = corrections.map((c, i) => [c, i] as const);
  order.sort(([a, i], [b, j]) => (a.date < b.date ? 1 : a.date > b.date ? -1 : i - j));
  return { ok: true, corrections: order.map(([c]) => c) };
}
