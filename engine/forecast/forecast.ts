import { DateTime } from "luxon";
import type { Catalogue } from "../catalogue/catalogue.js";
import type { DomainEvent } from "../events/event.js";
import type { Scenario } from "../scenario/scenario.js";
import { quantileOfSorted } from "../sim/distributions.js";
import type { SimulationTarget } from "../sim/setup.js";
import { Ledger } from "../state/ledger.js";
import type { State } from "../state/types.js";
import { DAY_MS } from "./history.js";
import type { IntensityFit } from "./intensity.js";
import { type Milestone, SIEGE_ENDS } from "./milestones.js";
import { type ForecastPool, type ForecastPoolOptions, runForecastRanges } from "./pool.js";
import { UNATTRIBUTED, type Unattributed } from "./processes/unattributed.js";
import { forwardRun, type RunOutcome } from "./run.js";
import { BUILT_IN_PROCESSES, type ForecastSpec, type PreparedForecast, prepareForecast } from "./setup.js";

/** Options of `forecast`. */
export interface ForecastOptions extends ForecastSpec {
  /** How many runs (1 to 1,000,000). */
  readonly runs: number;
  /**
   * Worker threads: 0 runs everything here; "auto" (default) uses the cores less one when there
   * are 2,000 runs or more. Processes of your own (`processes`) always run here.
   */
  readonly workers?: number | "auto";
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
  /** Warm worker threads to run on (see `ForecastPool`); `workers` then caps how many are used. */
  readonly workerPool?: ForecastPool;
}

/** Days after the origin at the usual quantiles, over every run (runs where it did not happen count as beyond the horizon). */
export interface DayQuantiles {
  readonly p5: number | null;
  readonly p25: number | null;
  readonly p50: number | null;
  readonly p75: number | null;
  readonly p95: number | null;
}

/** The forecast of one milestone. */
export interface MilestoneForecast {
  readonly id: string;
  readonly kind: Milestone["kind"];
  readonly label: string;
  readonly milestone: Milestone;
  /** Share of runs in which it happened by the horizon, and in which it did not. */
  readonly happened: number;
  readonly beyond: number;
  /** Quantiles in days after the origin (null: beyond the horizon), and the same as local dates. */
  readonly days: DayQuantiles;
  readonly dates: { readonly [K in keyof DayQuantiles]: string | null };
  /** For a siege: the share of runs it ended in each way. */
  readonly outcomes: { readonly broken: number; readonly lifted: number; readonly fallen: number } | null;
  /** Every run's value, in run order: days after the origin, Infinity when not by the horizon. */
  readonly samples: Float64Array;
}

/** A place's chance of being held by each side at one date. */
export interface PlaceOdds {
  readonly place: string;
  readonly name: string;
  /** Side id to probability; "none" for no controller. Sides with no chance are left out. */
  readonly p: ReadonlyMap<string, number>;
}

/** Quantiles over the runs of one side's share of the theatre's places on one day. */
export interface ShareBand {
  readonly side: string;
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
}

/**
 * Quantiles over the runs of a count of deaths the simulated reports make from the origin to the
 * horizon (best estimates, every source's reports added up).
 */
export interface CountBand {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
  /** Every run's count, in run order (what `backtest` scores). */
  readonly samples: Float64Array;
}

/** Quantiles over the runs of the deaths one side's simulated reports count (its dead, or the civilians it killed). */
export interface DeathsBand extends CountBand {
  readonly side: string;
}

/** Quantiles over the runs of one kind of death no side is named for: civilians whose killers are not named, or deaths of no known side. */
export interface UnattributedBand extends CountBand {
  readonly what: Unattributed;
}

/** The result of `forecast`. */
export interface Forecast {
  readonly scenario: string;
  readonly from: string;
  readonly until: string;
  readonly horizonDays: number;
  readonly runs: number;
  readonly seed: string;
  readonly model: { readonly id: string; readonly version: string };
  /** Each process' fitted parameters: what the runs were drawn from. */
  readonly parameters: readonly { readonly process: string; readonly parameters: unknown }[];
  /** The theatre's intensity: the spread of the factor every run draws and its streams of reports share, and the counts it was read from. */
  readonly intensity: IntensityFit;
  readonly milestones: readonly MilestoneForecast[];
  readonly control: readonly { readonly at: string; readonly places: readonly PlaceOdds[] }[];
  /** Per day from the origin to the horizon: each side's share of the theatre's places. */
  readonly shares: readonly { readonly date: string; readonly sides: readonly ShareBand[] }[];
  /** Per side whose losses some run reported, in catalogue order: the deaths reported by the horizon. */
  readonly deaths: readonly DeathsBand[];
  /**
   * Per side that some run reported killing civilians, in catalogue order: the civilians its
   * simulated reports say it killed by the horizon (reports that name no killer are in `unattributed`).
   */
  readonly civilians: readonly DeathsBand[];
  /** Each kind of death no side is named for that some run reported, in `UNATTRIBUTED` order. */
  readonly unattributed: readonly UnattributedBand[];
  /**
   * Every death the simulated reports count: each side's dead, the civilians killed (by a side
   * named or not) and the deaths of no known side. What a dataset's total of a period (UCDP's
   * `best`) is scored against.
   */
  readonly total: CountBand;
  /** Events generated in all, and refused by the rules (a process asked for what could not be). */
  readonly generated: number;
  readonly refused: number;
}

