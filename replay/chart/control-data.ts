import type { State } from "../../engine/state/types.js";
import type { ChartSource } from "./context.js";
import { eachInstant } from "./steps.js";
import { chartTime } from "./time.js";

/** The series of places nobody is known to hold (or held evenly divided). */
export const NOBODY = "none";

/** How many catalogue places one side holds from one instant on. */
export interface ControlRow {
  /** A side id, or `NOBODY`. */
  readonly side: string;
  readonly sideName: string;
  readonly t: number;
  readonly date: string;
  readonly count: number;
  /** The count differs from the side's count just before (a point is drawn there). */
  readonly changed: boolean;
  readonly label: string;
}

/**
 * How many places each side (and nobody) holds in a state, by side id.
 * @example
 * controlCounts(campaign.at("2017-09-05").state).get("isil");
 */
export function controlCounts(state: State): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of state.places) {
    const key = p.controller ?? NOBODY;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Places held per side over time, from the replayed states: a row per side at the window's
 * start, at every instant inside it where some side's count changes, and at its end (so each
 * step line runs to the edge). Sides come in catalogue order, nobody last; a side that holds
 * nothing anywhere in the window is left out.
 * @example
 * controlRows(chartSource(scenario)).filter((r) => r.side === "isil" && r.changed);
 */
export function controlRows(src: ChartSource): ControlRow[] {
  const keys = [...src.initial.refs.sides, NOBODY];
  const steps: { at: string; counts: Map<string, number> }[] = [];
  let before = null as Map<string, number> | null;
  eachInstant(src.initial, src.events, src.start, (state, at) => {
    const ms = Date.parse(at);
    const counts = controlCounts(state);
    if (ms <= src.window.from) before = counts;
    else if (ms <= src.window.to) steps.push({ at, counts });
  });
  const endIso = new Date(Math.min(src.window.to, Date.parse(src.end))).toISOString();
  const opening: Map<string, number> | null = before;
  const timeline =
    opening === null ? steps : [{ at: new Date(src.window.from).toISOString(), counts: opening }, ...steps];
  const held = new Set(keys.filter((k) => timeline.some((s) => (s.counts.get(k) ?? 0) > 0)));
  const rows: ControlRow[] = [];
  for (const side of keys) {
    if (!held.has(side)) continue;
    const sideName = side === NOBODY ? "no known controller" : src.names.side(side);
    let prior: number | null = null;
    for (const step of timeline) {
      const count = step.counts.get(side) ?? 0;
      if (count === prior) continue;
      const time = chartTime(step.at, src.zone);
      rows.push({
        side,
        sideName,
        ...time,
        count,
        changed: true,
        label: `${sideName}: ${count} places from ${time.date}`,
      });
      prior = count;
    }
    const end = chartTime(endIso, src.zone);
    rows.push({
      side,
      sideName,
      ...end,
      count: prior ?? 0,
      changed: false,
      label: `${sideName}: ${prior ?? 0} places on ${end.date}`,
    });
  }
  return rows;
}
