/**
 * "Download image": the map as a standalone SVG document, with its labels and, for images, a
 * title, a legend, the sources and the date; `png.ts` draws it to a PNG. Built on the map's
 * geometry, colours and frame in `svg-map.ts`, so nothing is drawn twice. Loaded only when a
 * reader asks for an image.
 *
 * Pure: no DOM, no Svelte; runs in node.
 */
import type { GeoProjection } from 'd3-geo';
import type { UkraineGeo } from '../geo/load.ts';
import type { IsoCode } from '../geo/regions.ts';
import { colourStops, shareColour, type Palette } from '../map/colour.ts';
import { labelPlaces, type LabelId } from '../map/frame.ts';
import { placeLabels } from '../map/labels.ts';
import { LINE_WIDTHS, type FillMode } from '../map/style.ts';
import { m } from '../i18n/lang.ts';
import { percentText } from '../i18n/format.ts';
import {
  checkSize,
  hatchTile,
  mapGeometry,
  imageProjection,
  splitColour,
  unitFill,
  unitPaint,
  type UnitPaint,
  type MapUnitState,
} from './svg-map.ts';
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

/**
 * The share scale: what the map's colours mean in every view but the disagreement view. Its
 * ticks are written in the interface's language ("50%" / "50 %"), so it is built when drawn.
 */
export function shareScale(): LegendScale {
  return {
    stops: colourStops(11),
    max: 100,
    ticks: [0, 25, 50, 75, 100].map((value) => ({ value, label: percentText(value) })),
  };
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

/** The font stack of all text in the SVG. */
export const FONT_FAMILY = "system-ui, 'DejaVu Sans', sans-serif";

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Rounds to 0.1 (opacities to 0.001), so output is short and the same on every machine. */
function r(value: number, step = 10): number {
  return Math.round(value * step) / step;
}

function attrs(values: Record<string, string | number | undefined | null>): string {
  let out = '';
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    const text =
      typeof value === 'number' ? String(r(value, key.endsWith('opacity') ? 1000 : 10)) : value;
    out += ` ${key}="${escapeXml(text)}"`;
  }
  return out;
}

/** A unit's fill and fading (a stale figure), as the page's maps paint them. */
function unitAttrs(paint: UnitPaint): Record<string, string | number> {
  const fill = paintAttrs('fill', paint.fill);
  if (paint.fillOpacity === undefined) return fill;
  const opacity = Number(fill['fill-opacity'] ?? 1) * Number(paint.fillOpacity);
  return { ...fill, 'fill-opacity': opacity };
}

function paintAttrs(kind: 'fill' | 'stroke', colour: string): Record<string, string | number> {
  const { colour: hex, opacity } = splitColour(colour);
  return opacity < 1 ? { [kind]: hex, [`${kind}-opacity`]: opacity } : { [kind]: hex };
}

const NARROW = new Set("iljtfrI.,:;!|() '’".split(''));
const WIDE = new Set('mwMW%—'.split(''));