function dateOf(originMs: number, days: number | null, zone: string): string | null {
  if (days === null) return null;
  return DateTime.fromMillis(originMs + days * DAY_MS, { zone }).toISODate();
}

function placeName(catalogue: Catalogue, id: string): string {
  return catalogue.place(id)?.name ?? id;
}

function sideName(catalogue: Catalogue, id: string): string {
  return catalogue.side(id)?.name ?? id;
}

/** A milestone as a reader names it. */
export function milestoneLabel(m: Milestone, scenario: Scenario, start: State): string {
  const c = scenario.catalogue;
  if (m.kind === "siege") return `${Ledger.get(start.sieges, m.siege)?.name ?? m.siege} ends`;
  const relief =
    m.relieves === null ? "" : ` (relieving the ${Ledger.get(start.sieges, m.relieves)?.name ?? m.relieves})`;
  return `${sideName(c, m.side)} reaches ${placeName(c, m.place)}${relief}`;
}

/** Merges run outcomes, in run-index order, into the forecast. */
export function summarise(prepared: PreparedForecast, outcomes: readonly RunOutcome[]): Forecast {
  const { setup, scenario } = prepared;
  const runs = outcomes.length;
  const zone = scenario.timeZone;
  const horizon = setup.world.days.length;
  const originMs = prepared.origin.ms;
  const milestones = setup.milestones.map((m, k): MilestoneForecast => {
    const samples = new Float64Array(runs);
    const ends = [0, 0, 0];
    let happened = 0;
    for (let r = 0; r < runs; r++) {
      const o = outcomes[r] as RunOutcome;
      samples[r] = o.when[k] as number;
      const how = o.how[k] as number;
      if (how > 0) happened++;
      if (m.kind === "siege" && how > 0) ends[how - 1] = (ends[how - 1] as number) + 1;
    }
    const sorted = Float64Array.from(samples).sort();
    const q = (p: number) => {
      const v = quantileOfSorted(sorted, p);
      return Number.isFinite(v) ? v : null;
    };
    const days = { p5: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95) };
    return {
      id: m.id,
      kind: m.kind,
      label: milestoneLabel(m, scenario, setup.start),
      milestone: m,
      happened: happened / runs,
      beyond: 1 - happened / runs,
      days,
      dates: {
        p5: dateOf(originMs, days.p5, zone),
        p25: dateOf(originMs, days.p25, zone),
        p50: dateOf(originMs, days.p50, zone),
        p75: dateOf(originMs, days.p75, zone),
        p95: dateOf(originMs, days.p95, zone),
      },
      outcomes:
        m.kind === "siege"
          ? ({
              [SIEGE_ENDS[0] as string]: (ends[0] as number) / runs,
              [SIEGE_ENDS[1] as string]: (ends[1] as number) / runs,
              [SIEGE_ENDS[2] as string]: (ends[2] as number) / runs,
            } as { broken: number; lifted: number; fallen: number })
          : null,
      samples,
    };
  });
  const theatre = setup.world.theatre;
  const control = prepared.at.map((a) => {
    const row = setup.controlDays.indexOf(a.day);
    // counts[j * (sides + 1) + s + 1]: runs in which place j is held by side s (index 0: by nobody).
    const width = setup.sides.length + 1;
    const counts = new Uint32Array(theatre.length * width);
    const at = row * theatre.length;
    for (const o of outcomes)
      for (let j = 0; j < theatre.length; j++) {
        const slot = j * width + (o.control[at + j] as number) + 1;
        counts[slot] = (counts[slot] as number) + 1;
      }
    const keys = ["none", ...setup.sides].map((key, s) => ({ key, s })).sort((x, y) => (x.key < y.key ? -1 : 1));
    const places = theatre.map((placeIndex, j): PlaceOdds => {
      const p = new Map<string, number>();
      for (const { key, s } of keys) {
        const c = counts[j * width + s] as number;
        if (c > 0) p.set(key, c / runs);
      }
      const id = setup.start.refs.placeIds[placeIndex] as string;
      return { place: id, name: placeName(scenario.catalogue, id), p };
    });
    return { at: a.text, places };
  });
  const counted = theatre.filter((i) => !setup.world.areas.has(setup.start.refs.placeIds[i] as string)).length;
  const n = setup.sides.length;
  const shares = [];
  // Held counts are whole numbers from 0 to `counted`: quantiles come from a histogram of them,
  // the same order statistics a sort would give, without sorting every day's runs.
  const hist = new Uint32Array(counted + 1);
  const orderStat = (i: number): number => {
    let seen = 0;
    for (let v = 0; v < hist.length; v++) {
      seen += hist[v] as number;
      if (seen > i) return v;
    }
    return hist.length - 1;
  };
  const share = (p: number): number => {
    const h = (runs - 1) * p;
    const lo = Math.floor(h);
    const a = orderStat(lo);
    const b = orderStat(Math.min(runs - 1, lo + 1));
    return (a === b ? a : a + (h - lo) * (b - a)) / Math.max(1, counted);
  };
  for (let day = 0; day <= horizon; day++) {
    const sides: ShareBand[] = [];
    for (let k = 0; k < n; k++) {
      hist.fill(0);
      let sum = 0;
      for (const o of outcomes) {
        const v = o.held[day * n + k] as number;
        hist[v] = (hist[v] as number) + 1;
        sum += v;
      }
      if (sum === 0) continue;
      sides.push({
        side: setup.sides[k] as string,
        p5: share(0.05),
        p50: share(0.5),
        p95: share(0.95),
        mean: sum / Math.max(1, counted) / runs,
      });
    }
    const date =
      day === 0
        ? (DateTime.fromMillis(originMs, { zone }).toISODate() as string)
        : (setup.world.days[day - 1]?.earliest.slice(0, 10) as string);
    shares.push({ date, sides });
  }
  const deaths = bands(setup.start.refs.sides, outcomes, (o) => o.killed);
  const civilians = bands(setup.start.refs.sides, outcomes, (o) => o.civilians);
  const unattributed: UnattributedBand[] = [];
  UNATTRIBUTED.forEach((what, k) => {
    const b = countBand(Float64Array.from(outcomes, (o) => o.unattributed[k] as number));
    if (b !== null) unattributed.push({ what, ...b });
  });
  const total = countBand(Float64Array.from(outcomes, totalDeaths)) ?? zeroBand(runs);
  return {
    scenario: scenario.id,
    from: prepared.origin.iso,
    until: prepared.until.iso,
    horizonDays: horizon,
    runs,
    seed: setup.seed,
    model: setup.model,
    parameters: setup.fits,
    intensity: setup.intensity,
    milestones,
    control,
    shares,
    deaths,
    civilians,
    unattributed,
    total,
    generated: outcomes.reduce((s, o) => s + o.generated, 0),
    refused: outcomes.reduce((s, o) => s + o.refused, 0),
  };
}

