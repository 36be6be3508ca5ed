/**
 * The hatch drawn over a region whose share is an interval ("almost all" = 90–100 %), so the
 * reader sees the colour is not an exact figure. Same geometry for the WebGL map (an image made
 * here) and the SVG map (a <pattern> with the same spacing).
 */
import { rgb } from 'd3-color';

/** Distance between hatch lines, in CSS pixels, and their width. */
export const HATCH = { spacing: 6, width: 2 } as const;

/**
 * RGBA pixels of a square tile of diagonal lines (bottom-left to top-right), `pixelRatio` times
 * the CSS size, that tiles without seams.
 */
export function hatchPixels(
  colour: string,
  pixelRatio = 1,
): { width: number; height: number; data: Uint8Array } {
  const size = Math.round(HATCH.spacing * pixelRatio);
  const lineWidth = HATCH.width * pixelRatio;
  const { r, g, b, opacity } = rgb(colour);
  const alpha = Math.round(255 * opacity);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onLine = (x + y) % size < lineWidth;
      if (!onLine) continue;
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = alpha;
    }
  }
  return { width: size, height: size, data };
}
