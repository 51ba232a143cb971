import {
  type ErrorKind,
  isSitrepError,
  type Problem,
  SitrepError,
  type SitrepErrorOptions,
} from "../../engine/errors/sitrep-error.js";
import { quote } from "../../engine/input/quote.js";

/** Bad input the CLI itself detects (an unknown event kind or side, a bad speed): exit code 2. */
export class UsageError extends SitrepError<"bad-input", "bad-input"> {
  override readonly name = "UsageError";
  constructor(message: string, options?: SitrepErrorOptions) {
    super("bad-input", "bad-input", message, options);
  }
}

/** Exit codes: 0 ok, 1 unexpected failure, 2 bad input. */
export const EXIT = { ok: 0, failure: 1, badInput: 2 } as const;

/** The exit code of each kind of sitrep error: the one table the CLI decides by. */
export const EXIT_OF_KIND: Readonly<Record<ErrorKind, number>> = {
  "bad-input": EXIT.badInput,
  "rule-broken": EXIT.badInput,
  "not-found": EXIT.badInput,
  internal: EXIT.failure,
};

/** True for an error caused by what the user gave: exit 2, one line, no stack. */
export function isBadInput(e: unknown): e is SitrepError {
  return isSitrepError(e) && EXIT_OF_KIND[e.kind] === EXIT.badInput;
}

/**
 * One line saying what went wrong with a scenario that cannot be loaded: its first problem,
 * and how many more `sitrep validate` would list.
 * @example
 * loadProblemLine(err.problems, formatProblem); // "my.json:3:5: at events[0].time: ... (and 2 more: run 'sitrep validate my.json')"
 */
export function loadProblemLine(problems: readonly Problem[], format: (p: Problem) => string): string {
  const first = problems[0];
  if (first === undefined) return "the scenario cannot be loaded";
  // The file is named unless the message names it already ("no scenario 'x': ...").
  const text =
    first.line === null &&
    first.path.length === 0 &&
    (first.file === null || first.message.includes(first.file) || first.message.includes(quote(first.file)))
      ? first.message
      : format(first);
  const more = problems.length - 1;
  if (first.file === null) return more === 0 ? text : `${text} (and ${more} more)`;
  // One problem inside the file (a rule, a field): validate may find more the load stopped before.
  if (more === 0)
    return first.path.length === 0 ? text : `${text} (run 'sitrep validate ${first.file}' to see every problem)`;
  return `${text} (and ${more} more: run 'sitrep validate ${first.file}' to see every problem)`;
}
