/**
 * What the presentation tests (views, time, disagreement, view-model, components) run on:
 *
 * - `fixtureExport()`: the export of a fixed dataset, `tests/fixtures/dataset/` (a frozen copy
 *   of `data/` as it stood on 2026-12-05: 18 sources, 63 claims), built by the same loader as
 *   the app's `claims.json`. Adding a source to `data/` changes no figure these tests assert;
 *   assertions about the live dataset belong in its own tests (src/claims/dataset.test.ts,
 *   export.test.ts, load.test.ts, validate.test.ts).
 * - `claim()`: one synthetic claim, for tables of cases.
 */
import { join } from 'node:path';
import { formatIsoDate } from '../../src/claims/text.ts';
import type { ClaimsExport } from '../../src/claims/export.ts';
import { loadExport, REPO_ROOT } from '../../src/claims/load.ts';
import type { ViewClaim } from '../../src/views/views.ts';

/** The fixed dataset's root (it holds `data/dataset.json`, `data/sources/`, `data/texts/`). */
export const FIXTURE_ROOT = join(REPO_ROOT, 'tests/fixtures/dataset');

/** The fixed dataset's export (validated, quotes checked against its stored texts). */
export function fixtureExport(): ClaimsExport {
  return loadExport({ root: FIXTURE_ROOT });
}

/** What a test says about its claim: the id, and any field to change (the source's in part). */
export type ClaimOverrides = Partial<Omit<ViewClaim, 'source'>> &
  Pick<ViewClaim, 'id'> & { source?: Partial<ViewClaim['source']> };

/**
 * A control claim of 80 % of Donetsk by a media outlet, dated `asOf` (default 2025-01-01),
 * changed by `overrides`. Its source's id is the claim id's part before "/" ("a/x" → "a"),
 * published on the claim's date unless the overrides say otherwise.
 */
export function claim(overrides: ClaimOverrides, asOf = '2025-01-01'): ViewClaim {
  const date = overrides.asOf ?? asOf;
  return {
    region: 'UA-14',
    kind: 'control',
    low: 80,
    high: 80,
    wording: '80%',
    speaker: 'Someone',
    speakerCategory: 'media',
    asOf,
    ...overrides,
    source: {
      id: overrides.id.split('/')[0] ?? 'src',
      name: 'Outlet',
      outlet: 'Outlet',
      relays: [],
      date,
      dateInferred: false,
      dateLabel: formatIsoDate(date),
      document: null,
      language: 'en',
      ...overrides.source,
    },
  };
}
