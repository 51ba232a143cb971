/**
 * Start-up benchmark: the whole-process time of `sitrep state central-syria-2017 --at
 * 2017-09-05` against `node -e ""` on the same machine, run alternately, medians compared.
 * Target: within 4 times. Needs the built CLI (`npm run build`).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../engine/paths.js";
import { median, timeNode } from "./measure.js";

/** What `benchStartup` measured (milliseconds, medians). */
export interface StartupResult {
  readonly command: string;
  readonly repeats: number;
  readonly nodeMs: number;
  readonly stateMs: number;
  /** stateMs / nodeMs; target <= 4. */
  readonly ratio: number;
}

/** Times the CLI's `state` command against an empty node process, `repeats` times each, alternating. */
export function benchStartup(repeats = 15): StartupResult {
  const cli = join(packageRoot(), "dist", "replay", "cli", "main.js");
  if (!existsSync(cli)) throw new Error("the CLI is not built: run `npm run build` first");
  const args = [cli, "state", "central-syria-2017", "--at", "2017-09-05"];
  timeNode(["-e", ""]);
  timeNode(args);
  const node: number[] = [];
  const state: number[] = [];
  for (let i = 0; i < repeats; i++) {
    node.push(timeNode(["-e", ""]));
    state.push(timeNode(args));
  }
  const nodeMs = median(node);
  const stateMs = median(state);
  return {
    command: "sitrep state central-syria-2017 --at 2017-09-05",
    repeats,
    nodeMs,
    stateMs,
    ratio: stateMs / nodeMs,
  };
}
