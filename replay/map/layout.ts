import type { GeoProjection } from "d3-geo";
import type { LocatedPlace } from "./located.js";
import { project } from "./projection.js";

/** Located places with their positions on the drawing, found by state index. */
export interface Positions {
  readonly places: readonly LocatedPlace[];
  readonly xy: readonly (readonly [number, number])[];
  /** The position of the place at this state index, if it is located. */
  readonly at: (index: number) => readonly [number, number] | undefined;
  /** The located place at this state index. */
  readonly place: (index: number) => LocatedPlace | undefined;
}

/** Projects every located place once. */
export function positionsOf(places: readonly LocatedPlace[], projection: GeoProjection): Positions {
  const xy = places.map((p) => project(projection, p.lon, p.lat));
  const byIndex = new Map<number, number>();
  for (const [i, p] of places.entries()) byIndex.set(p.index, i);
  return {
    places,
    xy,
    at: (index) => {
      const i = byIndex.get(index);
      return i === undefined ? undefined : xy[i];
    },
    place: (index) => {
      const i = byIndex.get(index);
      return i === undefined ? undefined : places[i];
    },
  };
}

/** Escapes text for SVG and HTML. */
export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
