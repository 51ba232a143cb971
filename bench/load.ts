/**
 * Load benchmark: a UCDP-shaped scenario file (bench/ucdp-scenario.ts) of N events, loaded and
 * validated by `parseScenario`, against `JSON.parse` of the same text and a replay of the loaded
 * events, all in the same process; and the heap the loaded events keep, per event.
 * Targets: load within 5× `JSON.parse` and within 2× a replay; under 1 KB per event (the whole
 * loaded scenario, its catalogue and initial state included, divided by its events).
 *
 * Beside them, the floor of any complete load: `JSON.parse` of the text plus the rule check a load
 * runs over the loaded events (`brokenRules`, a replay that notes what breaks a rule), timed alone
 * in the same rounds. A load cannot take less than the two together, so `floorVsReplay` above 2
 * means the 2× target cannot be met by this loader on this machine, whatever the rest costs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { replay, type Scenario } from "../engine/index.js";
import { packageRoot } from "../engine/paths.js";
import { brokenRules } from "../engine/reducer/reduce.js";
import { parseScenario } from "../engine/scenario/load.js";
import { median, settle } from "./measure.js";
import { gedScenario, gedScenarioJson } from "./ucdp-scenario.js";

/** What `benchLoad` measured (milliseconds are medians). */
export interface LoadResult {
  readonly events: number;
  readonly fileBytes: number;
  readonly repeats: number;
  readonly jsonParseMs: number;
  readonly loadMs: number;
  readonly replayMs: number;
  /** The rule check a load runs over the loaded events, alone. */
  readonly rulesMs: number;
  /** jsonParseMs + rulesMs: what any complete load must spend. */
  readonly floorMs: number;
  /** floorMs / replayMs: the least `vsReplay` a load could reach. */
  readonly floorVsReplay: number;
  /** loadMs / floorMs: how far the load is from its floor. */
  readonly vsFloor: number;
  /** loadMs / jsonParseMs; target <= 5. */
  readonly vsJsonParse: number;
  /** loadMs / replayMs; target <= 2. */
  readonly vsReplay: number;
  /** Heap kept by the loaded scenario, per event, in a fresh process (bench/load-memory.ts). */
  readonly bytesPerEvent: number;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

function load(text: string): Scenario {
  const r = parseScenario(text, "bench.json");
  if (!r.success) throw new Error(`the generated scenario does not load: ${r.problems[0]?.message ?? "?"}`);
  return r.data;
}

/** Generates the scenario, then times JSON.parse, load and replay alternately, `repeats` times each. */
export function benchLoad(events: number, repeats = 3, progress: (m: string) => void = () => {}): LoadResult {
  let text: string | null = gedScenarioJson(gedScenario(events));
  const fileBytes = Buffer.byteLength(text);
  progress(`load: ${events.toLocaleString("en")} UCDP-shaped events, ${(fileBytes / 2 ** 20).toFixed(0)} MiB of JSON`);
  load(text); // warm-up
  const parse: number[] = [];
  const loads: number[] = [];
  const replays: number[] = [];
  const rules: number[] = [];
  const held: { scenario: Scenario | null } = { scenario: null };
  const once = (): void => {
    settle();
    parse.push(time(() => JSON.parse(text as string)).ms);
    held.scenario = null;
    settle();
    const l = time(() => load(text as string));
    loads.push(l.ms);
    const s = l.value;
    settle();
    replays.push(time(() => replay(s.initial, s.events)).ms);
    settle();
    const broken = time(() => brokenRules(s.initial, s.events));
    if (broken.value.length > 0) throw new Error("the generated scenario breaks a rule");
    rules.push(broken.ms);
    held.scenario = s;
  };
  for (let r = 0; r < repeats; r++) {
    once();
    progress(
      `load: JSON.parse ${parse.at(-1)?.toFixed(0)} ms, load ${loads.at(-1)?.toFixed(0)} ms, replay ${replays.at(-1)?.toFixed(0)} ms, rule check ${rules.at(-1)?.toFixed(0)} ms`,
    );
  }
  held.scenario = null;
  const bytesPerEvent = memoryPerEvent(text as string);
  text = null;
  const jsonParseMs = median(parse);
  const loadMs = median(loads);
  const replayMs = median(replays);
  const rulesMs = median(rules);
  const floorMs = jsonParseMs + rulesMs;
  return {
    events,
    fileBytes,
    repeats,
    jsonParseMs,
    loadMs,
    replayMs,
    rulesMs,
    floorMs,
    floorVsReplay: floorMs / replayMs,
    vsFloor: loadMs / floorMs,
    vsJsonParse: loadMs / jsonParseMs,
    vsReplay: loadMs / replayMs,
    bytesPerEvent,
  };
}

/**
 * The heap the loaded scenario keeps, per event: measured in a fresh process (`--expose-gc`) that
 * loads the file and holds it, as the heap in use after full collections minus the same before
 * the load. Measured in this process, it moved with what earlier loads left (caches, the text).
 */
function memoryPerEvent(text: string): number {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-memory-"));
  try {
    const file = join(dir, "scenario.json");
    writeFileSync(file, text);
    const child = spawnSync(
      process.execPath,
      ["--expose-gc", "--import", "tsx", join(packageRoot(), "bench", "load-memory.ts"), file],
      { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" },
    );
    if (child.status !== 0) throw new Error(`the memory measurement failed (${child.status})`);
    return (JSON.parse(child.stdout) as { bytesPerEvent: number }).bytesPerEvent;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
