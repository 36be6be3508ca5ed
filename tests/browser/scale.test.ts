/**
 * The page at three times the real dataset (bench/synthetic.ts, built here through the real
 * validation and export, into a folder of its own): the picker's filter and "Show more", the
 * card's claims by speaker group with the rest on demand, the table's pages and its sort over
 * every row. Counts come from the synthetic export, never from the live dataset's size.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticData } from '../../bench/synthetic.ts';
import type { ClaimsExport, ExportedClaim } from '../../src/claims/export.ts';
import { buildViews, claimsAbout } from '../../src/views/views.ts';
import {
  CARD_MORE,
  CARD_PAGE,
  matchesQuery,
  PICKER_PAGE,
} from '../../src/components/grouped-list.ts';
import { launchOptions } from '../support/chromium.ts';
import { serve, type Served } from '../support/server.ts';

const SCALE = 3;
const ROOT = resolve(import.meta.dirname, '../..');
let browser: Browser;
let server: Served;
let data: ClaimsExport;
const dirs: string[] = [];

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tc-scale-data-'));
  const outDir = mkdtempSync(join(tmpdir(), 'tc-scale-dist-'));
  dirs.push(dataDir, outDir);
  writeSyntheticData(ROOT, dataDir, SCALE);
  process.env.TC_DATA_ROOT = dataDir;
  try {
    await build({
      root: ROOT,
      logLevel: 'warn',
      configFile: resolve(ROOT, 'vite.config.ts'),
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    delete process.env.TC_DATA_ROOT;
  }
  data = JSON.parse(readFileSync(join(outDir, 'data/claims.json'), 'utf8')) as ClaimsExport;
  server = await serve({ root: outDir });
  browser = await chromium.launch(launchOptions());
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  context: BrowserContext;
  errors: string[];
  external: string[];
}

async function openPage(path: string, width = 1280): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const external: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  const origin = new URL(server.url).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
      return route.continue();
    }
    external.push(url);
    return route.abort();
  });
  await page.goto(`${server.url}/${path}`);
  await page.waitForSelector('[data-testid="source-picker"]');
  return { page, context, errors, external };
}

async function expectClean({ page, context, errors, external }: Opened) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await context.close();
  expect(external).toEqual([]);
  expect(errors).toEqual([]);
}

describe(`the page at ${SCALE}× the dataset`, () => {
  it('the dataset is the synthetic one', () => {
    expect(data.claims.length % SCALE).toBe(0);
    expect(data.claims.some((claim) => claim.speaker.endsWith(`(copy ${SCALE - 1})`))).toBe(true);
  });

  it('the picker groups the sources, shows more on demand, and filters by what is typed', async () => {
    const opened = await openPage('index.html');
    const { page } = opened;
    const picker = page.getByTestId('source-picker');
    const sourceViews = buildViews(data.claims).filter((view) => view.kind === 'source');
    const groups = picker.locator('fieldset[data-group]');
    const counts = await groups.evaluateAll((list) =>
      list.map((group) => group.querySelectorAll('input[type="radio"]').length),
    );
    expect(counts.length).toBeGreaterThan(1);
    for (const count of counts) expect(count).toBeLessThanOrEqual(PICKER_PAGE + 1);
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThan(sourceViews.length);

    // "Show more" in the first group that has it adds up to a page of options.
    const group = picker
      .locator('fieldset[data-group]', { has: page.getByTestId('picker-more') })
      .first();
    const more = group.getByTestId('picker-more');
    const before = await group.locator('input[type="radio"]').count();
    const label = (await more.textContent())!;
    const added = Number(/\d+/.exec(label)![0]);
    await more.click();
    await expect.poll(() => group.locator('input[type="radio"]').count()).toBe(before + added);

    // Filtering: every option left names copy 2, and the status counts them.
    // The query's words ("(copy" and "2)") are matched anywhere in name and date.
    const copies = sourceViews.filter((view) => matchesQuery(view.label, '(copy 2)')).length;
    expect(copies).toBeGreaterThan(0);
    await page.getByRole('searchbox', { name: 'Find a source' }).fill('(copy 2)');
    await expect
      .poll(() => page.getByTestId('picker-status').textContent())
      .toContain(`${copies} of ${sourceViews.length} sources match`);
    const names = await picker
      .locator('fieldset[data-group] input[type="radio"]')
      .evaluateAll((inputs) => inputs.map((input) => input.getAttribute('aria-label') ?? ''));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toContain('(copy 2)');

    // Choosing a filtered source by keyboard shows it.
    const first = picker.locator('fieldset[data-group] input[type="radio"]').first();
    const id = await first.getAttribute('value');
    await first.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe(id);

    await page.getByRole('searchbox', { name: 'Find a source' }).fill('no such outlet zzz');
    await expect
      .poll(() => page.getByTestId('picker-status').textContent())
      .toContain('No source matches');
    await expectClean(opened);
  });

  it('the card lists a few claims a speaker group, and the rest on demand', async () => {
    const opened = await openPage('index.html?region=UA-14');
    const { page } = opened;
    const card = page.getByTestId('citation-card');
    await card.waitFor();
    const all = claimsAbout(data.claims as ExportedClaim[], 'UA-14');
    const list = card.getByRole('region', { name: /All claims about Donetsk/ });
    await expect
      .poll(() => list.getByRole('heading', { level: 3 }).textContent())
      .toContain(`(${all.length})`);
    const items = list.getByRole('listitem');
    expect(await items.count()).toBeLessThan(all.length);
    const groups = list.locator('section[data-group]');
    for (const group of await groups.all()) {
      expect(await group.getByRole('listitem').count()).toBeLessThanOrEqual(CARD_PAGE + 1);
    }
    const group = list
      .locator('section[data-group]', { has: page.getByTestId('card-more') })
      .first();
    const more = group.getByTestId('card-more');
    const before = await group.getByRole('listitem').count();
    const heading = (await group.getByRole('heading', { level: 4 }).textContent())!;
    const total = Number(/\((\d+)\)\s*$/.exec(heading)![1]);
    await more.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => group.getByRole('listitem').count())
      .toBe(Math.min(total, before + CARD_MORE));
    await expectClean(opened);
  });

  it('the table shows a page of rows, moves between pages, and sorts every row', async () => {
    const opened = await openPage('index.html');
    const { page } = opened;
    const table = page.getByTestId('claims-table');
    await table.waitFor();
    // The claims' rows (a 'Computed from a map' group follows them).
    const rows = table.locator('tbody tr[data-claim]');
    const count = data.claims.length;
    expect(count).toBeGreaterThan(100);
    expect(await rows.count()).toBe(100);
    const status = page.getByTestId('table-pages').getByRole('status');
    expect(await status.textContent()).toBe(`Rows 1–100 of ${count}`);

    // Sort by region, then read every page: all rows, each once, in order.
    await table.getByRole('button', { name: 'Region', exact: true }).click();
    await expect.poll(() => status.textContent()).toBe(`Rows 1–100 of ${count}`);
    const seen: { id: string; region: string }[] = [];
    for (;;) {
      seen.push(
        ...(await rows.evaluateAll((list) =>
          list.map((row) => ({
            id: row.getAttribute('data-claim')!,
            region: row.querySelector('th')!.textContent!.trim(),
          })),
        )),
      );
      const next = page.getByRole('button', { name: 'Next rows' });
      if (await next.isDisabled()) break;
      const was = await status.textContent();
      await next.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => status.textContent()).not.toBe(was);
    }
    expect(seen).toHaveLength(count);
    expect(new Set(seen.map((row) => row.id)).size).toBe(count);
    const collator = new Intl.Collator('en');
    for (let i = 1; i < seen.length; i++) {
      expect(collator.compare(seen[i - 1]!.region, seen[i]!.region)).toBeLessThanOrEqual(0);
    }
    expect(await status.textContent()).toBe(
      `Rows ${Math.floor((count - 1) / 100) * 100 + 1}–${count} of ${count}`,
    );
    // A new sort starts again at the first page.
    await table.getByRole('button', { name: 'Region', exact: true }).click();
    await expect.poll(() => status.textContent()).toBe(`Rows 1–100 of ${count}`);
    await expectClean(opened);
  });
});
