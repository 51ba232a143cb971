import type { Sharing } from "../input/fast-schema.js";

const EMPTY: readonly never[] = Object.freeze([]);

type Node = Map<unknown, unknown>;

/** The node under `node` for the value `v`, made the first time. */
function child(node: Node, v: unknown): Node {
  let next = node.get(v) as Node | undefined;
  if (next === undefined) {
    next = new Map();
    node.set(v, next);
  }
  return next;
}

/** The value kept under `node` for `v`, or `o` frozen and kept there. */
function keepAt<T extends object>(node: Node, v: unknown, o: T): T {
  const kept = node.get(v);
  if (kept !== undefined) return kept as T;
  node.set(v, o);
  return Object.freeze(o);
}

/** A value no map of plain values may key by: an object, or -0 (a map takes it for 0). */
const unkeyable = (v: unknown): boolean => (typeof v === "object" && v !== null) || Object.is(v, -0);

/** The keys of one order, each list once: each node holds the keys on the way to it. */
interface KeyNode {
  readonly next: Map<string, KeyNode>;
  readonly keys: readonly string[];
}

/**
 * One load's `Sharing` (see engine/input/fast-schema.ts): the parser shares and freezes what it
 * builds as it builds it, so the loaded event needs no second walk. A small object of plain
 * values equal to one already kept, keys in the same order, is that one (a quantity such as
 * `{ low: 0, best: 0, high: 0, text: null }`, a time, a source), and so is a list of plain values
 * (an event's places): found through trees of maps by their values, no text made to look them up.
 * Every empty list is one frozen list. Strings are not looked up one by one: the objects and lists
 * holding them are shared instead, which kept nearly all of what looking up each one saved, at a
 * fraction of its time. Sharing is safe because everything kept is frozen.
 * @example
 * const sharing = loadSharing();
 * const parsed = fastParser(scenarioInput)?.(json, sharing);
 * const event = sharing.value(built); // frozen all the way down, its small objects shared
 */
export function loadSharing(): Sharing {
  const leaves = new Map<readonly string[], Node>(); // a tree per list of keys, by value in key order
  const lists: Node = new Map(); // lists of plain values, by length then by element
  const keyTree: KeyNode = { next: new Map(), keys: [] };

  const leaf = <T extends object>(o: T, keys: readonly string[]): T => {
    if (keys.length === 0) return Object.freeze(o);
    let node = leaves.get(keys);
    if (node === undefined) {
      node = new Map();
      leaves.set(keys, node);
    }
    const values = o as Record<string, unknown>;
    const last = keys.length - 1;
    for (let i = 0; ; i++) {
      const k = keys[i] as string;
      const v = values[k];
      if (unkeyable(v) || (v === undefined && k in values)) return Object.freeze(o); // JSON-less values: not shared
      if (i === last) return keepAt(node, v, o);
      node = child(node, v);
    }
  };

  const list = <T>(values: readonly T[]): readonly T[] => {
    if (values.length === 0) return EMPTY;
    let node = child(lists, values.length);
    const last = values.length - 1;
    for (let i = 0; ; i++) {
      const v = values[i];
      if (unkeyable(v)) return Object.freeze(values);
      if (i === last) return keepAt(node, v, values);
      node = child(node, v);
    }
  };

  const frozen = <T extends object>(o: T): T =>
    Array.isArray(o) && o.length === 0 ? (EMPTY as unknown as T) : Object.freeze(o);

  /** Plain data made by the load, shared and frozen all the way down (what is frozen already is left as it is). */
  const value = <T>(v: T): T => {
    if (typeof v !== "object" || v === null || Object.isFrozen(v)) return v;
    if (Array.isArray(v)) {
      let plain = true;
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (typeof x === "object" && x !== null) {
          v[i] = value(x);
          plain = false;
        }
      }
      return (plain ? list(v) : frozen(v)) as T;
    }
    const o = v as Record<string, unknown>;
    let keys: KeyNode | null = keyTree; // the list of its keys, while all its fields are plain
    for (const k in o) {
      const x = o[k];
      if (typeof x === "object" && x !== null) {
        o[k] = value(x);
        keys = null;
      } else if (keys !== null) {
        let next = keys.next.get(k);
        if (next === undefined) {
          next = { next: new Map(), keys: [...keys.keys, k] };
          keys.next.set(k, next);
        }
        keys = next;
      }
    }
    return keys === null ? Object.freeze(v) : leaf(v as T & object, keys.keys);
  };

  return { leaf, list, frozen, value };
}
