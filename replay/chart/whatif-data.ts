import type { ChartSource } from "./context.js";
import { type ControlRow, controlRows } from "./control-data.js";

/** A control row of one of the two histories a what-if compares. */
export interface BranchControlRow extends ControlRow {
  readonly history: "base" | "branch";
}

/**
 * Places held per side over time in the base history and in the branch, side by side (see
 * `controlRows`), base first. The two sources share the initial state and the window.
 * @example
 * branchControlRows(chartSource(scenario), { ...chartSource(scenario), events: branchLog });
 */
export function branchControlRows(base: ChartSource, branch: ChartSource): BranchControlRow[] {
  const tag = (history: "base" | "branch", rows: readonly ControlRow[]) =>
    rows.map((r) => ({ ...r, history, label: `${history}: ${r.label}` }));
  return [...tag("base", controlRows(base)), ...tag("branch", controlRows(branch))];
}
