import { type GeoProjection, geoDistance } from "d3-geo";
import type { Frame } from "./projection.js";

const EARTH_RADIUS_KM = 6371;

/**
 * A scale bar at the bottom left: a round length (1, 2 or 5 times a power of ten) near a
 * sixth of the map's width, measured along the map's middle line.
 */
export function scaleBar(projection: GeoProjection, frame: Frame): string {
  const y = frame.height / 2;
  const x0 = frame.width / 3;
  const x1 = x0 + 100;
  const a = projection.invert?.([x0, y]);
  const b = projection.invert?.([x1, y]);
  if (a === undefined || b === undefined || a === null || b === null) return "";
  const kmPer100 = geoDistance(a, b) * EARTH_RADIUS_KM;
  const target = (kmPer100 * frame.width) / 6 / 100;
  const p = 10 ** Math.floor(Math.log10(target));
  const km = [5, 2, 1].map((m) => m * p).find((v) => v <= target) ?? p;
  const px = Math.round((km / kmPer100) * 100);
  const left = 16;
  const base = frame.height - 22;
  return `<g class="scale-bar" data-km="${km}"><path d="M${left} ${base - 5}V${base}H${left + px}V${base - 5}" fill="none" stroke="#333" stroke-width="1.5"/><text x="${left + px / 2}" y="${base - 8}" text-anchor="middle" class="small">${km} km</text></g>`;
}
