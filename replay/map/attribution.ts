import type { LocatedPlace } from "./located.js";

/**
 * Who the map's data comes from: Natural Earth for the borders, then the gazetteers the places'
 * coordinates name (GeoNames, UCDP GED), each once, and the scenario text for positions worked
 * out from it.
 */
export function attributionOf(places: readonly LocatedPlace[]): string {
  const parts = ["Borders: Natural Earth"];
  const sources = places.map((p) => p.source);
  const places_: string[] = [];
  if (sources.some((s) => /geonames/i.test(s))) places_.push("GeoNames (CC BY 4.0)");
  if (sources.some((s) => /ucdp/i.test(s))) places_.push("UCDP GED (CC BY 4.0)");
  if (sources.some((s) => !/geonames|ucdp/i.test(s))) places_.push("the scenario's sources");
  if (places_.length > 0) parts.push(`Places: ${places_.join(", ")}`);
  return parts.join(" · ");
}
