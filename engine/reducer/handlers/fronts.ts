import type { EventOf } from "../../events/event.js";
import type { SideId } from "../../model/ids.js";
import type { Quantity } from "../../model/quantity.js";
import type { State } from "../../state/types.js";
import { edit, type Writable } from "../../state/writable.js";
import type { Handler } from "../handler.js";
import { isViolation, requireSide, stampOf } from "../support.js";

function setFront(
  draft: Writable<State>,
  event: EventOf<"advance"> | EventOf<"withdrawal">,
  objective: string,
  distanceKm: Quantity,
): void {
  const side = draft.refs.actorSide[event.actor] as SideId;
  const place = edit(edit(draft, "places"), draft.refs.placeIndex[objective] as number);
  edit(place, "fronts")[side] = { side, distanceKm, ...stampOf(event) };
}

function checkActor(state: State, event: EventOf<"advance"> | EventOf<"withdrawal">) {
  const side = requireSide(state, event, event.actor);
  return isViolation(side) ? side : null;
}

/** An advance: where it says how far from an objective the side now stands, the front moves. */
export const advance: Handler<EventOf<"advance">> = {
  check: checkActor,
  apply(draft, event) {
    if (event.objective !== undefined && event.within !== undefined)
      setFront(draft, event, event.objective, event.within);
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
