import { freeze } from "immer";
import type { State } from "../state/types.js";

/**
 * A state from its JSON form (as `JSON.stringify` wrote it), deeply frozen so it can be
 * replayed from like any other. Its fingerprint equals the original's.
 * @example
 * const copy = restoreState(JSON.parse(JSON.stringify(state)));
 */
export function restoreState(json: unknown): State {
  if (typeof json !== "object" || json === null || !("places" in json) || !("refs" in json)) {
    throw new TypeError("restoreState: expected a state object as JSON.stringify wrote it (with 'refs' and 'places')");
  }
  return freeze(json as State, true);
}
