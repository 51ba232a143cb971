import { violation } from "../../errors/rule-violation.js";
import type { EventOf } from "../../events/event.js";
import type { SideId } from "../../model/ids.js";
import { addQuantities, ZERO } from "../../model/quantity.js";
import { Ledger } from "../../state/ledger.js";
import type { State } from "../../state/types.js";
import { edit } from "../../state/writable.js";
import { refuseExisting, requireEntry } from "../entries.js";
import type { Handler } from "../handler.js";
import { editPlace, isViolation, placeAt, requireOpposedSides, requireSide, stampOf } from "../support.js";
import { holdWhole } from "./control.js";

/** Forces cut off on all sides: a pocket forms. */
export const encirclement: Handler<EventOf<"encirclement">, { readonly encircled: SideId; readonly by: SideId }> = {
  check(state, event) {
    const exists = refuseExisting(
      event,
      Ledger.get(state.pockets, event.pocket),
      "pocket-exists",
      (by) => `pocket '${event.pocket}' already formed in '${by}'`,
      "Give a new pocket a new id.",
    );
    if (exists !== null) return exists;
    return requireOpposedSides(state, event, event.encircled, event.by, (encircled, by) => ({ encircled, by }));
  },
  apply(draft, event, sides) {
    Ledger.set(edit(draft, "pockets"), event.pocket, {
      id: event.pocket,
      name: event.name,
      encircled: sides.encircled,
      by: sides.by,
      places: [...event.inside],
      settlements: event.settlements ?? null,
      status: "formed",
      clearedAreaKm2: null,
      ...stampOf(event),
    });
  },
};

/** A pocket cleared: its places fall to the clearing side. */
export const pocketCleared: Handler<EventOf<"pocket-cleared">, SideId> = {
  check(state, event) {
    const pocket = requireEntry(
      event,
      Ledger.get(state.pockets, event.pocket),
      "unknown-pocket",
      "pocket",
      event.pocket,
      "Record its encirclement first ('encirclement').",
    );
    if (isViolation(pocket)) return pocket;
    if (pocket.status !== "formed") {
      return violation(
        event.id,
        "pocket-not-formed",
        `pocket '${event.pocket}' was already cleared by '${pocket.byEvent ?? "?"}'`,
        "A pocket is cleared once.",
        pocket,
      );
    }
    return requireSide(state, event, event.actor);
  },
  apply(draft, event, side) {
    const stamp = stampOf(event);
    const pocket = Ledger.edit(edit(draft, "pockets"), event.pocket);
    pocket.status = "cleared";
    pocket.clearedAreaKm2 = event.areaKm2 ?? null;
    Object.assign(pocket, stamp);
    for (const place of pocket.places) {
      const prior = placeAt(draft as State, place);
      if (prior.controller === side && prior.shares === null) continue; // already held: nothing changes
      const p = editPlace(draft, place);
      holdWhole(p, side, event.actor, event);
      Object.assign(p, stamp);
    }
    if (event.areaKm2 !== undefined) {
      const cleared = edit(draft, "cleared");
      cleared[side] = addQuantities(cleared[side] ?? ZERO, event.areaKm2);
    }
  },
};
