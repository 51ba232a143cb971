import { violation } from "../../errors/rule-violation.js";
import type { EventOf } from "../../events/event.js";
import type { SideId } from "../../model/ids.js";
import { Ledger } from "../../state/ledger.js";
import { edit } from "../../state/writable.js";
import type { Handler } from "../handler.js";
import { isViolation, requireSide, stampOf } from "../support.js";

/** The key of a side's supply route in `state.supplyRoutes`. */
export function routeKey(side: SideId, route: string): string {
  return `${side}@${route}`;
}

/** A side's supply line cut by its enemy. */
export const supplyRouteCut: Handler<EventOf<"supply-route-cut">, SideId> = {
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
      : side;
  },
  apply(draft, event, side) {
    Ledger.set(edit(draft, "supplyRoutes"), routeKey(side, event.route), {
      route: event.route,
      side,
      status: "cut",
      ...stampOf(event),
    });
  },
};

/** A side secures (or reopens) a supply route. */
export const supplyRouteSecured: Handler<EventOf<"supply-route-secured">, SideId> = {
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
      : side;
  },
  apply(draft, event, side) {
    Ledger.set(edit(draft, "supplyRoutes"), routeKey(side, event.route), {
      route: event.route,
      side,
      status: "secured",
      ...stampOf(event),
    });
  },
};
