/**
 * URL state as two pure functions: `parseUrlState(search, known)` reads what the address bar
 * says, `formatUrlState(state, defaults)` writes it back. Unknown or malformed values fall back
 * to the defaults and are reported as `problems`, which the app shows as a dismissable notice.
 *
 * Parameters (all optional; a default is left out of the URL):
 *
 * | name         | value                                         | means                                   |
 * | ------------ | --------------------------------------------- | --------------------------------------- |
 * | `view`       | a view id, or `disagreement`                  | the map's view                          |
 * | `compare`    | a second view id                              | compare mode: the two side by side      |
 * | `region`     | an ISO 3166-2 code                            | the selected region (case-insensitive)  |
 * | `date`       | `YYYY-MM-DD`, or `latest`                     | figures as of that day; none = latest   |
 * | `from`, `to` | `YYYY-MM-DD`                                  | the disagreement view's period          |
 * | `categories` | speaker categories joined by `,`, `all`, `none` | whose claims are shown; none = all    |
 * | `mapped`     | `1`/`0`                                       | "Computed from a map" shown; none = 1   |
 * | `theme`      | `auto`, `light`, `dark`                       | colour theme                            |
 * | `controls`   | `1`/`0`                                       | embeds: show the controls               |
 * | `static`     | `1`/`0`                                       | embeds: the static SVG map              |
 * | `sync`       | `1`/`0`                                       | embeds: tell the host the view, region  |
 */
import type { SpeakerCategory } from '../claims/schema.ts';
import { defaultPeriod, DISAGREEMENT_VIEW } from '../views/disagreement.ts';
import { CATEGORY_ORDER, isSpeakerCategory, normaliseCategories } from '../views/speakers.ts';
import { isIsoDay, type DateRange } from '../views/time.ts';
import { m } from '../i18n/lang.ts';

export type Theme = 'auto' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

export interface UrlState {
  /** Id of the selected view. */
  view: string;
  /** ISO 3166-2 code of the selected region, or null when none is selected. */
  region: string | null;
  /** Colour theme; `auto` follows the system. */
  theme: Theme;
  /** Embeds: show the source picker (`controls=1`), or only the map, legend and summary. */
  controls: boolean;
  /** Embeds: draw the static SVG map and load no MapLibre (`static=1`). */
  static: boolean;
  /**
   * Embeds: post the view and region the reader chose to the host page (`sync=1`); without it
   * the host learns only the embed's height. Absent: false.
   */
  sync?: boolean;
  /** Compare mode: the view shown beside `view`, or null (absent) for one map. */
  compare?: string | null;
  /** Figures as of this day, "YYYY-MM-DD"; null (absent) for the latest. */
  date?: string | null;
  /** Speaker categories shown, in `CATEGORY_ORDER`; null (absent) for all, [] for none. */
  categories?: SpeakerCategory[] | null;
  /** The filter's "Computed from a map" box: figures measured on a map shown. Absent: true. */
  mapped?: boolean;
  /** The disagreement view's period start, "YYYY-MM-DD"; null (absent) for the default. */
  from?: string | null;
  /** The disagreement view's period end, "YYYY-MM-DD"; null (absent) for the default. */
  to?: string | null;
}

/** A parsed state: every field present, the optional ones null when the URL does not set them. */
export type FullUrlState = Required<UrlState>;

export interface KnownValues {
  /** Ids of the views the app offers (`disagreement` is always known). */
  views: ReadonlySet<string>;
  /** Region codes that can be selected. */
  regions: ReadonlySet<string>;
  /** The state to fall back to. */
  defaults: UrlState;
  /**
   * The days the dataset's figures span. With it, a `date`, `from` or `to` outside it is moved
   * inside (with a notice), so the page never asks for a period that ends before it starts.
   */
  range?: DateRange | null;
}

export interface ParsedUrlState {
  state: FullUrlState;
  /** One plain sentence per value that could not be used, saying what was done instead. */
  problems: string[];
}

/** Longest value we read from a parameter; longer ones are treated as malformed. */
const MAX_VALUE_LENGTH = 80;
/** Longest `categories` value: every category spelled out, with room for spaces. */
const MAX_CATEGORIES_LENGTH = 200;

