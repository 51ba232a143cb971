import { type Violation, violation } from "../../errors/rule-violation.js";
import type { DomainEvent, EventOf } from "../../events/event.js";
import type { EntityId, SideId } from "../../model/ids.js";
import type { Quantity } from "../../model/quantity.js";
import { Ledger } from "../../state/ledger.js";
import type { OperationState, OperationStatus, State } from "../../state/types.js";
import { edit, type Writable } from "../../state/writable.js";
import { refuseExisting, requireEntry } from "../entries.js";
import type { Handler } from "../handler.js";
import { isViolation, requireSide, stampOf } from "../support.js";
import { closeFronts } from "./fronts.js";

function checkNew(state: State, event: DomainEvent & { operation: EntityId; actor: string }): Violation | SideId {
  return (
    refuseExisting(
      event,
      Ledger.get(state.operations, event.operation),
      "operation-exists",
      (by) => `operation '${event.operation}' was already launched by '${by}'`,
      "Use 'offensive-resumed' to restart it, or give a new operation a new id.",
    ) ?? requireSide(state, event, event.actor)
  );
}

function start(
  draft: Writable<State>,
  event: DomainEvent & {
    operation: EntityId;
    actor: string;
    name?: string | undefined;
    objectives?: readonly string[];
    strikes?: Quantity | undefined;
  },
  side: SideId,
  kind: OperationState["kind"],
): void {
  Ledger.set(edit(draft, "operations"), event.operation, {
    id: event.operation,
    name: event.name ?? null,
    kind,
    side,
    actor: event.actor,
    objectives: [...(event.objectives ?? [])],
    status: "active",
    strikes: event.strikes ?? null,
    ...stampOf(event),
  });
}

function checkStatus(
  state: State,
  event: DomainEvent,
  id: EntityId,
  allowed: readonly OperationStatus[],
  verb: string,
): Violation | OperationState {
  const op = requireEntry(
    event,
    Ledger.get(state.operations, id),
    "unknown-operation",
    "operation",
    id,
    "Launch it first ('offensive-launched').",
  );
  if (isViolation(op)) return op;
  if (!allowed.includes(op.status)) {
    return violation(
      event.id,
      allowed.includes("suspended") && allowed.length === 1 ? "operation-not-suspended" : "operation-not-active",
      `operation '${id}' is ${op.status} (since '${op.byEvent ?? "?"}'), so it cannot be ${verb}`,
      `Only an operation that is ${allowed.join(" or ")} can be ${verb}.`,
      op,
    );
  }
  return op;
}

function setStatus(draft: Writable<State>, event: DomainEvent, id: EntityId, status: OperationStatus): void {
  const op = Ledger.edit(edit(draft, "operations"), id);
  op.status = status;
  Object.assign(op, stampOf(event));
}

/** A ground offensive begins. */
export const offensiveLaunched: Handler<EventOf<"offensive-launched">, SideId> = {
  check: checkNew,
  apply: (draft, event, side) => start(draft, event, side, "ground"),
};

/** An air campaign begins, with the count of its strikes where the source gives one. */
export const airCampaign: Handler<EventOf<"air-campaign">, SideId> = {
  check: checkNew,
  apply: (draft, event, side) => start(draft, event, side, "air"),
};

/** An active offensive is halted. */
export const offensiveSuspended: Handler<EventOf<"offensive-suspended">, OperationState> = {
  check: (state, event) => checkStatus(state, event, event.operation, ["active"], "suspended"),
  apply: (draft, event) => setStatus(draft, event, event.operation, "suspended"),
};

/**
 * An offensive resumes. A resumption of an operation the log has not seen (begun before the
 * scenario) starts it; a known one must be suspended.
 */
export const offensiveResumed: Handler<EventOf<"offensive-resumed">, SideId | OperationState> = {
  check(state, event) {
    if (Ledger.get(state.operations, event.operation) === undefined) return requireSide(state, event, event.actor);
    return checkStatus(state, event, event.operation, ["suspended"], "resumed");
  },
  apply(draft, event, known) {
    // A side: the log has not seen the operation, so it starts here; an operation: it goes on.
    if (typeof known === "string") start(draft, event, known, "ground");
    else setStatus(draft, event, event.operation, "active");
  },
};

/** An offensive ends; its side's open fronts to its objectives close as `stopped`. */
export const offensiveConcluded: Handler<EventOf<"offensive-concluded">, OperationState> = {
  check: (state, event) => checkStatus(state, event, event.operation, ["active", "suspended"], "concluded"),
  apply(draft, event, op) {
    setStatus(draft, event, event.operation, "concluded");
    // The offensive is over: its side's fronts to its objectives end where they stood.
    closeFronts(draft, op.objectives, op.side, event, "stopped");
  },
};
