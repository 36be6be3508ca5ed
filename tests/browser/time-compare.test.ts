/**
 * Disagreement and time, in Chromium: compare mode's two colourings either side of the divider,
 * the date control taking Kherson back to its 2022 claim, the claims chart, keyboard-only use,
 * and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportedClaim } from '../../src/claims/export.ts';
import { loadExport } from '../../src/claims/load.ts';
import { PALETTES, shareColour } from '../../src/map/colour.ts';
import { timelinePoints } from '../../src/views/time.ts';
import { launch, open, screenshotPath, useWebglMap, type Opened } from './harness.ts';
import { colourDistance, hexToRgb, modeColour, type Rgb } from './pixels.ts';

let browser: Browser;
let claims: ExportedClaim[];

beforeAll(async () => {
  browser = await launch();
  claims = loadExport().claims;
});

afterAll(async () => {
  await browser?.close();
});

async function expectClean({ context, errors, external }: Opened) {
  await context.close();
  expect(external, 'requests outside the app origin').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
}

/** Page position of a longitude/latitude on the first SVG map under `selector`. */
async function svgPoint(
  page: Page,
  lngLat: [number, number],
  selector = '[data-testid="map-area"]',
) {
  return page.evaluate(
    ([sel, lng, lat]) => {
      type Projecting = HTMLElement & {
        project?: (p: [number, number]) => { x: number; y: number };
      };
      const map = document
        .querySelector(sel as string)
        ?.querySelector<Projecting>('[data-testid="svg-map"]');
      if (!map?.project) throw new Error('no SVG map with project()');
      const point = map.project([lng as number, lat as number]);
      const box = map.getBoundingClientRect();
      return { x: box.left + point.x + scrollX, y: box.top + point.y + scrollY };
    },
    [selector, lngLat[0], lngLat[1]] as const,
  );
}

async function colourAt(page: Page, lngLat: [number, number], selector?: string): Promise<Rgb> {
  await page.evaluate(() =>
    document
      .querySelectorAll<HTMLElement>('[data-testid="region-labels"]')
      .forEach((labels) => labels.style.setProperty('visibility', 'hidden')),
  );
  const point = await svgPoint(page, lngLat, selector);
  const colour = await modeColour(page, point.x, point.y);
  await page.evaluate(() =>
    document
      .querySelectorAll<HTMLElement>('[data-testid="region-labels"]')
      .forEach((labels) => labels.style.removeProperty('visibility')),
  );
  return colour;
}

/** Zaporizhzhia, west and east of where the divider starts (longitude 35.6). */
const ZAP_WEST: [number, number] = [35.0, 46.9];
const ZAP_EAST: [number, number] = [36.4, 47.3];

describe('compare mode', () => {
  it('shows two colourings split at the divider, which moves by keyboard', async () => {
    const opened = await open(browser, '?view=seed-004&compare=menafn-ukrinform-2025-07-31');
    const { page } = opened;
    await page.waitForSelector(
      '[data-testid="compare-maps"] [data-testid="svg-map"][data-ready="true"]',
    );
    const divider = page.getByTestId('compare-divider');
    const dividerX = await divider.evaluate(
      (el) => el.getBoundingClientRect().left + el.getBoundingClientRect().width / 2,
    );
    const west = await svgPoint(page, ZAP_WEST);
    const east = await svgPoint(page, ZAP_EAST);
    expect(west.x).toBeLessThan(dividerX);
    expect(east.x).toBeGreaterThan(dividerX);
    // Left: document 004's "about 75%" (hatched, coloured at 75). Right: Filashkin gives no figure.
    expect(
      colourDistance(await colourAt(page, ZAP_WEST), hexToRgb(shareColour(75))),
    ).toBeLessThanOrEqual(6);
    expect(
      colourDistance(await colourAt(page, ZAP_EAST), hexToRgb(PALETTES.light.noData)),
    ).toBeLessThanOrEqual(6);
    // Both captions name their source and date.
    expect(await page.getByTestId('compare-maps').textContent()).toContain(
      'Vadym Filashkin, via MENAFN, 31 Jul 2025',
    );
    // Region selection works in the right half (east of the divider); the card shows both views.
    await page.locator('[data-testid="compare-right"] [data-region="UA-14"]').click();
    expect(await page.getByTestId('card-wording').textContent()).toBe('about 80%');
    expect(await page.getByTestId('compare-wording').textContent()).toBe('67.2%');
    await page.screenshot({ path: screenshotPath('compare-1280x800.png') });
    // Keyboard: End moves the divider to the right edge; the left view now covers Zaporizhzhia.
    await divider.focus();
    await page.keyboard.press('End');
    expect(await divider.getAttribute('aria-valuenow')).toBe('100');
    await expect
      .poll(async () => colourDistance(await colourAt(page, ZAP_EAST), hexToRgb(shareColour(75))))
      .toBeLessThanOrEqual(6);
    // And in the left half, which now covers the whole map.
    await page.locator('[data-testid="compare-left"] [data-region="UA-09"]').click();
    expect(await page.getByTestId('card-wording').textContent()).toBe('almost all');
    expect(await page.getByTestId('compare-none').textContent()).toContain(
      'gives no figure for Luhansk',
    );
    await expectClean(opened);
  });

  it('is chosen and left with the keyboard alone, and stacks the maps on a phone', async () => {
    const opened = await open(browser, '?view=seed-004', { width: 360, height: 740 });
    const { page } = opened;
    const select = page.getByTestId('compare-select');
    await select.waitFor();
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).not.toBeNull();
    const halves = page.locator('[data-testid="compare-maps"] .half');
    await expect.poll(() => halves.count()).toBe(2);
    const [top, bottom] = await halves.evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
    );
    expect(bottom!.top).toBeGreaterThanOrEqual(top!.bottom);
    await page.screenshot({ path: screenshotPath('compare-360x740.png'), fullPage: true });
    await page.getByTestId('compare-stop').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBeNull();
    await expectClean(opened);
  });
});

