import assert from "node:assert/strict";

/** The path to the first object reachable from `value` that is not frozen, or null when all are. */
export function unfrozenPath(value: unknown, seen: WeakSet<object> = new WeakSet(), path = "$"): string | null {
  if (typeof value !== "object" || value === null || seen.has(value)) return null;
  if (!Object.isFrozen(value)) return path;
  for (const [k, v] of Object.entries(value)) {
    const bad = unfrozenPath(v, seen, `${path}.${k}`);
    if (bad !== null) return bad;
  }
  // Only a fully checked value is remembered: frozen values cannot thaw, so it stays checked.
  seen.add(value);
  return null;
}

/** Asserts every object reachable from `value` is frozen. */
export function assertDeepFrozen(value: unknown, what: string, seen?: WeakSet<object>): void {
  const bad = unfrozenPath(value, seen);
  assert.equal(bad, null, `${what} is not deeply frozen: ${bad ?? ""} can be written`);
}
