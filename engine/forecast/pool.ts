import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { packageRoot } from "../paths.js";
import type { ForecastSetup, RunOutcome } from "./run.js";

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

type FromWorker = { type: "done"; from: number; outcomes: RunOutcome[] } | { type: "error"; message: string };

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
  const chunk = Math.max(25, Math.min(500, Math.ceil(runs / (options.workers * 8))));
  const count = Math.max(1, Math.min(options.workers, Math.ceil(runs / chunk)));
  const script = forecastWorkerScript();
  const workers = Array.from({ length: count }, () => new Worker(script));
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      let finished = false;
      const finish = (error: unknown) => {
        if (finished) return;
        finished = true;
        options.signal?.removeEventListener("abort", onAbort);
        if (error === null) resolve();
        else reject(error);
      };
      const onAbort = () => finish(options.signal?.reason ?? new Error("forecast aborted"));
      options.signal?.addEventListener("abort", onAbort, { once: true });
      const feed = (w: Worker) => {
        if (next >= runs) return;
        const from = next;
        next = Math.min(runs, from + chunk);
        w.postMessage({ type: "range", from, to: next });
      };
      for (const w of workers) {
        w.on("message", (msg: FromWorker) => {
          if (msg.type === "error") return finish(new Error(`forecast worker: ${msg.message}`));
          msg.outcomes.forEach((o, i) => {
            options.onRun(msg.from + i, { ...o, events: null, final: null });
          });
          done += msg.outcomes.length;
          options.onProgress?.(done, runs);
          if (done >= runs) finish(null);
          else feed(w);
        });
        w.on("error", (e) => finish(e));
        w.on("exit", (code) => finish(new Error(`forecast worker exited with code ${code}`)));
        w.postMessage({ type: "setup", setup });
        feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
