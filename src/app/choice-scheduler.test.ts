import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChoiceScheduler, RUN_PAUSE_MS, type Clock } from './choice-scheduler.ts';

/** A frame every 16 ms, on the fake timers. */
const FRAME_MS = 16;

function fakeClock(): Clock & { timersSet: number } {
  const clock = {
    timersSet: 0,
    now: () => Date.now(),
    setTimeout: (run: () => void, ms: number) => {
      clock.timersSet++;
      return setTimeout(run, ms);
    },
    clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    afterNextPaint: (run: () => void) => {
      const timer = setTimeout(run, FRAME_MS);
      return () => clearTimeout(timer);
    },
  };
  return clock;
}

/** A page: what the map shows and what the app's state is, step by step. */
function page() {
  const log: string[] = [];
  const waiting: boolean[] = [];
  const clock = fakeClock();
  const scheduler = new ChoiceScheduler(clock, (w) => waiting.push(w));
  const choose = (id: string, direct = true) =>
    scheduler.choose({
      show: direct ? () => log.push(`show ${id}`) : null,
      apply: () => log.push(`apply ${id}`),
    });
  return { log, waiting, clock, scheduler, choose };
}

describe('ChoiceScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-06T00:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('shows a single choice at once and applies it after the next frame', () => {
    const { log, waiting, scheduler, choose } = page();
    choose('a');
    expect(log).toEqual(['show a']);
    expect(scheduler.waiting).toBe(true);
    vi.advanceTimersByTime(FRAME_MS - 1);
    expect(log).toEqual(['show a']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show a', 'apply a']);
    expect(scheduler.waiting).toBe(false);
    expect(waiting).toEqual([true, false]);
  });

  it('shows every step of a run and applies only the last, once the run pauses', () => {
    const { log, clock, scheduler, choose } = page();
    choose('a');
    for (const id of ['b', 'c', 'd']) {
      vi.advanceTimersByTime(20);
      choose(id);
    }
    // The first step's frame came before the second choice: it was applied then.
    expect(log).toEqual(['show a', 'apply a', 'show b', 'show c', 'show d']);
    vi.advanceTimersByTime(RUN_PAUSE_MS - 1);
    expect(log.at(-1)).toBe('show d');
    expect(scheduler.waiting).toBe(true);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['show a', 'apply a', 'show b', 'show c', 'show d', 'apply d']);
    expect(scheduler.waiting).toBe(false);
    // One pause timer for the run, set again only when it fired early (twice here: at 150 ms
    // after b, with d's 150 ms still to run).
    expect(clock.timersSet).toBeLessThanOrEqual(2);
    vi.advanceTimersByTime(1000);
    expect(log.filter((entry) => entry.startsWith('apply'))).toEqual(['apply a', 'apply d']);
  });

  it('drops a step overtaken before its frame', () => {
    const { log, choose } = page();
    choose('a');
    vi.advanceTimersByTime(5);
    choose('b');
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['show a', 'show b', 'apply b']);
  });

  it('applies the pending choice at once when the reader acts elsewhere (settle)', () => {
    const { log, scheduler, choose } = page();
    choose('a');
    vi.advanceTimersByTime(40);
    choose('b');
    scheduler.settle(true);
    expect(log).toEqual(['show a', 'apply a', 'show b', 'apply b']);
    vi.advanceTimersByTime(1000);
    expect(log).toHaveLength(4);
  });

  it('drops the pending choice when told to', () => {
    const { log, scheduler, choose } = page();
    choose('a');
    scheduler.settle(false);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['show a']);
  });

  it('applies a choice the map cannot show by itself at once, dropping one still waiting', () => {
    const { log, scheduler, choose } = page();
    choose('a');
    choose('spread', false);
    expect(log).toEqual(['show a', 'apply spread']);
    expect(scheduler.waiting).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['show a', 'apply spread']);
  });

  it('leaves no timer behind once disposed', () => {
    const { log, scheduler, choose } = page();
    choose('a');
    vi.advanceTimersByTime(20);
    choose('b');
    scheduler.dispose();
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['show a', 'apply a', 'show b']);
    expect(vi.getTimerCount()).toBe(0);
  });
});
