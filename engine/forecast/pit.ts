import { censoredObservation, censoredSorted, type Ensemble } from "./ensemble.js";

/**
 * The randomized probability integral transform of the observation under the ensemble, both
 * censored at the horizon: `F(y-) + u * (F(y) - F(y-))`, F the empirical distribution. Ties
 * (members equal to y, such as runs "not within the horizon" when y is too) are spread by `u`,
 * so a calibrated forecast gives PIT values uniform on [0, 1]. The function is pure: the
 * caller draws `u` (from a seeded generator).
 * @param u a uniform draw in [0, 1)
 * @example
 * pit([1, 2, 2, 3], 2, 30, 0.5); // 0.5: F(2-) = 1/4, F(2) = 3/4
 * pit([5, Infinity], Infinity, 30, 0); // 0.5: the miss ties with day 30
 */
export function pit(ensemble: Ensemble, y: number, horizon: number, u: number): number {
  if (!(u >= 0 && u < 1)) throw new RangeError(`u must be a uniform draw in [0, 1), got ${u}`);
  const sorted = censoredSorted(ensemble, horizon);
  const obs = censoredObservation(y, horizon);
  let below = 0;
  let atMost = 0;
  for (const x of sorted) {
    if (x < obs) below++;
    if (x <= obs) atMost++;
  }
  const n = sorted.length;
  return below / n + (u * (atMost - below)) / n;
}

/**
 * Counts of PIT values in `bins` equal bins of [0, 1]; 1 falls in the last bin. A calibrated
 * forecaster fills them evenly; a U shape means intervals too narrow, a hump too wide.
 * @example
 * pitHistogram([0.05, 0.25, 0.3, 1], 5); // [1, 2, 0, 0, 1]
 */
export function pitHistogram(values: readonly number[] | Float64Array, bins = 10): number[] {
  if (!(Number.isInteger(bins) && bins >= 1)) throw new RangeError(`bins must be a whole number >= 1, got ${bins}`);
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!(v >= 0 && v <= 1)) throw new RangeError(`PIT value ${i} is ${v}: PIT values lie in [0, 1]`);
    const b = Math.min(bins - 1, Math.floor(v * bins));
    counts[b] = (counts[b] as number) + 1;
  }
  return counts;
}
