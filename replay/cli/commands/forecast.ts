import type { Command } from "commander";
import { UsageError } from "../errors.js";
import { collect, DIR_HELP, NO_INFER_HELP, positiveInteger, WHEN_HELP, wholeNumber } from "../options.js";
import type { Output } from "../output.js";
import { asUsage, openTarget } from "../target.js";

interface Options {
  readonly from?: string;
  readonly until?: string;
  readonly runs?: number;
  readonly seed?: string;
  readonly workers?: number;
  readonly model?: string;
  readonly at: string[];
  readonly run?: number;
  readonly chart?: boolean;
  readonly json?: boolean;
  readonly dir: string[];
  readonly infer: boolean;
}

/** Loads `--model` (a forward model file), as one located line on bad input. */
export async function openForecastModel(file: string | undefined) {
  const { loadForecastModel, DEFAULT_FORECAST_MODEL } = await import("../../../engine/forecast/model.js");
  if (file === undefined) return DEFAULT_FORECAST_MODEL;
  try {
    return loadForecastModel(file);
  } catch (e) {
    return asUsage(e);
  }
}

/** The most worker threads a forecast takes. */

/** `sitrep forecast`: simulate forward from a moment and print the distribution of what comes next. */
export function forecastCommand(program: Command, io: Output): void {
  program
    .command("forecast")
    .description(
      "simulate forward from a moment of a scenario or branch, with a model fitted on what was known then, and print when each open front's objective and each active siege's end would come",
    )
    .argument("<target>", "a built-in scenario id, the path of a scenario .json file, or the path of a branch file")
    .option("--from <moment>", `where the forecast starts (required): ${WHEN_HELP}`)
    .option("--until <date>", "the horizon (required): the last day simulated, YYYY-MM-DD")
    .option("--runs <n>", "how many runs (1 to 1,000,000; required unless --run)", positiveInteger)
    .option("--seed <seed>", "the master seed (required): run i draws from '<seed>:<i>'")
    .option(
      "--workers <k>",
      "worker threads (0: this thread; default: the cores less one from 2000 runs on)",
      wholeNumber,
    )
    .option("--model <file>", "a forward model file ({ id, version, processes }); default: the built-in model")
    .option(
      "--at <date>",
      "also give each place's chance of being held by each side on this date (repeatable; default: the horizon)",
      collect,
      [],
    )
    .option("--run <i>", "print run i alone: every event it generated, in order", wholeNumber)
    .option("--chart", "draw each milestone's dates across runs as a histogram, a row a week")
    .option("--json", "print the forecast as one JSON document")
    .option("--dir <dir>", DIR_HELP, collect, [])
    .option("--no-infer", NO_INFER_HELP)
    .addHelpText(
      "after",
      `
The model is fitted only on events whose earliest time is at or before --from (and the other
built-in scenarios' events up to the same instant); everything after is simulated, and every
simulated event says so. The same seed gives the same result for any number of workers.

Examples:
  sitrep forecast central-syria-2017 --from 2017-08-20 --until 2017-10-31 --runs 2000 --seed 1
  sitrep forecast central-syria-2017 --from 2017-08-20 --until 2017-10-31 --runs 500 --seed 1 --chart
  sitrep forecast central-syria-2017 --from 2017-08-20 --until 2017-10-31 --seed 1 --run 3`,
    )
    .action(async (name: string, opts: Options) => {
      if (opts.from === undefined)
        throw new UsageError(`--from <moment> is required: where the forecast starts (${WHEN_HELP})`);
      if (opts.until === undefined)
        throw new UsageError("--until <date> is required: the last day to simulate (YYYY-MM-DD)");
      if (opts.seed === undefined)
        throw new UsageError(
          "--seed <seed> is required: every run draws from it, so the same seed gives the same result",
        );
      if (opts.run === undefined && opts.runs === undefined)
        throw new UsageError("--runs <n> is required: how many runs to simulate (e.g. --runs 1000)");
      const { MAX_RUNS, forecastPrepared, forecastRun } = await import("../../../engine/forecast/forecast.js");
      if (opts.runs !== undefined && opts.runs > MAX_RUNS)
        throw new UsageError(`--runs ${opts.runs} is more than ${MAX_RUNS.toLocaleString("en")}: give fewer runs`);
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
      const { availableParallelism } = await import("node:os");
      const workers = opts.workers ?? (runs >= 2000 ? Math.max(1, Math.min(8, availableParallelism() - 1)) : 0);
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
    });
}
