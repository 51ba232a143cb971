/**
 * A number as a source gives it: exact, a range ("between 30 and 35 km") or an
 * approximation ("over 120", "about 60%"). `text` keeps the source's wording.
 */
export interface Quantity {
  readonly low: number;
  readonly best: number;
  readonly high: number;
  readonly text: string | null;
}

/** The exact quantity `n`. */
export function exactly(n: number): Quantity {
  return { low: n, best: n, high: n, text: null };
}

/** Zero, the start of every cumulative tally. */
export const ZERO: Quantity = Object.freeze(exactly(0));

/** Adds two quantities bound by bound; the wording of a sum is dropped. */
export function addQuantities(a: Quantity, b: Quantity): Quantity {
  return { low: a.low + b.low, best: a.best + b.best, high: a.high + b.high, text: null };
}
