import type { DomainEvent } from "../../events/event.js";
import type { ActorId, PlaceId, SideId } from "../../model/ids.js";
import { exactly } from "../../model/quantity.js";
import { Ledger } from "../../state/ledger.js";
import { placeState } from "../../state/place-state.js";
import type { Front, PlaceState, State } from "../../state/types.js";
import { exponential, lognormalFactor } from "../draws.js";
import { betaMean, DAY_MS, type KnownHistory, midpointMs } from "../history.js";
import type { FrontsModel } from "../model.js";
import type { DayContext, ForecastProcess } from "../process.js";
import type { World } from "../world.js";

/** One axis: a side closing on an objective, as fitted at the origin. */
export interface AxisFit {
  readonly side: SideId;
  readonly objective: PlaceId;
  readonly actor: ActorId;
  /** Distance at the origin, km. */
  readonly km: number;
  /** This axis' own intervals between reports, and their mean rate (null without any). */
  readonly intervals: number;
  readonly ownRate: number | null;
  /** The rate used: the own rate pooled towards the pooled rate (km/day). */
  readonly rate: number;
  /** The siege this axis relieves (its objective in the enclave, its side the besieged), if any. */
  readonly relieves: string | null;
}

/** The fitted fronts process. */
export interface FrontsFit {
  /** Intervals between consecutive distance reports, over every pooled axis. */
  readonly intervals: number;
  readonly pooledRate: number;
  readonly sigma: number;
  readonly pPause: number;
  readonly pSetback: number;
  readonly setbackKm: number;
  readonly axes: readonly AxisFit[];
}

interface Interval {
  readonly rate: number;
  readonly days: number;
}

/** A side's front to a place while it is open (not captured, linked up, relieved or stopped). */
export function openFront(p: PlaceState, side: SideId): Front | undefined {
  const f = p.fronts[side];
  return f !== undefined && f.closed === null ? f : undefined;
}

/** Whether `side` holds all of the place. */
export function holdsWhole(p: PlaceState, side: SideId): boolean {
  return p.controller === side && p.shares === null;
}

/**
 * The active siege a front of `side` to `place` would relieve: one whose enclave holds the
 * place and whose besieged side this is. A front to a besieged enclave is open even while its
 * own side holds the place: it is measured to the besieged, not to an enemy.
 */
export function relievedSiege(state: State, side: SideId, place: PlaceId): string | null {
  for (const s of Ledger.values(state.sieges))
    if (s.status === "active" && s.besieged === side && s.enclave.includes(place)) return s.id;
  return null;
}

/**
 * A side's front to a place that a forecast moves: open, still some way off, and not to a
 * place the side already holds whole unless it is measured to a besieged enclave of its own.
 * Returns the front and the siege it would relieve, or null.
 */
function openAxis(
  state: State,
  p: PlaceState,
  side: SideId,
): { readonly front: Front; readonly relieves: string | null } | null {
  const front = openFront(p, side);
  if (front === undefined || front.distanceKm.best <= 0) return null;
  const relieves = relievedSiege(state, side, p.id);
  return holdsWhole(p, side) && relieves === null ? null : { front, relieves };
}

/** One open axis at the origin: a side's front to a place of the theatre, as `openAxis` gives it. */
export interface OpenAxisAt {
  readonly place: PlaceState;
  readonly side: SideId;
  readonly front: Front;
  readonly relieves: string | null;
}

/** Every open axis of the theatre, place by place in theatre order, sides in sorted order. */
export function openAxes(state: State, world: World): OpenAxisAt[] {
  const out: OpenAxisAt[] = [];
  for (const i of world.theatre) {
    const place = state.places[i] as PlaceState;
    for (const side of Object.keys(place.fronts).sort()) {
      const open = openAxis(state, place, side);
      if (open !== null) out.push({ place, side, ...open });
    }
  }
  return out;
}

/** The intervals of every axis in a log: consecutive distance reports of one side to one objective. */
function axisIntervals(
  events: readonly DomainEvent[],
  actorSide: Readonly<Record<string, string | null>>,
  maxRate: number,
): Map<string, Interval[]> {
  const series = new Map<string, { t: number; km: number }[]>();
  for (const e of events) {
    if ((e.type === "advance" || e.type === "withdrawal") && e.objective !== undefined && e.within !== undefined) {
      const side = actorSide[e.actor];
      if (side === null || side === undefined) continue;
      const key = `${side}>${e.objective}`;
      const s = series.get(key) ?? [];
      s.push({ t: midpointMs(e), km: e.within.best });
      series.set(key, s);
    } else if ((e.type === "place-captured" || e.type === "place-recaptured") && e.share === undefined) {
      const side = actorSide[e.actor];
      const s = series.get(`${side}>${e.place}`);
      if (s !== undefined) s.push({ t: midpointMs(e), km: 0 });
    }
  }
  const out = new Map<string, Interval[]>();
  for (const [key, s] of [...series].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const sorted = s.map((p, i) => ({ ...p, i })).sort((a, b) => a.t - b.t || a.i - b.i);
    const list: Interval[] = [];
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1] as { t: number; km: number };
      const b = sorted[i] as { t: number; km: number };
      const days = (b.t - a.t) / DAY_MS;
      if (days < 0.25) continue;
      list.push({ rate: Math.min(maxRate, (a.km - b.km) / days), days });
    }
    out.set(key, list);
  }
  return out;
}

