import { NEUTRAL_COLOR, sideColors } from "../visual/palette.js";
import type { ChartSource } from "./context.js";
import { chartTime } from "./time.js";

/** A Vega-Lite specification, as plain JSON. */
export type Spec = { readonly [key: string]: unknown };

/** Looks shared by every chart: plain white, one font, light grid. */
export const CONFIG: Spec = {
  background: "white",
  font: "sans-serif",
  view: { stroke: "#dddddd" },
  axis: { labelFontSize: 10, titleFontSize: 11, gridColor: "#eeeeee" },
  header: { labelFontSize: 11, labelFontWeight: "bold", titleFontSize: 11, labelLimit: 300 },
  legend: { labelFontSize: 10, titleFontSize: 11, orient: "top", labelLimit: 300, symbolOpacity: 1 },
  title: { fontSize: 14, subtitleFontSize: 11, anchor: "start", subtitleColor: "#555555" },
};

/**
 * The colour encoding of sides, by name, from the one side palette: the sides given (ids, in
 * the order to list them; `nobody` is the neutral colour).
 * @example
 * sideColor(src, ["syrian-government", "isil", NOBODY], { id: NOBODY, name: "no known controller" });
 */
export function sideColor(src: ChartSource, shown: readonly string[], nobody?: { id: string; name: string }): Spec {
  const colors = sideColors(src.initial.refs.sides);
  const domain: string[] = [];
  const range: string[] = [];
  for (const id of shown) {
    if (nobody !== undefined && id === nobody.id) {
      domain.push(nobody.name);
      range.push(NEUTRAL_COLOR);
    } else {
      domain.push(src.names.side(id));
      range.push(colors.get(id) ?? NEUTRAL_COLOR);
    }
  }
  return { field: "sideName", type: "nominal", title: "Side", scale: { domain, range }, sort: domain };
}

/**
 * The time axis: the window, in the scenario's zone (see `chartTime`).
 * @example
 * const x = timeX(src); // { field: "t", type: "temporal", ... }
 */
export function timeX(src: ChartSource, title = true): Spec {
  const from = chartTime(new Date(Math.max(src.window.from, Date.parse(src.start))).toISOString(), src.zone).t;
  const to = chartTime(new Date(Math.min(src.window.to, Date.parse(src.end))).toISOString(), src.zone).t;
  return {
    field: "t",
    type: "temporal",
    title: title ? `Date (${src.zone})` : null,
    scale: { type: "utc", domain: [from, to] },
    axis: { format: "%-d %b", labelOverlap: true },
  };
}

/**
 * Side ids in catalogue order that appear in rows, with `last` (if it appears) at the end.
 * @example
 * sidesIn(src, rows, NOBODY); // ["syrian-government", "isil", "none"]
 */
export function sidesIn(src: ChartSource, rows: readonly { readonly side: string }[], last?: string): string[] {
  const present = new Set(rows.map((r) => r.side));
  const ids = src.initial.refs.sides.filter((s) => present.has(s));
  return last !== undefined && present.has(last) ? [...ids, last] : ids;
}

/** What a grid of panels needs: one panel per value of `field`, in the order of `panels`. */
export interface PanelGrid {
  readonly title: { readonly text: string; readonly subtitle: string };
  readonly rows: readonly unknown[];
  /** The field of a row that names its panel, and the panels in order. */
  readonly field: string;
  readonly panels: readonly string[];
  /** How a panel's header shows its name, if not plainly. */
  readonly header?: Spec;
  /** One panel's size in pixels, and its layers. */
  readonly width: number;
  readonly height: number;
  readonly layer: readonly Spec[];
}

/**
 * A Vega-Lite spec of panels side by side, at most three to a row, each with its own y scale:
 * the frame of the fronts, casualties and simulation charts.
 * @example
 * panelGrid({ title: { text: "Fronts", subtitle: "" }, rows, field: "front", panels: ["Sukhnah"], width: 230, height: 120, layer: [] });
 */
export function panelGrid(g: PanelGrid): Spec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: g.title,
    config: CONFIG,
    data: { values: g.rows },
    facet: {
      field: g.field,
      type: "nominal",
      title: null,
      sort: g.panels,
      ...(g.header === undefined ? {} : { header: g.header }),
    },
    columns: Math.min(3, Math.max(1, g.panels.length)),
    resolve: { scale: { y: "independent" } },
    spec: { width: g.width, height: g.height, layer: g.layer },
  };
}
