/**
 * The map inside a downloaded image: sea, neighbours, units (filled and faded as the page's
 * maps paint them), hatch, borders, the selection and the labels. Pure; see svg-image.ts.
 */
import type { GeoProjection } from 'd3-geo';
import { labelPlaces } from '../map/frame.ts';
import { placeLabels } from '../map/labels.ts';
import { LINE_WIDTHS } from '../map/style.ts';
import type { MapSvgInput } from './image-input.ts';
import { attrs, escapeXml, FONT_FAMILY, paintAttrs, r, text, textWidth } from './image-text.ts';
import { hatchTile, imageProjection, mapGeometry, unitPaint, type UnitPaint } from './svg-map.ts';

/** A unit's fill and fading (a stale figure), as the page's maps paint them. */
function unitAttrs(paint: UnitPaint): Record<string, string | number> {
  const fill = paintAttrs('fill', paint.fill);
  if (paint.fillOpacity === undefined) return fill;
  const opacity = Number(fill['fill-opacity'] ?? 1) * Number(paint.fillOpacity);
  return { ...fill, 'fill-opacity': opacity };
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
export function mapLayers(
  input: MapSvgInput,
  width: number,
  height: number,
  labelScale: number,
): string {
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

export function hatchPattern(id: string, colour: string): string {
  const tile = hatchTile();
  return (
    `<pattern${attrs({ id, width: tile.size, height: tile.size, patternUnits: 'userSpaceOnUse' })}>` +
    `<path${attrs({ d: tile.d, ...paintAttrs('fill', colour) })}/></pattern>`
  );
}

/** The map in a box of the image, in its own coordinates (a nested, clipping <svg>). */
export function mapBox(
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
