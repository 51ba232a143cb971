import type { DomainEvent } from "../../engine/events/event.js";
import { walk } from "../../engine/reducer/reduce.js";
import type { State } from "../../engine/state/types.js";

/**
 * Replays `events` over `initial` and hands `visit` the state at each distinct instant: after
 * the last event whose earliest time is that instant (the state in force from then on), with
 * that instant as ISO 8601. The initial state is visited first, at `start`. The state is valid
 * only during the call: read what you keep. Throws on the first broken rule, as a replay does.
 * @example
 * eachInstant(s.initial, s.events, s.span.start, (state, at) => counts.push([at, state.applied]));
 */
export function eachInstant(
  initial: State,
  events: readonly DomainEvent[],
  start: string,
  visit: (state: State, at: string) => void,
): void {
  visit(initial, start);
  walk(initial, events, (state, event, index) => {
    const next = events[index + 1];
    if (next === undefined || Date.parse(next.time.earliest) !== Date.parse(event.time.earliest))
      visit(state, event.time.earliest);
  });
}
