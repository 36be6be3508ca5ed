/**
 * Every URL parameter with malformed, out-of-range, control-character and combined values, on
 * the page and the embed, against the built app: no page error, a notice saying what was done
 * (with no character in it that reverses or hides text), an address that reads back with no
 * problem, and a page that still works (the source picker changes the view, a region's label
 * opens its card). One browser and one tab for the whole table: each case is a page load.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STATE, EMBED_DEFAULT_STATE } from '../../src/app/state.svelte.ts';
import { loadExport } from '../../src/claims/load.ts';
import { ISO_CODES } from '../../src/geo/regions.ts';
import { parseUrlState, type KnownValues } from '../../src/state/url.ts';
import { DISAGREEMENT_VIEW } from '../../src/views/disagreement.ts';
import { datedRange } from '../../src/views/time.ts';
import { buildViews } from '../../src/views/views.ts';
import { baseUrl, launch, screenshotPath } from './harness.ts';

interface UrlCase {
  /** Page and query, relative to the app's base. */
  path: string;
  /** Whether the page must show a notice. */
  notice: boolean;
  /** The address the page must settle on (the query string), when it is known exactly. */
  search?: string;
}

const RLO = '%E2%80%AE';
const ZWSP = '%E2%80%8B';
const LONG = 'x'.repeat(5000);

const PAGE_CASES: UrlCase[] = [
  // view
  { path: '?view=nope', notice: true, search: '' },
  { path: '?view=SEED-004', notice: true, search: '' },
  { path: `?view=${RLO}seed-004`, notice: true, search: '' },
  { path: '?view=seed-004%00', notice: true, search: '' },
  { path: '?view=%07%1B%5B31m', notice: true, search: '' },
  { path: `?view=${LONG}`, notice: true, search: '' },
  { path: '?view=__proto__', notice: true, search: '' },
  { path: '?view=%E0%A4%A', notice: true, search: '' },
  { path: '?view=disagreement', notice: false, search: '?view=disagreement' },
  // region
  { path: '?region=UA-99', notice: true, search: '' },
  { path: '?region=ua-14', notice: false, search: '?region=UA-14' },
  { path: `?region=UA-14${ZWSP}`, notice: true, search: '' },
  { path: '?region=constructor', notice: true, search: '' },
  // theme
  { path: '?theme=purple', notice: true, search: '' },
  { path: '?theme=dark%1B', notice: true, search: '' },
  // date
  { path: '?date=9999-12-31', notice: true, search: '' },
  { path: '?date=1901-01-01', notice: true, search: '?date=2022-06-02' },
  { path: '?date=2024-02-30', notice: true, search: '' },
  { path: '?date=2025-13-01', notice: true, search: '' },
  { path: `?date=2025-07-24${RLO}`, notice: true, search: '' },
  { path: '?date=latest', notice: false, search: '' },
  // compare
  { path: '?compare=nope', notice: true, search: '' },
  { path: '?compare=latest', notice: true, search: '' },
  { path: '?compare=seed-004', notice: false, search: '?compare=seed-004' },
  // categories
  { path: '?categories=nope', notice: true, search: '' },
  { path: '?categories=party-ua,nope', notice: true, search: '?categories=party-ua' },
  { path: `?categories=${LONG}`, notice: true, search: '' },
  { path: `?categories=media${RLO},party-ru`, notice: true, search: '?categories=party-ru' },
  { path: '?categories=none', notice: false, search: '?categories=none' },
  // the period
  { path: '?view=disagreement&from=2026-03-11', notice: true },
  { path: '?from=9999-12-31', notice: true },
  { path: '?to=1901-01-01', notice: true },
  { path: '?view=disagreement&from=2025-06-01&to=2025-01-01', notice: true },
  { path: '?view=disagreement&from=banana&to=%00', notice: true, search: '?view=disagreement' },
  // flags
  { path: '?controls=2', notice: true, search: '' },
  { path: '?static=yes', notice: true, search: '' },
  // combined
  { path: '?categories=party-ua&view=seed-004', notice: true, search: '?categories=party-ua' },
  { path: '?categories=party-ua&compare=seed-004', notice: true, search: '?categories=party-ua' },
  { path: '?view=seed-004&compare=seed-004', notice: true, search: '?view=seed-004' },
  {
    path: '?view=disagreement&from=2026-03-11&to=1901-01-01&date=9999-12-31&region=UA-99&theme=x',
    notice: true,
  },
  {
    path: `?view=${RLO}x&compare=${ZWSP}&region=${RLO}&date=${RLO}&from=${RLO}&to=%1B&categories=${RLO}&theme=%00&controls=%07&static=%08`,
    notice: true,
    search: '',
  },
  { path: '?categories=none&view=seed-004&compare=moscow-claim', notice: true },
];

