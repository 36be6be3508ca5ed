import { describe, expect, it } from 'vitest';
import { clampPosition, dividerAria, dividerKey, pointerPosition, swipeClip } from './swipe.ts';

describe('swipeClip', () => {
  it.each([
    [1000, 0.5, 500, 'inset(0 500px 0 0)', 'inset(0 0 0 500px)'],
    [1000, 0, 0, 'inset(0 1000px 0 0)', 'inset(0 0 0 0px)'],
    [1000, 1, 1000, 'inset(0 0px 0 0)', 'inset(0 0 0 1000px)'],
    [360, 0.333, 120, 'inset(0 240px 0 0)', 'inset(0 0 0 120px)'],
    [1000, 1.4, 1000, 'inset(0 0px 0 0)', 'inset(0 0 0 1000px)'],
    [1000, -0.2, 0, 'inset(0 1000px 0 0)', 'inset(0 0 0 0px)'],
    [1000, Number.NaN, 500, 'inset(0 500px 0 0)', 'inset(0 0 0 500px)'],
    [0, 0.5, 0, 'inset(0 0px 0 0)', 'inset(0 0 0 0px)'],
    [-10, 0.5, 0, 'inset(0 0px 0 0)', 'inset(0 0 0 0px)'],
    [999.6, 0.5, 500, 'inset(0 500px 0 0)', 'inset(0 0 0 500px)'],
  ])('width %d at %d: divider at %dpx', (width, position, x, left, right) => {
    expect(swipeClip(width, position)).toEqual({ x, left, right });
  });

  it('splits every width without a gap or an overlap', () => {
    for (const width of [320, 360, 768, 1280]) {
      for (let p = 0; p <= 1; p += 0.01) {
        const { x, left, right } = swipeClip(width, p);
        const leftKept = width - Number(/(\d+)px 0 0\)$/.exec(left)?.[1]);
        const rightStart = Number(/(\d+)px\)$/.exec(right)?.[1]);
        expect(leftKept).toBe(x);
        expect(rightStart).toBe(x);
      }
    }
  });
});

describe('dividerKey', () => {
  it.each([
    [0.5, 'ArrowLeft', 0.48],
    [0.5, 'ArrowDown', 0.48],
    [0.5, 'ArrowRight', 0.52],
    [0.5, 'ArrowUp', 0.52],
    [0.5, 'PageUp', 0.6],
    [0.5, 'PageDown', 0.4],
    [0.5, 'Home', 0],
    [0.5, 'End', 1],
    [0.01, 'ArrowLeft', 0],
    [0.99, 'ArrowRight', 1],
    [0.05, 'PageDown', 0],
    [0.5, 'Enter', null],
    [0.5, 'a', null],
    [0.5, 'Tab', null],
  ])('%d, %s → %o', (position, key, expected) => {
    expect(dividerKey(position, key)).toBe(expected);
  });

  it('does not drift over many steps', () => {
    let p = 0.5;
    for (let i = 0; i < 10; i++) p = dividerKey(p, 'ArrowRight') as number;
    expect(p).toBe(0.7);
    for (let i = 0; i < 10; i++) p = dividerKey(p, 'ArrowLeft') as number;
    expect(p).toBe(0.5);
  });
});

describe('pointer and ARIA', () => {
  it.each([
    [150, 100, 200, 0.25],
    [50, 100, 200, 0],
    [400, 100, 200, 1],
    [150, 100, 0, 0.5],
  ])('pointer at %d in a box from %d, %d wide: %d', (clientX, left, width, expected) => {
    expect(pointerPosition(clientX, left, width)).toBe(expected);
  });

  it('clamps and rounds positions', () => {
    expect(clampPosition(0.12345)).toBe(0.123);
    expect(clampPosition(Infinity)).toBe(0.5);
  });

  it('says where the divider is and what each side shows', () => {
    expect(dividerAria(0.42, 'Latest figure per region', 'Reuters, 9 Nov 2025')).toEqual({
      valuenow: 42,
      valuetext: '42%: Latest figure per region on the left, Reuters, 9 Nov 2025 on the right',
    });
  });
});
