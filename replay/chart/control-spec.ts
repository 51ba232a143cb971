import type { ChartSource } from "./context.js";
import { type ControlRow, NOBODY } from "./control-data.js";
import { CONFIG, type Spec, sideColor, sidesIn, timeX } from "./spec-parts.js";

/**
 * The control chart: the number of catalogue places each side holds over time, as step lines
 * (a count holds until the next change), a point at each change, nobody's in the neutral colour.
 * @example
 * const spec = controlSpec(src, controlRows(src), src.initial.places.length);
 */
export function controlSpec(src: ChartSource, rows: readonly ControlRow[], places: number): Spec {
  const color = sideColor(src, sidesIn(src, rows, NOBODY), { id: NOBODY, name: "no known controller" });
  const x = timeX(src);
  const y = { field: "count", type: "quantitative", title: `Places held (of ${places} in the catalogue)` };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: {
      text: `${src.title}: places held by each side`,
      subtitle: "Each side's count of catalogue places it holds (all or most of); a point where the count changes",
    },
    config: CONFIG,
    width: 640,
    height: 300,
    data: { values: rows },
    layer: [
      { mark: { type: "line", interpolate: "step-after", strokeWidth: 2 }, encoding: { x, y, color } },
      {
        transform: [{ filter: "datum.changed" }],
        mark: { type: "point", filled: true, size: 24 },
        encoding: { x, y, color, description: { field: "label" } },
      },
    ],
  };
}
