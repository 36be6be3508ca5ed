/**
 * The map page, in Chromium, against the built app: what a reader would check — the right
 * colour on the right region, the right quote in the card, the right URL after a click — and
 * that nothing leaves the app's origin, nothing logs an error, and axe finds nothing.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClaimsExport, type ExportedClaim } from '../../src/claims/export.ts';
import { loadExport } from '../../src/claims/load.ts';
import { PALETTES, shareColour } from '../../src/map/colour.ts';
import { buildViews, LATEST_VIEW, type View } from '../../src/views/views.ts';
import {
  launch,
  open,
  screenshotPath,
  useWebglMap,
  type Opened,
  type OpenOptions,
} from './harness.ts';
import { colourDistance, hexToRgb, modeColour, projectPoint, SAMPLE_POINTS } from './pixels.ts';

type RegionKey = keyof typeof SAMPLE_POINTS;

let browser: Browser;
let data: ClaimsExport;
let views: View<ExportedClaim>[];

beforeAll(async () => {
  browser = await launch();
  data = loadExport();
  views = buildViews(data.claims);
});

afterAll(async () => {
  await browser?.close();
});

const view = (id: string) => views.find((v) => v.id === id)!;

async function openApp(path: string, options?: OpenOptions): Promise<Opened> {
  const opened = await open(browser, path, options);
  await useWebglMap(opened.page);
  await opened.page.waitForSelector('[data-testid="region-labels"]');
  return opened;
}

/** Nothing outside the origin was requested, nothing logged an error. */
async function expectClean({ context, errors, external }: Opened) {
  await context.close();
  expect(external, 'requests outside the app origin').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
}

function expectedColour(v: View<ExportedClaim>, region: RegionKey, palette = PALETTES.light) {
  const value = v.values[region];
  return hexToRgb(value ? shareColour((value.low + value.high) / 2) : palette.noData);
}

async function expectRegionColours(opened: Opened, v: View<ExportedClaim>) {
  // Read the map itself, not the labels over it.
  await opened.page.evaluate(() =>
    document
      .querySelector<HTMLElement>('[data-testid="region-labels"]')
      ?.style.setProperty('visibility', 'hidden'),
  );
  for (const region of Object.keys(SAMPLE_POINTS) as RegionKey[]) {
    const want = expectedColour(v, region);
    // Projected on every try: the summary above the map can change height as the view's text
    // arrives, which moves the map on the page.
    await expect
      .poll(
        async () => {
          const point = await projectPoint(opened.page, SAMPLE_POINTS[region]);
          return colourDistance(await modeColour(opened.page, point.x, point.y), want);
        },
        {
          message: `${region} in view ${v.id}`,
          timeout: 5_000,
        },
      )
      .toBeLessThanOrEqual(6);
  }
  await opened.page.evaluate(() =>
    document
      .querySelector<HTMLElement>('[data-testid="region-labels"]')
      ?.style.removeProperty('visibility'),
  );
}

describe('the map', () => {
  it('renders with WebGL and colours the five regions by the default view', async () => {
    const opened = await openApp('');
    const webgl2 = await opened.page.evaluate(
      () => !!document.createElement('canvas').getContext('webgl2'),
    );
    expect(webgl2).toBe(true);
    expect(await opened.page.locator('[data-testid="map-area"]').getAttribute('data-view')).toBe(
      LATEST_VIEW,
    );
    await expectRegionColours(opened, view(LATEST_VIEW));
    await expectClean(opened);
  });

  it('colours the regions by document 004’s figures, hatching the ranges', async () => {
    const opened = await openApp('?view=seed-004');
    await expectRegionColours(opened, view('seed-004'));
    const labels = await opened.page
      .locator('[data-testid="region-labels"] button')
      .evaluateAll((buttons) =>
        buttons.map(
          (b) =>
            `${b.querySelector('.name')?.textContent} ${b.querySelector('.value')?.textContent}`,
        ),
      );
    expect(labels).toEqual([
      'Luhansk almost all',
      'Donetsk ~80%',
      'Zaporizhzhia ~75%',
      'Kherson ~75%',
      'Crimea all',
    ]);
    await expectClean(opened);
  });

  it('draws a region the view says nothing about in neutral grey, labelled “no figure”', async () => {
    const single = views.find(
      (v) => v.kind === 'source' && Object.keys(v.values).join() === 'UA-14',
    )!;
    const opened = await openApp(`?view=${single.id}`);
    await expectRegionColours(opened, single);
    const luhansk = opened.page.locator('[data-region="UA-09"]');
    expect(await luhansk.textContent()).toContain('no figure');
    await expectClean(opened);
  });

  it('keeps region labels from overlapping at phone width', async () => {
    const opened = await openApp('?view=seed-004', { width: 360, height: 740 });
    const boxes = await opened.page
      .locator('[data-testid="region-labels"] button')
      .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().toJSON() as DOMRect));
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const overlap =
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap).toBe(false);
      }
    for (const box of boxes) expect(box.height).toBeGreaterThanOrEqual(24);
    await expectClean(opened);
  });

  it('paints the blocks around the map apart, and the card sheet still lies over them on a phone', async () => {
    const opened = await openApp('?view=seed-004&region=UA-14', { width: 360, height: 740 });
    const { page } = opened;
    await page.getByTestId('card-wording').waitFor();
    const blocks = await page.evaluate(() =>
      [...document.querySelectorAll('.paint-apart')].map((el) => ({
        testid: el.getAttribute('data-testid') ?? el.className,
        isolation: getComputedStyle(el).isolation,
        holdsSheet: el.querySelector('[data-testid="card-sheet"]') !== null,
      })),
    );
    // The header, summary, legend, credit, image downloads, controls and the picker's groups.
    expect(blocks.length).toBeGreaterThanOrEqual(7);
    for (const block of blocks) {
      expect(block.isolation, block.testid).toBe('isolate');
      expect(block.holdsSheet, block.testid).toBe(false);
    }
    // Scroll a painted-apart block under the sheet: the sheet is what the reader sees and taps.
    await page.getByTestId('controls').scrollIntoViewIfNeeded();
    const sheet = (await page.getByTestId('card-sheet').boundingBox())!;
    expect(sheet.height).toBeGreaterThan(100);
    const onTop = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-testid="card-sheet"]') !== null,
      [sheet.x + sheet.width / 2, sheet.y + sheet.height / 2],
    );
    expect(onTop).toBe(true);
    await expectClean(opened);
  });
});

