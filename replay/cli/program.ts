import { Command, CommanderError } from "commander";
import { backtestCommand } from "./commands/backtest.js";
import { coverageCommand } from "./commands/coverage.js";
import { diffCommand } from "./commands/diff.js";
import { explainCommand } from "./commands/explain.js";
import { forecastCommand } from "./commands/forecast.js";
import { historyCommand } from "./commands/history.js";
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
  whatifCommand,
  simulateCommand,
  forecastCommand,
  backtestCommand,
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
          `sitrep: ${text
            .replace(/^error: /, "")
            .trim()
            .replace(/\s*\n\s*/g, " ")}\n`,
        ),
    })
    .addHelpText(
      "after",
      "\nEvery read command takes --json (one JSON document on stdout). A scenario is a built-in id or a path.\nExit codes: 0 ok, 1 unexpected failure, 2 bad input.",
    );
  for (const add of COMMANDS) add(program, io);
  return program;
}

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code: 0 ok,
 * 2 bad input (one line on stderr), 1 unexpected failure (a stack trace only with `--debug`).
 */
export async function run(argv: readonly string[], io: Output, version: string): Promise<number> {
  const debug = argv.includes("--debug");
  try {
    await buildProgram(io, version).parseAsync([...argv], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      // commander has printed its message (or the help) already
      return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (isBadInput(e)) {
      if (e.name === "ScenarioLoadError") {
        const { formatProblem } = await import("../../engine/scenario/problems.js");
        io.note(loadProblemLine((e as unknown as { problems: never[] }).problems, formatProblem));
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
