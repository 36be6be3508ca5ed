/**
 * "Download image": the map as a standalone SVG document, with its labels and, for images, a
 * title, a legend, the sources and the date; `png.ts` draws it to a PNG. Built on the map's
 * geometry, colours and frame in `svg-map.ts`, so nothing is drawn twice. Loaded only when a
 * reader asks for an image.
 *
 * Pure: no DOM, no Svelte; runs in node.
 */
import { labelPlaces } from '../map/frame.ts';
import { m } from '../i18n/lang.ts';
import type { MapSvgInput } from './image-input.ts';
import { scaleStops, shareScale } from './image-legend.ts';
import { withChrome } from './image-layout.ts';
import { hatchPattern, mapLayers } from './image-map.ts';
import { attrs, escapeXml, FONT_FAMILY } from './image-text.ts';
import { checkSize } from './svg-map.ts';

export type { LegendScale, MapChrome, MapLabel, MapSvgInput } from './image-input.ts';
export { shareScale } from './image-legend.ts';
export { breakAddress, escapeXml, FONT_FAMILY, textWidth, wrapText } from './image-text.ts';

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
