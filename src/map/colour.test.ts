import { describe, expect, it } from 'vitest';
import { hsl, rgb } from 'd3-color';
import {
  PALETTES,
  colourStops,
  fillColourExpression,
  intervalMidpoint,
  isUncertain,
  shareColour,
} from './colour.ts';

/** Relative luminance (WCAG), for the greyscale check. */
function luminance(hex: string): number {
  const { r, g, b } = rgb(hex);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

describe('shareColour', () => {
  it('gives hex colours', () => {
    for (const share of [0, 19, 50, 80, 100]) expect(shareColour(share)).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('clamps outside 0–100', () => {
    expect(shareColour(-10)).toBe(shareColour(0));
    expect(shareColour(150)).toBe(shareColour(100));
  });

  it('darkens steadily, so it reads in greyscale', () => {
    let previous = Infinity;
    for (let share = 0; share <= 100; share += 5) {
      const l = luminance(shareColour(share));
      expect(l).toBeLessThan(previous);
      previous = l;
    }
    // The two ends differ by more than a 4.5:1 contrast ratio.
    const ratio = (luminance(shareColour(0)) + 0.05) / (luminance(shareColour(100)) + 0.05);
    expect(ratio).toBeGreaterThan(4.5);
  });

  it('keeps 0 % visible against the land colour', () => {
    const ratio = (luminance(PALETTES.light.land) + 0.05) / (luminance(shareColour(0)) + 0.05);
    expect(ratio).toBeGreaterThan(1.05);
  });

  it('never uses the no-data grey for a share', () => {
    for (let share = 0; share <= 100; share += 1) {
      expect(hsl(shareColour(share)).s).toBeGreaterThan(0.3);
    }
    expect(hsl(PALETTES.light.noData).s).toBe(0);
    expect(hsl(PALETTES.dark.noData).s).toBeLessThan(0.1);
  });
});

describe('intervals', () => {
  it.each([
    [80, 80, 80, false],
    [77.5, 82.5, 80, true],
    [90, 100, 95, true],
    [100, 100, 100, false],
  ])('%d–%d: midpoint %d, uncertain %s', (low, high, mid, uncertain) => {
    expect(intervalMidpoint(low, high)).toBe(mid);
    expect(isUncertain(low, high)).toBe(uncertain);
  });
});

describe('fillColourExpression', () => {
  it('interpolates feature-state share over the same stops as shareColour', () => {
    const expression = fillColourExpression(PALETTES.light, 3);
    expect(expression).toEqual([
      'case',
      ['>=', ['coalesce', ['feature-state', 'share'], -1], 0],
      [
        'interpolate',
        ['linear'],
        ['feature-state', 'share'],
        0,
        shareColour(0),
        50,
        shareColour(50),
        100,
        shareColour(100),
      ],
      ['case', ['boolean', ['feature-state', 'claimRegion'], false], '#c4c4c4', '#fbfaf7'],
    ]);
  });

  it('uses stops every 5 % by default', () => {
    expect(colourStops(21).map(([share]) => share)).toEqual(
      Array.from({ length: 21 }, (_, i) => i * 5),
    );
  });
});
