/**
 * A hash of plain values (strings, numbers, booleans, null, undefined), for sharing equal small
 * objects and lists as a load reads them (engine/scenario/intern.ts). Values with the same hash
 * are still compared one by one, so the hash only has to be quick and spread well.
 */

/** Where a hash of values starts. */
export const HASH_SEED = 0x811c9dc5;

// A string is hashed by its length and at most this many characters at each end: a long quote
// costs no more than a short one, and strings that differ only in the middle are told apart when
// they are compared, as every candidate is.
const ENDS = 24;
const PRIME = 0x01000193;

/**
 * `h` with one more plain value mixed in. Numbers that differ only after the sixteenth binary
 * place, and 0 and -0, hash alike: telling them apart is left to the comparison.
 * @example
 * const h = mixPlain(mixPlain(HASH_SEED, "2017-08-05"), 3);
 */
export function mixPlain(h: number, v: unknown): number {
  if (typeof v === "string") {
    const n = v.length;
    h = Math.imul(h ^ n, PRIME);
    if (n <= 2 * ENDS) for (let i = 0; i < n; i++) h = Math.imul(h ^ v.charCodeAt(i), PRIME);
    else {
      for (let i = 0; i < ENDS; i++) h = Math.imul(h ^ v.charCodeAt(i), PRIME);
      for (let i = n - ENDS; i < n; i++) h = Math.imul(h ^ v.charCodeAt(i), PRIME);
    }
    return h;
  }
  if (typeof v === "number") {
    const i = v | 0;
    return Math.imul(h ^ (i === v ? i : (v * 0x10000) | 0) ^ 0x5bd1e995, PRIME);
  }
  return Math.imul(h ^ (v === true ? 0x3 : v === false ? 0x5 : v === null ? 0x7 : 0xb), PRIME);
}
