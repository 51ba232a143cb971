import { produce } from "immer";
import { RuleViolationError, type Violation } from "../errors/rule-violation.js";
import type { DomainEvent } from "../events/event.js";
import type { State } from "../state/types.js";
import { freezeNew, inScratchSegment, inSegment, type Writable } from "../state/writable.js";
import type { Handler } from "./handler.js";
import { HANDLERS } from "./handlers/index.js";
import { checkRefs, isViolation } from "./support.js";

function handlerOf(event: DomainEvent): Handler<DomainEvent, unknown> {
  return HANDLERS[event.type] as Handler<DomainEvent, unknown>;
}

/**
 * The rule an event breaks against a state, or else what its handler resolved for `apply`
 * (told apart with `isViolation`; nothing is wrapped, so the hot path allocates nothing here).
 */
function decide(state: State, event: DomainEvent): unknown {
  return checkRefs(state, event) ?? handlerOf(event).check(state, event);
}

/**
 * The rule `event` breaks against `state`, or null when it may be applied. Pure.
 * @example
 * const v = check(state, event);
 * if (v) console.error(v.rule, v.message, v.hint);
 */
export function check(state: State, event: DomainEvent): Violation | null {
  const d = decide(state, event);
  return isViolation(d) ? d : null;
}

/**
 * Checks an event against the draft's current state and, when it breaks no rule, applies it
 * with what its check resolved. Returns the violation, or null when the event was applied.
 */
export function applyIfValid(draft: Writable<State>, event: DomainEvent): Violation | null {
  const d = decide(draft as State, event);
  if (isViolation(d)) return d;
  handlerOf(event).apply(draft, event, d);
  draft.applied = draft.applied + 1;
  draft.lastEvent = event.id;
  return null;
}

/**
 * The reducer: the state after `event`, as a new frozen state sharing every unchanged part
 * with `state`. Pure and total over the event union. Throws `RuleViolationError` when the
 * event breaks a rule; `state` is never changed.
 * @example
 * const next = reduce(state, event);
 */
export function reduce(state: State, event: DomainEvent): State {
  const d = decide(state, event);
  if (isViolation(d)) throw new RuleViolationError(d);
  return produce(state, (draft) => {
    const w = draft as unknown as Writable<State>;
    handlerOf(event).apply(w, event, d);
    w.applied = w.applied + 1;
    w.lastEvent = event.id;
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
      const v = applyIfValid(draft, events[i] as DomainEvent);
      if (v !== null) throw new RuleViolationError(v);
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
  const after = inSegment(state, (draft) => tolerate(draft, events, skipped));
  return { state: after, skipped };
}

/**
 * The events that `applyTolerant` would skip, each with the rule it breaks, without the state
 * they lead to: the run's draft is dropped, not frozen (a check of a log's rules at load, whose
 * end state no one reads).
 */
export function brokenRules(state: State, events: readonly DomainEvent[]): readonly Skipped[] {
  const skipped: Skipped[] = [];
  inScratchSegment(state, (draft) => tolerate(draft, events, skipped));
  return skipped;
}

/** Applies each event that breaks no rule to `draft`, and notes each that does in `skipped`. */
function tolerate(draft: Writable<State>, events: readonly DomainEvent[], skipped: Skipped[]): void {
  events.forEach((event, index) => {
    const v = applyIfValid(draft, event);
    if (v !== null) skipped.push({ index, event, violation: v });
  });
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
      const v = applyIfValid(draft, event);
      if (v !== null) throw new RuleViolationError(v);
      visit(draft as State, event, index);
    });
  });
}
