import { freeze } from "immer";
import { recordOf } from "../model/record.js";
import type { State } from "../state/types.js";

type Json = Record<string, unknown>;

/** A copy of a JSON record as a record without a prototype (its keys are names from input). */
function named(value: unknown): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? recordOf(Object.entries(value as Json))
    : value;
}

/**
 * A state from its JSON form (as `JSON.stringify` wrote it), deeply frozen so it can be
 * replayed from like any other. Its fingerprint equals the original's. The records keyed by
 * names (sides, places, actors) are rebuilt without a prototype, as the engine builds them.
 * @example
 * const copy = restoreState(JSON.parse(JSON.stringify(state)));
 */
export function restoreState(json: unknown): State {
  if (typeof json !== "object" || json === null || !("places" in json) || !("refs" in json)) {
    throw new TypeError("restoreState: expected a state object as JSON.stringify wrote it (with 'refs' and 'places')");
  }
  const s = json as Json;
  const refs = s.refs as Json;
  const places = Array.isArray(s.places) ? s.places : [];
  const state = {
    ...s,
    refs: { ...refs, placeIndex: named(refs.placeIndex), actorSide: named(refs.actorSide) },
    places: places.map((p: Json) => ({ ...p, fronts: named(p.fronts), shares: named(p.shares) })),
    casualties: named(s.casualties),
    cleared: named(s.cleared),
    activity: named(s.activity),
  };
  return freeze(state as unknown as State, true);
}
