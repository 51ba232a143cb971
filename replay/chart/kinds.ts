import { casualtyRows } from "./casualties-data.js";
import { casualtiesSpec } from "./casualties-spec.js";
import type { ChartSource } from "./context.js";
import { controlRows } from "./control-data.js";
import { controlSpec } from "./control-spec.js";
import { frontRows } from "./fronts-data.js";
import { frontsSpec } from "./fronts-spec.js";
import type { Spec } from "./spec-parts.js";

/** The charts `sitrep chart` draws, and what each shows. */
export const CHART_KINDS = {
  fronts: "each front's distance to its objective over time, the low–high range shaded, its end marked",
  control: "the number of catalogue places each side holds over time",
  casualties: "cumulative casualties per side as each source reports them, sources side by side, ranges shaded",
} as const;

export type ChartKind = keyof typeof CHART_KINDS;

/**
 * Whether a word names a chart kind.
 * @example
 * isChartKind("fronts"); // true
 */
export function isChartKind(word: string): word is ChartKind {
  return Object.hasOwn(CHART_KINDS, word);
}

/** A chart ready to render: its specification, and how many data rows it draws (0: nothing to show). */
export interface ChartPlan {
  readonly spec: Spec;
  readonly rows: number;
}

/**
 * The data and specification of one kind of chart over a source's window.
 * @example
 * const { spec, rows } = chartPlan("control", chartSource(scenario));
 */
export function chartPlan(kind: ChartKind, src: ChartSource): ChartPlan {
  switch (kind) {
    case "fronts": {
      const rows = frontRows(src);
      return { spec: frontsSpec(src, rows), rows: rows.length };
    }
    case "control": {
      const rows = controlRows(src);
      return { spec: controlSpec(src, rows, src.initial.places.length), rows: rows.length };
    }
    case "casualties": {
      const rows = casualtyRows(src);
      return { spec: casualtiesSpec(src, rows), rows: rows.length };
    }
  }
}
