import { censoredObservation, censoredSorted, type Ensemble } from "./ensemble.js";

/** A central interval of a censored ensemble, in days after the origin. */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/**
 * The p-quantile of sorted values by the type-7 rule of `quantiles` (engine/sim/distributions):
 * linear interpolation at position (n - 1) * p. A position within 1e-9 of a whole number is
 * taken as that number, so that a level such as 0.9, whose (1 - 0.9) / 2 is 0.04999… in
 * binary, lands on the order statistic it names instead of just below it.
 */
function quantile7(sorted: Float64Array, p: number): number {
  let h = (sorted.length - 1) * p;
  const whole = Math.round(h);
  if (Math.abs(h - whole) < 1e-9) h = whole;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(sorted.length - 1, lo + 1)] as number;
  return a + (h - lo) * (b - a);
}

function checkLevel(level: number): void {
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`interval level must be a probability strictly between 0 and 1 (e.g. 0.5, 0.9), got ${level}`);
  }
}

/**
 * The central interval at `level` of the ensemble censored at the horizon: its
 * (1 - level) / 2 and (1 + level) / 2 quantiles by the type-7 rule of `quantiles`. An upper
 * end equal to the horizon means the interval reaches "not within the horizon".
 * @example
 * interval([0, 10, 20, 30, 40], 0.5, 100); // { lower: 10, upper: 30 }
 * interval([5, Infinity, Infinity], 0.5, 30); // { lower: 17.5, upper: 30 }
 */
export function interval(ensemble: Ensemble, level: number, horizon: number): Interval {
  checkLevel(level);
  const sorted = censoredSorted(ensemble, horizon);
  return { lower: quantile7(sorted, (1 - level) / 2), upper: quantile7(sorted, (1 + level) / 2) };
}

/**
 * Whether the observation, censored at the horizon, lies in the central interval at `level`
 * (ends included).
 * @example
 * covers([0, 10, 20, 30, 40], 30, 0.5, 100); // true: the interval is [10, 30]
 * covers([1, 2, Infinity], Infinity, 0.5, 30); // false: the interval is [1.5, 16], short of day 30
 */
export function covers(ensemble: Ensemble, y: number, level: number, horizon: number): boolean {
  const { lower, upper } = interval(ensemble, level, horizon);
  const obs = censoredObservation(y, horizon);
  return obs >= lower && obs <= upper;
}
