import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { packageRoot } from "../paths.js";
import { type ForecastSetup, type PackedOutcomes, type RunOutcome, unpack } from "./run.js";

/** The forecast worker script: next to this module when built, else the built copy under the package root. */
function forecastWorkerScript(): URL {
  const here = new URL("./worker.js", import.meta.url);
  if (here.protocol === "file:" && existsSync(fileURLToPath(here))) return here;
  const built = join(packageRoot(), "dist", "engine", "forecast", "worker.js");
  if (existsSync(built)) return pathToFileURL(built);
  throw new Error(
    "the forecast worker script is not built: run `npm run build` (workers run dist/engine/forecast/worker.js), or forecast with workers: 0",
  );
}

/** Options of `runForecastRanges`. */
export interface ForecastPoolOptions {
  readonly workers: number;
  /** Called with each run's outcome, as ranges complete (in any order: the caller places them by index). */
  readonly onRun: (run: number, outcome: RunOutcome) => void;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

type FromWorker = { type: "done"; from: number; packed: PackedOutcomes } | { type: "error"; message: string };

/** Hands ranges of run indexes to `workers` until every run is back; rejects on a worker error or abort. */
function runOn(
  workers: readonly Worker[],
  setup: ForecastSetup,
  runs: number,
  options: ForecastPoolOptions,
): Promise<void> {
  // Small ranges, so the last ones end together on every worker (a range is one packed message).
  const chunk = Math.max(10, Math.min(250, Math.ceil(runs / (workers.length * 32))));
  return new Promise<void>((resolve, reject) => {
    let next = 0;
    let done = 0;
    let finished = false;
    const detach: (() => void)[] = [];
    const finish = (error: unknown) => {
      if (finished) return;
      finished = true;
      options.signal?.removeEventListener("abort", onAbort);
      for (const d of detach) d();
      if (error === null) resolve();
      else reject(error);
    };
    const onAbort = () => finish(options.signal?.reason ?? new Error("forecast aborted"));
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    const feed = (w: Worker) => {
      if (next >= runs) return;
      const from = next;
      next = Math.min(runs, from + chunk);
      w.postMessage({ type: "range", from, to: next });
    };
    for (const w of workers) {
      const onMessage = (msg: FromWorker) => {
        if (msg.type === "error") return finish(new Error(`forecast worker: ${msg.message}`));
        unpack(msg.packed).forEach((o, i) => {
          options.onRun(msg.from + i, o);
        });
        done += msg.packed.runs;
        options.onProgress?.(done, runs);
        if (done >= runs) finish(null);
        else feed(w);
      };
      const onError = (e: Error) => finish(e);
      const onExit = (code: number) => finish(new Error(`forecast worker exited with code ${code}`));
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

/**
 * Forecast worker threads kept across `forecast` calls, so many forecasts in a row (a
 * backtest, a test suite) pay the threads' start-up once. Calls that share a pool take turns;
 * idle workers do not keep the process alive; `close()` ends them.
 * @example
 * const pool = new ForecastPool({ workers: 2 });
 * await forecast(scenario, { from, until, runs: 2000, seed: "a", pool });
 * await pool.close();
 */
export class ForecastPool {
  readonly size: number;
  #workers: Worker[] = [];
  #turn: Promise<unknown> = Promise.resolve();
  #closed = false;

  constructor(options: { readonly workers: number }) {
    if (!Number.isInteger(options.workers) || options.workers < 1 || options.workers > 64)
      throw new RangeError(`a ForecastPool needs a whole number of workers from 1 to 64, got ${options.workers}`);
    this.size = options.workers;
  }

  /** Runs `0..runs` of a forecast on the pool's threads (started on first use), after the jobs before it. */
  run(setup: ForecastSetup, runs: number, options: ForecastPoolOptions): Promise<void> {
    const job = this.#turn.then(async () => {
      if (this.#closed) throw new Error("this ForecastPool is closed: make a new one");
      while (this.#workers.length < Math.min(this.size, options.workers))
        this.#workers.push(new Worker(forecastWorkerScript()));
      const workers = this.#workers.slice(0, Math.min(this.size, options.workers));
      for (const w of workers) w.ref();
      try {
        await runOn(workers, setup, runs, options);
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

  /** Ends every worker thread once the jobs already given are done. */
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

/**
 * Runs `0..runs` of a forecast on worker threads started for the job, handing out ranges of
 * run indexes as workers become free, and terminates them at the end (or on an error or abort).
 */
export async function runForecastRanges(
  setup: ForecastSetup,
  runs: number,
  options: ForecastPoolOptions,
): Promise<void> {
  options.signal?.throwIfAborted();
  const pool = new ForecastPool({ workers: Math.max(1, Math.min(options.workers, Math.ceil(runs / 25))) });
  try {
    await pool.run(setup, runs, options);
  } finally {
    await pool.close();
  }
}
