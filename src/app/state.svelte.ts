/**
 * The app's shared state: the loaded data, the views built from it, and what the reader has
 * selected. One instance, handed down by context; components receive what they need as props.
 * The URL mirrors the view, region and theme (see src/state/url.ts).
 */
import { getContext, setContext } from 'svelte';
import { REGION_BY_CODE, ISO_CODES, type IsoCode } from '../geo/regions.ts';
import type { SpeakerCategory } from '../claims/schema.ts';
import { langNotices, m } from '../i18n/lang.ts';
import { dateText } from '../i18n/format.ts';
import { formatUrlState, parseUrlState, type Theme, type UrlState } from '../state/url.ts';
import { defaultPeriod, disagreementView, type DisagreementView } from '../views/disagreement.ts';
import { filterByCategories } from '../views/speakers.ts';
import { datedRange, isIsoDay, latestAsOf } from '../views/time.ts';
import {
  buildViews,
  LATEST_VIEW,
  LATEST_VIEWS,
  latestViewClaims,
  MOSCOW_CLAIM_VIEW,
  type View,
} from '../views/views.ts';
import type { UkraineGeo } from '../geo/load.ts';
import type { MappedSeries } from '../mapped/series.ts';
import { dateSpan, mappedViews } from '../mapped/view.ts';
import type { Dataset, DatasetClaim } from './types.ts';

export const DEFAULT_STATE: UrlState = {
  view: LATEST_VIEW,
  region: null,
  theme: 'auto',
  controls: true,
  static: false,
  compare: null,
  date: null,
  categories: null,
  from: null,
  to: null,
};

/** The embed shows only the map, legend and summary unless `controls=1`. */
export const EMBED_DEFAULT_STATE: UrlState = { ...DEFAULT_STATE, controls: false };

export class AppState {
  dataset = $state.raw<Dataset | null>(null);
  boundaries = $state.raw<UkraineGeo | null>(null);
  /** A message saying what failed to load and how to fix it. */
  loadError = $state<string | null>(null);
  viewId = $state(DEFAULT_STATE.view);
  region = $state<IsoCode | null>(null);
  theme = $state<Theme>(DEFAULT_STATE.theme);
  /** Embeds: whether the source picker is shown. */
  controls = $state(DEFAULT_STATE.controls);
  /** Static map: the SVG renderer only, no MapLibre. */
  staticMap = $state(DEFAULT_STATE.static);
  /** Embeds: the host page may learn the view and region the reader chose (`sync=1`). */
  sync = $state(false);
  /** Compare mode: the view shown beside the selected one, or null. */
  compare = $state<string | null>(null);
  /** Figures as of this day ("YYYY-MM-DD"), or null for the latest. */
  date = $state<string | null>(null);
  /** Speaker categories shown, or null for all. */
  categories = $state<SpeakerCategory[] | null>(null);
  /** The disagreement view's period; null for the default (the 12 months to the newest figure). */
  from = $state<string | null>(null);
  to = $state<string | null>(null);
  /** Problems with the address the page was opened at, shown as a dismissable notice. */
  notices = $state<string[]>([]);
  /** Whether the system asks for a dark scheme (for theme `auto`). */
  systemDark = $state(false);
  /** Shares measured on DeepStateMap's map (loaded after the first paint), or null. */
  mapped = $state.raw<MappedSeries | null>(null);
  /** Whether figures computed from a map show in the cards (the filter's last box). */
  showMapped = $state(true);

  readonly embedded: boolean;

  /** The claims the reader's speaker filter lets through. */
  shownClaims = $derived<DatasetClaim[]>(
    this.dataset ? filterByCategories(this.dataset.claims, this.categories) : [],
  );
  /** The dates the dataset's control figures span, for the date control. */
  range = $derived(this.dataset ? datedRange(this.dataset.claims) : null);
  /** The days the date control spans: the claims' and, once loaded, the map's (`dateSpan`). */
  dateRange = $derived(dateSpan(this.range, this.mapped));
  disagreement = $derived.by<DisagreementView<DatasetClaim> | null>(() => {
    if (!this.range) return null;
    const fallback = defaultPeriod(this.range);
    const period = { from: this.from ?? fallback.from, to: this.to ?? fallback.to };
    // readUrl keeps the period in order; a period set otherwise never throws on the page.
    return disagreementView(this.shownClaims, period.from <= period.to ? period : fallback);
  });
  views = $derived.by<View<DatasetClaim>[]>(() => {
    if (!this.dataset) return [];
    const views = buildViews(this.shownClaims);
    const date = this.date;
    if (date) {
      for (const spec of LATEST_VIEWS) {
        const at = views.findIndex((view) => view.id === spec.id);
        const asOf = latestAsOf(latestViewClaims(this.shownClaims, spec), date);
        views[at] = {
          ...asOf,
          id: spec.id,
          label: m.view_as_of_label({ view: spec.label, date: dateText(date) }),
          description: spec.description,
        };
      }
    }
    if (this.disagreement) {
      const { id, label, description, period } = this.disagreement;
      const at = views.findIndex((view) => view.id === MOSCOW_CLAIM_VIEW) + 1;
      views.splice(at, 0, {
        id,
        kind: 'disagreement',
        label,
        description,
        values: {},
        country: null,
        date: period.to,
      });
      // The views measured on the map, beside the disagreement view (known before the series
      // loads, so that an address asking for one is kept).
      views.splice(at + 1, 0, ...mappedViews<DatasetClaim>(this.mapped, this.date));
    }
    return views;
  });
  view = $derived<View<DatasetClaim> | undefined>(
    this.views.find((view) => view.id === this.viewId) ?? this.views[0],
  );
  compareView = $derived<View<DatasetClaim> | undefined>(
    this.compare ? this.views.find((view) => view.id === this.compare) : undefined,
  );
  resolvedTheme = $derived<'light' | 'dark'>(
    this.theme === 'auto' ? (this.systemDark ? 'dark' : 'light') : this.theme,
  );

