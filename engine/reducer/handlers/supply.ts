import type { EventOf } from "../../events/event.js";
import type { ActorId, SideId } from "../../model/ids.js";
import { Ledger } from "../../state/ledger.js";
import type { SupplyRouteState } from "../../state/types.js";
import { edit } from "../../state/writable.js";
import { unlessAlready } from "../entries.js";
import type { Handler } from "../handler.js";
import { isViolation, requireSide, stampOf } from "../support.js";

/** The key of a side's supply route in `state.supplyRoutes`. */
export function routeKey(side: SideId, route: string): string {
  return `${side}@${route}`;
}

type RouteEvent = EventOf<"supply-route-cut"> | EventOf<"supply-route-secured">;

/**
 * The handler of an event that leaves a side's route `status`: the route's side is the actor
 * `owner` names (and `other`, when given, must be on a side too); a route already so is refused.
 */
function routeTo<E extends RouteEvent>(
  status: SupplyRouteState["status"],
  owner: (event: E) => ActorId,
  other: ((event: E) => ActorId) | null,
  hint: string,
): Handler<E, SideId> {
  return {
    check(state, event) {
      const side = requireSide(state, event, owner(event));
      if (isViolation(side)) return side;
      const second = other === null ? side : requireSide(state, event, other(event));
      if (isViolation(second)) return second;
      return unlessAlready(
        event,
        Ledger.get(state.supplyRoutes, routeKey(side, event.route)),
        (prior) => prior.status === status,
        "route-unchanged",
        (by) => `the supply route '${event.route}' of '${side}' is already ${status} (by '${by}')`,
        hint,
        side,
      );
    },
    apply(draft, event, side) {
      Ledger.set(edit(draft, "supplyRoutes"), routeKey(side, event.route), {
        route: event.route,
        side,
        status,
        ...stampOf(event),
      });
    },
  };
}

/** A side's supply line cut by its enemy. */
export const supplyRouteCut = routeTo<EventOf<"supply-route-cut">>(
  "cut",
  (e) => e.of,
  (e) => e.actor,
  "Secure the route before it can be cut again.",
);

/** A side secures (or reopens) a supply route. */
export const supplyRouteSecured = routeTo<EventOf<"supply-route-secured">>(
  "secured",
  (e) => e.actor,
  null,
  "A route is secured again only after it was cut.",
);
