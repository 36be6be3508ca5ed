/**
 * Contract with the real maplibre-gl: the API this app calls exists, and the style we build
 * validates against the style spec. An upgrade that changes either fails here, by name.
 */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUkraineGeo, type UkraineTopology } from '../geo/load.ts';
import { PALETTES } from './colour.ts';
import { buildStyle, toStyleData } from './style.ts';

describe('maplibre-gl API used by ClaimsMap', () => {
  it('exports what we call', async () => {
    const maplibregl = await import('maplibre-gl');
    expect(typeof maplibregl.setWorkerUrl).toBe('function');
    expect(typeof maplibregl.NavigationControl).toBe('function');
    for (const method of [
      'setFeatureState',
      'setPaintProperty',
      'addImage',
      'updateImage',
      'hasImage',
      'setMissingStyleImageResolver',
      'fitBounds',
      'setMinZoom',
      'setMaxZoom',
      'project',
      'getCanvas',
      'addControl',
      'resize',
      'remove',
      'on',
    ]) {
      expect(
        typeof (maplibregl.Map.prototype as unknown as Record<string, unknown>)[method],
        method,
      ).toBe('function');
    }
  });

  it('accepts the style built from our boundary data, in both themes', () => {
    const topology = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../public/geo/ukraine.json'), 'utf8'),
    ) as UkraineTopology;
    const data = toStyleData(loadUkraineGeo(topology));
    for (const palette of [PALETTES.light, PALETTES.dark]) {
      expect(validateStyleMin(buildStyle(palette, data)).map((error) => error.message)).toEqual([]);
    }
  });
});
