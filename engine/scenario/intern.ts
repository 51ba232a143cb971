const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Makes the strings of one load share memory: each distinct string is kept once (the quote a
 * thousand rows cite, a place id, the ISO text of a day's start), and every empty list is one
 * shared frozen list. Walks plain data (objects, arrays) in place, before it is frozen; returns it.
 * @example
 * const pool = new Map<string, string>();
 * const e = internStrings(event, pool);
 */
export function internStrings<T>(value: T, pool: Map<string, string>): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  const o = value as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (typeof v === "string") {
      const kept = pool.get(v);
      if (kept === undefined) pool.set(v, v);
      else o[k] = kept;
    } else if (Array.isArray(v) && v.length === 0) o[k] = EMPTY;
    else if (typeof v === "object" && v !== null) internStrings(v, pool);
  }
  return value;
}
