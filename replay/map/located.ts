import type { PlaceEntry } from "../../engine/catalogue/schema.js";
import type { Scenario } from "../../engine/scenario/scenario.js";

/**
 * How sure a place's position is, as the catalogue records it: `exact` (a gazetteer entry for
 * this very place), `near` (within a few km), `approximate` (worked out from the text) or
 * `region` (a representative point of an area). `centroid`, an older name, reads as `region`.
 */
export type Precision = "exact" | "near" | "approximate" | "region";

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

interface CoordinatesLike {
  readonly lat: number;
  readonly lon: number;
  readonly precision: string;
  readonly source: string;
  readonly bbox?: readonly number[];
}

function precisionOf(text: string): Precision {
  if (text === "exact" || text === "near" || text === "approximate") return text;
  return "region";
}

function coordinatesOf(entry: PlaceEntry): CoordinatesLike | undefined {
  return (entry as { readonly coordinates?: CoordinatesLike }).coordinates;
}

/**
 * The places a scenario's events (its initial facts and its log) name, with the position the
 * catalogue gives each; places it never names are not part of its theatre. Areas (`region`)
 * come first, then points, each in catalogue order, so points are drawn over areas.
 * @example
 * locatedPlaces(scenario).places.map((p) => p.id); // ["ramadi", "fallujah", ...]
 */
export function locatedPlaces(scenario: Scenario): Located {
  const named = new Set<string>();
  for (const e of scenario.initialEvents) for (const p of e.places) named.add(p);
  for (const e of scenario.events) for (const p of e.places) named.add(p);
  const places: LocatedPlace[] = [];
  const unlocated: string[] = [];
  for (const [index, entry] of scenario.catalogue.places.entries()) {
    if (!named.has(entry.id)) continue;
    const c = coordinatesOf(entry);
    if (c === undefined) {
      unlocated.push(entry.id);
      continue;
    }
    const b = c.bbox;
    places.push({
      id: entry.id,
      name: entry.name,
      index,
      lon: c.lon,
      lat: c.lat,
      precision: precisionOf(c.precision),
      source: c.source,
      bbox: b !== undefined && b.length === 4 ? [b[0] ?? 0, b[1] ?? 0, b[2] ?? 0, b[3] ?? 0] : null,
    });
  }
  // areas first, so the points drawn after them stay on top
  const rank = (p: LocatedPlace) => (p.precision === "region" ? 0 : 1);
  places.sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  return { places, unlocated };
}
