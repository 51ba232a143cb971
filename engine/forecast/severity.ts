import type { ForecastModel } from "./model.js";
import { spreadBlocks } from "./rate-spread.js";

/** The prior of a stream's severity spread and how its own reports are read: a report stream's parameters of the forward model. */
export type SeverityPrior = Pick<
  ForecastModel["processes"]["casualties"],
  "severitySpread" | "spreadBlockDays" | "spreadPriorBlocks"
>;

/**
 * How much the deaths per report of a stream move from one block of days to the next, beyond
 * what drawing that many reports from the same figures gives: in each of the last
 * `SPREAD_BLOCKS` blocks of `spreadBlockDays` before the origin within the log's span that hold
 * two reports or more, the mean `m_j` and variance `v_j` of its `n_j` figures (best estimates);
 * with `M` the mean of every report in those blocks, the overdispersion
 * `max(0, Σ_j ((m_j − M)² − v_j / n_j) / (K · M²))` over the K blocks, pooled with the prior
 * `severitySpread` weighted as `spreadPriorBlocks` blocks against K. With no such block, or no
 * death in them, the prior alone. An offensive is fought in bigger battles, not only in more of
 * them: each run scales its reports' figures by its own factor of mean 1 and this variance.
 * @param times each report's earliest time, epoch ms
 * @param sizes each report's figure (best estimate), in the order of `times`
 * @example
 * // two blocks of two reports: 10 and 30 (m 20, v 200), 20 and 20 (m 20, v 0): M = 20,
 * // ((0 − 100) + (0 − 0)) / (2 · 400) < 0, so no spread of its own: (3 · 0.3 + 2 · 0) / 5 = 0.18
 * severitySpread(times, [10, 30, 20, 20], originMs, startMs, { severitySpread: 0.3, spreadBlockDays: 30, spreadPriorBlocks: 3 });
 */
export function severitySpread(
  times: readonly number[],
  sizes: readonly number[],
  originMs: number,
  startMs: number,
  prior: SeverityPrior,
): number {
  const span = spreadBlocks(originMs, startMs, prior.spreadBlockDays);
  const k = span.count;
  const n = new Array<number>(k).fill(0);
  const sum = new Array<number>(k).fill(0);
  const squares = new Array<number>(k).fill(0);
  for (const [i, t] of times.entries()) {
    const b = span.of(t);
    if (b < 0) continue;
    const x = sizes[i] as number;
    n[b] = (n[b] as number) + 1;
    sum[b] = (sum[b] as number) + x;
    squares[b] = (squares[b] as number) + x * x;
  }
  let reports = 0;
  let deaths = 0;
  let blocks = 0;
  for (let b = 0; b < k; b++)
    if ((n[b] as number) >= 2) {
      reports += n[b] as number;
      deaths += sum[b] as number;
      blocks++;
    }
  if (blocks === 0 || deaths === 0) return prior.severitySpread;
  const mean = deaths / reports;
  let excess = 0;
  for (let b = 0; b < k; b++) {
    const nb = n[b] as number;
    if (nb < 2) continue;
    const mb = (sum[b] as number) / nb;
    const vb = ((squares[b] as number) - nb * mb * mb) / (nb - 1);
    excess += (mb - mean) ** 2 - vb / nb;
  }
  const own = Math.max(0, excess / (blocks * mean * mean));
  const w = prior.spreadPriorBlocks;
  return (w * prior.severitySpread + blocks * own) / (w + blocks);
}
