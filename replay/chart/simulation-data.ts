import type { Quantiles } from "../../engine/sim/distributions.js";
import type { Distributions } from "../../engine/sim/measures.js";
import type { Names } from "../render/names.js";
import { chartTime } from "./time.js";

/**
 * One outcome's quantiles across runs at one moment, as the fan chart plots them (`n` and the
 * quantiles as the simulation measured them: runs in which the outcome exists at that moment).
 */
export interface FanRow extends Omit<Quantiles, "mean"> {
  /** The panel: the outcome ("km to Deir ez-Zor", "killed, according to SOHR"). */
  readonly outcome: string;
  readonly side: string;
  readonly sideName: string;
  /** The moment as asked for (`--at`), and its wall-clock time in the scenario's zone. */
  readonly at: string;
  readonly t: number;
  readonly date: string;
  readonly label: string;
}

/** What the fan chart shows, and how many outcomes it leaves out because every run agrees on them. */
export interface Fans {
  readonly rows: readonly FanRow[];
  readonly steady: number;
}

/** How to name what a simulation measured. */
export interface FanNames {
  readonly names: Names;
  readonly zone: string;
  /** Who counts casualties, in words. */
  readonly claimant: (claimant: string) => string;
}

/**
 * The front distances and casualty counts a simulation measured, as fans over its moments: each
 * outcome's 5–95% and 25–75% ranges and median. Outcomes on which every run agrees at every
 * moment are left out (counted in `steady`) unless no outcome varies, when all are shown.
 * Outcomes come fronts first (by objective id, then side), then casualties (by side, then source).
 * @example
 * const { rows } = fanRows(d, { names, zone: scenario.timeZone, claimant: (c) => c });
 */
export function fanRows(d: Distributions, how: FanNames): Fans {
  const isoOf = new Map(d.at.map((a) => [a.key, a.iso]));
  const series: FanRow[][] = [];
  const add = (outcome: string, side: string, byAt: Readonly<Record<string, Quantiles>>) => {
    const sideName = how.names.side(side);
    const rows: FanRow[] = [];
    for (const a of d.at) {
      const q = byAt[a.key];
      if (q === undefined || q.n === 0) continue;
      const time = chartTime(isoOf.get(a.key) ?? a.iso, how.zone);
      rows.push({
        outcome,
        side,
        sideName,
        at: a.key,
        ...time,
        n: q.n,
        p5: q.p5,
        p25: q.p25,
        p50: q.p50,
        p75: q.p75,
        p95: q.p95,
        label: `${sideName}, ${outcome}, ${a.key}: median ${q.p50}, 90% ${q.p5}–${q.p95} over ${q.n} runs`,
      });
    }
    if (rows.length > 0) series.push(rows);
  };
  const sorted = <V>(o: Readonly<Record<string, V>>) =>
    Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [place, bySide] of sorted(d.fronts))
    for (const [side, byAt] of sorted(bySide)) add(`km to ${how.names.place(place)}`, side, byAt);
  for (const [side, byClaimant] of sorted(d.casualties))
    for (const [claimant, byAt] of sorted(byClaimant)) add(`killed, ${how.claimant(claimant)}`, side, byAt);
  const varies = (rows: readonly FanRow[]) => rows.some((r) => r.p5 !== r.p95);
  const varying = series.filter(varies);
  const shown = varying.length > 0 ? varying : series;
  return { rows: shown.flat(), steady: series.length - shown.length };
}
