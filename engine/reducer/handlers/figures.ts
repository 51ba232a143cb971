import type { EventOf } from "../../events/event.js";
import type { SideId } from "../../model/ids.js";
import { addQuantities, ZERO } from "../../model/quantity.js";
import { Ledger } from "../../state/ledger.js";
import { edit } from "../../state/writable.js";
import type { Handler } from "../handler.js";
import { requireSide, stampOf } from "../support.js";

/** A displacement figure, the latest one a source gives for that route and status. */
export const displacement: Handler<EventOf<"displacement">> = {
  check: () => null,
  apply(draft, event) {
    const key = `${event.from ?? "-"}>${event.to ?? "-"}>${event.status}`;
    Ledger.set(edit(draft, "displacement"), key, {
      people: event.people,
      from: event.from ?? null,
      to: event.to ?? null,
      status: event.status,
      ...stampOf(event),
    });
  },
};

/** A side's share of an area, or the area it holds ("10 percent of the province"). */
export const territoryShare: Handler<EventOf<"territory-share">, SideId> = {
  check: (state, event) => requireSide(state, event, event.actor),
  apply(draft, event, side) {
    Ledger.set(edit(draft, "territory"), `${side}@${event.area}`, {
      side,
      area: event.area,
      share: event.share ?? null,
      areaKm2: event.areaKm2 ?? null,
      ...stampOf(event),
    });
  },
};

/** Territory cleared, added to the side's total. */
export const areaCleared: Handler<EventOf<"area-cleared">, SideId> = {
  check: (state, event) => requireSide(state, event, event.actor),
  apply(draft, event, side) {
    const cleared = edit(draft, "cleared");
    cleared[side] = addQuantities(cleared[side] ?? ZERO, event.areaKm2);
  },
};
