/**
 * ClaimsMap against a fake MapLibre that records every call: the style (sources and layers)
 * is given once, and a new view or theme only sets feature-state or paint properties.
 */
import { render, waitFor } from '@testing-library/svelte';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PALETTES } from './colour.ts';
import { spreadFillExpression } from './spread-colour.ts';
import { LAYER, SOURCE, type StyleData } from './style.ts';

const calls: { method: string; args: unknown[] }[] = [];

vi.mock('maplibre-gl', () => {
  class FakeMap {
    private handlers = new Map<string, ((event?: unknown) => void)[]>();
    touchZoomRotate = {
      disableRotation: () => calls.push({ method: 'touchZoomRotate.disableRotation', args: [] }),
    };
    keyboard = {
      disableRotation: () => calls.push({ method: 'keyboard.disableRotation', args: [] }),
    };
    private canvas = document.createElement('canvas');
    constructor(options: unknown) {
      calls.push({ method: 'constructor', args: [options] });
      setTimeout(() => this.handlers.get('load')?.forEach((handler) => handler()), 0);
    }
    on(event: string, ...rest: unknown[]) {
      const handler = rest.at(-1) as (event?: unknown) => void;
      this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
      return this;
    }
    /** Like MapLibre: `idle` comes once the frame after load is drawn. */
    once(event: string, handler: () => void) {
      calls.push({ method: 'once', args: [event] });
      if (event === 'idle') setTimeout(handler, 0);
      return this;
    }
    getCanvas() {
      return this.canvas;
    }
    getZoom() {
      return 5;
    }
    project([lng, lat]: [number, number]) {
      return { x: lng * 10, y: lat * 10 };
    }
    hasImage() {
      return calls.some((call) => call.method === 'addImage');
    }
  }
  const record =
    (method: string) =>
    (...args: unknown[]) => {
      calls.push({ method, args });
    };
  for (const method of [
    'setMissingStyleImageResolver',
    'addImage',
    'updateImage',
    'fitBounds',
    'setMinZoom',
    'setMaxZoom',
    'addControl',
    'setFeatureState',
    'setPaintProperty',
    'redraw',
    'resize',
    'remove',
    'addSource',
    'addLayer',
    'removeLayer',
    'removeSource',
    'setStyle',
  ]) {
    (FakeMap.prototype as unknown as Record<string, unknown>)[method] = record(method);
  }
  class NavigationControl {}
  return { Map: FakeMap, NavigationControl, setWorkerUrl: record('setWorkerUrl') };
});
vi.mock('maplibre-gl/dist/maplibre-gl-worker.mjs?url', () => ({ default: '/assets/worker.mjs' }));
vi.mock('maplibre-gl/dist/maplibre-gl.css', () => ({}));

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    disconnect() {}
    unobserve() {}
  } as unknown as typeof ResizeObserver;
});

const { default: ClaimsMap } = await import('./ClaimsMap.svelte');

const data: StyleData = {
  units: {
    type: 'FeatureCollection',
    features: ['UA-14', 'UA-09', 'UA-30'].map((code) => ({
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      properties: { code, name: code },
    })),
  },
  neighbours: { type: 'FeatureCollection', features: [] },
  borders: { type: 'FeatureCollection', features: [] },
};

const stateCalls = () =>
  calls
    .filter((call) => call.method === 'setFeatureState')
    .map((call) => call.args as [{ id: string }, object]);
const structural = () =>
  calls.filter((call) =>
    ['addSource', 'addLayer', 'removeLayer', 'removeSource', 'setStyle'].includes(call.method),
  );