describe('switching views', () => {
  it('by mouse: colours, labels, summary and URL change without a reload; back restores', async () => {
    const opened = await openApp('');
    const { page } = opened;
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page
      .getByRole('radio', { name: /^Unnamed outlet, relaying Reuters and RIA Novosti/ })
      .click();
    await expectRegionColours(opened, view('seed-004'));
    // The colours come first; the address, summary and labels follow a frame later.
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('seed-004');
    await expect.poll(() => page.getByTestId('summary').textContent()).toContain('about 19%');
    await expect.poll(() => page.locator('[data-region="UA-14"]').textContent()).toContain('~80%');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBeNull();
    await expect
      .poll(() => page.locator('[data-testid="map-area"]').getAttribute('data-view'))
      .toBe(LATEST_VIEW);
    await expectRegionColours(opened, view(LATEST_VIEW));
    await expectClean(opened);
  });

  it('by keyboard: arrow keys move through the radio group', async () => {
    const opened = await openApp('');
    const { page } = opened;
    await page.getByRole('radio', { name: 'Latest independent figure per region' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('view'), { timeout: 5000 })
      .toBe('latest-russian-side');
    await expectRegionColours(opened, view('latest-russian-side'));
    // Focus is visible on the radio the keyboard reached.
    const outline = await page.evaluate(() => {
      const label = document.activeElement?.closest('label');
      return label ? getComputedStyle(label).outlineStyle : 'none';
    });
    expect(outline).not.toBe('none');
    await expectClean(opened);
  });

  it('a quick run of choices makes one history entry, and Back leaves it', async () => {
    const opened = await openApp('');
    const { page } = opened;
    const entries = await page.evaluate(() => history.length);
    // Through three single-source views (quick to draw), from the first one in the list.
    const first = views.find((v) => v.kind === 'source')!;
    await page.locator(`[data-testid="source-picker"] input[value="${first.id}"]`).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    const chosen = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    expect(chosen).not.toBe(LATEST_VIEW);
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe(chosen);
    await expectRegionColours(opened, view(chosen));
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBeNull();
    await expectRegionColours(opened, view(LATEST_VIEW));
    await expectClean(opened);
  });
});

describe('citations', () => {
  it('selecting Donetsk in the document-004 view shows the quote with “about 80% of Donetsk”', async () => {
    const opened = await openApp('?view=seed-004');
    const { page } = opened;
    await page.locator('[data-region="UA-14"]').click();
    const card = page.getByTestId('citation-card');
    await card.waitFor();
    expect(await card.getByTestId('card-quote').textContent()).toContain('about 80% of Donetsk');
    expect(await card.locator('mark').textContent()).toBe('about 80%');
    expect(await card.getByTestId('card-interval').textContent()).toContain('77.5–82.5%');
    expect(await card.getByTestId('card-date').textContent()).toContain('on or after 9 Nov 2025');
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('UA-14');
    // Copy citation puts the export's plain-text citation on the clipboard.
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await card.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toContain('Citation copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(data.claims.find((c) => c.id === 'seed-004/donetsk-control')!.citation);
    expect(copied).toContain('about 80% of Donetsk');
    await expectClean(opened);
  });

  it('opens a region from the keyboard (Enter on its label) and by clicking the map', async () => {
    const opened = await openApp('?view=seed-004');
    const { page } = opened;
    await page.locator('[data-region="UA-09"]').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: 'Luhansk Oblast' }).count())
      .toBe(1);
    expect(await page.getByTestId('card-wording').textContent()).toBe('almost all');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('citation-card').count()).toBe(0);
    const kherson = await projectPoint(page, SAMPLE_POINTS['UA-65']);
    await page.mouse.click(kherson.x, kherson.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('UA-65');
    expect(await page.getByTestId('card-wording').textContent()).toBe('about 75%');
    await expectClean(opened);
  });

  it('switches to another source’s view from the card’s list of claims', async () => {
    const opened = await openApp('?view=seed-004&region=UA-14');
    const { page } = opened;
    const item = page.getByTestId('citation-card').locator('li', { hasText: 'Vadym Filashkin' });
    await item.getByRole('button', { name: /Show this view/ }).click();
    await expect.poll(() => page.getByTestId('card-wording').textContent()).toBe('67.2%');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('view'))
      .toBe('menafn-ukrinform-2025-07-31');
    await expectClean(opened);
  });
});

