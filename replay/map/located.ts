import type { Coordinates, PlaceEntry, Precision } from "../../engine/catalogue/schema.js";
import type { Scenario } from "../../engine/scenario/scenario.js";
import { namedPlaces } from "../../engine/scenario/stored-log.js";

/** A place the scenario names that has a position in the catalogue. */
export interface LocatedPlace {
  readonly id: string;
  readonly name: string;
  /** Index of the place in the state's `places` (catalogue order). */
  readonly index: number;
  readonly lon: number;
  readonly lat: number;
  readonly precision: Precision;
  readonly source: string;
  /** West, south, east, north, for an area that has a bounding box. */
  readonly bbox: readonly [number, number, number, number] | null;
}

/** The places a scenario names, split into those with a position and those without. */
export interface Located {
  readonly places: readonly LocatedPlace[];
  /** Ids of the places the scenario names that have no position (left off the map). */
  readonly unlocated: readonly string[];
}

function coordinatesOf(entry: PlaceEntry): Coordinates | undefined {
  return entry.coordinates;
}

/**
 * The places a scenario's events (its initial facts and its log) name, with the position the
 * catalogue gives each; places it never names are not part of its theatre. Areas (`region`)
 * come first, then points, each in catalogue order, so points are drawn over areas.
 * @example
 * locatedPlaces(scenario).places.map((p) => p.id); // ["ramadi", "fallujah", ...]
 */
export function locatedPlaces(scenario: Scenario): Located {
  // a scenario from the compiled cache knows the places its log names without reading the log
  const named = namedPlaces(scenario);
  const places: LocatedPlace[] = [];
  const unlocated: string[] = [];
  for (const [index, entry] of scenario.catalogue.places.entries()) {
    if (!named.has(entry.id)) continue;
    const c = coordinatesOf(entry);
    if (c === undefined) {
      unlocated.push(entry.id);
      continue;
    }
    places.push({
      id: entry.id,
      name: entry.name,
      index,
      lon: c.lon,
      lat: c.lat,
      precision: c.precision,
      source: c.source,
      bbox: c.bbox ?? null,
    });
  }
  // areas first, so the points drawn after them stay on top
  const rank = (p: LocatedPlace) => (p.precision === "region" ? 0 : 1);
  places.sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  return { places, unlocated };
}
