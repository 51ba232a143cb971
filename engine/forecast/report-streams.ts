import type { DomainEvent } from "../events/event.js";
import type { ActorId, PlaceId, SideId } from "../model/ids.js";
import type { Quantity } from "../model/quantity.js";
import { sampleTriangular } from "../sim/distributions.js";
import type { Rng } from "../sim/rng.js";
import { gammaFactor, pickWeighted, poisson } from "./draws.js";
import { DAY_MS, type KnownHistory, type KnownLog } from "./history.js";
import { ownSpread } from "./intensity.js";
import type { ForecastModel } from "./model.js";
import { pooledRates, type SideRate, type SideRates } from "./pooled-rate.js";
import type { ForecastProcess, GeneratedEvent, RunContext } from "./process.js";
import { rateSpread } from "./rate-spread.js";
import { severitySpread } from "./severity.js";
import type { World } from "./world.js";

/** One source's reports of one stream's figure (a side's dead, the civilians it killed), as known at the origin. */
export interface ClaimantFit {
  readonly claimant: string;
  /** How many of its reports there are: its weight when a source is drawn. */
  readonly reports: number;
  /** The figures it gave, each with its range; one is drawn, then a figure within it. */
  readonly killed: readonly Quantity[];
}

/**
 * One stream's fitted reports (a side's, or one of the deaths no side is named for): what any
 * stream of reports is drawn from.
 */
export interface StreamFit {
  /** Days of the window before the origin that the stream's own count covers (within the span). */
  readonly days: number;
  /** Reports per day: the stream's own count over `days`, pooled towards the pooled rate. */
  readonly rate: number;
  /** Reports of the stream in the window before the origin (`days` long). */
  readonly reports: number;
  /**
   * Every source that reported the stream, by claimant: its reports in the window when the stream
   * has at least the model's `recentFigures` there (`figuresFrom` "window"), else all its reports ("all").
   */
  readonly claimants: readonly ClaimantFit[];
  readonly figuresFrom: "window" | "all";
  /**
   * Squared coefficient of variation of the stream's rate between runs (`rateSpread`): each run
   * multiplies `rate` by its own Gamma factor of mean 1 and this variance, so a quiet month and an
   * offensive both fall within the runs.
   */
  readonly spread: number;
  /** The stream's reports in each block of days the spread was read from, the most recent first. */
  readonly blocks: readonly number[];
  /** Where the reports drawn from were made, each as often as it was named (empty when none named a place). */
  readonly places: readonly PlaceId[];
  /**
   * Squared coefficient of variation of the stream's deaths per report between runs
   * (`severitySpread`): each run scales every figure it draws by its own Gamma factor of mean 1
   * and this variance.
   */
  readonly severity: number;
}

/** One side's fitted stream of reports. */
export interface SideReportsFit extends SideRate, StreamFit {
  readonly actor: ActorId;
}

/** One report a stream is fitted from: which stream (a side), from which source, what it was, where. */
export interface Report<K extends string = SideId> {
  readonly stream: K;
  readonly claimant: string;
  readonly killed: Quantity;
  readonly place: PlaceId | null;
}

/** A stream's parameters, as a forward model gives them: casualties', civilians' and the deaths of no side's have the same fields. */
export type ReportsModel = Omit<ForecastModel["processes"]["casualties"], "enabled">;

interface Gathered {
  recent: number;
  lastMs: number;
  times: number[];
  /** Each report's figure (best estimate), in the order of `times`. */
  sizes: number[];
  claims: Map<string, Quantity[]>;
  recentClaims: Map<string, Quantity[]>;
  places: PlaceId[];
  recentPlaces: PlaceId[];
}

function add(m: Map<string, Quantity[]>, who: string, q: Quantity): void {
  const list = m.get(who);
  if (list === undefined) m.set(who, [q]);
  else list.push(q);
}

/**
 * Fits a stream of reports per key (a side, or a kind of death no side is named for) from the
 * log known at the origin: each stream's daily rate in the window before the origin, partially
 * pooled over every pooled log's streams (`pooledRates`); the figures (and places) it draws from,
 * the window's when it has `recentFigures` there, else all; its spread between runs
 * (`rateSpread`). A stream none of whose reports falls in the `dormantDays` before the origin is
 * left out. In key order.
 * @param reportsOf the reports an event makes (none for an event of another kind)
 */
