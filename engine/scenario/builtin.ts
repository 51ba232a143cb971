import { existsSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { InputError } from "../input/input-error.js";
import { quote } from "../input/quote.js";
import { readJsonInput } from "../input/read.js";
import { suggest } from "../model/suggest.js";
import { scenariosDir } from "../paths.js";
import { type LoadOptions, loadScenarioFile } from "./load.js";
import { ScenarioLoadError } from "./problems.js";
import type { Scenario } from "./scenario.js";

/** A scenario found on disk, before it is loaded. */
export interface ScenarioEntry {
  readonly id: string;
  readonly title: string;
  readonly span: { readonly start: string; readonly end: string };
  readonly events: number;
  readonly file: string;
  readonly builtIn: boolean;
}

/**
 * Scenario files in a directory: `*.json` files with an `id` and `events` (catalogues and schemas
 * are skipped). A `*.json` that cannot be taken as input (a FIFO, a directory, a file over the
 * size limit) is skipped too, and `onSkip` is told why in one line.
 */
export function findScenarios(dir: string, builtIn = false, onSkip?: (line: string) => void): ScenarioEntry[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const out: ScenarioEntry[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith(".json"))
    .sort()) {
    const file = join(dir, f);
    let text: string;
    try {
      text = readJsonInput(file, "a scenario JSON file").text;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      onSkip?.(`skipped ${e.message}`);
      continue;
    }
    try {
      const j = JSON.parse(text) as {
        id?: unknown;
        title?: unknown;
        span?: { start?: unknown; end?: unknown };
        events?: unknown;
      };
      if (typeof j.id !== "string" || !Array.isArray(j.events)) continue;
      out.push({
        id: j.id,
        title: typeof j.title === "string" ? j.title : j.id,
        span: { start: String(j.span?.start ?? "?"), end: String(j.span?.end ?? "?") },
        events: j.events.length,
        file,
        builtIn,
      });
    } catch {
      // not a scenario file; `sitrep validate` reports on files named explicitly
    }
  }
  return out;
}

/** The scenarios that ship with sitrep. */
export function builtInScenarios(): ScenarioEntry[] {
  return findScenarios(scenariosDir(), true);
}

/**
 * Loads a scenario named by built-in id (`central-syria-2017`) or by path to a JSON file.
 * Throws `ScenarioLoadError` naming the known ids when neither matches.
 * @example
 * const s = loadScenario("central-syria-2017");
 * const mine = loadScenario("./my-scenario.json");
 */
export function loadScenario(
  idOrPath: string,
  options: LoadOptions & { readonly dirs?: readonly string[] } = {},
): Scenario {
  const looksLikePath =
    idOrPath.endsWith(".json") || idOrPath.includes("/") || idOrPath.includes("\\") || isAbsolute(idOrPath);
  if (looksLikePath) return loadScenarioFile(resolve(idOrPath), options);
  const known = [...builtInScenarios(), ...(options.dirs ?? []).flatMap((d) => findScenarios(d))];
  const hit = known.find((s) => s.id === idOrPath);
  if (hit !== undefined) return loadScenarioFile(hit.file, options);
  const close = suggest(
    idOrPath,
    known.map((s) => s.id),
    1,
  );
  throw new ScenarioLoadError([
    {
      file: idOrPath,
      path: [],
      line: null,
      column: null,
      message: `no scenario ${quote(idOrPath)}: give a built-in id (${known.map((s) => s.id).join(", ") || "none found"}) or the path of a scenario .json file${close[0] ? `; closest: '${close[0]}'` : ""}`,
    },
  ]);
}
