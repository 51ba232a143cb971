import type { DomainEvent } from "../../events/event.js";
import { Ledger } from "../../state/ledger.js";
import { placeState } from "../../state/place-state.js";
import type { PlaceState, SiegeState, State } from "../../state/types.js";
import { DAY_MS, gammaMean, type KnownHistory, midpointMs } from "../history.js";
import type { SiegesModel } from "../model.js";
import type { ForecastProcess } from "../process.js";
import type { World } from "../world.js";
import { holdsWhole, openFront } from "./fronts.js";

/** The fitted sieges process: daily hazards, from the siege-days and endings known at the origin. */
export interface SiegesFit {
  readonly siegeDays: number;
  readonly lifted: number;
  readonly fell: number;
  readonly liftHazard: number;
  readonly fallHazard: number;
  readonly cutSupplyFactor: number;
  readonly reliefHazard: number;
  readonly reliefScaleKm: number;
}

/** Sieges of a log that fell: the besieger took every place of the enclave (full captures only). */
function fallen(log: KnownHistory["pool"][number]): number {
  const enclaves = new Map<string, { besieger: string | null; places: Set<string> }>();
  for (const e of [...log.initial, ...log.events]) {
    if (e.type === "siege-imposed") {
      enclaves.set(e.siege, { besieger: log.refs.actorSide[e.besieger] ?? null, places: new Set(e.enclave) });
    } else if ((e.type === "place-captured" || e.type === "place-recaptured") && e.share === undefined) {
      const side = log.refs.actorSide[e.actor];
      for (const s of enclaves.values()) if (s.besieger === side) s.places.delete(e.place);
    }
  }
  return [...enclaves.values()].filter((s) => s.places.size === 0).length;
}

function estimate(history: KnownHistory, model: SiegesModel): SiegesFit {
  let siegeDays = 0;
  let lifted = 0;
  let fell = 0;
  for (const log of history.pool) {
    const began = new Map<string, number>();
    const ended = new Map<string, DomainEvent>();
    for (const e of log.initial) if (e.type === "siege-imposed") began.set(e.siege, log.startMs);
    for (const e of log.events) {
      if (e.type === "siege-imposed") began.set(e.siege, midpointMs(e));
      else if (e.type === "siege-broken" || e.type === "siege-lifted") ended.set(e.siege, e);
    }
    for (const [id, t0] of began) {
      const end = ended.get(id);
      siegeDays += Math.max(0, ((end === undefined ? log.endMs : midpointMs(end)) - t0) / DAY_MS);
      if (end?.type === "siege-lifted") lifted++;
    }
    fell += fallen(log);
  }
  return {
    siegeDays,
    lifted,
    fell,
    liftHazard: gammaMean(model.liftHazardPerDay, model.priorDays, lifted, siegeDays),
    fallHazard: gammaMean(model.fallHazardPerDay, model.priorDays, fell, siegeDays),
    cutSupplyFactor: model.cutSupplyFactor,
    reliefHazard: model.reliefHazard,
    reliefScaleKm: model.reliefScaleKm,
  };
}

/**
 * How far relief is from a siege's enclave, km: the besieged side's nearest front to an enclave
 * place or a place next to one, or 0 when the besieged side already holds, free of any active
 * siege, a place next to the enclave (relief has arrived next door). Null with no relief in sight.
 */
function relief(state: State, world: World, siege: SiegeState): number | null {
  let best: number | null = null;
  const consider = (km: number) => {
    if (best === null || km < best) best = km;
  };
  const near = new Set<number>();
  for (const id of siege.enclave) {
    const i = state.refs.placeIndex[id];
    if (i === undefined) continue;
    near.add(i);
    for (const j of world.neighbours.get(i) ?? []) near.add(j);
  }
  for (const i of near) {
    const p = state.places[i] as PlaceState;
    const f = openFront(p, siege.besieged);
    if (f !== undefined) consider(Math.max(0, f.distanceKm.best));
    if (!siege.enclave.includes(p.id) && holdsWhole(p, siege.besieged) && p.sieges.length === 0) consider(0);
  }
  return best;
}

/**
 * Sieges: each day an active siege may be broken by relief (a chance that grows as the
 * besieged side's nearest front closes in), fall (a hazard raised while supply is cut: the
 * besieger takes the enclave), or be lifted by the besieger.
 */
export const siegesProcess: ForecastProcess<SiegesFit, null> = {
  id: "sieges",
  estimate: (history, _start, _world, model) => estimate(history, model.processes.sieges),
  start: () => null,
  step(ctx, fit) {
    for (const siege of Ledger.values(ctx.state.sieges)) {
      if (siege.status !== "active") continue;
      const u = ctx.rng();
      const near = relief(ctx.state, ctx.world, siege);
      const hBreak = near === null ? 0 : fit.reliefHazard * Math.exp(-Math.max(0, near) / fit.reliefScaleKm);
      const hFall = fit.fallHazard * (siege.supply === "cut" ? fit.cutSupplyFactor : 1);
      const parties = ctx.world.siegeActors.get(siege.id);
      const besieger = parties?.besieger ?? ctx.world.sideActor.get(siege.besieger);
      const besieged = parties?.besieged ?? ctx.world.sideActor.get(siege.besieged);
      const parameters = { breakHazard: hBreak, fallHazard: hFall, liftHazard: fit.liftHazard };
      if (u < hBreak && besieged !== undefined) {
        ctx.emit({ type: "siege-broken", siege: siege.id, actor: besieged }, parameters);
      } else if (u < hBreak + hFall && besieger !== undefined) {
        for (const id of siege.enclave) {
          const p = placeState(ctx.state, id);
          if (p === undefined || holdsWhole(p, siege.besieger)) continue;
          const type = p.heldBy.includes(siege.besieger) ? "place-recaptured" : "place-captured";
          ctx.emit({ type, place: id, actor: besieger }, parameters);
        }
      } else if (u < hBreak + hFall + fit.liftHazard) {
        ctx.emit(
          { type: "siege-lifted", siege: siege.id, ...(besieger === undefined ? {} : { actor: besieger }) },
          parameters,
        );
      }
    }
  },
};
