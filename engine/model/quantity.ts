/**
 * A number as a source gives it: exact, a range ("between 30 and 35 km"), an approximation
 * ("about 60%") or a floor with no ceiling ("over 120": `high` is null). `text` keeps the
 * source's wording.
 */
export interface Quantity {
  readonly low: number;
  readonly best: number;
  /** Highest value the wording allows, or null when it sets none ("over 120", "more than 1.7 million"). */
  readonly high: number | null;
  readonly text: string | null;
}

/** The upper bound as a number to compare with: Infinity when the source sets none. */
export function upperBound(q: Quantity): number {
  return q.high ?? Number.POSITIVE_INFINITY;
}

/** The exact quantity `n`. */
export function exactly(n: number): Quantity {
  return { low: n, best: n, high: n, text: null };
}

/** Zero, the start of every cumulative tally. */
export const ZERO: Quantity = Object.freeze(exactly(0));

/**
 * A quantity multiplied by `k` bound by bound (an open bound stays open). At `k = 1` it is the
 * quantity itself, wording kept; otherwise the wording no longer fits and is dropped.
 */
export function scaleQuantity(q: Quantity, k: number): Quantity {
  if (k === 1) return q;
  return { low: q.low * k, best: q.best * k, high: q.high === null ? null : q.high * k, text: null };
}

/**
 * A share (a fraction) in words: its best as a percentage, then the source's wording or, without
 * one, its range: "20%", "75% (\"70 to 80 percent\")", "75% (70%–80%)", "55% (51% or more)".
 */
export function shareInWords(q: Quantity): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  if (q.text !== null) return `${pct(q.best)} ("${q.text}")`;
  if (q.high === null) return `${pct(q.best)} (${pct(q.low)} or more)`;
  return q.low === q.high ? pct(q.best) : `${pct(q.best)} (${pct(q.low)}–${pct(q.high)})`;
}

/** Adds two quantities bound by bound (a sum with an open bound stays open); the wording of a sum is dropped. */
export function addQuantities(a: Quantity, b: Quantity): Quantity {
  const high = a.high === null || b.high === null ? null : a.high + b.high;
  return { low: a.low + b.low, best: a.best + b.best, high, text: null };
}