describe('time', () => {
  const KHERSON: [number, number] = [34.2, 46.35];

  it('moving the date back to 2022 shows Kherson’s 2022 claim, in colour and card', async () => {
    // Stremousov's is a party to the war's claim: it is in the Russian side's view, not the
    // headline's (which has no independent figure for Kherson in 2022).
    const opened = await open(browser, '?view=latest-russian-side&region=UA-65');
    const { page } = opened;
    await useWebglMap(page);
    const field = page.getByTestId('date-field');
    await field.fill('2022-09-30');
    await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2022-09-30');
    // Stremousov's "Nearly 95%", read as 90–95, coloured at 92.5.
    await expect.poll(() => page.getByTestId('card-wording').textContent()).toBe('Nearly 95%');
    expect(await page.getByTestId('card-quote').textContent()).toContain(
      'Nearly 95% of the Kherson region',
    );
    const point = await page.evaluate(([lng, lat]) => {
      type Projecting = HTMLElement & {
        project?: (p: [number, number]) => { x: number; y: number };
      };
      const map = document.querySelector<Projecting>(
        '[data-testid="maplibre-map"][data-loaded="true"]',
      )!;
      const p = map.project!([lng!, lat!]);
      const box = map.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, KHERSON);
    await page.evaluate(() =>
      document
        .querySelector<HTMLElement>('[data-testid="region-labels"]')!
        .style.setProperty('visibility', 'hidden'),
    );
    await expect
      .poll(async () =>
        colourDistance(await modeColour(page, point.x, point.y), hexToRgb(shareColour(92.5))),
      )
      .toBeLessThanOrEqual(6);
    await page.screenshot({ path: screenshotPath('date-2022-1280x800.png') });
    await expectClean(opened);
  });

  it('steps month by month from the keyboard on the slider', async () => {
    const opened = await open(browser, '?view=latest');
    const { page } = opened;
    const slider = page.getByTestId('date-slider');
    await slider.waitFor();
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2022-06-30');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2022-07-31');
    expect(await page.locator('[data-testid="map-area"]').getAttribute('data-view')).toBe('latest');
    expect(await page.getByTestId('summary').textContent()).toContain('as of 31 Jul 2022');
    await page.getByTestId('date-latest').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBeNull();
    await expectClean(opened);
  });

  it('charts one mark per control claim about Donetsk in its card', async () => {
    const opened = await open(browser, '?view=seed-004&region=UA-14');
    const { page } = opened;
    const chart = page.getByTestId('claims-timeline');
    await chart.waitFor();
    const expected = timelinePoints(claims, 'UA-14');
    expect(expected.length).toBeGreaterThan(5);
    expect(await chart.getByTestId('timeline-mark').count()).toBe(expected.length);
    // The selected claim is marked as current.
    expect(await chart.locator('[aria-current="true"]').count()).toBe(1);
    await expectClean(opened);
  });
});

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const)
    for (const [width, height] of [
      [360, 740],
      [1280, 800],
    ] as const)
      it(`axe finds nothing in compare mode with a date and the disagreement view (${colorScheme}, ${width}px)`, async () => {
        for (const path of [
          '?view=seed-004&compare=latest&date=2025-06-30&region=UA-14',
          '?view=disagreement&region=UA-14',
        ]) {
          const opened = await open(browser, path, { width, height, colorScheme });
          await opened.page.waitForSelector('[data-testid="controls"]');
          await opened.page.waitForSelector('[data-testid="citation-card"]');
          const results = await new AxeBuilder({ page: opened.page }).analyze();
          expect(
            results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
            path,
          ).toEqual([]);
          await expectClean(opened);
        }
      });
});
