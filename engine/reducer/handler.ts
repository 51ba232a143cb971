import type { Violation } from "../errors/rule-violation.js";
import type { EventOf } from "../events/event.js";
import type { EventType } from "../events/kinds.js";
import type { State } from "../state/types.js";
import type { Writable } from "../state/writable.js";

/**
 * How one event kind changes state, in two steps (as a decider decides, then evolves):
 * - `check` reads the prior state and returns the rule the event breaks, or else what it
 *   resolved on the way (`R`: the side an actor fights for, the siege it ends ...; `null` when
 *   there is nothing to hand on);
 * - `apply` writes the change through a draft (an immer draft, or a copy-on-write segment
 *   draft; write nested data only through `edit`), given what `check` resolved, so it neither
 *   looks it up again nor casts. It runs only after `check` passed, on the same state.
 */
export interface Handler<E, R = null> {
  check(state: State, event: E): Violation | R;
  apply(draft: Writable<State>, event: E, resolved: R): void;
}

/** One handler per event kind: a missing kind is a compile error. */
export type HandlerTable = { readonly [K in EventType]: Handler<EventOf<K>, unknown> };
