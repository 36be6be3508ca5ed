/**
 * Reads the colour the reader sees at a longitude/latitude on the map: a screenshot of a small
 * patch around the projected point, decoded in the page, and its most common colour (so a
 * hatch line or an anti-aliased edge does not decide it).
 */
import type { Page } from 'playwright-core';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export const MAP = '[data-testid="map-area"]';

/** Screen position (page coordinates) of a longitude/latitude on the map in `selector`. */
export async function projectPoint(page: Page, lngLat: [number, number], selector = MAP) {
  return page.evaluate(
    ([sel, lng, lat]) => {
      const area = document.querySelector(sel as string)!;
      type Projecting = HTMLElement & {
        project?: (p: [number, number]) => { x: number; y: number };
      };
      // Whichever map is showing: MapLibre once it has drawn, else the SVG map.
      const webgl = area.querySelector<Projecting>(
        '[data-testid="maplibre-map"][data-loaded="true"]',
      );
      const map = webgl ?? area.querySelector<Projecting>('[data-testid="svg-map"]');
      if (!map?.project) throw new Error('The map has not said it is ready (no project()).');
      const point = map.project([lng as number, lat as number]);
      const box = map.getBoundingClientRect();
      return { x: box.left + point.x + scrollX, y: box.top + point.y + scrollY };
    },
    [selector, lngLat[0], lngLat[1]] as const,
  );
}

/** The most common colour in a size×size patch of the page centred on (x, y). */
export async function modeColour(page: Page, x: number, y: number, size = 9): Promise<Rgb> {
  const png = await page.screenshot({
    clip: { x: Math.round(x - size / 2), y: Math.round(y - size / 2), width: size, height: size },
  });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const counts = new Map<string, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const [r, g, b] = best.split(',').map(Number) as [number, number, number];
    return { r, g, b };
  }, png.toString('base64'));
}

export function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}

/** Largest per-channel difference between two colours. */
export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.max(Math.abs(a.r - b.r), Math.abs(a.g - b.g), Math.abs(a.b - b.b));
}

/** A point inside each claim region, away from its label, for sampling its fill. */
export const SAMPLE_POINTS: Record<
  'UA-09' | 'UA-14' | 'UA-23' | 'UA-65' | 'crimea',
  [number, number]
> = {
  'UA-09': [39.0, 49.55],
  'UA-14': [37.45, 48.7],
  'UA-23': [35.3, 46.72],
  'UA-65': [34.2, 46.35],
  crimea: [34.45, 45.75],
};
