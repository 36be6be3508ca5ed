/**
 * How the map is framed: on Ukraine at any viewport size, with zoom and pan limits that keep
 * Ukraine in reach. Shared by the WebGL and the SVG map.
 */
import {
  CLAIM_REGIONS,
  claimRegionOf,
  REGIONS,
  type ClaimRegionId,
  type IsoCode,
} from '../geo/regions.ts';

/** Ukraine's bounding box, [west, south, east, north] in degrees. */
export const UKRAINE_BOUNDS: [number, number, number, number] = [22.14, 44.38, 40.23, 52.38];

/** How far the reader may pan beyond Ukraine. */
export const MAX_BOUNDS: [number, number, number, number] = [12, 39, 51, 58];

/** Zoom levels the reader may go in past the fitted frame, and out from it. */
export const ZOOM_IN_LIMIT = 4;
export const ZOOM_OUT_LIMIT = 0.75;

/** Padding on each side of Ukraine's box in the frame, in CSS pixels. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The reference frame: Ukraine fitted into a `width` × `height` map with `padding` around it.
 * A map of any other size shows this frame scaled to fit and centred, as an SVG `viewBox` with
 * `preserveAspectRatio="xMidYMid meet"` shows it. So a map drawn before its size is known (the
 * prerendered page) is already the map at every size, and the SVG and WebGL maps agree.
 */
export const REFERENCE_FRAME = { width: 800, height: 560, padding: 24 } as const;

const mercatorY = (latitude: number) =>
  Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));

/** Ukraine's box in the reference frame, in px. */
function referenceBox(): { width: number; height: number } {
  const [west, south, east, north] = UKRAINE_BOUNDS;
  const spanX = ((east - west) * Math.PI) / 180;
  const spanY = mercatorY(north) - mercatorY(south);
  const { width, height, padding } = REFERENCE_FRAME;
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  return { width: spanX * scale, height: spanY * scale };
}
const BOX = referenceBox();

/** How much the reference frame is scaled to fit a `width` × `height` map. */
export function frameScale(width: number, height: number): number {
  return Math.min(width / REFERENCE_FRAME.width, height / REFERENCE_FRAME.height);
}

/**
 * Padding around Ukraine in a `width` × `height` map: what puts Ukraine where the scaled
 * reference frame has it. `fitBounds(UKRAINE_BOUNDS, { padding })` in MapLibre and d3's
 * `fitExtent` inside it give the same frame.
 */
export function framePadding(width: number, height: number): Padding {
  const scale = frameScale(width, height);
  const x = (width - BOX.width * scale) / 2;
  const y = (height - BOX.height * scale) / 2;
  return { top: y, right: x, bottom: y, left: x };
}

/** Uniform padding of the downloadable images: 5% of the shorter side, 8 to 32 px. */
export function imagePadding(width: number, height: number): number {
  return Math.round(Math.max(8, Math.min(32, Math.min(width, height) * 0.05)));
}

/** What a map label is about: one of the five claim regions, or a unit outside them. */
export type LabelId = ClaimRegionId | IsoCode;

/** A labelled place: its id, the units it covers, the unit a click selects, its anchor. */
export interface LabelPlace {
  id: LabelId;
  members: readonly IsoCode[];
  target: IsoCode;
  anchor: [number, number];
}

/** Every id a label can have: the five claim regions, then the units with a label position. */
export const LABEL_IDS: readonly LabelId[] = [
  ...CLAIM_REGIONS.map((region) => region.id),
  ...REGIONS.filter((unit) => unit.labelAt && !claimRegionOf(unit.code)).map((unit) => unit.code),
];

/**
 * The places a set of labels puts on the map: the five claim regions always, then each unit
 * outside them that `labels` has a label for and the region table a label position for.
 * Positions come from the region table (`labelAt`).
 */
export function labelPlaces(labels: Partial<Record<LabelId, unknown>>): LabelPlace[] {
  const places: LabelPlace[] = CLAIM_REGIONS.map((region) => ({
    id: region.id,
    members: region.members,
    target: region.unit,
    anchor: region.labelAt,
  }));
  for (const unit of REGIONS) {
    if (!unit.labelAt || claimRegionOf(unit.code) || !labels[unit.code]) continue;
    places.push({ id: unit.code, members: [unit.code], target: unit.code, anchor: unit.labelAt });
  }
  return places;
}
