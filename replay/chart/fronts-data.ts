import type { ChartSource } from "./context.js";
import { eachInstant } from "./steps.js";
import { chartTime, inWindow } from "./time.js";

/** What every row of the fronts chart says: which front, whose, when, by which event, in words. */
interface FrontRowBase {
  /** The objective's name: one panel per objective. */
  readonly front: string;
  readonly objective: string;
  readonly side: string;
  readonly sideName: string;
  /** Wall-clock time in the scenario's zone (see `chartTime`), and the local date. */
  readonly t: number;
  readonly date: string;
  readonly event: string;
  /** What the point says, in words (the mark's accessible description). */
  readonly label: string;
}

/** A distance a side was reported to be from its objective, as the fronts chart plots it. */
export interface FrontReport extends FrontRowBase {
  readonly kind: "report";
  readonly low: number;
  readonly best: number;
  /** The high end; the best value where the source sets no ceiling. */
  readonly high: number;
  /** The source's wording, if any. */
  readonly text: string | null;
  /** What its range says, in words. */
  readonly rangeLabel: string;
}

/** The end of a front (its objective taken, its enclave relieved, its offensive stopped). */
export interface FrontEnd extends FrontRowBase {
  readonly kind: "closed";
  readonly reason: string;
}

export type FrontRow = FrontReport | FrontEnd;

/**
 * Each front's reported distances and its end, from the replayed states: a report each time a
 * front's distance is set by a new event, an end each time it closes, inside the window (a front
 * with no report there is left out). Rows
 * come front by front (fronts ordered by their first report, then objective and side), each in
 * time order.
 * @example
 * frontRows(chartSource(scenario)).filter((r) => r.objective === "deir-ez-zor");
 */
export function frontRows(src: ChartSource): FrontRow[] {
  const byFront = new Map<string, FrontRow[]>();
  const last = new Map<string, { event: string | null; closedBy: string | null }>();
  eachInstant(src.initial, src.events, src.start, (state) => {
    for (const place of state.places) {
      for (const side of Object.keys(place.fronts).sort()) {
        const f = place.fronts[side];
        if (f === undefined) continue;
        const key = `${place.id}\t${side}`;
        const seen = last.get(key) ?? { event: null, closedBy: null };
        const rows = byFront.get(key) ?? [];
        const base = {
          front: src.names.place(place.id),
          objective: place.id,
          side,
          sideName: src.names.side(side),
        };
        if (f.byEvent !== null && f.byEvent !== seen.event && f.since !== null && inWindow(f.since, src.window)) {
          const q = f.distanceKm;
          const high = q.high ?? q.best;
          const time = chartTime(f.since, src.zone);
          const range = q.low === high ? `${q.best} km` : `${q.best} km (${q.low}–${q.high ?? "open"})`;
          rows.push({
            kind: "report",
            ...base,
            ...time,
            low: q.low,
            best: q.best,
            high,
            text: q.text,
            event: f.byEvent,
            label: `${base.sideName} to ${base.front}, ${time.date}: ${range}`,
            rangeLabel: `${base.sideName} to ${base.front}, ${time.date}: range ${q.low}–${q.high ?? "open"} km`,
          });
        }
        const closedBy = f.closed?.byEvent ?? null;
        if (f.closed !== null && closedBy !== seen.closedBy && inWindow(f.closed.at, src.window)) {
          const time = chartTime(f.closed.at, src.zone);
          rows.push({
            kind: "closed",
            ...base,
            ...time,
            reason: f.closed.reason,
            event: f.closed.byEvent,
            label: `${base.sideName} to ${base.front}, ${time.date}: front ended (${f.closed.reason})`,
          });
        }
        last.set(key, { event: f.byEvent, closedBy });
        if (rows.length > 0) byFront.set(key, rows);
      }
    }
  });
  const first = (rows: readonly FrontRow[]) => rows[0]?.t ?? 0;
  return [...byFront.entries()]
    .filter(([, rows]) => rows.some((r) => r.kind === "report"))
    .sort(([ka, a], [kb, b]) => first(a) - first(b) || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .flatMap(([, rows]) => rows);
}
