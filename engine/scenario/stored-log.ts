import type { EntityNames } from "../events/entity-names.js";
import type { EventLog } from "../timeline/log.js";
import type { Scenario } from "./scenario.js";

// Scenarios opened from the compiled cache keep their events as chunks of JSON text, parsed when
// first reached, with replayed states stored along the log (engine/scenario/chunked-entry.ts).
// Their `events` reads every chunk; a question that needs less asks the stored log here: a lazy
// timeline (`Campaign.of`) seeks from the nearest stored state, the map reads the places the log
// names without reading the log.

/** A scenario's log as its cache entry keeps it. */
export interface StoredLog extends EventLog {
  /** Ids of the places the log's events name (not the initial facts'), sorted. */
  readonly placesNamed: readonly string[];
  /** The names the initial facts and the log give sieges and operations (see `entityNames`). */
  readonly names: EntityNames;
}

const logs = new WeakMap<Scenario, StoredLog>();

/** Records that `scenario`'s events are kept in `log` (its stored states replayed from `scenario.initial`); returns it. */
export function withStoredLog(scenario: Scenario, log: StoredLog): Scenario {
  logs.set(scenario, log);
  return scenario;
}

/** The stored log of a scenario opened from the compiled cache; undefined for any other. */
export function storedLog(scenario: Scenario): StoredLog | undefined {
  return logs.get(scenario);
}

/**
 * The places a scenario's initial facts and log name; for a scenario from the compiled cache,
 * from what its entry keeps, without reading the log.
 */
export function namedPlaces(scenario: Scenario): Set<string> {
  const named = new Set<string>();
  for (const e of scenario.initialEvents) for (const p of e.places) named.add(p);
  const stored = storedLog(scenario);
  if (stored !== undefined) for (const p of stored.placesNamed) named.add(p);
  else for (const e of scenario.events) for (const p of e.places) named.add(p);
  return named;
}
