import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { packageRoot } from "../paths.js";
import type { RangeResult } from "./measures.js";
import type { RunSetup } from "./run.js";

/**
 * The worker script: `worker.js` next to this module when running the built package; from
 * TypeScript sources (vitest, tsx) the built `dist/engine/sim/worker.js` under the package root.
 */
export function workerScript(): URL {
  const here = new URL("./worker.js", import.meta.url);
  if (here.protocol === "file:" && existsSync(fileURLToPath(here))) return here;
  const built = join(packageRoot(), "dist", "engine", "sim", "worker.js");
  if (existsSync(built)) return pathToFileURL(built);
  throw new Error(
    "the simulation worker script is not built: run `npm run build` (workers run dist/engine/sim/worker.js), or simulate with workers: 0",
  );
}

/** Options of `runInWorkers`. */
export interface PoolOptions {
  readonly workers: number;
  /** Runs per task handed to a worker. */
  readonly chunk: number;
  readonly onRange?: (done: number) => void;
  readonly signal?: AbortSignal;
}

type FromWorker = { type: "done"; result: RangeResult } | { type: "error"; message: string };

/**
 * Runs `0..runs` on the given workers, handing out ranges of run indexes as they become free.
 * Resolves with every range's measures (in completion order: merge sorts them). Rejects on a
 * worker error, an exit, or when `signal` aborts; the caller then terminates the workers,
 * since a busy worker can only be stopped that way. Its listeners are removed either way.
 */
function runOn(
  workers: readonly Worker[],
  setup: RunSetup,
  runs: number,
  options: PoolOptions,
): Promise<RangeResult[]> {
  return new Promise((resolve, reject) => {
    const results: RangeResult[] = [];
    const detach: (() => void)[] = [];
    let next = 0;
    let done = 0;
    let finished = false;
    const finish = (error: unknown) => {
      if (finished) return;
      finished = true;
      options.signal?.removeEventListener("abort", onAbort);
      for (const d of detach) d();
      if (error === null) resolve(results);
      else reject(error);
    };
    const onAbort = () => finish(options.signal?.reason ?? new Error("simulation aborted"));
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    const feed = (w: Worker) => {
      if (next >= runs) return;
      const from = next;
      const to = Math.min(runs, from + options.chunk);
      next = to;
      w.postMessage({ type: "range", from, to });
    };
    for (const w of workers) {
      const onMessage = (msg: FromWorker) => {
        if (msg.type === "error") return finish(new Error(`simulation worker: ${msg.message}`));
        results.push(msg.result);
        done += msg.result.to - msg.result.from;
        options.onRange?.(done);
        if (done >= runs) finish(null);
        else feed(w);
      };
      const onError = (e: Error) => finish(e);
      const onExit = (code: number) => finish(new Error(`simulation worker exited with code ${code}`));
      w.on("message", onMessage);
      w.on("error", onError);
      w.on("exit", onExit);
      detach.push(() => {
        w.off("message", onMessage);
        w.off("error", onError);
        w.off("exit", onExit);
      });
      w.postMessage({ type: "setup", setup });
      feed(w);
    }
  });
}

/** How many workers a job of `runs` runs in chunks of `chunk` can keep busy, at most `workers`. */
function usable(runs: number, options: PoolOptions): number {
  return Math.max(1, Math.min(options.workers, Math.ceil(runs / options.chunk)));
}

/**
 * Runs `0..runs` over worker threads started for this job and terminated at its end. Resolves
 * with every range's measures; rejects, terminating every worker, on a worker error or when
 * `signal` aborts.
 */
export async function runInWorkers(setup: RunSetup, runs: number, options: PoolOptions): Promise<RangeResult[]> {
  options.signal?.throwIfAborted();
  const script = workerScript();
  const workers = Array.from({ length: usable(runs, options) }, () => new Worker(script));
  try {
    return await runOn(workers, setup, runs, options);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
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
export class SimulationPool {
  /** The most worker threads the pool starts. */
  readonly size: number;
  #workers: Worker[] = [];
  #turn: Promise<unknown> = Promise.resolve();
  #closed = false;

  constructor(options: { readonly workers: number }) {
    if (!Number.isInteger(options.workers) || options.workers < 1) {
      throw new RangeError(`a SimulationPool needs a whole number of workers >= 1, got ${options.workers}`);
    }
    this.size = options.workers;
  }

  /** Worker threads running now (started on first use; all of them are dropped after a failed or aborted job). */
  get started(): number {
    return this.#workers.length;
  }

  /** The thread ids of the running workers, in the order they were started. */
  get threadIds(): readonly number[] {
    return this.#workers.map((w) => w.threadId);
  }

  /** Whether `close()` has been called. */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Runs a job on up to `options.workers` of the pool's threads, after the jobs before it.
   * For `simulate`; a failed or aborted job terminates the pool's threads (a busy thread
   * cannot be stopped otherwise), and the next job starts new ones.
   */
  run(setup: RunSetup, runs: number, options: PoolOptions): Promise<RangeResult[]> {
    const job = this.#turn.then(async () => {
      if (this.#closed) throw new Error("this SimulationPool is closed: make a new one");
      const want = usable(runs, { ...options, workers: Math.min(options.workers, this.size) });
      while (this.#workers.length < want) this.#workers.push(new Worker(workerScript()));
      const workers = this.#workers.slice(0, want);
      for (const w of workers) w.ref();
      try {
        return await runOn(workers, setup, runs, options);
      } catch (e) {
        await this.#terminate();
        throw e;
      } finally {
        for (const w of this.#workers) w.unref();
      }
    });
    this.#turn = job.catch(() => undefined);
    return job;
  }

  /** Ends every worker thread once the jobs already given are done. The pool cannot be used after. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#turn;
    await this.#terminate();
  }

  async #terminate(): Promise<void> {
    const workers = this.#workers;
    this.#workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
