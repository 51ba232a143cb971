import { recordOf } from "../model/record.js";
import { created, edit, type Writable } from "./writable.js";

/** One entry of a ledger: its key and its value. */
export type LedgerEntry<V> = readonly [key: string, value: V];

/**
 * A keyed collection inside a state (sieges, operations, casualty tallies, ...) that shares
 * structure between states. Up to 64 entries it is one bucket; past that its entries are
 * spread over 64 buckets by a hash of the key. A write copies the bucket index and one bucket,
 * not the whole collection: a segment that touches a 10,000-entry ledger copies about 220
 * references, not 10,000 entries.
 *
 * It is plain, serialisable data: an array of buckets, each an array of `[key, value]`
 * entries sorted by key. Arrays, not objects keyed by entry, because copying an object with
 * its own set of keys makes V8 build a new hidden class for it, which costs far more than
 * copying an array of the same length. Read it only through the functions of `Ledger`: the
 * bucket layout is not part of the API. `Ledger.toRecord` gives the flat `{ [key]: value }`
 * form, which is what fingerprints hash and `sitrep state --json` prints.
 * @example
 * Ledger.get(state.operations, "op-1")?.status; // "active"
 * Ledger.keys(state.sieges); // ["deir-ez-zor-city", ...], sorted
 */
export type Ledger<V> = readonly (readonly LedgerEntry<V>[])[];

/** Buckets of a ledger past `SPLIT` entries. */
const BUCKETS = 64;
/** Entries a one-bucket ledger holds before it is spread over `BUCKETS` buckets. */
const SPLIT = 64;

