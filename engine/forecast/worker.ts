/**
 * The worker thread of a forecast: receives the setup, then ranges of run indexes, and answers
 * each range with its runs' outcomes. Runs as plain JS from dist/engine/forecast/worker.js.
 */
import { parentPort } from "node:worker_threads";
import { restoreState } from "../query/restore.js";
import { type ForecastSetup, forwardRun, pack, packedBuffers, type RunOutcome } from "./run.js";
import { BUILT_IN_PROCESSES } from "./setup.js";

/** A message to the worker. */
export type ToForecastWorker =
  | { readonly type: "setup"; readonly setup: ForecastSetup }
  | { readonly type: "range"; readonly from: number; readonly to: number };

const processes = new Map(BUILT_IN_PROCESSES.map((p) => [p.id, p]));
let setup: ForecastSetup | null = null;

parentPort?.on("message", (msg: ToForecastWorker) => {
  try {
    if (msg.type === "setup") {
      // Structured clones arrive unfrozen and with every record given a prototype: restore the
      // start state (records keyed by names without one) frozen, so copy-on-write never writes into it.
      setup = { ...msg.setup, start: restoreState(msg.setup.start) };
      return;
    }
    if (setup === null) throw new Error("range before setup");
    const outcomes: RunOutcome[] = [];
    for (let r = msg.from; r < msg.to; r++) outcomes.push(forwardRun(setup, processes, r));
    const packed = pack(outcomes);
    parentPort?.postMessage({ type: "done", from: msg.from, packed }, packedBuffers(packed));
  } catch (e) {
    parentPort?.postMessage({ type: "error", message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
});
