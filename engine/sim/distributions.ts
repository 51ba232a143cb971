import type { Quantity } from "../model/quantity.js";
import type { Rng } from "./rng.js";

/**
 * Draws a value of an uncertain quantity `{ low, best, high }` from the triangular
 * distribution on [low, high] with mode `best`, by inverting its distribution function with
 * one uniform draw. When low = high the quantity is exact: `best` is returned and nothing is
 * drawn (so exact figures never shift the draws that follow). An open upper bound ("over
 * 120", high null) sets no ceiling to draw towards, so the draw stays within [low, best]:
 * nothing above what the source commits to is invented.
 * @example
 * sampleTriangular({ low: 30, best: 32.5, high: 35, text: null }, runRng("s", 0)); // a value in [30, 35]
 */
export function sampleTriangular(q: Quantity, rng: Rng): number {
  const { low, best } = q;
  const high = q.high ?? best;
  if (!(high > low)) return best;
  const u = rng();
  const span = high - low;
  const c = (best - low) / span;
  return u < c ? low + Math.sqrt(u * span * (best - low)) : high - Math.sqrt((1 - u) * span * (high - best));
}

/** Quantiles of a measure over the runs in which it exists. */
export interface Quantiles {
  /** Runs in which the measure exists (a front not yet reported, a claimant that made no claim: absent). */
  readonly n: number;
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
  readonly mean: number;
}

/**
 * The `p` quantile of ascending values by linear interpolation between order statistics (the
 * "type 7" rule of R and NumPy). Two equal neighbours give that value, Infinity included.
 */
export function quantileOfSorted(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(sorted.length - 1, lo + 1)] as number;
  return a === b ? a : a + (h - lo) * (b - a);
}

/**
 * Quantiles (p5, p25, p50, p75, p95) by linear interpolation between order statistics (the
 * "type 7" rule of R and NumPy), and the mean summed in run order. NaN entries are runs where
 * the measure is absent and are left out. Null when no run has it.
 * @example
 * quantiles(Float64Array.of(1, 2, 3, NaN)); // { n: 3, p50: 2, mean: 2, ... }
 */
export function quantiles(values: Float64Array): Quantiles | null {
  let n = 0;
  let sum = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    n++;
    sum += v;
  }
  if (n === 0) return null;
  const sorted = new Float64Array(n);
  let i = 0;
  for (const v of values) if (!Number.isNaN(v)) sorted[i++] = v;
  sorted.sort();
  return {
    n,
    p5: quantileOfSorted(sorted, 0.05),
    p25: quantileOfSorted(sorted, 0.25),
    p50: quantileOfSorted(sorted, 0.5),
    p75: quantileOfSorted(sorted, 0.75),
    p95: quantileOfSorted(sorted, 0.95),
    mean: sum / n,
  };
}
