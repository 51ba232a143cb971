import { Presets, SingleBar } from "cli-progress";
import { useColor } from "./colors.js";

/** Runs from which a simulation shows a progress bar on a terminal. */
export const PROGRESS_FROM_RUNS = 1000;

/** A progress display: `update` after each batch, `stop` once (idempotent). */
export interface Progress {
  readonly update: (done: number) => void;
  readonly stop: () => void;
}

const NONE: Progress = { update: () => {}, stop: () => {} };

/**
 * Whether to show progress: on a terminal when the runs are many, or whenever
 * `SITREP_FORCE_PROGRESS=1` (then a line every half second when stderr is not a terminal, for tests
 * and logs); `SITREP_FORCE_PROGRESS=0` turns it off.
 */
export function wantProgress(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv, runs: number): boolean {
  if (env.SITREP_FORCE_PROGRESS === "1") return true;
  if (env.SITREP_FORCE_PROGRESS === "0") return false;
  return stream.isTTY === true && runs >= PROGRESS_FROM_RUNS;
}

/**
 * A progress bar of simulation runs on `stream` (stderr), drawn by `cli-progress`: redrawn in
 * place on a terminal, one line per tick elsewhere. Coloured only as `colorsFor` allows.
 * @example
 * const p = progressBar(process.stderr, process.env, 10_000);
 * p.update(250); p.stop();
 */
export function progressBar(
  stream: NodeJS.WriteStream,
  env: NodeJS.ProcessEnv,
  total: number,
  what: { readonly doing: string; readonly unit: string } = { doing: "simulating", unit: "runs" },
): Progress {
  if (!wantProgress(stream, env, total)) return NONE;
  const tty = stream.isTTY === true;
  const color = useColor(stream, env);
  const bar = new SingleBar(
    {
      stream,
      format: `sitrep: ${what.doing} ${color ? "\u001b[36m{bar}\u001b[0m" : "{bar}"} {percentage}% | {value}/{total} ${what.unit} | eta {eta_formatted}`,
      barsize: 30,
      hideCursor: tty,
      clearOnComplete: true,
      noTTYOutput: !tty,
      notTTYSchedule: 500,
      etaBuffer: 20,
      gracefulExit: false,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  let stopped = false;
  return {
    update: (done) => {
      if (!stopped) bar.update(done);
    },
    stop: () => {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}
