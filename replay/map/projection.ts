import { type GeoProjection, geoMercator } from "d3-geo";
import type { LocatedPlace } from "./located.js";

/** The drawing's size and the margin kept around the places, in pixels. */
export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
}

/** The size every map is drawn at: wide enough for a theatre, with room for the legend on the right. */
export const MAP_FRAME: Frame = { width: 960, height: 640, margin: 56 };

/** The smallest extent fitted, in degrees, so one town or a few close ones still show their surroundings. */
const MIN_SPAN_DEG = 1.2;

/**
 * A Mercator projection fitted to the places (their points, and the boxes of areas that have
 * one) with `frame.margin` around them, clipped to the frame. The legend takes the right-hand
 * 200 px, so the places fit in what is left.
 */
export function fitProjection(places: readonly LocatedPlace[], frame: Frame = MAP_FRAME): GeoProjection {
  let w = Number.POSITIVE_INFINITY;
  let s = Number.POSITIVE_INFINITY;
  let e = Number.NEGATIVE_INFINITY;
  let n = Number.NEGATIVE_INFINITY;
  for (const p of places) {
    const [pw, ps, pe, pn] = p.bbox ?? [p.lon, p.lat, p.lon, p.lat];
    w = Math.min(w, pw);
    s = Math.min(s, ps);
    e = Math.max(e, pe);
    n = Math.max(n, pn);
  }
  const padLon = Math.max(0, MIN_SPAN_DEG - (e - w)) / 2;
  const padLat = Math.max(0, MIN_SPAN_DEG - (n - s)) / 2;
  const box = {
    type: "Feature" as const,
    properties: {},
    geometry: {
      type: "MultiPoint" as const,
      coordinates: [
        [w - padLon, s - padLat],
        [e + padLon, n + padLat],
      ],
    },
  };
  const m = frame.margin;
  return geoMercator()
    .fitExtent(
      [
        [m, m + 24],
        [frame.width - LEGEND_WIDTH - m * 1.5, frame.height - m],
      ],
      box,
    )
    .clipExtent([
      [0, 0],
      [frame.width, frame.height],
    ]);
}

/** Width of the legend panel on the right of the map. */
export const LEGEND_WIDTH = 200;

/** A place's position on the drawing, rounded to a tenth of a pixel. */
export function project(projection: GeoProjection, lon: number, lat: number): readonly [number, number] {
  const xy = projection([lon, lat]) ?? [0, 0];
  return [Math.round(xy[0] * 10) / 10, Math.round(xy[1] * 10) / 10];
}
