import { DAY_MS } from "./history.js";
import type { ForecastModel } from "./model.js";

/** How many blocks of days before the origin a side's own spread is measured over, at most. */
export const SPREAD_BLOCKS = 12;

/** The prior of a rate's spread and how a side's own counts are read: a report stream's parameters of the forward model. */
export type SpreadPrior = Pick<
  ForecastModel["processes"]["casualties"],
  "rateSpread" | "spreadBlockDays" | "spreadPriorBlocks"
>;

/** A side's fitted spread, with the counts it was read from. */
export interface RateSpread {
  /** Reports in each block before the origin, the most recent first. */
  readonly blocks: readonly number[];
  /** Squared coefficient of variation of the side's rate between runs: each run's rate is the fitted one times a Gamma factor of mean 1 and this variance. */
  readonly spread: number;
}

/**
 * The blocks of `blockDays` before the origin that the spreads are read from: at most
 * `SPREAD_BLOCKS`, each within the log's span, the most recent (ending at the origin) first;
 * `of(t)` is the block a time falls in, or -1 when it is after the origin or before the blocks.
 */
export function spreadBlocks(
  originMs: number,
  startMs: number,
  blockDays: number,
): { readonly count: number; of(t: number): number } {
  const width = blockDays * DAY_MS;
  let count = 0;
  while (count < SPREAD_BLOCKS && originMs - (count + 1) * width >= startMs) count++;
  return {
    count,
    of(t) {
      if (t > originMs) return -1;
      const b = Math.floor((originMs - t) / width);
      return b < count ? b : -1;
    },
  };
}

/**
 * How much a side's rate of reports moves from one block of days to the next, beyond what chance
 * alone gives: the counts of its reports in each of the last `SPREAD_BLOCKS` blocks of
 * `spreadBlockDays` before the origin that lie within the log's span; from their mean m and
 * sample variance v, the overdispersion `max(0, (v − m) / m²)` (a Poisson count with a rate
 * that varies so has variance `m + spread · m²`), pooled with the prior `rateSpread` weighted as
 * `spreadPriorBlocks` blocks against the blocks' own `K − 1`. With fewer than two blocks, or no
 * report in them, the prior alone.
 * @param times each report's earliest time, epoch ms (any order; those after the origin or
 *   before the blocks are not counted)
 * @example
 * // four blocks of 10, 30, 10, 30 reports: m = 20, v = 133.3, (v − m) / m² = 0.283;
 * // with a prior of 0.5 weighted as 3 blocks: (3 · 0.5 + 3 · 0.283) / 6 = 0.392
 * rateSpread(times, originMs, startMs, { rateSpread: 0.5, spreadBlockDays: 30, spreadPriorBlocks: 3 });
 */
export function rateSpread(
  times: readonly number[],
  originMs: number,
  startMs: number,
  prior: SpreadPrior,
): RateSpread {
  const span = spreadBlocks(originMs, startMs, prior.spreadBlockDays);
  const k = span.count;
  const blocks = new Array<number>(k).fill(0);
  for (const t of times) {
    const b = span.of(t);
    if (b >= 0) blocks[b] = (blocks[b] as number) + 1;
  }
  if (k < 2) return { blocks, spread: prior.rateSpread };
  const m = blocks.reduce((a, b) => a + b, 0) / k;
  if (m === 0) return { blocks, spread: prior.rateSpread };
  const v = blocks.reduce((a, b) => a + (b - m) ** 2, 0) / (k - 1);
  const own = Math.max(0, (v - m) / (m * m));
  const w = prior.spreadPriorBlocks;
  return { blocks, spread: (w * prior.rateSpread + (k - 1) * own) / (w + k - 1) };
}
