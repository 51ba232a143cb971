import type { ActorId, SideId } from "../../model/ids.js";
import { exactly, type Quantity } from "../../model/quantity.js";
import { claimantOf } from "../../reducer/handlers/losses.js";
import { sampleTriangular } from "../../sim/distributions.js";
import { gammaFactor, pickWeighted, poisson } from "../draws.js";
import { DAY_MS, type KnownHistory } from "../history.js";
import type { CasualtiesModel } from "../model.js";
import { pooledRates, type SideRate, type SideRates } from "../pooled-rate.js";
import type { ForecastProcess } from "../process.js";
import { rateSpread } from "../rate-spread.js";
import type { World } from "../world.js";

/** One source's reports of one side's dead, as known at the origin. */
export interface ClaimantFit {
  readonly claimant: string;
  /** How many of its reports there are: its weight when a source is drawn. */
  readonly reports: number;
  /** The killed figures it gave, each with its range; one is drawn, then a figure within it. */
  readonly killed: readonly Quantity[];
}

/** One side's fitted casualty reports. */
export interface SideCasualtyFit extends SideRate {
  readonly actor: ActorId;
  /** Reports of this side's dead in the window before the origin (`days` long). */
  readonly reports: number;
  /**
   * Every source that reported this side's dead, by claimant: its reports in the window when the
   * side has at least the model's `recentFigures` there (`figuresFrom` "window"), else all its reports ("all").
   */
  readonly claimants: readonly ClaimantFit[];
  readonly figuresFrom: "window" | "all";
  /**
   * Squared coefficient of variation of the side's rate between runs (`rateSpread`): each run
   * multiplies `rate` by its own Gamma factor of mean 1 and this variance, so a quiet month and an
   * offensive both fall within the runs.
   */
  readonly spread: number;
  /** The side's reports in each block of days the spread was read from, the most recent first. */
  readonly blocks: readonly number[];
}

/** The fitted casualties process: each side's rate of reports, pooled. */
export type CasualtiesFit = SideRates<SideCasualtyFit>;

function estimate(history: KnownHistory, world: World, model: CasualtiesModel): CasualtiesFit {
  const prior = { windowDays: model.windowDays, perDay: model.priorReportsPerDay, priorDays: model.priorDays };
  const rates = pooledRates(history, prior, (log) => {
    let count = 0;
    const sides = new Set<string>();
    for (const e of log.events) {
      if (e.type !== "casualties") continue;
      for (const f of e.figures) {
        const side = log.refs.actorSide[f.actor];
        if (side) sides.add(side);
        if (f.killed !== undefined) count++;
      }
    }
    return { count, sides: sides.size };
  });
  const t = history.target;
  const bySide = new Map<
    SideId,
    {
      recent: number;
      lastMs: number;
      times: number[];
      claims: Map<string, Quantity[]>;
      recentClaims: Map<string, Quantity[]>;
    }
  >();
  const add = (m: Map<string, Quantity[]>, who: string, q: Quantity) => {
    const list = m.get(who);
    if (list === undefined) m.set(who, [q]);
    else list.push(q);
  };
  for (const e of t.events) {
    if (e.type !== "casualties") continue;
    const earliest = Date.parse(e.time.earliest);
    const recent = earliest > rates.fromMs;
    for (const f of e.figures) {
      const side = t.refs.actorSide[f.actor];
      if (!side || f.killed === undefined) continue;
      let s = bySide.get(side);
      if (s === undefined) {
        s = { recent: 0, lastMs: earliest, times: [], claims: new Map(), recentClaims: new Map() };
        bySide.set(side, s);
      }
      const who = claimantOf(e);
      s.lastMs = Math.max(s.lastMs, earliest);
      s.times.push(earliest);
      add(s.claims, who, f.killed);
      if (recent) {
        s.recent++;
        add(s.recentClaims, who, f.killed);
      }
    }
  }
  const sides: SideCasualtyFit[] = [];
  for (const [side, s] of [...bySide].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const actor = world.sideActor.get(side);
    if (actor === undefined) continue;
    // A side whose losses nobody has reported for a long time (a dyad of a war decades over, in
    // a dataset) is not fighting now: it gets no reports, rather than the pooled rate.
    if (history.originMs - s.lastMs > model.dormantDays * DAY_MS) continue;
    // A side reported often of late draws from what was reported of late: a thirty-year dataset's
    // early rows say little of this year's fighting.
    const figuresFrom = s.recent >= model.recentFigures ? "window" : "all";
    const claimants = [...(figuresFrom === "window" ? s.recentClaims : s.claims)]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([claimant, killed]) => ({ claimant, reports: killed.length, killed }));
    sides.push({
      side,
      actor,
      reports: s.recent,
      days: rates.days,
      rate: rates.rate(s.recent),
      claimants,
      figuresFrom,
      ...rateSpread(s.times, history.originMs, t.startMs, model),
    });
  }
  return { pooledRate: rates.pooledRate, sides };
}

/**
 * Casualties: each day a Poisson number of reports of each side's dead, at the run's own rate (the
 * fitted one times a Gamma factor drawn once a run); each report draws a
 * source in proportion to how often it reported that side, then one of its figures, then a
 * value within that figure's range, so the sources' disagreement is kept.
 */
export const casualtiesProcess: ForecastProcess<CasualtiesFit, Float64Array> = {
  id: "casualties",
  estimate: (history, _start, world, model) => estimate(history, world, model.processes.casualties),
  // Each run's own rate per side, drawn once, before its first day.
  start: (fit, _state, _world, rng) => Float64Array.from(fit.sides, (s) => s.rate * gammaFactor(rng, s.spread)),
  step(ctx, fit, rates) {
    for (const [i, s] of fit.sides.entries()) {
      const rate = rates[i] as number;
      const n = poisson(ctx.rng, rate);
      for (let k = 0; k < n; k++) {
        const c = s.claimants[
          pickWeighted(
            ctx.rng,
            s.claimants.map((x) => x.reports),
          )
        ] as ClaimantFit;
        const q = c.killed[Math.floor(ctx.rng() * c.killed.length)] as Quantity;
        const killed = Math.round(sampleTriangular(q, ctx.rng));
        ctx.emit(
          { type: "casualties", figures: [{ actor: s.actor, killed: exactly(killed) }] },
          { reportsPerDay: rate },
          c.claimant,
        );
      }
    }
  },
};
