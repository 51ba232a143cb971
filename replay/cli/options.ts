import { InvalidArgumentError } from "commander";

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
  "a date YYYY-MM-DD (the end of that day in the scenario's zone), a local time YYYY-MM-DDTHH:mm, an ISO time with offset, or an event id";

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
