import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type GeoProjection, geoPath } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";

const require = createRequire(import.meta.url);

/** A country's box in degrees: west, south, east, north (of its vertices). */
type Box = readonly [number, number, number, number];

interface Countries {
  readonly topo: Topology;
  readonly object: GeometryCollection;
  /** Each country's box, by its geometry. */
  readonly boxes: ReadonlyMap<GeometryObject, Box>;
}

let cached: Countries | null = null;

/**
 * Natural Earth's 1:50m countries, as the `world-atlas` package ships them (TopoJSON, public
 * domain data; package ISC). 1:50m keeps a theatre's borders recognisable at the scale of a
 * province without the 10m file's weight.
 */
function countries(): Countries {
  if (cached === null) {
    const topo = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology;
    const object = topo.objects.countries as GeometryCollection;
    cached = { topo, object, boxes: countryBoxes(topo, object) };
  }
  return cached;
}

/**
 * Each country's box, from the boxes of the arcs it is made of (read once from the arcs' delta
 * encoding, without building any country's shape).
 */
function countryBoxes(topo: Topology, object: GeometryCollection): Map<GeometryObject, Box> {
  const [kx, ky] = topo.transform?.scale ?? [1, 1];
  const [dx, dy] = topo.transform?.translate ?? [0, 0];
  const quantized = topo.transform !== undefined;
  const arcBoxes = topo.arcs.map((arc): Box => {
    let x = 0;
    let y = 0;
    let w = Number.POSITIVE_INFINITY;
    let s = Number.POSITIVE_INFINITY;
    let e = Number.NEGATIVE_INFINITY;
    let n = Number.NEGATIVE_INFINITY;
    for (const point of arc) {
      x = quantized ? x + (point[0] as number) : (point[0] as number);
      y = quantized ? y + (point[1] as number) : (point[1] as number);
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
    return [w * kx + dx, s * ky + dy, e * kx + dx, n * ky + dy];
  });
  const boxes = new Map<GeometryObject, Box>();
  for (const g of object.geometries) {
    let box: Box = [
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ];
    const visit = (arcs: unknown): void => {
      if (typeof arcs === "number") {
        const b = arcBoxes[arcs < 0 ? ~arcs : arcs];
        if (b !== undefined)
          box = [Math.min(box[0], b[0]), Math.min(box[1], b[1]), Math.max(box[2], b[2]), Math.max(box[3], b[3])];
      } else if (Array.isArray(arcs)) for (const a of arcs) visit(a);
    };
    visit((g as { arcs?: unknown }).arcs);
    boxes.set(g, box);
  }
  return boxes;
}

/**
 * Degrees added around the visible extent before countries are left out: an edge of a country is
 * drawn as a great-circle arc, which can bow a little beyond its two ends' box.
 */
const PAD_DEG = 1;

/**
 * The box, in degrees, that the projection shows within its clip extent, padded; null when it
 * cannot say (no clip extent, or a corner that does not invert), and then every country is drawn.
 */
function visibleBox(projection: GeoProjection): Box | null {
  const clip = projection.clipExtent();
  if (clip === null || projection.invert === undefined) return null;
  const [[x0, y0], [x1, y1]] = clip;
  const corners = [projection.invert([x0, y0]), projection.invert([x1, y1])];
  const [nw, se] = corners;
  if (nw === null || se === null || nw === undefined || se === undefined) return null;
  const box: Box = [nw[0] - PAD_DEG, se[1] - PAD_DEG, se[0] + PAD_DEG, nw[1] + PAD_DEG];
  return box.every(Number.isFinite) && box[0] < box[2] && box[1] < box[3] ? box : null;
}

const meets = (a: Box, b: Box): boolean => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Country shapes and borders projected onto the map, as SVG path data. */
export interface BorderPaths {
  /** Every country's area, one path (land drawn under the places). */
  readonly land: string;
  /** The borders between countries, one path. */
  readonly borders: string;
}

/**
 * The land and international borders within the projection's clip extent, as SVG paths. Only
 * the countries whose box meets the extent the projection shows are projected: the others would
 * be clipped away whole, and projecting all of the world's was most of a map's drawing time.
 */
export function borderPaths(projection: GeoProjection): BorderPaths {
  const { topo, object, boxes } = countries();
  const visible = visibleBox(projection);
  const shown = (g: GeometryObject): boolean => {
    const box = boxes.get(g);
    return visible === null || box === undefined || meets(box, visible);
  };
  const kept: GeometryCollection = { ...object, geometries: object.geometries.filter(shown) };
  const path = geoPath(projection).digits(1);
  const land = path(feature(topo, kept)) ?? "";
  const borders = path(mesh(topo, object, (a, b) => a !== b && shown(a) && shown(b))) ?? "";
  return { land, borders };
}
