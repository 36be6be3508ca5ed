/**
 * The dataset as the app holds it: the export written by `npm run claims -- --json`, as the
 * page loads it (`data/claims.app.json`, src/claims/app-data.ts): each claim with its source,
 * without the long texts (quote, caveat, derived, citation), which load later
 * (claim-texts.svelte.ts: `textsOf(claim)`).
 */
export type { AppExport as Dataset, AppClaim as DatasetClaim } from '../claims/app-data.ts';
