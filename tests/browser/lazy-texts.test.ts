/**
 * The claims' texts load after the page (src/claims/app-data.ts, src/app/claim-texts.svelte.ts):
 * the page fetches `data/claims.app.json` (no quotes, sources by id), never the download
 * `data/claims.json`, and `data/claims.texts.json` in idle time or when the card needs it. While
 * the texts are on their way the card says so and shows no figure; when they arrive, the quote;
 * when they cannot be had, what failed, and the rest of the page still works.
 */
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, screenshotPath } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const TEXTS = '**/data/claims.texts.json';

interface Loaded {
  page: Page;
  context: BrowserContext;
  requested: string[];
}

/** A fresh page at `path`, `hold` (if given) set on the texts file before it loads. */
async function load(
  path: string,
  width: number,
  hold?: (route: Route) => Promise<void> | void,
): Promise<Loaded> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const requested: string[] = [];
  context.on('request', (request) => requested.push(new URL(request.url()).pathname));
  if (hold) await context.route(TEXTS, hold);
  const page = await context.newPage();
  await page.goto(new URL(path, baseUrl() + '/').href, { waitUntil: 'load' });
  return { page, context, requested };
}

/** A route handler that holds the texts file until `release()`. */
function held() {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  return {
    release: () => release(),
    handler: async (route: Route) => {
      await released;
      await route.continue();
    },
  };
}

describe('the texts load after the page', () => {
  it('fetches the page file first, never the download, and the texts in idle time', async () => {
    const { page, context, requested } = await load('?view=seed-004', 1280);
    await page.waitForFunction(() => performance.getEntriesByName('tc:interactive').length > 0);
    // Idle time comes within requestIdleCallback's 2 s timeout (claim-texts.svelte.ts).
    await expect
      .poll(() => requested.filter((p) => p.endsWith('/data/claims.texts.json')).length, {
        timeout: 15_000,
      })
      .toBe(1);
    expect(requested.filter((p) => p.endsWith('/data/claims.app.json'))).toHaveLength(1);
    expect(requested.filter((p) => p.endsWith('/data/claims.json'))).toEqual([]);
    const app = requested.findIndex((p) => p.endsWith('/data/claims.app.json'));
    const texts = requested.findIndex((p) => p.endsWith('/data/claims.texts.json'));
    expect(texts).toBeGreaterThan(app);
    // Opened now, the card has its quote at once.
    await page.locator('[data-region="UA-14"]').click();
    const card = page.getByTestId('citation-card');
    await expect
      .poll(() => card.getByTestId('card-quote').textContent())
      .toContain('about 80% of Donetsk');
    await context.close();
  });

  for (const [width, name] of [
    [1280, 'desktop'],
    [412, 'phone'],
  ] as const) {
    it(`while the texts are delayed the card waits politely, then shows the quote (${name})`, async () => {
      const hold = held();
      const { page, context } = await load('?view=seed-004&region=UA-14', width, hold.handler);
      const card = page.getByTestId('citation-card');
      const wait = card.getByTestId('card-texts-wait');
      await wait.waitFor();
      expect(await wait.getAttribute('role')).toBe('status');
      expect(await wait.textContent()).toContain('Loading the quote and its citation');
      // No figure without its quote.
      expect(await card.getByTestId('card-wording').count()).toBe(0);
      expect(await card.getByTestId('card-quote').count()).toBe(0);
      await page.screenshot({ path: screenshotPath(`lazy-texts-waiting-${name}.png`) });
      hold.release();
      const quote = card.getByTestId('card-quote');
      await quote.waitFor();
      expect(await quote.textContent()).toContain('about 80% of Donetsk');
      expect(await card.locator('mark').first().textContent()).toBe('about 80%');
      expect(await card.getByTestId('card-wording').textContent()).toBe('about 80%');
      expect(await wait.count()).toBe(0);
      await page.screenshot({ path: screenshotPath(`lazy-texts-quote-${name}.png`) });
      await context.close();
    });
  }

  it('in Ukrainian too: the waiting line, then the quote (phone)', async () => {
    const hold = held();
    const { page, context } = await load(
      'index.uk.html?view=seed-004&region=UA-14',
      412,
      hold.handler,
    );
    const card = page.getByTestId('citation-card');
    const wait = card.getByTestId('card-texts-wait');
    await wait.waitFor();
    expect(await wait.textContent()).toContain('Завантажуємо цитату');
    hold.release();
    const quote = card.getByTestId('card-quote');
    await quote.waitFor();
    expect(await quote.textContent()).toContain('about 80% of Donetsk');
    expect(await card.getByRole('button', { name: 'Копіювати цитування' }).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('lazy-texts-quote-uk-phone.png') });
    await context.close();
  });

  it('when the texts file cannot be had, the card says what failed and the page still works', async () => {
    const { page, context } = await load('?view=seed-004&region=UA-14', 1280, (route) =>
      route.fulfill({ status: 404, body: 'not here' }),
    );
    const card = page.getByTestId('citation-card');
    const failed = card.getByTestId('card-texts-failed');
    await failed.waitFor();
    expect(await failed.getAttribute('role')).toBe('alert');
    expect(await failed.textContent()).toMatch(/claims\.texts\.json.*404.*npm run build/s);
    expect(await card.getByTestId('card-wording').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('lazy-texts-failed-desktop.png') });
    // The map, the labels and the other regions still answer.
    await page.locator('[data-testid="region-labels"] [data-region="UA-09"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('UA-09');
    await expect.poll(() => card.locator('#card-title').textContent()).toContain('Luhansk');
    await context.close();
  });
});
