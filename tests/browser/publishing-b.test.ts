/**
 * Publishing, part B (issue 19): social cards, the title and "Copy link", frozen embeds, and the
 * map on phones. Against the built app in Chromium.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serve, type Served } from '../support/server.ts';
import { APP_JSON, splitFiles, TEXTS_JSON } from '../../src/claims/app-data.ts';
import { baseUrl, launch, open, screenshotPath } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the page has hydrated (the prerendered map takes clicks). */
async function ready(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('tc:interactive').length > 0);
}

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
  ).toEqual([]);
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('social cards', () => {
  it.each([
    ['index.html', 'card.png'],
    ['index.uk.html', 'card.uk.png'],
    ['embed.html', 'card.png'],
    ['embed.uk.html', 'card.uk.png'],
  ])('%s: og:image resolves to a PNG of the stated size', async (page, card) => {
    const url = `${baseUrl()}/${page}`;
    const html = await (await fetch(url)).text();
    const meta = (key: string) =>
      new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
    const image = meta('og:image');
    expect(image).toBe(card);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('og:title')).toBeTruthy();
    expect(meta('og:description')).toBeTruthy();
    expect(meta('og:image:alt')).toMatch(/Donetsk|Донецька/);
    const response = await fetch(new URL(image!, url));
    expect(response.status).toBe(200);
    const size = pngSize(Buffer.from(await response.arrayBuffer()));
    expect(size).toEqual({
      width: Number(meta('og:image:width')),
      height: Number(meta('og:image:height')),
    });
    expect(size).toEqual({ width: 1200, height: 630 });
  });

  it('the embed shows the card to a reader without scripts', async () => {
    const opened = await open(browser, 'embed.html', { javaScriptEnabled: false });
    const img = opened.page.locator('[data-testid="noscript-card"]');
    await img.waitFor();
    expect(await img.getAttribute('src')).toBe('card.png');
    expect(await img.evaluate((el: HTMLImageElement) => [el.complete, el.naturalWidth])).toEqual([
      true,
      1200,
    ]);
    await opened.context.close();
  });
});

describe('the title and Copy link', () => {
  it('the title follows the view, its date and the region', async () => {
    const opened = await open(browser, 'index.html');
    const { page } = opened;
    await ready(page);
    expect(await page.title()).toBe('Latest independent figure per region · Territory Claims');
    await page.locator('[data-testid="region-labels"] [data-region="UA-14"]').click();
    await page.waitForFunction(() => document.title.startsWith('Donetsk: Latest'));
    // Another view from the picker: its name and date.
    const option = page.locator('[data-testid="source-picker"] input[value="seed-004"]');
    await option.evaluate((input: HTMLInputElement) => input.click());
    await page.waitForFunction(() => document.title.includes('9 Nov 2025'));
    expect(await page.title()).toMatch(/^Donetsk: .*Reuters.*9 Nov 2025 · Territory Claims$/);
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  });

  it('Copy link puts the address of the view on the clipboard and says so', async () => {
    const opened = await open(browser, 'index.html?view=seed-004&region=UA-23');
    const { page, context } = opened;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: baseUrl(),
    });
    await ready(page);
    const button = page.getByRole('button', { name: 'Copy link' });
    await button.click();
    await expect
      .poll(() => page.locator('[data-testid="copy-link-status"]').textContent())
      .toBe('Link copied: it opens this view.');
    expect(await page.locator('[data-testid="copy-link-status"]').getAttribute('role')).toBe(
      'status',
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).searchParams.get('view')).toBe('seed-004');
    expect(new URL(copied).searchParams.get('region')).toBe('UA-23');
    await axeClean(page);
    await opened.context.close();
  });
});

