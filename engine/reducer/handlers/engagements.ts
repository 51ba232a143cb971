import type { DomainEvent, EventOf } from "../../events/event.js";
import type { ActivityTally, State } from "../../state/types.js";
import type { Handler } from "../handler.js";
import { countActivity, isViolation, requireOpposed, requireSide, sideOf } from "../support.js";
import { closeFronts } from "./fronts.js";

/** An action that changes no control, counted for the acting side. */
function tally<E extends DomainEvent & { actor: string }>(
  what: keyof ActivityTally,
  opponent?: (e: E) => string | undefined,
): Handler<E> {
  return {
    check(state: State, event: E) {
      const side = requireSide(state, event, event.actor);
      if (isViolation(side)) return side;
      const other = opponent?.(event);
      return other === undefined ? null : requireOpposed(state, event, event.actor, other);
    },
    apply(draft, event) {
      countActivity(draft, sideOf(draft as State, event.actor), what);
    },
  };
}

/** A raid: a position overrun, then left. */
export const raid = tally<EventOf<"raid">>("raids", (e) => e.target);
/** A counterattack, whatever its outcome (captures are their own events). */
export const counterattack = tally<EventOf<"counterattack">>("counterattacks", (e) => e.against);
/** An airstrike. */
export const airstrike = tally<EventOf<"airstrike">>("airstrikes", (e) => e.against);
/** An artillery bombardment. */
export const artilleryBombardment = tally<EventOf<"artillery-bombardment">>("bombardments", (e) => e.against);
/** Troops landed by parachute or helicopter. */
export const airborneLanding = tally<EventOf<"airborne-landing">>("landings");

/** An assault beaten off: counted for the defender; control stays as it was. */
export const assaultRepelled: Handler<EventOf<"assault-repelled">> = {
  check(state, event) {
    const side = requireSide(state, event, event.defender);
    if (isViolation(side)) return side;
    return requireOpposed(state, event, event.attacker, event.defender);
  },
  apply(draft, event) {
    countActivity(draft, sideOf(draft as State, event.defender), "assaultsRepelled");
  },
};

/** Two or more forces meet. */
export const linkUp: Handler<EventOf<"link-up">> = {
  check(state, event) {
    for (const a of event.forces) {
      const side = requireSide(state, event, a);
      if (isViolation(side)) return side;
    }
    return null;
  },
  apply(draft, event) {
    const sides = [...new Set(event.forces.map((a) => sideOf(draft as State, a)))].sort();
    for (const s of sides) countActivity(draft, s, "linkUps");
    // Forces that met at a place have reached it: their sides' fronts to it end.
    if (event.place !== undefined)
      for (const s of sides) if (s !== null) closeFronts(draft, [event.place], s, event, "linked-up");
  },
};
