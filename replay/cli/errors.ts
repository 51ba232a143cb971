import type { LoadProblem } from "../../engine/scenario/problems.js";

/** Bad input the CLI itself detects (an unknown event kind or side, a bad speed): exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  readonly code = "bad-input" as const;
}

/** Exit codes: 0 ok, 1 unexpected failure, 2 bad input. */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;

/** The engine's errors that mean the user's input was wrong, by name (so no engine module is loaded to test them). */
const BAD_INPUT = new Set([
  "UsageError",
  "ScenarioLoadError",
  "LookupError",
  "TimeError",
  "RuleViolationError",
  "EventInputError",
  "BranchEditError",
  "BranchViolationError",
  "ModelError",
  "ForecastError",
  "DatasetError",
]);

/** True for an error caused by what the user gave: exit 2, one line, no stack. */
export function isBadInput(e: unknown): e is Error {
  return e instanceof Error && BAD_INPUT.has(e.name);
}

/**
 * One line saying what went wrong with a scenario that cannot be loaded: its first problem,
 * and how many more `sitrep validate` would list.
 * @example
 * loadProblemLine(err.problems, formatProblem); // "my.json:3:5: at events[0].time: ... (and 2 more: run 'sitrep validate my.json')"
 */
export function loadProblemLine(problems: readonly LoadProblem[], format: (p: LoadProblem) => string): string {
  const first = problems[0];
  if (first === undefined) return "the scenario cannot be loaded";
  const text = first.line === null && first.path.length === 0 ? first.message : format(first);
  const more = problems.length - 1;
  return more > 0 ? `${text} (and ${more} more: run 'sitrep validate ${first.file}' to see every problem)` : text;
}
