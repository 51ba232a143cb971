import { deepFreeze } from "../model/deep-freeze.js";
import type { Refs, State } from "../state/types.js";

// A replayed state as JSON text and back, for the checkpoints a cache entry stores beside its
// events (engine/scenario/chunked-entry.ts). The restored state is the state a replay gives, in
// the same structures: its ledgers the same bucket arrays, its records keyed by names from input
// (a place's `fronts` and `shares`, `casualties`, `cleared`, `activity`, ...) without a
// prototype as the reducer makes them, its `refs` the very object the scenario's initial state
// carries, and all of it deeply frozen, so the reducer copies what it writes as it does for a
// state shared with an earlier one.
//
// JSON keeps the data but not which objects had no prototype: the text carries, beside the
// state, the positions of those objects in a walk over the state (objects in pre-order, arrays
// by index, objects by key in the order JSON writes and reads them). Decoding walks the parsed
// value the same way, so the two walks cannot disagree on what a position means.

/** Calls `enter` on every object (not array) reachable from `value`, in pre-order, with its position. */
function walkObjects(value: unknown, enter: (o: Record<string, unknown>, position: number) => void): void {
  let position = 0;
  const visit = (v: unknown): void => {
    if (typeof v !== "object" || v === null) return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) visit(v[i]);
      return;
    }
    const o = v as Record<string, unknown>;
    enter(o, position++);
    for (const k in o) visit(o[k]);
  };
  visit(value);
}

/**
 * A state as JSON text (ASCII and Latin-1 alike pass through unchanged): `[bare, rest]`, where
 * `rest` is the state without its `refs` (the catalogue's lookups, rebuilt with the scenario)
 * and `bare` the positions of its objects without a prototype.
 * @example
 * decodeState(encodeState(state), state.refs) // a state with the same fingerprint, deeply frozen
 */
export function encodeState(state: State): string {
  const { refs: _refs, ...rest } = state;
  const bare: number[] = [];
  walkObjects(rest, (o, position) => {
    const proto = Object.getPrototypeOf(o) as object | null;
    if (proto === null) bare.push(position);
    else if (proto !== Object.prototype)
      throw new TypeError(`encodeState: a state holds only plain data, found an object of another kind at ${position}`);
  });
  return JSON.stringify([bare, rest]);
}

/**
 * The state `encodeState` wrote, with `refs` (those of the scenario's initial state, shared by
 * every state of the scenario), deeply frozen. Throws `TypeError` on text `encodeState` did not write.
 */
export function decodeState(text: string, refs: Refs): State {
  const parsed = JSON.parse(text) as unknown;
  if (!Array.isArray(parsed) || parsed.length !== 2 || !Array.isArray(parsed[0]))
    throw new TypeError("decodeState: not an encoded state");
  const bare = parsed[0] as readonly number[];
  const rest = parsed[1] as Record<string, unknown>;
  if (typeof rest !== "object" || rest === null || Array.isArray(rest))
    throw new TypeError("decodeState: not an encoded state");
  let next = 0;
  walkObjects(rest, (o, position) => {
    if (bare[next] === position) {
      Object.setPrototypeOf(o, null);
      next++;
    }
  });
  if (next !== bare.length) throw new TypeError("decodeState: the text's objects do not match its positions");
  deepFreeze(rest);
  return Object.freeze({ refs, ...rest }) as unknown as State;
}
