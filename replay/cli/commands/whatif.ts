import type { Command } from "commander";
import {
  collect,
  DIR_HELP,
  NO_INFER_HELP,
  positiveInteger,
  SCENARIO_HELP,
  WHEN_HELP,
  wholeNumber,
} from "../options.js";
import type { Output } from "../output.js";
import type { Tagged, WhatIfOptions } from "../run/whatif.js";

let seq = 0;
const tagged = (value: string, prior: readonly Tagged[]): Tagged[] => [...prior, { seq: seq++, value }];

/** `sitrep whatif`: what a branch of a scenario loses, and how its history departs from the base. */
export function whatifCommand(program: Command, io: Output): void {
  program
    .command("whatif")
    .description(
      "replay a what-if branch of a scenario: the events that lose their footing (and the edit each traces to), and how it differs from the base",
    )
    .argument("[scenario]", `${SCENARIO_HELP}, or the path of a branch file (as --branch)`)
    .option("--drop <id>", "remove this event (repeatable)", tagged, [])
    .option(
      "--insert <file>",
      "add the event(s) of a JSON file, one event or an array, placed by their own time unless --after/--before (repeatable)",
      tagged,
      [],
    )
    .option("--after <id>", "put the inserted events right after this event, one after the other in file order")
    .option("--before <id>", "put the inserted events right before this event, in file order")
    .option("--replace <id>=<file>", "put the event of a JSON file in the place of event <id> (repeatable)", tagged, [])
    .option(
      "--branch <file>",
      "run a branch file ({ name, note, base, edits }) instead of a scenario; edit flags given too apply after its edits",
    )
    .option("--at <time>", `compare with the base at this moment (default: the end): ${WHEN_HELP}`)
    .option("--strict", "fail on the first event that loses its footing: one line on stderr, exit 2")
    .option("--chart <file>", "also draw places held per side over time, the branch against its base, as an SVG")
    .option("--json", "print { scenario, branch, consequences, comparison } as one JSON document")
    .option(
      "--forecast",
      "simulate forward from the branch point (the end of the day before the first edited event) and print, per milestone, the date the base records and the branch's forecast",
    )
    .option("--until <date>", "with --forecast: the horizon, YYYY-MM-DD (default: the end of the span)")
    .option("--from <moment>", `with --forecast: start here instead of the branch point: ${WHEN_HELP}`)
    .option("--runs <n>", "with --forecast: how many runs (1 to 1,000,000; default 1000)", positiveInteger)
    .option("--seed <seed>", "with --forecast (required): the master seed; run i draws from '<seed>:<i>'")
    .option(
      "--workers <k>",
      "with --forecast: worker threads (0: this thread; default: the cores less one from 2000 runs on)",
      wholeNumber,
    )
    .option("--model <file>", "with --forecast: a forward model file; default: the built-in model")
    .option("--dir <dir>", DIR_HELP, collect, [])
    .option("--no-infer", NO_INFER_HELP)
    .addHelpText(
      "after",
      `
Edits apply in the order given on the command line, each to the log as the earlier ones left it.
An inserted event goes in time order by its own time, unless --after or --before places it.
An event that no longer holds (it breaks a rule, or depends on an event that is gone) is a
consequence, not an error: the command exits 0 and lists it with the edit it traces to.

Examples:
  sitrep whatif central-syria-2017 --drop cs-0905-link-up-137th
  sitrep whatif central-syria-2017 --drop cs-0905-link-up-137th --at 2017-09-06 --json
  sitrep whatif central-syria-2017 --insert ./assault.json --after cs-0904-al-shulah
  sitrep whatif central-syria-2017 --replace cs-0905-siege-broken=./repelled.json --strict
  sitrep whatif --branch ./no-link-up.branch.json
  sitrep whatif ./no-link-up.branch.json --forecast --until 2017-10-31 --runs 1000 --seed 1

With --forecast, both logs are simulated forward from the latest moment they agree on (the end
of the day before the first event an edit touches), with a model fitted on what was known then;
each milestone open there in the branch (an open front's objective, an active siege's end) is
printed with the date the base's log records it, the branch's median date, 50% and 90% intervals
and the share of runs beyond the horizon. The same seed gives the same result.`,
    )
    .action(async (given: string | undefined, opts: WhatIfOptions) =>
      (await import("../run/whatif.js")).whatif(io, given, opts),
    );
}
