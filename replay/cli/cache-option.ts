import type { Command } from "commander";
import { NO_CACHE_HELP } from "./options.js";

// `--no-cache` for every command that opens a scenario, in one place: each such command (the
// ones that take `--dir`) gets the option, and the command being run says whether it was given.
// `openScenario` reads it, so no command passes it on by hand.

let turnedOff = false;

/** Whether the command being run was given `--no-cache`. */
export function cacheTurnedOff(): boolean {
  return turnedOff;
}

/**
 * Adds `--no-cache` to every command of `program` that opens a scenario and lacks it, and notes
 * before each command runs whether it was given.
 */
export function addNoCacheOption(program: Command): void {
  for (const command of program.commands) {
    const has = (flag: string) => command.options.some((o) => o.long === flag);
    if (has("--dir") && !has("--no-cache")) command.option("--no-cache", NO_CACHE_HELP);
  }
  program.hook("preAction", (_program, command) => {
    turnedOff = command.opts().cache === false;
  });
}
