import type { CasualtyRow } from "./casualties-data.js";
import type { ChartSource } from "./context.js";
import { panelGrid, type Spec, sideColor, sidesIn, timeX } from "./spec-parts.js";

/**
 * The casualties chart: one panel per figure (killed, wounded, captured) and source that gives it,
 * in that order, each side's running total as a step line with a point per report, its low–high range
 * shaded. Sources stand side by side, never added together.
 * @example
 * const spec = casualtiesSpec(src, casualtyRows(src));
 */
export function casualtiesSpec(src: ChartSource, rows: readonly CasualtyRow[]): Spec {
  const color = sideColor(src, sidesIn(src, rows));
  const x = timeX(src);
  const y = { field: "best", type: "quantitative", title: "Cumulative count" };
  const step = "step-after";
  const panels = [...new Set(rows.map((r) => r.panel))];
  return panelGrid({
    title: {
      text: `${src.title}: casualties as each source counts them`,
      subtitle:
        "Running totals per side, one panel per figure and source (never added together); shaded: the low–high range",
    },
    rows,
    field: "panel",
    panels: panels,
    header: { labelExpr: "split(datum.value, ' | ')", labelLimit: 0 },
    width: 200,
    height: 140,
    layer: [
      {
        mark: { type: "area", opacity: 0.25, interpolate: step },
        encoding: { x, y: { field: "low", type: "quantitative", title: y.title }, y2: { field: "high" }, color },
      },
      { mark: { type: "line", interpolate: step, strokeWidth: 1.5 }, encoding: { x, y, color } },
      {
        transform: [{ filter: "datum.event !== null" }],
        mark: { type: "point", filled: true, size: 24 },
        encoding: { x, y, color, description: { field: "label" } },
      },
    ],
  });
}
