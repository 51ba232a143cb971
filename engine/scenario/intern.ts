const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Makes the strings of one load share memory and freezes what holds them, in one walk: each
 * distinct string is kept once (the quote a thousand rows cite, a place id, the ISO text of a
 * day's start), every empty list is one shared frozen list, and every object and array is frozen
 * once its fields are done. For plain data built by the load (nothing in it frozen but what is
 * frozen all the way down); returns it.
 * @example
 * const pool = new Map<string, string>();
 * const e = internAndFreeze(event, pool); // Object.isFrozen(e.time) === true
 */
export function internAndFreeze<T>(value: T, pool: Map<string, string>): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  const o = value as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (typeof v === "string") {
      const kept = pool.get(v);
      if (kept === undefined) pool.set(v, v);
      else o[k] = kept;
    } else if (Array.isArray(v) && v.length === 0) o[k] = EMPTY;
    else if (typeof v === "object" && v !== null) internAndFreeze(v, pool);
  }
  return Object.freeze(value);
}
