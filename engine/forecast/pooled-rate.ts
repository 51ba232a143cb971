import type { SideId } from "../model/ids.js";
import { DAY_MS, gammaMean, type KnownHistory, type KnownLog } from "./history.js";

/** A pooled daily rate's parameters, as a process's model gives them. */
export interface PooledRatePrior {
  /** How far back from the origin a side's own count goes. */
  readonly windowDays: number;
  /** The prior rate per side-day, before anything is counted. */
  readonly perDay: number;
  /** The prior's weight, in days of observation. */
  readonly priorDays: number;
}

/** One side's fitted daily rate. */
export interface SideRate {
  readonly side: SideId;
  /** Days of the window before the origin that the side's own count covers (within the span). */
  readonly days: number;
  /** Per day: the side's own count over `days`, pooled towards the pooled rate. */
  readonly rate: number;
}

/** A process fitted as a daily rate per side. */
export interface SideRates<S extends SideRate> {
  /** The rate per side-day over every pooled log, towards which each side's own rate is pooled. */
  readonly pooledRate: number;
  readonly sides: readonly S[];
}

/** What one pooled log shows of the thing counted: how many, and how many sides did it. */
export interface LogTally {
  readonly count: number;
  readonly sides: number;
}

/** What `pooledRates` gives: the pooled rate, the window each side is counted over, and a side's rate. */
export interface PooledRates {
  /** What `tally` counted over every pooled log. */
  readonly count: number;
  readonly pooledRate: number;
  /** Start of the window, epoch ms: a side's own count is of what happened after it. */
  readonly fromMs: number;
  /** The window's length in days: from `fromMs` to the origin. */
  readonly days: number;
  /** A side's rate per day from its own count in the window, pooled towards `pooledRate`. */
  rate(count: number): number;
}

/**
 * A daily rate per side, partially pooled (Gamma means): what `tally` counts in every pooled log
 * per side-day of the logs (each log's known days times the sides it saw, at least one), pooled
 * towards `prior.perDay`; then the window of `prior.windowDays` before the origin (not before
 * the target's span) in which each side's own count is taken and pooled towards that rate.
 * @example
 * const r = pooledRates(history, { windowDays: 30, perDay: 0.1, priorDays: 14 }, tally);
 * r.rate(3); // a side with 3 in the window
 */
export function pooledRates(
  history: KnownHistory,
  prior: PooledRatePrior,
  tally: (log: KnownLog) => LogTally,
): PooledRates {
  let count = 0;
  let sideDays = 0;
  for (const log of history.pool) {
    const t = tally(log);
    count += t.count;
    sideDays += (Math.max(0, log.endMs - log.startMs) / DAY_MS) * Math.max(1, t.sides);
  }
  const pooledRate = gammaMean(prior.perDay, prior.priorDays, count, sideDays);
  const fromMs = Math.max(history.target.startMs, history.originMs - prior.windowDays * DAY_MS);
  const days = Math.max(0, (history.originMs - fromMs) / DAY_MS);
  return { count, pooledRate, fromMs, days, rate: (n) => gammaMean(pooledRate, prior.priorDays, n, days) };
}
