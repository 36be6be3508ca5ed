/**
 * Places the five region labels over the map without overlaps. Each label is centred on its
 * anchor; where two would overlap, the lower one moves down until they clear, and labels that
 * would then leave the map at the bottom move up, with those above them. Pure and deterministic: the same input gives the same layout in the
 * WebGL and the SVG map.
 */

export interface LabelInput {
  id: string;
  /** Anchor in screen pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  /** Top-left corner of the label box in screen pixels. */
  left: number;
  top: number;
}

const GAP = 3;

function overlaps(a: PlacedLabel & LabelInput, b: PlacedLabel & LabelInput): boolean {
  return (
    a.left < b.left + b.width + GAP &&
    b.left < a.left + a.width + GAP &&
    a.top < b.top + b.height + GAP &&
    b.top < a.top + a.height + GAP
  );
}

export function placeLabels(
  labels: LabelInput[],
  bounds?: { width: number; height: number },
): PlacedLabel[] {
  const boxes = labels
    .map((label) => ({
      ...label,
      left: label.x - label.width / 2,
      top: label.y - label.height / 2,
    }))
    .sort((a, b) => a.y - b.y || a.x - b.x);
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i]!;
    if (bounds) box.left = Math.max(0, Math.min(bounds.width - box.width, box.left));
    // Move this box below every earlier box it touches (they are above it, or level).
    for (let pass = 0; pass < boxes.length; pass++) {
      const blocker = boxes.slice(0, i).find((other) => overlaps(other, box));
      if (!blocker) break;
      box.top = blocker.top + blocker.height + GAP;
    }
  }
  // Pushed past the bottom: move up from the bottom, carrying the labels above along.
  if (bounds) {
    const byTop = [...boxes].sort((a, b) => b.top - a.top);
    for (let i = 0; i < byTop.length; i++) {
      const box = byTop[i]!;
      let maxBottom = bounds.height;
      for (const below of byTop.slice(0, i)) {
        const sideBySide =
          box.left >= below.left + below.width + GAP || below.left >= box.left + box.width + GAP;
        if (!sideBySide) maxBottom = Math.min(maxBottom, below.top - GAP);
      }
      if (box.top + box.height > maxBottom) box.top = Math.max(0, maxBottom - box.height);
    }
  }
  const byId = new Map(boxes.map((box) => [box.id, { id: box.id, left: box.left, top: box.top }]));
  return labels.map((label) => byId.get(label.id)!);
}

/** A label placed as a callout: its box, and the leader line from its box to its anchor. */
export interface PlacedCallout extends PlacedLabel {
  /** Where the leader line meets the box (the box's point nearest the anchor). */
  lineX: number;
  lineY: number;
}

/** Distance from a point to a box (0 inside it). */
function pointToBox(px: number, py: number, left: number, top: number, w: number, h: number) {
  const dx = Math.max(left - px, 0, px - (left + w));
  const dy = Math.max(top - py, 0, py - (top + h));
  return Math.hypot(dx, dy);
}

/**
 * Places the labels as callouts, for small maps (phones) where a label centred on its anchor
 * covers the region it describes: each box goes to the nearest free spot around its anchor
 * (into a neighbouring area or the sea) that keeps `clear` pixels from every anchor, clears the
 * boxes already placed and stays inside the map; a leader line then joins box and anchor.
 * Labels are placed from the most crowded anchor out. A label with no free spot within reach
 * falls back to `placeLabels`' place. Pure and deterministic.
 */
export function placeCallouts(
  labels: LabelInput[],
  bounds: { width: number; height: number },
  clear = 10,
): PlacedCallout[] {
  const anchors = labels.map((label) => ({ x: label.x, y: label.y }));
  let fallback: Map<string, PlacedLabel> | null = null;
  const crowding = (label: LabelInput) =>
    anchors.reduce((sum, a) => sum + 1 / (1 + Math.hypot(a.x - label.x, a.y - label.y)), 0);
  const order = [...labels].sort((a, b) => crowding(b) - crowding(a) || a.id.localeCompare(b.id));
  const placed: (PlacedLabel & LabelInput)[] = [];
  const out = new Map<string, PlacedCallout>();
  for (const label of order) {
    let best: { left: number; top: number; cost: number } | null = null;
    const start = Math.max(label.width, label.height) / 2;
    for (let radius = start; radius <= start + 160 && !best; radius += 6) {
      for (let step = 0; step < 24; step++) {
        const angle = (step / 24) * 2 * Math.PI;
        const left = label.x + radius * Math.cos(angle) - label.width / 2;
        const top = label.y + radius * Math.sin(angle) - label.height / 2;
        if (left < 2 || top < 2) continue;
        if (left + label.width > bounds.width - 2 || top + label.height > bounds.height - 2)
          continue;
        if (anchors.some((a) => pointToBox(a.x, a.y, left, top, label.width, label.height) < clear))
          continue;
        const box = {
          id: label.id,
          x: label.x,
          y: label.y,
          width: label.width,
          height: label.height,
          left,
          top,
        };
        if (placed.some((other) => overlaps(other, box))) continue;
        // Prefer short leader lines, then lines that do not cross another anchor's spot.
        const cost = radius + (Math.abs(Math.sin(angle)) < 0.2 ? 0 : 1);
        if (!best || cost < best.cost) best = { left, top, cost };
      }
    }
    fallback ??= best ? null : new Map(placeLabels(labels, bounds).map((p) => [p.id, p]));
    const at = best ?? fallback!.get(label.id)!;
    placed.push({ ...label, left: at.left, top: at.top });
    const lineX = Math.max(at.left, Math.min(label.x, at.left + label.width));
    const lineY = Math.max(at.top, Math.min(label.y, at.top + label.height));
    out.set(label.id, { id: label.id, left: at.left, top: at.top, lineX, lineY });
  }
  return labels.map((label) => out.get(label.id)!);
}
