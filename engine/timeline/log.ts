import type { DomainEvent } from "../events/event.js";
import type { EventId } from "../model/ids.js";
import { applySegment } from "../reducer/reduce.js";
import type { State } from "../state/types.js";

/**
 * The event log a `Timeline` replays, read only as far as it is asked: an array in memory, or a
 * compiled cache entry whose events are kept as chunks of JSON text, parsed when first reached,
 * with replayed states stored along the log (see engine/scenario/chunked-entry.ts).
 */
export interface EventLog {
  /** Number of events. */
  readonly length: number;
  /** Earliest time of each event (epoch ms), in log order. */
  readonly earliest: Float64Array;
  /** The position of an event in the log, or undefined. */
  indexOf(id: EventId): number | undefined;
  /** `state` with the events from `from` up to (not including) `to` applied, as `applySegment` applies them. */
  apply(state: State, from: number, to: number): State;
  /** The state after the first `count` events when one is stored (exactly the state a replay gives), else undefined. */
  stored(count: number): State | undefined;
  /** Every event, in order (a log kept in chunks reads all of them). */
  all(): readonly DomainEvent[];
}

/**
 * `EventLog.indexOf` over the events `all` gives, its index of ids built when first asked (a
 * question by date never needs it, and a log kept in chunks reads every event to build it).
 */
export function indexById(all: () => readonly DomainEvent[]): (id: EventId) => number | undefined {
  let byId: Map<EventId, number> | undefined;
  return (id) => {
    if (byId === undefined) {
      byId = new Map<EventId, number>();
      for (const [i, e] of all().entries()) byId.set(e.id, i);
    }
    return byId.get(id);
  };
}

/** The log of events held in memory: nothing stored, every event at hand. */
export function arrayLog(events: readonly DomainEvent[]): EventLog {
  const earliest = Float64Array.from(events, (e) => Date.parse(e.time.earliest));
  return {
    length: events.length,
    earliest,
    indexOf: indexById(() => events),
    apply: (state, from, to) => applySegment(state, events, from, to),
    stored: () => undefined,
    all: () => events,
  };
}
