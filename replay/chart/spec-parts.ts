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
