import type { SideId } from "../../model/ids.js";
import type { PlaceState, State } from "../../state/types.js";
import { poisson } from "../draws.js";
import { betaMean, type KnownHistory } from "../history.js";
import type { CapturesModel } from "../model.js";
import { pooledRates, type SideRate, type SideRates } from "../pooled-rate.js";
import type { ForecastProcess } from "../process.js";
import type { World } from "../world.js";
import { holdsWhole, openFront } from "./fronts.js";

/** One side's fitted rate of captures without a front. */
export interface SideCaptureFit extends SideRate {
  /** Captures by this side in the window before the origin (`days` long). */
  readonly captures: number;
}

/** The fitted captures process: each side's rate of captures, and how captures are reversed. */
export interface CapturesFit extends SideRates<SideCaptureFit> {
  /** The chance that a capture is reversed, and within how many days. */
  readonly pReverse: number;
  readonly reversalWindowDays: number;
}

interface Pending {
  readonly day: number;
  readonly place: number;
  /** The side that took it and the side that takes it back. */
  readonly taker: SideId;
  readonly back: SideId;
}

function isCapture(type: string): type is "place-captured" | "place-recaptured" {
  return type === "place-captured" || type === "place-recaptured";
}

function estimate(history: KnownHistory, start: State, world: World, model: CapturesModel): CapturesFit {
  const prior = { windowDays: model.windowDays, perDay: model.priorRatePerDay, priorDays: model.priorDays };
  const rates = pooledRates(history, prior, (log) => {
    let count = 0;
    const sides = new Set<string>();
    for (const e of log.events) {
      if (!isCapture(e.type)) continue;
      count++;
      const side = log.refs.actorSide[(e as { actor: string }).actor];
      if (side) sides.add(side);
    }
    return { count, sides: sides.size };
  });
  let recaptures = 0;
  for (const log of history.pool) for (const e of log.events) if (e.type === "place-recaptured") recaptures++;
  const t = history.target;
  const counts = new Map<SideId, number>();
  for (const e of t.events) {
    if (!isCapture(e.type) || Date.parse(e.time.earliest) <= rates.fromMs) continue;
    const side = t.refs.actorSide[(e as { actor: string }).actor];
    if (side) counts.set(side, (counts.get(side) ?? 0) + 1);
  }
  // A side that holds nothing in the theatre at the origin has nowhere to take a place from.
  const present = new Set<SideId>();
  for (const i of world.theatre) {
    const c = start.places[i]?.controller;
    if (c !== null && c !== undefined) present.add(c);
  }
  const sides = [...world.sideActor.keys()]
    .filter((side) => present.has(side))
    .sort()
    .map((side) => {
      const n = counts.get(side) ?? 0;
      return { side, captures: n, days: rates.days, rate: rates.rate(n) };
    });
  return {
    pooledRate: rates.pooledRate,
    pReverse: betaMean(model.reversalPrior, recaptures, rates.count),
    reversalWindowDays: model.reversalWindowDays,
    sides,
  };
}

/**
 * Captures without a front: each day a side takes a Poisson number of places next to places
 * it holds (same parent region, parent or child), held by another side; each capture may be
 * reversed by the side that lost it within the reversal window.
 */
export const capturesProcess: ForecastProcess<CapturesFit, Pending[]> = {
  id: "captures",
  estimate: (history, start, world, model) => estimate(history, start, world, model.processes.captures),
  start: () => [],
  step(ctx, fit, pending) {
    const { state, world, day, rng } = ctx;
    for (let i = 0; i < pending.length; ) {
      const due = pending[i] as Pending;
      if (due.day !== day) {
        i++;
        continue;
      }
      pending.splice(i, 1);
      const p = state.places[due.place] as PlaceState;
      const actor = world.sideActor.get(due.back);
      if (actor === undefined || !holdsWhole(p, due.taker)) continue;
      ctx.emit({ type: "place-recaptured", place: p.id, actor }, { pReverse: fit.pReverse });
    }
    for (const s of fit.sides) {
      const n = poisson(rng, s.rate);
      const actor = world.sideActor.get(s.side);
      for (let k = 0; k < n && actor !== undefined; k++) {
        // Places held by another side next to one this side holds; a front's objective is the fronts' to take.
        const candidates = world.theatre.filter((i) => {
          const p = ctx.state.places[i] as PlaceState;
          if (world.areas.has(p.id) || p.controller === null || p.controller === s.side) return false;
          if (openFront(p, s.side) !== undefined) return false;
          return (world.neighbours.get(i) ?? []).some((j) => holdsWhole(ctx.state.places[j] as PlaceState, s.side));
        });
        const u = rng();
        const r = rng();
        const w = rng();
        if (candidates.length === 0) continue;
        const i = candidates[Math.floor(u * candidates.length)] as number;
        const p = ctx.state.places[i] as PlaceState;
        const lost = p.controller as SideId;
        const type = p.heldBy.includes(s.side) ? "place-recaptured" : "place-captured";
        const done = ctx.emit({ type, place: p.id, actor }, { ratePerDay: s.rate, pReverse: fit.pReverse });
        if (done !== null && r < fit.pReverse)
          pending.push({ day: day + 1 + Math.floor(w * fit.reversalWindowDays), place: i, taker: s.side, back: lost });
      }
    }
  },
};
