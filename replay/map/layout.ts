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

/**
 * Projects every located place once. Points that fall on the same pixel (a site given its
 * town's coordinates) are spread evenly on a small circle around it, in catalogue order, so
 * each marker shows; areas stay on their point, under them.
 */
export function positionsOf(places: readonly LocatedPlace[], projection: GeoProjection): Positions {
  const xy: (readonly [number, number])[] = places.map((p) => project(projection, p.lon, p.lat));
  const groups = new Map<string, number[]>();
  for (const [i, p] of places.entries()) {
    if (p.precision === "region") continue;
    const [x, y] = xy[i] as readonly [number, number];
    const key = `${Math.round(x)},${Math.round(y)}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const radius = Math.max(8, members.length * 2.5);
    for (const [k, i] of members.entries()) {
      const [x, y] = xy[i] as readonly [number, number];
      const a = -Math.PI / 2 + (2 * Math.PI * k) / members.length;
      xy[i] = [Math.round((x + radius * Math.cos(a)) * 10) / 10, Math.round((y + radius * Math.sin(a)) * 10) / 10];
    }
  }
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
