import { dirname, isAbsolute, resolve } from "node:path";
import type { z } from "zod";
import { refsOf } from "../events/create.js";
import { InputError } from "../input/input-error.js";
import { readInputText } from "../input/read.js";
import { issueMessage, issuePath } from "../input/zod-issues.js";
import { loadScenario } from "../scenario/builtin.js";
import { parseJson } from "../scenario/catalogue-files.js";
import { type LoadProblem, ScenarioLoadError, SourceMap } from "../scenario/problems.js";
import type { Scenario } from "../scenario/scenario.js";
import { applyCompiled, BranchEditError, compileEdits } from "./apply.js";
import { type Branch, branchInput, EDIT_OPS, type Edit } from "./branch.js";

const TIME_FIELDS = new Set(["at", "to"]);
/** Where a branch file's fields are written down. */
const BRANCH_FIELDS = "the edits of docs/whatif.md";

/**
 * A zod issue of a branch or model file as one sentence; `fields` says where the file's fields
 * are written down, for an unknown one.
 */
export function editIssueMessage(issue: z.core.$ZodIssue, fields?: string): string {
  const last = issue.path[issue.path.length - 1];
  if (issue.code === "invalid_union" && issue.discriminator === "op") {
    return `unknown or missing edit op: expected one of ${EDIT_OPS.join(", ")}`;
  }
  if (issue.code === "invalid_union" && typeof last === "string" && TIME_FIELDS.has(last)) {
    return `'${last}' matches no time form: write it as in a scenario file, e.g. { "text": "on 6 September", "date": "2017-09-06" }`;
  }
  return issueMessage(issue, fields);
}

/**
 * Reads a JSON file (a `what`: "branch", "model") through the input checks (a regular file within
 * the size limit, UTF-8), or throws `ScenarioLoadError` with the one problem that it cannot be read.
 */
export function readText(path: string, what: string): { text: string; shown: string } {
  try {
    return readInputText(path, `a ${what} JSON file`);
  } catch (e) {
    if (e instanceof InputError) throw new ScenarioLoadError([e.problem]);
    throw e;
  }
}

/**
 * Checks JSON text against a schema, reporting each issue at its line and column; `fields` says
 * where the file's fields are written down (a misspelt field is pointed there), by default a
 * scenario's JSON Schema.
 */
export function parseWith<T>(
  schema: z.ZodType<T>,
  text: string,
  file: string,
  fields?: string,
): { success: true; data: T; json: unknown; map: SourceMap } | { success: false; problems: LoadProblem[] } {
  const json = parseJson(text, file);
  // The first syntax error only: the ones after it are mostly its echoes.
  if (!json.ok) return { success: false, problems: json.problems.slice(0, 1) };
  const map = new SourceMap(text);
  const r = schema.safeParse(json.value, { reportInput: true });
  if (r.success) return { success: true, data: r.data, json: json.value, map };
  return {
    success: false,
    problems: r.error.issues.map((issue) => {
      const path = issuePath(issue);
      const at = map.locate(path);
      return {
        file,
        path,
        line: at?.line ?? null,
        column: at?.column ?? null,
        message: editIssueMessage(issue, fields),
      };
    }),
  };
}

/**
 * Parses a branch from JSON text: checks its shape like a scenario file, each problem with its
 * line and column. Edits are not checked against the base here (see `loadBranch`).
 * @example
 * const r = parseBranch(text, "no-link-up.branch.json");
 * if (r.success) r.data.edits.length;
 */
export function parseBranch(
  text: string,
  file: string,
):
  | { readonly success: true; readonly data: Branch }
  | { readonly success: false; readonly problems: readonly LoadProblem[] } {
  const r = parseWith(branchInput, text, file, BRANCH_FIELDS);
  if (!r.success) return r;
  const raw = r.json as { edits: Edit[] };
  return { success: true, data: { name: r.data.name, note: r.data.note, base: r.data.base, edits: raw.edits } };
}

/**
 * Checks every edit of a branch against its base scenario: targets exist, new ids are new,
 * events are valid and name catalogued places and actors. Returns the problems, located in
 * `text` when given.
 */
