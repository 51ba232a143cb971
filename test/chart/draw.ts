import type { Scenario } from "../../engine/scenario/scenario.js";
import { chartSource } from "../../replay/chart/context.js";
import { type ChartKind, chartPlan } from "../../replay/chart/kinds.js";
import { renderSvg } from "../../replay/chart/render.js";
import type { Window } from "../../replay/chart/time.js";
import { sideColors } from "../../replay/visual/palette.js";
import { type ParsedSvg, parseSvg } from "./svg.js";

/** A chart of a scenario as `sitrep chart` draws it, its SVG text parsed; Vega's warnings fail the test. */
export async function draw(
  kind: ChartKind,
  scenario: Scenario,
  window?: Window,
): Promise<{ svg: string; parsed: ParsedSvg }> {
  const warnings: string[] = [];
  const svg = await renderSvg(chartPlan(kind, chartSource(scenario, window)).spec, (w) => warnings.push(w));
  if (warnings.length > 0) throw new Error(`Vega warned: ${warnings.join("; ")}`);
  return { svg, parsed: parseSvg(svg) };
}

/** The palette colour of a side of a scenario. */
export function colorOf(scenario: Scenario, side: string): string {
  const c = sideColors(scenario.initial.refs.sides).get(side);
  if (c === undefined) throw new Error(`no side '${side}'`);
  return c;
}
