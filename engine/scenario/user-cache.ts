import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, relative } from "node:path";
import { shownPath } from "../input/read.js";
import { packageRoot, scenariosDir } from "../paths.js";
import { markRulesChecked } from "./checked.js";
import { type CompiledScenario, catalogueSources, compileScenario, restoreScenario } from "./compiled.js";
import { type LoadOptions, parseScenario, readScenarioText } from "./load.js";
import { ScenarioLoadError } from "./problems.js";
import type { Scenario } from "./scenario.js";

// The compiled form of a user's scenario file, kept in a cache directory so that asking the same
// file again skips the schema, the time arithmetic and the rule checks. An entry is named by the
// SHA-256 of the file's bytes and records the hashes of the shared catalogue's files and of
// sitrep's own version; it carries a digest of itself. Any mismatch, damage or failure to restore
// makes it a miss: the file is loaded and checked in full and the entry written again.

/** Bump when the compiled form or what loading derives changes. */
const CACHE_FORMAT = 1;

/**
 * The cache directory: `$SITREP_CACHE_DIR`, else `$XDG_CACHE_HOME/sitrep`, else
 * `~/.cache/sitrep`; null (no cache) when `SITREP_NO_CACHE` is set to anything but "" or "0".
 * @example
 * scenarioCacheDir({ XDG_CACHE_HOME: "/tmp/c" }) // "/tmp/c/sitrep"
 */
export function scenarioCacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  if (env.SITREP_NO_CACHE !== undefined && env.SITREP_NO_CACHE !== "" && env.SITREP_NO_CACHE !== "0") return null;
  if (env.SITREP_CACHE_DIR) return env.SITREP_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "sitrep");
}

const sha256 = (data: string | Buffer): string => createHash("sha256").update(data).digest("hex");

let catalogueKey: string | undefined;
/** Hash of sitrep's version and of every shared catalogue file: a change to either invalidates every entry. */
function environmentKey(): string {
  if (catalogueKey === undefined) {
    const version = (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version?: string })
      .version;
    const catalogue = catalogueSources();
    catalogueKey = sha256(
      [
        `format ${CACHE_FORMAT}`,
        `sitrep ${version}`,
        ...catalogue.map((f) => `${relative(scenariosDir(), f)} ${sha256(readFileSync(f))}`),
      ].join("\n"),
    );
  }
  return catalogueKey;
}

interface Entry {
  readonly key: string;
  readonly digest: string;
  readonly compiled: CompiledScenario;
}

/** The scenario an entry holds, or null when it is missing, damaged, stale or does not restore. */
function readEntry(file: string, key: string, options: Pick<LoadOptions, "infer">, shown: string): Scenario | null {
  try {
    const text = readFileSync(file, "utf8");
    const nl = text.indexOf("\n");
    const head = JSON.parse(text.slice(0, nl)) as Omit<Entry, "compiled">;
    const body = text.slice(nl + 1);
    if (head.key !== key || head.digest !== sha256(body)) return null;
    const restored = restoreScenario(JSON.parse(body) as CompiledScenario, options);
    return markRulesChecked(Object.freeze({ ...restored, file: shown }));
  } catch {
    return null;
  }
}

/** Writes an entry through a temporary file and a rename, so a reader never sees half of one. */
function writeEntry(dir: string, file: string, key: string, scenario: Scenario): void {
  try {
    mkdirSync(dir, { recursive: true });
    const body = JSON.stringify(compileScenario(scenario, {}));
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify({ key, digest: sha256(body) })}\n${body}`);
    renameSync(tmp, file);
  } catch {
    // a cache that cannot be written is only a slower next start
  }
}

/**
 * Loads a scenario file through the compiled cache in `dir` (see `scenarioCacheDir`; null loads
 * the file itself every time). A miss loads and checks the file in full, rules included, and
 * stores it; a hit gives the same scenario without checking it again.
 * @example
 * const s = loadScenarioFileCached("./ucdp-iraq.json", scenarioCacheDir());
 */
export function loadScenarioFileCached(
  path: string,
  dir: string | null,
  options: Pick<LoadOptions, "infer"> = {},
): Scenario {
  const shown = shownPath(path);
  const text = readScenarioText(path);
  const hash = sha256(text);
  const key = sha256(`${hash}\n${environmentKey()}`);
  const file = dir === null ? null : join(dir, `${hash}.compiled`);
  if (file !== null && dir !== null) {
    const hit = readEntry(file, key, options, shown);
    if (hit !== null) return hit;
  }
  const r = parseScenario(text, shown, { ...options, checkRules: true });
  if (!r.success) throw new ScenarioLoadError(r.problems);
  if (file !== null && dir !== null) writeEntry(dir, file, key, r.data);
  return r.data;
}