export function checkBranch(branch: Branch, scenario: Scenario, file: string, text?: string): LoadProblem[] {
  const map = text === undefined ? null : new SourceMap(text);
  const problems: LoadProblem[] = [];
  const report = (path: (string | number)[], message: string) => {
    const at = map?.locate(path) ?? null;
    problems.push({ file, path, line: at?.line ?? null, column: at?.column ?? null, message });
  };
  const zone = scenario.timeZone;
  for (const [i, edit] of branch.edits.entries()) {
    try {
      const [c] = compileEdits([edit], zone, i);
      if (c === undefined) continue;
      if ((c.op === "insert" || c.op === "replace") && c.event !== undefined) {
        const field = c.op === "insert" ? "event" : "with";
        // An id named in a field is also listed in `places`/`actors`: report it once, at its field.
        const refs = new Map(refsOf(c.event).map((r) => [`${r.kind}:${r.id}`, r]));
        for (const ref of refs.values()) {
          const known =
            ref.kind === "place"
              ? scenario.catalogue.place(ref.id)
              : ref.kind === "actor"
                ? scenario.catalogue.actor(ref.id)
                : scenario.catalogue.side(ref.id);
          if (known === undefined) {
            const hint = ref.kind === "place" ? scenario.catalogue.findPlace(ref.id)?.id : undefined;
            report(
              ["edits", i, field, ...ref.path],
              `unknown ${ref.kind} '${ref.id}'${hint === undefined ? ": use a catalogued id" : `: use the id '${hint}'`}`,
            );
          }
        }
      }
    } catch (e) {
      if (e instanceof BranchEditError) report(["edits", i, e.field], e.reason);
      else throw e;
    }
  }
  if (problems.length > 0) return problems;
  // Each edit against the log as the earlier ones left it; an edit that fails is reported and skipped.
  let log = scenario.events;
  for (const c of compileEdits(branch.edits, zone)) {
    try {
      log = applyCompiled(log, [c], zone).events;
    } catch (e) {
      if (e instanceof BranchEditError) report(["edits", e.editIndex, e.field], e.reason);
      else throw e;
    }
  }
  return problems;
}

/**
 * Reads a branch file and its base scenario (a built-in id, the id of a scenario in one of
 * `options.dirs`, or a path relative to the branch file), and checks every edit against that
 * scenario. Throws `ScenarioLoadError` with every problem, each at its line and column.
 * @example
 * const { branch, scenario } = loadBranch("what-if/no-link-up.branch.json");
 * replayBranch(scenario, branch).consequences;
 */
export function loadBranch(
  path: string,
  options: { readonly dirs?: readonly string[]; readonly infer?: boolean } = {},
): { readonly branch: Branch; readonly scenario: Scenario } {
  const { text, shown } = readText(path, "branch");
  const r = parseBranch(text, shown);
  if (!r.success) throw new ScenarioLoadError(r.problems);
  const branch = r.data;
  const looksLikePath = branch.base.endsWith(".json") || branch.base.includes("/") || branch.base.includes("\\");
  const base = looksLikePath && !isAbsolute(branch.base) ? resolve(dirname(path), branch.base) : branch.base;
  let scenario: Scenario;
  try {
    scenario = loadScenario(base, {
      ...(options.dirs === undefined ? {} : { dirs: options.dirs }),
      ...(options.infer === undefined ? {} : { infer: options.infer }),
    });
  } catch (e) {
    if (!(e instanceof ScenarioLoadError)) throw e;
    const at = new SourceMap(text).locate(["base"]);
    throw new ScenarioLoadError([
      {
        file: shown,
        path: ["base"],
        line: at?.line ?? null,
        column: at?.column ?? null,
        message: `the base scenario cannot be loaded: ${e.problems.map((p) => p.message).join("; ")}`,
      },
    ]);
  }
  const problems = checkBranch(branch, scenario, shown, text);
  if (problems.length > 0) throw new ScenarioLoadError(problems);
  return { branch, scenario };
}

/**
 * A branch as the text of a branch file, which `loadBranch` reads back as the same branch.
 * @example
 * writeFileSync("no-link-up.branch.json", formatBranch(b));
 */
export function formatBranch(branch: Branch): string {
  return `${JSON.stringify({ name: branch.name, note: branch.note, base: branch.base, edits: branch.edits }, null, 2)}\n`;
}
