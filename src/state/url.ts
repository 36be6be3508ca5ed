/**
 * URL state as two pure functions: `parseUrlState(search, known)` reads what the address bar
 * says, `formatUrlState(state, defaults)` writes it back. Unknown or malformed values fall back
 * to the defaults and are reported as `problems`, which the app shows as a dismissable notice.
 */

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
}

export interface KnownValues {
  /** Ids of the views the app offers. */
  views: ReadonlySet<string>;
  /** Region codes that can be selected. */
  regions: ReadonlySet<string>;
  /** The state to fall back to. */
  defaults: UrlState;
}

export interface ParsedUrlState {
  state: UrlState;
  /** One plain sentence per value that could not be used, saying what was done instead. */
  problems: string[];
}

/** Longest value we read from a parameter; longer ones are treated as malformed. */
const MAX_VALUE_LENGTH = 80;

function quoteValue(value: string): string {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `“${shown}”`;
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
  const state: UrlState = { ...known.defaults };
  const problems: string[] = [];

  const view = params.get('view');
  if (view !== null && view !== '') {
    if (view.length <= MAX_VALUE_LENGTH && known.views.has(view)) state.view = view;
    else problems.push(`There is no view ${quoteValue(view)}; showing the default view instead.`);
  }

  const region = params.get('region');
  if (region !== null && region !== '') {
    const code = region.toUpperCase();
    if (region.length <= MAX_VALUE_LENGTH && known.regions.has(code)) state.region = code;
    else problems.push(`There is no region ${quoteValue(region)}; no region is selected.`);
  }

  for (const flag of ['controls', 'static'] as const) {
    const value = params.get(flag);
    if (value === null || value === '') continue;
    if (value === '1' || value === 'true') state[flag] = true;
    else if (value === '0' || value === 'false') state[flag] = false;
    else problems.push(`${flag}=${quoteValue(value)} is not 1 or 0; using ${known.defaults[flag] ? 1 : 0}.`);
  }

  const theme = params.get('theme');
  if (theme !== null && theme !== '') {
    if ((THEMES as readonly string[]).includes(theme)) state.theme = theme as Theme;
    else
      problems.push(
        `The theme ${quoteValue(theme)} is not one of auto, light or dark; following the system.`,
      );
  }

  return { state, problems };
}

/** Writes the state as a query string (with its leading `?`, or empty), leaving out defaults. */
export function formatUrlState(state: UrlState, defaults: UrlState): string {
  const params = new URLSearchParams();
  if (state.view !== defaults.view) params.set('view', state.view);
  if (state.region) params.set('region', state.region);
  if (state.theme !== defaults.theme) params.set('theme', state.theme);
  if (state.controls !== defaults.controls) params.set('controls', state.controls ? '1' : '0');
  if (state.static !== defaults.static) params.set('static', state.static ? '1' : '0');
  const query = params.toString();
  return query ? `?${query}` : '';
}