/**
 * Characters that would change or hide what follows them in a notice: C0/C1 controls, bidi
 * embeddings, overrides and isolates, zero-width and other invisible format characters.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** A value as a notice shows it: cut short, its hidden characters written out as U+XXXX. */
export function quoteValue(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  const visible = shown.replace(
    HIDDEN,
    (char) => `[U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
  return `“${visible}”`;
}

/** The state with every optional field filled: from `defaults`, else null. */
function complete(defaults: UrlState): FullUrlState {
  return {
    ...defaults,
    sync: defaults.sync ?? false,
    mapped: defaults.mapped ?? true,
    compare: defaults.compare ?? null,
    date: defaults.date ?? null,
    categories: defaults.categories ? [...defaults.categories] : null,
    from: defaults.from ?? null,
    to: defaults.to ?? null,
  };
}

function isView(value: string, known: KnownValues): boolean {
  return (
    value.length <= MAX_VALUE_LENGTH && (known.views.has(value) || value === DISAGREEMENT_VIEW)
  );
}

function parseCategories(
  value: string,
  problems: string[],
): { ok: true; categories: SpeakerCategory[] | null } | { ok: false } {
  const list = `${CATEGORY_ORDER.join(', ')}`;
  if (value.length > MAX_CATEGORIES_LENGTH) {
    problems.push(m.url_categories_too_long({ value: quoteValue(value) }));
    return { ok: false };
  }
  const words = value
    .split(',')
    .map((word) => word.trim().toLowerCase())
    .filter(Boolean);
  if (words.length === 1 && words[0] === 'all') return { ok: true, categories: null };
  if (words.length === 1 && words[0] === 'none') return { ok: true, categories: [] };
  const good = words.filter(isSpeakerCategory);
  const bad = words.filter((word) => !isSpeakerCategory(word));
  if (good.length === 0) {
    problems.push(m.url_categories_none({ value: quoteValue(value), list }));
    return { ok: false };
  }
  if (bad.length > 0) {
    problems.push(
      m.url_categories_bad({ count: bad.length, values: bad.map(quoteValue).join(', '), list }),
    );
  }
  return { ok: true, categories: normaliseCategories(good) };
}

export function parseUrlState(
  search: string | URLSearchParams,
  known: KnownValues,
): ParsedUrlState {
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    params = new URLSearchParams();
  }
  const state = complete(known.defaults);
  const problems: string[] = [];

  const view = params.get('view');
  if (view !== null && view !== '') {
    if (isView(view, known)) state.view = view;
    else problems.push(m.url_no_view({ value: quoteValue(view) }));
  }

  const compare = params.get('compare');
  if (compare !== null && compare !== '') {
    if (!isView(compare, known)) {
      problems.push(m.url_no_compare({ value: quoteValue(compare) }));
    } else if (compare === state.view) {
      problems.push(m.url_compare_self());
    } else state.compare = compare;
  }

  const region = params.get('region');
  if (region !== null && region !== '') {
    const code = region.toUpperCase();
    if (region.length <= MAX_VALUE_LENGTH && known.regions.has(code)) state.region = code;
    else problems.push(m.url_no_region({ value: quoteValue(region) }));
  }

  const range = known.range ?? null;
  const date = params.get('date');
  if (date !== null && date !== '') {
    if (date === 'latest') state.date = null;
    else if (!isIsoDay(date)) problems.push(m.url_bad_date({ value: quoteValue(date) }));
    else if (range && date >= range.to) {
      if (date > range.to) problems.push(m.url_date_after({ date, newest: range.to }));
    } else if (range && date < range.from) {
      state.date = range.from;
      problems.push(m.url_date_before({ date, oldest: range.from }));
    } else state.date = date;
  }

  const given = { from: false, to: false };
  for (const [name, what] of [
    ['from', 'start'],
    ['to', 'end'],
  ] as const) {
    const value = params.get(name);
    if (value === null || value === '') continue;
    if (!isIsoDay(value)) {
      problems.push(
        what === 'start'
          ? m.url_bad_period_start({ value: quoteValue(value) })
          : m.url_bad_period_end({ value: quoteValue(value) }),
      );
      continue;
    }
    given[name] = true;
    if (range && value > range.to) {
      state[name] = range.to;
      problems.push(
        what === 'start'
          ? m.url_period_start_after({ value, newest: range.to })
          : m.url_period_end_after({ value, newest: range.to }),
      );
    } else if (range && value < range.from) {
      state[name] = range.from;
      problems.push(
        what === 'start'
          ? m.url_period_start_before({ value, oldest: range.from })
          : m.url_period_end_before({ value, oldest: range.from }),
      );
    } else state[name] = value;
  }
  if (state.from && state.to && state.from > state.to) {
    [state.from, state.to] = [state.to, state.from];
    problems.push(m.url_period_reversed({ from: state.from, to: state.to }));
  } else if (range && (given.from || given.to)) {
    // One end given: the other is the default's, which the given end may have passed (the
    // start is clamped to the newest figure, so only an end before the default start can).
    // The period then runs the twelve months to the given end, within the figures' days.
    const defaultFrom = defaultPeriod(range).from;
    if (given.to && !given.from && state.to && state.to < defaultFrom) {
      state.from = defaultPeriod({ from: range.from, to: state.to }).from;
      problems.push(
        m.url_period_end_before_default({ end: state.to, start: defaultFrom, from: state.from }),
      );
    }
  }

  const categories = params.get('categories');
  if (categories !== null && categories !== '') {
    const parsed = parseCategories(categories, problems);
    if (parsed.ok) state.categories = parsed.categories;
  }

  for (const flag of ['controls', 'static', 'sync', 'mapped'] as const) {
    const value = params.get(flag);
    if (value === null || value === '') continue;
    if (value === '1' || value === 'true') state[flag] = true;
    else if (value === '0' || value === 'false') state[flag] = false;
    else
      problems.push(
        m.url_bad_flag({
          flag,
          value: quoteValue(value),
          fallback: (known.defaults[flag] ?? flag === 'mapped') ? '1' : '0',
        }),
      );
  }

  const theme = params.get('theme');
  if (theme !== null && theme !== '') {
    if ((THEMES as readonly string[]).includes(theme)) state.theme = theme as Theme;
    else problems.push(m.url_bad_theme({ value: quoteValue(theme) }));
  }

  return { state, problems };
}

function sameCategories(
  a: readonly SpeakerCategory[] | null | undefined,
  b: readonly SpeakerCategory[] | null | undefined,
): boolean {
  const na = normaliseCategories(a ?? null);
  const nb = normaliseCategories(b ?? null);
  if (na === null || nb === null) return na === nb;
  return na.length === nb.length && na.every((category, i) => category === nb[i]);
}

/** Writes the state as a query string (with its leading `?`, or empty), leaving out defaults. */
export function formatUrlState(state: UrlState, defaults: UrlState): string {
  const params = new URLSearchParams();
  if (state.view !== defaults.view) params.set('view', state.view);
  if (state.compare && state.compare !== state.view) params.set('compare', state.compare);
  if (state.region) params.set('region', state.region);
  if ((state.date ?? null) !== (defaults.date ?? null)) params.set('date', state.date ?? 'latest');
  if (state.from && state.from !== defaults.from) params.set('from', state.from);
  if (state.to && state.to !== defaults.to) params.set('to', state.to);
  if (!sameCategories(state.categories, defaults.categories)) {
    const categories = normaliseCategories(state.categories ?? null);
    params.set(
      'categories',
      categories === null ? 'all' : categories.length === 0 ? 'none' : categories.join(','),
    );
  }
  if (state.theme !== defaults.theme) params.set('theme', state.theme);
  if (state.controls !== defaults.controls) params.set('controls', state.controls ? '1' : '0');
  if (state.static !== defaults.static) params.set('static', state.static ? '1' : '0');
  if ((state.sync ?? false) !== (defaults.sync ?? false))
    params.set('sync', state.sync ? '1' : '0');
  if ((state.mapped ?? true) !== (defaults.mapped ?? true))
    params.set('mapped', state.mapped === false ? '0' : '1');
  // Commas need no escaping in a query, and "party-ru,party-ua" reads better than %2C.
  const query = params.toString().replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}
