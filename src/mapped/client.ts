/**
 * The app's copy of the measured series: `data/mapped/deepstate.json`, validated at build
 * (src/mapped/vite-plugin.ts), fetched once after the first paint. Browser-side; no zod.
 */
import { fetchJson } from '../app/fetch-json.ts';
import type { MappedSeries } from './series.ts';

export const MAPPED_SERIES_FILE = 'data/mapped/deepstate.json';

let loading: Promise<MappedSeries> | null = null;

export function loadMappedSeries(base = document.baseURI): Promise<MappedSeries> {
  loading ??= fetchJson<MappedSeries>(new URL(MAPPED_SERIES_FILE, base).href);
  return loading;
}