describe('frozen embeds', () => {
  let copy: string;
  let served: Served;
  beforeAll(async () => {
    // A copy of the build whose dataset has a newer claim, as after the next data update.
    copy = mkdtempSync(join(tmpdir(), 'territory-claims-newer-'));
    cpSync(inject('distDir'), copy, { recursive: true });
    const file = join(copy, 'data/claims.json');
    const dataset = JSON.parse(readFileSync(file, 'utf8'));
    const base = dataset.claims.find(
      (claim: { id: string }) => claim.id === 'deepstate-online-ua-2026-01-02/donetsk-control',
    );
    expect(base).toBeTruthy();
    const source = {
      ...base.source,
      id: 'deepstate-newer',
      date: '2026-06-01',
      dateLabel: '1 Jun 2026',
    };
    dataset.claims.push({
      ...base,
      id: 'deepstate-newer/donetsk-control',
      asOf: '2026-06-01',
      low: 91.2,
      high: 91.2,
      wording: '91.2%',
      source,
    });
    dataset.sources.push(source);
    writeFileSync(file, JSON.stringify(dataset));
    // The page reads its split of the export (src/claims/app-data.ts).
    const { app, texts } = splitFiles(dataset);
    writeFileSync(join(copy, APP_JSON), app);
    writeFileSync(join(copy, TEXTS_JSON), texts);
    served = await serve({ root: copy });
  });
  afterAll(async () => {
    await served?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  /** Donetsk's label once it shows `expected` (the page's data, not the prerendered HTML). */
  async function donetsk(
    url: string,
    expected: string,
  ): Promise<{ value: string; footer: string; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await ready(page);
    const label = page.locator('[data-testid="region-labels"] [data-region="UA-14"] .value');
    // The data of the copy, not the prerendered HTML: the summary has hydrated.
    await page.waitForFunction(() => document.querySelector('[data-testid="embed-footer"]'));
    await expect.poll(async () => (await label.textContent())?.trim()).toBe(expected);
    return {
      value: (await label.textContent())!.trim(),
      footer: (await page.locator('[data-testid="embed-footer"]').textContent())!,
      page,
    };
  }

  it('"as of" keeps the figures when a newer claim is added; "always latest" shows it', async () => {
    // The embed code as the dialog writes it, "as of" the newest figure's day.
    const opened = await open(browser, 'index.html');
    const { page } = opened;
    await ready(page);
    await page.locator('[data-testid="embed-button"]').click();
    await page.locator('[data-testid="embed-frozen"]').check();
    const code = await page.locator('[data-testid="embed-code"]').inputValue();
    const src = /<iframe src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
    const frozenUrl = new URL(src);
    expect(frozenUrl.searchParams.get('date')).toBe('2026-03-10');
    expect(code).toContain('loading="lazy"');
    const amp = await page.locator('[data-testid="embed-amp-code"]').inputValue();
    expect(amp).toMatch(/^<amp-iframe src="[^"]*embed\.html\?view=latest&amp;date=2026-03-10"/);
    expect(amp).toContain('resizable');
    await axeClean(page);
    await opened.context.close();

    const query = frozenUrl.search;
    const frozen = await donetsk(`${served.url}/embed.html${query}`, '78.1%');
    const latest = await donetsk(`${served.url}/embed.html?view=latest`, '91.2%');
    const original = await donetsk(`${baseUrl()}/embed.html?view=latest`, '78.1%');
    expect(original.value).toBe('78.1%');
    expect(latest.value).toBe('91.2%');
    expect(frozen.value).toBe('78.1%');
    expect(frozen.footer).toContain('Figures as of 10 Mar 2026, frozen.');
    expect(latest.footer).not.toContain('frozen');
    // Still frozen after the embed rewrote its own address.
    expect(new URL(frozen.page.url()).searchParams.get('date')).toBe('2026-03-10');
    await axeClean(frozen.page);
    for (const opened of [frozen, latest, original]) await opened.page.context().close();
  });
});

describe('phones', () => {
  it.each([
    ['index.html', 'page-360-en'],
    ['index.uk.html', 'page-360-uk'],
    ['embed.html', 'embed-360-en'],
    ['embed.uk.html', 'embed-360-uk'],
  ])('%s at 360 px: no label covers any of the five regions’ centres', async (path, name) => {
    const opened = await open(browser, path, { width: 360, height: 760 });
    const { page } = opened;
    await ready(page);
    const found = await page.evaluate(() => {
      const leaders = [...document.querySelectorAll('[data-testid="label-leaders"] line')];
      const layer = document
        .querySelector('[data-testid="region-labels"]')!
        .getBoundingClientRect();
      const centres = leaders.map((line) => ({
        id: line.getAttribute('data-leader')!,
        x: layer.left + Number(line.getAttribute('data-anchor-x')),
        y: layer.top + Number(line.getAttribute('data-anchor-y')),
      }));
      // Each centre is in its region on the map (the unit under it, labels let through).
      const under = centres.map((c) => {
        const code = document
          .elementsFromPoint(c.x, c.y)
          .find((el) => el.hasAttribute('data-code'))
          ?.getAttribute('data-code');
        return { id: c.id, code };
      });
      const boxes = [...document.querySelectorAll('[data-testid="region-labels"] button')].map(
        (button) => {
          const r = button.getBoundingClientRect();
          return {
            id: button.getAttribute('data-region'),
            l: r.left,
            t: r.top,
            r: r.right,
            b: r.bottom,
          };
        },
      );
      return { centres, under, boxes };
    });
    expect(found.centres.length).toBe(5);
    expect(found.boxes.length).toBe(5);
    const crimea = ['UA-43', 'UA-40'];
    for (const { id, code } of found.under) {
      if (id === 'crimea') expect(crimea).toContain(code);
      else expect(code).toBe(id);
    }
    for (const box of found.boxes) {
      for (const c of found.centres) {
        const covers = c.x >= box.l - 2 && c.x <= box.r + 2 && c.y >= box.t - 2 && c.y <= box.b + 2;
        expect(covers, `${box.id} covers the centre of ${c.id}`).toBe(false);
      }
    }
    await page.screenshot({ path: screenshotPath(`publishing-${name}.png`), fullPage: true });
    await axeClean(page);
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  });

  it('the embed has no empty band between summary and map at desktop widths', async () => {
    for (const width of [1280, 740]) {
      const opened = await open(browser, 'embed.html', { width, height: 900 });
      await ready(opened.page);
      const gap = await opened.page.evaluate(() => {
        const summary = document.querySelector('[data-testid="summary"]')!.getBoundingClientRect();
        const map = document.querySelector('[data-testid="map-area"]')!.getBoundingClientRect();
        return map.top - summary.bottom;
      });
      expect(gap, `at ${width} px`).toBeGreaterThanOrEqual(0);
      expect(gap, `at ${width} px`).toBeLessThanOrEqual(16);
      if (width === 1280)
        await opened.page.screenshot({ path: screenshotPath('publishing-embed-1280.png') });
      await opened.context.close();
    }
  });

  it('says politely that the zoomable map is loading, then that it is ready', async () => {
    const opened = await open(browser, 'index.html', { width: 360, height: 760 });
    const { page } = opened;
    await ready(page);
    const status = page.locator('[data-testid="map-loading"]');
    expect(await status.getAttribute('role')).toBe('status');
    await page.evaluate(() => {
      const el = document.querySelector('[data-testid="map-loading"]')!;
      const seen: string[] = [];
      (window as unknown as { __said: string[] }).__said = seen;
      new MutationObserver(() => seen.push(el.textContent!.trim())).observe(el, {
        subtree: true,
        childList: true,
        characterData: true,
      });
      const stage = document.querySelector('[data-testid="map-area"] [data-renderer]')!;
      stage.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }));
    });
    await page.waitForSelector('[data-testid="maplibre-map"][data-loaded="true"]', {
      timeout: 30_000,
    });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __said: string[] }).__said))
      .toEqual(expect.arrayContaining(['Loading the zoomable map…', 'Zoomable map ready.']));
    await opened.context.close();
  });
});
