import { UsageError } from "../errors.js";
import { WHEN_HELP } from "../options.js";
import type { Output } from "../output.js";
import { openTarget } from "../target.js";
import { checkRuns, type ForecastRunOptions, openForecastModel, workersFor } from "./runs.js";

/** The options of `sitrep forecast`, as commander gives them. */
export interface ForecastOptions extends ForecastRunOptions {
  readonly at: string[];
  readonly run?: number;
  readonly chart?: boolean;
  readonly json?: boolean;
  readonly dir: string[];
  readonly infer: boolean;
}

/** `sitrep forecast`: simulates forward from `--from` to `--until` and prints when each milestone would come (or one run). */
export async function forecast(io: Output, name: string, opts: ForecastOptions): Promise<void> {
  if (opts.from === undefined)
    throw new UsageError(`--from <moment> is required: where the forecast starts (${WHEN_HELP})`);
  if (opts.until === undefined)
    throw new UsageError("--until <date> is required: the last day to simulate (YYYY-MM-DD)");
  if (opts.seed === undefined)
    throw new UsageError("--seed <seed> is required: every run draws from it, so the same seed gives the same result");
  if (opts.run === undefined && opts.runs === undefined)
    throw new UsageError("--runs <n> is required: how many runs to simulate (e.g. --runs 1000)");
  const { MAX_RUNS, forecastPrepared, forecastRun } = await import("../../../engine/forecast/forecast.js");
  checkRuns(opts.runs, MAX_RUNS);
  const t = await openTarget(name, opts.dir, { infer: opts.infer });
  const model = await openForecastModel(opts.model);
  const spec = {
    from: opts.from,
    until: opts.until,
    seed: opts.seed,
    model,
    ...(opts.at.length === 0 ? {} : { at: opts.at }),
  };
  const { namesOf } = await import("../../render/names.js");
  if (opts.run !== undefined) {
    const run = forecastRun(t.target, spec, opts.run);
    if (opts.json) {
      io.json({ scenario: t.scenario.id, seed: opts.seed, run: opts.run, events: run.events });
      return;
    }
    const { eventLine } = await import("../../render/event-line.js");
    const names = namesOf(t.scenario.catalogue);
    io.out(
      `run ${opts.run} of seed '${opts.seed}': ${run.events.length} simulated events from ${opts.from} to ${opts.until}`,
      ...run.events.map((e) => eventLine(e, names, io.colors)),
    );
    return;
  }
  const runs = opts.runs as number;
  const workers = workersFor(runs, opts.workers);
  const [{ interruptible }, { prepareForecast }, { recordedOutcomes }] = await Promise.all([
    import("../interruptible.js"),
    import("../../../engine/forecast/setup.js"),
    import("../../../engine/forecast/recorded.js"),
  ]);
  const prepared = prepareForecast(t.target, spec);
  const f = await interruptible(io, runs, (controls) => forecastPrepared(prepared, { runs, workers, ...controls }));
  if (f === null) return;
  const recorded = recordedOutcomes(prepared);
  const { forecastJson, renderForecast } = await import("../../render/forecast.js");
  if (opts.json) {
    io.json({
      target: t.branch === null ? t.scenario.id : `branch '${t.branch.name}'`,
      workers,
      ...(forecastJson(f, recorded) as object),
    });
    return;
  }
  io.out(
    ...renderForecast(
      f,
      {
        target: t.branch === null ? t.scenario.id : `branch '${t.branch.name}' of ${t.scenario.id}`,
        workers,
        recorded,
        chart: opts.chart === true,
      },
      namesOf(t.scenario.catalogue),
      io.colors,
    ),
  );
}
