/**
 * How the map is framed: on Ukraine at any viewport size, with zoom and pan limits that keep
 * Ukraine in reach. Shared by the WebGL and the SVG map.
 */

/** Ukraine's bounding box, [west, south, east, north] in degrees. */
export const UKRAINE_BOUNDS: [number, number, number, number] = [22.14, 44.38, 40.23, 52.38];

/** How far the reader may pan beyond Ukraine. */
export const MAX_BOUNDS: [number, number, number, number] = [12, 39, 51, 58];

/** Zoom levels the reader may go in past the fitted frame, and out from it. */
export const ZOOM_IN_LIMIT = 4;
export const ZOOM_OUT_LIMIT = 0.75;

/** Padding around Ukraine in the frame, in CSS pixels, scaled down on small screens. */
export function framePadding(width: number, height: number): number {
  return Math.round(Math.max(8, Math.min(32, Math.min(width, height) * 0.05)));
}

/** Where each claim region's label stands: inside the region, away from the others. */
export const LABEL_ANCHORS: Record<
  'UA-09' | 'UA-14' | 'UA-23' | 'UA-65' | 'crimea',
  [number, number]
> = {
  'UA-09': [39.35, 48.95],
  'UA-14': [37.75, 47.95],
  'UA-23': [35.65, 47.2],
  'UA-65': [33.35, 46.7],
  crimea: [34.25, 45.25],
};
