/**
 * The card's texts load after the page (claim-texts.svelte.ts): while they are on their way the
 * card says so in a polite live region and shows no figure; when they arrive, the quote; when
 * they cannot be had, what went wrong and how to fix it.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureExport } from '../../tests/support/dataset.ts';
import { RULES } from '../claims/reading.ts';
import { joinApp, split, type TextsFile } from '../claims/app-data.ts';
import { claimTexts } from '../app/claim-texts.svelte.ts';
import type { DatasetClaim } from '../app/types.ts';
import { buildViews, claimsAbout } from '../views/views.ts';
import CitationCard from './CitationCard.svelte';

const data = fixtureExport();
const { app: lean, texts } = split(data);
// The claims as the page holds them: no texts.
const claims = joinApp(lean).claims;
const view = buildViews<DatasetClaim>(claims).find((v) => v.id === 'seed-004')!;

function openDonetsk() {
  render(CitationCard, {
    code: 'UA-14',
    value: view.values['UA-14'],
    viewLabel: view.label,
    others: claimsAbout(claims, 'UA-14'),
    viewOf: () => null,
    onselectview: () => {},
    rules: RULES,
    onclose: () => {},
  });
  return screen.getByRole('article', { name: 'Donetsk Oblast' });
}

/** A fetch that answers `body` for the texts file when `release` is called. */
function heldFetch(body: () => Response) {
  let release = () => {};
  const asked: string[] = [];
  const fetcher = ((input: RequestInfo | URL) => {
    asked.push(String(input));
    return new Promise<Response>((resolve) => (release = () => resolve(body())));
  }) as typeof fetch;
  return { fetcher, asked, release: () => release() };
}

beforeEach(() => {
  claimTexts.reset();
  claimTexts.from('http://localhost/app/');
});
afterEach(() => {
  cleanup();
  claimTexts.reset();
});

describe('the card before and after its texts arrive', () => {
  it('waits politely, without the figure, then shows the quote with the figure marked', async () => {
    const held = heldFetch(() => Response.json(texts));
    const loading = claimTexts.load(held.fetcher);
    const card = openDonetsk();
    const wait = within(card).getByTestId('card-texts-wait');
    expect(wait.getAttribute('role')).toBe('status');
    expect(wait.textContent).toContain('Loading the quote');
    expect(within(card).queryByTestId('card-wording')).toBeNull();
    expect(within(card).queryByTestId('card-quote')).toBeNull();
    expect(held.asked).toEqual(['http://localhost/app/data/claims.texts.json']);

    held.release();
    await loading;
    await waitFor(() => expect(within(card).getByTestId('card-quote')).toBeTruthy());
    const quote = within(card).getByTestId('card-quote');
    expect(quote.textContent).toContain('about 80% of Donetsk');
    expect(quote.querySelector('mark')?.textContent).toBe('about 80%');
    expect(within(card).getByTestId('card-wording').textContent).toBe('about 80%');
    expect(within(card).getByRole('button', { name: 'Copy citation' })).toBeTruthy();
    expect(within(card).queryByTestId('card-texts-wait')).toBeNull();
  });

  it('says what failed and how to fix it when the texts file cannot be had', async () => {
    const held = heldFetch(() => new Response('gone', { status: 404, statusText: 'Not Found' }));
    const loading = claimTexts.load(held.fetcher);
    const card = openDonetsk();
    held.release();
    await loading;
    const failed = await within(card).findByTestId('card-texts-failed');
    expect(failed.getAttribute('role')).toBe('alert');
    expect(failed.textContent).toMatch(/claims\.texts\.json.*404.*npm run build/);
    expect(within(card).queryByTestId('card-wording')).toBeNull();
  });

  it('names the claim when the texts file has none for it', async () => {
    const { 'seed-004/donetsk-control': _gone, ...rest } = texts.texts;
    expect(_gone).toBeDefined();
    const broken: TextsFile = { ...texts, texts: rest };
    claimTexts.provide(broken);
    const card = openDonetsk();
    const failed = within(card).getByTestId('card-texts-failed');
    expect(failed.textContent).toMatch(
      /no quote for claim seed-004\/donetsk-control.*npm run build/,
    );
  });
});
