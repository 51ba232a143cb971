import { availableParallelism } from "node:os";
import { type Distributions, merge, type RangeResult } from "./measures.js";
import { measureRange } from "./range.js";
import { type RunOptions, type SimulationTarget, setUp } from "./setup.js";
import { runInWorkers, type SimulationPool } from "./workers.js";

/** Options of `simulate`. */
export interface SimulateOptions extends RunOptions {
  /** How many runs (at least 1). */
  readonly runs: number;
  /**
   * Worker threads: 0 runs everything in this thread; "auto" (default) uses up to 8 workers
   * when there are 2,000 runs or more, or every worker of `pool` when one is given. A model
   * with an `outcome` function always runs here.
   */
  readonly workers?: number | "auto";
  /**
   * Warm worker threads to run on instead of starting new ones for this call (see
   * `SimulationPool`); `workers` then caps how many of them are used.
   */
  readonly pool?: SimulationPool;
  /** Called after each batch of runs with the number done so far. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Aborting stops the runs (workers are terminated) and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

function workerCount(options: SimulateOptions, hasOutcome: boolean): number {
  const w = options.workers ?? "auto";
  if (w !== "auto" && (!Number.isInteger(w) || w < 0))
    throw new RangeError(`workers must be a whole number >= 0 or "auto", got ${w}`);
  if (hasOutcome) return 0;
  if (options.pool !== undefined) return w === "auto" ? options.pool.size : Math.min(w, options.pool.size);
  if (w === "auto") return options.runs >= 2000 ? Math.max(1, Math.min(8, availableParallelism() - 1)) : 0;
  return w;
}

/**
 * Runs a scenario or branch many times, each run drawing its own uncertain quantities and
 * choices, and returns distributions: for each place the probability of each controller at
 * each moment asked, for each siege the probability of each status, quantiles of killed per
 * side and claimant and of front distances, the share of each alternative drawn and of each
 * event losing its footing. Run i draws from `seedrandom(\`${seed}:${i}\`)` and results are
 * merged in run-index order, so the result is the same for any number of workers.
 * @example
 * const r = await simulate(loadScenario("central-syria-2017"), { runs: 10_000, seed: "s1", at: ["2017-09-06"] });
 * r.sieges["deir-ez-zor-city"]?.["2017-09-06"]; // { broken: 1 }
 * r.fronts["deir-ez-zor"]?.["syrian-government"]?.["2017-09-06"]?.p50;
 */
export async function simulate(target: SimulationTarget, options: SimulateOptions): Promise<Distributions> {
  if (!Number.isInteger(options.runs) || options.runs < 1) {
    throw new RangeError(`runs must be a whole number >= 1, got ${options.runs}`);
  }
  const { prepared, at } = setUp(target, options);
  const runs = options.runs;
  const workers = workerCount(options, prepared.outcome !== undefined);
  const progress = (done: number) => options.onProgress?.(done, runs);
  let parts: RangeResult[];
  if (workers > 0) {
    const chunk = Math.max(50, Math.min(1000, Math.ceil(runs / (workers * 8))));
    const pooled = {
      workers,
      chunk,
      onRange: progress,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    };
    parts =
      options.pool === undefined
        ? await runInWorkers(prepared.setup, runs, pooled)
        : await options.pool.run(prepared.setup, runs, pooled);
  } else {
    parts = [];
    const chunk = 250;
    for (let from = 0; from < runs; from += chunk) {
      options.signal?.throwIfAborted();
      const to = Math.min(runs, from + chunk);
      parts.push(measureRange(prepared, from, to));
      progress(to);
      if (to < runs) await new Promise((r) => setImmediate(r));
    }
  }
  return merge(prepared, parts, runs, at);
}
