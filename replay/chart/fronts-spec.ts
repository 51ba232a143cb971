import type { ChartSource } from "./context.js";
import type { FrontRow } from "./fronts-data.js";
import { panelGrid, type Spec, sideColor, sidesIn, timeX } from "./spec-parts.js";

/**
 * The fronts chart: one panel per objective, each side's reported distance as a line with a
 * point per report, the low–high range shaded (between reports, and as a bar at each), and a dashed rule where the front ended.
 * @example
 * const spec = frontsSpec(src, frontRows(src));
 */
export function frontsSpec(src: ChartSource, rows: readonly FrontRow[]): Spec {
  const color = sideColor(src, sidesIn(src, rows));
  const order = [...new Set(rows.map((r) => r.front))];
  const x = timeX(src);
  const y = { field: "best", type: "quantitative", title: "km to objective" };
  const report = { filter: "datum.kind === 'report'" };
  return panelGrid({
    title: {
      text: `${src.title}: distance to each objective`,
      subtitle:
        "Line and points: the distance each report gives; shaded: its low–high range (a bar where it stands alone); dashed: the front ended",
    },
    rows,
    field: "front",
    panels: order,
    width: 230,
    height: 120,
    layer: [
      // An invisible rule at 1 km, so that a front reported only at 0 km still has an axis.
      { mark: { type: "rule", opacity: 0, aria: false }, encoding: { y: { datum: 1, type: "quantitative" } } },
      {
        transform: [report],
        mark: { type: "area", opacity: 0.25 },
        encoding: {
          x,
          y: { field: "low", type: "quantitative", title: y.title },
          y2: { field: "high" },
          color,
        },
      },
      {
        transform: [report],
        mark: { type: "rule", opacity: 0.35, strokeWidth: 5 },
        encoding: {
          x,
          y: { field: "low", type: "quantitative", title: y.title },
          y2: { field: "high" },
          color,
          description: { field: "rangeLabel" },
        },
      },
      { transform: [report], mark: { type: "line", strokeWidth: 1.5 }, encoding: { x, y, color } },
      {
        transform: [report],
        mark: { type: "point", filled: true, size: 30 },
        encoding: { x, y, color, description: { field: "label" } },
      },
      {
        transform: [{ filter: "datum.kind === 'closed'" }],
        mark: { type: "rule", strokeDash: [4, 3], strokeWidth: 1.2 },
        encoding: { x, color, description: { field: "label" } },
      },
      {
        transform: [{ filter: "datum.kind === 'closed'" }],
        mark: {
          type: "text",
          angle: 90,
          align: "left",
          baseline: "bottom",
          dy: -2,
          y: 3,
          fontSize: 9,
          color: "#333333",
        },
        encoding: { x, text: { field: "reason" } },
      },
    ],
  });
}