/** The bucket of a key in a spread ledger: FNV-1a over its UTF-16 code units, the same on every machine. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}

function bucketIndex(ledger: Ledger<unknown>, key: string): number {
  return ledger.length === 1 ? 0 : hashOf(key);
}

/** Where `key` is or would go in a sorted bucket. */
function position(bucket: readonly LedgerEntry<unknown>[], key: string): number {
  let lo = 0;
  let hi = bucket.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((bucket[mid] as LedgerEntry<unknown>)[0] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const byKey = (a: LedgerEntry<unknown>, b: LedgerEntry<unknown>) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** Entries sorted by key, laid out as a ledger: one bucket up to `SPLIT`, else `BUCKETS`. */
function layout<V>(sorted: readonly LedgerEntry<V>[]): LedgerEntry<V>[][] {
  if (sorted.length === 0) return [];
  if (sorted.length <= SPLIT) return [[...sorted]];
  const buckets: LedgerEntry<V>[][] = Array.from({ length: BUCKETS }, () => []);
  for (const e of sorted) (buckets[hashOf(e[0])] as LedgerEntry<V>[]).push(e);
  return buckets;
}

/** The entry under `key`, if there is one. */
function entryOf<V>(ledger: Ledger<V> | undefined, key: string): LedgerEntry<V> | undefined {
  if (ledger === undefined || ledger.length === 0) return undefined;
  const bucket = ledger[bucketIndex(ledger, key)] as readonly LedgerEntry<V>[];
  const e = bucket[position(bucket, key)];
  return e !== undefined && e[0] === key ? e : undefined;
}

const EMPTY: Ledger<never> = Object.freeze([]);

/** The reading and writing functions of a `Ledger`. */
export const Ledger = {
  /** The empty ledger (frozen, shared). */
  empty<V>(): Ledger<V> {
    return EMPTY;
  },

  /** The entry under `key`, or undefined (also when there is no ledger, as for a side with no casualties yet). */
  get<V>(ledger: Ledger<V> | undefined, key: string): V | undefined {
    return entryOf(ledger, key)?.[1];
  },

  /** Whether there is an entry under `key`. */
  has(ledger: Ledger<unknown>, key: string): boolean {
    return entryOf(ledger, key) !== undefined;
  },

  /** Every entry as `[key, value]`, sorted by key (by UTF-16 code units, as `Array.prototype.sort` does). */
  entries<V>(ledger: Ledger<V>): LedgerEntry<V>[] {
    if (ledger.length === 1) return [...(ledger[0] as readonly LedgerEntry<V>[])];
    return ledger.flat().sort(byKey);
  },

  /** Every key, sorted. */
  keys(ledger: Ledger<unknown>): string[] {
    return Ledger.entries(ledger).map((e) => e[0]);
  },

  /** Every value, in the order of their sorted keys. */
  values<V>(ledger: Ledger<V>): V[] {
    return Ledger.entries(ledger).map((e) => e[1]);
  },

  /** How many entries there are. */
  size(ledger: Ledger<unknown>): number {
    let n = 0;
    for (const bucket of ledger) n += bucket.length;
    return n;
  },

  /** The flat form `{ [key]: value }`, keys in sorted order. */
  toRecord<V>(ledger: Ledger<V>): Record<string, V> {
    // No prototype: a key "__proto__" or "constructor" is an own entry, and reads of a missing one give undefined.
    return recordOf(Ledger.entries(ledger));
  },

  /** A ledger holding the entries of a flat record. */
  fromRecord<V>(record: Readonly<Record<string, V>>): Ledger<V> {
    const sorted = Object.keys(record).map((k): LedgerEntry<V> => [k, record[k] as V]);
    return layout(sorted.sort(byKey));
  },

  /**
   * The keys whose entries are not the same object in `a` and `b` (added, removed or
   * replaced), sorted. Buckets the two ledgers share are skipped without being read, so
   * comparing two states of one timeline costs what changed between them.
   */
  changedKeys(a: Ledger<unknown>, b: Ledger<unknown>): string[] {
    if (a === b) return [];
    const pairs: [readonly LedgerEntry<unknown>[], readonly LedgerEntry<unknown>[]][] = [];
    if (a.length === b.length) {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) pairs.push([a[i] ?? [], b[i] ?? []]);
    } else {
      pairs.push([Ledger.entries(a), Ledger.entries(b)]);
    }
    const out: string[] = [];
    for (const [x, y] of pairs) {
      let i = 0;
      let j = 0;
      while (i < x.length || j < y.length) {
        const ex = x[i];
        const ey = y[j];
        if (ey === undefined || (ex !== undefined && ex[0] < ey[0])) {
          out.push((ex as LedgerEntry<unknown>)[0]);
          i++;
        } else if (ex === undefined || ey[0] < ex[0]) {
          out.push(ey[0]);
          j++;
        } else {
          if (ex[1] !== ey[1]) out.push(ex[0]);
          i++;
          j++;
        }
      }
    }
    return out.sort();
  },

  /**
   * Sets `key` to `value` in a ledger being written (one `edit` has made it writable): copies
   * only the key's bucket if it is shared with an earlier state. For the reducer's handlers.
   */
  set<V>(ledger: Writable<Ledger<V>>, key: string, value: V): void {
    const entry = created<LedgerEntry<V>>([key, value]);
    if (ledger.length === 0) {
      ledger.push(created([entry]));
      return;
    }
    const b = bucketIndex(ledger as Ledger<V>, key);
    const shared = ledger[b] as readonly LedgerEntry<V>[];
    const at = position(shared, key);
    const replace = shared[at]?.[0] === key;
    if (!replace && ledger.length === 1 && shared.length >= SPLIT) {
      const spread = layout([...shared.slice(0, at), entry, ...shared.slice(at)]);
      ledger.length = 0;
      for (const bucket of spread) ledger.push(created(bucket));
      return;
    }
    const bucket = edit(ledger, b) as LedgerEntry<V>[];
    if (replace) bucket[at] = entry;
    else bucket.splice(at, 0, entry);
  },

  /**
   * The entry under `key` made writable in a ledger being written, copying its bucket and the
   * entry itself if they are shared with an earlier state. The entry must exist.
   */
  edit<V extends object>(ledger: Writable<Ledger<V>>, key: string): Writable<V> {
    if (ledger.length === 0) throw new RangeError(`Ledger.edit: no entry '${key}'`);
    const bucket = edit(ledger, bucketIndex(ledger as Ledger<V>, key)) as LedgerEntry<V>[];
    const at = position(bucket, key);
    if (bucket[at]?.[0] !== key) throw new RangeError(`Ledger.edit: no entry '${key}'`);
    const entry = edit(bucket, at) as unknown as [string, V];
    return edit(entry, 1) as Writable<V>;
  },
} as const;
