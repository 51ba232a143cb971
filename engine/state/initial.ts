import { freeze } from "immer";
import type { Catalogue } from "../catalogue/catalogue.js";
import { emptyRecord, recordOf } from "../model/record.js";
import type { PlaceState, Refs, State } from "./types.js";

/** The lookups a state carries, built once per catalogue. */
export function refsOf(catalogue: Catalogue): Refs {
  const placeIds = catalogue.places.map((p) => p.id);
  const placeIndex = recordOf(placeIds.map((id, i) => [id, i] as const));
  const actorSide = recordOf(catalogue.actors.map((a) => [a.id, a.side] as const));
  return freeze({ placeIds, placeIndex, actorSide, sides: catalogue.sides.map((s) => s.id) }, true);
}

/** A place nobody is known to hold. */
export function unknownPlace(id: string): PlaceState {
  return {
    id,
    controller: null,
    basis: null,
    inferredFrom: null,
    holder: null,
    shares: null,
    contested: false,
    heldBy: [],
    fronts: emptyRecord(),
    fireControl: null,
    sieges: [],
    byEvent: null,
    since: null,
    certainFrom: null,
  };
}

/**
 * The state before any event: every catalogue place unknown, nothing else known.
 * @example
 * const s0 = emptyState(catalogue);
 * s0.places.every((p) => p.controller === null); // true
 */
export function emptyState(catalogue: Catalogue): State {
  const refs = refsOf(catalogue);
  return freeze(
    {
      refs,
      places: refs.placeIds.map(unknownPlace),
      sieges: [],
      pockets: [],
      operations: [],
      casualties: emptyRecord(),
      civilianDeaths: [],
      unknownSideDeaths: [],
      people: [],
      displacement: [],
      territory: [],
      cleared: emptyRecord(),
      supplyRoutes: [],
      ceasefires: [],
      talks: [],
      deployments: [],
      advances: [],
      activity: emptyRecord(),
      applied: 0,
      lastEvent: null,
    } satisfies State,
    true,
  );
}
