/**
 * Run by bench/large.ts in a child process with Node's default heap limit: loads a
 * 1,000,000-event NDJSON scenario, replays it, answers a seek through a lazy timeline, and prints
 * one JSON object of timings and memory on stdout.
 */
import { getHeapStatistics } from "node:v8";
import { loadNdjsonScenarioFile } from "../engine/scenario/load-ndjson.js";
import { replay } from "../engine/timeline/replay.js";
import { Timeline } from "../engine/timeline/timeline.js";

const file = process.argv[2];
if (file === undefined) throw new Error("usage: million.ts <scenario.ndjson>");
let t0 = performance.now();
const scenario = loadNdjsonScenarioFile(file);
const loadMs = performance.now() - t0;
t0 = performance.now();
const end = replay(scenario.initial, scenario.events);
const replayMs = performance.now() - t0;
const tl = Timeline.build(scenario.initial, scenario.events, { lazy: true });
const mid = Date.parse(
  (scenario.events[Math.floor(scenario.events.length / 2)] ?? scenario.events[0])?.time.earliest ?? "",
);
t0 = performance.now();
const at = tl.stateAt(mid);
const seekMs = performance.now() - t0;
const heap = getHeapStatistics();
process.stdout.write(
  `${JSON.stringify({
    events: scenario.events.length,
    loadMs,
    replayMs,
    seekMs,
    appliedAtSeek: at.applied,
    appliedAtEnd: end.applied,
    heapUsedMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    heapLimitMiB: Math.round(heap.heap_size_limit / 2 ** 20),
  })}\n`,
);
