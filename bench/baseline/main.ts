/**
 * The benchmark's baseline: bare MapLibre drawing the app's boundary file in the same fill
 * colours, and nothing else. The floor of this stack. Built by bench/baseline.ts, which passes
 * the colours of the default view in `__BASELINE_COLOURS__`.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { framePadding, UKRAINE_BOUNDS } from '../../src/map/frame.ts';
import type { BaselineColours } from '../colours.ts';

declare const __BASELINE_COLOURS__: BaselineColours;

const colours = __BASELINE_COLOURS__;
const container = document.getElementById('map') as HTMLDivElement;

const response = await fetch(new URL('../geo/ukraine.json', document.baseURI));
const topology = (await response.json()) as Topology<{ units: GeometryCollection }>;
const units = feature(topology, topology.objects.units);
for (const unit of units.features) unit.properties = { code: unit.id };

maplibregl.setWorkerUrl(workerUrl);
const map = new maplibregl.Map({
  container,
  style: {
    version: 8,
    sources: { units: { type: 'geojson', data: units } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': colours.sea } },
      {
        id: 'unit-fill',
        type: 'fill',
        source: 'units',
        paint: {
          'fill-color': [
            'match',
            ['get', 'code'],
            ...Object.entries(colours.units).flat(),
            colours.land,
          ] as unknown as maplibregl.ExpressionSpecification,
        },
      },
    ],
  },
  bounds: UKRAINE_BOUNDS,
  fitBoundsOptions: { padding: framePadding(container.clientWidth, container.clientHeight) },
  attributionControl: false,
  maplibreLogo: false,
  fadeDuration: 0,
  canvasContextAttributes: { preserveDrawingBuffer: true },
});

// The first idle frame is the first with the data drawn; the map takes input from then on.
map.once('idle', () => {
  performance.mark('tc:first-paint');
  performance.mark('tc:interactive');
  Object.assign(container, {
    project: (lngLat: [number, number]) => {
      const point = map.project(lngLat);
      return { x: point.x, y: point.y };
    },
  });
  container.dataset.loaded = 'true';
});
