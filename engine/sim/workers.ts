import { onFreshPool, type WorkerKind, WorkerPool, workerScript } from "../workers/pool.js";
import type { RangeResult } from "./measures.js";
import type { RunSetup } from "./run.js";

/** Options of `runInWorkers`. */
export interface PoolOptions {
  readonly workers: number;
  /** Runs per task handed to a worker. */
  readonly chunk: number;
  readonly onRange?: (done: number) => void;
  readonly signal?: AbortSignal;
}

const SIMULATION: WorkerKind = {
  work: "simulation",
  pool: "SimulationPool",
  script: () => workerScript(new URL("./worker.js", import.meta.url), "sim", "simulation", "simulate"),
};

/** How many workers a job of `runs` runs in chunks of `chunk` can keep busy, at most `workers`. */
function usable(runs: number, options: PoolOptions): number {
  return Math.max(1, Math.min(options.workers, Math.ceil(runs / options.chunk)));
}

/**
 * Runs `0..runs` over worker threads started for this job and terminated at its end. Resolves
 * with every range's measures; rejects, terminating every worker, on a worker error or when
 * `signal` aborts.
 */
export function runInWorkers(setup: RunSetup, runs: number, options: PoolOptions): Promise<RangeResult[]> {
  return onFreshPool(
    () => new SimulationPool({ workers: usable(runs, options) }),
    (pool) => pool.run(setup, runs, options),
    options.signal,
  );
}

/**
 * Simulation worker threads kept warm across `simulate` calls. A worker spends most of a
 * second loading the engine and warming up before its first result; a pool pays that once,
 * so many short simulations (a test suite, an interactive session) run at full speed. Calls
 * that share a pool take turns. Idle workers do not keep the process alive; `close()` ends them.
 * @example
 * const pool = new SimulationPool({ workers: 2 });
 * const a = await simulate(scenario, { runs: 5_000, seed: "a", pool });
 * const b = await simulate(scenario, { runs: 5_000, seed: "b", pool }); // no start-up this time
 * await pool.close();
 */
export class SimulationPool extends WorkerPool<RunSetup, { readonly result: RangeResult }> {
  constructor(options: { readonly workers: number }) {
    super(SIMULATION, options);
  }

  /**
   * Runs a job on up to `options.workers` of the pool's threads, after the jobs before it.
   * For `simulate`. Resolves with every range's measures, in completion order (merge sorts them).
   */
  async run(setup: RunSetup, runs: number, options: PoolOptions): Promise<RangeResult[]> {
    const results: RangeResult[] = [];
    await this.runJob(setup, runs, {
      workers: usable(runs, options),
      chunk: () => options.chunk,
      take: ({ result }) => {
        results.push(result);
        return result.to - result.from;
      },
      ...(options.onRange === undefined ? {} : { onProgress: options.onRange }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    return results;
  }
}
