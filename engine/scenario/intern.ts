import type { Sharing } from "../input/fast-schema.js";

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

/**
 * The pool as a parse's `Sharing` (see engine/input/fast-schema.ts): the parser shares and
 * freezes what it builds as it builds it, so the loaded event needs no second walk. Small
 * objects of plain values are shared through a tree of maps by their values in their keys'
 * order (no text is made to look them up); strings are not looked up one by one (the objects
 * and lists holding them are shared instead, which kept nearly all of what looking up each one
 * saved, at a fraction of its time).
 * @example
 * const pool = internPool();
 * const parsed = fastParser(scenarioInput)?.(json, sharingOf(pool));
 */
export function sharingOf(pool: InternPool): Sharing {
  const roots = new Map<readonly string[], Map<unknown, unknown>>();
  // One list per order of keys, for `value`: each node holds the keys on the way to it.
  interface KeyNode {
    readonly next: Map<string, KeyNode>;
    readonly keys: readonly string[];
  }
  const keyTree: KeyNode = { next: new Map(), keys: [] };
  const leaf = <T extends object>(o: T, keys: readonly string[]): T => {
    if (keys.length === 0) return Object.freeze(o);
    let node = roots.get(keys);
    if (node === undefined) {
      node = new Map();
      roots.set(keys, node);
    }
    const values = o as Record<string, unknown>;
    for (let i = 0; i < keys.length - 1; i++) {
      const k = keys[i] as string;
      const v = values[k];
      if (Object.is(v, -0) || (v === undefined && k in values)) return Object.freeze(o);
      let next = node.get(v) as Map<unknown, unknown> | undefined;
      if (next === undefined) {
        next = new Map();
        node.set(v, next);
      }
      node = next;
    }
    const k = keys[keys.length - 1] as string;
    const v = values[k];
    if (Object.is(v, -0) || (v === undefined && k in values)) return Object.freeze(o);
    const kept = node.get(v);
    if (kept !== undefined) return kept as typeof o;
    node.set(v, o);
    return Object.freeze(o);
  };
  const lists = new Map<unknown, unknown>(); // lists of plain values, by length then by element
  const list = <T>(values: readonly T[]): readonly T[] => {
    if (values.length === 0) return EMPTY;
    let node = lists.get(values.length) as Map<unknown, unknown> | undefined;
    if (node === undefined) {
      node = new Map();
      lists.set(values.length, node);
    }
    for (let i = 0; i < values.length - 1; i++) {
      const v = values[i];
      if (Object.is(v, -0) || typeof v === "object") return Object.freeze(values);
      let next = node.get(v) as Map<unknown, unknown> | undefined;
      if (next === undefined) {
        next = new Map();
        node.set(v, next);
      }
      node = next;
    }
    const v = values[values.length - 1];
    if (Object.is(v, -0) || typeof v === "object") return Object.freeze(values);
    const kept = node.get(v);
    if (kept !== undefined) return kept as readonly T[];
    node.set(v, values);
    return Object.freeze(values);
  };
  return {
    leaf,
    list,
    frozen: (o) => (Array.isArray(o) && o.length === 0 ? (EMPTY as unknown as typeof o) : Object.freeze(o)),
    value: (v) => {
      if (typeof v !== "object" || v === null || Array.isArray(v) || Object.isFrozen(v))
        return internAndFreeze(v, pool);
      // The list of its keys, found through a tree of maps by key (no text made, no list per call).
      let node = keyTree;
      for (const k in v) {
        const x = (v as Record<string, unknown>)[k];
        if (typeof x === "object" && x !== null) return internAndFreeze(v, pool);
        let next = node.next.get(k);
        if (next === undefined) {
          next = { next: new Map(), keys: [...node.keys, k] };
          node.next.set(k, next);
        }
        node = next;
      }
      return leaf(v, node.keys);
    },
  };
}
