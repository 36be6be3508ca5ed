/**
 * The compare mode's swipe divider, as pure arithmetic: where the divider stands, how the two
 * map layers are clipped to either side of it, and how its keys move it. The divider is a
 * slider (`role="slider"`, 0–100 %); the component that draws it lives with the map.
 *
 * Pure: no DOM.
 */
import { m } from '../i18n/lang.ts';
import { percentText } from '../i18n/format.ts';

/** One arrow-key step, as a share of the width. */
export const DIVIDER_STEP = 0.02;
/** One PageUp/PageDown step. */
export const DIVIDER_PAGE = 0.1;

/** A position kept within 0–1 and to three decimals, so repeated steps never drift. */
export function clampPosition(position: number): number {
  if (!Number.isFinite(position)) return 0.5;
  return Math.round(Math.min(1, Math.max(0, position)) * 1000) / 1000;
}

export interface SwipeClip {
  /** The divider's offset from the container's left edge, in whole CSS pixels. */
  x: number;
  /** `clip-path` for the left map: everything left of the divider. */
  left: string;
  /** `clip-path` for the right map: everything right of the divider. */
  right: string;
}

/**
 * The divider's pixel offset and the two layers' `clip-path`s for a container `width` pixels
 * wide and a divider at `position` (0 = left edge, 1 = right edge). The two clips meet exactly
 * at the divider, so no pixel belongs to both maps or to neither.
 */
export function swipeClip(width: number, position: number): SwipeClip {
  const w = Number.isFinite(width) && width > 0 ? Math.round(width) : 0;
  const x = Math.round(w * clampPosition(position));
  return { x, left: `inset(0 ${w - x}px 0 0)`, right: `inset(0 0 0 ${x}px)` };
}

/**
 * The divider's new position after a key, or null for a key it does not handle (let it
 * through): arrows step 2 %, PageUp/PageDown 10 %, Home and End go to the edges.
 */
export function dividerKey(position: number, key: string): number | null {
  const p = clampPosition(position);
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return clampPosition(p - DIVIDER_STEP);
    case 'ArrowRight':
    case 'ArrowUp':
      return clampPosition(p + DIVIDER_STEP);
    case 'PageDown':
      return clampPosition(p - DIVIDER_PAGE);
    case 'PageUp':
      return clampPosition(p + DIVIDER_PAGE);
    case 'Home':
      return 0;
    case 'End':
      return 1;
    default:
      return null;
  }
}

/** The position under a pointer at `clientX`, for a container starting at `left`. */
export function pointerPosition(clientX: number, left: number, width: number): number {
  if (!(width > 0)) return 0.5;
  return clampPosition((clientX - left) / width);
}

/** The divider's ARIA value: a whole percentage and what each side shows. */
export function dividerAria(
  position: number,
  leftLabel: string,
  rightLabel: string,
): { valuenow: number; valuetext: string } {
  const valuenow = Math.round(clampPosition(position) * 100);
  return {
    valuenow,
    valuetext: m.compare_divider_value({
      share: percentText(valuenow),
      left: leftLabel,
      right: rightLabel,
    }),
  };
}
