/**
 * Claims against the map, in Chromium: Donetsk's card draws the share measured on
 * DeepStateMap's map as a line behind the claims and gives each claim its distance from the
 * map; screenshots at phone and desktop width; axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExport } from '../../src/claims/load.ts';
import { claimsAbout } from '../../src/views/views.ts';
import { groupOf, SPEAKER_GROUPS } from '../../src/views/speakers.ts';
import type { DatasetClaim } from '../../src/app/types.ts';
import { mapDistance } from '../../src/mapped/compare.ts';
import type { MappedSeries } from '../../src/mapped/series.ts';
import { PALETTES, shareColour } from '../../src/map/colour.ts';
import { spreadColour } from '../../src/map/spread-colour.ts';
import { launch, open, screenshotPath, type Opened } from './harness.ts';
import { colourDistance, hexToRgb, modeColour } from './pixels.ts';
import type { Page } from 'playwright-core';

let browser: Browser;
const series = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../data/mapped/deepstate.json'), 'utf8'),
) as MappedSeries;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function expectClean({ context, errors, external }: Opened) {
  await context.close();
  expect(external, 'requests outside the app origin').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
}

describe("Donetsk's card against DeepStateMap's map", () => {
  // In the card's order: by speaker group (the legend's order), newest first within each.
  const groupIndex = (claim: DatasetClaim) =>
    SPEAKER_GROUPS.findIndex((group) => group.id === groupOf(claim.speakerCategory).id);
  const donetsk = claimsAbout(loadExport().claims, 'UA-14').sort(
    (a, b) => groupIndex(a) - groupIndex(b),
  );
  const expected = donetsk.flatMap((claim) => {
    const d = mapDistance(claim, series);
    return d ? [d.text] : [];
  });

  it('the data give Donetsk claims to compare, some near a snapshot', () => {
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.some((text) => /points (above|below) DeepStateMap's map of/.test(text))).toBe(
      true,
    );
  });

  for (const [width, height] of [
    [1280, 900],
    [360, 780],
  ] as const) {
    it(`draws the mapped line behind the marks and a distance for each claim (${width} px)`, async () => {
      const opened = await open(browser, '?view=latest&region=UA-14', { width, height });
      const { page } = opened;
      const line = page.getByTestId('timeline-mapped');
      await line.waitFor();
      // One point per snapshot, drawn before (behind) the claims' marks.
      const d = (await line.getAttribute('d')) ?? '';
      expect(d.match(/[ML]/g)).toHaveLength(series.snapshots.length);
      const behind = await page.evaluate(() => {
        const path = document.querySelector('[data-testid="timeline-mapped"]')!;
        const mark = document.querySelector('[data-testid="timeline-mark"]')!;
        return !!(path.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(behind).toBe(true);
      // The line rises with the measured share: its last point is above (smaller y) its first.
      const ys = [...d.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
      expect(ys.at(-1)!).toBeLessThan(ys[0]!);
      await expect
        .poll(() => page.getByTestId('timeline-mapped-key').textContent(), { timeout: 15_000 })
        .toContain("Computed from a map: measured on DeepStateMap's map");

      const shown = await page.getByTestId('card-map-distance').allTextContents();
      expect(shown.map((t) => t.trim())).toEqual(expected);
      const card = page.getByTestId('citation-card');
      await expect
        .poll(() => card.textContent(), { timeout: 15_000 })
        .toContain('measured, not quoted');
      await page.getByTestId('claims-timeline').screenshot({
        path: screenshotPath(`mapped-card-chart-donetsk-${width}.png`),
      });
      if (width === 1280) {
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      }
      await expectClean(opened);
    }, 120_000);
  }
});

/** The colour painted at a longitude/latitude on the SVG map, labels hidden. */
async function colourAt(page: Page, lngLat: [number, number]) {
  await page.evaluate(() =>
    document
      .querySelectorAll<HTMLElement>('[data-testid="region-labels"]')
      .forEach((labels) => labels.style.setProperty('visibility', 'hidden')),
  );
  const point = await page.evaluate(([lng, lat]) => {
    type Projecting = HTMLElement & { project?: (p: [number, number]) => { x: number; y: number } };
    const map = document.querySelector<Projecting>(
      '[data-testid="map-area"] [data-testid="svg-map"]',
    );
    if (!map?.project) throw new Error('no SVG map with project()');
    const p = map.project([lng as number, lat as number]);
    const box = map.getBoundingClientRect();
    return { x: box.left + p.x + scrollX, y: box.top + p.y + scrollY };
  }, lngLat);
  const colour = await modeColour(page, point.x, point.y);
  await page.evaluate(() =>
    document
      .querySelectorAll<HTMLElement>('[data-testid="region-labels"]')
      .forEach((labels) => labels.style.removeProperty('visibility')),
  );
  return colour;
}

