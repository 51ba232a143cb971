import { violation } from "../../errors/rule-violation.js";
import type { EventOf } from "../../events/event.js";
import { Ledger } from "../../state/ledger.js";
import { edit } from "../../state/writable.js";
import type { Handler } from "../handler.js";
import { stampOf } from "../support.js";

/** A ceasefire in effect, with the parties it leaves out. */
export const ceasefire: Handler<EventOf<"ceasefire">> = {
  check(state, event) {
    const prior = Ledger.get(state.ceasefires, event.ceasefire);
    return prior !== undefined
      ? violation(
          event.id,
          "ceasefire-exists",
          `ceasefire '${event.ceasefire}' already took effect ('${prior.byEvent ?? "?"}')`,
          "Give a new ceasefire a new id.",
          prior,
        )
      : null;
  },
  apply(draft, event) {
    Ledger.set(edit(draft, "ceasefires"), event.ceasefire, {
      id: event.ceasefire,
      name: event.name,
      parties: [...event.parties],
      excludes: [...event.excludes],
      ...stampOf(event),
    });
  },
};

/** Talks announced for a date. */
export const negotiationsScheduled: Handler<EventOf<"negotiations-scheduled">> = {
  check(state, event) {
    const prior = Ledger.get(state.talks, event.talks);
    return prior !== undefined
      ? violation(
          event.id,
          "talks-exists",
          `talks '${event.talks}' are already ${prior.status} ('${prior.byEvent ?? "?"}')`,
          "Give new talks a new id.",
          prior,
        )
      : null;
  },
  apply(draft, event) {
    Ledger.set(edit(draft, "talks"), event.talks, {
      id: event.talks,
      name: event.name,
      venue: event.venue ?? null,
      status: "scheduled",
      on: event.on ?? null,
      ...stampOf(event),
    });
  },
};

/** Talks held (scheduled before or not). */
export const negotiationsHeld: Handler<EventOf<"negotiations-held">> = {
  check(state, event) {
    const prior = Ledger.get(state.talks, event.talks);
    return prior?.status === "held"
      ? violation(
          event.id,
          "talks-already-held",
          `talks '${event.talks}' were already held ('${prior.byEvent ?? "?"}')`,
          "Record each round of talks under its own id.",
          prior,
        )
      : null;
  },
  apply(draft, event) {
    const talks = edit(draft, "talks");
    const prior = Ledger.get(talks, event.talks);
    Ledger.set(talks, event.talks, {
      id: event.talks,
      name: prior?.name ?? event.talks,
      venue: event.venue ?? prior?.venue ?? null,
      status: "held",
      on: prior?.on ?? null,
      ...stampOf(event),
    });
  },
};
