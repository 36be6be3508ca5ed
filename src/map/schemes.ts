/**
 * The two ColorBrewer sequential schemes the maps use, as d3-scale-chromatic defines them:
 * `interpolateYlOrRd` and `interpolatePuBu` are d3-interpolate's `interpolateRgbBasis` over each
 * scheme's nine colours. Built here from d3-interpolate so the page does not load every scheme
 * of d3-scale-chromatic (it cannot be tree-shaken); a unit test checks both are identical to
 * d3-scale-chromatic's at every step. Colours: ColorBrewer (Cynthia Brewer, Apache-2.0).
 */
import { interpolateRgbBasis } from 'd3-interpolate';

/** ColorBrewer YlOrRd, 9 classes: light yellow to dark red (colour-blind safe). */
export const YL_OR_RD = [
  '#ffffcc',
  '#ffeda0',
  '#fed976',
  '#feb24c',
  '#fd8d3c',
  '#fc4e2a',
  '#e31a1c',
  '#bd0026',
  '#800026',
] as const;

/** ColorBrewer PuBu, 9 classes: near-white to dark blue (colour-blind safe). */
export const PU_BU = [
  '#fff7fb',
  '#ece7f2',
  '#d0d1e6',
  '#a6bddb',
  '#74a9cf',
  '#3690c0',
  '#0570b0',
  '#045a8d',
  '#023858',
] as const;

export const interpolateYlOrRd: (t: number) => string = interpolateRgbBasis([...YL_OR_RD]);
export const interpolatePuBu: (t: number) => string = interpolateRgbBasis([...PU_BU]);
