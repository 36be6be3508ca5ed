/**
 * What the map should look like: the fill each claim region has in a view (from the built
 * claims export, through the app's own views and colour code), the pair of views the toggle
 * test switches between, and the baseline page's fill expression. Pure: no I/O, no browser.
 */
import { CLAIM_REGIONS, type ClaimRegionId, type IsoCode } from '../src/geo/regions.ts';
import { PALETTES, type Palette } from '../src/map/colour.ts';
import { unitFill } from '../src/render/svg-map.ts';
import {
  buildViews,
  LATEST_VIEW,
  unitStates,
  type View,
  type ViewClaim,
} from '../src/views/views.ts';
import { SAMPLE_POINTS, colourDistance, hexToRgb, type Rgb } from '../tests/browser/pixels.ts';

export type SampleRegion = ClaimRegionId;

/** Where each claim region is sampled (inside it, away from its label), as [lng, lat]. */
export const SAMPLES: Record<SampleRegion, [number, number]> = SAMPLE_POINTS;

export const SAMPLE_REGIONS = Object.keys(SAMPLES) as SampleRegion[];

/** The light palette: the benchmark's browser asks for a light colour scheme. */
export const PALETTE: Palette = PALETTES.light;

/** The unit of a claim region that its sample point lies in (Crimea's is the republic). */
function sampledUnit(region: SampleRegion): IsoCode {
  return region === 'crimea' ? 'UA-43' : region;
}

/** The views the app builds from a claims export (`dist/data/claims.json`). */
export function viewsOf(dataset: { claims: unknown[] }): View[] {
  if (!Array.isArray(dataset?.claims)) {
    throw new Error('The claims export has no "claims" array; rebuild the app (npm run build).');
  }
  return buildViews(dataset.claims as ViewClaim[]);
}

/** Fill colour of every unit in a view, as the map draws it (hex). */
export function unitColours(view: View): Record<IsoCode, string> {
  const states = unitStates(view);
  const out: Partial<Record<IsoCode, string>> = {};
  for (const region of CLAIM_REGIONS) {
    for (const code of region.members) out[code] = unitFill(states[code], PALETTE);
  }
  return out as Record<IsoCode, string>;
}

/** The colour a reader should see at each claim region's sample point in a view. */
export function expectedColours(view: View): Record<SampleRegion, Rgb> {
  const colours = unitColours(view);
  return Object.fromEntries(
    SAMPLE_REGIONS.map((region) => [region, hexToRgb(colours[sampledUnit(region)])]),
  ) as Record<SampleRegion, Rgb>;
}

export function findView(views: View[], id: string): View {
  const view = views.find((v) => v.id === id);
  if (!view) {
    throw new Error(`No view "${id}" among ${views.map((v) => v.id).join(', ')}.`);
  }
  return view;
}

/** The view a page opens on: "latest figure per region". */
export function defaultView(views: View[]): View {
  return findView(views, LATEST_VIEW);
}

/** One side of the toggle: a view and the colour its probe region should show. */
export interface ToggleSide {
  viewId: string;
  colour: Rgb;
}

/** Two views to switch between and the region whose pixel tells them apart. */
export interface TogglePlan {
  region: SampleRegion;
  unit: IsoCode;
  lngLat: [number, number];
  a: ToggleSide;
  b: ToggleSide;
}

/**
 * The default view and, among the others, the one whose colour differs most from it at one
 * claim region: that region's sample point is the probe. Throws when no view differs by more
 * than `minDistance` per channel anywhere (the test could not tell a switch happened).
 */
export function togglePlan(views: View[], minDistance = 24): TogglePlan {
  const a = defaultView(views);
  const colourA = expectedColours(a);
  let best: { view: View; region: SampleRegion; distance: number } | null = null;
  for (const view of views) {
    if (view.id === a.id) continue;
    const colours = expectedColours(view);
    for (const region of SAMPLE_REGIONS) {
      const distance = colourDistance(colours[region], colourA[region]);
      if (!best || distance > best.distance) best = { view, region, distance };
    }
  }
  if (!best || best.distance < minDistance) {
    throw new Error(
      `No view differs from "${a.id}" by ${minDistance} or more per channel at any claim ` +
        'region, so a switch could not be seen in pixels. Add a source with different figures.',
    );
  }
  return {
    region: best.region,
    unit: sampledUnit(best.region),
    lngLat: SAMPLES[best.region],
    a: { viewId: a.id, colour: colourA[best.region] },
    b: { viewId: best.view.id, colour: expectedColours(best.view)[best.region] },
  };
}

/** What the baseline page draws: sea, land, and each claim unit in its share colour. */
export interface BaselineColours {
  sea: string;
  land: string;
  /** Fill per ISO code of the claim regions' units. */
  units: Record<string, string>;
}

export function baselineColours(view: View): BaselineColours {
  return { sea: PALETTE.sea, land: PALETTE.land, units: unitColours(view) };
}
