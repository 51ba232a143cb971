import type { DomainEvent, EventOf } from "../../events/event.js";
import type { PlaceId, SideId } from "../../model/ids.js";
import type { Quantity } from "../../model/quantity.js";
import { recordOf } from "../../model/record.js";
import { Ledger } from "../../state/ledger.js";
import type { FrontClosureReason, PlaceState, State } from "../../state/types.js";
import { edit, type Writable } from "../../state/writable.js";
import type { Handler } from "../handler.js";
import { editPlace, isViolation, placeAt, requireSide, stampOf } from "../support.js";

function setFront(
  draft: Writable<State>,
  event: EventOf<"advance"> | EventOf<"withdrawal">,
  objective: string,
  distanceKm: Quantity,
): void {
  const side = draft.refs.actorSide[event.actor] as SideId;
  const place = edit(edit(draft, "places"), draft.refs.placeIndex[objective] as number);
  edit(place, "fronts")[side] = { side, distanceKm, closed: null, ...stampOf(event) };
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
  const side = requireSide(state, event, event.actor);
  return isViolation(side) ? side : null;
}

/**
 * An advance: where it says how far from an objective the side now stands, the front moves;
 * where it says how far the side went, the distance gained is kept in `state.advances`.
 */
export const advance: Handler<EventOf<"advance">> = {
  check: checkActor,
  apply(draft, event) {
    if (event.objective !== undefined && event.within !== undefined)
      setFront(draft, event, event.objective, event.within);
    if (event.gained !== undefined) {
      Ledger.set(edit(draft, "advances"), event.id, {
        side: draft.refs.actorSide[event.actor] as SideId,
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
export const withdrawal: Handler<EventOf<"withdrawal">> = {
  check: checkActor,
  apply(draft, event) {
    if (event.objective !== undefined && event.within !== undefined)
      setFront(draft, event, event.objective, event.within);
  },
};
