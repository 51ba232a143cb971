import type { DomainEvent } from "../events/event.js";
import type { PlaceId } from "../model/ids.js";
import { walk } from "../reducer/reduce.js";
import type { PlaceState, State } from "../state/types.js";
import { type FieldChange, fieldsOf } from "./diff.js";
import { canonicalJson } from "./fingerprint.js";

/** One change to a place, and the event behind it. */
export interface HistoryEntry {
  /** Position in the log it comes from. */
  readonly index: number;
  /** True for a fact of the scenario's initial state. */
  readonly initial: boolean;
  readonly event: DomainEvent;
  readonly before: PlaceState;
  readonly after: PlaceState;
  readonly fields: readonly FieldChange[];
}

/** The fields that say who holds a place. */
export const CONTROL_FIELDS = ["controller", "shares", "holder", "contested"] as const;

/**
 * Every change an event made to one place, in order, starting from `start` and going through
 * `initialEvents` (marked `initial`) and then `events`.
 * @example
 * placeHistory(emptyState(s.catalogue), s.initialEvents, s.events, "sukhnah").map((h) => h.event.id);
 */
export function placeHistory(
  start: State,
  initialEvents: readonly DomainEvent[],
  events: readonly DomainEvent[],
  place: PlaceId,
): HistoryEntry[] {
  const at = start.refs.placeIndex[place];
  if (at === undefined) throw new RangeError(`no place '${place}' in this catalogue`);
  const out: HistoryEntry[] = [];
  let prior = start.places[at] as PlaceState;
  let priorJson = canonicalJson(prior);
  const visit = (initial: boolean) => (current: State, event: DomainEvent, index: number) => {
    const now = current.places[at] as PlaceState;
    if (now === prior && Object.isFrozen(now)) return;
    const json = canonicalJson(now);
    if (json === priorJson) return;
    const after = JSON.parse(json) as PlaceState;
    const before = JSON.parse(priorJson) as PlaceState;
    const fields = fieldsOf(before, after);
    prior = now;
    priorJson = json;
    if (fields.length === 0) return; // only a derived index moved
    out.push({ index, initial, event, before, after, fields });
  };
  const seeded = walk(start, initialEvents, visit(true));
  prior = seeded.places[at] as PlaceState;
  priorJson = canonicalJson(prior);
  walk(seeded, events, visit(false));
  return out;
}
