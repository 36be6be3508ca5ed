import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ExportedClaim } from '../claims/export.ts';
import { fixtureExport } from '../../tests/support/dataset.ts';
import { RULES } from '../claims/reading.ts';
import { loadMappedSeries } from '../mapped/load.ts';
import { mappedTable } from '../mapped/view.ts';
import { PALETTES } from '../map/colour.ts';
import { buildViews, claimsAbout, LATEST_VIEW, type View } from '../views/views.ts';
import CitationCard from './CitationCard.svelte';
import ClaimsTable from './ClaimsTable.svelte';
import Legend from './Legend.svelte';
import SourcePicker from './SourcePicker.svelte';
import { split } from '../claims/app-data.ts';
import { claimTexts } from '../app/claim-texts.svelte.ts';
import type { DatasetClaim } from '../app/types.ts';

let claims: ExportedClaim[];
let views: View<ExportedClaim>[];

beforeAll(() => {
  claims = fixtureExport().claims;
  views = buildViews(claims);
  // The claims' texts load after the page (claim-texts.svelte.ts); here they are given.
  claimTexts.provide(split(fixtureExport()).texts);
});

afterEach(() => cleanup());

describe('SourcePicker', () => {
  it('is a named radio group with one radio per view, the selected one checked', () => {
    render(SourcePicker, {
      views,
      selected: 'seed-004',
      dateOf: () => 'on or after 9 Nov 2025',
      onselect: () => {},
    });
    const group = screen.getByRole('group', { name: 'Whose figures' });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(views.length);
    const reuters = within(group).getByRole('radio', {
      name: 'Unnamed outlet, relaying Reuters and RIA Novosti, on or after 9 Nov 2025',
    });
    expect((reuters as HTMLInputElement).checked).toBe(true);
    expect(
      within(group).getByRole('radio', { name: 'Latest independent figure per region' }),
    ).toBeTruthy();
    // Outlet, speaker and date are in the accessible description.
    expect(reuters.getAttribute('aria-describedby')).toBe('view-desc-seed-004');
    expect(document.getElementById('view-desc-seed-004')?.textContent).toContain(
      '5 regions + Ukraine',
    );
  });

  it('reports the chosen view', async () => {
    const onselect = vi.fn();
    render(SourcePicker, {
      views,
      selected: LATEST_VIEW,
      dateOf: () => 'on or after 9 Nov 2025',
      onselect,
    });
    await fireEvent.click(
      screen.getByRole('radio', {
        name: 'Unnamed outlet, relaying Reuters and RIA Novosti, on or after 9 Nov 2025',
      }),
    );
    expect(onselect).toHaveBeenCalledWith('seed-004');
  });
});

describe('CitationCard', () => {
  it('shows the claim, its interval and reason, the quote with the figure marked, and the citation details', () => {
    const view = views.find((v) => v.id === 'seed-004')!;
    render(CitationCard, {
      code: 'UA-14',
      value: view.values['UA-14'],
      viewLabel: view.label,
      others: claimsAbout(claims, 'UA-14'),
      viewOf: (claim: DatasetClaim) => (claim.kind === 'control' ? claim.source.id : null),
      onselectview: () => {},
      rules: RULES,
      onclose: () => {},
    });
    const card = screen.getByRole('article', { name: 'Donetsk Oblast' });
    expect(within(card).getByText('Донецька область')).toBeTruthy();
    expect(within(card).getByTestId('card-wording').textContent).toBe('about 80%');
    expect(within(card).getByTestId('card-interval').textContent).toContain('Read as 77.5–82.5%');
    const quote = within(card).getByTestId('card-quote');
    expect(quote.textContent).toContain('about 80% of Donetsk');
    expect(quote.querySelector('mark')?.textContent).toBe('about 80%');
    expect(within(card).getByTestId('card-date').textContent).toContain('on or after 9 Nov 2025');
    expect(within(card).getByTestId('card-date').textContent).toMatch(/Inferred: the text reports/);
    expect(within(card).getByText('Not named in the text')).toBeTruthy();
    expect(within(card).getByText('Reuters, RIA Novosti')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Copy citation' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Close the citation card' })).toBeTruthy();
    const others = within(card).getByRole('region', { name: /All claims about Donetsk/ });
    expect(within(others).getAllByRole('listitem').length).toBe(
      claimsAbout(claims, 'UA-14').length,
    );
    // Other views can be chosen from the list, each button named with speaker and date.
    expect(
      within(others).getAllByRole('button', { name: /Show this view: .+, .+/ }).length,
    ).toBeGreaterThan(0);
  });

  it('says plainly when the view has no figure for the region', () => {
    render(CitationCard, {
      code: 'UA-30',
      value: undefined,
      viewLabel: 'Latest figure per region',
      others: [],
      viewOf: () => null,
      onselectview: () => {},
      rules: RULES,
      onclose: () => {},
    });
    expect(screen.getByTestId('card-none').textContent).toContain('gives no figure for Kyiv');
    expect(screen.getByText('No source in the dataset makes a claim about Kyiv.')).toBeTruthy();
  });
});

