/**
 * The images' text and markup: escaping, attributes, estimated text widths, wrapping, and
 * text blocks laid out before they are placed. Pure; see svg-image.ts.
 */
import { splitColour } from './svg-map.ts';

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
export function r(value: number, step = 10): number {
  return Math.round(value * step) / step;
}

export function attrs(values: Record<string, string | number | undefined | null>): string {
  let out = '';
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    const text =
      typeof value === 'number' ? String(r(value, key.endsWith('opacity') ? 1000 : 10)) : value;
    out += ` ${key}="${escapeXml(text)}"`;
  }
  return out;
}

export function paintAttrs(
  kind: 'fill' | 'stroke',
  colour: string,
): Record<string, string | number> {
  const { colour: hex, opacity } = splitColour(colour);
  return opacity < 1 ? { [kind]: hex, [`${kind}-opacity`]: opacity } : { [kind]: hex };
}

export const NARROW = new Set("iljtfrI.,:;!|() '’".split(''));
export const WIDE = new Set('mwMW%—'.split(''));

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

export interface TextOptions {
  x: number;
  y: number;
  size: number;
  colour: string;
  weight?: number;
  anchor?: 'start' | 'middle' | 'end';
  italic?: boolean;
  opacity?: number;
}

export function text(content: string, o: TextOptions): string {
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

/** A block of the image laid out before it is placed: its height, and its markup at a top. */
export interface Block {
  height: number;
  at(top: number): string;
}

export function textBlock(
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
