import { type PlainShape, plainShape, type Sharing } from "../input/fast-schema.js";
import { HASH_SEED, mixPlain } from "../input/plain-hash.js";

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Candidates of one hash: the first one kept is held as it is, and only a second one with the
 * same hash but other values turns the entry into a list of them (rare: the hash reads the values).
 */
class Candidates {
  constructor(readonly items: object[]) {}
}
type Table = Map<number, object>;

/** A value no table of plain values may share by: an object, or -0 (=== takes it for 0). */
const unkeyable = (v: unknown): boolean => (typeof v === "object" && v !== null) || Object.is(v, -0);

/** Whether two lists of plain values hold the same elements (`===`: a list with -0 is not shared). */
function sameList(a: object, b: object): boolean {
  const x = a as readonly unknown[];
  const y = b as readonly unknown[];
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** The one kept under `hash` that is `equal` to `o`, or `o` frozen and kept there. */
function keep<T extends object>(table: Table, hash: number, o: T, equal: (a: object, b: object) => boolean): T {
  const h = hash & 0x3fffffff; // a small integer: a map keys it without a number object
  const found = table.get(h);
  if (found === undefined) {
    table.set(h, o);
    return Object.freeze(o);
  }
  if (found instanceof Candidates) {
    for (const c of found.items) if (equal(c, o)) return c as T;
    found.items.push(o);
  } else {
    if (equal(found, o)) return found as T;
    table.set(h, new Candidates([found, o]));
  }
  return Object.freeze(o);
}

/** The keys of one order, each list once: each node holds the keys on the way to it. */
interface KeyNode {
  readonly next: Map<string, KeyNode>;
  /** The shape of these keys, made the first time an object of them is shared. */
  shape: PlainShape | null;
  readonly keys: readonly string[];
}

/**
 * One load's `Sharing` (see engine/input/fast-schema.ts): the parser shares and freezes what it
 * builds as it builds it, so the loaded event needs no second walk. A small object of plain
 * values equal to one already kept, keys in the same order, is that one (a quantity such as
 * `{ low: 0, best: 0, high: 0, text: null }`, a time, a source), and so is a list of plain values
 * (an event's places): found through a table by a hash of their values (a few characters at
 * each end of a string), no text made to look them up, and compared value by value.
 * Every empty list is one frozen list. Strings are not looked up one by one: the objects and lists
 * holding them are shared instead, which kept nearly all of what looking up each one saved, at a
 * fraction of its time. Sharing is safe because everything kept is frozen.
 * @example
 * const sharing = loadSharing();
 * const parsed = fastParser(scenarioInput)?.(json, sharing);
 * const event = sharing.value(built); // frozen all the way down, its small objects shared
 */
export function loadSharing(): Sharing {
  const leaves = new Map<PlainShape, Table>(); // a table per shape, by a hash of the values
  const lists: Table = new Map(); // lists of plain values, by a hash of their elements
  const keyTree: KeyNode = { next: new Map(), keys: [], shape: null };

  const leaf = <T extends object>(o: T, shape: PlainShape, hash: number): T => {
    let table = leaves.get(shape);
    if (table === undefined) {
      table = new Map();
      leaves.set(shape, table);
    }
    return keep(table, hash, o, shape.equal);
  };

  /** `leaf` for an object the load built, of plain values at `keys`. */
  const leafOf = <T extends object>(o: T, node: KeyNode): T => {
    const keys = node.keys;
    if (keys.length === 0) return Object.freeze(o);
    const values = o as Record<string, unknown>;
    let h = HASH_SEED;
    for (const k of keys) {
      const v = values[k];
      if (v === undefined) return Object.freeze(o); // a key present but undefined: not JSON, not shared
      h = mixPlain(h, v);
    }
    node.shape ??= plainShape(keys);
    return leaf(o, node.shape, h);
  };

  const list = <T>(values: readonly T[]): readonly T[] => {
    const n = values.length;
    if (n === 0) return EMPTY;
    let h = mixPlain(HASH_SEED, n); // its length first
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (unkeyable(v)) return Object.freeze(values);
      h = mixPlain(h, v);
    }
    return keep(lists, h, values as T[], sameList);
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
          next = { next: new Map(), keys: [...keys.keys, k], shape: null };
          keys.next.set(k, next);
        }
        keys = next;
      }
    }
    return keys === null ? Object.freeze(v) : leafOf(v as T & object, keys);
  };

  return { leaf, list, frozen, value };
}