  constructor({ embedded = false }: { embedded?: boolean } = {}) {
    this.embedded = embedded;
    this.defaults = embedded ? EMBED_DEFAULT_STATE : DEFAULT_STATE;
    this.controls = this.defaults.controls;
  }

  /** What an address without parameters means on this page. */
  readonly defaults: UrlState;

  get urlState(): UrlState {
    return {
      view: this.view?.id ?? this.viewId,
      region: this.region,
      theme: this.theme,
      controls: this.controls,
      static: this.staticMap,
      sync: this.sync,
      compare: this.compareView?.id ?? null,
      date: this.date,
      categories: this.categories,
      mapped: this.showMapped,
      from: this.from,
      to: this.to,
    };
  }

  /** Reads the URL's query string into the state; problems become notices. */
  readUrl(search: string): void {
    // Throwaway look-up sets, not state: nothing observes them.
    /* eslint-disable svelte/prefer-svelte-reactivity */
    const { state, problems } = parseUrlState(search, {
      views: new Set(this.views.map((view) => view.id)),
      regions: new Set<string>(ISO_CODES),
      defaults: this.defaults,
      range: this.dateRange,
    });
    /* eslint-enable svelte/prefer-svelte-reactivity */
    this.viewId = state.view;
    this.region = state.region && state.region in REGION_BY_CODE ? (state.region as IsoCode) : null;
    this.theme = state.theme;
    this.controls = state.controls;
    this.staticMap = state.static;
    this.sync = state.sync;
    this.compare = state.compare;
    this.date = state.date;
    this.categories = state.categories;
    this.showMapped = state.mapped;
    this.from = state.from;
    this.to = state.to;
    // The speaker filter or the date can leave out the view asked for (a source whose speaker
    // is filtered out): say so, rather than silently showing another.
    if (this.dataset && !this.views.some((view) => view.id === this.viewId)) {
      problems.push(
        m.notice_view_no_speakers({
          view: state.view,
          shown: this.views[0]?.label ?? m.notice_default_view(),
        }),
      );
      this.viewId = this.views[0]?.id ?? this.defaults.view;
    }
    if (this.compare !== null && !this.views.some((view) => view.id === this.compare)) {
      problems.push(m.notice_compare_no_speakers({ view: this.compare }));
      this.compare = null;
    }
    if (this.compare !== null && this.compare === this.viewId) this.compare = null;
    problems.push(...langNotices());
    this.notices = problems.filter((problem, i) => problems.indexOf(problem) === i);
  }

  /**
   * The address's date read again once the map's series has loaded: a day after the claims'
   * newest figure (a link to the mapped view on 1 Jun 2026) was read as "latest" before the
   * series, which runs further, was there. Only when the date is still the one read then.
   */
  readLateDate(search: string): void {
    // A throwaway reading, not state: nothing observes it.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const asked = new URLSearchParams(search).get('date');
    const claims = this.range;
    const span = this.dateRange;
    if (this.date !== null || !asked || !isIsoDay(asked) || !claims || !span) return;
    if (asked <= claims.to || asked >= span.to) return;
    this.date = asked;
    const said = m.url_date_after({ date: asked, newest: claims.to });
    this.notices = this.notices.filter((notice) => notice !== said);
  }

  /** The query string for the current state. */
  formatUrl(): string {
    return formatUrlState(this.urlState, this.defaults);
  }

  selectView(id: string): void {
    if (this.views.some((view) => view.id === id)) this.viewId = id;
  }

  selectRegion(code: IsoCode | null): void {
    this.region = code;
  }

  dismissNotices(): void {
    this.notices = [];
  }
}

const KEY = Symbol('app-state');

export function setAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

export function getAppState(): AppState {
  return getContext<AppState>(KEY);
}
