/**
 * Forecast benchmark, against baselines measured in the same run:
 * - one forward run of central-syria-2017 from 2017-08-20 to 2017-10-31 against one plain
 *   replay of the whole scenario (target: at most 3×);
 * - 2,000 runs on two worker threads against one (target: at least 1.7× the throughput);
 * - a full weekly backtest of central-syria-2017 with 1,000 runs per origin on this machine's
 *   cores (target: under a minute).
 * `benchForecast()` is what the benchmark runner calls; `tsx bench/forecast.ts` runs it alone.
 */
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { forwardRun } from "../engine/forecast/run.js";
import { backtest, ForecastPool, forecast, loadScenario, prepareForecast, replay } from "../engine/index.js";
import { median } from "./measure.js";

/** Options of `benchForecast`. */
export interface ForecastBenchOptions {
  readonly runs?: number;
  readonly backtestRuns?: number;
  readonly seed?: string;
}

/** What `benchForecast` measured. */
export interface ForecastBenchResult {
  /** Median of one plain replay of the whole scenario, and of one forward run (µs). */
  readonly replayUs: number;
  readonly runUs: number;
  /** runUs / replayUs; target <= 3. */
  readonly runToReplay: number;
  readonly runs: number;
  /** Runs per second of `forecast` on one worker thread and on two, start-up included, and their ratio; target >= 1.7. */
  readonly oneWorkerRunsPerSec: number;
  readonly twoWorkersRunsPerSec: number;
  readonly twoWorkerSpeedup: number;
  /** The same on warm pools (threads started and warmed by a first call); target >= 1.7. */
  readonly warmOneWorkerRunsPerSec: number;
  readonly warmTwoWorkersRunsPerSec: number;
  readonly twoWorkerWarmSpeedup: number;
  /** Runs per second between the first and last progress reports (the threads' own rate, fitting and merging left out), two over one. */
  readonly twoWorkerSteadySpeedup: number;
  /** The two gave the same forecast (they must). */
  readonly identical: boolean;
  /** The weekly backtest: origins, runs per origin, seconds, and its pooled skill and 90% coverage. */
  readonly backtest: {
    readonly origins: number;
    readonly runs: number;
    readonly workers: number;
    readonly seconds: number;
    readonly skill: number | null;
    readonly coverage90: number | null;
  } | null;
  readonly cpus: number;
}

const FROM = "2017-08-20";
const UNTIL = "2017-10-31";

/** Measures forecasting: a run against a replay, two workers against one, a whole backtest. */
export async function benchForecast(options: ForecastBenchOptions = {}): Promise<ForecastBenchResult> {
  const seed = options.seed ?? "sitrep-bench-1";
  const runs = options.runs ?? 2000;
  const scenario = loadScenario("central-syria-2017");
  const prepared = prepareForecast(scenario, { from: FROM, until: UNTIL, seed });
  // Warm both paths, then alternate them in rounds so load on the machine hits both alike.
  for (let i = 0; i < 200; i++) {
    replay(scenario.initial, scenario.events);
    forwardRun(prepared.setup, prepared.processes, i);
  }
  const replays: number[] = [];
  const runsUs: number[] = [];
  for (let round = 0; round < 15; round++) {
    let t0 = performance.now();
    for (let i = 0; i < 40; i++) replay(scenario.initial, scenario.events);
    replays.push(((performance.now() - t0) / 40) * 1000);
    t0 = performance.now();
    for (let i = 0; i < 40; i++) forwardRun(prepared.setup, prepared.processes, round * 40 + i);
    runsUs.push(((performance.now() - t0) / 40) * 1000);
  }
  const replayUs = median(replays);
  const runUs = median(runsUs);

  const spec = { from: FROM, until: UNTIL, runs, seed };
  let t0 = performance.now();
  const one = await forecast(scenario, { ...spec, workers: 1 });
  const oneMs = performance.now() - t0;
  t0 = performance.now();
  const two = await forecast(scenario, { ...spec, workers: 2 });
  const twoMs = performance.now() - t0;
  const same =
    JSON.stringify(one.milestones.map((m) => Array.from(m.samples))) ===
    JSON.stringify(two.milestones.map((m) => Array.from(m.samples)));

  // Throughput once the threads are running: a warm pool of one against a warm pool of two, each
  // warmed by a first call, then timed on the same 2,000 runs (start-up is the pool's, paid once).
  // Three rounds, alternating, on pools kept warm throughout; the medians are reported.
  const timedCall = async (pool: ForecastPool, workers: number) => {
    const marks: { done: number; ms: number }[] = [];
    const t = performance.now();
    await forecast(scenario, {
      ...spec,
      workers,
      workerPool: pool,
      onProgress: (done) => marks.push({ done, ms: performance.now() }),
    });
    const total = performance.now() - t;
    // Runs per ms between the first progress report and the last: the threads' own rate.
    const first = marks[0];
    const last = marks.at(-1);
    const steady =
      first !== undefined && last !== undefined && last.ms > first.ms
        ? (last.done - first.done) / (last.ms - first.ms)
        : Number.NaN;
    return { total, steady };
  };
  const pools = [new ForecastPool({ workers: 1 }), new ForecastPool({ workers: 2 })] as const;
  const rounds: { one: { total: number; steady: number }; two: { total: number; steady: number } }[] = [];
  try {
    for (const [k, pool] of pools.entries())
      await forecast(scenario, { ...spec, runs: 400, seed: `${seed}:warm`, workers: k + 1, workerPool: pool });
    for (let round = 0; round < 3; round++)
      rounds.push({ one: await timedCall(pools[0], 1), two: await timedCall(pools[1], 2) });
  } finally {
    await Promise.all(pools.map((p) => p.close()));
  }
  const warmOne = { total: median(rounds.map((r) => r.one.total)) };
  const warmTwo = { total: median(rounds.map((r) => r.two.total)) };
  const warmRatio = median(rounds.map((r) => r.one.total / r.two.total));
  const steadyRatio = median(rounds.map((r) => r.two.steady / r.one.steady));

  let bt: ForecastBenchResult["backtest"] = null;
  const btRuns = options.backtestRuns ?? 1000;
  if (btRuns > 0) {
    const workers = Math.max(1, Math.min(2, availableParallelism()));
    t0 = performance.now();
    const b = await backtest([scenario], { runs: btRuns, seed, workers });
    bt = {
      origins: b.origins.length,
      runs: btRuns,
      workers,
      seconds: (performance.now() - t0) / 1000,
      skill: b.pooled.skill,
      coverage90: b.pooled.model?.coverage90 ?? null,
    };
  }
  return {
    replayUs,
    runUs,
    runToReplay: runUs / replayUs,
    runs,
    oneWorkerRunsPerSec: runs / (oneMs / 1000),
    twoWorkersRunsPerSec: runs / (twoMs / 1000),
    twoWorkerSpeedup: oneMs / twoMs,
    warmOneWorkerRunsPerSec: runs / (warmOne.total / 1000),
    warmTwoWorkersRunsPerSec: runs / (warmTwo.total / 1000),
    twoWorkerWarmSpeedup: warmRatio,
    twoWorkerSteadySpeedup: steadyRatio,
    identical: same,
    backtest: bt,
    cpus: availableParallelism(),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const r = await benchForecast();
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
}
