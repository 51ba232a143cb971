import type { Catalogue } from "../catalogue/catalogue.js";
import type { DomainEvent } from "../events/event.js";
import type { ActorId, PlaceId, SideId } from "../model/ids.js";
import type { State } from "../state/types.js";

/** One simulated day: local calendar day `origin's date + n`, in the scenario's zone. */
export interface SimDay {
  readonly earliest: string;
  readonly latest: string;
  readonly startMs: number;
}

/** Kinds of place a front reaches rather than takes: reaching one is no capture of all of it. */
const AREA_KINDS = new Set(["province", "region", "country", "area", "district", "river", "road"]);

/**
 * What stays fixed through every run of a forecast: the theatre, who is next to whom, the
 * actor that acts for each side and each siege's parties, and the calendar of the simulated
 * days. Plain data (Maps and arrays), so it crosses to worker threads.
 */
export interface World {
  readonly originMs: number;
  readonly days: readonly SimDay[];
  /** Indexes in `state.places` of the places the scenario names, ascending. */
  readonly theatre: readonly number[];
  /** Theatre places that are areas (a front reaches them; it does not take them whole). */
  readonly areas: ReadonlySet<PlaceId>;
  /** For each theatre place index, the theatre places next to it (same parent, parent, children). */
  readonly neighbours: ReadonlyMap<number, readonly number[]>;
  /** The actor that acts for each side: the one the log names most for it. */
  readonly sideActor: ReadonlyMap<SideId, ActorId>;
  /** Each siege's besieging and besieged actors, from the event that imposed it. */
  readonly siegeActors: ReadonlyMap<string, { readonly besieger: ActorId; readonly besieged: ActorId }>;
}

/** Builds the world of a forecast from the scenario's known log and the state at the origin. */
export function buildWorld(
  catalogue: Catalogue,
  initialEvents: readonly DomainEvent[],
  known: readonly DomainEvent[],
  start: State,
  originMs: number,
  days: readonly SimDay[],
): World {
  const all = [...initialEvents, ...known];
  const named = new Set<PlaceId>();
  for (const e of all) for (const p of e.places) named.add(p);
  const theatre = [...named]
    .map((p) => start.refs.placeIndex[p])
    .filter((i): i is number => i !== undefined)
    .sort((a, b) => a - b);
  const inTheatre = new Set(theatre.map((i) => start.refs.placeIds[i] as PlaceId));
  const areas = new Set([...inTheatre].filter((p) => AREA_KINDS.has(catalogue.place(p)?.kind ?? "")));
  const neighbours = new Map<number, number[]>();
  const byParent = new Map<string, number[]>();
  for (const i of theatre) {
    const parent = catalogue.place(start.refs.placeIds[i] as PlaceId)?.parent;
    if (parent === undefined) continue;
    const list = byParent.get(parent) ?? [];
    list.push(i);
    byParent.set(parent, list);
  }
  for (const i of theatre) {
    const id = start.refs.placeIds[i] as PlaceId;
    const parent = catalogue.place(id)?.parent;
    const next = new Set<number>();
    for (const j of parent === undefined ? [] : (byParent.get(parent) ?? [])) if (j !== i) next.add(j);
    const pi = parent === undefined ? undefined : start.refs.placeIndex[parent];
    if (pi !== undefined && inTheatre.has(parent as PlaceId)) next.add(pi);
    for (const j of byParent.get(id) ?? []) next.add(j);
    neighbours.set(
      i,
      [...next].sort((a, b) => a - b),
    );
  }
  const counts = new Map<SideId, Map<ActorId, number>>();
  for (const e of all) {
    for (const a of e.actors) {
      const side = start.refs.actorSide[a];
      if (side === null || side === undefined) continue;
      const m = counts.get(side) ?? new Map<ActorId, number>();
      m.set(a, (m.get(a) ?? 0) + 1);
      counts.set(side, m);
    }
  }
  const sideActor = new Map<SideId, ActorId>();
  for (const side of [...start.refs.sides].sort()) {
    const m = counts.get(side);
    const best = m === undefined ? undefined : [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const fallback = catalogue.actors.find((a) => a.side === side)?.id;
    const actor = best?.[0] ?? fallback;
    if (actor !== undefined) sideActor.set(side, actor);
  }
  const siegeActors = new Map<string, { besieger: ActorId; besieged: ActorId }>();
  for (const e of all)
    if (e.type === "siege-imposed") siegeActors.set(e.siege, { besieger: e.besieger, besieged: e.besieged });
  return { originMs, days, theatre, areas, neighbours, sideActor, siegeActors };
}
