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
import { mapDistance } from '../../src/mapped/compare.ts';
import type { MappedSeries } from '../../src/mapped/series.ts';
import { launch, open, screenshotPath, type Opened } from './harness.ts';

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
  const donetsk = claimsAbout(loadExport().claims, 'UA-14');
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
        .poll(() => page.getByTestId('timeline-mapped-key').textContent())
        .toContain("Measured on DeepStateMap's map");

      const shown = await page.getByTestId('card-map-distance').allTextContents();
      expect(shown.map((t) => t.trim())).toEqual(expected);
      const card = page.getByTestId('citation-card');
      await expect.poll(() => card.textContent()).toContain('measured, not quoted');
      await page.getByTestId('claims-timeline').screenshot({
        path: screenshotPath(`mapped-card-chart-donetsk-${width}.png`),
      });
      if (width === 1280) {
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      }
      await expectClean(opened);
    });
  }
});
