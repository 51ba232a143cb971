import type { Command } from "commander";
import { collect, DIR_HELP, NO_INFER_HELP, positiveInteger, WHEN_HELP, wholeNumber } from "../options.js";
import type { Output } from "../output.js";
import { POOL_FROM_RUNS } from "../run/runs.js";
import type { SimulateOptions } from "../run/simulate.js";

/** `sitrep simulate`: run a scenario or branch many times and print the distributions. */
export function simulateCommand(program: Command, io: Output): void {
  program
    .command("simulate")
    .description(
      "run a scenario or a branch many times, drawing its uncertain quantities and the model's choices, and print the probabilities of each outcome",
    )
    .argument("<target>", "a built-in scenario id, the path of a scenario .json file, or the path of a branch file")
    .option("--runs <n>", "how many runs (a whole number >= 1; required unless --run)", positiveInteger)
    .option("--seed <seed>", "the master seed (required): run i draws from '<seed>:<i>', so a seed gives one result")
    .option(
      "--model <file>",
      "a simulation model file ({ quantities, choices }); without it, uncertain quantities are sampled",
    )
    .option(
      "--workers <k>",
      `worker threads (0: this thread; default: up to 8 from ${POOL_FROM_RUNS} runs on, else 0); the result is the same for any number`,
      wholeNumber,
    )
    .option(
      "--at <time>",
      `a moment to measure at (repeatable; default: the end of the span): ${WHEN_HELP}`,
      collect,
      [],
    )
    .option(
      "--place <name>",
      "show this place (id, name or alias) in the text whether or not its outcome varies (repeatable)",
      collect,
      [],
    )
    .option("--run <i>", "re-create run i alone (no simulation); with --export", wholeNumber)
    .option("--export <file>", "with --run: write that run's event log as a scenario file, which any command replays")
    .option(
      "--chart <file>",
      "also draw front distances and casualties across runs (5-95%, 25-75%, median) over the --at moments as an SVG",
    )
    .option("--json", "print the distributions, with { seed, runs, workers }, as one JSON document")
    .option("--dir <dir>", DIR_HELP, collect, [])
    .option("--no-infer", NO_INFER_HELP)
    .addHelpText(
      "after",
      `
Text output: per place, the probability of each controller at each moment (only the places
whose controller varies, unless --place names some), per siege the probability of each status,
quantiles of killed per side and claimant and of front distances, the choices drawn and the
events that lost their footing. A progress bar goes to stderr on a terminal from 1000 runs
(SITREP_FORCE_PROGRESS=1 forces progress lines, 0 turns them off). Ctrl-C stops the runs
cleanly: one line says how many finished, exit code 130.

Examples:
  sitrep simulate central-syria-2017 --runs 2000 --seed 1 --at 2017-09-06
  sitrep simulate central-syria-2017 --runs 500 --seed s1 --model ./ghan-al-ali.model.json --place "Ghan al-Ali"
  sitrep simulate ./no-link-up.branch.json --runs 1000 --seed 7 --workers 4 --json
  sitrep simulate central-syria-2017 --seed 1 --run 3 --export run-3.json && sitrep state run-3.json --at 2017-09-06`,
    )
    .action(async (name: string, opts: SimulateOptions) =>
      (await import("../run/simulate.js")).simulate(io, name, opts),
    );
}
