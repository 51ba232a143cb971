import { crps } from "./crps.js";
import { censoredObservation, censoredSorted, type Ensemble } from "./ensemble.js";
import { covers } from "./interval.js";
import { pit, pitHistogram } from "./pit.js";
import { logScore } from "./score.js";

/** How one forecast of one milestone scored against the record. */
export interface MilestoneScore {
  /** CRPS in days, censored at the horizon. */
  readonly crps: number;
  /** Whether the central 50% interval holds the (censored) recorded day. */
  readonly covered50: boolean;
  /** Whether the central 90% interval holds the (censored) recorded day. */
  readonly covered90: boolean;
  /** The share of runs in which the milestone happened within the horizon. */
  readonly pHappened: number;
  /** Whether the record has it happen within the horizon. */
  readonly happened: boolean;
  /** The log score of "happens within the horizon". */
  readonly logScore: number;
  /** The randomized PIT value of the recorded day. */
  readonly pit: number;
}

/**
 * Scores one forecast of one milestone against the recorded day: CRPS, 50% and 90%
 * coverage, the log score of "happens within the horizon" (a member or observation at most
 * `horizon` days after the origin happened within it) and the randomized PIT with the
 * caller's uniform draw `u`.
 * @example
 * scoreMilestone([1, 3], 2, 30, 0.5); // { crps: 0.5, covered50: true, covered90: true, pHappened: 1, happened: true, logScore: ln(4/3), pit: 0.5 }
 */
export function scoreMilestone(ensemble: Ensemble, y: number, horizon: number, u: number): MilestoneScore {
  const sorted = censoredSorted(ensemble, horizon);
  censoredObservation(y, horizon);
  let within = 0;
  for (let i = 0; i < ensemble.length; i++) if ((ensemble[i] as number) <= horizon) within++;
  const n = sorted.length;
  const happened = y <= horizon;
  return {
    crps: crps(sorted, y, horizon),
    covered50: covers(sorted, y, 0.5, horizon),
    covered90: covers(sorted, y, 0.9, horizon),
    pHappened: within / n,
    happened,
    logScore: logScore(within / n, happened, n),
    pit: pit(sorted, y, horizon, u),
  };
}

/** Milestone scores pooled over a backtest. */
export interface ScoreSummary {
  /** How many milestone forecasts were pooled. */
  readonly milestones: number;
  readonly meanCrps: number;
  /** Share of milestones whose 50% interval held the recorded day. */
  readonly coverage50: number;
  /** Share of milestones whose 90% interval held the recorded day. */
  readonly coverage90: number;
  readonly meanLogScore: number;
  /** PIT counts in equal bins of [0, 1]. */
  readonly pitHistogram: readonly number[];
}

/**
 * Pools milestone scores: mean CRPS, 50% and 90% coverage, mean log score (each summed in the
 * order given) and the PIT histogram in `bins` bins. Null when there are no scores.
 * @example
 * summarise([scoreMilestone([1, 3], 2, 30, 0.5), scoreMilestone([Infinity], 10, 30, 0.5)]);
 * // { milestones: 2, meanCrps: 10.25, coverage50: 0.5, ... }
 */
export function summarise(scores: readonly MilestoneScore[], bins = 10): ScoreSummary | null {
  const pooled = poolScores(scores, bins);
  if (pooled === null) return null;
  let sumLog = 0;
  for (const s of scores) sumLog += s.logScore;
  return {
    milestones: pooled.n,
    meanCrps: pooled.meanCrps,
    coverage50: pooled.coverage50,
    coverage90: pooled.coverage90,
    meanLogScore: sumLog / pooled.n,
    pitHistogram: pooled.pitHistogram,
  };
}

/** What every pooled score shares: how many, mean CRPS, 50% and 90% coverage, the PIT histogram. */
export interface PooledScores {
  readonly n: number;
  readonly meanCrps: number;
  readonly coverage50: number;
  readonly coverage90: number;
  readonly pitHistogram: readonly number[];
}

/**
 * Pools scores of any forecast (milestones' in days, counts' in deaths): mean CRPS and 50% and
 * 90% coverage (each summed in the order given), the PIT histogram in `bins` bins. Null when
 * there are no scores.
 */
export function poolScores(
  scores: readonly {
    readonly crps: number;
    readonly covered50: boolean;
    readonly covered90: boolean;
    readonly pit: number;
  }[],
  bins = 10,
): PooledScores | null {
  if (scores.length === 0) return null;
  let sumCrps = 0;
  let in50 = 0;
  let in90 = 0;
  for (const s of scores) {
    sumCrps += s.crps;
    if (s.covered50) in50++;
    if (s.covered90) in90++;
  }
  const n = scores.length;
  return {
    n,
    meanCrps: sumCrps / n,
    coverage50: in50 / n,
    coverage90: in90 / n,
    pitHistogram: pitHistogram(
      scores.map((s) => s.pit),
      bins,
    ),
  };
}
