/**
 * The data the App shows: the claims export and the boundaries, fetched side by side, the
 * boundaries decoded (the decoder loads with them: the first paint does not need it).
 */
import type { Dataset } from './types.ts';
import { fetchJson } from './fetch-json.ts';
import type { UkraineGeo, UkraineTopology } from '../geo/load.ts';

export interface AppData {
  dataset: Dataset;
  geo: UkraineGeo;
}

export async function loadAppData(base = document.baseURI): Promise<AppData> {
  const [dataset, topology, { loadUkraineGeo }] = await Promise.all([
    fetchJson<Dataset>(new URL('data/claims.json', base).href),
    fetchJson<UkraineTopology>(new URL('geo/ukraine.json', base).href),
    import('../geo/load.ts'),
  ]);
  return { dataset, geo: loadUkraineGeo(topology) };
}