describe('ClaimsMap with a fake MapLibre', () => {
  it('adds the style once, then updates views by feature-state and themes by paint properties', async () => {
    const props = {
      data,
      unitStates: { 'UA-14': { claimRegion: true, share: 80, uncertain: true } },
      selected: null,
      palette: PALETTES.light,
      label: 'Map',
      onselect: () => {},
    };
    const { rerender, component } = render(ClaimsMap, props);
    await waitFor(() => expect(stateCalls().length).toBeGreaterThan(0));

    // Shown only after its first idle frame, with the view's colours already set.
    await waitFor(() =>
      expect(
        document.querySelector('[data-testid="maplibre-map"]')?.getAttribute('data-loaded'),
      ).toBe('true'),
    );
    expect(calls.some((call) => call.method === 'once' && call.args[0] === 'idle')).toBe(true);
    const constructed = calls.filter((call) => call.method === 'constructor');
    expect(constructed).toHaveLength(1);
    const style = (
      constructed[0]!.args[0] as { style: { sources: object; layers: { id: string }[] } }
    ).style;
    expect(Object.keys(style.sources).sort()).toEqual(
      [SOURCE.borders, SOURCE.neighbours, SOURCE.units].sort(),
    );
    expect(style.layers.map((layer) => layer.id)).toContain(LAYER.unitFill);
    expect(
      calls.some((call) => call.method === 'setWorkerUrl' && call.args[0] === '/assets/worker.mjs'),
    ).toBe(true);
    expect(stateCalls()).toContainEqual([
      { source: SOURCE.units, id: 'UA-14' },
      { share: 80, uncertain: true, claimRegion: true, spread: null, stale: false },
    ]);

    // A new view: feature-state only.
    calls.length = 0;
    await rerender({
      ...props,
      unitStates: { 'UA-14': { claimRegion: true, share: null, uncertain: false } },
    });
    await waitFor(() =>
      expect(stateCalls()).toContainEqual([
        { source: SOURCE.units, id: 'UA-14' },
        { share: null, uncertain: false, claimRegion: true, spread: null, stale: false },
      ]),
    );
    expect(structural()).toEqual([]);

    // show(): feature-state in the call itself, ahead of the props.
    calls.length = 0;
    component.show({ 'UA-09': { claimRegion: true, share: 99.6, uncertain: false } });
    expect(stateCalls()).toEqual([
      [
        { source: SOURCE.units, id: 'UA-09' },
        { share: 99.6, uncertain: false, claimRegion: true, spread: null, stale: false },
      ],
    ]);
    // Drawn in MapLibre's next frame, unless asked to draw now (a choice in the picker).
    expect(calls.filter((call) => call.method === 'redraw')).toEqual([]);
    component.show({ 'UA-09': { claimRegion: true, share: 50, uncertain: false } }, true);
    expect(calls.map((call) => call.method).slice(-2)).toEqual(['setFeatureState', 'redraw']);

    // Selecting a unit: feature-state on every unit.
    calls.length = 0;
    await rerender({ ...props, selected: 'UA-09' });
    await waitFor(() =>
      expect(stateCalls()).toContainEqual([
        { source: SOURCE.units, id: 'UA-09' },
        { selected: true },
      ]),
    );
    expect(stateCalls()).toContainEqual([
      { source: SOURCE.units, id: 'UA-14' },
      { selected: false },
    ]);

    // A new theme: paint properties and the hatch image, in place.
    calls.length = 0;
    await rerender({ ...props, palette: PALETTES.dark });
    await waitFor(() => expect(calls.some((call) => call.method === 'updateImage')).toBe(true));
    const paints = calls
      .filter((call) => call.method === 'setPaintProperty')
      .map((call) => call.args);
    expect(paints).toContainEqual(['sea', 'background-color', PALETTES.dark.sea]);
    expect(structural()).toEqual([]);

    // The disagreement view: the fill switches to the spread scale, in place.
    calls.length = 0;
    await rerender({ ...props, palette: PALETTES.dark, mode: 'spread' });
    await waitFor(() =>
      expect(
        calls.filter((call) => call.method === 'setPaintProperty').map((call) => call.args),
      ).toContainEqual([LAYER.unitFill, 'fill-color', spreadFillExpression(PALETTES.dark)]),
    );
    expect(structural()).toEqual([]);
  });
});
