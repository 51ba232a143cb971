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

/**
 * Runs `0..runs` over a small pool of worker threads, handing out ranges of run indexes as
 * workers become free. Resolves with every range's measures (in completion order: merge sorts
 * them). Rejects, terminating every worker, on a worker error or when `signal` aborts.
 */
export function runInWorkers(setup: RunSetup, runs: number, options: PoolOptions): Promise<RangeResult[]> {
  const script = workerScript();
  return new Promise((resolve, reject) => {
    const results: RangeResult[] = [];
    const pool: Worker[] = [];
    let next = 0;
    let done = 0;
    let finished = false;
    const finish = (error: unknown) => {
      if (finished) return;
      finished = true;
      options.signal?.removeEventListener("abort", onAbort);
      for (const w of pool) void w.terminate();
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
    const count = Math.max(1, Math.min(options.workers, Math.ceil(runs / options.chunk)));
    for (let i = 0; i < count; i++) {
      const w = new Worker(script);
      pool.push(w);
      w.on("message", (msg: { type: "done"; result: RangeResult } | { type: "error"; message: string }) => {
        if (msg.type === "error") return finish(new Error(`simulation worker: ${msg.message}`));
        results.push(msg.result);
        done += msg.result.to - msg.result.from;
        options.onRange?.(done);
        if (done >= runs) finish(null);
        else feed(w);
      });
      w.on("error", (e) => finish(e));
      w.on("exit", (code) => {
        if (!finished && code !== 0) finish(new Error(`simulation worker exited with code ${code}`));
      });
      w.postMessage({ type: "setup", setup });
      feed(w);
    }
  });
}
