import * as chromatic from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { interpolatePuBu, interpolateYlOrRd, PU_BU, YL_OR_RD } from './schemes.ts';

describe('the schemes are d3-scale-chromatic’s', () => {
  it('has the same nine colours', () => {
    expect([...YL_OR_RD]).toEqual(chromatic.schemeYlOrRd[9]);
    expect([...PU_BU]).toEqual(chromatic.schemePuBu[9]);
  });

  it('interpolates identically at every thousandth', () => {
    for (let i = 0; i <= 1000; i++) {
      const t = i / 1000;
      expect(interpolateYlOrRd(t)).toBe(chromatic.interpolateYlOrRd(t));
      expect(interpolatePuBu(t)).toBe(chromatic.interpolatePuBu(t));
    }
  });
});
