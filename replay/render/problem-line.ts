import type { Problem } from "../../engine/errors/sitrep-error.js";
import { formatProblem } from "../../engine/scenario/problems.js";

/**
 * One line for the problems of a file that is not a scenario (a branch, model or event file):
 * the first, at its file:line:col, and how many more.
 * @example
 * problemLine(err.problems); // "x.json:3:5: at time: ... (and 1 more problem in x.json)"
 */
export function problemLine(problems: readonly Problem[]): string {
  const first = problems[0];
  if (first === undefined) return "the file cannot be read";
  const more = problems.length - 1;
  const where = first.file === null ? "" : ` in ${first.file}`;
  return `${formatProblem(first)}${more > 0 ? ` (and ${more} more problem${more === 1 ? "" : "s"}${where})` : ""}`;
}
