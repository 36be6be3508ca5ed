/**
 * The validator's date checks: a source's date (value, precision, updated, qualifier), the
 * day its text was retrieved, a claim's `asOf` against its source's date, and the dataset's
 * `updated` against the newest source. Each returns its problems in the order it finds them.
 */
import { partialDatePrecision } from './dates.ts';
import type { Claim, DatasetMeta, Source, SourceInfo } from './schema.ts';
import { CLAIM_FIXES, fieldFix, META_FIXES, said, SOURCE_FIXES } from './validate-messages.ts';
import { problemList, type Problem } from './validate-types.ts';

/** Whether partial date `a` is later than `b`, compared at the coarser of their precisions. */
export function isLater(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

/** `date.value` is a real date of its `precision`; `updated` a later day; a qualifier inferred. */
export function sourceDateProblems(source: SourceInfo): Problem[] {
  const { out, add } = problemList();
  const { date } = source;
  const precision = partialDatePrecision(date.value);
  if (precision === null) {
    add(
      `date.value "${date.value}" is not a real calendar date`,
      'use YYYY-MM-DD, YYYY-MM or YYYY with a month and day that exist',
      said('date-not-real', { value: date.value }),
    );
  } else if (precision !== date.precision) {
    add(
      `date.value "${date.value}" does not match date.precision "${date.precision}"`,
      'use YYYY-MM-DD for day, YYYY-MM for month, YYYY for year',
      said('date-precision', { value: date.value, precision: date.precision }),
    );
  }
  if (date.updated !== undefined) {
    if (partialDatePrecision(date.updated) !== 'day') {
      add(
        `date.updated "${date.updated}" is not a real day`,
        SOURCE_FIXES['date.updated'] ?? '',
        said('updated-not-day', { updated: date.updated }, fieldFix(SOURCE_FIXES, 'date.updated')),
      );
    } else if (precision !== null && !isLater(date.updated, date.value)) {
      add(
        `date.updated "${date.updated}" is not after date.value "${date.value}"`,
        'give the day of a later update, or remove date.updated',
        said('updated-not-after', { updated: date.updated, value: date.value }),
      );
    }
  }
  if (date.qualifier !== undefined && !date.inferred) {
    add(
      `date.qualifier "${date.qualifier}" needs date.inferred true`,
      'an approximate or on-or-after date is not stated in the text: set inferred to true',
      said('qualifier-inferred', { qualifier: date.qualifier }),
    );
  }
  return out;
}

/** `text.retrieved` is a real day. */
export function retrievedProblems(source: SourceInfo): Problem[] {
  const { out, add } = problemList();
  if (partialDatePrecision(source.text.retrieved) !== 'day') {
    add(
      `text.retrieved "${source.text.retrieved}" is not a real day`,
      SOURCE_FIXES['text.retrieved'] ?? '',
      said(
        'retrieved-not-day',
        { retrieved: source.text.retrieved },
        fieldFix(SOURCE_FIXES, 'text.retrieved'),
      ),
    );
  }
  return out;
}

/** `asOf` is a real date, not after the source's date (or its last update). */
export function asOfProblems(claim: Claim, source: SourceInfo): Problem[] {
  const { out, add } = problemList();
  const asOfPrecision = partialDatePrecision(claim.asOf);
  if (asOfPrecision === null) {
    add(
      `asOf "${claim.asOf}" is not a real date`,
      CLAIM_FIXES.asOf ?? '',
      said('as-of-not-date', { asOf: claim.asOf }, fieldFix(CLAIM_FIXES, 'asOf')),
    );
  } else if (
    partialDatePrecision(source.date.value) !== null &&
    source.date.qualifier === undefined &&
    isLater(claim.asOf, source.date.updated ?? source.date.value)
  ) {
    add(
      `asOf "${claim.asOf}" is after the source's date "${source.date.updated ?? source.date.value}"`,
      'a figure cannot describe a day after it was published (or last updated, date.updated); correct asOf or the date',
      said('as-of-after', { asOf: claim.asOf, date: source.date.updated ?? source.date.value }),
    );
  }
  return out;
}

/** The dataset's `updated` is a real day, not before the newest source's date. */
export function metaDateProblems(meta: DatasetMeta, sources: readonly Source[]): Problem[] {
  const { out, add } = problemList();
  if (partialDatePrecision(meta.updated) !== 'day') {
    add(`updated "${meta.updated}" is not a real day`, META_FIXES.updated ?? '');
  } else {
    const newest = sources
      .filter((source) => partialDatePrecision(source.date.value) !== null)
      .reduce<Source | null>(
        (best, source) =>
          best === null || isLater(source.date.value, best.date.value) ? source : best,
        null,
      );
    if (newest && isLater(newest.date.value, meta.updated)) {
      add(
        `updated "${meta.updated}" is earlier than the newest source date "${newest.date.value}" (source "${newest.id}")`,
        'set updated to the day you last changed the dataset',
      );
    }
  }
  return out;
}
