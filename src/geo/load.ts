/**
 * Turns the parsed `public/geo/ukraine.json` topology (built by `geo/build.ts`) into GeoJSON
 * for the map. Pure: no fetch, no DOM. Rings come out wound for d3-geo (exterior clockwise);
 * MapLibre accepts them as they are.
 */
import type { Feature, Geometry, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { isIsoCode, type IsoCode } from './regions.ts';

export interface UnitProperties {
  /** Short English name, e.g. "Donetsk". */
  name: string;
  /** Official Ukrainian name, e.g. "Донецька область". */
  name_uk: string;
}

export interface NeighbourProperties {
  name: string;
}

/** One of Ukraine's 27 units; `id` is its ISO 3166-2 code. */
export type UnitFeature = Feature<Polygon | MultiPolygon, UnitProperties> & { id: IsoCode };

/** A neighbouring country clipped to the map's box; `id` is its ISO alpha-3 code. */
export type NeighbourFeature = Feature<Polygon | MultiPolygon, NeighbourProperties> & {
  id: string;
};

export type UkraineTopology = Topology<{
  units: GeometryCollection<UnitProperties>;
  neighbours: GeometryCollection<NeighbourProperties>;
}>;

/** The 27 units, sorted by ISO code. */
export interface UnitCollection {
  type: 'FeatureCollection';
  features: UnitFeature[];
}

/** Neighbouring countries (Ukraine excluded), sorted by id. */
export interface NeighbourCollection {
  type: 'FeatureCollection';
  features: NeighbourFeature[];
}

export interface UkraineGeo {
  units: UnitCollection;
  neighbours: NeighbourCollection;
  /** Borders between two units, each drawn once. */
  borders: MultiLineString;
  /** The outer edge of the units: Ukraine's border and coast. */
  outline: MultiLineString;
}

function isCollection(value: unknown): value is { type: 'GeometryCollection' } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'GeometryCollection' &&
    Array.isArray((value as { geometries?: unknown }).geometries)
  );
}

/** Shallow check that a parsed JSON value is the topology `geo/build.ts` writes. */
export function isUkraineTopology(value: unknown): value is UkraineTopology {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as { type?: unknown; arcs?: unknown; objects?: Record<string, unknown> };
  return (
    t.type === 'Topology' &&
    Array.isArray(t.arcs) &&
    typeof t.objects === 'object' &&
    t.objects !== null &&
    isCollection(t.objects.units) &&
    isCollection(t.objects.neighbours)
  );
}

function polygonal<P>(f: Feature<Geometry | null, P>): f is Feature<Polygon | MultiPolygon, P> {
  return f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';
}

/**
 * GeoJSON for the map from the parsed topology. Throws if a unit's id is not one of the 27
 * ISO codes or a geometry is not polygonal.
 */
export function loadUkraineGeo(topology: UkraineTopology): UkraineGeo {
  const { units, neighbours } = topology.objects;
  const unitFeatures = feature(topology, units).features.map((f): UnitFeature => {
    if (!isIsoCode(f.id) || !polygonal(f)) throw new Error(`bad unit ${String(f.id)}`);
    return f as UnitFeature;
  });
  const neighbourFeatures = feature(topology, neighbours).features.map((f): NeighbourFeature => {
    if (typeof f.id !== 'string' || !polygonal(f)) throw new Error(`bad neighbour ${String(f.id)}`);
    return f as NeighbourFeature;
  });
  return {
    units: { type: 'FeatureCollection', features: unitFeatures },
    neighbours: { type: 'FeatureCollection', features: neighbourFeatures },
    borders: mesh(topology, units, (a, b) => a !== b),
    outline: mesh(topology, units, (a, b) => a === b),
  };
}
