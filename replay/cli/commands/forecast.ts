import type { Command } from "commander";
import { collect, DIR_HELP, NO_INFER_HELP, positiveInteger, WHEN_HELP, wholeNumber } from "../options.js";
import type { Output } from "../output.js";
import type { ForecastOptions } from "../run/forecast.js";

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
    .action(async (name: string, opts: ForecastOptions) =>
      (await import("../run/forecast.js")).forecast(io, name, opts),
    );
}
