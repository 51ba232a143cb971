/** Timing, statistics and heap measurement for the benchmark. */

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../engine/paths.js";

/** The `gc` function node exposes with `--expose-gc`, if it does. */
export function exposedGc(): (() => void) | undefined {
  return (globalThis as { gc?: () => void }).gc;
}

/**
 * Bytes in use after a full collection: V8 heap plus memory outside it (array buffers such as
 * the timeline's Float64Array). Two collections, so objects freed by the first (weak
 * references, finalisers) are gone before measuring.
 */
export function heapBytes(): number {
  const gc = exposedGc();
  if (gc === undefined) throw new Error("run node with --expose-gc to measure memory");
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

/** Collects garbage left by earlier steps, so it is not charged to the next timed step. */
export function settle(): void {
  exposedGc()?.();
}

/** Milliseconds `fn` takes, and its result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

export function median(xs: readonly number[]): number {
  return percentile(xs, 50);
}

/** The p-th percentile by nearest rank (p in 0..100). */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/**
 * Milliseconds a whole `node <args>` process takes, from spawn to exit (stdout dropped); throws
 * with its stderr when it fails.
 */
export function timeNode(args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", env });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`'node ${args.join(" ")}' failed (${r.status}): ${r.stderr}`);
  return ms;
}

/** The built CLI's entry point; throws, saying to build, when it is not there. */
export function builtCli(): string {
  const cli = join(packageRoot(), "dist", "replay", "cli", "main.js");
  if (!existsSync(cli)) throw new Error("the CLI is not built: run `npm run build` first");
  return cli;
}

/**
 * The median whole-process times of a baseline and a measured node command, run alternately
 * `repeats` times each after one warm-up run of each, so both see the same machine.
 */
export function alternately(
  baseline: readonly string[],
  measured: readonly string[],
  repeats: number,
): { readonly baselineMs: number; readonly measuredMs: number } {
  timeNode(baseline);
  timeNode(measured);
  const base: number[] = [];
  const meas: number[] = [];
  for (let i = 0; i < repeats; i++) {
    base.push(timeNode(baseline));
    meas.push(timeNode(measured));
  }
  return { baselineMs: median(base), measuredMs: median(meas) };
}
