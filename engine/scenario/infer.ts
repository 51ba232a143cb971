import { freeze } from "immer";
import type { DomainEvent } from "../events/event.js";
import type { EventId, PlaceId, SideId } from "../model/ids.js";
import type { PlaceState, State } from "../state/types.js";

/**
 * An initial fact the loader derives rather than reads: before its first recorded change, the
 * place was held by the side its first capture says it was taken `from`.
 */
export interface InferredHolding {
  readonly place: PlaceId;
  readonly side: SideId;
  /** The capture it is inferred from (the place's first recorded change). */
  readonly from: EventId;
}

/** The places whose control an event sets, given the places inside each pocket encircled so far. */
function placesSetBy(event: DomainEvent, pockets: Map<string, readonly PlaceId[]>): readonly PlaceId[] {
  switch (event.type) {
    case "place-captured":
    case "place-recaptured":
    case "control-reported":
      return [event.place];
    case "encirclement":
      pockets.set(event.pocket, event.inside);
      return [];
    case "pocket-cleared":
      return pockets.get(event.pocket) ?? [];
    default:
      return [];
  }
}

/**
 * The holdings to infer: for every place nobody is known to hold in `seeded` (the state the
 * initial facts make), whose first recorded change in `events` (a capture, recapture, control
 * report, or the clearing of a pocket it lies in) is a capture naming `from`, that side.
 * In catalogue order.
 * @example
 * inferHoldings(scenario.initial, scenario.events).find((h) => h.place === "al-shulah");
 * // { place: "al-shulah", side: "isil", from: "cs-0904-al-shulah" }
 */
export function inferHoldings(seeded: State, events: readonly DomainEvent[]): InferredHolding[] {
  const first = new Map<PlaceId, DomainEvent>();
  const pockets = new Map<string, readonly PlaceId[]>();
  for (const event of events) {
    for (const place of placesSetBy(event, pockets)) if (!first.has(place)) first.set(place, event);
  }
  const out: InferredHolding[] = [];
  for (const p of seeded.places) {
    const e = first.get(p.id);
    if (e === undefined || (e.type !== "place-captured" && e.type !== "place-recaptured")) continue;
    if (e.from === undefined || p.controller !== null || p.shares !== null) continue;
    out.push({ place: p.id, side: e.from, from: e.id });
  }
  return out;
}

/**
 * The state with each inferred holding set: the side holds the whole place, `basis` is
 * `inferred` and `inferredFrom` names the capture; no event set it, so its stamp stays empty.
 * @example
 * const initial = withInferred(seeded, inferHoldings(seeded, events));
 */
export function withInferred(state: State, holdings: readonly InferredHolding[]): State {
  if (holdings.length === 0) return state;
  const places = [...state.places];
  for (const h of holdings) {
    const i = state.refs.placeIndex[h.place];
    const prior = i === undefined ? undefined : places[i];
    if (i === undefined || prior === undefined) continue;
    places[i] = freeze(
      {
        ...prior,
        controller: h.side,
        basis: "inferred",
        inferredFrom: h.from,
        heldBy: prior.heldBy.includes(h.side) ? prior.heldBy : [...prior.heldBy, h.side],
      } satisfies PlaceState,
      true,
    );
  }
  return freeze({ ...state, places: freeze(places) });
}
