import { describe, expect, it } from 'vitest';
import { placeCallouts, placeLabels, type LabelInput } from './labels.ts';

function box(input: LabelInput[], id: string, placed = placeLabels(input)) {
  const label = input.find((l) => l.id === id)!;
  const at = placed.find((p) => p.id === id)!;
  return {
    left: at.left,
    top: at.top,
    right: at.left + label.width,
    bottom: at.top + label.height,
  };
}

function anyOverlap(input: LabelInput[], placed = placeLabels(input)): boolean {
  for (const a of input)
    for (const b of input) {
      if (a.id >= b.id) continue;
      const ba = box(input, a.id, placed);
      const bb = box(input, b.id, placed);
      if (ba.left < bb.right && bb.left < ba.right && ba.top < bb.bottom && bb.top < ba.bottom)
        return true;
    }
  return false;
}

describe('placeLabels', () => {
  it('centres labels on their anchors when they do not collide', () => {
    const input = [
      { id: 'a', x: 100, y: 100, width: 60, height: 30 },
      { id: 'b', x: 300, y: 100, width: 60, height: 30 },
    ];
    expect(placeLabels(input)).toEqual([
      { id: 'a', left: 70, top: 85 },
      { id: 'b', left: 270, top: 85 },
    ]);
  });

  it('moves the lower of two colliding labels below the upper one', () => {
    const input = [
      { id: 'luhansk', x: 200, y: 90, width: 70, height: 30 },
      { id: 'donetsk', x: 180, y: 110, width: 70, height: 30 },
    ];
    const placed = placeLabels(input);
    expect(anyOverlap(input, placed)).toBe(false);
    expect(box(input, 'luhansk', placed).top).toBe(75);
    expect(box(input, 'donetsk', placed).top).toBeGreaterThanOrEqual(75 + 30);
  });

  it('clears a crowded cluster of five labels, keeping input order in its output', () => {
    const input = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({
      id,
      x: 100 + i * 10,
      y: 100 + i * 5,
      width: 60,
      height: 28,
    }));
    const placed = placeLabels(input);
    expect(placed.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(anyOverlap(input, placed)).toBe(false);
  });

  it('keeps labels inside the horizontal bounds', () => {
    const input = [{ id: 'edge', x: 5, y: 50, width: 60, height: 20 }];
    expect(placeLabels(input, { width: 300, height: 200 })[0]!.left).toBe(0);
    const right = [{ id: 'edge', x: 298, y: 50, width: 60, height: 20 }];
    expect(placeLabels(right, { width: 300, height: 200 })[0]!.left).toBe(240);
  });

  it('moves labels pushed past the bottom back inside, with the labels above them', () => {
    const input = [
      { id: 'upper', x: 100, y: 195, width: 60, height: 30 },
      { id: 'lower', x: 110, y: 205, width: 60, height: 30 },
      { id: 'aside', x: 250, y: 50, width: 60, height: 30 },
    ];
    const placed = placeLabels(input, { width: 300, height: 220 });
    expect(anyOverlap(input, placed)).toBe(false);
    for (const label of input) expect(box(input, label.id, placed).bottom).toBeLessThanOrEqual(220);
    expect(box(input, 'lower', placed).bottom).toBe(220);
    expect(box(input, 'aside', placed).top).toBe(35);
  });
});

describe('placeCallouts', () => {
  // The five anchors as a 360 px phone map has them (east and south of a 344 × 327 map).
  const phone = [
    { id: 'UA-09', x: 318, y: 150, width: 62, height: 28 },
    { id: 'UA-14', x: 288, y: 176, width: 62, height: 28 },
    { id: 'UA-23', x: 250, y: 196, width: 72, height: 28 },
    { id: 'UA-65', x: 208, y: 210, width: 68, height: 28 },
    { id: 'crimea', x: 224, y: 250, width: 50, height: 28 },
  ];
  const bounds = { width: 344, height: 327 };

  it('keeps every box clear of every anchor, of each other and inside the map', () => {
    const placed = placeCallouts(phone, bounds, 10);
    for (const at of placed) {
      const label = phone.find((l) => l.id === at.id)!;
      expect(at.left).toBeGreaterThanOrEqual(0);
      expect(at.top).toBeGreaterThanOrEqual(0);
      expect(at.left + label.width).toBeLessThanOrEqual(bounds.width);
      expect(at.top + label.height).toBeLessThanOrEqual(bounds.height);
      for (const anchor of phone) {
        const near =
          Math.hypot(
            Math.max(at.left - anchor.x, 0, anchor.x - at.left - label.width),
            Math.max(at.top - anchor.y, 0, anchor.y - at.top - label.height),
          ) < 10;
        expect(near, `${at.id} covers ${anchor.id}`).toBe(false);
      }
    }
    expect(anyOverlap(phone, placed)).toBe(false);
  });

  it('ends each leader line on its box, at the point nearest the anchor', () => {
    for (const at of placeCallouts(phone, bounds)) {
      const label = phone.find((l) => l.id === at.id)!;
      expect(at.lineX).toBeGreaterThanOrEqual(at.left);
      expect(at.lineX).toBeLessThanOrEqual(at.left + label.width);
      expect(at.lineY).toBeGreaterThanOrEqual(at.top);
      expect(at.lineY).toBeLessThanOrEqual(at.top + label.height);
    }
  });

  it('is deterministic', () => {
    expect(placeCallouts(phone, bounds)).toEqual(
      placeCallouts([...phone].reverse(), bounds).reverse(),
    );
  });
});
