import type { DomainEvent } from "../events/event.js";
import type { Refs } from "../state/types.js";
import { DAY_MS, type KnownLog } from "./history.js";

/** The baselines a backtest scores the deaths forecasts against, as conflict-forecasting competitions do. */
export const DEATHS_BASELINES = ["zero", "persistence", "historical"] as const;
export type DeathsBaselineName = (typeof DEATHS_BASELINES)[number];

/** How many past windows of the horizon's length the historical baseline draws from, at most. */
export const HISTORICAL_WINDOWS = 12;

/** The deaths an event counts, per side: `add(side, n)` for each. */
export type DeathCounter = (
  e: DomainEvent,
  refs: Pick<Refs, "actorSide">,
  add: (side: string, n: number) => void,
) => void;

/** A casualty report's dead, per side they belonged to (best estimates, as the runs count them). */
export const combatantDeaths: DeathCounter = (e, refs, add) => {
  if (e.type !== "casualties") return;
  for (const f of e.figures) {
    const side = refs.actorSide[f.actor];
    if (side !== undefined && side !== null && f.killed !== undefined) add(side, f.killed.best);
  }
};

/** A report of civilians killed, under the side that killed them when the source names it. */
export const civiliansKilledBy: DeathCounter = (e, refs, add) => {
  if (e.type !== "civilians-killed" || e.by === undefined) return;
  const side = refs.actorSide[e.by];
  if (side !== undefined && side !== null) add(side, e.killed.best);
};

/** The key `allDeaths` counts under: one count for the whole theatre. */
export const ALL_DEATHS = "all";

/**
 * Every death a report counts, under `ALL_DEATHS`: each figure's dead, the civilians killed (by a
 * side named or not) and the deaths of no known side, as the runs count them. A casualty report's
 * `total` is not added: it is the same deaths again.
 */
export const allDeaths: DeathCounter = (e, _refs, add) => {
  if (e.type === "civilians-killed") add(ALL_DEATHS, e.killed.best);
  else if (e.type === "casualties") {
    let n = (e.civilians?.best ?? 0) + (e.unknown?.best ?? 0);
    for (const f of e.figures) n += f.killed?.best ?? 0;
    add(ALL_DEATHS, n);
  }
};

/**
 * What each side's reports count in `(fromMs, toMs]` of the log (every source's reports added
 * up): the recorded outcome of a deaths forecast, judged as the runs are (an event counts by its
 * earliest time, as the origin splits the known events from the later ones).
 * @example
 * recordedDeaths(prepared.events.slice(prepared.known), refs, originMs, horizonEndMs).get("isil"); // 800
 */
export function recordedDeaths(
  events: readonly DomainEvent[],
  refs: Pick<Refs, "actorSide">,
  fromMs: number,
  toMs: number,
  count: DeathCounter = combatantDeaths,
): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  const add = (side: string, n: number) => out.set(side, (out.get(side) ?? 0) + n);
  for (const e of events) {
    const t = Date.parse(e.time.earliest);
    if (t > fromMs && t <= toMs) count(e, refs, add);
  }
  return out;
}

/** Each baseline's ensemble for one side's deaths over a horizon. */
export type DeathsBaselines = Readonly<Record<DeathsBaselineName, readonly number[]>>;

/**
 * Each baseline's ensemble for every side's deaths over the `horizonDays` after the origin, from
 * the log known at the origin (a side no window reports is not in the map):
 * - **zero**: no deaths reported;
 * - **persistence**: as many as in the `horizonDays` before the origin;
 * - **historical**: one member for each of the last `HISTORICAL_WINDOWS` windows of `horizonDays`
 *   before the origin that lie within the log's span (the most recent alone when the log is
 *   younger than one window): the deaths reported in it.
 * A report counts in the window `(to − horizonDays, to]` that holds its earliest time.
 * @example
 * deathsBaselines(history.target, originMs, 30).get("isil"); // { zero: [0], persistence: [212], historical: [212, 180, ...] }
 */
export function deathsBaselines(
  log: Pick<KnownLog, "events" | "refs" | "startMs">,
  originMs: number,
  horizonDays: number,
  count: DeathCounter = combatantDeaths,
): ReadonlyMap<string, DeathsBaselines> {
  if (!(Number.isInteger(horizonDays) && horizonDays >= 1))
    throw new RangeError(`horizonDays must be a whole number of days >= 1, got ${horizonDays}`);
  const width = horizonDays * DAY_MS;
  let windows = 1;
  while (windows < HISTORICAL_WINDOWS && originMs - (windows + 1) * width >= log.startMs) windows++;
  const sums = new Map<string, number[]>();
  let k = 0;
  const add = (side: string, n: number) => {
    let w = sums.get(side);
    if (w === undefined) {
      w = new Array<number>(windows).fill(0);
      sums.set(side, w);
    }
    w[k] = (w[k] as number) + n;
  };
  for (const e of log.events) {
    const t = Date.parse(e.time.earliest);
    if (t > originMs) continue;
    k = Math.floor((originMs - t) / width);
    if (k < windows) count(e, log.refs, add);
  }
  const out = new Map<string, DeathsBaselines>();
  for (const [side, w] of sums) out.set(side, { zero: [0], persistence: [w[0] as number], historical: w });
  return out;
}

/** A side's baselines from `deathsBaselines`: zeros for a side the windows never report. */
export function baselinesOf(all: ReadonlyMap<string, DeathsBaselines>, side: string): DeathsBaselines {
  return all.get(side) ?? NONE;
}

const NONE: DeathsBaselines = { zero: [0], persistence: [0], historical: [0] };
