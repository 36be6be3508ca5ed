/**
 * What a downloaded image is drawn from: the map's states and labels, and the chrome (title,
 * legend, sources, date) around it. Types only; see svg-image.ts.
 */
import type { UkraineGeo } from '../geo/load.ts';
import type { IsoCode } from '../geo/regions.ts';
import type { Palette } from '../map/colour.ts';
import type { LabelId } from '../map/frame.ts';
import type { FillMode } from '../map/style.ts';
import type { MapUnitState } from './svg-map.ts';

/** One label's text: the region's short name and its short value ("~80%", "almost all"). */
export interface MapLabel {
  name: string;
  value: string;
  /** Whether the value is a figure (else "no figure", drawn in italics), as on the page. */
  hasValue: boolean;
}

/** Title, legend and footer around the map, for downloaded images. */
export interface MapChrome {
  title: string;
  /** A second line under the title, e.g. the view's name. */
  subtitle?: string;
  /** Who said it: the sources of the values shown. Wrapped to the image's width. */
  sourcesLine: string;
  /** When: e.g. "Figures as of 2 Jan 2026 · made 21 Nov 2026". */
  dateLine: string;
  /** Whose boundaries and map data the image draws (the page's credit line). */
  creditLine?: string;
  /** Where the interactive map with every citation is: its address at this view. */
  address?: string;
  /** The words before the address ("Interactive map with every citation:"). */
  addressLabel?: string;
  /** Heading of the colour scale, e.g. "Share of the region Russian-held, as the source says". */
  legendTitle: string;
  /** Text beside the hatch key; a default explains the hatch. */
  hatchKey?: string;
  /** Text beside the grey key (shown when a claim region has no figure). */
  noDataKey?: string;
  /** The colour scale the map is drawn in; without it, the share scale (0–100 %). */
  scale?: LegendScale;
}

/** A colour scale for the legend's bar: stops over 0–`max`, and the ticks under it. */
export interface LegendScale {
  stops: [number, string][];
  max: number;
  ticks: { value: number; label: string }[];
}

export interface MapSvgInput {
  geo: UkraineGeo;
  /** Feature-state per unit, as `unitStates(view)` gives it. */
  states: Partial<Record<IsoCode, MapUnitState>>;
  /** What the fill shows, as on the page: the share held (default) or the spread. */
  mode?: FillMode;
  /** Labels for the five claim regions; a region without one gets no label. */
  labels: Partial<Record<LabelId, MapLabel>>;
  palette: Palette;
  /** Size of the whole image in CSS pixels. */
  width: number;
  height: number;
  /** The unit outlined as selected. */
  selected?: IsoCode | null;
  /** Title, legend, sources and date: the map then takes the space between them. */
  chrome?: MapChrome;
  /** Accessible name when there is no chrome (with chrome, the title is the name). */
  label?: string;
  /** Prefix of the ids inside the SVG, so that several maps can share one page. */
  idPrefix?: string;
}