/**
 * Width of a line of text, estimated (no DOM to measure in): generous for DejaVu Sans, the
 * widest of the stack, so boxes never clip text where another font is used.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    if (NARROW.has(char)) ems += 0.36;
    else if (WIDE.has(char)) ems += 0.95;
    else if (char >= 'A' && char <= 'Z') ems += 0.72;
    else ems += 0.62;
  }
  return ems * fontSize * (bold ? 1.1 : 1);
}

/** Splits text into lines no wider than `maxWidth`, at spaces; at most `maxLines` (… after). */
export function wrapText(
  text: string,
  fontSize: number,
  maxWidth: number,
  maxLines = 3,
  bold = false,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]} …`;
    return kept;
  }
  return lines;
}

/** A web address in lines no wider than `maxWidth`, cut at "/" when it can, else anywhere. */
export function breakAddress(
  url: string,
  fontSize: number,
  maxWidth: number,
  maxLines = 3,
): string[] {
  const lines: string[] = [];
  let rest = url;
  while (rest && lines.length < maxLines) {
    if (textWidth(rest, fontSize) <= maxWidth) {
      lines.push(rest);
      rest = '';
      break;
    }
    let cut = rest.length;
    while (cut > 1 && textWidth(rest.slice(0, cut), fontSize) > maxWidth) cut--;
    const slash = rest.lastIndexOf('/', cut - 1);
    if (slash > cut / 2) cut = slash + 1;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) lines[lines.length - 1] = `${lines[lines.length - 1]}…`;
  return lines;
}

interface TextOptions {
  x: number;
  y: number;
  size: number;
  colour: string;
  weight?: number;
  anchor?: 'start' | 'middle' | 'end';
  italic?: boolean;
  opacity?: number;
}

function text(content: string, o: TextOptions): string {
  return `<text${attrs({
    x: o.x,
    y: o.y,
    'font-size': o.size,
    'font-weight': o.weight && o.weight !== 400 ? o.weight : undefined,
    'font-style': o.italic ? 'italic' : undefined,
    'text-anchor': o.anchor && o.anchor !== 'start' ? o.anchor : undefined,
    ...paintAttrs('fill', o.colour),
    'fill-opacity': o.opacity,
  })}>${escapeXml(content)}</text>`;
}

/**
 * The labels (the five claim regions', and any unit's the labels name) as boxes, placed like
 * the app's label overlay (`placeLabels`).
 */
function labelLayer(
  input: MapSvgInput,
  projection: GeoProjection,
  width: number,
  height: number,
  scale: number,
): string {
  const { palette, labels } = input;
  const nameSize = 11.5 * scale;
  const valueSize = 13 * scale;
  const padX = 6 * scale;
  const padY = 2 * scale;
  const lineHeight = 1.15;
  const boxes = labelPlaces(labels).flatMap((region) => {
    const label = labels[region.id];
    const at = projection(region.anchor);
    if (!label || !at) return [];
    const empty = !label.hasValue;
    const boxWidth =
      Math.max(textWidth(label.name, nameSize, true), textWidth(label.value, valueSize, !empty)) +
      2 * padX;
    const boxHeight = (nameSize + valueSize) * lineHeight + 2 * padY;
    return [{ region, label, empty, x: at[0], y: at[1], width: boxWidth, height: boxHeight }];
  });
  const placed = new Map(
    placeLabels(
      boxes.map((b) => ({ id: b.region.id, x: b.x, y: b.y, width: b.width, height: b.height })),
      { width, height },
    ).map((p) => [p.id, p]),
  );
  const selected = input.selected ?? null;
  const parts = boxes.map((box) => {
    const at = placed.get(box.region.id)!;
    const isSelected = selected !== null && box.region.members.includes(selected);
    const cx = at.left + box.width / 2;
    const nameY = at.top + padY + nameSize * lineHeight * 0.82;
    const valueY = nameY + valueSize * lineHeight;
    return (
      `<g${attrs({ 'data-label': box.region.id, 'data-unit': box.region.target })}>` +
      `<rect${attrs({
        x: at.left,
        y: at.top,
        width: box.width,
        height: box.height,
        rx: 4 * scale,
        ...paintAttrs('fill', palette.textHalo),
        'fill-opacity': 0.92,
        ...paintAttrs('stroke', palette.text),
        'stroke-opacity': isSelected ? 1 : 0.5,
        'stroke-width': isSelected ? 2 : 1,
      })}/>` +
      text(box.label.name, {
        x: cx,
        y: nameY,
        size: nameSize,
        weight: 600,
        anchor: 'middle',
        colour: palette.text,
      }) +
      text(box.label.value, {
        x: cx,
        y: valueY,
        size: valueSize,
        weight: box.empty ? 400 : 700,
        italic: box.empty,
        anchor: 'middle',
        colour: palette.text,
      }) +
      `</g>`
    );
  });
  return `<g class="labels"${attrs({ 'font-family': FONT_FAMILY })}>${parts.join('')}</g>`;
}

/** The map itself (sea, neighbours, units, hatch, borders, selection, labels) in a w × h box. */
function mapLayers(input: MapSvgInput, width: number, height: number, labelScale: number): string {
  const { palette, states, geo } = input;
  const p = input.idPrefix ?? 'tc';
  const projection = imageProjection(width, height);
  const geometry = mapGeometry(geo, projection);
  const out: string[] = [];
  out.push(`<rect${attrs({ class: 'sea', width, height, ...paintAttrs('fill', palette.sea) })}/>`);
  out.push(
    `<path${attrs({
      class: 'neighbours',
      d: geometry.neighbours,
      ...paintAttrs('fill', palette.neighbour),
      ...paintAttrs('stroke', palette.neighbourBorder),
      'stroke-width': LINE_WIDTHS.neighbour,
    })}/>`,
  );
  out.push('<g class="units">');
  for (const unit of geometry.units) {
    out.push(
      `<path${attrs({
        class: `unit unit-${unit.code}`,
        'data-code': unit.code,
        d: unit.d,
        ...unitAttrs(unitPaint(states[unit.code], palette, 'none', input.mode)),
      })}><title>${escapeXml(unit.name)}</title></path>`,
    );
  }
  out.push('</g><g class="hatch">');
  for (const unit of geometry.units) {
    if (!states[unit.code]?.uncertain) continue;
    out.push(`<path${attrs({ 'data-hatch': unit.code, d: unit.d, fill: `url(#${p}-hatch)` })}/>`);
  }
  out.push('</g>');
  const line = (cls: string, d: string, colour: string, width: number) =>
    `<path${attrs({
      class: cls,
      d,
      fill: 'none',
      ...paintAttrs('stroke', colour),
      'stroke-width': width,
    })}/>`;
  out.push(line('borders', geometry.borders, palette.unitBorder, LINE_WIDTHS.unit));
  out.push(line('outline', geometry.outline, palette.countryBorder, LINE_WIDTHS.country));
  const selected = geometry.units.find((unit) => unit.code === input.selected);
  if (selected) out.push(line('selected', selected.d, palette.selected, LINE_WIDTHS.selected));
  out.push(labelLayer(input, projection, width, height, labelScale));
  return out.join('');
}

function hatchPattern(id: string, colour: string): string {
  const tile = hatchTile();
  return (
    `<pattern${attrs({ id, width: tile.size, height: tile.size, patternUnits: 'userSpaceOnUse' })}>` +
    `<path${attrs({ d: tile.d, ...paintAttrs('fill', colour) })}/></pattern>`
  );
}

function describe(input: MapSvgInput): string {
  const values = labelPlaces(input.labels).flatMap((region) => {
    const label = input.labels[region.id];
    return label ? [`${label.name}: ${label.value}.`] : [];
  });
  const chrome = input.chrome;
  const parts = chrome
    ? [chrome.subtitle ?? '', ...values, chrome.sourcesLine, chrome.dateLine]
    : [m.image_map_description(), ...values];
  return parts.filter(Boolean).join(' ');
}

/** A block of the image laid out before it is placed: its height, and its markup at a top. */
interface Block {
  height: number;
  at(top: number): string;
}

function textBlock(
  lines: string[],
  x: number,
  o: Omit<TextOptions, 'x' | 'y'> & { lineHeight: number; cls?: string },
): Block {
  return {
    height: lines.length * o.lineHeight,
    at: (top) =>
      lines
        .map((line, i) => {
          const markup = text(line, { ...o, x, y: top + o.lineHeight * i + o.size * 0.95 });
          return o.cls ? markup.replace('<text', `<text class="${o.cls}"`) : markup;
        })
        .join(''),
  };
}

/**
 * The legend: its title, the scale as a gradient bar with ticks, and the hatch and grey keys,
 * beside the bar (`wide`) or under it.
 */
function legendBlock(
  input: MapSvgInput,
  chrome: MapChrome,
  x: number,
  width: number,
  u: number,
  wide: boolean,
): Block {
  const { palette } = input;
  const p = input.idPrefix ?? 'tc';
  const titleSize = 15 * u;
  const tickSize = 13 * u;
  const keySize = 14 * u;
  const barWidth = wide ? Math.min(320 * u, width * 0.4) : Math.min(360 * u, width);
  const barHeight = 14 * u;
  const swatchW = 24 * u;
  const swatchH = 15 * u;
  const title = textBlock(wrapText(chrome.legendTitle, titleSize, width, 2, true), x, {
    size: titleSize,
    lineHeight: titleSize * 1.3,
    weight: 600,
    colour: palette.text,
  });
  const scaleHeight = barHeight + 4 * u + tickSize * 1.25;
  const keysX = wide ? x + barWidth + 36 * u : x;
  const keyTextWidth = x + width - keysX - swatchW - 8 * u;
  const scale = chrome.scale ?? shareScale();
  const shown = Object.values(input.states);
  // Grey: a claim region without a figure (without a spread, in the disagreement view).
  const anyNoData = shown.some(
    (state) => state?.claimRegion && unitFill(state, palette, input.mode) === palette.noData,
  );
  const anyHatch = shown.some((state) => state?.uncertain);
  const keys = [
    ...(anyHatch
      ? [{ kind: 'hatch', text: chrome.hatchKey ?? m.image_hatch_key(), fill: shareColour(80) }]
      : []),
    ...(anyNoData
      ? [{ kind: 'no-data', text: chrome.noDataKey ?? m.legend_grey(), fill: palette.noData }]
      : []),
  ].map((key) => ({ ...key, lines: wrapText(key.text, keySize, keyTextWidth, wide ? 1 : 2) }));
  const keyLine = keySize * 1.3;
  const keyHeights = keys.map((key) => Math.max(swatchH, key.lines.length * keyLine) + 6 * u);
  const keysHeight = keyHeights.reduce((a, b) => a + b, 0);
  const height =
    title.height +
    4 * u +
    (wide ? Math.max(scaleHeight, keysHeight) : scaleHeight + 10 * u + keysHeight);
  return {
    height,
    at(top) {
      const out = [`<g class="legend"${attrs({ 'font-family': FONT_FAMILY })}>`, title.at(top)];
      const barY = top + title.height + 4 * u;
      out.push(
        `<rect${attrs({ x, y: barY, width: barWidth, height: barHeight, fill: `url(#${p}-scale)` })}/>`,
      );
      for (const tick of scale.ticks) {
        const tx = x + (tick.value / scale.max) * barWidth;
        out.push(
          `<line${attrs({ x1: tx, x2: tx, y1: barY + barHeight, y2: barY + barHeight + 4 * u, ...paintAttrs('stroke', palette.text) })}/>`,
          text(tick.label, {
            x: tx,
            y: barY + barHeight + 4 * u + tickSize,
            size: tickSize,
            anchor: tick.value === 0 ? 'start' : tick.value === scale.max ? 'end' : 'middle',
            colour: palette.text,
          }),
        );
      }
      let keyTop = wide ? barY : barY + scaleHeight + 10 * u;
      keys.forEach((key, i) => {
        const swatch = { x: keysX, y: keyTop, width: swatchW, height: swatchH };
        out.push(
          `<g${attrs({ 'data-key': key.kind })}>` +
            `<rect${attrs({ ...swatch, ...paintAttrs('fill', key.fill), ...paintAttrs('stroke', palette.text), 'stroke-opacity': 0.4, 'stroke-width': 0.8 })}/>` +
            (key.kind === 'hatch'
              ? `<rect${attrs({ ...swatch, fill: `url(#${p}-hatch)` })}/>`
              : '') +
            textBlock(key.lines, keysX + swatchW + 8 * u, {
              size: keySize,
              lineHeight: keyLine,
              colour: palette.text,
            }).at(keyTop + (swatchH - keySize * 1.25) / 2) +
            '</g>',
        );
        keyTop += keyHeights[i]!;
      });
      out.push('</g>');
      return out.join('');
    },
  };
}

/** The map in a box of the image, in its own coordinates (a nested, clipping <svg>). */
function mapBox(
  input: MapSvgInput,
  x: number,
  y: number,
  width: number,
  height: number,
  u: number,
): string {
  return (
    `<svg${attrs({ class: 'map', x, y, width, height, viewBox: `0 0 ${r(width)} ${r(height)}` })}>` +
    mapLayers(input, width, height, Math.max(1, u * 1.3)) +
    '</svg>'
  );
}

/** The legend bar's gradient stops, as offsets along the bar. */
function scaleStops(scale: LegendScale): string {
  return scale.stops
    .map(([value, colour]) => {
      const offset = `${r((value / scale.max) * 100)}%`;
      return `<stop${attrs({ offset, 'stop-color': colour })}/>`;
    })
    .join('');
}

/**
 * Title, map, legend and footer for an image `width` × `height`. Landscape images (an article
 * picture, 4 : 3) get the title above the map and the legend and sources below it; wide ones
 * (a social card, 1200 × 630) get them in a column beside the map, which would otherwise be a
 * strip with Ukraine, 1.5 times as wide as high, in its middle third.
 */
function withChrome(input: MapSvgInput, chrome: MapChrome): string {
  const { width, height, palette } = input;
  const side = width / height >= 1.6;
  const u = Math.min(2, Math.max(0.6, (side ? width * 1.05 : width) / 1200));
  const margin = 32 * u;
  const column = side ? Math.round(width * 0.34) : width;
  const inner = column - 2 * margin;
  const titleSize = 32 * u;
  const subtitleSize = 19 * u;
  const smallSize = 14 * u;
  const title = textBlock(wrapText(chrome.title, titleSize, inner, side ? 3 : 2, true), margin, {
    size: titleSize,
    lineHeight: titleSize * 1.18,
    weight: 700,
    colour: palette.text,
  });
  const subtitle = textBlock(
    chrome.subtitle ? wrapText(chrome.subtitle, subtitleSize, inner, 2) : [],
    margin,
    { size: subtitleSize, lineHeight: subtitleSize * 1.3, colour: palette.text, opacity: 0.8 },
  );
  const legend = legendBlock(input, chrome, margin, inner, u, !side);
  const small = {
    size: smallSize,
    lineHeight: smallSize * 1.35,
    colour: palette.text,
    opacity: 0.78,
  };
  const sources = textBlock(wrapText(chrome.sourcesLine, smallSize, inner, side ? 6 : 3), margin, {
    ...small,
    cls: 'sources',
  });
  const date = textBlock(wrapText(chrome.dateLine, smallSize, inner, 2), margin, {
    ...small,
    cls: 'date',
  });
  const credit = textBlock(
    chrome.creditLine ? wrapText(chrome.creditLine, smallSize * 0.9, inner, side ? 6 : 2) : [],
    margin,
    { ...small, size: smallSize * 0.9, lineHeight: smallSize * 0.9 * 1.35, cls: 'credit' },
  );
  // An address is one unbreakable word: its own line(s), cut at any character if too long.
  const addressLines = chrome.address
    ? [
        ...(chrome.addressLabel ? wrapText(chrome.addressLabel, smallSize, inner, 2) : []),
        ...breakAddress(chrome.address, smallSize, inner),
      ]
    : [];
  const address = textBlock(addressLines, margin, { ...small, cls: 'address' });

  const out: string[] = [
    `<rect${attrs({ class: 'background', width, height, ...paintAttrs('fill', palette.textHalo) })}/>`,
  ];
  const headTop = margin * 0.8;
  const headBottom = headTop + title.height + (subtitle.height ? 4 * u + subtitle.height : 0);
  const extra = [credit, address].filter((block) => block.height > 0);
  const footHeight =
    sources.height + 4 * u + date.height + extra.reduce((sum, b) => sum + 4 * u + b.height, 0);
  const footTop = height - margin * 0.8 - footHeight;
  out.push(
    `<g class="title"${attrs({ 'font-family': FONT_FAMILY })}>`,
    title.at(headTop),
    subtitle.at(headTop + title.height + 4 * u),
    '</g>',
  );
  if (side) {
    // Column: title at the top, sources and date at the bottom, the legend above them.
    const legendTop = footTop - 20 * u - legend.height;
    out.push(mapBox(input, column, 0, width - column, height, u));
    out.push(legend.at(Math.max(headBottom + 16 * u, legendTop)));
  } else {
    const legendTop = footTop - 12 * u - legend.height;
    const mapTop = Math.round(headBottom + 14 * u);
    const mapBottom = Math.round(legendTop - 14 * u);
    out.push(mapBox(input, 0, mapTop, width, Math.max(40, mapBottom - mapTop), u));
    out.push(legend.at(legendTop));
  }
  out.push(
    `<g class="footer"${attrs({ 'font-family': FONT_FAMILY })}>`,
    sources.at(footTop),
    date.at(footTop + sources.height + 4 * u),
  );
  let extraTop = footTop + sources.height + 4 * u + date.height;
  for (const block of extra) {
    out.push(block.at(extraTop + 4 * u));
    extraTop += 4 * u + block.height;
  }
  out.push('</g>');
  return out.join('');
}

/**
 * The map as a standalone SVG document: the 27 units coloured as on the WebGL map, the hatch
 * over uncertain values, borders, neighbours, sea, the five labels and, with `chrome`, a title,
 * legend, sources and date around it. Deterministic: the same input gives the same string.
 */
export function renderMapSvg(input: MapSvgInput): string {
  const { width, height, palette, chrome } = input;
  checkSize(width, height);
  const p = input.idPrefix ?? 'tc';
  const name = chrome?.title ?? input.label ?? m.map_label_plain();
  const defs =
    '<defs>' +
    hatchPattern(`${p}-hatch`, palette.hatch) +
    (chrome
      ? `<linearGradient${attrs({ id: `${p}-scale` })}>` +
        scaleStops(chrome.scale ?? shareScale()) +
        '</linearGradient>'
      : '') +
    '</defs>';
  const body = chrome ? withChrome(input, chrome) : mapLayers(input, width, height, 1);
  return (
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${p}-title ${p}-desc`,
      'font-family': FONT_FAMILY,
    })}>` +
    `<title${attrs({ id: `${p}-title` })}>${escapeXml(name)}</title>` +
    `<desc${attrs({ id: `${p}-desc` })}>${escapeXml(describe(input))}</desc>` +
    defs +
    body +
    '</svg>\n'
  );
}
