import type { Scenario } from "../../../engine/scenario/scenario.js";
import type { Branch } from "../../../engine/whatif/branch.js";
import { UsageError } from "../errors.js";
import type { Output } from "../output.js";
import type { ForecastRunOptions } from "./runs.js";

/** The options of `sitrep whatif` that `--forecast` reads. */
export interface WhatIfForecastOptions extends ForecastRunOptions {
  readonly forecast?: boolean;
  readonly at?: string;
  readonly strict?: boolean;
  readonly json?: boolean;
}

/** Runs when `--runs` is not given. */
const DEFAULT_RUNS = 1000;
/** Checks the forecast flags before anything is loaded: each wrong combination is one line, exit 2. */
export function checkForecastFlags(opts: WhatIfForecastOptions): void {
  if (opts.forecast !== true) {
    const given = (["from", "until", "runs", "seed", "workers", "model"] as const).find((k) => opts[k] !== undefined);
    if (given !== undefined)
      throw new UsageError(`--${given} is for a forecast: give --forecast too, or leave --${given} out`);
    return;
  }
  if (opts.at !== undefined)
    throw new UsageError(
      "--at compares the branch with the base at a moment; with --forecast, give the horizon with --until",
    );
  if (opts.strict === true)
    throw new UsageError(
      "--strict replays the branch event by event; a forecast refuses a branch that breaks a rule before its origin anyway: leave --strict out",
    );
  if (opts.seed === undefined)
    throw new UsageError(
      "--seed <seed> is required with --forecast: every run draws from it, so the same seed gives the same result (e.g. --seed 1)",
    );
}

/**
 * `sitrep whatif ... --forecast`: simulates forward from the branch point (or `--from`) to
 * `--until` (default the end of the scenario's span) and prints, per milestone, the date the
 * base records and the branch's forecast.
 */
export async function whatIfForecast(
  io: Output,
  scenario: Scenario,
  branch: Branch,
  edits: readonly string[],
  opts: WhatIfForecastOptions,
): Promise<void> {
  const [{ MAX_RUNS }, { forecastBranch }, { checkRuns, openForecastModel, workersFor }, { interruptible }] =
    await Promise.all([
      import("../../../engine/forecast/forecast.js"),
      import("../../../engine/forecast/whatif.js"),
      import("./runs.js"),
      import("../interruptible.js"),
    ]);
  const runs = opts.runs ?? DEFAULT_RUNS;
  checkRuns(runs, MAX_RUNS);
  const model = await openForecastModel(opts.model);
  const workers = workersFor(runs, opts.workers);
  const f = await interruptible(io, runs, (controls) =>
    forecastBranch(
      { scenario, branch },
      {
        until: opts.until ?? scenario.span.end,
        runs,
        seed: opts.seed as string,
        workers,
        model,
        ...(opts.from === undefined ? {} : { from: opts.from }),
        ...controls,
      },
    ),
  );
  if (f === null) return;
  const { renderWhatIfForecast, whatIfForecastJson } = await import("../../render/whatif-forecast.js");
  if (opts.json) {
    io.json({
      branch: { name: branch.name, note: branch.note, base: branch.base, edits: branch.edits },
      workers,
      ...(whatIfForecastJson(f) as object),
    });
    return;
  }
  const { namesOf } = await import("../../render/names.js");
  io.out(...renderWhatIfForecast(f, { edits, workers }, namesOf(scenario.catalogue), io.colors));
}