describe('ClaimsTable', () => {
  it('lists every claim with named, sortable column headers', async () => {
    render(ClaimsTable, { claims, selectedRegion: null, onselect: () => {} });
    const table = screen.getByRole('table', { name: /Every claim in the dataset/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(claims.length + 1);
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent?.replace(/[▲▼]/g, '').trim());
    expect(headers).toEqual([
      'Region',
      'Value as worded',
      'Read as',
      'Kind',
      'Speaker',
      'Speaker is',
      'Source',
      'Date',
    ]);
    const dateHeader = within(table).getByRole('columnheader', { name: /Date/ });
    expect(dateHeader.getAttribute('aria-sort')).toBe('descending');
    await fireEvent.click(within(table).getByRole('button', { name: /^Speaker$/ }));
    const speakerHeader = within(table).getByRole('columnheader', { name: /^Speaker$/ });
    expect(speakerHeader.getAttribute('aria-sort')).toBe('ascending');
    const speakers = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelectorAll('td')[3]?.textContent ?? '');
    expect(speakers).toEqual([...speakers].sort((a, b) => a.localeCompare(b)));
  });

  it('highlights the selected region’s rows and reports a chosen row', async () => {
    const onselect = vi.fn();
    render(ClaimsTable, { claims, selectedRegion: 'UA-14', onselect });
    const current = screen.getAllByRole('button', { current: true });
    expect(current.length).toBe(claimsAbout(claims, 'UA-14').length);
    await fireEvent.click(current[0]!);
    expect(onselect).toHaveBeenCalledOnce();
  });
});

describe('ClaimsTable: "Computed from a map"', () => {
  it('lists each region’s measured share after the claims, unquoted, with its own citation', () => {
    const loaded = loadMappedSeries();
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const series = loaded.series[0]!;
    const measured = mappedTable(series, '2026-01-05')!;
    render(ClaimsTable, { claims, selectedRegion: null, onselect: () => {}, measured });
    const table = screen.getByRole('table', { name: /Every claim in the dataset/ });
    const group = within(table).getByTestId('table-measured');
    expect(
      within(group).getByRole('rowheader', { name: /^Computed from a map: shares measured/ })
        .textContent,
    ).toContain("DeepStateMap's map of 2 Jan 2026");
    const donetsk = group.querySelector('tr[data-measured="UA-14"]')!;
    const cells = [...donetsk.children].map((cell) => cell.textContent?.trim());
    expect(cells).toEqual([
      'Donetsk',
      '77.5%',
      `${Math.round(series.snapshots.find((s) => s.date === '2026-01-02')!.shares['UA-14']![1]).toLocaleString('en')} of 26,521 km²`,
      'measurement',
      'this project',
      'Computed from a map',
      "DeepStateMap's map of 2 Jan 2026",
      '2 Jan 2026',
    ]);
    // Measurements are not quotes: no quotation marks anywhere in the group.
    expect(group.textContent).not.toMatch(/["“”«»]/);
    const citations = within(group)
      .getAllByTestId('table-measured-citation')
      .map((cell) => cell.textContent ?? '');
    expect(citations).toHaveLength(6);
    expect(citations[1]).toMatch(
      /^Share of Donetsk occupied on DeepStateMap's map of 2 Jan 2026, as measured by this project; method: .+; input deepstatemap_data_20260102\.geojson$/,
    );
    expect(group.querySelector('tr[data-measured="UA"] th')?.textContent).toBe('Ukraine');
    // The claims' rows are all still there, before the group.
    expect(table.querySelectorAll('tbody:first-of-type tr')).toHaveLength(claims.length);
  });

  it('has no such group without a series', () => {
    render(ClaimsTable, { claims, selectedRegion: null, onselect: () => {}, measured: null });
    expect(screen.queryByTestId('table-measured')).toBeNull();
  });
});

describe('Legend', () => {
  it('is an image named by its title and described with each region’s value', () => {
    render(Legend, {
      marks: [
        { name: 'Donetsk', low: 77.5, high: 82.5 },
        { name: 'Crimea', low: 100, high: 100 },
      ],
      palette: PALETTES.light,
      showNoData: true,
    });
    const image = screen.getByRole('img', {
      name: 'Share of the region Russian-held, as the source says',
    });
    const description =
      document.getElementById(image.getAttribute('aria-describedby')!)?.textContent ?? '';
    expect(description).toContain('Donetsk: 77.5–82.5 %');
    expect(description).toContain('Crimea: 100 %');
    expect(screen.getByText(/Hatched: a range read from words/)).toBeTruthy();
    expect(screen.getByText(/Grey: this source gives no figure/)).toBeTruthy();
  });

  it('keeps its height whatever the view: room for every region, the grey key in place', async () => {
    const marks = [{ name: 'Donetsk', low: 77.5, high: 82.5 }];
    const { container, rerender } = render(Legend, {
      marks,
      palette: PALETTES.light,
      showNoData: true,
    });
    const svg = () => container.querySelector('svg[role="img"]')!;
    const height = svg().getAttribute('height');
    const grey = () => screen.getByText(/Grey: this source gives no figure/).closest('li')!;
    expect(grey().classList.contains('unused')).toBe(false);
    // The one mark sits in the last row, just above the bar.
    const line = svg().querySelector('line')!;
    const bar = svg().querySelector('rect')!;
    expect(Number(bar.getAttribute('y')) - Number(line.getAttribute('y1'))).toBe(11);
    await rerender({
      marks: [
        ...marks,
        { name: 'Luhansk', low: 95, high: 100 },
        { name: 'Kherson', low: 72.5, high: 77.5 },
        { name: 'Zaporizhzhia', low: 72.5, high: 77.5 },
        { name: 'Crimea', low: 100, high: 100 },
      ],
      palette: PALETTES.light,
      showNoData: false,
    });
    expect(svg().getAttribute('height')).toBe(height);
    expect(svg().querySelectorAll('text').length).toBe(5 + 5);
    // Still in the layout, hidden from sight and from screen readers.
    expect(grey().classList.contains('unused')).toBe(true);
    expect(grey().getAttribute('aria-hidden')).toBe('true');
  });
});
