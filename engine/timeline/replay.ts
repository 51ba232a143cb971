import type { DomainEvent } from "../events/event.js";
import { applySegment } from "../reducer/reduce.js";
import type { State } from "../state/types.js";

/** Options of `replay`. */
export interface ReplayOptions {
  /** Stop at this instant (epoch ms or ISO 8601): apply only events whose earliest time is at or before it. */
  readonly until?: number | string;
}

/**
 * Folds `events` over `initial` with the reducer's rules, in one pass, and returns the final
 * (or `until`) state. Same events in, same state out.
 * @example
 * const end = replay(scenario.initial, scenario.events);
 * const sept5 = replay(scenario.initial, scenario.events, { until: "2017-09-05T23:59:59+03:00" });
 */
export function replay(initial: State, events: readonly DomainEvent[], options: ReplayOptions = {}): State {
  let count = events.length;
  if (options.until !== undefined) {
    const ms = typeof options.until === "number" ? options.until : Date.parse(options.until);
    if (Number.isNaN(ms)) throw new RangeError(`until: '${String(options.until)}' is not a time`);
    count = 0;
    while (count < events.length && Date.parse((events[count] as DomainEvent).time.earliest) <= ms) count++;
  }
  return applySegment(initial, events, 0, count);
}
