import type { EventOf } from "../../events/event.js";
import { Ledger } from "../../state/ledger.js";
import { edit } from "../../state/writable.js";
import { refuseExisting, unlessAlready } from "../entries.js";
import type { Handler } from "../handler.js";
import { stampOf } from "../support.js";

/** A ceasefire in effect, with the parties it leaves out. */
export const ceasefire: Handler<EventOf<"ceasefire">> = {
  check(state, event) {
    return refuseExisting(
      event,
      Ledger.get(state.ceasefires, event.ceasefire),
      "ceasefire-exists",
      (by) => `ceasefire '${event.ceasefire}' already took effect ('${by}')`,
      "Give a new ceasefire a new id.",
    );
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
    return refuseExisting(
      event,
      Ledger.get(state.talks, event.talks),
      "talks-exists",
      (by, prior) => `talks '${event.talks}' are already ${prior.status} ('${by}')`,
      "Give new talks a new id.",
    );
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
    return unlessAlready(
      event,
      Ledger.get(state.talks, event.talks),
      (prior) => prior.status === "held",
      "talks-already-held",
      (by) => `talks '${event.talks}' were already held ('${by}')`,
      "Record each round of talks under its own id.",
      null,
    );
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
