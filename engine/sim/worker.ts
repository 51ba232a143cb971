/**
 * The worker thread of a simulation: receives a run setup, then ranges of run indexes, and
 * answers each range with its measures. Runs as plain JS from dist/engine/sim/worker.js.
 */
import { parentPort } from "node:worker_threads";
import { restoreState } from "../query/restore.js";
import { freezeNew } from "../state/writable.js";
import { measureRange } from "./range.js";
import { type Prepared, prepare, type RunSetup } from "./run.js";

/** A message to the worker. */
export type ToWorker =
  | { readonly type: "setup"; readonly setup: RunSetup }
  | { readonly type: "range"; readonly from: number; readonly to: number };

let prepared: Prepared | null = null;

parentPort?.on("message", (msg: ToWorker) => {
  try {
    if (msg.type === "setup") {
      // Structured clones arrive unfrozen and with every record given a prototype: restore the
      // state (records keyed by names without one) frozen, and freeze the events, so
      // copy-on-write never writes into shared data.
      freezeNew(msg.setup.events);
      prepared = prepare({ ...msg.setup, initial: restoreState(msg.setup.initial) });
      return;
    }
    if (prepared === null) throw new Error("range before setup");
    const result = measureRange(prepared, msg.from, msg.to);
    const transfer = [result.places.buffer, ...[...result.values.values()].map((v) => v.buffer)] as ArrayBuffer[];
    parentPort?.postMessage({ type: "done", result }, transfer);
  } catch (e) {
    parentPort?.postMessage({ type: "error", message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
});
