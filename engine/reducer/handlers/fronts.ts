import type { DomainEvent, EventOf } from "../../events/event.js";
import type { PlaceId, SideId } from "../../model/ids.js";
import type { Quantity } from "../../model/quantity.js";
import { recordOf } from "../../model/record.js";
import { Ledger } from "../../state/ledger.js";
import type { FrontClosureReason, PlaceState, State } from "../../state/types.js";
import { edit, type Writable } from "../../state/writable.js";
import type { Handler } from "../handler.js";
import { editPlace, placeAt, requireSide, stampOf } from "../support.js";

function setFront(
  draft: Writable<State>,
  event: EventOf<"advance"> | EventOf<"withdrawal">,
  side: SideId,
  objective: PlaceId,
  distanceKm: Quantity,
): void {
  edit(editPlace(draft, objective), "fronts")[side] = { side, distanceKm, closed: null, ...stampOf(event) };
}

/**
 * Ends `side`'s open front to a place, keeping its last distance and saying how it ended.
 * A front already closed keeps its first closure.
 */
export function closeFront(
  p: Writable<PlaceState>,
  side: SideId,
  event: DomainEvent,
  reason: FrontClosureReason,
): void {
  const front = p.fronts[side];
  if (front === undefined || front.closed !== null) return;
  p.fronts = recordOf([
    ...Object.entries(p.fronts),
    [side, { ...front, closed: { byEvent: event.id, at: event.time.earliest, reason } }],
  ]);
}

/** Ends `side`'s open fronts to each of `places` (the draft is written only where one is open). */
export function closeFronts(
  draft: Writable<State>,
  places: readonly PlaceId[],
  side: SideId,
  event: DomainEvent,
  reason: FrontClosureReason,
): void {
  for (const place of places) {
    const front = placeAt(draft as State, place).fronts[side];
    if (front !== undefined && front.closed === null) closeFront(editPlace(draft, place), side, event, reason);
  }
}

function checkActor(state: State, event: EventOf<"advance"> | EventOf<"withdrawal">) {
  return requireSide(state, event, event.actor);
}

/**
 * An advance: where it says how far from an objective the side now stands, the front moves;
 * where it says how far the side went, the distance gained is kept in `state.advances`.
 */
export const advance: Handler<EventOf<"advance">, SideId> = {
  check: checkActor,
  apply(draft, event, side) {
    if (event.objective !== undefined && event.within !== undefined)
      setFront(draft, event, side, event.objective, event.within);
    if (event.gained !== undefined) {
      Ledger.set(edit(draft, "advances"), event.id, {
        side,
        actor: event.actor,
        gainedKm: event.gained,
        from: event.from ?? null,
        direction: event.direction ?? null,
        objective: event.objective ?? null,
        ...stampOf(event),
      });
    }
  },
};

/** A withdrawal or a push back: where it gives the new distance to an objective, the front moves back. */
export const withdrawal: Handler<EventOf<"withdrawal">, SideId> = {
  check: checkActor,
  apply(draft, event, side) {
    if (event.objective !== undefined && event.within !== undefined)
      setFront(draft, event, side, event.objective, event.within);
  },
};
