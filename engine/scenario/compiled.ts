import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCatalogue } from "../catalogue/catalogue.js";
import type { ActorEntry, PlaceEntry, SideEntry } from "../catalogue/schema.js";
import { deepFreeze } from "../model/deep-freeze.js";
import { sha256 } from "../model/sha256.js";
import { packageRoot, scenariosDir } from "../paths.js";
import { markRulesChecked } from "./checked.js";
import { inferHoldings, withInferred } from "./infer.js";
import type { LoadOptions } from "./load.js";
import type { Scenario } from "./scenario.js";
import { seededState } from "./seeded.js";

/**
 * A built-in scenario as the loader left it (checked, times resolved), stored at build time so
 * that opening it needs neither schema validation nor time-zone arithmetic. It records a hash of
 * every file it came from and is used only while they are unchanged.
 */
export interface CompiledScenario {
  readonly format: 1;
  /** SHA-256 of each source file, by path relative to the package root. */
  readonly sources: Readonly<Record<string, string>>;
  /** Without what loading derives (`initial`, `inferred`): restoring derives it as the options ask. */
  readonly scenario: Omit<Scenario, "catalogue" | "initial" | "inferred">;
  readonly catalogue: {
    readonly sides: readonly SideEntry[];
    readonly places: readonly PlaceEntry[];
    readonly actors: readonly ActorEntry[];
  };
}

/** The files a built-in scenario is made from: its own file and the shared catalogue. */
export function builtInSources(id: string): string[] {
  return [join(scenariosDir(), `${id}.json`), ...catalogueSources()];
}

/** The shared catalogue's files, in order. */
export function catalogueSources(): string[] {
  const catalogue = join(scenariosDir(), "catalogue");
  return readdirSync(catalogue)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => join(catalogue, f));
}

/** SHA-256 of each file, by path relative to the package root. */
export function hashFiles(files: readonly string[]): Record<string, string> {
  const root = packageRoot();
  const out: Record<string, string> = {};
  for (const f of files) out[f.slice(root.length + 1)] = sha256(readFileSync(f));
  return out;
}

/** Where the compiled form of a built-in scenario is kept. */
export function compiledPath(id: string): string {
  return join(packageRoot(), "dist", "scenarios", `${id}.compiled.json`);
}

/** The compiled form of a loaded scenario. */
export function compileScenario(scenario: Scenario, sources: Readonly<Record<string, string>>): CompiledScenario {
  const { catalogue, initial: _initial, inferred: _inferred, ...rest } = scenario;
  return {
    format: 1,
    sources,
    scenario: rest,
    catalogue: { sides: catalogue.sides, places: catalogue.places, actors: catalogue.actors },
  };
}

/**
 * A scenario from its compiled form: the catalogue rebuilt, the initial facts replayed and,
 * unless `infer` is false, the holdings inferred (as `loadScenarioFile` does).
 */
export function restoreScenario(compiled: CompiledScenario, options: Pick<LoadOptions, "infer"> = {}): Scenario {
  const built = buildCatalogue(compiled.catalogue);
  if (!built.success) throw new Error(`compiled scenario '${compiled.scenario.id}' has a broken catalogue`);
  const start = seededState({ ...compiled.scenario, catalogue: built.data });
  const inferred = (options.infer ?? true) ? inferHoldings(start, compiled.scenario.events) : [];
  const initial = withInferred(start, inferred);
  // Compiled only from scenarios loaded with every rule checked.
  // The compiled parts are plain data (deeply frozen here); the catalogue and states freeze themselves.
  const { events, initialEvents, documents, uncited, span, ...rest } = compiled.scenario;
  const plain = deepFreeze({ events, initialEvents, documents, uncited, span, inferred });
  return markRulesChecked(Object.freeze({ ...rest, ...plain, catalogue: built.data, initial }));
}

/**
 * A built-in scenario from its compiled form, or null when there is none or any of its source
 * files changed since it was compiled (then load the file itself).
 */
export function compiledBuiltIn(id: string, options: Pick<LoadOptions, "infer"> = {}): Scenario | null {
  const file = compiledPath(id);
  if (!existsSync(file) || !existsSync(join(scenariosDir(), `${id}.json`))) return null;
  const compiled = JSON.parse(readFileSync(file, "utf8")) as CompiledScenario;
  return isFresh(compiled, hashFiles(builtInSources(id))) ? restoreScenario(compiled, options) : null;
}

/** True when a compiled scenario was made from exactly these files as they are now. */
export function isFresh(compiled: CompiledScenario, now: Readonly<Record<string, string>>): boolean {
  const then = compiled.sources;
  return (
    compiled.format === 1 &&
    Object.keys(now).length === Object.keys(then).length &&
    Object.entries(now).every(([f, h]) => then[f] === h)
  );
}
