import { shownPath } from "../input/read.js";
import { type InputCheck, readJsonLines } from "../input/stream-events.js";
import { checkScenarioValue, type LoadOptions, type ScenarioCheck } from "./load.js";
import { type LoadProblem, ScenarioLoadError } from "./problems.js";
import type { Scenario } from "./scenario.js";

/** Options of `loadNdjsonScenarioFile`: the loader's, and how the file is read. */
export interface NdjsonLoadOptions extends LoadOptions {
  /** Told how many bytes of how many are read (for a progress bar). */
  readonly onProgress?: (read: number, total: number) => void;
  /** The checks a file goes through before it is read (regular file, size). */
  readonly check?: InputCheck;
}

/**
 * Checks a scenario written as NDJSON: a first line holding every field of the scenario but
 * `events` (id, title, timeZone, span, documents, catalogue, initial, uncited), then one event a
 * line, in order. The file is read a chunk at a time, never as one string, so it may be larger
 * than a JSON text can be. The checks are those of `checkScenario`; a problem names the line of
 * the event it is in.
 * @example
 * const r = checkNdjsonScenario("ucdp-iraq.ndjson");
 */
export function checkNdjsonScenario(path: string, options: NdjsonLoadOptions = {}): ScenarioCheck {
  const file = shownPath(path);
  const none = (problems: LoadProblem[], why: string): ScenarioCheck => ({
    scenario: null,
    problems,
    warnings: [],
    unchecked: [`nothing else checked: ${why}`],
    citations: [],
  });
  const read = readJsonLines(path, {
    ...(options.check === undefined ? {} : { check: options.check }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  if (read.bad.length > 0)
    return none(
      read.bad.map((b) => ({
        file,
        path: [],
        line: b.line,
        column: null,
        message: `line ${b.line} is not one JSON value (${b.message}): write one event a line, each on a single line`,
      })),
      "some lines are not JSON",
    );
  const [head, ...rest] = read.values;
  const header = head?.value;
  const isEvent = (v: object) => "type" in v && "time" in v;
  if (typeof header !== "object" || header === null || Array.isArray(header) || "events" in header || isEvent(header)) {
    return none(
      [
        {
          file,
          path: [],
          line: head?.line ?? 1,
          column: null,
          message:
            "the first line must be a JSON object with the scenario's fields but 'events' (id, title, timeZone, span, documents, ...); each event follows on a line of its own",
        },
      ],
      "the first line is not the scenario's fields",
    );
  }
  const lines = Int32Array.from(rest, (v) => v.line);
  // The holder is the only reference to the values from here: the loader lets them go once read.
  const holder: { value: unknown } = { value: { ...header, events: rest.map((v) => v.value) } };
  read.values.length = 0;
  rest.length = 0;
  return checkScenarioValue(holder, file, options, (at) =>
    at[0] === "events" && typeof at[1] === "number"
      ? { line: lines[at[1]] ?? (head?.line as number), column: null }
      : { line: head?.line as number, column: null },
  );
}

/** Reads and checks a scenario's NDJSON file; throws `ScenarioLoadError` with every problem. */
export function loadNdjsonScenarioFile(path: string, options: NdjsonLoadOptions = {}): Scenario {
  const r = checkNdjsonScenario(path, options);
  if (r.scenario === null) throw new ScenarioLoadError(r.problems);
  return r.scenario;
}
