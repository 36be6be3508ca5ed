/**
 * The SVG map's three uses, in Chromium: the fallback where WebGL is missing, static embeds
 * that load no MapLibre, and "Download image"; plus the Embed dialog and the first paint.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportedClaim } from '../../src/claims/export.ts';
import { loadExport } from '../../src/claims/load.ts';
import { PALETTES, shareColour } from '../../src/map/colour.ts';
import { mapProjection } from '../../src/render/svg-map.ts';
import { buildViews, type View } from '../../src/views/views.ts';
import { baseUrl, launch, open, screenshotPath, type Opened } from './harness.ts';
import { colourDistance, hexToRgb, modeColour, projectPoint, SAMPLE_POINTS } from './pixels.ts';

type RegionKey = keyof typeof SAMPLE_POINTS;

let browser: Browser;
let views: View<ExportedClaim>[];

beforeAll(async () => {
  browser = await launch();
  views = buildViews(loadExport().claims);
});

afterAll(async () => {
  await browser?.close();
});

const view = (id: string) => views.find((v) => v.id === id)!;

async function expectClean({ context, errors, external }: Opened) {
  await context.close();
  expect(external, 'requests outside the app origin').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
}

async function expectSvgColours(opened: Opened, v: View<ExportedClaim>) {
  const { page } = opened;
  await page.evaluate(() =>
    document
      .querySelector<HTMLElement>('[data-testid="region-labels"]')
      ?.style.setProperty('visibility', 'hidden'),
  );
  for (const region of Object.keys(SAMPLE_POINTS) as RegionKey[]) {
    const value = v.values[region];
    const want = hexToRgb(
      value ? shareColour((value.low + value.high) / 2) : PALETTES.light.noData,
    );
    const point = await projectPoint(page, SAMPLE_POINTS[region]);
    await expect
      .poll(async () => colourDistance(await modeColour(page, point.x, point.y), want), {
        message: region,
      })
      .toBeLessThanOrEqual(6);
  }
  await page.evaluate(() =>
    document
      .querySelector<HTMLElement>('[data-testid="region-labels"]')
      ?.style.removeProperty('visibility'),
  );
}

describe('without WebGL', () => {
  it('shows the SVG map in the right colours, a note, and a working card', async () => {
    const noWebgl = await launch(['--disable-3d-apis', '--disable-webgl', '--disable-webgl2']);
    try {
      const opened = await open(noWebgl, '?view=seed-004');
      const { page } = opened;
      expect(
        await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2')),
      ).toBe(false);
      await page.waitForSelector('[data-testid="svg-map"][data-ready="true"]');
      // Reaching for the map (to pan or zoom) is when MapLibre would load: the note says why not.
      const area = (await page.getByTestId('map-area').boundingBox())!;
      await page.mouse.move(area.x + 4, area.y + 4);
      await expect
        .poll(() => page.getByTestId('map-note').textContent())
        .toContain('WebGL 2 is off or missing');
      expect(await page.locator('[data-testid="maplibre-map"]').count()).toBe(0);
      await expectSvgColours(opened, view('seed-004'));
      await page.locator('[data-region="UA-14"]').click();
      expect(await page.getByTestId('card-quote').textContent()).toContain('about 80% of Donetsk');
      // A click on the SVG map itself selects a region too.
      const kherson = await projectPoint(page, SAMPLE_POINTS['UA-65']);
      await page.mouse.click(kherson.x, kherson.y);
      await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('UA-65');
      await page.getByRole('radio', { name: /^DeepState, via Online\.ua/ }).click();
      await expectSvgColours(opened, view('deepstate-online-ua-2026-01-02'));
      await page.screenshot({ path: screenshotPath('no-webgl-1280x800.png') });
      await expectClean(opened);
    } finally {
      await noWebgl.close();
    }
  });
});

describe('static embeds', () => {
  it('load no MapLibre file at all and draw the same colours', async () => {
    const opened = await open(browser, 'embed.html?static=1&view=seed-004');
    const requested: string[] = [];
    opened.page.on('request', (request) => requested.push(request.url()));
    const { page } = opened;
    await page.waitForSelector('[data-testid="svg-map"][data-ready="true"]');
    await expectSvgColours(opened, view('seed-004'));
    await page.waitForFunction(() => performance.getEntriesByName('tc:interactive').length > 0);
    const all = [
      ...requested,
      ...(await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => entry.name),
      )),
    ];
    expect(all.filter((url) => /maplibre|ClaimsMap/i.test(url))).toEqual([]);
    expect(await page.locator('[data-testid="maplibre-map"]').count()).toBe(0);
    expect(await page.getByTestId('embed-footer').textContent()).toContain(
      'Unnamed outlet, relaying Reuters and RIA Novosti, on or after 9 Nov 2025',
    );
    await expectClean(opened);
  });

  it("name the disagreement view's sources in the footer: those of every claim it counts", async () => {
    const opened = await open(browser, 'embed.html?static=1&view=disagreement');
    const { page } = opened;
    await page.getByTestId('spread-legend').waitFor();
    const footer = (await page.getByTestId('embed-footer').locator('p').first().textContent())!;
    expect(footer).toMatch(/^Sources: .*DeepState.*\.$/s);
    expect(footer).not.toMatch(/Sources:\s*\./);
    await expectClean(opened);
  });
});

describe('first paint', () => {
  it('paints the default view from the HTML alone, before any script runs', async () => {
    const opened = await open(browser, '', { javaScriptEnabled: false });
    const { page } = opened;
    await page.waitForSelector('[data-prerendered="true"] [data-testid="svg-map"] svg');
    const area = (await page.getByTestId('map-area').boundingBox())!;
    const projection = mapProjection(area.width - 2, area.height - 2);
    const latest = view('latest');
    for (const region of Object.keys(SAMPLE_POINTS) as RegionKey[]) {
      const value = latest.values[region];
      const want = hexToRgb(
        value ? shareColour((value.low + value.high) / 2) : PALETTES.light.noData,
      );
      const [x, y] = projection(SAMPLE_POINTS[region])!;
      // The map area's 1 px border.
      const got = await modeColour(page, area.x + 1 + x, area.y + 1 + y);
      expect(colourDistance(got, want), region).toBeLessThanOrEqual(6);
    }
    expect(await page.getByTestId('summary').textContent()).toContain(
      'Latest independent figure per region',
    );
    await page.screenshot({ path: screenshotPath('prerendered-no-js-1280x800.png') });
    await expectClean(opened);
  });

  it('hides the prerendered map when the address asks for another view, until it is drawn', async () => {
    // boot.js runs; the app's own scripts never arrive.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.route('**/assets/*.js', (route) => route.abort());
      const visibility = async (path: string) => {
        await page.goto(new URL(path, baseUrl() + '/').href, { waitUntil: 'load' });
        return page.getByTestId('map-area').evaluate((e) => getComputedStyle(e).visibility);
      };
      expect(await visibility('index.html?view=seed-004')).toBe('hidden');
      expect(await visibility('index.html')).toBe('visible');
    } finally {
      await context.close();
    }
  });

  it('loads no MapLibre until the reader reaches for the map, then swaps it in on the same frame', async () => {
    const opened = await open(browser, '?view=seed-004');
    const requested: string[] = [];
    opened.page.on('request', (request) => requested.push(request.url()));
    const { page } = opened;
    await page.waitForFunction(() => performance.getEntriesByName('tc:interactive').length > 0);
    await page.waitForSelector('[data-testid="svg-map"][data-ready="true"]');
    const marks = await page.evaluate(() =>
      Object.fromEntries(
        ['tc:first-paint', 'tc:interactive'].map((name) => [
          name,
          performance.getEntriesByName(name)[0]?.startTime ?? -1,
        ]),
      ),
    );
    expect(marks['tc:first-paint']).toBeGreaterThan(0);
    expect(marks['tc:interactive']).toBeGreaterThanOrEqual(marks['tc:first-paint']!);
    // Regions can be chosen on the SVG map; no MapLibre file has been asked for.
    await page.waitForTimeout(500);
    expect(requested.filter((url) => /maplibre|ClaimsMap/i.test(url))).toEqual([]);
    const points = Object.values(SAMPLE_POINTS);
    const onSvg = await page.evaluate((lngLats) => {
      const svg = document.querySelector('[data-testid="svg-map"]') as HTMLElement & {
        project(p: [number, number]): { x: number; y: number };
      };
      return lngLats.map((p) => svg.project(p));
    }, points);

    const area = (await page.getByTestId('map-area').boundingBox())!;
    await page.mouse.move(area.x + 4, area.y + 4);
    await page.waitForSelector('[data-testid="maplibre-map"][data-loaded="true"]');
    expect(requested.some((url) => /maplibre-gl/.test(url))).toBe(true);
    const onWebgl = await page.evaluate((lngLats) => {
      const map = document.querySelector('[data-testid="maplibre-map"]') as HTMLElement & {
        project(p: [number, number]): { x: number; y: number };
      };
      return lngLats.map((p) => map.project(p));
    }, points);
    // The same frame: every point within half a pixel.
    onSvg.forEach((p, i) => {
      expect(Math.abs(p.x - onWebgl[i]!.x)).toBeLessThan(0.5);
      expect(Math.abs(p.y - onWebgl[i]!.y)).toBeLessThan(0.5);
    });
    // MapLibre's first frame already has the view's colours.
    const donetsk = await projectPoint(page, SAMPLE_POINTS['UA-14']);
    expect(
      colourDistance(await modeColour(page, donetsk.x, donetsk.y), hexToRgb(shareColour(80))),
    ).toBeLessThanOrEqual(6);
    expect(await page.locator('[data-testid="svg-map"]').count()).toBe(0);
    await expectClean(opened);
  });
});

describe('switching views on the SVG map', () => {
  it('paints a choice in the picker within the click itself; the text follows after that frame', async () => {
    const opened = await open(browser, '');
    const { page } = opened;
    await page.waitForSelector('[data-testid="source-picker"] input[value="seed-004"]');
    await page.waitForSelector('[data-testid="svg-map"][data-ready="true"]');
    const donetsk = view('seed-004').values['UA-14']!;
    const seen = await page.evaluate(() => {
      const map = document.querySelector('[data-testid="svg-map"]')!;
      const fill = (selector: string) => map.querySelector(selector)?.getAttribute('fill');
      const summary = () => document.querySelector('[data-testid="summary"]')?.textContent ?? '';
      const before = summary();
      document
        .querySelector<HTMLInputElement>('[data-testid="source-picker"] input[value="seed-004"]')!
        .click();
      // No frame, no task, no microtask since the click: what the next frame will show.
      return {
        fill: fill('path[data-code="UA-14"]'),
        hatch: fill('path[data-hatch-of="UA-14"]'),
        summaryChanged: summary() !== before,
      };
    });
    expect(seen.fill).toBe(shareColour((donetsk.low + donetsk.high) / 2));
    expect(seen.hatch).toMatch(/^url\(#/);
    expect(seen.summaryChanged).toBe(false);
    await expect.poll(() => page.getByTestId('summary').textContent()).toContain('about 19%');
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('seed-004');
    await expectSvgColours(opened, view('seed-004'));
    await expectClean(opened);
  });
});

describe('switching views quickly', () => {
  it('a choice made before the last one has drawn overtakes it, even in another fill mode', async () => {
    const opened = await open(browser, '');
    const { page } = opened;
    await page.waitForSelector('[data-testid="source-picker"] input[value="disagreement"]');
    await page.waitForSelector('[data-testid="svg-map"][data-ready="true"]');
    // Both in one task: seed-004's state change still waits for its frame when the
    // disagreement view (the spread scale, so no early repaint) is chosen.
    await page.evaluate(() => {
      const pick = (id: string) =>
        document
          .querySelector<HTMLInputElement>(`[data-testid="source-picker"] input[value="${id}"]`)!
          .click();
      pick('seed-004');
      pick('disagreement');
    });
    await expect
      .poll(() => page.getByTestId('map-area').getAttribute('data-view'))
      .toBe('disagreement');
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('disagreement');
    // No choice is left waiting to land (the scheduler's unit tests time the rest).
    await page.waitForSelector('[data-testid="map-area"]:not([data-choice-pending])');
    expect(await page.getByTestId('map-area').getAttribute('data-view')).toBe('disagreement');
    expect(new URL(page.url()).searchParams.get('view')).toBe('disagreement');
    await expectClean(opened);
  });
  it('a run of choices paints every step; the text skips the steps between and follows the last', async () => {
    const opened = await open(browser, '');
    const { page } = opened;
    await page.waitForSelector('[data-testid="source-picker"] input[value="seed-004"]');
    await page.waitForSelector('[data-testid="svg-map"][data-ready="true"]');
    const run = views.filter((v) => v.kind === 'source' && v.values['UA-14']).slice(0, 4);
    expect(run).toHaveLength(4);
    // Four choices in a row, as an arrow key held down: each step's Donetsk fill is read right
    // after its click, and every name the summary shows is recorded until the run has landed.
    // When the state follows (after the frame, or the run's pause) is the scheduler's, unit
    // tested with fake timers (src/app/choice-scheduler.test.ts); here, what the reader sees.
    const seen = await page.evaluate(
      async (ids) => {
        const summary = document.querySelector('[data-testid="summary"]')!;
        const area = document.querySelector('[data-testid="map-area"]')!;
        const names: string[] = [];
        const record = () => {
          const name = summary.querySelector('.view-name')?.textContent ?? '';
          if (names.at(-1) !== name) names.push(name);
        };
        const observer = new MutationObserver(record);
        observer.observe(summary, { subtree: true, childList: true, characterData: true });
        const fills: (string | null)[] = [];
        for (const id of ids) {
          document
            .querySelector<HTMLInputElement>(`[data-testid="source-picker"] input[value="${id}"]`)!
            .click();
          fills.push(
            document
              .querySelector('[data-testid="svg-map"] path[data-code="UA-14"]')!
              .getAttribute('fill'),
          );
        }
        const waiting = area.hasAttribute('data-choice-pending');
        await new Promise<void>((landed) => {
          const watch = new MutationObserver(() => {
            if (area.hasAttribute('data-choice-pending')) return;
            watch.disconnect();
            landed();
          });
          watch.observe(area, { attributes: true, attributeFilter: ['data-choice-pending'] });
        });
        await new Promise((frame) => requestAnimationFrame(frame));
        observer.disconnect();
        return { fills, names, waiting };
      },
      run.map((v) => v.id),
    );
    expect(seen.waiting, 'the last choice waits for the run to pause').toBe(true);
    expect(seen.fills).toEqual(
      run.map((v) => shareColour((v.values['UA-14']!.low + v.values['UA-14']!.high) / 2)),
    );
    // The steps between never reach the text; the last does.
    const labels = run.map((v) => `${v.label}:`);
    expect(seen.names.at(-1)).toBe(labels[3]);
    expect(seen.names).not.toContain(labels[0]);
    expect(seen.names).not.toContain(labels[1]);
    expect(seen.names).not.toContain(labels[2]);
    // The address follows once the state has rested (ADDRESS_PAUSE_MS).
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe(run[3]!.id);
    await expectSvgColours(opened, run[3]!);
    await expectClean(opened);
  });

  it('a click elsewhere during a run acts on the choice the map shows', async () => {
    const opened = await open(browser, '');
    const { page } = opened;
    await page.waitForSelector('[data-testid="source-picker"] input[value="seed-004"]');
    await page.waitForSelector('[data-testid="svg-map"][data-ready="true"]');
    const [first, second] = views.filter((v) => v.kind === 'source' && v.id !== 'seed-004');
    // Two choices in a row (the second waits for the run to pause), then Donetsk's label, all
    // within the pause; the card must speak of the second choice.
    const summaryName = await page.evaluate(
      async ([a, b]) => {
        const pick = (id: string) =>
          document
            .querySelector<HTMLInputElement>(`[data-testid="source-picker"] input[value="${id}"]`)!
            .click();
        pick(a!);
        pick(b!);
        if (!document.querySelector('[data-choice-pending]')) return 'the second did not wait';
        const label = document.querySelector<HTMLElement>('[data-region="UA-14"]')!;
        label.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
        label.click();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return document.querySelector('[data-testid="summary"] .view-name')?.textContent;
      },
      [first!.id, second!.id],
    );
    expect(summaryName).toBe(`${second!.label}:`);
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe(second!.id);
    expect(new URL(page.url()).searchParams.get('region')).toBe('UA-14');
    await page.getByTestId('citation-card').waitFor();
    await expectClean(opened);
  });
});

describe('Download image', () => {
  it('gives a valid SVG with the sources line, and a PNG at twice the requested size', async () => {
    const opened = await open(browser, '?view=seed-004');
    const { page } = opened;
    await page.waitForSelector('[data-testid="image-downloads"]');
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-article-svg').click(),
    ]);
    expect(svgDownload.suggestedFilename()).toBe('territory-claims-seed-004-1200x900.svg');
    const svg = await readFile((await svgDownload.path())!, 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        width: root.getAttribute('width'),
        height: root.getAttribute('height'),
        text: root.textContent ?? '',
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect([parsed.width, parsed.height]).toEqual(['1200', '900']);
    expect(parsed.text).toContain(
      'Sources: Unnamed outlet, relaying Reuters and RIA Novosti, on or after 9 Nov 2025.',
    );
    expect(parsed.text).toContain('Data updated');

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-social-png').click(),
    ]);
    const png = await readFile((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2400, 1260]);
    await expectClean(opened);
  });

  it('gives the disagreement view the spread legend its map is drawn in', async () => {
    const opened = await open(browser, '?view=disagreement');
    const { page } = opened;
    await page.waitForSelector('[data-testid="image-downloads"]');
    const onPage = await page.getByTestId('spread-legend').locator('.title').textContent();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-article-svg').click(),
    ]);
    const svg = await readFile((await download.path())!, 'utf8');
    const { legend, sources } = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const join = (selector: string) =>
        [...doc.querySelectorAll(selector)].map((t) => t.textContent).join(' ');
      return { legend: join('.legend text'), sources: join('text.sources') };
    }, svg);
    // The page's legend title, period included, and none of the share legend.
    expect(legend.replace(/\s+/g, ' ')).toContain(onPage!.trim().replace(/\s+/g, ' '));
    expect(legend).not.toContain('Share of the region');
    expect(legend).not.toContain('Hatched');
    // The subtitle gives the period and the footer names the sources the spreads come from.
    const period = onPage!.split(', ').at(-1)!.trim();
    expect(svg).toContain(`Where sources disagree, ${period}`);
    expect(sources).toMatch(/^Sources: .*DeepState/);
    await expectClean(opened);
  });
});

describe('Embed dialog', () => {
  it('builds the embed code for the current view and options, and copies it', async () => {
    const opened = await open(browser, '?view=seed-004&region=UA-14');
    const { page, context } = opened;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('embed-button').click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await dialog.waitFor();
    const code = () => dialog.getByTestId('embed-code').inputValue();
    expect(await code()).toMatch(
      /<iframe src="http:\/\/localhost:\d+\/embed\.html\?view=seed-004&amp;region=UA-14" title="Map: /,
    );
    expect(await code()).toContain('embed-host.js');
    await dialog.getByLabel('Let readers switch sources').check();
    await dialog.getByLabel('Static map', { exact: false }).check();
    await dialog.getByLabel('Theme').selectOption('dark');
    expect(await code()).toContain(
      'embed.html?view=seed-004&amp;region=UA-14&amp;theme=dark&amp;controls=1&amp;static=1',
    );
    await dialog.getByLabel('Size the frame to its content', { exact: false }).uncheck();
    expect(await code()).not.toContain('<script');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Embed code copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code());
    await page.screenshot({ path: screenshotPath('embed-dialog-1280x800.png') });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expectClean(opened);
  });
});
