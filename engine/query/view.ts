import type { Catalogue } from "../catalogue/catalogue.js";
import type { EventId, PlaceId, SideId } from "../model/ids.js";
import type { Quantity } from "../model/quantity.js";
import { Ledger } from "../state/ledger.js";
import { type PlainState, plainState } from "../state/plain.js";
import type { ControlBasis, FrontClosure, SiegeStatus, Stamp, State, SupplyStatus } from "../state/types.js";

/** One place as reported: names, control, and whether the fact is still in doubt at that moment. */
export interface PlaceView {
  readonly id: PlaceId;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: string;
  readonly controller: SideId | null;
  /** `reported`, or `inferred` for a holding the loader derived (see `Scenario.inferred`); null when no control is known. */
  readonly basis: ControlBasis | null;
  /** For an inferred holding, the capture it is inferred from. */
  readonly inferredFrom: EventId | null;
  readonly holder: string | null;
  /** Side id to its share as the source gives it (`{ low, best, high, text }`), for a divided place; else null. */
  readonly shares: Readonly<Record<SideId, Quantity>> | null;
  readonly contested: boolean;
  /** The event that set it may not have happened yet at this moment (its latest time is later). */
  readonly uncertain: boolean;
  readonly since: string | null;
  readonly byEvent: EventId | null;
  readonly fireControl: { readonly side: SideId; readonly byEvent: EventId | null } | null;
}

export interface SiegeView {
  readonly id: string;
  readonly name: string;
  readonly status: SiegeStatus;
  readonly supply: SupplyStatus;
  readonly besieger: SideId;
  readonly besieged: SideId;
  readonly enclave: readonly PlaceId[];
  readonly since: string | null;
  readonly until: string | null;
  readonly uncertain: boolean;
  readonly byEvent: EventId | null;
}

export interface FrontView {
  readonly side: SideId;
  readonly objective: PlaceId;
  readonly distanceKm: Quantity;
  readonly asOf: string | null;
  readonly byEvent: EventId | null;
  readonly uncertain: boolean;
  /** How the front ended (`{ byEvent, at, reason }`), or null while it is open; `distanceKm` is then its last distance. */
  readonly closed: FrontClosure | null;
}

/** A state as people read it: what `sitrep state --json` prints. */
export interface StateView {
  readonly applied: number;
  readonly lastEvent: EventId | null;
  readonly places: readonly PlaceView[];
  readonly sieges: readonly SiegeView[];
  /** Every front, open (`closed: null`) or ended. */
  readonly fronts: readonly FrontView[];
  /** Distances gained by advances, by the advance's event id. */
  readonly advances: PlainState["advances"];
  /** Losses per side, then per source, keys sorted. */
  readonly casualties: PlainState["casualties"];
  readonly civilianDeaths: PlainState["civilianDeaths"];
  readonly territory: PlainState["territory"];
  readonly cleared: State["cleared"];
  readonly people: PlainState["people"];
  readonly displacement: PlainState["displacement"];
  readonly supplyRoutes: PlainState["supplyRoutes"];
  readonly ceasefires: PlainState["ceasefires"];
  readonly talks: PlainState["talks"];
  readonly operations: PlainState["operations"];
  readonly pockets: PlainState["pockets"];
}

/** True when a fact's setting event may still lie after `atMs`. */
export function isUncertain(stamp: Stamp, atMs: number): boolean {
  return stamp.certainFrom !== null && Date.parse(stamp.certainFrom) > atMs;
}

/**
 * The state at `atMs` as people read it: places with their names, sieges, fronts, and every
 * fact whose event's latest time is after `atMs` flagged `uncertain`.
 * @example
 * viewState(tl.stateAt(ms), scenario.catalogue, ms).places.find((p) => p.id === "sukhnah")?.controller;
 */
export function viewState(state: State, catalogue: Catalogue, atMs: number): StateView {
  const places: PlaceView[] = [];
  const fronts: FrontView[] = [];
  for (const p of state.places) {
    const entry = catalogue.place(p.id);
    places.push({
      id: p.id,
      name: entry?.name ?? p.id,
      aliases: entry?.aliases ?? [],
      kind: entry?.kind ?? "area",
      controller: p.controller,
      basis: p.basis,
      inferredFrom: p.inferredFrom,
      holder: p.holder,
      shares: p.shares,
      contested: p.contested,
      uncertain: isUncertain(p, atMs),
      since: p.since,
      byEvent: p.byEvent,
      fireControl: p.fireControl === null ? null : { side: p.fireControl.side, byEvent: p.fireControl.byEvent },
    });
    for (const side of Object.keys(p.fronts).sort()) {
      const f = p.fronts[side];
      if (f === undefined) continue;
      fronts.push({
        side,
        objective: p.id,
        distanceKm: f.distanceKm,
        asOf: f.since,
        byEvent: f.byEvent,
        uncertain: isUncertain(f, atMs),
        closed: f.closed,
      });
    }
  }
  const sieges = Ledger.entries(state.sieges).map(([id, s]): SiegeView => {
    return {
      id,
      name: s.name,
      status: s.status,
      supply: s.supply,
      besieger: s.besieger,
      besieged: s.besieged,
      enclave: s.enclave,
      since: s.since,
      until: s.until,
      uncertain: isUncertain(s, atMs),
      byEvent: s.byEvent,
    };
  });
  const plain = plainState(state);
  return {
    applied: state.applied,
    lastEvent: state.lastEvent,
    places,
    sieges,
    fronts,
    advances: plain.advances,
    casualties: plain.casualties,
    civilianDeaths: plain.civilianDeaths,
    territory: plain.territory,
    cleared: state.cleared,
    people: plain.people,
    displacement: plain.displacement,
    supplyRoutes: plain.supplyRoutes,
    ceasefires: plain.ceasefires,
    talks: plain.talks,
    operations: plain.operations,
    pockets: plain.pockets,
  };
}
