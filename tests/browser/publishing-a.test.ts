/**
 * Publishing, part A, in Chromium against the built app: the data package a reader downloads
 * (the CSV with its byte-order mark, the package's files and datapackage.json), the
 * corrections log in the sources-and-method panel and in the footer of an embed it touches
 * (and not of one it does not), the print style (map, card, sources line; no controls), the
 * credit and the address on a downloaded image, and a part of the page that fails to load
 * (a stale page after a deploy) saying so with a reload button. axe on each.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimsExport } from '../../src/claims/export.ts';
import { loadExport } from '../../src/claims/load.ts';
import { PACKAGE_DIR, packageFileNames } from '../../src/claims/package-files.ts';
import { baseUrl, launch, open, screenshotPath, type Opened } from './harness.ts';

let browser: Browser;
let data: ClaimsExport;

beforeAll(async () => {
  browser = await launch();
  data = loadExport();
});

afterAll(async () => {
  await browser?.close();
});

/** The page once it has come to life (hydrated, the parts after the first paint loaded). */
async function openLive(path: string, options?: Parameters<typeof open>[2]): Promise<Opened> {
  const opened = await open(browser, path, options);
  await opened.page.waitForFunction(
    () => performance.getEntriesByName('tc:interactive').length > 0,
  );
  return opened;
}

async function expectClean({ context, errors, external }: Opened) {
  await context.close();
  expect(external, 'requests outside the app origin').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
  ).toEqual([]);
}

describe('the data package', () => {
  it('downloads the claims CSV, named by the dataset date, starting with the BOM', async () => {
    const opened = await openLive('');
    const { page } = opened;
    const names = packageFileNames(data.updated);
    const link = page.getByTestId('download-csv');
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`territory-claims-${data.updated}.csv`);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3, 20).toString('utf8')).toBe('id,region,region_');
    // The ZIP and the README are links on the page too.
    expect(await page.getByTestId('download-package').getAttribute('href')).toBe(
      `${PACKAGE_DIR}/${names.zip}`,
    );
    expect(await page.getByTestId('download-readme').getAttribute('href')).toBe(
      `${PACKAGE_DIR}/${names.readme}`,
    );
    await expectClean(opened);
  });

  it('serves every file datapackage.json lists, with its bytes and fields', async () => {
    const names = packageFileNames(data.updated);
    const base = `${baseUrl()}/${PACKAGE_DIR}/`;
    const descriptor = (await (await fetch(base + names.datapackage)).json()) as {
      resources: {
        name: string;
        path: string;
        bytes: number;
        encoding: string;
        schema?: { fields: { name: string; type: string }[] };
      }[];
    };
    expect(descriptor.resources.map((r) => r.name)).toEqual([
      'claims',
      'mapped-deepstate',
      'corrections',
      'claims-json',
      'mapped-deepstate-json',
    ]);
    for (const resource of descriptor.resources) {
      const response = await fetch(base + resource.path);
      expect(response.status, resource.path).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(bytes.length, resource.path).toBe(resource.bytes);
      if (resource.schema) {
        expect(resource.encoding).toBe('utf-8-sig');
        const header = new TextDecoder('utf-8', { ignoreBOM: true })
          .decode(bytes)
          .slice(1)
          .split('\r\n')[0]!;
        expect(resource.schema.fields.map((f) => f.name).join(','), resource.path).toBe(header);
      }
    }
    const claims = descriptor.resources.find((r) => r.name === 'claims')!;
    expect(claims.schema!.fields.find((f) => f.name === 'low')!.type).toBe('number');
    for (const file of [names.readme, names.licence, names.citation, names.zip]) {
      expect((await fetch(base + file)).status, file).toBe(200);
    }
    const zip = new Uint8Array(await (await fetch(base + names.zip)).arrayBuffer());
    expect([...zip.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const schema = await (await fetch(`${baseUrl()}/schema/source.schema.json`)).json();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });
});

