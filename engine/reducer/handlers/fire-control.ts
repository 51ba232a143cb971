import { violation } from "../../errors/rule-violation.js";
import type { EventOf } from "../../events/event.js";
import type { SideId } from "../../model/ids.js";
import type { Handler } from "../handler.js";
import { editPlace, isViolation, placeAt, requireSide, stampOf } from "../support.js";

/** A side brings an enemy-held place under fire control. */
export const fireControl: Handler<EventOf<"fire-control">, SideId> = {
  check(state, event) {
    const side = requireSide(state, event, event.actor);
    if (isViolation(side)) return side;
    const p = placeAt(state, event.place);
    return p.controller === side && p.shares === null
      ? violation(
          event.id,
          "fire-control-over-own-place",
          `side '${side}' already holds '${event.place}'`,
          "Fire control is imposed over a place the enemy holds.",
          p,
        )
      : side;
  },
  apply(draft, event, side) {
    editPlace(draft, event.place).fireControl = { side, ...stampOf(event) };
  },
};
