import { createHash } from "node:crypto";
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, relative } from "node:path";
import { shownPath } from "../input/read.js";
import { isNdjsonPath } from "../input/stream-events.js";
import { packageRoot, scenariosDir } from "../paths.js";
import { markRulesChecked } from "./checked.js";
import { type CompiledScenario, catalogueSources, compileScenario, restoreScenario } from "./compiled.js";
import { type LoadOptions, parseScenario, readScenarioText } from "./load.js";
import { loadNdjsonScenarioFile, type NdjsonLoadOptions } from "./load-ndjson.js";
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
 * SHA-256 of an NDJSON file's bytes, read a chunk at a time (the file may be larger than a
 * string can be), marked as NDJSON so it never names the entry of a JSON file; null when the file
 * cannot be read (the loader then says why).
 */
function ndjsonHash(path: string): string | null {
  let fd: number | null = null;
  try {
    fd = openSync(path, "r");
    if (!fstatSync(fd).isFile()) return null;
    const hash = createHash("sha256").update("ndjson\n");
    const chunk = Buffer.allocUnsafe(4 * 2 ** 20);
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
    return hash.digest("hex");
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Options of `loadScenarioFileCached`. */
export type CachedLoadOptions = Pick<NdjsonLoadOptions, "infer" | "onProgress">;

/**
 * Loads a scenario file, JSON or NDJSON (`*.ndjson`, `*.jsonl`), through the compiled cache in
 * `dir` (see `scenarioCacheDir`; null loads the file itself every time). A miss loads and checks
 * the file in full, rules included, and stores it; a hit gives the same scenario without checking
 * it again. `onProgress` is told of the bytes of an NDJSON file read on a miss.
 * @example
 * const s = loadScenarioFileCached("./ucdp-iraq.json", scenarioCacheDir());
 */
export function loadScenarioFileCached(path: string, dir: string | null, options: CachedLoadOptions = {}): Scenario {
  const shown = shownPath(path);
  const ndjson = isNdjsonPath(path);
  const text = ndjson ? null : readScenarioText(path);
  const hash = text === null ? (dir === null ? null : ndjsonHash(path)) : sha256(text);
  const file = dir === null || hash === null ? null : join(dir, `${hash}.compiled`);
  const key = hash === null ? "" : sha256(`${hash}\n${environmentKey()}`);
  const infer = options.infer === undefined ? {} : { infer: options.infer };
  if (file !== null) {
    const hit = readEntry(file, key, infer, shown);
    if (hit !== null) return hit;
  }
  let scenario: Scenario;
  if (text === null) scenario = loadNdjsonScenarioFile(path, { ...options, checkRules: true });
  else {
    const r = parseScenario(text, shown, { ...infer, checkRules: true });
    if (!r.success) throw new ScenarioLoadError(r.problems);
    scenario = r.data;
  }
  if (file !== null && dir !== null) writeEntry(dir, file, key, scenario);
  return scenario;
}
