import { readdirSync } from "node:fs";
import { join } from "node:path";
import { type ParseError, parse, printParseErrorCode } from "jsonc-parser";
import { buildCatalogue, type Catalogue } from "../catalogue/catalogue.js";
import { type CatalogueFile, catalogueFileInput } from "../catalogue/schema.js";
import { checkJsonDepth } from "../input/depth.js";
import { InputError } from "../input/input-error.js";
import { inputLimits } from "../input/limits.js";
import { readInputText } from "../input/read.js";
import { issueMessage, issuePath } from "../input/zod-issues.js";
import { scenariosDir } from "../paths.js";
import { type LoadProblem, ScenarioLoadError, SourceMap } from "./problems.js";

const NOT_JSON = "the file is not valid JSON";

/**
 * Parses JSON text, or returns the syntax problems with their lines and `why` nothing more can be
 * checked. Text nested deeper than the depth limit (`inputLimits().maxDepth`) is refused before
 * anything recursive runs on it.
 */
export function parseJson(
  text: string,
  file: string,
  maxDepth: number = inputLimits().maxDepth,
): { ok: true; value: unknown } | { ok: false; problems: LoadProblem[]; why: string } {
  try {
    checkJsonDepth(text, file, maxDepth);
  } catch (e) {
    if (e instanceof InputError)
      return { ok: false, problems: [e.problem], why: "the file is nested too deeply to be parsed" };
    throw e;
  }
  let reason: string;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    reason = (e as Error).message; // JSON.parse does not always say where; the slower parser below does
  }
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  const map = new SourceMap(text);
  if (errors.length === 0) {
    return {
      ok: false,
      problems: [{ file, path: [], line: null, column: null, message: `not valid JSON: ${reason}` }],
      why: NOT_JSON,
    };
  }
  return {
    ok: false,
    problems: errors.map((e) => {
      const at = map.position(e.offset);
      return {
        file,
        path: [],
        line: at.line,
        column: at.column,
        message: `not valid JSON: ${printParseErrorCode(e.error)}; fix the syntax at this point`,
      };
    }),
    why: NOT_JSON,
  };
}

/** Reads catalogue files (sides, places, actors), reporting every problem of every file. */
export function readCatalogueFiles(files: readonly string[]): { parts: CatalogueFile[]; problems: LoadProblem[] } {
  const parts: CatalogueFile[] = [];
  const problems: LoadProblem[] = [];
  for (const file of files) {
    let text: string;
    let shown: string;
    try {
      ({ text, shown } = readInputText(file, "a catalogue JSON file"));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(e.problem);
      continue;
    }
    const json = parseJson(text, shown);
    if (!json.ok) {
      problems.push(...json.problems);
      continue;
    }
    const r = catalogueFileInput.safeParse(json.value, { reportInput: true });
    if (r.success) {
      parts.push(r.data);
      continue;
    }
    const map = new SourceMap(text);
    for (const issue of r.error.issues) {
      const path = issuePath(issue);
      const at = map.locate(path);
      problems.push({
        file: shown,
        path,
        line: at?.line ?? null,
        column: at?.column ?? null,
        message: issueMessage(issue),
      });
    }
  }
  return { parts, problems };
}

/** Joins catalogue parts into one catalogue, or throws with every problem. */
export function joinCatalogue(parts: readonly CatalogueFile[], file: string): Catalogue {
  const r = buildCatalogue({
    sides: parts.flatMap((p) => p.sides),
    places: parts.flatMap((p) => p.places),
    actors: parts.flatMap((p) => p.actors),
  });
  if (r.success) return r.data;
  throw new ScenarioLoadError(
    r.problems.map((p) => ({ file, path: p.path.split("/"), line: null, column: null, message: p.message })),
  );
}

let builtIn: { parts: CatalogueFile[]; catalogue: Catalogue } | undefined;

/** The shared catalogue of the built-in scenarios (`scenarios/catalogue/*.json`), read once. */
export function builtInCatalogue(): { parts: readonly CatalogueFile[]; catalogue: Catalogue } {
  if (builtIn !== undefined) return builtIn;
  const dir = join(scenariosDir(), "catalogue");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => join(dir, f));
  const { parts, problems } = readCatalogueFiles(files);
  if (problems.length > 0) throw new ScenarioLoadError(problems);
  builtIn = { parts, catalogue: joinCatalogue(parts, dir) };
  return builtIn;
}
