/**
 * Records keyed by names that come from input (ids, claimants, dates as written, choice and
 * alternative names). They have no prototype, so a key such as `__proto__`, `constructor` or
 * `toString` is an ordinary entry: reading a missing one gives `undefined`, writing one never
 * reaches `Object.prototype`. Keys keep the order they were added in (integer-like keys
 * first, as for any object); callers add them in a chosen order, usually sorted.
 */

/** An empty record with no prototype. */
export function emptyRecord<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

/**
 * A record with no prototype holding `entries`, added in their order (a later duplicate key
 * replaces the earlier value).
 * @example
 * recordOf([["__proto__", 1]]).__proto__; // 1, and Object.prototype is untouched
 */
export function recordOf<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const out = emptyRecord<V>();
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** The value under `key` if `record` has it as its own entry (never one inherited from a prototype). */
export function ownValue<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
