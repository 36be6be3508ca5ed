import { describe, expect, it } from 'vitest';
import {
  dayDate,
  dodge,
  DODGE,
  markY,
  shareScale,
  TIMELINE_HEIGHT,
  TIMELINE_MARGIN,
  timeDomain,
  timelineWidth,
  timeScale,
  timeTicks,
} from './timeline-layout.ts';

const DAY = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('timelineWidth', () => {
  it.each([
    [0, 320],
    [100, 240],
    [240, 240],
    [600, 600],
  ])('measured %d px → %d px', (measured, width) => {
    expect(timelineWidth(measured)).toBe(width);
  });
});

describe('timeDomain', () => {
  it('spans the days, padded by 4 % at each end', () => {
    const [from, to] = timeDomain(['2025-01-01', '2022-01-01', '2024-06-30'], null);
    const span = dayDate('2025-01-01').getTime() - dayDate('2022-01-01').getTime();
    expect(dayDate('2022-01-01').getTime() - from.getTime()).toBe(span * 0.04);
    expect(to.getTime() - dayDate('2025-01-01').getTime()).toBe(span * 0.04);
  });

  it('pads a single day by a month either side', () => {
    const [from, to] = timeDomain(['2025-03-10'], null);
    expect(iso(from)).toBe('2025-02-08');
    expect(iso(to)).toBe('2025-04-09');
  });

  it("takes the given range over the days' own span", () => {
    const [from, to] = timeDomain(['2025-03-10'], { from: '2022-06-02', to: '2026-03-10' });
    const span = dayDate('2026-03-10').getTime() - dayDate('2022-06-02').getTime();
    expect(from.getTime()).toBe(dayDate('2022-06-02').getTime() - span * 0.04);
    expect(to.getTime()).toBe(dayDate('2026-03-10').getTime() + span * 0.04);
  });

  it('falls back to 1 Jan 2022 when there is nothing to chart', () => {
    const [from, to] = timeDomain([], null);
    expect(from.getTime()).toBe(dayDate('2022-01-01').getTime() - 30 * DAY);
    expect(to.getTime()).toBe(dayDate('2022-01-01').getTime() + 30 * DAY);
  });
});

describe('scales', () => {
  it('puts the time axis between the side margins', () => {
    const domain = [dayDate('2025-01-01'), dayDate('2026-01-01')] as const;
    const x = timeScale(domain, 500);
    expect(x(domain[0])).toBe(TIMELINE_MARGIN.left);
    expect(x(domain[1])).toBe(500 - TIMELINE_MARGIN.right);
  });

  it('puts 0 % on the bottom margin and 100 % on the top one', () => {
    const y = shareScale();
    expect(y(0)).toBe(TIMELINE_HEIGHT - TIMELINE_MARGIN.bottom);
    expect(y(100)).toBe(TIMELINE_MARGIN.top);
  });
});

describe('timeTicks', () => {
  it('labels January by its year and other months by the given words', () => {
    const x = timeScale([dayDate('2024-01-01'), dayDate('2026-01-01')] as const, 540);
    const ticks = timeTicks(x, 540, (month) => `m${month}`);
    expect(ticks.map((tick) => tick.label)).toEqual([
      '2024',
      'm2024-04',
      'm2024-07',
      'm2024-10',
      '2025',
      'm2025-04',
      'm2025-07',
      'm2025-10',
      '2026',
    ]);
    expect(ticks[0]!.x).toBe(TIMELINE_MARGIN.left);
    expect(ticks.at(-1)!.x).toBe(540 - TIMELINE_MARGIN.right);
  });

  it('asks for about one tick per 90 px', () => {
    const x = timeScale([dayDate('2024-01-01'), dayDate('2026-01-01')] as const, 360);
    expect(timeTicks(x, 360, String).map((tick) => tick.label)).toEqual(['2024', '2025', '2026']);
  });

  it('asks for two ticks at least on a narrow chart', () => {
    const x = timeScale([dayDate('2022-01-01'), dayDate('2026-01-01')] as const, 100);
    expect(timeTicks(x, 100, String).length).toBeGreaterThanOrEqual(2);
  });
});

describe('dodge', () => {
  it.each([
    ['leaves marks far enough apart where they are', [10, 30, 50], [10, 30, 50]],
    ['spreads two marks on one spot around it', [100, 100], [100 - DODGE / 2, 100 + DODGE / 2]],
    ['spreads three around their centre', [100, 102, 104], [102 - DODGE, 102, 102 + DODGE]],
    [
      'measures a run from its first mark',
      [0, 5, 10, 40],
      [2.5 - DODGE / 2, 2.5 + DODGE / 2, 10, 40],
    ],
    ['keeps nothing as nothing', [], []],
  ])('%s', (_, positions, expected) => {
    const out = dodge(positions);
    expect(out).toHaveLength(expected.length);
    out.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 9));
  });

  it('leaves its input as it was', () => {
    const positions = [1, 1];
    dodge(positions);
    expect(positions).toEqual([1, 1]);
  });
});

describe('markY', () => {
  const y = shareScale();
  it("stands a mark at its interval's middle", () => {
    expect(markY(y, 70, 90)).toBe(y(80));
  });
  it('stands a mark without a share on 0 %', () => {
    expect(markY(y, null, null)).toBe(y(0));
  });
});
