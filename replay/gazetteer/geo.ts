const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number): number => (deg * Math.PI) / 180;

/** A position in decimal degrees (WGS 84). */
export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/** Great-circle distance in km (haversine, mean Earth radius). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The greatest distance between any two of the positions, in km (0 for fewer than two). */
export function spreadKm(points: readonly LatLon[]): number {
  let most = 0;
  for (const [i, a] of points.entries()) for (const b of points.slice(i + 1)) most = Math.max(most, distanceKm(a, b));
  return most;
}
