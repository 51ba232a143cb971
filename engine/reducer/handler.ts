import type { Violation } from "../errors/rule-violation.js";
import type { EventOf } from "../events/event.js";
import type { EventType } from "../events/kinds.js";
import type { State } from "../state/types.js";
import type { Writable } from "../state/writable.js";

/**
 * How one event kind changes state: `check` reads the prior state and returns the rule the
 * event breaks, if any; `apply` writes the change through a draft (an immer draft, or a
 * copy-on-write segment draft; write nested data only through `edit`). `apply` runs only
 * after `check` passed.
 */
export interface Handler<E> {
  readonly check: (state: State, event: E) => Violation | null;
  readonly apply: (draft: Writable<State>, event: E) => void;
}

/** One handler per event kind: a missing kind is a compile error. */
export type HandlerTable = { readonly [K in EventType]: Handler<EventOf<K>> };
