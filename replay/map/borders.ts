import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type GeoProjection, geoPath } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

const require = createRequire(import.meta.url);

let cached: Topology | null = null;

/**
 * Natural Earth's 1:50m countries, as the `world-atlas` package ships them (TopoJSON, public
 * domain data; package ISC). 1:50m keeps a theatre's borders recognisable at the scale of a
 * province without the 10m file's weight.
 */
function countries(): Topology {
  if (cached === null)
    cached = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology;
  return cached;
}

/** Country shapes and borders projected onto the map, as SVG path data. */
export interface BorderPaths {
  /** Every country's area, one path (land drawn under the places). */
  readonly land: string;
  /** The borders between countries, one path. */
  readonly borders: string;
}

/** The land and international borders within the projection's clip extent, as SVG paths. */
export function borderPaths(projection: GeoProjection): BorderPaths {
  const topo = countries();
  const object = topo.objects.countries as GeometryCollection;
  const path = geoPath(projection).digits(1);
  const land = path(feature(topo, object)) ?? "";
  const borders = path(mesh(topo, object, (a, b) => a !== b)) ?? "";
  return { land, borders };
}