function estimate(history: KnownHistory, start: State, world: World, model: FrontsModel): FrontsFit {
  const all: Interval[] = [];
  let own = new Map<string, Interval[]>();
  for (const log of history.pool) {
    const m = axisIntervals(log.events, log.refs.actorSide, model.maxRateKmPerDay);
    if (log === history.target) own = m;
    for (const list of m.values()) all.push(...list);
  }
  const n = all.length;
  const progress = all.filter((x) => x.rate > 0);
  const setbacks = all.filter((x) => x.rate < 0);
  const k = model.priorStrength;
  const pooledRate = (all.reduce((s, x) => s + Math.max(0, x.rate), 0) + k * model.priorRateKmPerDay) / (n + k);
  const logs = progress.map((x) => Math.log(x.rate));
  const meanLog = logs.reduce((a, b) => a + b, 0) / Math.max(1, logs.length);
  const ss = logs.reduce((a, b) => a + (b - meanLog) ** 2, 0);
  const sigma = Math.sqrt((ss + k * model.priorSigma ** 2) / (Math.max(0, logs.length - 1) + k));
  const pPause = betaMean(model.pausePrior, all.length - progress.length - setbacks.length, n);
  const pSetback = betaMean(model.setbackPrior, setbacks.length, n);
  const setbackKm = (setbacks.reduce((s, x) => s + -x.rate * x.days, 0) + model.setbackKm) / (setbacks.length + 1);

  const byEvent = new Map<string, DomainEvent>();
  for (const e of history.target.events) byEvent.set(e.id, e);
  const axes: AxisFit[] = [];
  for (const { place: p, side, front, relieves } of openAxes(start, world)) {
    const set = front.byEvent === null ? undefined : byEvent.get(front.byEvent);
    const actor =
      set !== undefined && (set.type === "advance" || set.type === "withdrawal")
        ? set.actor
        : world.sideActor.get(side);
    if (actor === undefined) continue;
    const mine = own.get(`${side}>${p.id}`) ?? [];
    const ownRate = mine.length > 0 ? mine.reduce((s, x) => s + Math.max(0, x.rate), 0) / mine.length : null;
    const rate = ((ownRate ?? 0) * mine.length + k * pooledRate) / (mine.length + k);
    axes.push({
      side,
      objective: p.id,
      actor,
      km: front.distanceKm.best,
      intervals: mine.length,
      ownRate,
      rate,
      relieves,
    });
  }
  return { intervals: n, pooledRate, sigma, pPause, pSetback, setbackKm, axes };
}

/** What an axis reaching its objective brings: a link-up and a siege broken, or the place taken. */
function reach(ctx: DayContext, axis: AxisFit, parameters: Readonly<Record<string, number>>): void {
  const siege = axis.relieves === null ? undefined : Ledger.get(ctx.state.sieges, axis.relieves);
  if (siege !== undefined && siege.status === "active") {
    const besieged = ctx.world.siegeActors.get(siege.id)?.besieged ?? ctx.world.sideActor.get(siege.besieged);
    if (besieged !== undefined && besieged !== axis.actor)
      ctx.emit({ type: "link-up", forces: [axis.actor, besieged], place: axis.objective }, parameters);
    ctx.emit({ type: "siege-broken", siege: siege.id, actor: axis.actor }, parameters);
    return;
  }
  if (ctx.world.areas.has(axis.objective)) return;
  const p = placeState(ctx.state, axis.objective);
  if (p === undefined || holdsWhole(p, axis.side)) return;
  const type = p.heldBy.includes(axis.side) ? "place-recaptured" : "place-captured";
  ctx.emit({ type, place: axis.objective, actor: axis.actor }, parameters);
}

/**
 * Fronts: each open front at the origin closes on its objective day by day at its fitted
 * rate, with log-normal day-to-day variation, pauses and setbacks; at 0 km the objective is
 * taken, or the besieged enclave linked up with and its siege broken.
 */
export const frontsProcess: ForecastProcess<FrontsFit, Float64Array> = {
  id: "fronts",
  estimate: (history, start, world, model) => estimate(history, start, world, model.processes.fronts),
  // Each run draws its own rate per axis around the fitted one (log-normal, narrower the more
  // intervals the axis has), so the spread of the forecast carries the rate's uncertainty too.
  start: (fit, _state, _world, rng) =>
    Float64Array.from(fit.axes, (a) => a.rate * lognormalFactor(rng, fit.sigma / Math.sqrt(1 + a.intervals))),
  step(ctx, fit, rates) {
    const go = 1 - fit.pPause - fit.pSetback;
    for (let k = 0; k < fit.axes.length; k++) {
      const axis = fit.axes[k] as AxisFit;
      const rate = rates[k] as number;
      const p = placeState(ctx.state, axis.objective);
      const front = p === undefined ? undefined : openFront(p, axis.side);
      if (p === undefined || front === undefined) continue;
      if (
        holdsWhole(p, axis.side) &&
        (axis.relieves === null || Ledger.get(ctx.state.sieges, axis.relieves)?.status !== "active")
      )
        continue;
      const km = front.distanceKm.best;
      if (km <= 0) continue;
      const u = ctx.rng();
      const x = ctx.rng();
      const y = ctx.rng();
      const parameters = { rateKmPerDay: rate, sigma: fit.sigma, pPause: fit.pPause, pSetback: fit.pSetback };
      let next = km;
      if (u < fit.pSetback) next = km + exponential(() => x, fit.setbackKm);
      else if (u >= fit.pSetback + fit.pPause && go > 0) {
        let i = 0;
        const pair = [x, y];
        next = Math.max(0, km - (rate / go) * lognormalFactor(() => pair[i++ % 2] as number, fit.sigma));
      }
      next = Math.round(next * 10) / 10;
      if (next === km) continue;
      const within = exactly(next);
      if (next > km) ctx.emit({ type: "withdrawal", actor: axis.actor, objective: axis.objective, within }, parameters);
      else ctx.emit({ type: "advance", actor: axis.actor, objective: axis.objective, within }, parameters);
      if (next === 0) reach(ctx, axis, parameters);
    }
  },
};
