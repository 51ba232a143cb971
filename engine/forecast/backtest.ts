import { DateTime } from "luxon";
import seedrandom from "seedrandom";
import type { DomainEvent } from "../events/event.js";
import type { Scenario } from "../scenario/scenario.js";
import { type DistanceReport, historical, noChange, straightLine } from "./baselines.js";
import { crps } from "./crps.js";
import {
  ALL_DEATHS,
  allDeaths,
  baselinesOf,
  civiliansKilledBy,
  combatantDeaths,
  DEATHS_BASELINES,
  type DeathCounter,
  type DeathsBaselineName,
  deathsBaselines,
  recordedDeaths,
} from "./deaths-baselines.js";
import { crpsCount, type DeathsScore, type DeathsSummary, scoreDeaths, summariseDeaths } from "./deaths-score.js";
import { type Forecast, forecastPrepared } from "./forecast.js";
import { DAY_MS, type KnownLog, midpointMs } from "./history.js";
import type { Milestone } from "./milestones.js";
import type { ForecastModel } from "./model.js";
import { ForecastPool } from "./pool.js";
import { recordedOutcomes } from "./recorded.js";
import { ForecastError, type PreparedForecast, prepareForecast } from "./setup.js";
import { type MilestoneScore, type ScoreSummary, scoreMilestone, summarise } from "./summary.js";

/** A side is scored from an origin when the log reports it within this many days before (or within the horizon). */
export const ACTIVE_DAYS = 365;

/** The baselines every backtest scores beside the model, as conflict-forecasting competitions do. */
export const BASELINES = ["no-change", "straight-line", "historical"] as const;
export type BaselineName = (typeof BASELINES)[number];

