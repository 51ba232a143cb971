import { censoredObservation, censoredSorted, type Ensemble } from "./ensemble.js";

/**
 * The sum over all pairs i < j of x_j - x_i, for x sorted ascending, in O(n): each gap
 * x_k - x_{k-1} lies between k * (n - k) pairs. It equals the brief form
 * `sum_i x_i * (2i - n + 1)` but adds only non-negative terms, so it is exactly 0 when all
 * members are equal and never negative through rounding.
 */
function pairwiseSpread(sorted: Float64Array): number {
  const n = sorted.length;
  let s = 0;
  for (let k = 1; k < n; k++) s += ((sorted[k] as number) - (sorted[k - 1] as number)) * k * (n - k);
  return s;
}

/**
 * The continuous ranked probability score, in days, of the ensemble's empirical distribution
 * against the observation, both censored at the horizon (`censor`): the exact empirical form
 * `mean|X - y| - 0.5 * mean|X - X'|`, the second mean over all n² ordered pairs, computed in
 * O(n log n) after sorting. 0 only when every member equals the observation; lower is better.
 * For a one-member ensemble it is `|x - y|`.
 * @param ensemble days after the origin, one per run; `Infinity` when not within the horizon
 * @param y the recorded days after the origin; `Infinity` when not within the horizon
 * @param horizon days after the origin at which forecast and observation are censored
 * @example
 * crps([1, 3], 2, 30); // 0.5: mean|X - y| = 1, mean|X - X'| = (0 + 2 + 2 + 0) / 4 = 1
 * crps([Infinity], 10, 30); // 20: "not within 30 days" is scored as day 30
 */
export function crps(ensemble: Ensemble, y: number, horizon: number): number {
  const sorted = censoredSorted(ensemble, horizon);
  const obs = censoredObservation(y, horizon);
  const n = sorted.length;
  let toObs = 0;
  for (const x of sorted) toObs += Math.abs(x - obs);
  // 0.5 * mean|X - X'| = 0.5 * 2 * sum_{i<j}(x_j - x_i) / n²
  const v = toObs / n - pairwiseSpread(sorted) / (n * n);
  // the terms are rounded separately: keep a rounding residue from showing as a negative score
  return Math.max(v, 0);
}
