/**
 * Load benchmark: a UCDP-shaped scenario file (bench/ucdp-scenario.ts) of N events, loaded and
 * validated by `parseScenario`, against `JSON.parse` of the same text and a replay of the loaded
 * events, all in the same process; and the heap the loaded events keep, per event.
 * Targets: load within 5× `JSON.parse` and within 2× a replay; under 1 KB per event (the whole
 * loaded scenario, its catalogue and initial state included, divided by its events).
 */
import { replay, type Scenario } from "../engine/index.js";
import { parseScenario } from "../engine/scenario/load.js";
import { heapBytes, median, settle } from "./measure.js";
import { gedScenario, gedScenarioJson } from "./ucdp-scenario.js";

/** What `benchLoad` measured (milliseconds are medians). */
export interface LoadResult {
  readonly events: number;
  readonly fileBytes: number;
  readonly repeats: number;
  readonly jsonParseMs: number;
  readonly loadMs: number;
  readonly replayMs: number;
  /** loadMs / jsonParseMs; target <= 5. */
  readonly vsJsonParse: number;
  /** loadMs / replayMs; target <= 2. */
  readonly vsReplay: number;
  /** Heap kept by the loaded scenario, per event, after the file's text is dropped. */
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
    held.scenario = s;
  };
  for (let r = 0; r < repeats; r++) {
    once();
    progress(
      `load: JSON.parse ${parse.at(-1)?.toFixed(0)} ms, load ${loads.at(-1)?.toFixed(0)} ms, replay ${replays.at(-1)?.toFixed(0)} ms`,
    );
  }
  // Memory: the heap a load adds once the file's text is dropped (strings sliced from the text
  // would keep it alive, and count): the heap after, minus the heap before without the text
  // (V8 keeps a string of n characters in n bytes, or 2n when one is beyond Latin-1).
  held.scenario = null;
  const textBytes = (text as string).length * (/[\u0100-\uffff]/.test(text as string) ? 2 : 1);
  const before = heapBytes() - textBytes;
  held.scenario = load(text as string);
  text = null;
  const after = heapBytes();
  const n = held.scenario.events.length;
  const jsonParseMs = median(parse);
  const loadMs = median(loads);
  const replayMs = median(replays);
  return {
    events: n,
    fileBytes,
    repeats,
    jsonParseMs,
    loadMs,
    replayMs,
    vsJsonParse: loadMs / jsonParseMs,
    vsReplay: loadMs / replayMs,
    bytesPerEvent: (after - before) / n,
  };
}
