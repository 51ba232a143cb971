import { Command, CommanderError } from "commander";
import { cutEchoes, quote } from "../../engine/input/quote.js";
import { didYouMean, suggest } from "../../engine/model/suggest.js";
import { addNoCacheOption } from "./cache-option.js";
import { backtestCommand } from "./commands/backtest.js";
import { chartCommand } from "./commands/chart.js";
import { coverageCommand } from "./commands/coverage.js";
import { crosscheckCommand } from "./commands/crosscheck.js";
import { diffCommand } from "./commands/diff.js";
import { explainCommand } from "./commands/explain.js";
import { exportCommand } from "./commands/export.js";
import { forecastCommand } from "./commands/forecast.js";
import { historyCommand } from "./commands/history.js";
import { importCommand } from "./commands/import.js";
import { mapCommand } from "./commands/map.js";
import { playCommand } from "./commands/play.js";
import { replCommand } from "./commands/repl.js";
import { scenariosCommand } from "./commands/scenarios.js";
import { simulateCommand } from "./commands/simulate.js";
import { stateCommand } from "./commands/state.js";
import { timelineCommand } from "./commands/timeline.js";
import { validateCommand } from "./commands/validate.js";
import { whatifCommand } from "./commands/whatif.js";
import { EXIT, isBadInput, loadProblemLine } from "./errors.js";
import { checkWorkers } from "./options.js";
import type { Output } from "./output.js";

const COMMANDS = [
  scenariosCommand,
  timelineCommand,
  stateCommand,
  diffCommand,
  historyCommand,
  explainCommand,
  validateCommand,
  coverageCommand,
  importCommand,
  exportCommand,
  crosscheckCommand,
  whatifCommand,
  simulateCommand,
  forecastCommand,
  backtestCommand,
  chartCommand,
  playCommand,
  replCommand,
  mapCommand,
] as const;

/** The `sitrep` program: every command, its options and help. Errors throw instead of exiting. */
export function buildProgram(io: Output, version: string): Command {
  const program = new Command("sitrep")
    .description(
      "Replay documented campaign events into front and siege state at any moment, with provenance and uncertainty kept.",
    )
    .version(version, "-V, --version", "print the version")
    .option("--debug", "print stack traces of unexpected errors")
    .helpOption("-h, --help", "show help for a command")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: io.writeOut,
      writeErr: io.writeErr,
      outputError: (text, write) =>
        write(
          `sitrep: ${cutEchoes(
            text
              .replace(/^error: /, "")
              .trim()
              .replace(/\s*\n\s*/g, " "),
          )}\n`,
        ),
    })
    .addHelpText(
      "after",
      "\nEvery read command takes --json (one JSON document on stdout). A scenario is a built-in id or a path.\nExit codes: 0 ok, 1 unexpected failure, 2 bad input.",
    );
  for (const add of COMMANDS) add(program, io);
  addNoCacheOption(program);
  // One cap on --workers for every command that takes it, before the command starts any thread.
  program.hook("preAction", (_program, command) => {
    const workers: unknown = command.opts().workers;
    if (typeof workers === "number") checkWorkers(workers);
  });
  return program;
}

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code: 0 ok,
 * 2 bad input (one line on stderr), 1 unexpected failure (a stack trace only with `--debug`).
 */
export async function run(argv: readonly string[], given: Output, version: string): Promise<number> {
  const debug = argv.includes("--debug");
  // Every error line is cut where it echoes an over-long value, whichever module built it.
  const io: Output = { ...given, note: (line) => given.note(cutEchoes(line)) };
  try {
    const program = buildProgram(io, version);
    if (argv.length === 0) {
      // Bare `sitrep` asks what there is: the help, and a successful exit.
      program.outputHelp();
      return EXIT.ok;
    }
    const topic = argv[0] === "help" ? argv[1] : undefined;
    if (topic !== undefined && !topic.startsWith("-") && !isCommand(program, topic)) {
      io.note(unknownTopic(program, topic));
      return EXIT.badInput;
    }
    await program.parseAsync([...argv], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      // commander has printed its message (or the help) already
      return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (isBadInput(e)) {
      if (e.code === "scenario-invalid") {
        const { formatProblem } = await import("../../engine/scenario/problems.js");
        io.note(loadProblemLine(e.problems, formatProblem));
      } else io.note(e.message.replace(/\s*\n\s*/g, " "));
      if (debug && e.stack) io.writeErr(`${e.stack}\n`);
      return EXIT.badInput;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.note(
      `unexpected failure: ${err.message.replace(/\s*\n\s*/g, " ")}${debug ? "" : " (run again with --debug for details)"}`,
    );
    if (debug && err.stack) io.writeErr(`${err.stack}\n`);
    return EXIT.failure;
  }
}

function isCommand(program: Command, name: string): boolean {
  return program.commands.some((c) => c.name() === name || c.aliases().includes(name));
}

/** One line for `sitrep help <topic>` naming no command: the commands there are, and the closest. */
function unknownTopic(program: Command, topic: string): string {
  const names = program.commands.map((c) => c.name());
  return `no command ${quote(topic)}; commands are: ${names.join(", ")}${didYouMean(suggest(topic, names, 1))}`;
}