describe('table and downloads', () => {
  it('lists every claim; choosing a row shows its claim on the map, and the region highlights rows', async () => {
    const opened = await openApp('');
    const { page } = opened;
    const table = page.getByTestId('claims-table');
    // The claims' rows (the "Computed from a map" group after them has rows of its own).
    expect(await table.locator('tbody tr[data-claim]').count()).toBe(data.claims.length);
    await table.locator('tr[data-claim="seed-004/kherson-control"] th button').click();
    await expect.poll(() => page.url()).toMatch(/view=seed-004&region=UA-65/);
    expect(await page.getByTestId('card-wording').textContent()).toBe('about 75%');
    const highlighted = await table.locator('tbody tr.highlight').count();
    expect(highlighted).toBe(
      data.claims.filter((c) => ['UA-65', 'annexed-four'].includes(c.region)).length,
    );
    await expectClean(opened);
  });

  it('downloads the CSV with a citation for every row, and the JSON export itself', async () => {
    const opened = await openApp('');
    const { page } = opened;
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-csv').click(),
    ]);
    const csv = await readFile((await csvDownload.path())!, 'utf8');
    const rows = parseCsv(csv);
    const header = rows[0]!;
    const citation = header.indexOf('citation');
    expect(citation).toBeGreaterThanOrEqual(0);
    const body = rows.slice(1).filter((row) => row.length > 1);
    expect(body).toHaveLength(data.claims.length);
    const quoteColumn = header.indexOf('quote');
    for (const row of body) {
      expect(row[citation]!.length).toBeGreaterThan(20);
      expect(row[citation]).toContain(row[quoteColumn]!);
    }
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-json').click(),
    ]);
    const json = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8'));
    expect(json).toEqual(JSON.parse(JSON.stringify(data)));
    await expectClean(opened);
  });
});

describe('URL and themes', () => {
  it('falls back to the default view with a polite, dismissable notice for ?view=nope', async () => {
    const opened = await openApp('?view=nope');
    const { page } = opened;
    expect(await page.locator('[data-testid="map-area"]').getAttribute('data-view')).toBe(
      LATEST_VIEW,
    );
    const notice = page.getByTestId('notice');
    expect(await notice.textContent()).toContain('There is no view “nope”');
    expect(await notice.getAttribute('role')).toBe('status');
    await expectRegionColours(opened, view(LATEST_VIEW));
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => page.getByTestId('notice').count()).toBe(0);
    await expectClean(opened);
  });

  it('switches to the dark theme in place, and keeps it in the URL', async () => {
    const opened = await openApp('?view=seed-004');
    const { page } = opened;
    await page
      .getByRole('group', { name: 'Colour theme' })
      .getByText('Dark', { exact: true })
      .click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('dark');
    // The sea, well away from Ukraine, in the dark palette; the data colours unchanged.
    const sea = await projectPoint(page, [31.5, 44.6]);
    await expect
      .poll(async () =>
        colourDistance(await modeColour(page, sea.x, sea.y), hexToRgb(PALETTES.dark.sea)),
      )
      .toBeLessThanOrEqual(3);
    await expectRegionColours(opened, view('seed-004'));
    await expectClean(opened);
  });
});

describe('accessibility and screenshots', () => {
  for (const colorScheme of ['light', 'dark'] as const)
    for (const [width, height] of [
      [360, 740],
      [1280, 800],
    ] as const)
      it(`axe finds no violations (${colorScheme}, ${width}×${height}), with the card open`, async () => {
        const opened = await openApp('?view=seed-004&region=UA-14', { width, height, colorScheme });
        // Open Sources and method too, so axe checks it.
        await opened.page.evaluate(() =>
          document.querySelectorAll('details').forEach((d) => (d.open = true)),
        );
        const results = await new AxeBuilder({ page: opened.page }).analyze();
        expect(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
        ).toEqual([]);
        await opened.page.screenshot({
          path: screenshotPath(`app-${colorScheme}-${width}x${height}.png`),
        });
        await expectClean(opened);
      });
});

/** RFC 4180: quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      rows.at(-1)!.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      rows.at(-1)!.push(field);
      field = '';
      rows.push([]);
    } else field += char;
  }
  if (field || rows.at(-1)!.length) rows.at(-1)!.push(field);
  return rows;
}