/** Every death one run's reports count: each side's, the civilians killed, the deaths of no known side. */
function totalDeaths(o: RunOutcome): number {
  let sum = 0;
  for (const a of [o.killed, o.civilians, o.unattributed]) for (const v of a) sum += v;
  return sum;
}

/** The quantiles of the runs' counts, and every run's; null when no run counts any. */
function countBand(samples: Float64Array): CountBand | null {
  const values = Float64Array.from(samples).sort();
  const sum = values.reduce((a, b) => a + b, 0);
  if (sum === 0) return null;
  return {
    p5: quantileOfSorted(values, 0.05),
    p50: quantileOfSorted(values, 0.5),
    p95: quantileOfSorted(values, 0.95),
    mean: sum / samples.length,
    samples,
  };
}

/** The band of runs that all count nothing. */
const zeroBand = (runs: number): CountBand => ({ p5: 0, p50: 0, p95: 0, mean: 0, samples: new Float64Array(runs) });

/** Per side with any count in any run, in catalogue order: the quantiles of the runs' counts, and every run's. */
function bands(
  sides: readonly string[],
  outcomes: readonly RunOutcome[],
  counts: (o: RunOutcome) => Float64Array,
): DeathsBand[] {
  const out: DeathsBand[] = [];
  sides.forEach((side, k) => {
    const b = countBand(Float64Array.from(outcomes, (o) => counts(o)[k] as number));
    if (b !== null) out.push({ side, ...b });
  });
  return out;
}

function workerCount(options: RunForecastOptions, custom: boolean): number {
  const w = options.workers ?? "auto";
  if (w !== "auto" && (!Number.isInteger(w) || w < 0 || w > 64))
    throw new RangeError(`workers must be a whole number from 0 to 64 or "auto", got ${w}`);
  if (custom) return 0;
  if (options.workerPool !== undefined)
    return w === "auto" ? options.workerPool.size : Math.min(w, options.workerPool.size);
  if (w === "auto") return options.runs >= 2000 ? Math.max(1, Math.min(8, availableCores() - 1)) : 0;
  return w;
}

