/**
 * The editors' page (editor.html), in Chromium, against the built app: an editor pastes seed
 * document 004, extracts, accepts two candidates with their speaker, rejects the rest and
 * copies the entry; the copied JSON must pass the dataset's own validator, quotes checked
 * against the text. Nothing may leave the page's origin, log an error, or fail axe.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/claims/validate.ts';
import { baseUrl, launch, open, screenshotPath, type Opened, type OpenOptions } from './harness.ts';

const DOCUMENT = '004_333ef43267682ee5.txt';
const TEXT = readFileSync(resolve(import.meta.dirname, '../..', 'data/texts', DOCUMENT), 'utf8');
const SOURCE_ID = 'seed-004-editor-check';
const SPEAKER = 'Reuters (as relayed by the text)';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function openEditor(options?: OpenOptions): Promise<Opened> {
  const opened = await open(browser, 'editor.html', options);
  await opened.page.getByRole('heading', { level: 1 }).waitFor();
  return opened;
}

/** Nothing outside the origin was requested, nothing logged an error. */
async function expectClean({ context, errors, external }: Opened) {
  await context.close();
  expect(external, 'requests outside the app origin').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
}

/** Fills the source's fields and the text, and presses Extract. */
async function fillAndExtract(page: Page) {
  await page.getByLabel('Source id').fill(SOURCE_ID);
  await page.getByLabel('Outlet (optional)').fill('');
  await page.getByLabel('Publication date').fill('2025-11-09');
  await page.getByLabel('Document (seed text file name)').fill(DOCUMENT);
  await page.getByLabel('Text of the article').fill(TEXT);
  await page.getByRole('button', { name: 'Extract' }).click();
  await expect
    .poll(() => page.getByTestId('status').textContent())
    .toMatch(/^Found \d+ candidates/);
}

function row(page: Page, region: string, wording: string): Locator {
  return page.locator(
    `[data-testid="candidate"][data-region="${region}"][data-wording="${wording}"]`,
  );
}

/** Accepts a candidate and gives its speaker, in its row's own fields. */
async function accept(page: Page, region: string, wording: string) {
  const candidate = row(page, region, wording);
  await candidate.getByRole('button', { name: /^Accept/ }).click();
  await candidate.getByLabel('Speaker', { exact: true }).fill(SPEAKER);
  await candidate.getByLabel('Speaker category').selectOption('news-agency');
  await expect.poll(() => candidate.getAttribute('data-decision')).toBe('accepted');
}

