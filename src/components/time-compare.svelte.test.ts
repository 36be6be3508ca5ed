import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ExportedClaim } from '../claims/export.ts';
import { fixtureExport } from '../../tests/support/dataset.ts';
import { disagreementView } from '../views/disagreement.ts';
import { datedRange, monthSteps, stepIndex } from '../views/time.ts';
import { buildViews, type View } from '../views/views.ts';
import CategoryFilter from './CategoryFilter.svelte';
import ClaimsTimeline from './ClaimsTimeline.svelte';
import CompareBar from './CompareBar.svelte';
import DateControl from './DateControl.svelte';
import RangeBars from './RangeBars.svelte';

let claims: ExportedClaim[];
let views: View<ExportedClaim>[];

beforeAll(() => {
  // jsdom has no ResizeObserver; the chart measures its width with one (bind:clientWidth).
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  claims = fixtureExport().claims;
  views = buildViews(claims);
});

afterEach(() => cleanup());

/** Axe's violations in the rendered markup (colour contrast needs a real browser). */
async function violations(container: Element): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
}

const PUSHILIN = 'devdiscourse-2026-03-10/donetsk-control';
const GOVERNOR = 'menafn-ukrinform-2025-07-31/donetsk-control';

describe('ClaimsTimeline', () => {
  it('draws one mark per control claim about Donetsk, the selected one marked', async () => {
    const onselect = vi.fn();
    const { container } = render(ClaimsTimeline, {
      claims,
      region: 'UA-14',
      regionName: 'Donetsk',
      selected: PUSHILIN,
      range: datedRange(claims),
      date: '2025-12-31',
      onselect,
    });
    const expected = claims.filter(
      (c) => c.kind === 'control' && c.region === 'UA-14' && c.low !== null,
    );
    const chart = screen.getByRole('group', { name: 'Control claims about Donetsk over time' });
    const marks = within(chart).getAllByRole('button');
    expect(marks).toHaveLength(expected.length);
    expect(marks).toHaveLength(6);
    expect(marks.map((mark) => mark.getAttribute('data-claim')).sort()).toEqual(
      expected.map((c) => c.id).sort(),
    );
    // Every mark has a name with speaker, group, date and figure.
    const selected = within(chart).getByRole('button', {
      name: 'Denis Pushilin (Russian side), 10 Mar 2026: “approximately 83-85%”, read as 83–85% (after the chosen date)',
    });
    expect(selected.getAttribute('aria-current')).toBe('true');
    expect(selected.classList.contains('selected')).toBe(true);
    expect(marks.filter((mark) => mark.getAttribute('aria-current') === 'true')).toHaveLength(1);
    expect(
      within(chart).getByRole('button', {
        name: 'Vadym Filashkin (Ukrainian side), 24 Jul 2025: 67.2%',
      }),
    ).toBeTruthy();
    expect(
      within(chart).getByRole('button', { name: /^DeepState \(Mapping project\), c\. Jan 2026/ }),
    ).toBeTruthy();
    // Claims after the chosen date are faded and say so.
    expect(selected.classList.contains('later')).toBe(true);
    expect(selected.getAttribute('aria-label')).toMatch(/\(after the chosen date\)$/);
    expect(
      within(chart)
        .getByRole('button', { name: /^Vadym Filashkin/ })
        .classList.contains('later'),
    ).toBe(false);
    // A range is a bar, an exact figure only a symbol.
    expect(selected.querySelector('path.bar')).not.toBeNull();
    expect(chart.querySelector(`[data-claim="${GOVERNOR}"] path.bar`)).toBeNull();
    // The summary describes the chart.
    expect(document.getElementById(chart.getAttribute('aria-describedby')!)?.textContent).toBe(
      '6 claims, 20 Feb 2025 to 10 Mar 2026, from 67.2 % to 85 % Russian-held.',
    );
    // The key names the groups drawn.
    const key = screen.getByRole('list', { name: 'Who speaks' });
    expect(within(key).getByText('Russian side')).toBeTruthy();
    expect(within(key).getByText('Ukrainian side')).toBeTruthy();
    expect(within(key).queryByText('Analyst')).toBeNull();

    await fireEvent.click(marks.find((m) => m.getAttribute('data-claim') === GOVERNOR)!);
    expect(onselect).toHaveBeenCalledWith(GOVERNOR);
    expect(await violations(container)).toEqual([]);
  });

  it('is one tab stop; arrow keys move between marks and Enter selects', async () => {
    const onselect = vi.fn();
    render(ClaimsTimeline, {
      claims,
      region: 'UA-14',
      regionName: 'Donetsk',
      selected: PUSHILIN,
      onselect,
    });
    const marks = screen.getAllByTestId('timeline-mark');
    const tabbable = marks.filter((mark) => mark.getAttribute('tabindex') === '0');
    expect(tabbable.map((mark) => mark.getAttribute('data-claim'))).toEqual([PUSHILIN]);
    tabbable[0]!.focus();
    await fireEvent.keyDown(tabbable[0]!, { key: 'ArrowLeft' });
    // "c. Jan 2026" counts from 31 January, so it stands after the 2 January figure.
    expect(document.activeElement?.getAttribute('data-claim')).toBe(
      'deepstate-umoloda-2026-01/donetsk-control',
    );
    await fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement?.getAttribute('data-claim')).toBe(
      'windy-city-times-2025-02-20/donetsk-control',
    );
    await fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(onselect).toHaveBeenLastCalledWith('windy-city-times-2025-02-20/donetsk-control');
    expect(marks.filter((mark) => mark.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('draws images, not buttons, when nothing can be selected, and says when there is nothing', async () => {
    render(ClaimsTimeline, { claims, region: 'UA-65', regionName: 'Kherson' });
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getAllByRole('img', { name: /Kirill Stremousov/ })).toHaveLength(1);
    cleanup();
    render(ClaimsTimeline, { claims: [], region: 'UA-65', regionName: 'Kherson' });
    expect(
      screen.getByText('No source in the dataset gives a control figure for Kherson.'),
    ).toBeTruthy();
  });
});

describe('DateControl', () => {
  const range = { from: '2022-06-02', to: '2026-03-10' };
  const steps = monthSteps(range);

  function setup(value: string | null) {
    const onchange = vi.fn();
    const result = render(DateControl, { range, value, onchange });
    const slider = screen.getByRole('slider', { name: 'Month' }) as HTMLInputElement;
    const field = screen.getByLabelText('Day') as HTMLInputElement;
    return { ...result, onchange, slider, field };
  }

  it('is a named group with a slider over the months and a date field, in step', async () => {
    const { slider, field, container } = setup('2025-07-24');
    expect(screen.getByRole('group', { name: 'Figures as of' })).toBeTruthy();
    expect(slider.max).toBe(String(steps.length - 1));
    expect(slider.value).toBe(String(stepIndex(steps, '2025-07-24')));
    expect(slider.getAttribute('aria-valuetext')).toBe('24 Jul 2025');
    expect(field.value).toBe('2025-07-24');
    expect(field.min).toBe('2022-06-02');
    expect(field.max).toBe('2026-03-10');
    expect(screen.getByText(/on or before 24 Jul 2025/)).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });

  it('steps a month with the arrow keys and a year with PageUp/PageDown', async () => {
    const { slider, field, onchange } = setup('2025-07-24');
    await fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    expect(onchange).toHaveBeenLastCalledWith('2025-06-30');
    expect(field.value).toBe('2025-06-30');
    expect(slider.getAttribute('aria-valuetext')).toBe('30 Jun 2025');
    await fireEvent.keyDown(slider, { key: 'ArrowRight' });
    await fireEvent.keyDown(slider, { key: 'ArrowUp' });
    expect(onchange).toHaveBeenLastCalledWith('2025-08-31');
    await fireEvent.keyDown(slider, { key: 'PageDown' });
    expect(onchange).toHaveBeenLastCalledWith('2024-08-31');
    await fireEvent.keyDown(slider, { key: 'PageUp' });
    expect(onchange).toHaveBeenLastCalledWith('2025-08-31');
    await fireEvent.keyDown(slider, { key: 'Home' });
    expect(onchange).toHaveBeenLastCalledWith('2022-06-30');
    expect(slider.value).toBe('0');
    await fireEvent.keyDown(slider, { key: 'PageDown' });
    expect(onchange).toHaveBeenCalledTimes(6); // already at the start: nothing new
    await fireEvent.keyDown(slider, { key: 'End' });
    expect(onchange).toHaveBeenLastCalledWith(null);
    expect(field.value).toBe('2026-03-10');
    expect(slider.getAttribute('aria-valuetext')).toBe('Latest (10 Mar 2026)');
  });

  it('moves the slider when the field changes, and the field when the slider moves', async () => {
    const { slider, field, onchange } = setup(null);
    expect(slider.value).toBe(String(steps.length - 1));
    await fireEvent.change(field, { target: { value: '2022-09-20' } });
    expect(onchange).toHaveBeenLastCalledWith('2022-09-20');
    expect(slider.value).toBe('3');
    await fireEvent.input(slider, { target: { value: '10' } });
    expect(onchange).toHaveBeenLastCalledWith(steps[10]);
    expect(field.value).toBe(steps[10]);
    // Before the first figure: the first day; on or after the newest: the latest.
    await fireEvent.change(field, { target: { value: '2020-01-01' } });
    expect(onchange).toHaveBeenLastCalledWith('2022-06-02');
    await fireEvent.change(field, { target: { value: '2030-01-01' } });
    expect(onchange).toHaveBeenLastCalledWith(null);
  });

  it('follows its value, and "Latest" resets it', async () => {
    const { slider, field, onchange, rerender } = setup('2022-09-30');
    await rerender({ range, value: '2024-08-19', onchange });
    expect(field.value).toBe('2024-08-19');
    expect(slider.value).toBe(String(stepIndex(steps, '2024-08-19')));
    const latest = screen.getByRole('button', { name: 'Latest' });
    expect(latest.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(latest);
    expect(onchange).toHaveBeenLastCalledWith(null);
    expect(latest.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText("Each region's latest figure.")).toBeTruthy();
  });
});

describe('CategoryFilter', () => {
  it('has a checkbox per speaker group with its count', async () => {
    const control = claims.filter((c) => c.kind === 'control' && c.low !== null);
    const { container } = render(CategoryFilter, {
      claims: control,
      selected: null,
      onchange: () => {},
    });
    const group = screen.getByRole('group', { name: 'Whose claims' });
    const boxes = within(group).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes).toHaveLength(6);
    expect(boxes.every((box) => box.checked)).toBe(true);
    const ru = control.filter((c) => c.speakerCategory === 'party-ru').length;
    expect(
      within(group).getByRole('checkbox', {
        name: `Russian side (party to the war) ${ru} claims`,
      }),
    ).toBeTruthy();
    expect(within(group).queryByRole('button', { name: 'Show all' })).toBeNull();
    expect(await violations(container)).toEqual([]);
  });

  it('emits the categories left after unticking, and all again with "Show all"', async () => {
    const onchange = vi.fn();
    render(CategoryFilter, { claims, selected: null, onchange });
    await fireEvent.click(screen.getByRole('checkbox', { name: /^Russian side/ }));
    expect(onchange).toHaveBeenLastCalledWith([
      'party-ua',
      'mapping-project',
      'news-agency',
      'media',
      'analyst',
      'third-party',
    ]);
    cleanup();
    render(CategoryFilter, { claims, selected: ['party-ru', 'media'], onchange });
    const news = screen.getByRole('checkbox', {
      name: /^News agency or outlet/,
    }) as HTMLInputElement;
    expect(news.indeterminate).toBe(true);
    await fireEvent.click(news);
    expect(onchange).toHaveBeenLastCalledWith(['party-ru', 'news-agency', 'media']);
    await fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(onchange).toHaveBeenLastCalledWith(null);
  });

  it('emits null, not a list, when every group is ticked again', async () => {
    const onchange = vi.fn();
    render(CategoryFilter, {
      claims,
      selected: ['party-ua', 'mapping-project', 'news-agency', 'media', 'analyst', 'third-party'],
      onchange,
    });
    await fireEvent.click(screen.getByRole('checkbox', { name: /^Russian side/ }));
    expect(onchange).toHaveBeenLastCalledWith(null);
  });
});

describe('CompareBar', () => {
  it('lists the views by label and date, the current one disabled, and reports the choice', async () => {
    const onchange = vi.fn();
    const { container } = render(CompareBar, {
      views,
      current: 'latest',
      compare: null,
      dateOf: (view: { id: string }) =>
        view.id === 'seed-004' ? 'on or after 9 Nov 2025' : 'a date',
      onchange,
    });
    const select = screen.getByRole('combobox', { name: 'Compare with' }) as HTMLSelectElement;
    const options = within(select).getAllByRole('option') as HTMLOptionElement[];
    expect(options).toHaveLength(views.length + 1); // every view, plus "one map"
    expect(options[0]?.textContent).toBe('Nothing: one map');
    // The current view is there (the list stays the same on a view switch) but cannot be chosen.
    expect(options.filter((o) => o.disabled).map((o) => o.value)).toEqual(['latest']);
    expect(options.map((o) => o.textContent)).toContain(
      'Unnamed outlet, relaying Reuters and RIA Novosti, on or after 9 Nov 2025',
    );
    expect(
      within(select)
        .getAllByRole('group')
        .map((g) => g.getAttribute('label')),
    ).toEqual(['Combined', 'One source']);
    expect(screen.queryByRole('button', { name: 'Stop comparing' })).toBeNull();
    await fireEvent.change(select, { target: { value: 'seed-004' } });
    expect(onchange).toHaveBeenLastCalledWith('seed-004');
    expect(await violations(container)).toEqual([]);
  });

  it('shows the comparison chosen and stops it', async () => {
    const onchange = vi.fn();
    render(CompareBar, {
      views,
      current: 'seed-004',
      compare: 'latest',
      dateOf: () => 'a date',
      onchange,
    });
    const select = screen.getByRole('combobox', { name: 'Compare with' }) as HTMLSelectElement;
    expect(select.value).toBe('latest');
    await fireEvent.click(screen.getByRole('button', { name: 'Stop comparing' }));
    expect(onchange).toHaveBeenLastCalledWith(null);
    await fireEvent.change(select, { target: { value: '' } });
    expect(onchange).toHaveBeenLastCalledWith(null);
  });
});

describe('RangeBars', () => {
  it('draws a bar per claim with a figure, labelled by speaker and date', async () => {
    const view = disagreementView(claims, { from: '2025-03-10', to: '2026-03-10' });
    const donetsk = view.regions['UA-14'];
    const { container } = render(RangeBars, {
      claims: donetsk.claims,
      title: 'Control claims about Donetsk, 10 Mar 2025 – 10 Mar 2026',
      selected: GOVERNOR,
    });
    const list = screen.getByRole('list', {
      name: 'Control claims about Donetsk, 10 Mar 2025 – 10 Mar 2026',
    });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(donetsk.claims.length);
    expect(rows[0]?.textContent).toMatch(
      /Denis Pushilin\s*\(Russian side\)\s*10 Mar 2026\s*83–85%/,
    );
    // An exact figure is a dot, a range a bar.
    const governor = rows.find((row) => row.textContent?.includes('Vadym Filashkin'))!;
    expect(governor.classList.contains('selected')).toBe(true);
    expect(governor.querySelector('circle.dot')).not.toBeNull();
    expect(rows[0]?.querySelector('rect.range')).not.toBeNull();
    expect(screen.getByText(/Spread: 17.8 points, from 67.2% to 85%/)).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });

  it('leaves out claims without a figure, and says when none is left', () => {
    const noFigure = claims.filter((c) => c.low === null).slice(0, 3);
    render(RangeBars, { claims: noFigure, title: 'Nothing' });
    expect(screen.getByText('No claim with a figure.')).toBeTruthy();
    expect(screen.queryByText(/Spread/)).toBeNull();
  });
});
