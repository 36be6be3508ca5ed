import { describe, expect, it } from 'vitest';
import { hsl, rgb } from 'd3-color';
import { PALETTES, shareColour } from './colour.ts';
import { SPREAD_MAX, spreadColour, spreadFillExpression, spreadStops } from './spread-colour.ts';

function luminance(hex: string): number {
  const { r, g, b } = rgb(hex);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

describe('spreadColour', () => {
  it('gives hex colours and clamps outside 0–50 points', () => {
    expect(spreadColour(17.8)).toMatch(/^#[0-9a-f]{6}$/);
    expect(spreadColour(-5)).toBe(spreadColour(0));
    expect(spreadColour(80)).toBe(spreadColour(SPREAD_MAX));
  });

  it('darkens steadily, so it reads in greyscale', () => {
    let previous = Infinity;
    for (let points = 0; points <= SPREAD_MAX; points += 2.5) {
      const l = luminance(spreadColour(points));
      expect(l).toBeLessThan(previous);
      previous = l;
    }
    const ratio = (luminance(spreadColour(0)) + 0.05) / (luminance(spreadColour(50)) + 0.05);
    expect(ratio).toBeGreaterThan(4.5);
  });

  it('keeps 0 points visible against the land colour', () => {
    const ratio = (luminance(PALETTES.light.land) + 0.05) / (luminance(spreadColour(0)) + 0.05);
    expect(ratio).toBeGreaterThan(1.05);
  });

  it('is blue where the share scale is yellow to red, so the two are never confused', () => {
    for (let points = 5; points <= SPREAD_MAX; points += 5) {
      const hue = hsl(spreadColour(points)).h;
      expect(hue).toBeGreaterThan(180);
      expect(hue).toBeLessThan(260);
    }
    for (let share = 0; share <= 100; share += 10) {
      const hue = hsl(shareColour(share)).h;
      expect(hue < 60 || hue > 330).toBe(true);
    }
  });

  it('never uses the no-data grey for a spread', () => {
    for (let points = 0; points <= SPREAD_MAX; points += 1) {
      expect(hsl(spreadColour(points)).s).toBeGreaterThan(0.2);
    }
  });
});

describe('spreadStops and spreadFillExpression', () => {
  it('spans 0–50 points evenly', () => {
    const stops = spreadStops(6);
    expect(stops.map(([points]) => points)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(stops[2]?.[1]).toBe(spreadColour(20));
  });

  it('colours by feature-state spread, grey where there is none', () => {
    const expression = spreadFillExpression(PALETTES.dark, 3);
    expect(expression).toEqual([
      'case',
      ['>=', ['coalesce', ['feature-state', 'spread'], -1], 0],
      [
        'interpolate',
        ['linear'],
        ['feature-state', 'spread'],
        0,
        spreadColour(0),
        25,
        spreadColour(25),
        50,
        spreadColour(50),
      ],
      [
        'case',
        ['boolean', ['feature-state', 'claimRegion'], false],
        PALETTES.dark.noData,
        PALETTES.dark.land,
      ],
    ]);
  });
});
