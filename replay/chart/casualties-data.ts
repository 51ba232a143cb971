import { Ledger } from "../../engine/state/ledger.js";
import type { CasualtyTally } from "../../engine/state/types.js";
import { claimantLabel } from "../render/state.js";
import type { ChartSource } from "./context.js";
import { eachInstant } from "./steps.js";
import { chartTime } from "./time.js";

/** The figures a casualty tally counts, in the order the chart's rows show them. */
export const FIGURES = ["killed", "wounded", "captured"] as const;
export type Figure = (typeof FIGURES)[number];

/** One side's running total of one figure as one source counts it, from one instant on. */
export interface CasualtyRow {
  readonly side: string;
  readonly sideName: string;
  /** The claimant as the state keys it (an attribution, or a document id). */
  readonly claimant: string;
  /** Who counts, in words ("according to SOHR"). */
  readonly source: string;
  readonly figure: Figure;
  /** The panel it is drawn in: the figure and who counts it ("killed | according to SOHR", a line each). */
  readonly panel: string;
  readonly t: number;
  readonly date: string;
  readonly low: number;
  readonly best: number;
  /** The high end; the best value where the source sets no ceiling ("over 120"). */
  readonly high: number;
  /** The report that made it so; null on the row that carries the last total to the window's end. */
  readonly event: string | null;
  readonly label: string;
}

/**
 * Cumulative casualties per side as each source reports them, from the replayed states: a row
 * each time a source's tally for a side gains a report inside the window, and one at the
 * window's end carrying the last total. Sources are never added together. A figure no source
 * gives above zero is left out. Rows come by figure, then source (first report first), then side
 * in catalogue order, each in time order.
 * @example
 * casualtyRows(chartSource(scenario)).filter((r) => r.side === "isil" && r.figure === "killed");
 */
export function casualtyRows(src: ChartSource): CasualtyRow[] {
  const series = new Map<string, CasualtyRow[]>();
  const firstSeen = new Map<string, number>();
  const lastEvent = new Map<string, string>();
  eachInstant(src.initial, src.events, src.start, (state, at) => {
    const ms = Date.parse(at);
    if (ms > src.window.to) return;
    for (const side of Object.keys(state.casualties).sort()) {
      for (const [claimant, tally] of Ledger.entries(state.casualties[side] ?? Ledger.empty<CasualtyTally>())) {
        const key = `${side}\t${claimant}`;
        if (lastEvent.get(key) === tally.lastEvent) continue;
        lastEvent.set(key, tally.lastEvent);
        // A total reported before the window stands at its start.
        const early = ms < src.window.from;
        const time = chartTime(early ? new Date(src.window.from).toISOString() : at, src.zone);
        if (!firstSeen.has(claimant)) firstSeen.set(claimant, time.t);
        const source = claimantLabel(claimant, src.documents);
        const sideName = src.names.side(side);
        for (const figure of FIGURES) {
          const q = tally[figure];
          const high = q.high ?? q.best;
          const range = q.low === high ? `${q.best}` : `${q.best} (${q.low}–${q.high ?? "open"})`;
          const k = `${figure}\t${key}`;
          const rows = early ? [] : (series.get(k) ?? []);
          rows.push({
            side,
            sideName,
            claimant,
            source,
            figure,
            panel: `${figure} | ${source}`,
            ...time,
            low: q.low,
            best: q.best,
            high,
            event: tally.lastEvent,
            label: `${sideName} ${figure} ${source}, ${time.date}: ${range}`,
          });
          series.set(k, rows);
        }
      }
    }
  });
  const end = chartTime(new Date(Math.min(src.window.to, Date.parse(src.end))).toISOString(), src.zone);
  const shown = FIGURES.filter((f) =>
    [...series.entries()].some(([k, rows]) => k.startsWith(`${f}\t`) && rows.some((r) => r.high > 0)),
  );
  const sideOrder = (side: string) => src.initial.refs.sides.indexOf(side);
  const keys = [...series.keys()].sort((a, b) => {
    const [fa = "", sa = "", ca = ""] = a.split("\t");
    const [fb = "", sb = "", cb = ""] = b.split("\t");
    return (
      FIGURES.indexOf(fa as Figure) - FIGURES.indexOf(fb as Figure) ||
      (firstSeen.get(ca) ?? 0) - (firstSeen.get(cb) ?? 0) ||
      (ca < cb ? -1 : ca > cb ? 1 : 0) ||
      sideOrder(sa) - sideOrder(sb)
    );
  });
  const rows: CasualtyRow[] = [];
  for (const k of keys) {
    const list = series.get(k) ?? [];
    const lastRow = list[list.length - 1];
    if (lastRow === undefined || !shown.includes(lastRow.figure) || !list.some((r) => r.high > 0)) continue;
    rows.push(...list);
    if (lastRow.t < end.t)
      rows.push({ ...lastRow, ...end, event: null, label: `${lastRow.label} (still on ${end.date})` });
  }
  return rows;
}
