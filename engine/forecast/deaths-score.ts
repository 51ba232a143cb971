import { crps } from "./crps.js";
import { covers } from "./interval.js";
import { pit } from "./pit.js";
import { poolScores } from "./summary.js";

/**
 * A forecast of a count (the deaths one side's reports count over a horizon): one value per run,
 * or a baseline's values.
 */
export type CountEnsemble = readonly number[] | Float64Array;

/** How one forecast of one side's deaths scored against the recorded count. */
export interface DeathsScore {
  /** CRPS in deaths: the mean absolute error for a single value, lower is better. */
  readonly crps: number;
  /** Whether the central 50% interval of the runs holds the recorded count. */
  readonly covered50: boolean;
  /** Whether the central 90% interval of the runs holds the recorded count. */
  readonly covered90: boolean;
  /** The randomized PIT of the recorded count (ties, such as runs and record all at 0, spread by a draw). */
  readonly pit: number;
}

/**
 * The ceiling the day-based scores censor at, set where it censors nothing: a count has no
 * horizon, so the scores of `crps`, `covers` and `pit` are taken with every value below it.
 */
function ceiling(ensemble: CountEnsemble, y: number): number {
  let top = y;
  for (let i = 0; i < ensemble.length; i++) top = Math.max(top, ensemble[i] as number);
  return top;
}

function checkCount(ensemble: CountEnsemble, y: number): void {
  if (ensemble.length === 0) throw new RangeError("a forecast of deaths needs at least one run");
  if (!(Number.isFinite(y) && y >= 0)) throw new RangeError(`a recorded count of deaths is a number >= 0, got ${y}`);
  for (let i = 0; i < ensemble.length; i++) {
    const v = ensemble[i] as number;
    if (!(Number.isFinite(v) && v >= 0))
      throw new RangeError(`run ${i}'s count of deaths is ${v}: counts are numbers >= 0`);
  }
}

/**
 * CRPS of a count forecast against the recorded count: `mean|X − y| − ½·mean|X − X'|` over the
 * runs' empirical distribution, uncensored. For a single value it is the absolute error.
 * @example
 * crpsCount([0], 12); // 12
 * crpsCount([10, 30], 20); // 5: mean|X − y| = 10, ½·mean|X − X'| = 5
 */
export function crpsCount(ensemble: CountEnsemble, y: number): number {
  checkCount(ensemble, y);
  return crps(ensemble, y, ceiling(ensemble, y));
}

/**
 * Scores one forecast of a side's deaths against the recorded count: CRPS, 50% and 90%
 * coverage (the type-7 quantiles of the runs, ends included) and the randomized PIT with the
 * caller's uniform draw `u`.
 * @example
 * scoreDeaths([0, 10, 20, 30, 40], 25, 0.5); // { crps: 5, covered50: true, covered90: true, pit: 0.6 }
 */
export function scoreDeaths(ensemble: CountEnsemble, y: number, u: number): DeathsScore {
  checkCount(ensemble, y);
  const top = ceiling(ensemble, y);
  return {
    crps: crps(ensemble, y, top),
    covered50: covers(ensemble, y, 0.5, top),
    covered90: covers(ensemble, y, 0.9, top),
    pit: pit(ensemble, y, top, u),
  };
}

/** Deaths scores pooled over a backtest. */
export interface DeathsSummary {
  /** How many side-and-origin forecasts were pooled. */
  readonly forecasts: number;
  /** Mean CRPS in deaths. */
  readonly meanCrps: number;
  readonly coverage50: number;
  readonly coverage90: number;
  /** PIT counts in equal bins of [0, 1]. */
  readonly pitHistogram: readonly number[];
}

/**
 * Pools deaths scores: mean CRPS, 50% and 90% coverage (each summed in the order given) and
 * the PIT histogram in `bins` bins. Null when there are no scores.
 * @example
 * summariseDeaths([scoreDeaths([10, 30], 20, 0.5), scoreDeaths([0], 12, 0.5)]);
 * // { forecasts: 2, meanCrps: 8.5, coverage50: 0.5, coverage90: 0.5, pitHistogram: [...] }
 */
export function summariseDeaths(scores: readonly DeathsScore[], bins = 10): DeathsSummary | null {
  const pooled = poolScores(scores, bins);
  if (pooled === null) return null;
  return {
    forecasts: pooled.n,
    meanCrps: pooled.meanCrps,
    coverage50: pooled.coverage50,
    coverage90: pooled.coverage90,
    pitHistogram: pooled.pitHistogram,
  };
}
