/**
 * What a reader does after the map is drawn, timed on the loaded page (CPU still slowed): open
 * Donetsk's card from its label button, sort the claims table by region, filter the picker by a
 * word. Each is timed from the input to the end of the first frame drawn after the page has
 * answered it (the frame's rAF, then a task after it: the frame's style, layout and paint are
 * done by then), and the page's size for each is recorded (card height and buttons, table rows
 * rendered, picker options shown) — what made them slow at 50× (issue 15).
 *
 * The in-page code is a string, run as it is: nothing of the bench's own bundling goes in.
 */
import type { Page } from 'playwright-core';

export interface Interactions {
  /** Click on Donetsk's label to the frame with its card; null when no card came. */
  cardOpenMs: number | null;
  cardHeightPx: number | null;
  cardButtons: number | null;
  /** Click on the table's Region heading to the frame with the rows re-sorted. */
  tableSortMs: number | null;
  tableRows: number | null;
  /** A word typed into the picker's filter to the frame with the options filtered. */
  pickerFilterMs: number | null;
  /** Options the picker shows before filtering, and its height. */
  pickerOptions: number | null;
  pickerHeightPx: number | null;
  notes: string[];
}

/** The region whose card is opened: the one with the most claims in the real dataset. */
export const CARD_REGION = 'UA-14';
/** What is typed into the picker's filter: a word in several sources' names. */
export const PICKER_QUERY = 'deepstate';

const IN_PAGE = String.raw`
async (args) => {
  const afterFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
    );
  const waitFor = async (test, timeoutMs) => {
    const until = performance.now() + timeoutMs;
    while (performance.now() < until) {
      if (test()) return true;
      await new Promise((r) => setTimeout(r, 0));
    }
    return false;
  };
  const out = { notes: [] };
  // The card.
  const label = document.querySelector('button[data-region="' + args.region + '"]');
  if (!label) out.notes.push('no label button for ' + args.region + ': card not timed');
  else {
    const t0 = performance.now();
    label.click();
    const ok = await waitFor(() => document.querySelector('[data-testid="citation-card"]'), args.timeoutMs);
    const t1 = await afterFrame();
    const card = document.querySelector('[data-testid="citation-card"]');
    if (ok && card) {
      out.cardOpenMs = t1 - t0;
      out.cardHeightPx = Math.round(card.getBoundingClientRect().height);
      out.cardButtons = card.querySelectorAll('button').length;
    } else out.notes.push('the card did not open');
    const close = card && card.querySelector('button[data-testid="card-close"], button.close');
    if (close) close.click();
    await afterFrame();
  }
  // The table.
  const table = document.querySelector('[data-testid="claims-table"]');
  const heading = table && table.querySelector('thead th button');
  if (!heading) out.notes.push('no table heading: sort not timed');
  else {
    const th = heading.closest('th');
    const before = th.getAttribute('aria-sort');
    const t0 = performance.now();
    heading.click();
    await waitFor(() => th.getAttribute('aria-sort') !== before, args.timeoutMs);
    const t1 = await afterFrame();
    out.tableSortMs = t1 - t0;
    out.tableRows = table.querySelectorAll('tbody tr').length;
  }
  // The picker.
  const picker = document.querySelector('[data-testid="source-picker"]');
  if (!picker) out.notes.push('no picker');
  else {
    out.pickerOptions = picker.querySelectorAll('input[type="radio"]').length;
    out.pickerHeightPx = Math.round(picker.getBoundingClientRect().height);
    const input = picker.querySelector('input[type="search"]');
    if (!input) out.notes.push('the picker has no filter: filtering not timed');
    else {
      const before = picker.querySelectorAll('input[type="radio"]').length;
      const t0 = performance.now();
      input.value = args.query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await waitFor(
        () => picker.querySelectorAll('input[type="radio"]').length !== before,
        args.timeoutMs,
      );
      const t1 = await afterFrame();
      out.pickerFilterMs = t1 - t0;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await afterFrame();
    }
  }
  return out;
}`;

export async function measureInteractions(page: Page, timeoutMs = 10_000): Promise<Interactions> {
  const result = (await page.evaluate(
    `(${IN_PAGE})(${JSON.stringify({ region: CARD_REGION, query: PICKER_QUERY, timeoutMs })})`,
  )) as Partial<Interactions> & { notes: string[] };
  return {
    cardOpenMs: result.cardOpenMs ?? null,
    cardHeightPx: result.cardHeightPx ?? null,
    cardButtons: result.cardButtons ?? null,
    tableSortMs: result.tableSortMs ?? null,
    tableRows: result.tableRows ?? null,
    pickerFilterMs: result.pickerFilterMs ?? null,
    pickerOptions: result.pickerOptions ?? null,
    pickerHeightPx: result.pickerHeightPx ?? null,
    notes: result.notes,
  };
}
