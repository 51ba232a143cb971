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

/** How many more places a side holds in the branch than in the base, from one instant on. */
export interface DifferenceRow {
  readonly side: string;
  readonly sideName: string;
  readonly t: number;
  readonly date: string;
  /** Branch count less base count. */
  readonly difference: number;
  readonly label: string;
}

/** A step series' value at `t`: the count of its last row at or before `t`. */
function countAt(rows: readonly BranchControlRow[], t: number): number {
  let count = 0;
  for (const r of rows) if (r.t <= t) count = r.count;
  return count;
}

/**
 * Branch count less base count per side at every instant either history changes, from the rows
 * `branchControlRows` gives: a row where the difference changes, and one at the end. A side whose
 * counts never differ gets a single row at 0 at the start.
 * @example
 * differenceRows(branchControlRows(base, branch)).filter((r) => r.difference !== 0);
 */
export function differenceRows(rows: readonly BranchControlRow[]): DifferenceRow[] {
  const out: DifferenceRow[] = [];
  const sides = [...new Set(rows.map((r) => r.side))];
  const times = [...new Set(rows.map((r) => r.t))].sort((a, b) => a - b);
  const last = times[times.length - 1];
  for (const side of sides) {
    const base = rows.filter((r) => r.side === side && r.history === "base");
    const branch = rows.filter((r) => r.side === side && r.history === "branch");
    const first = base[0] ?? branch[0];
    if (first === undefined) continue;
    let prior: number | null = null;
    for (const t of times) {
      const difference = countAt(branch, t) - countAt(base, t);
      if (difference === prior && t !== last) continue;
      const date = (rows.find((r) => r.t === t) ?? first).date;
      const sign = difference > 0 ? "+" : "";
      out.push({
        side,
        sideName: first.sideName,
        t,
        date,
        difference,
        label: `${first.sideName}: ${sign}${difference} places in the branch from ${date}`,
      });
      prior = difference;
    }
  }
  return out;
}
