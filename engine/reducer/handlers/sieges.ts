import { type Violation, violation } from "../../errors/rule-violation.js";
import type { DomainEvent, EventOf } from "../../events/event.js";
import type { EntityId, SideId } from "../../model/ids.js";
import { advanceSiege, initialLifecycle, type SiegeMachineEvent, siegeStatusOf } from "../../sieges/machine.js";
import { Ledger } from "../../state/ledger.js";
import type { SiegeState, State } from "../../state/types.js";
import { edit, type Writable } from "../../state/writable.js";
import { refuseExisting } from "../entries.js";
import type { Handler } from "../handler.js";
import { editPlace, requireOpposedSides, stampOf } from "../support.js";
import { closeFronts } from "./fronts.js";

function checkTransition(
  state: State,
  event: DomainEvent,
  id: EntityId,
  machineEvent: SiegeMachineEvent,
): Violation | null {
  const siege = Ledger.get(state.sieges, id);
  if (siege === undefined) {
    const known = Ledger.keys(state.sieges);
    return violation(
      event.id,
      "unknown-siege",
      `there is no siege '${id}'`,
      known.length > 0 ? `Known sieges: ${known.join(", ")}.` : "Impose the siege first ('siege-imposed').",
      null,
    );
  }
  if (advanceSiege(siege.lifecycle, machineEvent) === null) {
    return violation(
      event.id,
      "siege-not-active",
      `siege '${id}' is ${siege.status}${siege.until ? ` since ${siege.until}` : ""} (ended by '${siege.endedBy ?? "?"}')`,
      "Only an active siege can be tightened, broken or lifted.",
      siege,
    );
  }
  return null;
}

function applyTransition(
  draft: Writable<State>,
  event: DomainEvent,
  id: EntityId,
  machineEvent: SiegeMachineEvent,
): void {
  const s = Ledger.edit(edit(draft, "sieges"), id);
  const next = advanceSiege(s.lifecycle, machineEvent);
  if (next === null) return;
  const { status, supply } = siegeStatusOf(next);
  s.lifecycle = next;
  s.status = status;
  s.byEvent = event.id;
  s.certainFrom = event.time.latest;
  if (supply !== null) s.supply = supply;
  if (status !== "active") {
    s.until = event.time.earliest;
    s.endedBy = event.id;
    unindexSiege(draft, s.id, s.enclave);
    // Broken or lifted, the enclave is reached: the besieged side's fronts to it end.
    if (status === "broken" || status === "lifted") closeFronts(draft, s.enclave, s.besieged, event, "relieved");
  }
}

/** Notes an active siege on each place of its enclave. */
function indexSiege(draft: Writable<State>, id: EntityId, enclave: readonly string[]): void {
  for (const place of enclave) {
    const p = editPlace(draft, place);
    if (!p.sieges.includes(id)) p.sieges = [...p.sieges, id].sort();
  }
}

/** Forgets an ended siege on each place of its enclave. */
export function unindexSiege(draft: Writable<State>, id: EntityId, enclave: readonly string[]): void {
  for (const place of enclave) {
    const p = editPlace(draft, place);
    if (p.sieges.includes(id)) p.sieges = p.sieges.filter((x) => x !== id);
  }
}

/** A siege laid: it starts active with its supply open. */
export const siegeImposed: Handler<
  EventOf<"siege-imposed">,
  { readonly besieger: SideId; readonly besieged: SideId }
> = {
  check(state, event) {
    return (
      refuseExisting(
        event,
        Ledger.get(state.sieges, event.siege),
        "siege-exists",
        (by, prior) =>
          `siege '${event.siege}' already exists (${prior.status} since ${prior.since ?? "an unknown time"}, last changed by '${by}')`,
        "Give a new siege a new id.",
      ) ??
      requireOpposedSides(state, event, event.besieger, event.besieged, (besieger, besieged) => ({
        besieger,
        besieged,
      }))
    );
  },
  apply(draft, event, sides) {
    const siege: SiegeState = {
      id: event.siege,
      name: event.name,
      enclave: [...event.enclave],
      besieger: sides.besieger,
      besieged: sides.besieged,
      lifecycle: initialLifecycle(),
      status: "active",
      supply: "open",
      until: null,
      endedBy: null,
      ...stampOf(event),
    };
    Ledger.set(edit(draft, "sieges"), event.siege, siege);
    indexSiege(draft, event.siege, event.enclave);
  },
};

/** A supply line of the besieged cut: the siege tightens. */
export const siegeTightened: Handler<EventOf<"siege-tightened">> = {
  check: (state, event) =>
    checkTransition(state, event, event.siege, { type: "TIGHTEN", route: event.route ?? "unnamed" }),
  apply: (draft, event) =>
    applyTransition(draft, event, event.siege, { type: "TIGHTEN", route: event.route ?? "unnamed" }),
};

/** A siege broken by relief from outside or a breakout. */
export const siegeBroken: Handler<EventOf<"siege-broken">> = {
  check: (state, event) => checkTransition(state, event, event.siege, { type: "BREAK" }),
  apply: (draft, event) => applyTransition(draft, event, event.siege, { type: "BREAK" }),
};

/** A siege given up by the besieger. */
export const siegeLifted: Handler<EventOf<"siege-lifted">> = {
  check: (state, event) => checkTransition(state, event, event.siege, { type: "LIFT" }),
  apply: (draft, event) => applyTransition(draft, event, event.siege, { type: "LIFT" }),
};
