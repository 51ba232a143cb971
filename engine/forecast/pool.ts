import { onFreshPool, type WorkerKind, WorkerPool, workerScript } from "../workers/pool.js";
import { type ForecastSetup, type PackedOutcomes, type RunOutcome, unpack } from "./run.js";

/** Options of `runForecastRanges`. */
export interface ForecastPoolOptions {
  readonly workers: number;
  /** Called with each run's outcome, as ranges complete (in any order: the caller places them by index). */
  readonly onRun: (run: number, outcome: RunOutcome) => void;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

const FORECAST: WorkerKind = {
  work: "forecast",
  pool: "ForecastPool",
  maxWorkers: 64,
  script: () => workerScript(new URL("./worker.js", import.meta.url), "forecast", "forecast", "forecast"),
};

/**
 * Forecast worker threads kept across `forecast` calls, so many forecasts in a row (a
 * backtest, a test suite) pay the threads' start-up once. Calls that share a pool take turns;
 * idle workers do not keep the process alive; `close()` ends them.
 * @example
 * const pool = new ForecastPool({ workers: 2 });
 * await forecast(scenario, { from, until, runs: 2000, seed: "a", pool });
 * await pool.close();
 */
export class ForecastPool extends WorkerPool<
  ForecastSetup,
  { readonly from: number; readonly packed: PackedOutcomes }
> {
  constructor(options: { readonly workers: number }) {
    super(FORECAST, options);
  }

  /** Runs `0..runs` of a forecast on the pool's threads (started on first use), after the jobs before it. */
  run(setup: ForecastSetup, runs: number, options: ForecastPoolOptions): Promise<void> {
    const { onProgress } = options;
    return this.runJob(setup, runs, {
      workers: options.workers,
      // Small ranges, so the last ones end together on every worker (a range is one packed message).
      chunk: (workers) => Math.max(10, Math.min(250, Math.ceil(runs / (workers * 32)))),
      take: ({ from, packed }) => {
        unpack(packed).forEach((o, i) => {
          options.onRun(from + i, o);
        });
        return packed.runs;
      },
      ...(onProgress === undefined ? {} : { onProgress: (done: number) => onProgress(done, runs) }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
  }
}

/**
 * Runs `0..runs` of a forecast on worker threads started for the job, handing out ranges of
 * run indexes as workers become free, and terminates them at the end (or on an error or abort).
 */
export function runForecastRanges(setup: ForecastSetup, runs: number, options: ForecastPoolOptions): Promise<void> {
  return onFreshPool(
    () => new ForecastPool({ workers: Math.max(1, Math.min(options.workers, Math.ceil(runs / 25))) }),
    (pool) => pool.run(setup, runs, options),
    options.signal,
  );
}
