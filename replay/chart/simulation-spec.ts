import { sideColors } from "../visual/palette.js";
import type { FanRow } from "./simulation-data.js";
import { panelGrid, type Spec } from "./spec-parts.js";

/** What the fan chart's title says. */
export interface FanTitle {
  readonly target: string;
  readonly runs: number;
  readonly seed: string;
  /** Outcomes left out because every run agrees on them. */
  readonly steady: number;
  /** The scenario's sides in catalogue order (for their colours), and its time zone. */
  readonly sides: readonly string[];
  readonly zone: string;
}

/**
 * The simulation chart: one panel per outcome, over the moments measured, its 5–95% range
 * lightly shaded, its 25–75% range darker, the median as a line with points, in the side's
 * colour. A moment measured alone shows as a bar.
 * @example
 * const spec = fanSpec(rows, { target: "central-syria-2017", runs: 500, seed: "1", steady: 0, sides, zone });
 */
export function fanSpec(rows: readonly FanRow[], title: FanTitle): Spec {
  const colors = sideColors(title.sides);
  const names = [...new Map(rows.map((r) => [r.sideName, colors.get(r.side) ?? "#999999"]))];
  const color = {
    field: "sideName",
    type: "nominal",
    title: "Side",
    scale: { domain: names.map(([n]) => n), range: names.map(([, c]) => c) },
  };
  const outcomes = [...new Set(rows.map((r) => r.outcome))];
  const x = {
    field: "t",
    type: "temporal",
    scale: { type: "utc", padding: 12 },
    axis: { title: `Moment measured (${title.zone})`, format: "%-d %b", labelOverlap: true },
  };
  const q = (field: string) => ({ field, type: "quantitative", title: "Across runs", scale: { zero: false } });
  const left =
    title.steady === 0
      ? ""
      : `; ${title.steady} outcome${title.steady === 1 ? "" : "s"} on which every run agrees left out`;
  return panelGrid({
    title: {
      text: `${title.target}: outcomes across ${title.runs} runs (seed '${title.seed}')`,
      subtitle: `Light: 5–95% of runs; dark: 25–75%; line and points: the median${left}`,
    },
    rows,
    field: "outcome",
    panels: outcomes,
    width: 220,
    height: 120,
    layer: [
      { mark: { type: "area", opacity: 0.15 }, encoding: { x, y: q("p5"), y2: { field: "p95" }, color } },
      { mark: { type: "area", opacity: 0.3 }, encoding: { x, y: q("p25"), y2: { field: "p75" }, color } },
      {
        mark: { type: "rule", opacity: 0.35, strokeWidth: 3 },
        encoding: { x, y: q("p5"), y2: { field: "p95" }, color },
      },
      {
        mark: { type: "rule", opacity: 0.6, strokeWidth: 7 },
        encoding: { x, y: q("p25"), y2: { field: "p75" }, color },
      },
      { mark: { type: "line", strokeWidth: 1.5 }, encoding: { x, y: q("p50"), color } },
      {
        mark: { type: "point", filled: true, size: 28 },
        encoding: { x, y: q("p50"), color, description: { field: "label" } },
      },
    ],
  });
}
