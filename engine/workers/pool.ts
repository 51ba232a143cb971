import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { packageRoot } from "../paths.js";

/** What a pool needs to know of the kind of work its threads do. */
export interface WorkerKind {
  /** How messages name the work: `simulation`, `forecast`. */
  readonly work: string;
  /** The public class, as its errors name it: `SimulationPool`. */
  readonly pool: string;
  /** The most threads a pool may have, if there is a bound. */
  readonly maxWorkers?: number;
  /** The worker script (see `workerScript`). */
  readonly script: () => URL;
}

/**
 * A worker script: `here` (the `worker.js` next to the calling module) when running the built
 * package; from TypeScript sources (vitest, tsx) the built copy `dist/engine/<dir>/worker.js`
 * under the package root. Throws, saying to build or to run without workers, when neither is there.
 */
export function workerScript(here: URL, dir: string, work: string, verb: string): URL {
  if (here.protocol === "file:" && existsSync(fileURLToPath(here))) return here;
  const built = join(packageRoot(), "dist", "engine", dir, "worker.js");
  if (existsSync(built)) return pathToFileURL(built);
  throw new Error(
    `the ${work} worker script is not built: run \`npm run build\` (workers run dist/engine/${dir}/worker.js), or ${verb} with workers: 0`,
  );
}

/** One job for a pool: runs `0..runs`, handed out in ranges as threads become free. */
export interface PoolJob<Done> {
  /** The most threads the job may use (the pool's size bounds it too). */
  readonly workers: number;
  /** Runs per range handed to a thread, given how many threads run the job. */
  readonly chunk: (workers: number) => number;
  /** Takes what a thread sent back for one range; returns how many runs it covered. */
  readonly take: (done: Done) => number;
  /** Called with the runs done so far, after each range. */
  readonly onProgress?: (done: number) => void;
  readonly signal?: AbortSignal;
}

/** What a thread sends: `{ type: "done", ...Done }` for a range, or the error it met. */
type FromWorker<Done> = ({ readonly type: "done" } & Done) | { readonly type: "error"; readonly message: string };

/**
 * Runs `0..runs` on the given threads, handing out ranges as they become free. Rejects on a
 * thread's error or exit, or when the signal aborts; the caller then terminates the threads,
 * since a busy thread can only be stopped that way. Its listeners are removed either way.
 */
function runOn<Setup, Done>(
  kind: WorkerKind,
  workers: readonly Worker[],
  setup: Setup,
  runs: number,
  job: PoolJob<Done>,
): Promise<void> {
  const chunk = job.chunk(workers.length);
  return new Promise<void>((resolve, reject) => {
    const detach: (() => void)[] = [];
    let next = 0;
    let done = 0;
    let finished = false;
    const finish = (error: unknown) => {
      if (finished) return;
      finished = true;
      job.signal?.removeEventListener("abort", onAbort);
      for (const d of detach) d();
      if (error === null) resolve();
      else reject(error);
    };
    const onAbort = () => finish(job.signal?.reason ?? new Error(`${kind.work} aborted`));
    if (job.signal?.aborted) return onAbort();
    job.signal?.addEventListener("abort", onAbort, { once: true });
    const feed = (w: Worker) => {
      if (next >= runs) return;
      const from = next;
      next = Math.min(runs, from + chunk);
      w.postMessage({ type: "range", from, to: next });
    };
    for (const w of workers) {
      const onMessage = (msg: FromWorker<Done>) => {
        if (msg.type === "error") return finish(new Error(`${kind.work} worker: ${msg.message}`));
        done += job.take(msg);
        job.onProgress?.(done);
        if (done >= runs) finish(null);
        else feed(w);
      };
      const onError = (e: Error) => finish(e);
      const onExit = (code: number) => finish(new Error(`${kind.work} worker exited with code ${code}`));
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
 * Worker threads kept across jobs, so many jobs in a row pay the threads' start-up once: the
 * one pool behind `SimulationPool` and `ForecastPool`. Jobs take turns; idle threads do not
 * keep the process alive; a failed or aborted job terminates the threads (a busy thread cannot
 * be stopped otherwise) and the next job starts new ones; `close()` ends them.
 * @example
 * const pool = new SimulationPool({ workers: 2 }); // a WorkerPool of simulation threads
 * pool.started; // 0: threads start with the first job
 * await pool.close();
 */
export class WorkerPool<Setup, Done> {
  /** The most worker threads the pool starts. */
  readonly size: number;
  readonly #kind: WorkerKind;
  #workers: Worker[] = [];
  #turn: Promise<unknown> = Promise.resolve();
  #closed = false;

  constructor(kind: WorkerKind, options: { readonly workers: number }) {
    const max = kind.maxWorkers ?? Number.POSITIVE_INFINITY;
    if (!Number.isInteger(options.workers) || options.workers < 1 || options.workers > max) {
      const range = kind.maxWorkers === undefined ? ">= 1" : `from 1 to ${kind.maxWorkers}`;
      throw new RangeError(`a ${kind.pool} needs a whole number of workers ${range}, got ${options.workers}`);
    }
    this.#kind = kind;
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

  /** Runs a job on up to `job.workers` of the pool's threads, after the jobs before it. */
  protected runJob(setup: Setup, runs: number, job: PoolJob<Done>): Promise<void> {
    const run = this.#turn.then(async () => {
      if (this.#closed) throw new Error(`this ${this.#kind.pool} is closed: make a new one`);
      const want = Math.min(this.size, job.workers);
      while (this.#workers.length < want) this.#workers.push(new Worker(this.#kind.script()));
      const workers = this.#workers.slice(0, want);
      for (const w of workers) w.ref();
      try {
        await runOn(this.#kind, workers, setup, runs, job);
      } catch (e) {
        await this.#terminate();
        throw e;
      } finally {
        for (const w of this.#workers) w.unref();
      }
    });
    this.#turn = run.catch(() => undefined);
    return run;
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

/**
 * Runs one job on a pool made for it and ends its threads after, whether the job succeeds or not.
 * Throws at once if `signal` has aborted.
 */
export async function onFreshPool<P extends { close(): Promise<void> }, T>(
  make: () => P,
  job: (pool: P) => Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T> {
  signal?.throwIfAborted();
  const pool = make();
  try {
    return await job(pool);
  } finally {
    await pool.close();
  }
}
