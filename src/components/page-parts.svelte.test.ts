import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixtureExport } from '../../tests/support/dataset.ts';
import type { DatasetClaim } from '../app/types.ts';
import { viewPage } from '../app/view-page.ts';
import { packageFileNames } from '../claims/package-files.ts';
import { buildViews, LATEST_VIEW, type View } from '../views/views.ts';
import PackageDownloads from './PackageDownloads.svelte';
import ViewSummary from './ViewSummary.svelte';

let claims: DatasetClaim[];
let views: View<DatasetClaim>[];
const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim();

beforeAll(() => {
  claims = fixtureExport().claims as DatasetClaim[];
  views = buildViews(claims);
});

afterEach(() => cleanup());

describe('PackageDownloads', () => {
  it('links each file of the package, named by the dataset’s date, the data files to save', () => {
    const files = packageFileNames('2026-12-05');
    const { container } = render(PackageDownloads, { updated: '2026-12-05' });
    const link = (id: string) => screen.getByTestId(id);
    expect(link('download-csv').getAttribute('download')).toBe(files.claimsCsv);
    expect(link('download-json').getAttribute('download')).toBe(files.claimsJson);
    expect(link('download-mapped-csv').getAttribute('download')).toBe(files.mappedCsv);
    expect(link('download-mapped-json').getAttribute('download')).toBe(files.mappedJson);
    expect(link('download-package').getAttribute('download')).toBe(files.zip);
    // The README and the schema are read, not saved.
    expect(link('download-readme').hasAttribute('download')).toBe(false);
    expect(link('download-schema').hasAttribute('download')).toBe(false);
    expect(container.querySelectorAll('a')).toHaveLength(8);
    expect(container.querySelectorAll('br')).toHaveLength(2);
    expect(text(container.querySelector('.downloads')!)).toBe(
      "Download every claim with its citation: CSV · JSON Shares measured by this project on DeepStateMap's map: CSV · JSON Everything in one ZIP: data, README with the columns, licence, how to cite · README · datapackage.json · JSON Schema of a source file",
    );
  });
});

describe('ViewSummary', () => {
  it('quotes the country figure with its source and date, spaced as a sentence', () => {
    const view = views.find((v) => v.id === LATEST_VIEW)!;
    const page = viewPage(view, {
      disagreement: null,
      mapped: null,
      date: null,
      shownClaims: claims,
    });
    render(ViewSummary, { label: view.label, summary: page.summary, partyNote: page.partyNote });
    expect(text(screen.getByTestId('summary'))).toBe(
      'Latest independent figure per region: Russia controls 19.25% of Ukraine’s territory (DeepState, via Online.ua, 2 Jan 2026).',
    );
    expect(screen.queryByTestId('party-note')).toBeNull();
  });

  it('in a source’s own view, gives only the date; a party’s view carries its note', () => {
    const source = views.find((v) => v.kind === 'source' && v.country)!;
    const page = viewPage(source, {
      disagreement: null,
      mapped: null,
      date: null,
      shownClaims: claims,
    });
    render(ViewSummary, { label: source.label, summary: page.summary, partyNote: page.partyNote });
    expect(text(screen.getByTestId('summary'))).toMatch(/\([^,()]+\)\./);
    cleanup();
    const russian = views.find((v) => v.id === 'latest-russian-side')!;
    const party = viewPage(russian, {
      disagreement: null,
      mapped: null,
      date: null,
      shownClaims: claims,
    });
    render(ViewSummary, {
      label: russian.label,
      summary: party.summary,
      partyNote: party.partyNote,
    });
    expect(screen.getByTestId('party-note').textContent).toBe(
      'RU: a figure from the Russian side, a party to the war, not an independent one.',
    );
  });
});