const KHARKIV: [number, number] = [37.3, 49.7];
const LVIV: [number, number] = [24.0, 49.8];
const DONETSK: [number, number] = [37.8, 48.0];

describe('"Computed from a map" in the filter', () => {
  it('unticking it takes the map line and the distances out of the card, ticking brings them back', async () => {
    const opened = await open(browser, '?view=latest&region=UA-14');
    const { page } = opened;
    await page.getByTestId('timeline-mapped').waitFor();
    const box = page.getByTestId('category-mapped');
    await box.waitFor();
    expect(await box.textContent()).toContain('Computed from a map (measured, not a claim)');
    await box.getByRole('checkbox').uncheck();
    await expect
      .poll(() => page.getByTestId('timeline-mapped').count(), { timeout: 15_000 })
      .toBe(0);
    expect(await page.getByTestId('card-map-distance').count()).toBe(0);
    expect(await page.getByTestId('table-measured').count()).toBe(0);
    await box.getByRole('checkbox').check();
    await page.getByTestId('timeline-mapped').waitFor();
    expect(await page.getByTestId('card-map-distance').count()).toBeGreaterThan(3);
    // The claims table's own group: the measured shares, unquoted, each with its citation.
    const group = page.getByTestId('table-measured');
    await group.waitFor();
    const last = series.snapshots.at(-1)!;
    const donetsk = group.locator('tr[data-measured="UA-14"]');
    expect(await donetsk.locator('td').first().textContent()).toBe(
      `${last.shares['UA-14']![0].toFixed(1)}%`,
    );
    expect(await donetsk.textContent()).toContain('Computed from a map');
    expect(await group.textContent()).not.toMatch(/["“”]/);
    expect(await group.getByTestId('table-measured-citation').first().textContent()).toContain(
      'as measured by this project; method:',
    );
    await expectClean(opened);
  });

  it('is kept in the address: a shared link keeps the whole filter', async () => {
    const opened = await open(browser, '?view=latest&region=UA-14');
    const { page } = opened;
    await page.getByTestId('timeline-mapped').waitFor();
    await page.getByTestId('category-mapped').getByRole('checkbox').uncheck();
    await page
      .getByTestId('category-filter')
      .getByRole('checkbox', { name: /Ukrainian side/ })
      .uncheck();
    // The address follows once the reader pauses: wait for both boxes to be in it.
    const inAddress = () => {
      const params = new URL(page.url()).searchParams;
      return `${params.get('mapped')} ${params.get('categories')}`;
    };
    await expect
      .poll(inAddress, { timeout: 15_000 })
      .toBe('0 party-ru,mapping-project,news-agency,media,analyst,third-party');
    const shared = page.url();

    // The link opened afresh: both boxes still off, no map line, no Ukrainian marks.
    await page.goto(shared);
    const box = page.getByTestId('category-mapped').getByRole('checkbox');
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    expect(
      await page
        .getByTestId('category-filter')
        .getByRole('checkbox', { name: /Ukrainian side/ })
        .isChecked(),
    ).toBe(false);
    await page.getByTestId('claims-timeline').waitFor();
    expect(await page.getByTestId('timeline-mapped').count()).toBe(0);
    expect(await page.getByTestId('card-map-distance').count()).toBe(0);

    // A bad value: shown, and a notice says so.
    await page.goto(shared.replace('mapped=0', 'mapped=perhaps'));
    await expect
      .poll(() => page.getByTestId('notice').textContent(), { timeout: 15_000 })
      .toContain('perhaps');
    await page.getByTestId('timeline-mapped').waitFor();
    await expectClean(opened);
  });
});

describe('the map views measured on DeepStateMap', () => {
  const last = series.snapshots.at(-1)!;

  it('"Mapped by DeepState" colours Kharkiv by its measured share, and follows the date', async () => {
    const opened = await open(browser, '?view=mapped-deepstate');
    const { page } = opened;
    await page.getByTestId('mapped-summary').waitFor();
    await expect
      .poll(() => page.getByTestId('mapped-summary').textContent(), { timeout: 15_000 })
      .toContain(`Kharkiv ${last.shares['UA-63']![0].toFixed(1)}%`);
    const kharkiv = await colourAt(page, KHARKIV);
    expect(colourDistance(kharkiv, hexToRgb(shareColour(last.shares['UA-63']![0])))).toBeLessThan(
      12,
    );
    expect(colourDistance(kharkiv, hexToRgb(PALETTES.light.land))).toBeGreaterThan(20);
    expect(colourDistance(await colourAt(page, LVIV), hexToRgb(PALETTES.light.land))).toBeLessThan(
      12,
    );
    expect(await page.getByTestId('legend').textContent()).toContain(
      "Computed from a map: share of each unit occupied on DeepStateMap's map, as measured by this project",
    );
    await page.screenshot({ path: screenshotPath('mapped-view-1280.png') });

    // The date control: the snapshot in force on 2 Jan 2025.
    await page.goto(
      page.url().replace('view=mapped-deepstate', 'view=mapped-deepstate&date=2025-01-02'),
    );
    const early = series.snapshots.find((s) => s.date === '2025-01-02')!;
    await expect
      .poll(() => page.getByTestId('mapped-summary').textContent(), { timeout: 15_000 })
      .toContain("DeepStateMap's map of 2 Jan 2025");
    const donetsk = await colourAt(page, DONETSK);
    expect(colourDistance(donetsk, hexToRgb(shareColour(early.shares['UA-14']![0])))).toBeLessThan(
      12,
    );
    await expectClean(opened);
  });

  it('the date control runs to the last snapshot; a link to a day after the last claim keeps it', async () => {
    const opened = await open(browser, '?view=mapped-deepstate&date=2026-06-10');
    const { page } = opened;
    await expect
      .poll(() => page.getByTestId('mapped-summary').textContent(), { timeout: 15_000 })
      .toContain("DeepStateMap's map of 1 Jun 2026");
    const field = page.getByTestId('date-field');
    await expect.poll(() => field.getAttribute('max'), { timeout: 15_000 }).toBe(last.date);
    expect(await field.inputValue()).toBe('2026-06-10');
    expect(await page.getByTestId('date-control').textContent()).toContain('22 Aug 2026');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('date'), { timeout: 15_000 })
      .toBe('2026-06-10');
    expect(await page.getByTestId('notice').count()).toBe(0);

    // The slider's last step is the last snapshot ("latest"); one step back, 31 Jul 2026.
    const slider = page.getByTestId('date-slider');
    await slider.focus();
    await page.keyboard.press('End');
    await expect
      .poll(() => page.getByTestId('mapped-summary').textContent(), { timeout: 15_000 })
      .toContain("DeepStateMap's map of 22 Aug 2026");
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.getByTestId('mapped-summary').textContent(), { timeout: 15_000 })
      .toContain("DeepStateMap's map of 15 Jul 2026");
    await expectClean(opened);
  });

  it('labels the units elsewhere whose share is large enough to read (≥ 0.5% as shown), in English and Ukrainian', async () => {
    const opened = await open(browser, '?view=mapped-deepstate', { width: 1280, height: 900 });
    const { page } = opened;
    const kharkiv = page.locator('[data-testid="map-area"] .label[data-region="UA-63"]');
    await kharkiv.waitFor();
    const share = `${last.shares['UA-63']![0].toFixed(1)}%`;
    expect((await kharkiv.locator('.name').textContent())?.trim()).toBe('Kharkiv');
    expect((await kharkiv.locator('.value').textContent())?.trim()).toBe(share);
    expect(await kharkiv.getAttribute('data-region')).toBe('UA-63');
    // Sumy 0.94% and Mykolaiv 0.46% (shown 0.5%) are labelled; Dnipropetrovsk 0.11% is not
    // (the summary names it), nor Lviv, which the map does not touch.
    expect(last.shares['UA-59']![0]).toBeGreaterThanOrEqual(0.5);
    await page.locator('[data-testid="map-area"] .label[data-region="UA-59"]').waitFor();
    expect(
      (
        await page
          .locator('[data-testid="map-area"] .label[data-region="UA-48"] .value')
          .textContent()
      )?.trim(),
    ).toBe('0.5%');
    for (const code of ['UA-12', 'UA-46']) {
      expect(
        await page.locator(`[data-testid="map-area"] .label[data-region="${code}"]`).count(),
      ).toBe(0);
    }
    // The labels do not overlap one another.
    const boxes = await page
      .locator('[data-testid="map-area"] .label')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes).toHaveLength(8);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(
          a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top,
        ).toBe(true);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // A click on the label opens Kharkiv's card.
    await kharkiv.click();
    await page.getByTestId('card-measured').waitFor();
    await page.screenshot({ path: screenshotPath('mapped-view-labels-1280.png') });
    // The claims' views keep their five labels.
    await page.goto(page.url().replace('view=mapped-deepstate', 'view=latest'));
    await page.locator('[data-testid="map-area"] .label[data-region="UA-14"]').waitFor();
    expect(await page.locator('[data-testid="map-area"] .label[data-region="UA-63"]').count()).toBe(
      0,
    );

    await page.goto(page.url().replace(/\?.*$/, '?lang=uk&view=mapped-deepstate'));
    const uk = page.locator('[data-testid="map-area"] .label[data-region="UA-63"]');
    await uk.waitFor();
    expect((await uk.locator('.name').textContent())?.trim()).toBe('Харківська');
    expect(await uk.locator('.sr-only').textContent()).toContain('Харківська область');
    expect(await uk.locator('.sr-only').textContent()).toContain('за вимірюванням цього проєкту');
    await expectClean(opened);
  }, 120_000);

  it("Kharkiv's card (phone) gives the measured share as a measurement, not a quote", async () => {
    const opened = await open(browser, '?view=mapped-deepstate&region=UA-63', {
      width: 360,
      height: 780,
    });
    const { page } = opened;
    const measured = page.getByTestId('card-measured');
    await measured.waitFor();
    const text = (await measured.textContent()) ?? '';
    expect(text).toContain(`${last.shares['UA-63']![0].toFixed(1)}% of Kharkiv`);
    expect(text).toContain('a measurement, not a quote');
    expect(text).not.toMatch(/["“”]/);
    await page.screenshot({ path: screenshotPath('mapped-view-kharkiv-360.png') });
    await expectClean(opened);
  });

  it('"Claims against the map" paints each region by its farthest claim; legend and card read', async () => {
    const opened = await open(browser, '?view=against-map&region=UA-14');
    const { page } = opened;
    const legend = page.getByTestId('spread-legend');
    await legend.waitFor();
    const legendText = (await legend.textContent()) ?? '';
    expect(legendText).toContain(
      'Computed from a map: largest distance of a claim from the map, percentage points',
    );
    const match = /Donetsk: ([\d.]+) points/.exec(legendText);
    expect(match).not.toBeNull();
    const points = Number(match![1]);
    expect(points).toBeGreaterThan(1);
    expect(
      colourDistance(await colourAt(page, DONETSK), hexToRgb(spreadColour(points))),
    ).toBeLessThan(12);
    const distances = await page.getByTestId('card-against-distance').allTextContents();
    expect(distances.length).toBeGreaterThan(1);
    expect(distances.some((t) => t.includes(`${points.toFixed(1)} points`))).toBe(true);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.screenshot({ path: screenshotPath('against-map-1280.png') });
    await expectClean(opened);
  }, 120_000);
});

describe('the card and the two views at phone and desktop width', () => {
  for (const [width, height] of [
    [360, 780],
    [1280, 900],
  ] as const) {
    it(`paint, each with its measured text, at ${width} px (screenshots for the closing note)`, async () => {
      const opened = await open(browser, '?view=latest&region=UA-14', { width, height });
      const { page } = opened;
      await page.getByTestId('timeline-mapped').waitFor();
      await page.getByTestId('card-map-distance').first().waitFor();
      await page.screenshot({ path: screenshotPath(`note-donetsk-card-${width}.png`) });

      await page.goto(page.url().replace(/\?.*$/, '?view=mapped-deepstate'));
      await page.locator('[data-testid="map-area"] .label[data-region="UA-63"]').waitFor();
      expect(await page.getByTestId('mapped-summary').textContent()).toContain('Kharkiv');
      await page.screenshot({ path: screenshotPath(`note-mapped-view-${width}.png`) });

      await page.goto(page.url().replace(/\?.*$/, '?view=against-map'));
      const legend = page.getByTestId('spread-legend');
      await legend.waitFor();
      expect(await legend.textContent()).toMatch(/Donetsk: [\d.]+ points/);
      await page.screenshot({ path: screenshotPath(`note-against-map-${width}.png`) });
      await expectClean(opened);
    }, 120_000);
  }
});
