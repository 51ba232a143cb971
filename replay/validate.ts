import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { loadScenarioFile } from "../engine/scenario/load.js";
import { formatProblem, type LoadProblem, ScenarioLoadError, SourceMap } from "../engine/scenario/problems.js";
import { checkQuotes } from "../engine/scenario/quotes.js";
import type { Scenario } from "../engine/scenario/scenario.js";

/** What `sitrep validate` found. */
export interface Validation {
  readonly file: string;
  readonly ok: boolean;
  readonly scenario: { readonly id: string; readonly title: string; readonly events: number } | null;
  readonly problems: readonly LoadProblem[];
  /** Each problem as one line: `file:line:col: at path: message`. */
  readonly lines: readonly string[];
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

/** Quote problems as load problems, located in the file. */
function quoteProblems(scenario: Scenario, file: string, text: string, sources: string): LoadProblem[] {
  const map = new SourceMap(text);
  return checkQuotes(scenario, (id) => readOrNull(join(sources, `${id}.txt`))).map((q) => {
    const path = q.section === "uncited" ? ["uncited", q.index, "quote"] : [q.section, q.index, "source", "quote"];
    const at = map.locate(path);
    return {
      file,
      path,
      line: at?.line ?? null,
      column: at?.column ?? null,
      message: `${q.message}${q.eventId ? ` (event '${q.eventId}')` : ""}: "${q.quote.length > 80 ? `${q.quote.slice(0, 77)}...` : q.quote}"`,
    };
  });
}

/**
 * Loads a scenario file with every check (schema, catalogue references, times, order, rules)
 * and, given a directory of source texts, checks every quote against them.
 * @example
 * validateFile("my-scenario.json", "texts").lines.forEach((l) => process.stderr.write(`${l}\n`));
 */
export function validateFile(path: string, sources?: string): Validation {
  const full = resolve(path);
  const file = relative(process.cwd(), full) || full;
  let problems: LoadProblem[] = [];
  let scenario: Scenario | null = null;
  try {
    scenario = loadScenarioFile(full);
  } catch (e) {
    if (!(e instanceof ScenarioLoadError)) throw e;
    problems = [...e.problems];
  }
  if (scenario !== null && sources !== undefined) {
    problems = quoteProblems(scenario, file, readFileSync(full, "utf8"), sources);
  }
  return {
    file,
    ok: problems.length === 0,
    scenario: scenario === null ? null : { id: scenario.id, title: scenario.title, events: scenario.events.length },
    problems,
    lines: problems.map(formatProblem),
  };
}
