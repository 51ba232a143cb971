/**
 * Simulation benchmark: 10,000 runs of central-syria-2017 with its uncertain quantities
 * sampled, against one plain replay of the scenario (the cost of a run should be at most twice
 * that of a replay), and one worker thread against two (two should give at least 1.7 times the
 * throughput). `benchSimulate()` is what the benchmark runner calls; `tsx bench/simulate.ts`
 * runs it alone and prints the numbers.
 */
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { loadScenario, replay, type Scenario, SimulationPool } from "../engine/index.js";
import { simulate } from "../engine/sim/simulate.js";
import { median } from "./measure.js";

/** Options of `benchSimulate`. */
export interface SimulateBenchOptions {
  readonly scenario?: string;
  readonly runs?: number;
  readonly seed?: string;
  /** Timed plain replays whose median is the baseline. */
  readonly replays?: number;
}

/** What `benchSimulate` measured. */
export interface SimulateBenchResult {
  readonly scenario: string;
  readonly events: number;
  readonly runs: number;
  /** Median time of one plain replay (µs). */
  readonly replayUs: number;
  /** Wall time per run of a whole simulation in this thread, setup and merge included (µs). */
  readonly runUs: number;
  /** runUs / replayUs; target <= 2. */
  readonly runToReplay: number;
  /** Runs per second with one worker thread, and with two (worker start-up included). */
  readonly oneWorkerRunsPerSec: number;
  readonly twoWorkersRunsPerSec: number;
  /** twoWorkers / oneWorker; target >= 1.7. */
  readonly twoWorkerSpeedup: number;
  /**
   * The same ratio once the workers are running: runs per second from the first progress report
   * past a quarter of the runs to the end, two workers over one. Worker start-up (thread,
   * module loading, JIT warm-up) is left out here and counted in `twoWorkerSpeedup`.
   */
  readonly twoWorkerSteadySpeedup: number;
  /**
   * Runs per second of a second call on a `SimulationPool` of two workers, timed whole: the
   * threads are already started, as they are for every call but the first.
   */
  readonly warmPoolRunsPerSec: number;
  /** That call's speed over one worker started for its call (start-up included). */
  readonly warmPoolSpeedup: number;
  /** Milliseconds until the first results come back from the workers (start-up), one and two. */
  readonly workerStartMs: { readonly one: number; readonly two: number };
  /** Available CPUs: two workers cannot beat one on a single free core. */
  readonly cpus: number;
  /** The two worker counts gave the same distributions (they must). */
  readonly identical: boolean;
}

async function timedAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/**
 * Measures the simulation of a scenario against its plain replay, and one worker against two.
 * @example
 * const r = await benchSimulate({ runs: 10_000 });
 * r.runToReplay <= 2 && r.twoWorkerSpeedup >= 1.7;
 */
/** A simulation on `workers` threads, timed whole and from its progress reports. */
async function pooled(s: Scenario, runs: number, seed: string, workers: number, pool?: SimulationPool) {
  const marks: { done: number; ms: number }[] = [];
  const t0 = performance.now();
  const value = await simulate(s, {
    runs,
    seed,
    workers,
    ...(pool === undefined ? {} : { pool }),
    onProgress: (done) => marks.push({ done, ms: performance.now() - t0 }),
  });
  const ms = performance.now() - t0;
  const from = marks.find((m) => m.done >= runs / 4) ?? { done: 0, ms: 0 };
  const last = marks[marks.length - 1] ?? { done: runs, ms };
  const steadyRunsPerSec = (last.done - from.done) / Math.max(1e-9, (last.ms - from.ms) / 1000);
  return { ms, value, steadyRunsPerSec, firstMs: marks[0]?.ms ?? ms };
}

export async function benchSimulate(options: SimulateBenchOptions = {}): Promise<SimulateBenchResult> {
  const id = options.scenario ?? "central-syria-2017";
  const runs = options.runs ?? 10_000;
  const seed = options.seed ?? "sitrep-bench-sim-1";
  const s = loadScenario(id);
  const replays = options.replays ?? 2000;
  for (let i = 0; i < 500; i++) replay(s.initial, s.events);
  const times: number[] = [];
  for (let i = 0; i < replays; i++) {
    const t0 = performance.now();
    replay(s.initial, s.events);
    times.push(performance.now() - t0);
  }
  const replayUs = median(times) * 1000;
  await simulate(s, { runs: Math.min(runs, 500), seed: `${seed}-warm-up`, workers: 0 });
  const here = await timedAsync(() => simulate(s, { runs, seed, workers: 0 }));
  const one = await pooled(s, runs, seed, 1);
  const two = await pooled(s, runs, seed, 2);
  const pool = new SimulationPool({ workers: 2 });
  await pooled(s, Math.min(runs, 500), `${seed}-pool-start`, 2, pool);
  const warm = await pooled(s, runs, seed, 2, pool);
  await pool.close();
  const runUs = (here.ms * 1000) / runs;
  return {
    scenario: id,
    events: s.events.length,
    runs,
    replayUs,
    runUs,
    runToReplay: runUs / replayUs,
    oneWorkerRunsPerSec: runs / (one.ms / 1000),
    twoWorkersRunsPerSec: runs / (two.ms / 1000),
    twoWorkerSpeedup: one.ms / two.ms,
    twoWorkerSteadySpeedup: two.steadyRunsPerSec / one.steadyRunsPerSec,
    warmPoolRunsPerSec: runs / (warm.ms / 1000),
    warmPoolSpeedup: one.ms / warm.ms,
    workerStartMs: { one: one.firstMs, two: two.firstMs },
    cpus: availableParallelism(),
    identical:
      JSON.stringify(one.value) === JSON.stringify(two.value) &&
      JSON.stringify(one.value) === JSON.stringify(warm.value) &&
      JSON.stringify(one.value) === JSON.stringify(here.value),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchSimulate();
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
}
