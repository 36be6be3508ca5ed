/**
 * The legend of a downloaded image: its title, the colour scale as a gradient bar with ticks,
 * and the hatch and grey keys. Pure; see svg-image.ts.
 */
import { colourStops, shareColour } from '../map/colour.ts';
import { m } from '../i18n/lang.ts';
import { percentText } from '../i18n/format.ts';
import type { LegendScale, MapChrome, MapSvgInput } from './image-input.ts';
import {
  attrs,
  type Block,
  FONT_FAMILY,
  paintAttrs,
  r,
  text,
  textBlock,
  wrapText,
} from './image-text.ts';
import { unitFill } from './svg-map.ts';

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

/**
 * The legend: its title, the scale as a gradient bar with ticks, and the hatch and grey keys,
 * beside the bar (`wide`) or under it.
 */
export function legendBlock(
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

/** The legend bar's gradient stops, as offsets along the bar. */
export function scaleStops(scale: LegendScale): string {
  return scale.stops
    .map(([value, colour]) => {
      const offset = `${r((value / scale.max) * 100)}%`;
      return `<stop${attrs({ offset, 'stop-color': colour })}/>`;
    })
    .join('');
}
