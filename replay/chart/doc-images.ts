import { loadScenario } from "../../engine/scenario/builtin.js";
import { simulate } from "../../engine/sim/simulate.js";
import type { Branch } from "../../engine/whatif/branch.js";
import { replayBranch } from "../../engine/whatif/replay.js";
import { chartSource } from "./context.js";
import { chartPlan } from "./kinds.js";
import { renderSvg } from "./render.js";
import { simulationChartSvg } from "./simulation-chart.js";
import { branchChartSvg } from "./whatif-chart.js";

/** One example image of docs/charts.md: its file name under docs/images/, the command it shows, its SVG. */
export interface DocImage {
  readonly file: string;
  readonly command: string;
  readonly svg: string;
}

const SCENARIO = "central-syria-2017";
const DROPPED = "cs-0805-sukhnah-taken";
const SIM = { runs: 300, seed: "docs", at: ["2017-07-20", "2017-08-10", "2017-09-01", "2017-09-20"] } as const;

/**
 * The example images of docs/charts.md, made as the commands they show make them (in this
 * process, with the simulation in this thread): the three kinds of `sitrep chart`, then
 * `simulate --chart` and `whatif --chart`. Deterministic: the same package gives the same bytes.
 * @example
 * for (const image of await docImages()) writeFileSync(join("docs", "images", image.file), image.svg);
 */
export async function docImages(): Promise<DocImage[]> {
  const scenario = loadScenario(SCENARIO);
  const out: DocImage[] = [];
  for (const kind of ["fronts", "control", "casualties"] as const)
    out.push({
      file: `chart-${kind}.svg`,
      command: `sitrep chart ${SCENARIO} ${kind} --out chart-${kind}.svg`,
      svg: await renderSvg(chartPlan(kind, chartSource(scenario)).spec),
    });
  const d = await simulate(scenario, { runs: SIM.runs, seed: SIM.seed, at: [...SIM.at], workers: 0 });
  out.push({
    file: "simulate-chart.svg",
    command: `sitrep simulate ${SCENARIO} --runs ${SIM.runs} --seed ${SIM.seed} ${SIM.at.map((a) => `--at ${a}`).join(" ")} --chart simulate-chart.svg`,
    svg: await simulationChartSvg(d, scenario, SCENARIO),
  });
  const branch: Branch = { name: "", note: "", base: SCENARIO, edits: [{ op: "drop", event: DROPPED }] };
  const replayed = replayBranch(scenario, branch);
  const lost = new Set(replayed.consequences.map((q) => q.event.id));
  out.push({
    file: "whatif-chart.svg",
    command: `sitrep whatif ${SCENARIO} --drop ${DROPPED} --chart whatif-chart.svg`,
    svg: await branchChartSvg(
      scenario,
      replayed.log.events.filter((e) => !lost.has(e.id)),
      "",
    ),
  });
  return out;
}
