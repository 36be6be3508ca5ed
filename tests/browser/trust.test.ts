/**
 * Trust, as a reader checks it (issue 13): the source text behind a quote, read from the card
 * with the quote marked; no reader-facing label naming an archive file; the headline view
 * showing only independent figures, and a party's figure marked wherever it is on the map.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open, screenshotPath, type Opened } from './harness.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function openCard(path: string, width = 1280, height = 800): Promise<Opened> {
  const opened = await open(browser, path, { width, height });
  await opened.page.getByTestId('citation-card').waitFor();
  return opened;
}

async function expectClean({ context, errors, external }: Opened) {
  await context.close();
  expect(external, 'requests outside the app origin').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
}

describe('the source text', () => {
  it('opens from the card with every quote marked and the chosen one in view (full text)', async () => {
    const opened = await openCard('?view=seed-004&region=UA-14');
    const { page } = opened;
    await page.getByTestId('read-source').click();
    const dialog = page.getByTestId('source-text');
    await dialog.getByTestId('source-text-chosen').waitFor();
    expect(await dialog.getByRole('heading').textContent()).toBe(
      'Unnamed outlet, relaying Reuters and RIA Novosti, on or after 9 Nov 2025',
    );
    expect(await dialog.getByTestId('source-text-about').textContent()).toContain('The full text');
    const chosen = dialog.getByTestId('source-text-chosen');
    expect(await chosen.textContent()).toContain('about 80% of Donetsk');
    // Every passage the dataset quotes from this text is marked: the figures sentence (shared
    // by six claims), the demands, Lavrov's words, Zelensky's…
    expect(await dialog.locator('mark').count()).toBeGreaterThanOrEqual(6);
    // The chosen quote is scrolled into the text's view.
    const inView = await chosen.evaluate((mark) => {
      const box = mark.getBoundingClientRect();
      const frame = mark.closest('.text')!.getBoundingClientRect();
      return box.bottom > frame.top && box.top < frame.bottom;
    });
    expect(inView).toBe(true);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.screenshot({ path: screenshotPath('source-text-seed-004-1280.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expectClean(opened);
  });

  it('says an excerpt is one and links the page it came from', async () => {
    const opened = await openCard('?view=deepstate-online-ua-2026-01-02&region=UA-14', 360, 740);
    const { page } = opened;
    expect(await page.getByTestId('card-quote').textContent()).toContain('Donetsk — 78.1%');
    await page.getByTestId('read-source').click();
    const dialog = page.getByTestId('source-text');
    await dialog.getByTestId('source-text-chosen').waitFor();
    const about = dialog.getByTestId('source-text-about');
    expect(await about.textContent()).toContain('An excerpt');
    expect(await about.getByRole('link', { name: 'news.online.ua' }).getAttribute('href')).toBe(
      'https://news.online.ua/en/deepstate-calculated-the-area-of-ukraine-occupied-by-the-russian-federation-in-2025-900209/',
    );
    expect(await dialog.getByTestId('source-text-chosen').textContent()).toBe(
      'Donetsk — 78.1% (+10.6)',
    );
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.screenshot({ path: screenshotPath('source-text-excerpt-360.png') });
    await expectClean(opened);
  });

  it('names no archive file anywhere a reader reads', async () => {
    const opened = await openCard('?view=seed-004&region=UA-14');
    const { page } = opened;
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}/);
    expect(text).not.toMatch(/document 00\d/i);
    expect(text).toContain(
      'Unnamed outlet, relaying Reuters and RIA Novosti, on or after 9 Nov 2025',
    );
    await expectClean(opened);
  });
});

describe('who speaks', () => {
  it('the headline view shows independent figures and says so', async () => {
    const opened = await openCard('?region=UA-14');
    const { page } = opened;
    expect(await page.getByTestId('summary').textContent()).toContain(
      'Latest independent figure per region',
    );
    expect(await page.getByTestId('party-note').count()).toBe(0);
    // Donetsk is DeepState's 78.1% (relayed by Ukraina Moloda, c. Jan 2026), not Pushilin's
    // newer 83–85%.
    expect(await page.getByTestId('card-quote').textContent()).toContain('Донецька – 78.1%');
    expect(await page.locator('[data-region="UA-14"]').textContent()).toContain('78.1%');
    const labels = await page.getByTestId('region-labels').innerText();
    expect(labels).not.toMatch(/\b(RU|UA)\b/);
    await expectClean(opened);
  });

  it('marks the Russian side’s claim on the map and in the summary', async () => {
    const opened = await openCard('?view=latest-russian-side&region=UA-14');
    const { page } = opened;
    expect(await page.locator('[data-region="UA-14"]').textContent()).toContain('83–85% RU');
    expect(await page.getByTestId('party-note').textContent()).toBe(
      'RU: a figure from the Russian side, a party to the war, not an independent one.',
    );
    expect(await page.getByTestId('card-quote').textContent()).toContain('83-85%');
    await expectClean(opened);
  });

  it('shows a date known only to the year as such, counted from its end', async () => {
    const opened = await openCard('?view=metroreport-2025&region=UA-65');
    const { page } = opened;
    expect(await page.getByTestId('card-date').textContent()).toContain('c. 2025');
    expect(await page.getByTestId('card-precision').textContent()).toContain(
      'Known only to the year: counted from 31 Dec 2025',
    );
    await expectClean(opened);
  });
});