describe('corrections', () => {
  it('are listed in the sources-and-method panel, newest first, with their claims', async () => {
    const opened = await openLive('');
    const { page } = opened;
    const panel = page.getByTestId('sources-panel');
    await panel.waitFor();
    await panel.locator('summary').click();
    const list = page.getByTestId('corrections');
    await list.waitFor();
    const items = list.locator('li');
    expect(await items.count()).toBe(data.corrections.length);
    const text = await list.textContent();
    expect(text).toContain('washington-post-2022-09-30/ukraine-control');
    expect(text).toContain('is filed as control reported by the newspaper');
    expect(await items.first().textContent()).toContain('5 Dec 2026');
    await axe(page);
    await expectClean(opened);
    // axe over the whole page with the panel open takes long on a loaded machine.
  }, 120_000);

  it('appear in the footer of an embed showing a corrected claim, and not of another', async () => {
    const touched = await openLive('embed.html?view=seed-004');
    const footer = touched.page.getByTestId('embed-footer');
    await footer.waitFor();
    const notes = touched.page.getByTestId('embed-correction');
    // seed-004's view shows its control figures: two corrections touch them.
    expect(await notes.count()).toBe(2);
    expect(await notes.first().textContent()).toMatch(
      /^Corrected 5 Dec 2026:\s+The control figures/,
    );
    await axe(touched.page);
    await expectClean(touched);

    const untouched = await openLive('embed.html?view=devdiscourse-2026-03-10');
    await untouched.page.getByTestId('embed-footer').waitFor();
    expect(await untouched.page.locator('[data-testid="map-area"]').getAttribute('data-view')).toBe(
      'devdiscourse-2026-03-10',
    );
    expect(await untouched.page.getByTestId('embed-correction').count()).toBe(0);
    await expectClean(untouched);
  });
});

describe('print', () => {
  it('prints the map, the legend, the summary, the card and the sources line; no controls', async () => {
    const opened = await openLive('?view=seed-004&region=UA-14', { width: 1000, height: 1200 });
    const { page } = opened;
    await page.getByTestId('card-wording').waitFor();
    await page.getByTestId('source-picker').waitFor();
    expect(await page.getByTestId('print-sources').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    for (const id of ['map-area', 'summary', 'card-sheet', 'print-sources', 'card-wording']) {
      expect(await page.getByTestId(id).isVisible(), id).toBe(true);
    }
    expect(await page.locator('.legend, [data-testid="legend"]').first().isVisible()).toBe(true);
    for (const id of ['source-picker', 'controls', 'image-downloads', 'sources-panel']) {
      expect(await page.getByTestId(id).isVisible(), id).toBe(false);
    }
    // The map's labels (buttons on screen) carry the figures, so they print; nothing else does.
    expect(await page.locator('[data-region="UA-14"]').isVisible()).toBe(true);
    expect(await page.locator('[data-region="UA-14"]').textContent()).toContain('~80%');
    const visibleButtons = await page
      .locator('button:not([data-region]), select, input')
      .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
    expect(visibleButtons).toBe(0);
    const line = await page.getByTestId('print-sources').textContent();
    expect(line).toContain('Unnamed outlet, relaying Reuters and RIA Novosti');
    expect(line).toContain('Data updated 5 Dec 2026');
    expect(line).toContain('view=seed-004');
    // The map itself is on paper: the card is beside or under it, not over it.
    const map = (await page.getByTestId('map-area').boundingBox())!;
    const card = (await page.getByTestId('card-sheet').boundingBox())!;
    expect(map.height).toBeGreaterThan(300);
    expect(card.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    await page.screenshot({ path: screenshotPath('print-media.png'), fullPage: true });
    await page.pdf({ path: screenshotPath('print.pdf'), format: 'A4', printBackground: true });
    await expectClean(opened);
  });
});

describe('downloaded images', () => {
  it("carry the sources, the date, the credit line and the map's address", async () => {
    const opened = await openLive('?view=seed-004');
    const { page } = opened;
    const button = page.getByTestId('download-article-svg');
    await button.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const svg = await readFile((await download.path())!, 'utf8');
    expect(svg).toContain('Boundaries: Natural Earth (public domain)');
    expect(svg).toContain('>Interactive map with every citation:</text>');
    expect(svg).toMatch(/>http:\/\/[^<]*index\.html\?view=seed-004<\/text>/);
    expect(svg).toContain('Data updated 5 Dec 2026');
    expect(svg).toContain('Unnamed outlet, relaying Reuters and RIA Novosti');
    await expectClean(opened);
  });
});

describe('a part that fails to load', () => {
  it('shows a message and a reload button, not nothing', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // A page from before a deploy: the chunk it asks for is gone.
    await page.route('**/assets/SourcePicker-*.js', (route) => route.fulfill({ status: 404 }));
    await page.goto(`${baseUrl()}/`);
    const alert = page.getByTestId('part-failed');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toContain('Part of this page could not be loaded');
    const reload = alert.getByRole('button', { name: 'Reload the page' });
    expect(await reload.isVisible()).toBe(true);
    await axe(page);
    // The reload asks for the page again (and, with the file back, the picker arrives).
    await page.unroute('**/assets/SourcePicker-*.js');
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await page.getByTestId('source-picker').waitFor();
    expect(await page.getByTestId('part-failed').count()).toBe(0);
    await context.close();
  });
});
