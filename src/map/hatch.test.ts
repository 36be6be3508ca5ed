import { describe, expect, it } from 'vitest';
import { HATCH, hatchPixels } from './hatch.ts';

function alphaAt(image: ReturnType<typeof hatchPixels>, x: number, y: number): number {
  return image.data[(y * image.width + x) * 4 + 3] ?? -1;
}

describe('hatchPixels', () => {
  it('is a square tile of the hatch spacing, scaled by pixel ratio', () => {
    expect(hatchPixels('#ffffff').width).toBe(HATCH.spacing);
    const retina = hatchPixels('#ffffff', 2);
    expect([retina.width, retina.height]).toEqual([HATCH.spacing * 2, HATCH.spacing * 2]);
    expect(retina.data.length).toBe(retina.width * retina.height * 4);
  });

  it('draws diagonal lines that tile seamlessly', () => {
    const image = hatchPixels('rgba(255,255,255,0.5)');
    const size = image.width;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        // The pixel one step down-left is on the same line.
        const nx = (x + 1) % size;
        const ny = (y - 1 + size) % size;
        expect(alphaAt(image, x, y)).toBe(alphaAt(image, nx, ny));
      }
    }
  });

  it('covers the line width share of the tile in the given colour', () => {
    const image = hatchPixels('rgba(10,20,30,0.5)');
    let covered = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      if (image.data[i + 3]) {
        covered++;
        expect([image.data[i], image.data[i + 1], image.data[i + 2], image.data[i + 3]]).toEqual([
          10, 20, 30, 128,
        ]);
      }
    }
    expect(covered / (image.width * image.height)).toBeCloseTo(HATCH.width / HATCH.spacing, 5);
  });
});
