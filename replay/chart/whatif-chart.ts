import type { DomainEvent } from "../../engine/events/event.js";
import type { Scenario } from "../../engine/scenario/scenario.js";
import { chartSource } from "./context.js";
import { renderSvg } from "./render.js";
import { branchControlRows, differenceRows } from "./whatif-data.js";
import { branchSpec } from "./whatif-spec.js";

/**
 * Draws a branch against its base (places held per side over time, base solid, branch dashed, and
 * the difference) as SVG text (`whatif --chart`). `branchEvents` is the branch's log as it
 * applied: the events that lost their footing left out.
 * @example
 * writeChart("branch.svg", await branchChartSvg(scenario, appliedLog, "no-link-up"));
 */
export async function branchChartSvg(
  scenario: Scenario,
  branchEvents: readonly DomainEvent[],
  branchName: string,
): Promise<string> {
  const base = chartSource(scenario);
  const rows = branchControlRows(base, { ...base, events: branchEvents });
  return await renderSvg(branchSpec(base, rows, differenceRows(rows), branchName));
}
