import type { RuleId } from "../../errors/rule-violation.js";
import type { DomainEvent, EventOf } from "../../events/event.js";
import { Ledger } from "../../state/ledger.js";
import type { CeasefireState, Stamp, TalksState } from "../../state/types.js";
import { edit, type Writable } from "../../state/writable.js";
import { unlessAlready } from "../entries.js";
import type { Handler } from "../handler.js";
import { stampOf } from "../support.js";

/** The ledgers of diplomacy, by name, and what each holds. */
interface Diplomacy {
  readonly ceasefires: CeasefireState;
  readonly talks: TalksState;
}

/**
 * The one way diplomacy is recorded: the event writes entry `id` of `ledger`, stamped by it,
 * unless the entry already there `stands` as the event would leave it (then rule `rule`).
 */
function recorded<E extends DomainEvent, K extends keyof Diplomacy>(spec: {
  readonly ledger: K;
  readonly id: (event: E) => string;
  /** By default any: ids are given once. */
  readonly stands?: (prior: Diplomacy[K]) => boolean;
  readonly rule: RuleId;
  readonly says: (id: string, by: string, prior: Diplomacy[K]) => string;
  readonly hint: string;
  readonly entry: (event: E, prior: Diplomacy[K] | undefined) => Omit<Diplomacy[K], keyof Stamp>;
}): Handler<E> {
  return {
    check(state, event) {
      const id = spec.id(event);
      const prior = Ledger.get(state[spec.ledger] as Ledger<Diplomacy[K]>, id);
      return unlessAlready(
        event,
        prior,
        spec.stands ?? (() => true),
        spec.rule,
        (by, p) => spec.says(id, by, p),
        spec.hint,
        null,
      );
    },
    apply(draft, event) {
      const ledger = edit(draft, spec.ledger) as Writable<Ledger<Diplomacy[K]>>;
      const id = spec.id(event);
      Ledger.set(ledger, id, { ...spec.entry(event, Ledger.get(ledger, id)), ...stampOf(event) } as Diplomacy[K]);
    },
  };
}

/** A ceasefire in effect, with the parties it leaves out. */
export const ceasefire = recorded<EventOf<"ceasefire">, "ceasefires">({
  ledger: "ceasefires",
  id: (event) => event.ceasefire,
  rule: "ceasefire-exists",
  says: (id, by) => `ceasefire '${id}' already took effect ('${by}')`,
  hint: "Give a new ceasefire a new id.",
  entry: (event) => ({
    id: event.ceasefire,
    name: event.name,
    parties: [...event.parties],
    excludes: [...event.excludes],
  }),
});

/** Talks announced for a date. */
export const negotiationsScheduled = recorded<EventOf<"negotiations-scheduled">, "talks">({
  ledger: "talks",
  id: (event) => event.talks,
  rule: "talks-exists",
  says: (id, by, prior) => `talks '${id}' are already ${prior.status} ('${by}')`,
  hint: "Give new talks a new id.",
  entry: (event) => ({
    id: event.talks,
    name: event.name,
    venue: event.venue ?? null,
    status: "scheduled",
    on: event.on ?? null,
  }),
});

/** Talks held (scheduled before or not). */
export const negotiationsHeld = recorded<EventOf<"negotiations-held">, "talks">({
  ledger: "talks",
  id: (event) => event.talks,
  stands: (prior) => prior.status === "held",
  rule: "talks-already-held",
  says: (id, by) => `talks '${id}' were already held ('${by}')`,
  hint: "Record each round of talks under its own id.",
  entry: (event, prior) => ({
    id: event.talks,
    name: prior?.name ?? event.talks,
    venue: event.venue ?? prior?.venue ?? null,
    status: "held",
    on: prior?.on ?? null,
  }),
});
