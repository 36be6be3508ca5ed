/**
 * An image's layout: title, map, legend and footer placed around each other, above and below
 * the map or in a column beside it. Pure; see svg-image.ts.
 */
import type { MapChrome, MapSvgInput } from './image-input.ts';
import { legendBlock } from './image-legend.ts';
import { mapBox } from './image-map.ts';
import { attrs, breakAddress, FONT_FAMILY, paintAttrs, textBlock, wrapText } from './image-text.ts';

/**
 * Title, map, legend and footer for an image `width` × `height`. Landscape images (an article
 * picture, 4 : 3) get the title above the map and the legend and sources below it; wide ones
 * (a social card, 1200 × 630) get them in a column beside the map, which would otherwise be a
 * strip with Ukraine, 1.5 times as wide as high, in its middle third.
 */
export function withChrome(input: MapSvgInput, chrome: MapChrome): string {
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
