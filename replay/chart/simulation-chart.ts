import type { Scenario } from "../../engine/scenario/scenario.js";
import type { Distributions } from "../../engine/sim/measures.js";
import { namesOf } from "../render/names.js";
import { claimantLabel } from "../render/state.js";
import { renderSvg } from "./render.js";
import { fanRows } from "./simulation-data.js";
import { fanSpec } from "./simulation-spec.js";

/**
 * Draws a simulation's distributions (front distances and casualties across runs, as fans over
 * the moments measured) as SVG text (`simulate --chart`).
 * @example
 * writeChart("runs.svg", await simulationChartSvg(d, scenario, "central-syria-2017"));
 */
export async function simulationChartSvg(d: Distributions, scenario: Scenario, target: string): Promise<string> {
  const names = namesOf(scenario.catalogue, [...scenario.initialEvents, ...scenario.events]);
  const fans = fanRows(d, {
    names,
    zone: scenario.timeZone,
    claimant: (c) => claimantLabel(c, scenario.documents),
  });
  return await renderSvg(
    fanSpec(fans.rows, {
      target,
      runs: d.runs,
      seed: d.seed,
      steady: fans.steady,
      sides: scenario.initial.refs.sides,
      zone: scenario.timeZone,
    }),
  );
}
