import { shownPath } from "../input/read.js";
import { isNdjsonPath } from "../input/stream-events.js";
import { type CacheSlot, cachedScenario, sameText, storeCached } from "./cache-entry.js";
import { parseScenario, readScenarioText } from "./load.js";
import { loadNdjsonScenarioFile, type NdjsonLoadOptions } from "./load-ndjson.js";
import { ScenarioLoadError } from "./problems.js";
import type { Scenario } from "./scenario.js";

// A user's scenario file through the compiled cache (engine/scenario/cache-entry.ts): a hit gives
// the entry's scenario, a miss loads and checks the file in full and stores it.

export { scenarioCacheDir } from "./cache-entry.js";

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
  const { hit, slot } = dir === null ? { hit: null, slot: null } : cachedScenario(path, dir, inferOption(options));
  return hit ?? loadIntoSlot(path, slot, options);
}

const inferOption = (options: CachedLoadOptions) => (options.infer === undefined ? {} : { infer: options.infer });

/**
 * A miss of the cache: loads and checks the file in full, rules included, and stores it in
 * `slot` (from `cachedScenario`; null stores nothing).
 */
export function loadIntoSlot(path: string, slot: CacheSlot | null, options: CachedLoadOptions = {}): Scenario {
  let scenario: Scenario;
  // Whether what was loaded is what was hashed: a file changed between the two reads is loaded
  // but not stored under the old bytes' name.
  let same = true;
  if (isNdjsonPath(path)) scenario = loadNdjsonScenarioFile(path, { ...options, checkRules: true });
  else {
    const text = readScenarioText(path);
    same = slot !== null && sameText(slot, text);
    const r = parseScenario(text, shownPath(path), { ...inferOption(options), checkRules: true });
    if (!r.success) throw new ScenarioLoadError(r.problems);
    scenario = r.data;
  }
  if (slot !== null && same) storeCached(slot, scenario);
  return scenario;
}
