import { violation } from "../../errors/rule-violation.js";
import type { EventOf } from "../../events/event.js";
import type { SideId } from "../../model/ids.js";
import { Ledger } from "../../state/ledger.js";
import { edit } from "../../state/writable.js";
import type { Handler } from "../handler.js";
import { editPlace, isViolation, placeAt, requireSide, stampOf } from "../support.js";

/** The key of a side's supply route in `state.supplyRoutes`. */
export function routeKey(side: SideId, route: string): string {
  return `${side}@${route}`;
}

/** A side's supply line cut by its enemy. */
export const supplyRouteCut: Handler<EventOf<"supply-route-cut">> = {
  check(state, event) {
    const side = requireSide(state, event, event.of);
    if (isViolation(side)) return side;
    const cutter = requireSide(state, event, event.actor);
    if (isViolation(cutter)) return cutter;
    const prior = Ledger.get(state.supplyRoutes, routeKey(side, event.route));
    return prior?.status === "cut"
      ? violation(
          event.id,
          "route-unchanged",
          `the supply route '${event.route}' of '${side}' is already cut (by '${prior.byEvent ?? "?"}')`,
          "Secure the route before it can be cut again.",
          prior,
        )
      : null;
  },
  apply(draft, event) {
    const side = draft.refs.actorSide[event.of] as SideId;
    Ledger.set(edit(draft, "supplyRoutes"), routeKey(side, event.route), {
      route: event.route,
      side,
      status: "cut",
      ...stampOf(event),
    });
  },
};

/** A side secures (or reopens) a supply route. */
export const supplyRouteSecured: Handler<EventOf<"supply-route-secured">> = {
  check(state, event) {
    const side = requireSide(state, event, event.actor);
    if (isViolation(side)) return side;
    const prior = Ledger.get(state.supplyRoutes, routeKey(side, event.route));
    return prior?.status === "secured"
      ? violation(
          event.id,
          "route-unchanged",
          `the supply route '${event.route}' of '${side}' is already secured (by '${prior.byEvent ?? "?"}')`,
          "A route is secured again only after it was cut.",
          prior,
        )
      : null;
  },
  apply(draft, event) {
    const side = draft.refs.actorSide[event.actor] as SideId;
    Ledger.set(edit(draft, "supplyRoutes"), routeKey(side, event.route), {
      route: event.route,
      side,
      status: "secured",
      ...stampOf(event),
    });
  },
};

/** A side brings an enemy-held place under fire control. */
export const fireControl: Handler<EventOf<"fire-control">> = {
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
      : null;
  },
  apply(draft, event) {
    const side = draft.refs.actorSide[event.actor] as SideId;
    editPlace(draft, event.place).fireControl = { side, ...stampOf(event) };
  },
};
