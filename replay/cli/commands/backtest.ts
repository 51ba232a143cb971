import type { Command } from "commander";
import type { Scenario } from "../../../engine/scenario/scenario.js";
import { UsageError } from "../errors.js";
import { collect, collectList, DIR_HELP, positiveInteger, wholeNumber } from "../options.js";
import type { Output } from "../output.js";

interface Options {
  readonly origins: string[];
  readonly from?: string;
  readonly to?: string;
  readonly horizon?: number;
  readonly runs: number;
  readonly seed?: string;
  readonly workers?: number;
  readonly model?: string;
  readonly cases?: boolean;
  readonly json?: boolean;
  readonly dir: string[];
}

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** `sitrep backtest`: forecast from rolling origins and score the forecasts against what the log records. */
export function backtestCommand(program: Command, io: Output): void {
  program
    .command("backtest")
    .description(
      "forecast from rolling origins across one or more scenarios and score each forecast against what the log records next, beside no-change, straight-line and historical baselines",
    )
    .argument("<scenarios...>", "built-in scenario ids or scenario .json paths (scores are pooled over all)")
    .option(
      "--origins <dates>",
      "'weekly' (default), 'monthly' or dates YYYY-MM-DD to forecast from (comma-separated or repeated)",
      collectList,
      [],
    )
    .option("--from <date>", "with 'weekly' or 'monthly': the first date an origin may fall on (YYYY-MM-DD)")
    .option("--to <date>", "with 'weekly' or 'monthly': the last date an origin may fall on (YYYY-MM-DD)")
    .option(
      "--horizon <days>",
      "days each forecast looks ahead (default 30; cut short where a span ends)",
      positiveInteger,
    )
    .option("--runs <n>", "runs per origin (default 1000)", positiveInteger, 1000)
    .option("--seed <seed>", "the master seed (required): the evaluation is the same for a seed")
    .option("--workers <k>", "worker threads per forecast (0: this thread)", wholeNumber)
    .option("--model <file>", "a forward model file; default: the built-in model")
    .option("--cases", "list every case (origin, milestone, recorded date, scores), not only the pooled scores")
    .option("--json", "print every case and the pooled scores as one JSON document")
    .option("--dir <dir>", DIR_HELP, collect, [])
    .addHelpText(
      "after",
      `
Scores: CRPS in days (a run where a milestone does not come by the horizon counts at the horizon),
coverage of the 50% and 90% intervals, a PIT histogram and the log score of "within the horizon";
skill = 1 - CRPS(model) / CRPS(best baseline). Deaths: each side's deaths reported within the
horizon, CRPS in deaths, beside zero, persistence (the horizon before the origin) and historical
(the last 12 such windows) baselines.

Examples:
  sitrep backtest central-syria-2017 --runs 1000 --seed 1
  sitrep backtest central-syria-2017 deir-ez-zor-2017-01 anbar-2015 --runs 500 --seed 1 --cases
  sitrep backtest central-syria-2017 --origins 2017-08-20,2017-09-01 --horizon 20 --runs 300 --seed 1 --json
  sitrep backtest iraq.json --origins monthly --from 2014-01-01 --to 2017-12-31 --runs 500 --seed 1`,
    )
    .action(async (names: string[], opts: Options) => {
      if (opts.seed === undefined)
        throw new UsageError("--seed <seed> is required: every forecast draws from it, so a seed gives one evaluation");
      const rolling = opts.origins.length === 1 && (opts.origins[0] === "weekly" || opts.origins[0] === "monthly");
      const origins =
        opts.origins.length === 0 ? "weekly" : rolling ? (opts.origins[0] as "weekly" | "monthly") : opts.origins;
      if (typeof origins !== "string") {
        const bad = origins.find((o) => !isDate(o));
        if (bad !== undefined)
          throw new UsageError(`--origins: '${bad}' is not a date: give 'weekly', 'monthly' or dates YYYY-MM-DD`);
        if (opts.from !== undefined || opts.to !== undefined)
          throw new UsageError(
            "--from and --to bound rolling origins: give them with --origins weekly or monthly, or list the dates",
          );
      }
      for (const [name, v] of [
        ["--from", opts.from],
        ["--to", opts.to],
      ] as const)
        if (v !== undefined && !isDate(v)) throw new UsageError(`${name}: '${v}' is not a date: give YYYY-MM-DD`);
      if (opts.from !== undefined && opts.to !== undefined && opts.to < opts.from)
        throw new UsageError(`--to ${opts.to} is before --from ${opts.from}: give a later --to`);
      if (opts.runs > 100_000)
        throw new UsageError(`--runs ${opts.runs} is more than 100,000 per origin: give fewer runs`);
      const { openScenario } = await import("../scenario.js");
      const scenarios: Scenario[] = [];
      for (const n of names) scenarios.push(await openScenario(n, opts.dir));
      const { openForecastModel } = await import("../run/runs.js");
      const model = await openForecastModel(opts.model);
      const { backtest } = await import("../../../engine/forecast/backtest.js");
      const { interruptible } = await import("../interruptible.js");
      const seed = opts.seed;
      const b = await interruptible(
        io,
        null,
        (controls) =>
          backtest(scenarios, {
            origins,
            ...(opts.from === undefined ? {} : { originsFrom: opts.from }),
            ...(opts.to === undefined ? {} : { originsTo: opts.to }),
            ...(opts.horizon === undefined ? {} : { horizonDays: opts.horizon }),
            runs: opts.runs,
            seed,
            model,
            ...(opts.workers === undefined ? {} : { workers: opts.workers }),
            signal: controls.signal,
            onProgress: controls.onProgress,
          }),
        // A bar from the second origin on: each forecast takes its runs' time.
        { verb: "backtesting", unit: "origins", from: 2 },
      );
      if (b === null) return;
      if (opts.json) {
        io.json(b);
        return;
      }
      const { renderBacktest } = await import("../../render/backtest.js");
      const catalogues = new Map(scenarios.map((s) => [s.id, s.catalogue]));
      io.out(
        ...renderBacktest(
          b,
          io.colors,
          opts.cases === true,
          (scenario, side) => catalogues.get(scenario)?.side(side)?.name ?? side,
        ),
      );
    });
}
