/**
 * Run by bench/load.ts in a fresh process with `--expose-gc`: the heap a loaded scenario keeps.
 * The heap in use after full collections is taken with nothing loaded, then again with the
 * scenario loaded from `<file>` and held (its text read and dropped by the loader); the
 * difference, per event, is printed as one JSON object. Everything the load leaves behind counts:
 * the events, the catalogue and initial state, and the caches a load fills (a zone's offsets by
 * day, the compiled schema).
 */
import { loadScenarioFile } from "../engine/scenario/load.js";
import { heapBytes } from "./measure.js";

const file = process.argv[2];
if (file === undefined) throw new Error("usage: load-memory.ts <scenario.json>");
const before = heapBytes();
const scenario = loadScenarioFile(file);
const after = heapBytes();
const events = scenario.events.length;
process.stdout.write(
  `${JSON.stringify({ events, bytes: after - before, bytesPerEvent: (after - before) / events })}\n`,
);
