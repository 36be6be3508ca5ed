/**
 * How the map is framed: on Ukraine at any viewport size, with zoom and pan limits that keep
 * Ukraine in reach. Shared by the WebGL and the SVG map.
 */
import {
  CLAIM_REGIONS,
  claimRegionOf,
  ISO_CODES,
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

/**
 * Where each label stands: the five claim regions' inside them, away from the others; and those
 * of the units outside them that a map can touch (the front's "small areas elsewhere": the
 * mapped view labels them where its share is large enough to read, see `mappedLabels`).
 */
export const LABEL_ANCHORS = {
  'UA-09': [39.35, 48.95],
  'UA-14': [37.75, 47.95],
  'UA-23': [35.65, 47.2],
  'UA-65': [33.35, 46.7],
  crimea: [34.25, 45.25],
  'UA-63': [36.45, 49.6],
  'UA-59': [34.0, 51.05],
  'UA-12': [34.55, 48.35],
  'UA-48': [31.85, 47.4],
  'UA-74': [32.3, 51.45],
  'UA-32': [30.4, 50.35],
} as const satisfies Partial<Record<LabelId, readonly [number, number]>>;

/** A labelled place: its id, the units it covers, the unit a click selects, its anchor. */
export interface LabelPlace {
  id: LabelId;
  members: readonly IsoCode[];
  target: IsoCode;
  anchor: [number, number];
}

/**
 * The places a set of labels puts on the map: the five claim regions always, then each unit
 * outside them that `labels` has a label for and `LABEL_ANCHORS` an anchor for.
 */
export function labelPlaces(labels: Partial<Record<LabelId, unknown>>): LabelPlace[] {
  const places: LabelPlace[] = CLAIM_REGIONS.map((region) => ({
    id: region.id,
    members: region.members,
    target: region.id === 'crimea' ? 'UA-43' : region.id,
    anchor: [...LABEL_ANCHORS[region.id]],
  }));
  for (const code of ISO_CODES) {
    if (claimRegionOf(code) || !labels[code] || !Object.hasOwn(LABEL_ANCHORS, code)) continue;
    const anchor = LABEL_ANCHORS[code as keyof typeof LABEL_ANCHORS];
    places.push({ id: code, members: [code], target: code, anchor: [...anchor] });
  }
  return places;
}
