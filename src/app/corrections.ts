/**
 * Which corrections (data/corrections.json, exported with the claims) touch what a view shows:
 * the embed's footer names them. Pure, and free of the validator, so the page's bundle stays
 * without zod.
 */

/** The corrections that touch any of the given claims (e.g. the claims an embed shows). */
export function correctionsTouching<C extends { claims: readonly string[] }>(
  corrections: readonly C[],
  claimIds: Iterable<string>,
): C[] {
  const shown = new Set(claimIds);
  return corrections.filter((correction) => correction.claims.some((id) => shown.has(id)));
}
