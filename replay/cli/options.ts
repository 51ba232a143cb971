import { availableParallelism } from "node:os";
import { type Command, InvalidArgumentError } from "commander";
import { UsageError } from "./errors.js";

/** Collects a repeatable option's values. */
export function collect(value: string, prior: readonly string[]): string[] {
  return [...prior, value];
}

/** Collects a repeatable option whose values may also be comma-separated. */
export function collectList(value: string, prior: readonly string[]): string[] {
  return [
    ...prior,
    ...value
      .split(",")
      .map((x) => x.trim())
      .filter((x) => x !== ""),
  ];
}

/** A positive number option (e.g. `--speed 2`). */
export function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new InvalidArgumentError(`expected a positive number such as 2, got '${value}'`);
  return n;
}

/** Help text of the `--dir` option every scenario command takes. */
export const DIR_HELP = "also look for scenario ids in this directory (repeatable)";

/** Help text of the `--no-infer` option of the commands that show control. */
export const NO_INFER_HELP =
  "show only what the texts state: no holdings inferred from captures that say whom a place was taken from";

/** Help text of `--no-cache`. */
export const NO_CACHE_HELP =
  "read and check a scenario file in full instead of its compiled copy in the cache ($SITREP_CACHE_DIR, else $XDG_CACHE_HOME/sitrep, else ~/.cache/sitrep)";

/** Help text of the `<scenario>` argument. */
export const SCENARIO_HELP = "a built-in scenario id (see 'sitrep scenarios') or the path of a scenario .json file";

/** Help text of a moment option. */
export const WHEN_HELP =
  "a date YYYY-MM-DD (the end of that day in the scenario's zone), a local time YYYY-MM-DDTHH:mm, an ISO time with offset, or an event id (just after that event)";

/** Help text of `--at` where it may be left out: a moment, by default the end of the span. */
export const AT_HELP = `${WHEN_HELP} (default: the end of the span, said on stderr)`;

/** A whole number >= 1 (`--runs`). */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError(`expected a whole number of at least 1, such as 1000, got '${value}'`);
  return n;
}

/** A whole number >= 0 (`--workers`, `--run`). */
export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n))
    throw new InvalidArgumentError(`expected a whole number such as 0 or 4, got '${value}'`);
  return n;
}

/** Worker threads allowed per core: more only adds memory and switching, never speed. */
export const WORKERS_PER_CORE = 4;

/** The environment variable that sets another cap on `--workers`. */
export const MAX_WORKERS_ENV = "SITREP_MAX_WORKERS";

/** The most worker threads a command may start: `SITREP_MAX_WORKERS` when set, else 4 × the cores. */
export function maxWorkers(env: NodeJS.ProcessEnv = process.env, cores: number = availableParallelism()): number {
  const raw = env[MAX_WORKERS_ENV];
  if (raw !== undefined && raw.trim() !== "") {
    const n = Number(raw);
    if (!/^\s*\d+\s*$/.test(raw) || !Number.isSafeInteger(n) || n < 1)
      throw new UsageError(`${MAX_WORKERS_ENV} must be a whole number of at least 1, got '${raw.slice(0, 40)}'`);
    return n;
  }
  return WORKERS_PER_CORE * cores;
}

/**
 * Refuses a `--workers` count above the cap (see `maxWorkers`), for every command that takes
 * the option. Throws `UsageError` (exit 2) saying the cap and how to raise it.
 */
export function checkWorkers(
  workers: number,
  env: NodeJS.ProcessEnv = process.env,
  cores: number = availableParallelism(),
): void {
  const max = maxWorkers(env, cores);
  if (workers <= max) return;
  const why = env[MAX_WORKERS_ENV]?.trim()
    ? `${MAX_WORKERS_ENV}=${max}`
    : `${WORKERS_PER_CORE} × the ${cores} cores of this machine`;
  throw new UsageError(
    `--workers ${workers} is more than ${max} (${why}): give at most ${max}, or 0 to run in this thread; ${MAX_WORKERS_ENV}=<n> raises the cap`,
  );
}

/** The options `endScenarioCommand` adds, as commander parses them (`infer` where asked). */
export interface ScenarioOptions {
  readonly dir: string[];
  readonly infer: boolean;
}

/** The options of a command that shows a moment (`--at`, see `AT_HELP`) in a format of its own (`--format`). */
export interface MomentOptions extends ScenarioOptions {
  readonly at?: string;
  readonly format?: string;
}

/** What a scenario command takes after its own options, and the help after them. */
export interface ScenarioCommandEnd {
  /** Adds `--no-infer` (commands that show control). */
  readonly infer?: boolean;
  /** What to know, before the examples. */
  readonly notes?: string;
  readonly examples: readonly string[];
}

/**
 * Ends a scenario command the one way every such command ends: `--dir` (and `--no-infer`,
 * `--no-cache` where asked), then the help's notes and examples, each example on a line of its own.
 */
export function endScenarioCommand(command: Command, end: ScenarioCommandEnd): Command {
  command.option("--dir <dir>", DIR_HELP, collect, []);
  if (end.infer === true) command.option("--no-infer", NO_INFER_HELP);
  const notes = end.notes === undefined ? "" : `\n${end.notes}\n`;
  const label = end.examples.length === 1 ? "Example" : "Examples";
  return command.addHelpText("after", `${notes}\n${label}:\n${end.examples.map((e) => `  ${e}`).join("\n")}`);
}
