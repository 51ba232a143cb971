import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { InputError } from "../engine/input/input-error.js";
import { readInputText, shownPath } from "../engine/input/read.js";
import { checkScenario, readScenarioText } from "../engine/scenario/load.js";
import { formatProblem, type LoadProblem, ScenarioLoadError, SourceMap } from "../engine/scenario/problems.js";
import { type Citation, checkQuotes, sourceTextPath } from "../engine/scenario/quotes.js";
import { checkTimeWordings } from "../engine/scenario/wordings.js";

/** What `sitrep validate` found. */
export interface Validation {
  readonly file: string;
  /** True when there is no problem (warnings alone leave it true). */
  readonly ok: boolean;
  readonly scenario: { readonly id: string; readonly title: string; readonly events: number } | null;
  /** Every problem: schema, references, times, order, documents, rules and (with sources) quotes. */
  readonly problems: readonly LoadProblem[];
  /** What loads but is likely wrong: events outside the span, (with sources) time wordings not in the text. */
  readonly warnings: readonly LoadProblem[];
  /** The checks that could not be made, and why. */
  readonly unchecked: readonly string[];
  /** Each problem, then each warning, as one line: `file:line:col: at path: message`, warnings marked `warning:`. */
  readonly lines: readonly string[];
}

/** A source text, read through the input checks; null when there is none to read (the caller says so). */
function readOrNull(path: string): string | null {
  try {
    return readInputText(path, "a source text (<document-id>.txt)").text;
  } catch (e) {
    if (e instanceof InputError && !existsSync(path)) return null;
    throw e;
  }
}

/** Quote and time-wording problems as load problems, located in the file. */
function sourceProblems(
  citations: readonly Citation[],
  file: string,
  text: string,
  sources: string,
): { problems: LoadProblem[]; warnings: LoadProblem[] } {
  const map = new SourceMap(text);
  const read = (id: string) => {
    const path = sourceTextPath(sources, id);
    return path === null ? null : readOrNull(path);
  };
  const at = (path: (string | number)[], message: string): LoadProblem => {
    const where = map.locate(path);
    return { file, path, line: where?.line ?? null, column: where?.column ?? null, message };
  };
  const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}...` : s);
  return {
    problems: checkQuotes(citations, read).map((q) =>
      at(
        q.section === "uncited" ? ["uncited", q.index, "quote"] : [q.section, q.index, "source", "quote"],
        `${q.message}${q.eventId ? ` (event '${q.eventId}')` : ""}: "${clip(q.quote)}"`,
      ),
    ),
    warnings: checkTimeWordings(citations, read).map((w) =>
      at([w.section, w.index, "time", "text"], `${w.message}${w.eventId ? ` (event '${w.eventId}')` : ""}`),
    ),
  };
}

/**
 * Checks a scenario file with every check at once (schema, catalogue references, times, order,
 * documents, span, rules) and, given a directory of source texts, every quote and time wording
 * against them. Each check runs on what the others left checkable; `unchecked` says what could
 * not be checked and why.
 * @example
 * const v = validateFile("my-scenario.json", "texts");
 * for (const l of v.lines) process.stderr.write(`${l}\n`);
 */
export function validateFile(path: string, sources?: string): Validation {
  const full = resolve(path);
  const file = shownPath(full);
  let text: string;
  try {
    text = readScenarioText(full);
  } catch (e) {
    if (!(e instanceof ScenarioLoadError)) throw e;
    const problems = e.problems.map((p) => ({ ...p, file }));
    return {
      file,
      ok: false,
      scenario: null,
      problems,
      warnings: [],
      unchecked: [],
      lines: problems.map(formatProblem),
    };
  }
  const r = checkScenario(text, file);
  const problems = [...r.problems];
  const warnings = [...r.warnings];
  if (sources !== undefined) {
    const s = sourceProblems(r.citations, file, text, sources);
    problems.push(...s.problems);
    warnings.push(...s.warnings);
  }
  const unchecked = [...r.unchecked];
  const s = r.scenario;
  return {
    file,
    ok: problems.length === 0,
    scenario: s === null ? null : { id: s.id, title: s.title, events: s.events.length },
    problems: sortByPlace(problems),
    warnings: sortByPlace(warnings),
    unchecked,
    lines: [...sortByPlace(problems).map(formatProblem), ...sortByPlace(warnings).map(formatWarning)],
  };
}

/** A warning as a problem's line with `warning:` after its place: `file:line:col: warning: at path: message`. */
function formatWarning(w: LoadProblem): string {
  const head = formatProblem({ ...w, path: [], message: "" }).trimEnd();
  return `${head} warning:${formatProblem(w).slice(head.length)}`;
}

/** Problems in file order (by line, then column; unlocated ones first), so a reader goes down the file once. */
function sortByPlace(problems: readonly LoadProblem[]): LoadProblem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
