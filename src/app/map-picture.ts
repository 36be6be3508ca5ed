/**
 * What a view puts on the map: the fill mode, each unit's feature-state, and the five labels.
 * The one step from a view to paint: the page's two renderers (MapLibre and SVG), the compare
 * maps and the downloaded images all draw what this returns, so none of them decides on its
 * own how a view looks (whether the fill is a share or a spread, which figures are stale).
 *
 * Pure: no DOM, no Svelte state.
 */
import { isIsoCode, type IsoCode } from '../geo/regions.ts';
import { claimRegionText, regionText } from '../i18n/format.ts';
import type { MapLabel } from '../render/svg-image.ts';
import type { LabelId } from '../map/frame.ts';
import type { FillMode, UnitState } from '../map/style.ts';
import { mappedPage } from '../mapped/view.ts';
import type { MappedSeries } from '../mapped/series.ts';
import type { DisagreementView } from '../views/disagreement.ts';
import { timedUnitStates, type TimedView } from '../views/time.ts';
import { unitStates, type View } from '../views/views.ts';
import type { DatasetClaim } from './types.ts';
import { regionLabels, spreadLabels, type RegionLabel } from './view-model.ts';

export interface MapPicture {
  /** What the fill shows: the share held, or the spread between figures. */
  mode: FillMode;
  unitStates: Partial<Record<IsoCode, UnitState>>;
  /** The five claim regions' labels, and any unit's the view labels (the mapped view's). */
  labels: Partial<Record<LabelId, RegionLabel>>;
}

/** What, besides the view, decides the picture: the page's state. */
export interface PictureContext {
  /** The disagreement view's figures for its period (null before the data is in). */
  disagreement: DisagreementView<DatasetClaim> | null;
  /** The series measured on the map, once loaded. */
  mapped: MappedSeries | null;
  /** The date control's day, or null for the latest. */
  date: string | null;
  /** The claims the speaker filter lets through. */
  shownClaims: readonly DatasetClaim[];
}

/** A picture without data: every claim region grey, no labels. */
export const EMPTY_PICTURE: MapPicture = { mode: 'share', unitStates: {}, labels: {} };

/**
 * A view of figures is rebuilt whenever its claims change, so its picture can be kept with it:
 * switching back and forth then builds nothing (less garbage mid-switch).
 */
const kept = new WeakMap<View<DatasetClaim>, MapPicture>();
const keptSpread = new WeakMap<DisagreementView<DatasetClaim>, MapPicture>();

/** The picture of a view, in the context of the page's state. */
export function mapPicture(view: View<DatasetClaim>, context: PictureContext): MapPicture {
  if (view.kind === 'mapped') {
    const page = mappedPage(
      view.id,
      context.mapped,
      context.date,
      context.shownClaims,
      context.disagreement?.period ?? null,
    );
    return { mode: page.mode, unitStates: page.unitStates, labels: page.labels };
  }
  if (view.kind === 'disagreement') {
    const spread = context.disagreement;
    if (!spread) return EMPTY_PICTURE;
    let picture = keptSpread.get(spread);
    if (!picture) {
      picture = { mode: 'spread', unitStates: spread.states, labels: spreadLabels(spread) };
      keptSpread.set(spread, picture);
    }
    return picture;
  }
  const known = kept.get(view);
  if (known) return known;
  const states = 'asOf' in view ? timedUnitStates(view as TimedView) : unitStates(view);
  const made: MapPicture = { mode: 'share', unitStates: states, labels: regionLabels(view) };
  kept.set(view, made);
  return made;
}

/** A picture's labels as the images draw them: each with its region's short name. */
export function imageLabels(picture: MapPicture): Partial<Record<LabelId, MapLabel>> {
  return Object.fromEntries(
    Object.entries(picture.labels).map(([id, label]) => [
      id,
      {
        name: isIsoCode(id) ? regionText(id) : claimRegionText(id as Exclude<LabelId, IsoCode>),
        value: label.value,
        hasValue: label.hasValue,
      },
    ]),
  );
}