export function fitStreams<K extends string>(
  history: KnownHistory,
  model: ReportsModel,
  reportsOf: (e: DomainEvent, refs: KnownLog["refs"]) => readonly Report<K>[],
): { readonly pooledRate: number; readonly streams: readonly (StreamFit & { readonly key: K })[] } {
  const prior = { windowDays: model.windowDays, perDay: model.priorReportsPerDay, priorDays: model.priorDays };
  const rates = pooledRates(history, prior, (log) => {
    let count = 0;
    const keys = new Set<string>();
    for (const e of log.events)
      for (const r of reportsOf(e, log.refs)) {
        keys.add(r.stream);
        count++;
      }
    return { count, sides: keys.size };
  });
  const t = history.target;
  const byKey = new Map<K, Gathered>();
  for (const e of t.events) {
    const reports = reportsOf(e, t.refs);
    if (reports.length === 0) continue;
    const earliest = Date.parse(e.time.earliest);
    const recent = earliest > rates.fromMs;
    for (const r of reports) {
      let s = byKey.get(r.stream);
      if (s === undefined) {
        s = {
          recent: 0,
          lastMs: earliest,
          times: [],
          sizes: [],
          claims: new Map(),
          recentClaims: new Map(),
          places: [],
          recentPlaces: [],
        };
        byKey.set(r.stream, s);
      }
      s.lastMs = Math.max(s.lastMs, earliest);
      s.times.push(earliest);
      s.sizes.push(r.killed.best);
      add(s.claims, r.claimant, r.killed);
      if (r.place !== null) s.places.push(r.place);
      if (recent) {
        s.recent++;
        add(s.recentClaims, r.claimant, r.killed);
        if (r.place !== null) s.recentPlaces.push(r.place);
      }
    }
  }
  const streams: (StreamFit & { readonly key: K })[] = [];
  for (const [key, s] of [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // A stream no report has named for a long time (a dyad of a war decades over, in a dataset) is
    // not going on now: it gets no reports, rather than the pooled rate.
    if (history.originMs - s.lastMs > model.dormantDays * DAY_MS) continue;
    // A stream reported often of late draws from what was reported of late: a thirty-year
    // dataset's early rows say little of this year's fighting.
    const figuresFrom = s.recent >= model.recentFigures ? "window" : "all";
    const claimants = [...(figuresFrom === "window" ? s.recentClaims : s.claims)]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([claimant, killed]) => ({ claimant, reports: killed.length, killed }));
    streams.push({
      key,
      reports: s.recent,
      days: rates.days,
      rate: rates.rate(s.recent),
      claimants,
      figuresFrom,
      ...rateSpread(s.times, history.originMs, t.startMs, model),
      places: figuresFrom === "window" ? s.recentPlaces : s.places,
      severity: severitySpread(s.times, s.sizes, history.originMs, t.startMs, model),
    });
  }
  return { pooledRate: rates.pooledRate, streams };
}

/**
 * `fitStreams` with a stream per side: the sides no actor fights for are left out (a simulated
 * report names an actor of its side).
 */
export function fitReports(
  history: KnownHistory,
  world: World,
  model: ReportsModel,
  reportsOf: (e: DomainEvent, refs: KnownLog["refs"]) => readonly Report[],
): SideRates<SideReportsFit> {
  const { pooledRate, streams } = fitStreams(history, model, reportsOf);
  const sides: SideReportsFit[] = [];
  for (const { key, ...fit } of streams) {
    const actor = world.sideActor.get(key);
    if (actor !== undefined) sides.push({ side: key, actor, ...fit });
  }
  return { pooledRate, sides };
}

/** One run's own draws for each stream, in the streams' order. */
export interface StreamRuns {
  /** Reports per day. */
  readonly rates: Float64Array;
  /** What the run's figures are multiplied by. */
  readonly severities: Float64Array;
}

/**
 * One run's own rate and severity per stream. The rate is the fitted one times the run's
 * intensity (shared by every stream) and a Gamma factor of mean 1 of its own, whose variance is
 * what is left of the stream's spread beside the intensity's (`ownSpread`): the product keeps
 * the stream's spread. The severity is a Gamma factor of mean 1 and the stream's `severity`.
 * Every rate is drawn before any severity.
 */
export function runStreams(streams: readonly StreamFit[], rng: Rng, run: RunContext): StreamRuns {
  const rates = Float64Array.from(
    streams,
    (s) => s.rate * run.intensity * gammaFactor(rng, ownSpread(s.spread, run.intensitySpread)),
  );
  const severities = Float64Array.from(streams, (s) => gammaFactor(rng, s.severity));
  return { rates, severities };
}

/**
 * One day's reports of one stream at `rate`: a Poisson number of them, each drawing a source in
 * proportion to how often it reported the stream, then one of its figures, then a value within
 * that figure's range (so the sources' disagreement is kept), times the run's `severity`,
 * rounded. `report` is told each value and its source.
 */
export function drawReports(
  rng: Rng,
  s: StreamFit,
  rate: number,
  severity: number,
  report: (killed: number, claimant: string) => void,
): void {
  const n = poisson(rng, rate);
  for (let k = 0; k < n; k++) {
    const c = s.claimants[
      pickWeighted(
        rng,
        s.claimants.map((x) => x.reports),
      )
    ] as ClaimantFit;
    const figure = c.killed[Math.floor(rng() * c.killed.length)] as Quantity;
    report(Math.round(sampleTriangular(figure, rng) * severity), c.claimant);
  }
}

/** A place drawn from those a stream's reports named, as often as they named it; undefined when none did. */
export function drawPlace(s: StreamFit, rng: Rng): PlaceId | undefined {
  return s.places.length === 0 ? undefined : s.places[Math.floor(rng() * s.places.length)];
}

/**
 * A forward process of one stream of reports per side: fitted by `fitReports` from the reports
 * `reportsOf` reads, each run its own rate per side (drawn before its first day), each day the
 * side's reports (`drawReports`); `event` makes the report's event from the side and the value
 * drawn, with the run's generator for any draw of its own. The event credits the source drawn.
 */
export function reportStreamProcess(
  id: string,
  modelOf: (model: ForecastModel) => ReportsModel,
  reportsOf: (e: DomainEvent, refs: KnownLog["refs"]) => readonly Report[],
  event: (side: SideReportsFit, killed: number, rng: Rng) => GeneratedEvent,
): ForecastProcess<SideRates<SideReportsFit>, StreamRuns> {
  return {
    id,
    estimate: (history, _start, world, model) => fitReports(history, world, modelOf(model), reportsOf),
    start: (fit, _state, _world, rng, run) => runStreams(fit.sides, rng, run),
    step(ctx, fit, own) {
      for (const [i, s] of fit.sides.entries()) {
        const rate = own.rates[i] as number;
        const severity = own.severities[i] as number;
        drawReports(ctx.rng, s, rate, severity, (killed, claimant) => {
          ctx.emit(event(s, killed, ctx.rng), { reportsPerDay: rate, severity }, claimant);
        });
      }
    },
  };
}
