/**
 * The data the App shows: the page's part of the claims export (`data/claims.app.json`, the
 * sources joined back to their claims) and the boundaries, fetched side by side, the
 * boundaries decoded (the decoder loads with them: the first paint does not need it). The
 * claims' texts come later (claim-texts.svelte.ts).
 */
import type { Dataset } from './types.ts';
import { fetchJson } from './fetch-json.ts';
import { APP_JSON, joinApp, type LeanExport } from '../claims/app-data.ts';
import { claimTexts } from './claim-texts.svelte.ts';
import type { UkraineGeo, UkraineTopology } from '../geo/load.ts';

export interface AppData {
  dataset: Dataset;
  geo: UkraineGeo;
}

export async function loadAppData(base = document.baseURI): Promise<AppData> {
  claimTexts.from(base);
  const [lean, topology, { loadUkraineGeo }] = await Promise.all([
    fetchJson<LeanExport>(new URL(APP_JSON, base).href),
    fetchJson<UkraineTopology>(new URL('geo/ukraine.json', base).href),
    import('../geo/load.ts'),
  ]);
  return { dataset: joinApp(lean), geo: loadUkraineGeo(topology) };
}
