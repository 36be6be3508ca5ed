/**
 * The interface in Ukrainian, in Chromium: the prerendered Ukrainian page paints its coloured
 * map before any script; `?lang=uk` on the page and the embed at phone and desktop widths shows
 * the heading, picker, legend, card and footer in Ukrainian with Ukrainian dates, and axe finds
 * nothing; a bad `lang` falls back to English with a notice; a reader whose browser prefers
 * Ukrainian is offered the Ukrainian page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportedClaim } from '../../src/claims/export.ts';
import { loadExport } from '../../src/claims/load.ts';
import { PALETTES, shareColour } from '../../src/map/colour.ts';
import { mapProjection } from '../../src/render/svg-map.ts';
import { buildViews, type View } from '../../src/views/views.ts';
import { baseUrl, launch, open, screenshotPath, type Opened } from './harness.ts';
import { colourDistance, hexToRgb, modeColour, SAMPLE_POINTS } from './pixels.ts';

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

async function expectClean({ context, errors, external }: Opened) {
  await context.close();
  expect(external, 'requests outside the app origin').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
}

/** A date as Ukrainian writes it: "9 листопада 2025 р.", "січень 2026 р.". */
const UK_DATE =
  /\d{1,2} (січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня) \d{4} р\./;
const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('the prerendered Ukrainian page', () => {
  for (const file of ['index.uk.html', 'embed.uk.html'])
    it(`${file} paints the coloured map and Ukrainian text from the HTML alone`, async () => {
      const opened = await open(browser, file, { javaScriptEnabled: false });
      const { page } = opened;
      await page.waitForSelector('[data-prerendered="true"] [data-testid="svg-map"] svg');
      expect(await page.getAttribute('html', 'lang')).toBe('uk');
      expect(await text(page, 'h1')).toBe('Хто каже, скільки України утримує Росія');
      expect(await text(page, '[data-testid="summary"]')).toContain(
        'Найновіша незалежна цифра для кожної області',
      );
      const area = (await page.getByTestId('map-area').boundingBox())!;
      const projection = mapProjection(area.width - 2, area.height - 2);
      const latest = views.find((v) => v.id === 'latest')!;
      for (const region of Object.keys(SAMPLE_POINTS) as RegionKey[]) {
        const value = latest.values[region];
        const want = hexToRgb(
          value ? shareColour((value.low + value.high) / 2) : PALETTES.light.noData,
        );
        const [x, y] = projection(SAMPLE_POINTS[region])!;
        const got = await modeColour(page, area.x + 1 + x, area.y + 1 + y);
        expect(colourDistance(got, want), region).toBeLessThanOrEqual(6);
      }
      const alternates = await page.$$eval('link[rel="alternate"]', (links) =>
        links.map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`),
      );
      const name = file.replace('.uk.html', '');
      expect(alternates).toEqual([
        `en ${name}.html`,
        `uk ${name}.uk.html`,
        `x-default ${name}.html`,
      ]);
      await page.screenshot({ path: screenshotPath(`uk-prerendered-${name}-no-js.png`) });
      await expectClean(opened);
    });

  it('links the English page to it with hreflang, and keeps the English page English', async () => {
    const opened = await open(browser, '', { javaScriptEnabled: false });
    expect(await opened.page.getAttribute('html', 'lang')).toBe('en');
    expect(await text(opened.page, 'h1')).toBe('Who says Russia holds how much of Ukraine');
    expect(await opened.page.getAttribute('link[rel="alternate"][hreflang="uk"]', 'href')).toBe(
      'index.uk.html',
    );
    await expectClean(opened);
  });
});

describe('?lang=uk', () => {
  for (const [name, path] of [
    ['page', '?lang=uk&region=UA-14'],
    ['embed', 'embed.html?lang=uk&controls=1&region=UA-14'],
  ] as const)
    for (const [width, height] of [
      [360, 740],
      [1280, 800],
    ] as const)
      it(`the ${name} in Ukrainian at ${width} px: heading, picker, legend, card, footer; axe clean`, async () => {
        const opened = await open(browser, path, { width, height });
        const { page } = opened;
        await page.waitForSelector('[data-testid="citation-card"]');
        await page.waitForSelector('[data-testid="source-picker"]');
        expect(await page.getAttribute('html', 'lang')).toBe('uk');
        expect(await text(page, 'h1')).toBe('Хто каже, скільки України утримує Росія');
        expect(await text(page, '[data-testid="source-picker"] legend')).toBe('Чиї цифри');
        expect(await text(page, '[data-testid="source-picker"]')).toContain(
          'Найновіша незалежна цифра для кожної області',
        );
        expect(await text(page, '[data-testid="legend"] .title')).toBe(
          'Частка області під контролем Росії, за словами джерела',
        );
        expect(await text(page, '#card-title')).toBe('Донецька область');
        expect(await text(page, '[data-testid="citation-card"]')).toContain('Мовець');
        expect(await text(page, '[data-testid="card-date"]')).toMatch(UK_DATE);
        // The quote stays in its language, marked as such.
        const shown = views.find((v) => v.id === 'latest')!.values['UA-14']!.claim;
        expect(await page.getAttribute('[data-testid="card-quote"]', 'lang')).toBe(shown.language);
        expect(await text(page, '[data-testid="region-labels"]')).toContain('Донецька');
        if (name === 'embed') {
          const footer = await text(page, '[data-testid="embed-footer"]');
          expect(footer).toContain('Джерела:');
          expect(footer).toMatch(new RegExp(`Дані оновлено ${UK_DATE.source}`));
          expect(footer).toContain('Відкрити повну карту з усіма посиланнями');
          expect(await page.getByTestId('embed-full-link').getAttribute('href')).toMatch(
            /index\.uk\.html\?view=latest&region=UA-14$/,
          );
        } else {
          expect(await text(page, '.credit')).toContain('Кордони:');
        }
        // The address keeps the language for a reload or a shared link.
        await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('uk');
        await page.evaluate(() =>
          document.querySelectorAll('details').forEach((d) => (d.open = true)),
        );
        const results = await new AxeBuilder({ page }).analyze();
        expect(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
        ).toEqual([]);
        await page.screenshot({ path: screenshotPath(`uk-${name}-${width}x${height}.png`) });
        await expectClean(opened);
      });

  it('a bad value shows English, with a notice saying so', async () => {
    const opened = await open(browser, '?lang=xx');
    const { page } = opened;
    await page.waitForSelector('[data-testid="notice"]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await text(page, 'h1')).toBe('Who says Russia holds how much of Ukraine');
    expect(await text(page, '[data-testid="notice"]')).toContain(
      'There is no interface language “xx” (there are en, uk); showing English.',
    );
    await expectClean(opened);
  });
});

describe('choosing the language', () => {
  it('offers Ukrainian to a reader whose browser prefers it, and the switch leads there', async () => {
    const context = await browser.newContext({
      locale: 'uk-UA',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(new URL('index.html?view=seed-004', baseUrl() + '/').href);
    const offer = page.getByTestId('language-offer');
    await offer.waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await offer.textContent()).toBe('Ця сторінка українською');
    expect(await offer.getAttribute('href')).toBe('index.uk.html?view=seed-004');
    await offer.click();
    await page.waitForURL(/index\.uk\.html/);
    await page.waitForSelector('[data-testid="language-en"]');
    expect(await page.getAttribute('html', 'lang')).toBe('uk');
    expect(await page.getByTestId('language-en').getAttribute('href')).toMatch(/^index\.html/);
    await context.close();
  });
});

describe('the editors’ page in Ukrainian', () => {
  const DOCUMENT = '004_333ef43267682ee5.txt';

  for (const width of [360, 1280])
    it(`?lang=uk at ${width} px: labels, buttons, counts and statuses in Ukrainian; axe clean`, async () => {
      const opened = await open(browser, 'editor.html?lang=uk', { width, height: 800 });
      const { page } = opened;
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('uk');
      expect(await page.title()).toBe('Territory Claims: додати джерело (для редакторів)');
      expect(await text(page, 'h1')).toBe('Додати джерело до набору тверджень');
      expect(await page.getByTestId('language-en').getAttribute('href')).toBe('?lang=en');
      const body = readFileSync(
        resolve(import.meta.dirname, '../..', 'data/texts', DOCUMENT),
        'utf8',
      );
      await page.getByLabel('Ідентифікатор джерела').fill('seed-004-uk-check');
      await page.getByLabel('Дата публікації').fill('2025-11-09');
      await page.getByLabel('Документ (назва файлу початкового тексту)').fill(DOCUMENT);
      await page.getByLabel('Текст статті').fill(body);
      await page.getByRole('button', { name: 'Знайти цифри' }).click();
      await expect
        .poll(() => page.getByTestId('status').textContent())
        .toMatch(
          /^Знайдено \d+ кандидат(а|и|ів): прийміть, виправте чи відхиліть кожного\. Прочитано мовою «англійська» \(en\)\.$/,
        );
      const donetsk = page.locator(
        '[data-testid="candidate"][data-region="UA-14"][data-wording="about 80%"]',
      );
      // The share in Ukrainian typography (its no-break space kept), the region's Ukrainian name.
      const heading = await donetsk.locator('h3').textContent();
      expect(heading?.replace(/[ \n\t]+/g, ' ').trim()).toMatch(
        /^\d+ Донецька · під контролем Росії · 77,5–82,5\u00a0%$/,
      );
      // The candidate's selects name the dataset's codes in Ukrainian (the codes stay the values).
      const kinds = donetsk.getByLabel('Вид', { exact: true }).locator('option');
      expect(await kinds.allTextContents()).toEqual([
        'під контролем Росії',
        'Росія заявляє як свою',
        'Росія вимагає',
        'позиція',
      ]);
      expect(
        await kinds.evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value)),
      ).toEqual(['control', 'claim', 'demand', 'position']);
      expect(
        await donetsk
          .getByLabel('Категорія мовця', { exact: true })
          .locator('option[value="party-ru"]')
          .textContent(),
      ).toBe('Російська держава (party-ru)');
      await donetsk.getByRole('button', { name: /^Прийняти/ }).click();
      expect(await text(page, '[data-testid="counts"]')).toMatch(
        /^\d+ кандидат(и|ів): прийнято 1, відхилено 0, не вирішено \d+\.$/,
      );
      await page.getByRole('button', { name: 'Відхилити невирішені' }).click();
      expect(await page.getByTestId('status').textContent()).toBe(
        'Усіх невирішених кандидатів відхилено.',
      );
      const words = await page.evaluate(() => document.body.innerText);
      for (const english of ['Extract', 'Accept', 'Reject', 'Speaker', 'Region', 'Copy entries'])
        expect(words, english).not.toMatch(new RegExp(`\\b${english}\\b`));
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
      ).toEqual([]);
      const noOverflow = await page.evaluate(
        () => document.documentElement.scrollWidth <= window.innerWidth,
      );
      expect(noOverflow, 'no horizontal scrolling').toBe(true);
      await page.screenshot({ path: screenshotPath(`uk-editor-${width}.png`), fullPage: false });
      await expectClean(opened);
    });
  for (const width of [360, 1280])
    it(`?lang=uk at ${width} px: the extractor's notes and the validator's problems in Ukrainian`, async () => {
      const opened = await open(browser, 'editor.html?lang=uk', { width, height: 800 });
      const { page } = opened;
      await page.getByRole('heading', { level: 1 }).waitFor();
      const file = 'deepstate-online-ua-2026-01-02.txt';
      const body = readFileSync(resolve(import.meta.dirname, '../..', 'data/texts', file), 'utf8');
      // An id not in the dataset's form: the validator says so.
      await page.getByLabel('Ідентифікатор джерела').fill('Bad Id');
      await page.getByLabel('Дата публікації').fill('2026-01-02');
      await page.getByLabel('Документ (назва файлу початкового тексту)').fill(file);
      await page.getByLabel('Текст статті').fill(body);
      await page.getByRole('button', { name: 'Знайти цифри' }).click();
      await expect.poll(() => page.getByTestId('status').textContent()).toMatch(/^Знайдено /);
      const area = page.locator(
        '[data-testid="candidate"][data-region="UA"][data-wording="116,165 sq km"]',
      );
      // The note in Ukrainian: Intl's grouping and percent, the region table's name.
      expect(await area.locator('.notes li').allTextContents()).toEqual([
        '116\u00a0165 км² переведено в частку за офіційною площею (Україна — 603\u00a0628 км²): 19,24\u00a0%',
      ]);
      const share = page.locator(
        '[data-testid="candidate"][data-region="UA"][data-wording="19.25%"]',
      );
      // The text's own words stay as the text has them, in «».
      expect(await share.locator('.notes li').allTextContents()).toEqual([
        '«the entire territory» прочитано як Україна: цю назву вжито раніше в тексті',
        'текст подає ту саму цифру ще й як 1/5',
      ]);
      await area.getByRole('button', { name: /^Прийняти/ }).click();
      const problems = page.getByTestId('problems');
      await expect
        .poll(() => problems.textContent())
        .toContain(
          'data/sources/Bad Id.json: джерело «Bad Id»: поле «id» має значення "Bad Id", записане не в потрібній формі; візьміть назву файлу без .json, малими літерами через дефіси',
        );
      await expect
        .poll(() => problems.textContent())
        .toContain('у полі «speaker.name» досі заповнювач «TODO»');
      const listed = await problems.locator('li').allTextContents();
      for (const item of listed) expect(item, item).not.toMatch(/\b(?:field|give|use|missing)\b/);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      await area.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`uk-editor-notes-${width}.png`) });
      await problems.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`uk-editor-problems-${width}.png`) });
      await expectClean(opened);
    });
});
