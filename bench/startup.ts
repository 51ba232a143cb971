/**
 * Start-up benchmark: the whole-process time of `sitrep state central-syria-2017 --at
 * 2017-09-05` against `node -e ""` on the same machine, run alternately, medians compared.
 * Target: within 4 times. Needs the built CLI (`npm run build`).
 */
import { alternately, builtCli } from "./measure.js";

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
  const args = [builtCli(), "state", "central-syria-2017", "--at", "2017-09-05"];
  const { baselineMs: nodeMs, measuredMs: stateMs } = alternately(["-e", ""], args, repeats);
  return {
    command: "sitrep state central-syria-2017 --at 2017-09-05",
    repeats,
    nodeMs,
    stateMs,
    ratio: stateMs / nodeMs,
  };
}
