import { PROGRESS_FROM_RUNS, type Progress, type ProgressLabel, progressBar } from "../render/progress.js";
import type { Output } from "./output.js";

/** What a long job of runs is given: a signal that Ctrl-C aborts, and a progress callback. */
export interface RunControls {
  readonly signal: AbortSignal;
  /** How many are done; `total` once the job knows it, when it was not known at the start. */
  readonly onProgress: (done: number, total?: number) => void;
}

const RUNS: ProgressLabel = { verb: "simulating", unit: "runs", from: PROGRESS_FROM_RUNS };

/**
 * Runs a job of `total` runs (or other units, as `label` names them) with a progress bar on
 * stderr (see `progressBar`) and Ctrl-C handled: on SIGINT the job's signal aborts, one line says
 * how many finished, the exit code is 130 and the result is null (nothing is printed). Any other
 * failure is rethrown. With `total` null the bar is drawn once the job reports its total.
 * @example
 * const f = await interruptible(io, runs, (c) => forecast(target, { ...spec, runs, ...c }));
 * if (f === null) return;
 */
export async function interruptible<T>(
  io: Output,
  total: number | null,
  job: (controls: RunControls) => Promise<T>,
  label: ProgressLabel = RUNS,
): Promise<T | null> {
  const controller = new AbortController();
  const onSigint = () => controller.abort(new Error("interrupted"));
  let done = 0;
  let known = total;
  // Listen before the bar draws: a Ctrl-C right after the first progress line is handled here too.
  process.once("SIGINT", onSigint);
  let progress: Progress | null = total === null ? null : progressBar(process.stderr, process.env, total, label);
  try {
    return await job({
      signal: controller.signal,
      onProgress: (n, t) => {
        done = n;
        if (progress === null && t !== undefined) {
          known = t;
          progress = progressBar(process.stderr, process.env, t, label);
        }
        progress?.update(n);
      },
    });
  } catch (e) {
    progress?.stop();
    if (controller.signal.aborted) {
      io.note(`interrupted: ${done} of ${known ?? "?"} ${label.unit} finished; no result printed`);
      process.exitCode = 130;
      return null;
    }
    throw e;
  } finally {
    progress?.stop();
    process.removeListener("SIGINT", onSigint);
  }
}
