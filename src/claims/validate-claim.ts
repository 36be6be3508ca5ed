/**
 * The validator's checks across a claim's fields, once its structure is sound (the schema in
 * schema.ts checked it): its id starts with its source's, low and high are a share, a
 * position has no share, the wording reads as the figure (reading.ts) and stands in the
 * quote; then its `asOf` (validate-dates.ts) and its quote in the stored text
 * (validate-texts.ts). The problems come in that order.
 */
import { readWording, type Reading } from './reading.ts';
import type { Claim, SourceInfo } from './schema.ts';
import { formatInterval, normaliseText } from './text.ts';
import { asOfProblems } from './validate-dates.ts';
import { interval, said, show, shown } from './validate-messages.ts';
import { quoteProblems } from './validate-texts.ts';
import { problemList, type Problem, type ValidateOptions } from './validate-types.ts';

function sameReading(claim: Claim, reading: Reading): boolean {
  return claim.low === reading.low && claim.high === reading.high && claim.rule === reading.rule;
}

/** low and high: both numbers or both null, within 0–100, low ≤ high. */
function shareProblems(claim: Claim): Problem[] {
  const { out, add } = problemList();
  const { low, high } = claim;
  if ((low === null) !== (high === null)) {
    add(
      `low is ${show(low)} but high is ${show(high)}`,
      'give both as numbers, or both as null when the text gives no share',
      said('low-high-null', { low: shown(low), high: shown(high) }),
    );
  }
  for (const [name, value] of [
    ['low', low],
    ['high', high],
  ] as const) {
    if (value !== null && (value < 0 || value > 100 || !Number.isFinite(value))) {
      add(
        `${name} ${value} is outside 0–100`,
        'low and high are percentages of the region',
        said('share-outside', { name, value: String(value) }),
      );
    }
  }
  if (low !== null && high !== null && low > high) {
    add(
      `low ${low} is greater than high ${high}`,
      'swap them so that low ≤ high',
      said('low-above-high', { low: String(low), high: String(high) }),
    );
  }
  return out;
}

/** A position has no share and rule "position"; any other kind's rule is its wording's. */
function readingProblems(claim: Claim): Problem[] {
  const { out, add } = problemList();
  const { low, high } = claim;
  if (claim.kind === 'position') {
    if (low !== null || high !== null) {
      add(
        `a position has no share, but low–high is ${formatInterval(low, high)}`,
        'set low and high to null, or use kind control, claim or demand',
        said('position-share', { interval: interval(low, high) }),
      );
    }
    if (claim.rule !== 'position') {
      add(
        `a position's rule is "position", not "${claim.rule}"`,
        'set rule to "position"',
        said('position-rule', { rule: claim.rule }),
      );
    }
  } else if (claim.rule === 'position') {
    add(
      `rule "position" is only for kind "position", not "${claim.kind}"`,
      'use the reading rule of the wording (see src/claims/reading.ts), or set kind to "position"',
      said('rule-position-kind', { kind: claim.kind }),
    );
  } else if (claim.override === undefined) {
    const reading = readWording(claim.wording);
    if (reading === null) {
      add(
        `wording "${claim.wording}" matches no reading rule`,
        'give the figure as the quote words it, or add "override" with the reason for low, high and rule',
        said('wording-no-rule', { wording: claim.wording }),
      );
    } else if (!sameReading(claim, reading)) {
      add(
        `wording "${claim.wording}" reads as ${formatInterval(reading.low, reading.high)} (rule "${reading.rule}"), but the claim has ${formatInterval(low, high)} (rule "${claim.rule}")`,
        `set low ${show(reading.low)}, high ${show(reading.high)} and rule "${reading.rule}", or add "override" with the reason`,
        said('wording-reads', {
          wording: claim.wording,
          reading: interval(reading.low, reading.high),
          readingRule: reading.rule,
          claim: interval(low, high),
          rule: claim.rule,
          low: shown(reading.low),
          high: shown(reading.high),
        }),
      );
    }
  }
  if (!normaliseText(claim.quote).includes(normaliseText(claim.wording))) {
    add(
      `wording "${claim.wording}" is not in the quote`,
      'copy the figure exactly as the quote words it',
      said('wording-not-in-quote', { wording: claim.wording }),
    );
  }
  return out;
}

/** Every problem across the fields of `claim`, a claim of `source`. */
export function claimProblems(
  claim: Claim,
  source: SourceInfo,
  options: ValidateOptions,
): Problem[] {
  const { out, add } = problemList();
  const prefix = `${source.id}/`;
  if (!claim.id.startsWith(prefix)) {
    add(
      `claim id "${claim.id}" does not start with its source id "${prefix}"`,
      `rename it "${prefix}${claim.id.split('/')[1] ?? 'slug'}"`,
      said('claim-id-prefix', {
        id: claim.id,
        prefix,
        suggested: `${prefix}${claim.id.split('/')[1] ?? 'slug'}`,
      }),
    );
  }
  out.push(
    ...shareProblems(claim),
    ...readingProblems(claim),
    ...asOfProblems(claim, source),
    ...quoteProblems(claim, source, options),
  );
  return out;
}
