/**
 * Chart benchmark: the whole-process time of `sitrep chart central-syria-2017 fronts --out
 * <file>` against `sitrep state central-syria-2017 --at 2017-09-05` on the same machine, run
 * alternately, medians compared. Needs the built CLI (`npm run build`). `tsx bench/chart.ts`
 * runs it alone and prints one JSON object.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { alternately, builtCli } from "./measure.js";

/** What `benchChart` measured (milliseconds, medians). */
export interface ChartResult {
  readonly command: string;
  readonly baseline: string;
  readonly repeats: number;
  readonly stateMs: number;
  readonly chartMs: number;
  /** chartMs / stateMs. */
  readonly ratio: number;
}

/** Times `sitrep chart ... fronts --out` against `sitrep state ... --at`, `repeats` times each, alternating. */
export function benchChart(repeats = 11): ChartResult {
  const cli = builtCli();
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-chart-"));
  try {
    const chart = [cli, "chart", "central-syria-2017", "fronts", "--out", join(dir, "x.svg")];
    const state = [cli, "state", "central-syria-2017", "--at", "2017-09-05"];
    const { baselineMs: stateMs, measuredMs: chartMs } = alternately(state, chart, repeats);
    return {
      command: "sitrep chart central-syria-2017 fronts --out x.svg",
      baseline: "sitrep state central-syria-2017 --at 2017-09-05",
      repeats,
      stateMs,
      chartMs,
      ratio: chartMs / stateMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify(benchChart())}\n`);
}