const EMBED_CASES: UrlCase[] = [
  { path: 'embed.html?controls=1&from=2026-06-01', notice: true },
  { path: `embed.html?view=${RLO}x&region=UA-14`, notice: true, search: '?region=UA-14' },
  { path: 'embed.html?controls=yes&static=2', notice: true, search: '' },
  {
    path: 'embed.html?categories=party-ua&view=seed-004&controls=1',
    notice: true,
    search: '?categories=party-ua&controls=1',
  },
  { path: 'embed.html?date=9999-12-31&controls=1', notice: true, search: '?controls=1' },
  { path: 'embed.html?to=1901-01-01&view=disagreement', notice: true },
  { path: `embed.html?region=${LONG}&controls=1&theme=${RLO}dark`, notice: true },
  { path: 'embed.html?sync=maybe&controls=1', notice: true, search: '?controls=1' },
  { path: 'embed.html?sync=1&region=UA-14', notice: false, search: '?region=UA-14&sync=1' },
];

let browser: Browser;
let context: BrowserContext;
let page: Page;
let known: { page: KnownValues; embed: KnownValues };
const errors: string[] = [];

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const claims = loadExport().claims;
  const views = new Set([...buildViews(claims).map((v) => v.id), DISAGREEMENT_VIEW]);
  const common = { views, regions: new Set<string>(ISO_CODES), range: datedRange(claims) };
  known = {
    page: { ...common, defaults: DEFAULT_STATE },
    embed: { ...common, defaults: EMBED_DEFAULT_STATE },
  };
});

afterAll(async () => {
  await browser?.close();
});

/** Loads a case and checks everything the reader would; returns the notice's text. */
async function check(test: UrlCase, embedded: boolean): Promise<string> {
  errors.length = 0;
  await page.goto(new URL(test.path, baseUrl() + '/').href, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('tc:interactive').length > 0);
  await page.getByTestId('summary').waitFor();

  // A notice, with nothing in it that reverses or hides what follows.
  const notice = page.getByTestId('notice');
  if (test.notice) await notice.waitFor();
  const noticeText = test.notice ? ((await notice.textContent()) ?? '') : '';
  expect(await notice.count(), 'a notice').toBe(test.notice ? 1 : 0);
  expect(noticeText).not.toMatch(/[\p{Cc}\p{Cf}]/u);

  // The address: normalised, so that it reads back with no problem (and as expected).
  await expect
    .poll(async () => {
      const search = await page.evaluate(() => location.search);
      return parseUrlState(search, embedded ? known.embed : known.page).problems;
    })
    .toEqual([]);
  if (test.search !== undefined) {
    await expect.poll(() => page.evaluate(() => location.search)).toBe(test.search);
  }

  // The card opens from a region's label (by keyboard: in compare mode the halves overlap).
  await page.locator('[data-testid="region-labels"] button').last().focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('citation-card').waitFor();

  // The picker (the page's, and the embed's with controls) changes the view.
  const hasControls = await page.evaluate(() =>
    new URL(location.href).searchParams.get('controls'),
  );
  if (!embedded || hasControls === '1') {
    const picker = page.getByTestId('source-picker');
    await picker.waitFor();
    const before = await page.getByTestId('summary').textContent();
    await picker.locator('input[type="radio"]:not(:checked)').first().check();
    await expect.poll(() => page.getByTestId('summary').textContent()).not.toBe(before);
    await page.getByTestId('compare-bar').waitFor();
  }
  expect(errors, `errors on ${test.path.slice(0, 120)}`).toEqual([]);
  return noticeText;
}

describe('every URL parameter, malformed, out of range, hidden characters, combined', () => {
  it(`the page: ${PAGE_CASES.length} addresses`, { timeout: 300_000 }, async () => {
    for (const test of PAGE_CASES) await check(test, false);
  });

  it(`the embed: ${EMBED_CASES.length} addresses`, { timeout: 120_000 }, async () => {
    for (const test of EMBED_CASES) await check(test, true);
  });

  it('says what it did with a period after the newest figure, and reads forwards', async () => {
    const text = await check({ path: '?view=disagreement&from=2026-03-11', notice: true }, false);
    expect(text).toContain('is after the newest figure');
    const bidi = await check({ path: `?view=${RLO}abc`, notice: true, search: '' }, false);
    expect(bidi).toContain('“[U+202E]abc”');
    await page.screenshot({ path: screenshotPath('hostile-url-bidi-1280.png') });
  });
});
