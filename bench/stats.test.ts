import { describe, expect, it } from 'vitest';
import { median, quantile, ratio, summarize, totalBlockingTime } from './stats.ts';

describe('quantile', () => {
  it.each([
    { values: [5], q: 0.5, want: 5 },
    { values: [1, 2, 3, 4], q: 0.5, want: 2.5 },
    { values: [4, 1, 3, 2], q: 0.5, want: 2.5 },
    { values: [1, 2, 3, 4, 5], q: 0.25, want: 2 },
    { values: [1, 2, 3, 4], q: 0.25, want: 1.75 },
    { values: [1, 2, 3, 4], q: 0, want: 1 },
    { values: [1, 2, 3, 4], q: 1, want: 4 },
    { values: [10, 20], q: 0.95, want: 19.5 },
  ])('$q-quantile of $values is $want', ({ values, q, want }) => {
    expect(quantile(values, q)).toBeCloseTo(want, 10);
  });

  it('ignores null, undefined, NaN and infinities', () => {
    expect(quantile([3, null, undefined, Number.NaN, Infinity, 1], 0.5)).toBe(2);
  });

  it('is NaN with no numbers', () => {
    expect(quantile([], 0.5)).toBeNaN();
    expect(quantile([null], 0.5)).toBeNaN();
  });

  it.each([-0.1, 1.1, Number.NaN])('rejects q = %s with a message saying the range', (q) => {
    expect(() => quantile([1], q)).toThrow(`quantile: q must be between 0 and 1 (got ${q}).`);
  });
});

describe('median', () => {
  it.each([
    { values: [3, 1, 2], want: 2 },
    { values: [3, 1, 2, 10], want: 2.5 },
    { values: [7], want: 7 },
  ])('of $values is $want', ({ values, want }) => {
    expect(median(values)).toBe(want);
  });
});

describe('summarize', () => {
  it('gives median, range and quartiles', () => {
    expect(summarize([9, 1, 5, 3, 7])).toEqual({ n: 5, median: 5, min: 1, max: 9, p25: 3, p75: 7 });
  });

  it('counts only the runs that produced a number', () => {
    expect(summarize([null, 4, undefined, 2])).toEqual({
      n: 2,
      median: 3,
      min: 2,
      max: 4,
      p25: 2.5,
      p75: 3.5,
    });
  });

  it('is null when no run produced a number', () => {
    expect(summarize([])).toBeNull();
    expect(summarize([null, Number.NaN])).toBeNull();
  });
});

describe('totalBlockingTime', () => {
  it.each([
    { name: 'no tasks', tasks: [], want: 0 },
    { name: 'a 50 ms task blocks nothing', tasks: [{ start: 100, duration: 50 }], want: 0 },
    { name: 'a 120 ms task blocks 70', tasks: [{ start: 100, duration: 120 }], want: 70 },
    {
      name: 'tasks add up',
      tasks: [
        { start: 100, duration: 120 },
        { start: 300, duration: 60 },
      ],
      want: 80,
    },
    { name: 'a task before the window is ignored', tasks: [{ start: 0, duration: 90 }], want: 0 },
    {
      name: 'a task straddling the start counts its part after it',
      tasks: [{ start: 50, duration: 150 }],
      want: 50,
    },
    {
      name: 'a task straddling the end counts its part before it',
      tasks: [{ start: 900, duration: 300 }],
      want: 50,
    },
    {
      name: 'a task after the window is ignored',
      tasks: [{ start: 1000, duration: 400 }],
      want: 0,
    },
  ])('$name', ({ tasks, want }) => {
    expect(totalBlockingTime(tasks, 100, 1000)).toBe(want);
  });
});

describe('ratio', () => {
  it.each([
    { a: 50, b: 100, want: 0.5 },
    { a: 0, b: 100, want: 0 },
  ])('$a / $b = $want', ({ a, b, want }) => {
    expect(ratio(a, b)).toBe(want);
  });

  it.each([
    { a: 1, b: 0 },
    { a: null, b: 1 },
    { a: 1, b: undefined },
    { a: Number.NaN, b: 1 },
  ])('$a / $b is NaN', ({ a, b }) => {
    expect(ratio(a, b)).toBeNaN();
  });
});
