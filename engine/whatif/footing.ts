import { RuleViolationError, type Violation, violation } from "../errors/rule-violation.js";
import type { DomainEvent } from "../events/event.js";
import { applyIfValid } from "../reducer/reduce.js";
import type { State } from "../state/types.js";
import { freezeNew, type Writable } from "../state/writable.js";
import { earliestMs } from "./apply.js";

/** An event of a log that could not be applied: its position, and the rule it breaks. */
export interface Lost {
  readonly index: number;
  readonly event: DomainEvent;
  readonly violation: Violation;
}

/** Options of `replayFooting`. */
export interface FootingOptions {
  /** Throw `RuleViolationError` on the first event that loses its footing. */
  readonly strict?: boolean;
  /** Apply only events whose earliest time is at or before this (epoch ms). */
  readonly untilMs?: number;
  /** Instants (epoch ms, ascending) at which `onInstant` sees the state: every event with earliest <= instant applied. */
  readonly instants?: readonly number[];
  /**
   * For each instant, the event it stands just after (an event id as a `Moment`), or null: that
   * state is seen right after the event, before the later events of its instant. A log without
   * the event gives the state at the instant. Instants of one time come in log order of their events, plain last.
   */
  readonly through?: readonly (string | null)[];
  /**
   * Called once per instant, in order. With `keep`, `state` is a frozen snapshot that may be
   * kept; without, it is the working draft, valid only during the call (read, do not keep).
   */
  readonly onInstant?: (state: State, k: number) => void;
  readonly keep?: boolean;
  /** Freeze the final state (default true; a simulation run that only measures skips it). */
  readonly freeze?: boolean;
}

function dependencyViolation(
  event: DomainEvent,
  dep: string,
  events: readonly DomainEvent[],
  lost: readonly Lost[],
): Violation {
  const why = lost.some((l) => l.event.id === dep)
    ? "which lost its footing"
    : events.some((e) => e.id === dep)
      ? "which now comes after it"
      : "which is not in the log any more";
  return violation(
    event.id,
    "dependency-missing",
    `it depends on '${dep}', ${why}`,
    "Drop this event too, or restore the event it depends on.",
    dep,
  );
}

/**
 * Replays a log over `initial` with the reducer's rules and the log's `dependsOn` links: an
 * event whose dependency was not applied before it breaks rule `dependency-missing`. An event
 * that breaks a rule is skipped and reported (or, with `strict`, thrown). One pass; the
 * states at `instants` are handed to `onInstant` on the way.
 */
export function replayFooting(
  initial: State,
  events: readonly DomainEvent[],
  options: FootingOptions = {},
): { readonly state: State; readonly lost: readonly Lost[] } {
  freezeNew(initial);
  let draft = { ...initial } as Writable<State>;
  const done = new Set<string>();
  const lost: Lost[] = [];
  const instants = options.instants ?? [];
  const visit = options.onInstant;
  const keep = options.keep === true;
  const through = options.through;
  let k = 0;
  const see = () => {
    if (keep) {
      freezeNew(draft);
      visit?.(draft as State, k);
      draft = { ...draft };
    } else visit?.(draft as State, k);
    k++;
  };
  const reach = (ms: number) => {
    while (k < instants.length && ((instants[k] as number) < ms || ms === Number.POSITIVE_INFINITY)) see();
  };
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as DomainEvent;
    const ms = earliestMs(event);
    if (options.untilMs !== undefined && ms > options.untilMs) break;
    reach(ms);
    let v: Violation | null = null;
    for (const dep of event.dependsOn) {
      if (!done.has(dep)) {
        v = dependencyViolation(event, dep, events, lost);
        break;
      }
    }
    if (v === null) v = applyIfValid(draft, event);
    if (v === null) {
      done.add(event.id);
    } else if (options.strict === true) {
      throw new RuleViolationError(v);
    } else {
      lost.push({ index: i, event, violation: v });
    }
    if (through !== undefined) while (k < instants.length && through[k] === event.id) see();
  }
  reach(Number.POSITIVE_INFINITY);
  if (options.freeze !== false) freezeNew(draft);
  return { state: draft as State, lost };
}
