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