describe('the editors’ page', () => {
  it('turns document 004 into a source entry the dataset validator accepts', async () => {
    const opened = await openEditor();
    const { page, context } = opened;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl()).origin,
    });
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    await fillAndExtract(page);

    // Every candidate's wording is marked in the text, and its number links to its row.
    const rows = page.getByTestId('candidate');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(10);
    const marked = await page.locator('mark').allTextContents();
    for (const wording of await rows.evaluateAll((els) =>
      els.map((el) => (el as HTMLElement).dataset.wording ?? ''),
    )) {
      expect(
        marked.some((text) => text.includes(wording)),
        wording,
      ).toBe(true);
    }
    const region = page.getByRole('region', { name: 'The text, with the candidates marked' });
    expect((await region.textContent())?.replace(/\d+/g, '')).toBe(TEXT.replace(/\d+/g, ''));
    const donetsk = row(page, 'UA-14', 'about 80%');
    const n = (await donetsk.getAttribute('id'))?.replace('candidate-', '');
    await region.getByRole('link', { name: new RegExp(`^Candidate ${n}: Donetsk`) }).click();
    expect(new URL(page.url()).hash).toBe(`#candidate-${n}`);

    await accept(page, 'UA-14', 'about 80%');
    await accept(page, 'UA-09', 'almost all');
    await page.getByRole('button', { name: 'Reject the undecided' }).click();
    expect((await page.getByTestId('counts').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      `${count} candidates: 2 accepted, ${count - 2} rejected, 0 undecided.`,
    );
    await page.getByTestId('ready').waitFor();

    await page.getByRole('button', { name: 'Copy entries' }).click();
    await expect.poll(() => page.getByTestId('copy-status').textContent()).toMatch(/^Copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByTestId('preview').textContent());

    const entry = JSON.parse(copied) as { id: string; outlet: unknown; claims: unknown[] };
    // The entry records the pasted text's hash, so it validates against the stored text.
    const sha256 = createHash('sha256').update(TEXT).digest('hex');
    const result = validate([{ file: `data/sources/${entry.id}.json`, data: entry }], {
      texts: { [DOCUMENT]: { text: TEXT, sha256 } },
    });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([]);
    expect(entry).toMatchObject({ id: SOURCE_ID, outlet: null, document: DOCUMENT });
    expect(entry.claims).toEqual([
      expect.objectContaining({
        id: `${SOURCE_ID}/luhansk-control`,
        region: 'UA-09',
        low: 90,
        high: 100,
        rule: 'almost-all',
        speaker: { name: SPEAKER, category: 'news-agency' },
      }),
      expect.objectContaining({
        id: `${SOURCE_ID}/donetsk-control`,
        region: 'UA-14',
        low: 77.5,
        high: 82.5,
        rule: 'about',
        speaker: { name: SPEAKER, category: 'news-agency' },
      }),
    ]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${SOURCE_ID}.json`);
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toBe(copied);

    await expectClean(opened);
  });

  it('reads a text in its own language when the language is left empty, and says so', async () => {
    const opened = await openEditor();
    const { page } = opened;
    expect(await page.locator('#meta-language').inputValue()).toBe('');
    await page
      .getByLabel('Text of the article')
      .fill(
        'Росія окупувала більшу частину Херсонської області навесні 2022 року.\n\n' +
          'Зараз окупанти контролюють близько 73% її території.',
      );
    await page.getByRole('button', { name: 'Extract' }).click();
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toMatch(/Read as Ukrainian \(uk\)\.$/);
    // The field now holds the language read, for the editor to check; "її території" is Kherson's.
    expect(await page.locator('#meta-language').inputValue()).toBe('uk');
    await expect.poll(() => row(page, 'UA-65', 'близько 73%').count()).toBe(1);
    expect(JSON.parse((await page.getByTestId('preview').textContent()) ?? '{}')).toMatchObject({
      language: 'uk',
    });
    // Another text, the field as the page left it: read in its own language again.
    await page
      .getByLabel('Text of the article')
      .fill('Russian forces control about 70% of the Zaporizhzhia region.');
    await page.getByRole('button', { name: 'Extract' }).click();
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toMatch(/Read as English \(en\)\.$/);
    expect(await page.locator('#meta-language').inputValue()).toBe('en');
    // A language the editor types is the one the text is read in.
    await page.locator('#meta-language').fill('uk');
    await page.getByRole('button', { name: 'Extract' }).click();
    await expect
      .poll(() => page.getByTestId('status').textContent())
      .toMatch(/Read as Ukrainian \(uk\)\. The text looks English/);
    await expectClean(opened);
  });

  it('reports what is missing, and carries a correction into the entry', async () => {
    const opened = await openEditor();
    const { page } = opened;
    await fillAndExtract(page);
    const donetsk = row(page, 'UA-14', 'about 80%');
    await donetsk.getByRole('button', { name: /^Accept/ }).click();
    const problems = page.getByTestId('problems');
    await expect.poll(() => problems.textContent()).toContain('"speaker.name" still holds');

    await donetsk.getByLabel('Speaker', { exact: true }).fill('Sergei Lavrov');
    await donetsk.getByLabel('Speaker category').selectOption('party-ru');
    await donetsk.getByLabel('Region').selectOption('donbas');
    await donetsk.getByLabel('High (%)').fill('85');
    await donetsk.getByLabel('High (%)').blur();
    await expect.poll(() => problems.textContent()).toContain('"override" still holds');
    await donetsk
      .getByLabel('Why the interval differs from the reading rule')
      .fill('Checked against the map the text cites.');
    await page.getByTestId('ready').waitFor();
    const entry = JSON.parse((await page.getByTestId('preview').textContent()) ?? '') as {
      claims: Record<string, unknown>[];
    };
    expect(entry.claims).toEqual([
      expect.objectContaining({
        id: `${SOURCE_ID}/donbas-control`,
        region: 'donbas',
        low: 77.5,
        high: 85,
        override: 'Checked against the map the text cites.',
        speaker: { name: 'Sergei Lavrov', category: 'party-ru' },
      }),
    ]);
    await expectClean(opened);
  });

  it('is usable with the keyboard alone', async () => {
    const opened = await openEditor();
    const { page } = opened;
    await fillAndExtract(page);
    const luhansk = row(page, 'UA-09', 'almost all');
    const acceptButton = luhansk.getByRole('button', { name: /^Accept/ });
    await acceptButton.focus();
    await page.keyboard.press('Space');
    expect(await acceptButton.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await luhansk.getAttribute('data-decision')).toBe('rejected');
    const focusVisible = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? getComputedStyle(el).outlineStyle : '';
    });
    expect(focusVisible).toBe('solid');
    await expectClean(opened);
  });

  it('offers the entry selected in a field when the clipboard refuses', async () => {
    const opened = await openEditor();
    const { page } = opened;
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
    });
    await fillAndExtract(page);
    await page.getByRole('button', { name: 'Copy entries' }).click();
    const field = page.getByLabel('The entry, selected for copying');
    await field.waitFor();
    expect(await page.getByTestId('copy-status').textContent()).toMatch(/did not allow copying/);
    const selected = await page.evaluate(() => {
      const el = document.activeElement as HTMLTextAreaElement;
      return el.value.slice(el.selectionStart, el.selectionEnd);
    });
    expect(selected).toBe(await page.getByTestId('preview').textContent());
    await expectClean(opened);
  });
});

describe('accessibility and screenshots', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [width, height] of [
      [1280, 800],
      [360, 740],
    ] as const) {
      it(`has no axe violations in ${colorScheme} at ${width}×${height}`, async () => {
        const opened = await openEditor({ width, height, colorScheme });
        const { page } = opened;
        expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
        const empty = await new AxeBuilder({ page }).analyze();
        expect(empty.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

        await fillAndExtract(page);
        await accept(page, 'UA-14', 'about 80%');
        await row(page, 'UA', 'about 19%')
          .getByRole('button', { name: /^Reject/ })
          .click();
        const results = await new AxeBuilder({ page }).analyze();
        expect(
          results.violations.flatMap((v) =>
            v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}: ${node.failureSummary}`),
          ),
        ).toEqual([]);

        const noOverflow = await page.evaluate(
          () => document.documentElement.scrollWidth <= window.innerWidth,
        );
        expect(noOverflow, 'no horizontal scrolling').toBe(true);

        const name = `editor-${colorScheme}-${width}x${height}`;
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: screenshotPath(`${name}-top.png`) });
        await page.evaluate(() =>
          document.getElementById('review-heading')?.scrollIntoView({ block: 'start' }),
        );
        await page.screenshot({ path: screenshotPath(`${name}-review.png`) });
        await row(page, 'UA-14', 'about 80%').screenshot({
          path: screenshotPath(`${name}-candidate.png`),
        });
        await page.evaluate(() =>
          document.getElementById('entries-heading')?.scrollIntoView({ block: 'start' }),
        );
        await page.screenshot({ path: screenshotPath(`${name}-entries.png`) });
        await expectClean(opened);
      });
    }
  }
});
