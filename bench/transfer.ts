/** Bytes a page transferred, by kind, and whether MapLibre was among them (measure.ts). */

export interface Bytes {
  js: number;
  css: number;
  data: number;
  other: number;
  total: number;
}

function kind(url: string): keyof Omit<Bytes, 'total'> {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.(?:json|csv|geojson|topojson)$/.test(path)) return 'data';
  return 'other';
}

export function sumBytes(resources: { url: string; bytes: number }[]): Bytes {
  const out: Bytes = { js: 0, css: 0, data: 0, other: 0, total: 0 };
  for (const { url, bytes } of resources) {
    if (!url.startsWith('http')) continue;
    out[kind(url)] += bytes;
    out.total += bytes;
  }
  return out;
}

export const isMapLibreFile = (url: string): boolean =>
  /\/maplibre-gl[^/]*\.(?:m?js|css)$/.test(new URL(url).pathname);
