import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadUkraineGeo, type UkraineTopology } from '../geo/load.ts';
import { ISO_CODES } from '../geo/regions.ts';
import { PALETTES, shareColour } from '../map/colour.ts';
import { UKRAINE_BOUNDS } from '../map/frame.ts';
import { mapGeometry, mapProjection } from './svg-map.ts';
import SvgMap from './SvgMap.svelte';

const geo = loadUkraineGeo(
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../public/geo/ukraine.json'), 'utf8'),
  ) as UkraineTopology,
);
const unitStates = {
  'UA-09': { claimRegion: true, share: 99.6, uncertain: false },
  'UA-14': { claimRegion: true, share: 84, uncertain: true },
  'UA-65': { claimRegion: true, share: null, uncertain: false },
} as const;
const label = 'Map of Ukraine: Latest figure per region.';

function props(extra: Record<string, unknown> = {}) {
  return {
    geo,
    unitStates,
    selected: null,
    palette: PALETTES.light,
    label,
    onselect: () => {},
    ...extra,
  };
}

// jsdom lays nothing out and has no ResizeObserver (which bind:clientWidth uses).
beforeAll(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});
afterAll(() => vi.unstubAllGlobals());
afterEach(() => cleanup());

describe('SvgMap', () => {
  it('is an image named by its label, with the 27 units as paths', () => {
    const { container } = render(SvgMap, props());
    const svg = screen.getByRole('img', { name: label });
    expect(svg.tagName.toLowerCase()).toBe('svg');
    const codes = [...container.querySelectorAll('path[data-code]')].map((p) =>
      p.getAttribute('data-code'),
    );
    expect(codes.sort()).toEqual([...ISO_CODES].sort());
  });

  it('colours units and hatches uncertain ones as the WebGL map does', () => {
    const { container } = render(SvgMap, props());
    const fill = (code: string) =>
      container.querySelector(`path[data-code="${code}"]`)?.getAttribute('fill');
    expect(fill('UA-09')).toBe(shareColour(99.6));
    expect(fill('UA-65')).toBe(PALETTES.light.noData);
    expect(fill('UA-30')).toBe(PALETTES.light.land);
    const pattern = container.querySelector('pattern');
    const hatched = [...container.querySelectorAll('[data-hatch-of]')]
      .filter((p) => p.getAttribute('fill') !== 'none')
      .map((p) => [p.getAttribute('data-hatch-of'), p.getAttribute('fill')]);
    expect(hatched).toEqual([['UA-14', `url(#${pattern?.id})`]]);
  });

  it('repaints when the states change, and at once through show()', async () => {
    const { container, component, rerender } = render(SvgMap, props());
    const fill = (code: string) =>
      container.querySelector(`path[data-code="${code}"]`)?.getAttribute('fill');
    const hatch = (code: string) =>
      container.querySelector(`path[data-hatch-of="${code}"]`)?.getAttribute('fill');
    const next = {
      'UA-09': { claimRegion: true, share: 50, uncertain: true },
      'UA-14': { claimRegion: true, share: 20, uncertain: false, stale: true },
    };
    // show() writes the DOM in the call: no Svelte update runs before the next frame.
    component.show(next);
    expect(fill('UA-09')).toBe(shareColour(50));
    expect(hatch('UA-09')).toMatch(/^url\(#/);
    expect(fill('UA-14')).toBe(shareColour(20));
    expect(hatch('UA-14')).toBe('none');
    expect(container.querySelector('path[data-code="UA-14"]')?.getAttribute('fill-opacity')).toBe(
      '0.45',
    );
    expect(fill('UA-65')).toBe(PALETTES.light.land);
    // The props catch up: the same paint, and a theme change repaints in its palette.
    await rerender(props({ unitStates: next, palette: PALETTES.dark }));
    expect(fill('UA-09')).toBe(shareColour(50));
    expect(fill('UA-65')).toBe(PALETTES.dark.land);
    await rerender(props());
    expect(fill('UA-09')).toBe(shareColour(99.6));
    expect(hatch('UA-09')).toBe('none');
    expect(container.querySelector('path[data-code="UA-14"]')?.hasAttribute('fill-opacity')).toBe(
      false,
    );
  });

  it('reports the unit clicked or tapped', async () => {
    const onselect = vi.fn();
    const { container } = render(SvgMap, props({ onselect }));
    await fireEvent.click(container.querySelector('path[data-code="UA-14"]')!);
    await fireEvent.click(container.querySelector('path[data-code="UA-30"]')!);
    expect(onselect.mock.calls).toEqual([['UA-14'], ['UA-30']]);
  });

  it('outlines the selected unit, and the hovered one more thinly', async () => {
    const { container } = render(SvgMap, props({ selected: 'UA-23' }));
    const selected = container.querySelector('path.selected')!;
    expect(selected.getAttribute('data-selected')).toBe('UA-23');
    expect(selected.getAttribute('stroke-width')).toBe('3');
    expect(selected.getAttribute('stroke')).toBe(PALETTES.light.selected);
    expect(selected.getAttribute('d')).toBe(
      container.querySelector('path[data-code="UA-23"]')?.getAttribute('d'),
    );
    await fireEvent.pointerOver(container.querySelector('path[data-code="UA-07"]')!);
    expect(container.querySelector('path.hover')?.getAttribute('stroke-width')).toBe('1.6');
    await fireEvent.pointerLeave(container.querySelector('g.units')!);
    expect(container.querySelector('path.hover')).toBeNull();
  });

  it('hands the label overlay a project function in the same frame as its paths', () => {
    const onready = vi.fn();
    const onmove = vi.fn();
    const { container } = render(SvgMap, props({ width: 870, height: 494, onready, onmove }));
    expect(onready).toHaveBeenCalledTimes(1);
    expect(onmove).toHaveBeenCalledTimes(1);
    const { project } = onready.mock.calls[0]![0] as {
      project(lngLat: [number, number]): { x: number; y: number };
    };
    const [x, y] = mapProjection(870, 494)([UKRAINE_BOUNDS[0], UKRAINE_BOUNDS[1]])!;
    expect(project([UKRAINE_BOUNDS[0], UKRAINE_BOUNDS[1]])).toEqual({ x, y });
    expect(container.querySelector('svg')?.getAttribute('viewBox')).toBe('0 0 870 494');
    const donetsk = mapGeometry(geo, mapProjection(870, 494)).units.find((u) => u.code === 'UA-14');
    expect(container.querySelector('path[data-code="UA-14"]')?.getAttribute('d')).toBe(donetsk?.d);
  });

  it('waits for a size before calling onready', () => {
    const onready = vi.fn();
    const { container } = render(SvgMap, props({ onready }));
    // jsdom lays nothing out: the map draws at a default size and scales, but reports no frame.
    expect(onready).not.toHaveBeenCalled();
    expect(container.querySelector('[data-testid="svg-map"]')?.getAttribute('data-ready')).toBe(
      'false',
    );
  });
});