/** Options of `backtest`. */
export interface BacktestOptions {
  /**
   * "weekly" (default: every 7 days from a week into the span), "monthly" (every month from a
   * month into it), or the dates to forecast from.
   */
  readonly origins?: "weekly" | "monthly" | readonly string[];
  /** Keep only the rolling origins from this date on (YYYY-MM-DD; with "weekly" or "monthly"). */
  readonly originsFrom?: string;
  /** Keep only the rolling origins up to this date (YYYY-MM-DD; with "weekly" or "monthly"). */
  readonly originsTo?: string;
  /** Days each forecast looks ahead (default 30); cut short where the span ends, since the log says nothing after it. */
  readonly horizonDays?: number;
  readonly runs: number;
  readonly seed: string | number;
  readonly model?: ForecastModel;
  /** Worker threads shared by every origin's forecast (default 0: this thread). */
  readonly workers?: number;
  /** Logs to pool priors from besides each target's; default: the other built-in scenarios. */
  readonly pool?: readonly Scenario[];
  /** Called after each origin with how many are done and how many there are. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Aborts the backtest (between runs of a forecast, and between origins); it then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** One milestone forecast from one origin, with what the log records and every score. */
export interface BacktestCase {
  readonly scenario: string;
  readonly origin: string;
  readonly milestone: string;
  readonly label: string;
  /** The horizon of this case in days (the requested one, or less where the span ends first). */
  readonly horizon: number;
  /** Days after the origin when the log records it, or null when not within the horizon. */
  readonly observed: number | null;
  readonly model: MilestoneScore;
  /** CRPS (days) of each baseline on this case. */
  readonly baselines: Readonly<Record<BaselineName, number>>;
}

/**
 * One forecast of a count for one side from one origin (its deaths, or in `Backtest.civilians`
 * the civilians it killed; in `Backtest.total`, every death, under `ALL_DEATHS`), with what the
 * log records and every score.
 */
export interface DeathsCase {
  readonly scenario: string;
  readonly origin: string;
  /** The side; `ALL_DEATHS` ("all") in `Backtest.total`. */
  readonly side: string;
  /** The horizon of this case in days. */
  readonly horizon: number;
  /** What the log's reports count for this side after the origin, within the horizon (best estimates, every source added up). */
  readonly observed: number;
  /** The runs' median, 90% band and mean. */
  readonly forecast: { readonly p5: number; readonly p50: number; readonly p95: number; readonly mean: number };
  readonly model: DeathsScore;
  /** CRPS (deaths) of each baseline on this case. */
  readonly baselines: Readonly<Record<DeathsBaselineName, number>>;
}

/** Pooled scores beside each baseline's mean CRPS, the best baseline and the model's skill over it. */
export interface Pooled<S, N extends string> {
  readonly model: S | null;
  readonly baselines: Readonly<Record<N, number>>;
  readonly best: N | null;
  /** 1 - CRPS(model) / CRPS(best baseline); null without cases. */
  readonly skill: number | null;
}

/** The result of `backtest`. */
export interface Backtest {
  readonly scenarios: readonly string[];
  readonly horizonDays: number;
  readonly runs: number;
  readonly seed: string;
  readonly model: { readonly id: string; readonly version: string };
  readonly origins: readonly { readonly scenario: string; readonly origin: string; readonly milestones: number }[];
  readonly cases: readonly BacktestCase[];
  /** Pooled over every case: the model's scores, each baseline's mean CRPS, the best baseline and the skill. */
  readonly pooled: Pooled<ScoreSummary, BaselineName>;
  /**
   * The deaths forecasts: from each origin, each side whose losses the log reports in the
   * `ACTIVE_DAYS` before it or within the horizon; CRPS in deaths, beside the zero, persistence
   * and historical baselines.
   */
  readonly deaths: DeathsBacktest;
  /**
   * The civilians forecasts, scored the same way: from each origin, each side the log reports
   * killing civilians in the `ACTIVE_DAYS` before it or within the horizon (`side` is the side
   * that killed them).
   */
  readonly civilians: DeathsBacktest;
  /**
   * Every death (each side's, the civilians killed by a side named or not, the deaths of no
   * known side) from each origin whose log reports any in the `ACTIVE_DAYS` before it or within
   * the horizon, scored the same way: the forecast a dataset's total (UCDP's `best`) is judged by.
   */
  readonly total: DeathsBacktest;
}

/** Count forecasts from every origin, and their pooled scores. */
export interface DeathsBacktest {
  readonly cases: readonly DeathsCase[];
  readonly pooled: Pooled<DeathsSummary, DeathsBaselineName>;
  /**
   * The model's scores pooled over the cases whose log records a count above 0 alone (null when
   * none does). A recorded 0 falls within every interval whose lower end is 0, as a quiet side's
   * mostly are, so the coverage over every case can flatter the model where there were deaths.
   */
  readonly nonzero: DeathsSummary | null;
}

const dayOf = (ms: number) => ms / DAY_MS;

/** Days from each axis' first distance report to its objective being reached, and each siege's length, in a log. */
export function historicalDurations(log: Pick<KnownLog, "initial" | "events" | "refs" | "startMs">): {
  readonly axes: ReadonlyMap<string, { first: number; reached: number | null }>;
  readonly sieges: ReadonlyMap<string, { first: number; reached: number | null }>;
} {
  const axes = new Map<string, { first: number; reached: number | null }>();
  const sieges = new Map<
    string,
    { first: number; reached: number | null; enclave: readonly string[]; besieged: string | null }
  >();
  for (const e of log.initial)
    if (e.type === "siege-imposed")
      sieges.set(e.siege, {
        first: dayOf(log.startMs),
        reached: null,
        enclave: e.enclave,
        besieged: log.refs.actorSide[e.besieged] ?? null,
      });
  const reach = (key: string, t: number) => {
    const a = axes.get(key);
    if (a !== undefined && a.reached === null) a.reached = t;
  };
  for (const e of log.events) {
    const t = dayOf(midpointMs(e));
    if ((e.type === "advance" || e.type === "withdrawal") && e.objective !== undefined && e.within !== undefined) {
      const key = `${log.refs.actorSide[e.actor]}>${e.objective}`;
      if (!axes.has(key)) axes.set(key, { first: t, reached: null });
      if (e.within.best <= 0) reach(key, t);
    } else if ((e.type === "place-captured" || e.type === "place-recaptured") && e.share === undefined) {
      reach(`${log.refs.actorSide[e.actor]}>${e.place}`, t);
    } else if (e.type === "siege-imposed") {
      sieges.set(e.siege, {
        first: t,
        reached: null,
        enclave: e.enclave,
        besieged: log.refs.actorSide[e.besieged] ?? null,
      });
    } else if (e.type === "siege-broken" || e.type === "siege-lifted") {
      const s = sieges.get(e.siege);
      if (s !== undefined && s.reached === null) {
        s.reached = t;
        if (e.type === "siege-broken") for (const p of s.enclave) reach(`${s.besieged}>${p}`, t);
      }
    }
  }
  return { axes, sieges };
}

function originsOf(scenario: Scenario, options: BacktestOptions): string[] {
  const { origins, originsFrom, originsTo } = options;
  if (origins !== undefined && origins !== "weekly" && origins !== "monthly") return [...origins];
  const zone = scenario.timeZone;
  const start = DateTime.fromISO(scenario.span.start, { zone }).startOf("day");
  const end = DateTime.fromISO(scenario.span.end, { zone });
  const out: string[] = [];
  for (let k = 1; ; k++) {
    const d = origins === "monthly" ? start.plus({ months: k }) : start.plus({ days: 7 * k });
    if (!(d.endOf("day") < end)) break;
    const iso = d.toISODate() as string;
    if ((originsFrom === undefined || iso >= originsFrom) && (originsTo === undefined || iso <= originsTo))
      out.push(iso);
  }
  return out;
}

/** The distance reports of one side to one place known at the origin, in days relative to the origin. */
function reportsOf(
  events: readonly DomainEvent[],
  side: string,
  place: string,
  refs: KnownLog["refs"],
  originMs: number,
): DistanceReport[] {
  const out: DistanceReport[] = [];
  for (const e of events)
    if (
      (e.type === "advance" || e.type === "withdrawal") &&
      e.objective === place &&
      e.within !== undefined &&
      refs.actorSide[e.actor] === side
    )
      out.push({ day: Math.min(0, (midpointMs(e) - originMs) / DAY_MS), km: e.within.best });
  return out;
}

/**
 * Rolling-origin evaluation: from each origin, forecast the milestones open then (each
 * front's objective, each active siege's end), and score the forecasts against what the log
 * records later, with "not within the horizon" an outcome of its own. Scores: CRPS in days
 * (censored at the horizon), coverage of the 50% and 90% intervals, the randomized PIT and
 * the log score of "happens within the horizon"; beside them three baselines (no change, a
 * straight line through the last two distance reports, the historical times-to-go of other
 * axes and sieges) and the model's skill over the best of them. From the same forecasts, each
 * side's deaths within the horizon (`deaths`): CRPS in deaths, coverage and PIT against the
 * count the log records, beside zero, persistence and historical baselines. Deterministic for a
 * seed.
 * @example
 * const b = await backtest([loadScenario("central-syria-2017")], { runs: 1000, seed: "bt" });
 * b.pooled.skill; // 1 - CRPS(model) / CRPS(best baseline)
 */
export async function backtest(scenarios: readonly Scenario[], options: BacktestOptions): Promise<Backtest> {
  const horizonDays = options.horizonDays ?? 30;
  if (!Number.isInteger(horizonDays) || horizonDays < 1 || horizonDays > 3650)
    throw new ForecastError(`--horizon must be a whole number of days from 1 to 3650, got ${horizonDays}`);
  for (const [name, v] of [
    ["originsFrom", options.originsFrom],
    ["originsTo", options.originsTo],
  ] as const) {
    if (v === undefined) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new ForecastError(`${name} '${v}' is not a date: give YYYY-MM-DD`);
    if (Array.isArray(options.origins))
      throw new ForecastError(`${name} bounds rolling origins: give origins "weekly" or "monthly", or leave it out`);
  }
  const seed = String(options.seed);
  const cases: BacktestCase[] = [];
  const deathCases: DeathsCase[] = [];
  const civilianCases: DeathsCase[] = [];
  const totalCases: DeathsCase[] = [];
  const origins: { scenario: string; origin: string; milestones: number }[] = [];
  const plan = scenarios.flatMap((s) => originsOf(s, options).map((o) => ({ scenario: s, origin: o })));
  const rolling = options.origins === undefined || typeof options.origins === "string";
  if (plan.length === 0 && rolling && scenarios.length > 0) {
    const spans = scenarios
      .map((s) => `'${s.id}' ${s.span.start.slice(0, 10)} to ${s.span.end.slice(0, 10)}`)
      .join(", ");
    const bounds = [
      options.originsFrom === undefined ? "" : ` from ${options.originsFrom}`,
      options.originsTo === undefined ? "" : ` to ${options.originsTo}`,
    ].join("");
    throw new ForecastError(
      `no ${options.origins ?? "weekly"} origin${bounds} falls within the span (${spans}), a step before its end: ${bounds === "" ? "the span is shorter than two steps; give the origins as dates" : "give bounds within it"}`,
    );
  }
  let model = { id: options.model?.id ?? "", version: options.model?.version ?? "" };
  let done = 0;
  // One pool of worker threads for every origin: their start-up is paid once.
  const workers = typeof options.workers === "number" ? options.workers : 0;
  const pool = workers > 0 ? new ForecastPool({ workers }) : undefined;
  options.onProgress?.(0, plan.length);
  try {
    for (const { scenario, origin } of plan) {
      options.signal?.throwIfAborted();
      const zone = scenario.timeZone;
      const originDay = DateTime.fromISO(origin, { zone });
      if (!originDay.isValid)
        throw new ForecastError(`origin '${origin}' is not a date: give origins as YYYY-MM-DD, or 'weekly'`);
      const spanEnd = DateTime.fromISO(scenario.span.end, { zone });
      const last = DateTime.min(originDay.plus({ days: horizonDays }).endOf("day"), spanEnd.endOf("day"));
      const horizon = Math.round(last.startOf("day").diff(originDay.startOf("day"), "days").days);
      if (horizon < 1) continue;
      const spec = {
        from: origin,
        until: last.toISODate() as string,
        seed: `${seed}:${scenario.id}:${origin}`,
        ...(options.model === undefined ? {} : { model: options.model }),
        ...(options.pool === undefined ? {} : { pool: options.pool }),
      };
      const prepared = prepareForecast(scenario, spec);
      const f = await forecastPrepared(prepared, {
        runs: options.runs,
        workers,
        ...(pool === undefined ? {} : { workerPool: pool }),
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
      model = f.model;
      const at = { scenario: scenario.id, origin, horizon, seed };
      const sides = prepared.setup.start.refs.sides;
      deathCases.push(...scoreDeathsAt(prepared, f.deaths, sides, at, combatantDeaths, "deaths"));
      civilianCases.push(...scoreDeathsAt(prepared, f.civilians, sides, at, civiliansKilledBy, "civilians"));
      const total = [{ side: ALL_DEATHS, ...f.total }];
      totalCases.push(...scoreDeathsAt(prepared, total, [ALL_DEATHS], at, allDeaths, "total"));
      const recorded = recordedOutcomes(prepared);
      const history = prepared.history;
      const pooled = history.pool.map((log) => ({ log, d: historicalDurations(log) }));
      const originMs = prepared.origin.ms;
      origins.push({ scenario: scenario.id, origin, milestones: f.milestones.length });
      for (const m of f.milestones) {
        const rec = recorded.get(m.id) ?? null;
        const y = rec === null || rec.days > horizon ? Number.POSITIVE_INFINITY : Math.max(0, rec.days);
        const u = seedrandom(`${seed}:pit:${scenario.id}:${origin}:${m.id}`)();
        const score = scoreMilestone(m.samples, y, horizon, u);
        const baselines = baselineCrps(m.milestone, pooled, prepared.history.target, originMs, horizon, y);
        cases.push({
          scenario: scenario.id,
          origin,
          milestone: m.id,
          label: m.label,
          horizon,
          observed: Number.isFinite(y) ? y : null,
          model: score,
          baselines,
        });
      }
      done++;
      options.onProgress?.(done, plan.length);
    }
  } finally {
    await pool?.close();
  }
  return {
    scenarios: scenarios.map((s) => s.id),
    horizonDays,
    runs: options.runs,
    seed,
    model,
    origins,
    cases,
    pooled: pooledWith(summarise(cases.map((c) => c.model)), cases, BASELINES),
    deaths: countBacktest(deathCases),
    civilians: countBacktest(civilianCases),
    total: countBacktest(totalCases),
  };
}

function countBacktest(cases: readonly DeathsCase[]): DeathsBacktest {
  return {
    cases,
    pooled: pooledWith(summariseDeaths(cases.map((c) => c.model)), cases, DEATHS_BASELINES),
    nonzero: summariseDeaths(cases.filter((c) => c.observed > 0).map((c) => c.model)),
  };
}

/**
 * Each baseline's mean CRPS over the cases, the best of them (ties to the first by name) and
 * the model's skill over it: `1 - CRPS(model) / CRPS(best)`; 0 when both are 0, -Infinity when
 * only the baseline is.
 */
function pooledWith<S extends { readonly meanCrps: number }, N extends string>(
  summary: S | null,
  cases: readonly { readonly baselines: Readonly<Record<N, number>> }[],
  names: readonly N[],
): Pooled<S, N> {
  const baselines = Object.fromEntries(
    names.map((name) => [
      name,
      cases.length === 0 ? Number.NaN : cases.reduce((s, c) => s + c.baselines[name], 0) / cases.length,
    ]),
  ) as Record<N, number>;
  const best =
    cases.length === 0 ? null : ([...names].sort((a, b) => baselines[a] - baselines[b] || (a < b ? -1 : 1))[0] ?? null);
  const skill =
    summary === null || best === null
      ? null
      : baselines[best] === 0
        ? summary.meanCrps === 0
          ? 0
          : Number.NEGATIVE_INFINITY
        : 1 - summary.meanCrps / baselines[best];
  return { model: summary, baselines, best, skill };
}

/**
 * The count cases of one origin: each of `keys` (the sides, in catalogue order, or `ALL_DEATHS`)
 * the log reports (its dead, or the civilians it killed, as `count` reads the log) in the
 * `ACTIVE_DAYS` before the origin or within the horizon, the runs' counts scored against the
 * log's and beside each baseline's.
 */
function scoreDeathsAt(
  prepared: PreparedForecast,
  bands: Forecast["deaths"],
  keys: readonly string[],
  at: { readonly scenario: string; readonly origin: string; readonly horizon: number; readonly seed: string },
  count: DeathCounter,
  what: string,
): DeathsCase[] {
  const { setup } = prepared;
  const originMs = prepared.origin.ms;
  const last = setup.world.days.at(-1);
  if (last === undefined) return [];
  const refs = setup.start.refs;
  const observed = recordedDeaths(
    prepared.events.slice(prepared.known),
    refs,
    originMs,
    Date.parse(last.latest),
    count,
  );
  const baselines = deathsBaselines(prepared.history.target, originMs, at.horizon, count);
  const runs = bands[0]?.samples.length ?? 0;
  // The sides scored do not depend on the model or the draws, so models are scored on the same
  // cases: those the log reports in the year before the origin, or gives a count within the horizon.
  const active = recordedDeaths(prepared.history.target.events, refs, originMs - ACTIVE_DAYS * DAY_MS, originMs, count);
  const out: DeathsCase[] = [];
  // Catalogue order, as the forecast's bands are.
  for (const side of keys) {
    const band = bands.find((b) => b.side === side);
    const y = observed.get(side) ?? 0;
    if (!active.has(side) && y === 0) continue;
    const samples = band?.samples ?? new Float64Array(Math.max(1, runs));
    const u = seedrandom(`${at.seed}:pit:${at.scenario}:${at.origin}:${what}:${side}`)();
    const b = baselinesOf(baselines, side);
    out.push({
      scenario: at.scenario,
      origin: at.origin,
      side,
      horizon: at.horizon,
      observed: y,
      forecast: {
        p5: band?.p5 ?? 0,
        p50: band?.p50 ?? 0,
        p95: band?.p95 ?? 0,
        mean: band?.mean ?? 0,
      },
      model: scoreDeaths(samples, y, u),
      baselines: {
        zero: crpsCount(b.zero, y),
        persistence: crpsCount(b.persistence, y),
        historical: crpsCount(b.historical, y),
      },
    });
  }
  return out;
}

/** Each baseline's CRPS on one case. */
function baselineCrps(
  m: Milestone,
  pooled: readonly { log: KnownLog; d: ReturnType<typeof historicalDurations> }[],
  target: KnownLog,
  originMs: number,
  horizon: number,
  y: number,
): Record<BaselineName, number> {
  const origin = dayOf(originMs);
  // The straight line of a siege's end is the one of its relief front, where there is one.
  let line: readonly number[] = noChange(horizon);
  let own: { key: string; first: number } | null = null;
  if (m.kind === "objective") {
    line = straightLine(reportsOf(target.events, m.side, m.place, target.refs, originMs), 0, horizon);
    const key = `${m.side}>${m.place}`;
    const a = pooled[0]?.d.axes.get(key);
    own = { key, first: a?.first ?? origin };
  } else {
    const s = pooled[0]?.d.sieges.get(m.siege);
    own = { key: m.siege, first: s?.first ?? origin };
  }
  // Historical: other axes' (or sieges') times from first report to the end, less the time this one has already run.
  const elapsed = Math.max(0, origin - own.first);
  const durations: number[] = [];
  for (const { log, d } of pooled) {
    const table = m.kind === "objective" ? d.axes : d.sieges;
    for (const [key, a] of table) {
      if (a.reached === null || (log === target && key === own.key)) continue;
      const total = a.reached - a.first;
      if (total > elapsed) durations.push(total - elapsed);
    }
  }
  durations.sort((a, b) => a - b);
  return {
    "no-change": crps(noChange(horizon), y, horizon),
    "straight-line": crps(line, y, horizon),
    historical: crps(historical(durations), y, horizon),
  };
}
