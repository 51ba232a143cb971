import { produce } from "immer";
import { RuleViolationError, type Violation } from "../errors/rule-violation.js";
import type { DomainEvent } from "../events/event.js";
import type { State } from "../state/types.js";
import { freezeNew, inSegment, type Writable } from "../state/writable.js";
import type { Handler } from "./handler.js";
import { HANDLERS } from "./handlers/index.js";
import { checkRefs } from "./support.js";

function handlerOf(event: DomainEvent): Handler<DomainEvent> {
  return HANDLERS[event.type] as unknown as Handler<DomainEvent>;
}

/**
 * The rule `event` breaks against `state`, or null when it may be applied. Pure.
 * @example
 * const v = check(state, event);
 * if (v) console.error(v.rule, v.message, v.hint);
 */
export function check(state: State, event: DomainEvent): Violation | null {
  return checkRefs(state, event) ?? handlerOf(event).check(state, event);
}

/** Applies an event already checked, through any draft. */
export function applyChecked(draft: Writable<State>, event: DomainEvent): void {
  handlerOf(event).apply(draft, event);
  draft.applied = draft.applied + 1;
  draft.lastEvent = event.id;
}

/**
 * The reducer: the state after `event`, as a new frozen state sharing every unchanged part
 * with `state`. Pure and total over the event union. Throws `RuleViolationError` when the
 * event breaks a rule; `state` is never changed.
 * @example
 * const next = reduce(state, event);
 */
export function reduce(state: State, event: DomainEvent): State {
  const v = check(state, event);
  if (v !== null) throw new RuleViolationError(v);
  return produce(state, (draft) => {
    applyChecked(draft as unknown as Writable<State>, event);
  });
}

/**
 * Applies `events[from..to)` to `state` in one copy-on-write segment: containers and records
 * are copied the first time an event writes them, written in place after that, and frozen at
 * the end. The result equals folding `reduce` over the same events (a property test holds it
 * to that) at a fraction of the cost. Throws on the first violation; `state` is never changed.
 */
export function applySegment(state: State, events: readonly DomainEvent[], from = 0, to = events.length): State {
  if (from >= to) {
    freezeNew(state);
    return state;
  }
  return inSegment(state, (draft) => {
    for (let i = from; i < to; i++) {
      const event = events[i] as DomainEvent;
      const v = check(draft as State, event);
      if (v !== null) throw new RuleViolationError(v);
      applyChecked(draft, event);
    }
  });
}

/** What tolerant application skipped: the event and the rule it broke. */
export interface Skipped {
  readonly index: number;
  readonly event: DomainEvent;
  readonly violation: Violation;
}

/**
 * Like `applySegment`, but an event that breaks a rule is skipped and reported instead of
 * stopping the replay. Every other event is applied whole.
 */
export function applyTolerant(
  state: State,
  events: readonly DomainEvent[],
): { readonly state: State; readonly skipped: readonly Skipped[] } {
  const skipped: Skipped[] = [];
  const after = inSegment(state, (draft) => {
    events.forEach((event, index) => {
      const v = check(draft as State, event);
      if (v === null) applyChecked(draft, event);
      else skipped.push({ index, event, violation: v });
    });
  });
  return { state: after, skipped };
}

/**
 * Applies events one by one on a private draft and calls `visit` after each with the state so
 * far (valid only during the call; copy what you keep). For walks that look at every step,
 * such as a place's history. Throws on the first violation.
 */
export function walk(
  state: State,
  events: readonly DomainEvent[],
  visit: (current: State, event: DomainEvent, index: number) => void,
): State {
  return inSegment(state, (draft) => {
    events.forEach((event, index) => {
      const v = check(draft as State, event);
      if (v !== null) throw new RuleViolationError(v);
      applyChecked(draft, event);
      visit(draft as State, event, index);
    });
  });
}
