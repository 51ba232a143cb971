import { progressBar } from "../render/progress.js";
import type { Output } from "./output.js";

/** What a long job of runs is given: a signal that Ctrl-C aborts, and a progress callback. */
export interface RunControls {
  readonly signal: AbortSignal;
  readonly onProgress: (done: number) => void;
}

/**
 * Runs a job of `runs` runs with a progress bar on stderr (see `progressBar`) and Ctrl-C
 * handled: on SIGINT the job's signal aborts, one line says how many runs finished, the exit code
 * is 130 and the result is null (nothing is printed). Any other failure is rethrown.
 * @example
 * const f = await interruptible(io, runs, (c) => forecast(target, { ...spec, runs, ...c }));
 * if (f === null) return;
 */
export async function interruptible<T>(
  io: Output,
  runs: number,
  job: (controls: RunControls) => Promise<T>,
): Promise<T | null> {
  const controller = new AbortController();
  const onSigint = () => controller.abort(new Error("interrupted"));
  let done = 0;
  // Listen before the bar draws: a Ctrl-C right after the first progress line is handled here too.
  process.once("SIGINT", onSigint);
  const progress = progressBar(process.stderr, process.env, runs);
  try {
    return await job({
      signal: controller.signal,
      onProgress: (n) => {
        done = n;
        progress.update(n);
      },
    });
  } catch (e) {
    progress.stop();
    if (controller.signal.aborted) {
      io.note(`interrupted: ${done} of ${runs} runs finished; no result printed`);
      process.exitCode = 130;
      return null;
    }
    throw e;
  } finally {
    progress.stop();
    process.removeListener("SIGINT", onSigint);
  }
}
