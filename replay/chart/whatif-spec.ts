import type { ChartSource } from "./context.js";
import { NOBODY } from "./control-data.js";
import { CONFIG, type Spec, sideColor, sidesIn, timeX } from "./spec-parts.js";
import type { BranchControlRow, DifferenceRow } from "./whatif-data.js";

/**
 * The what-if chart: places held per side over time, the base history in solid lines and the
 * branch dashed, each side in its colour, a point where a count changes; below, the branch's
 * count less the base's per side.
 * @example
 * const spec = branchSpec(base, rows, differenceRows(rows), "no-link-up");
 */
export function branchSpec(
  base: ChartSource,
  rows: readonly BranchControlRow[],
  differences: readonly DifferenceRow[],
  branchName: string,
): Spec {
  const color = sideColor(base, sidesIn(base, rows, NOBODY), { id: NOBODY, name: "no known controller" });
  const x = timeX(base);
  const y = {
    field: "count",
    type: "quantitative",
    title: `Places held (of ${base.initial.places.length} in the catalogue)`,
  };
  const dash = {
    field: "history",
    type: "nominal",
    title: "History",
    scale: {
      domain: ["base", "branch"],
      range: [
        [1, 0],
        [6, 4],
      ],
    },
  };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: {
      text: `${base.title}: the branch${branchName === "" ? "" : ` '${branchName}'`} against its base`,
      subtitle: "Places each side holds: solid, as the log records; dashed, in the branch",
    },
    config: CONFIG,
    vconcat: [
      {
        width: 640,
        height: 300,
        data: { values: rows },
        layer: [
          {
            mark: { type: "line", interpolate: "step-after", strokeWidth: 2 },
            encoding: { x, y, color, strokeDash: dash, detail: { field: "history" } },
          },
          {
            transform: [{ filter: "datum.changed" }],
            mark: { type: "point", filled: true, size: 20 },
            encoding: {
              x,
              y,
              color,
              shape: {
                field: "history",
                type: "nominal",
                title: "History",
                scale: { domain: ["base", "branch"], range: ["circle", "triangle-up"] },
              },
              description: { field: "label" },
            },
          },
        ],
      },
      {
        width: 640,
        height: 120,
        data: { values: differences },
        layer: [
          {
            mark: { type: "rule", color: "#888888", aria: false },
            encoding: { y: { datum: 0, type: "quantitative" } },
          },
          {
            mark: { type: "line", interpolate: "step-after", strokeWidth: 2 },
            encoding: { x, y: { field: "difference", type: "quantitative", title: "Branch less base" }, color },
          },
          {
            mark: { type: "point", filled: true, size: 20 },
            encoding: {
              x,
              y: { field: "difference", type: "quantitative", title: "Branch less base" },
              color,
              description: { field: "label" },
            },
          },
        ],
      },
    ],
  };
}
