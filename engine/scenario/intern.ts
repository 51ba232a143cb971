const EMPTY: readonly never[] = Object.freeze([]);

/** What one load keeps once: its strings, and its small objects of plain values. */
export interface InternPool {
  readonly strings: Map<string, string>;
  /** Frozen objects whose fields are all strings, numbers, booleans or null, by their JSON text. */
  readonly leaves: Map<string, object>;
}

/** An empty pool, for one load. */
export function internPool(): InternPool {
  return { strings: new Map(), leaves: new Map() };
}

/**
 * Makes the data of one load share memory and freezes it, in one walk: each distinct string is
 * kept once (the quote a thousand rows cite, a place id, the ISO text of a day's start), every
 * empty list is one shared frozen list, every object and array is frozen once its fields are
 * done, and an object of plain values only (a quantity such as `{ low: 0, best: 0, high: 0,
 * text: null }`, a time, a source) equal to one already kept, keys in the same order, is replaced
 * by that one. Sharing is safe because everything is frozen. For plain data built by the load
 * (nothing in it frozen but what is frozen all the way down). Returns the value or the one kept.
 * @example
 * const pool = internPool();
 * const e = internAndFreeze(event, pool); // Object.isFrozen(e.time) === true
 */
export function internAndFreeze<T>(value: T, pool: InternPool): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  const o = value as Record<string, unknown>;
  let plain = !Array.isArray(value);
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (typeof v === "string") {
      const kept = pool.strings.get(v);
      if (kept === undefined) pool.strings.set(v, v);
      else o[k] = kept;
    } else if (Array.isArray(v)) {
      plain = false;
      o[k] = v.length === 0 ? EMPTY : internAndFreeze(v, pool);
    } else if (typeof v === "object" && v !== null) {
      plain = false;
      o[k] = internAndFreeze(v, pool);
    } else if (v === undefined || Object.is(v, -0)) plain = false; // JSON text would lose it: not a key to share by
  }
  if (!plain) return Object.freeze(value);
  const key = JSON.stringify(value);
  const kept = pool.leaves.get(key);
  if (kept !== undefined) return kept as T;
  pool.leaves.set(key, value);
  return Object.freeze(value);
}
