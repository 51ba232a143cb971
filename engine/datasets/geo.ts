import type { Catalogue } from "../catalogue/catalogue.js";

/** A point with how exact it is. */
export interface Point {
  readonly lat: number;
  readonly lon: number;
  readonly precision: string;
}

const EARTH_KM = 6371.0088;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * How far from its point a place may lie, by the point's precision: an exact point 0 km, a
 * point near the place (`near`, UCDP where_prec 2: within 25 km) 25 km, an approximate one 25 km,
 * the centre of a district, a province or a wider area (`region`) 50 km. Two places match when their
 * points lie within the distance asked plus both radii.
 */
export function uncertaintyKm(precision: string): number {
  switch (precision) {
    case "exact":
      return 0;
    case "near":
    case "approximate":
      return 25;
    default:
      return 50;
  }
}

/** The point of a place: its own coordinates, else the nearest ancestor's (then no better than a region's). */
export function pointOf(catalogue: Catalogue, placeId: string): Point | null {
  let place = catalogue.place(placeId);
  let inherited = false;
  for (let depth = 0; place !== undefined && depth < 8; depth++) {
    const c = place.coordinates;
    if (c !== undefined) return { lat: c.lat, lon: c.lon, precision: inherited ? "region" : c.precision };
    place = place.parent === undefined ? undefined : catalogue.place(place.parent);
    inherited = true;
  }
  return null;
}