import { availableParallelism as availableCores } from "node:os";

/** The most runs a forecast takes. */
export const MAX_RUNS = 1_000_000;

/**
 * Simulates forward from a moment of a scenario or a what-if branch: fits each forward
 * process on what was known then, runs the model `runs` times to the horizon, and returns the
 * distribution of each milestone's date, each place's chance of being held by each side at
 * the dates asked, and each side's share of the theatre over time. Run i draws from
 * `seedrandom(\`${seed}:${i}\`)` and results merge in run order: the same for any number of workers.
 * @example
 * const f = await forecast(loadScenario("central-syria-2017"), {
 *   from: "2017-08-20", until: "2017-10-31", runs: 1000, seed: "s1",
 * });
 * f.milestones.find((m) => m.id === "siege:deir-ez-zor-city")?.dates.p50; // the median date it ends
 */
export async function forecast(target: SimulationTarget, options: ForecastOptions): Promise<Forecast> {
  checkRuns(options.runs);
  return forecastPrepared(prepareForecast(target, options), options);
}

/** How a prepared forecast is run: how many runs, on which threads, with what progress and abort. */
export type RunForecastOptions = Pick<ForecastOptions, "runs" | "workers" | "onProgress" | "signal" | "workerPool">;

function checkRuns(runs: number): void {
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS)
    throw new RangeError(`runs must be a whole number from 1 to ${MAX_RUNS}, got ${runs}`);
}

/**
 * Runs a forecast already prepared (`prepareForecast`): for callers that also read the
 * preparation (what the log records after the origin, the fitted world), so it is made once.
 * @example
 * const prepared = prepareForecast(scenario, spec);
 * const f = await forecastPrepared(prepared, { runs: 1000 });
 * const recorded = recordedOutcomes(prepared);
 */
export async function forecastPrepared(prepared: PreparedForecast, options: RunForecastOptions): Promise<Forecast> {
  checkRuns(options.runs);
  // Processes of the user's own are functions, which do not cross to worker threads.
  const custom = [...prepared.processes.values()].some((p) => !BUILT_IN_PROCESSES.includes(p));
  const workers = workerCount(options, custom);
  const outcomes: RunOutcome[] = new Array(options.runs);
  if (workers > 0) {
    const job: ForecastPoolOptions = {
      workers,
      onRun: (r, o) => {
        outcomes[r] = o;
      },
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    };
    if (options.workerPool === undefined) await runForecastRanges(prepared.setup, options.runs, job);
    else await options.workerPool.run(prepared.setup, options.runs, job);
  } else {
    for (let r = 0; r < options.runs; r++) {
      if (r % 250 === 0) {
        options.signal?.throwIfAborted();
        if (r > 0) {
          options.onProgress?.(r, options.runs);
          await new Promise((res) => setImmediate(res));
        }
      }
      outcomes[r] = forwardRun(prepared.setup, prepared.processes, r);
    }
    options.onProgress?.(options.runs, options.runs);
  }
  return summarise(prepared, outcomes);
}

/** One run of a forecast, whole: its generated events and the log and state they make. */
export interface ForecastRun {
  readonly run: number;
  /** The events generated, in order; each is marked `simulated`. */
  readonly events: readonly DomainEvent[];
  /** The scenario as it would read with this future: the events known at the origin, then the run's. */
  readonly scenario: Scenario;
  readonly state: State;
}

/**
 * Re-creates one run of a forecast alone, with its full event log. The scenario it returns
 * works with `Campaign`, so `state`, `explain`, `history` and `diff` work on the simulated future.
 * @example
 * const run = forecastRun(scenario, { from: "2017-08-20", until: "2017-10-31", seed: "s1" }, 7);
 * Campaign.of(run.scenario).explain("Deir ez-Zor", "2017-10-31").summary;
 */
export function forecastRun(target: SimulationTarget, spec: ForecastSpec, run: number): ForecastRun {
  if (!Number.isInteger(run) || run < 0) throw new RangeError(`run must be a whole number >= 0, got ${run}`);
  const prepared = prepareForecast(target, spec);
  const o = forwardRun(prepared.setup, prepared.processes, run, true);
  const events = o.events ?? [];
  const scenario: Scenario = {
    ...prepared.scenario,
    span: { start: prepared.scenario.span.start, end: prepared.until.iso },
    events: [...prepared.events.slice(0, prepared.known), ...events],
    file: null,
  };
  return { run, events, scenario, state: o.final as State };
}
