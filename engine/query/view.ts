import type { Catalogue } from "../catalogue/catalogue.js";
import type { PlaceEntry } from "../catalogue/schema.js";
import type { EventId, PlaceId, SideId } from "../model/ids.js";
import type { Quantity } from "../model/quantity.js";
import { Ledger } from "../state/ledger.js";
import { type PlainState, plainState } from "../state/plain.js";
import type {
  ControlBasis,
  FrontClosure,
  PlaceState,
  SiegeStatus,
  Stamp,
  State,
  SupplyStatus,
} from "../state/types.js";

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

/**
 * The parts of a state its view shows as the state has them, ledgers flattened (keys sorted), in
 * the order `sitrep state --json` prints them.
 */
const AS_STATE = [
  "advances",
  "casualties",
  "civilianDeaths",
  "unknownSideDeaths",
  "territory",
  "cleared",
  "people",
  "displacement",
  "supplyRoutes",
  "ceasefires",
  "talks",
  "operations",
  "pockets",
] as const satisfies readonly (keyof PlainState)[];

/**
 * A state as people read it: what `sitrep state --json` prints. Besides places, sieges and
 * fronts it shows `advances`, `casualties` (per side, then per source), `civilianDeaths`,
 * `unknownSideDeaths`,
 * `territory`, `cleared`, `people`, `displacement`, `supplyRoutes`, `ceasefires`, `talks`,
 * `operations` and `pockets` as `plainState` gives them.
 */
export interface StateView extends Pick<PlainState, (typeof AS_STATE)[number]> {
  readonly applied: number;
  readonly lastEvent: EventId | null;
  readonly places: readonly PlaceView[];
  readonly sieges: readonly SiegeView[];
  /** Every front, open (`closed: null`) or ended. */
  readonly fronts: readonly FrontView[];
}

/** True when a fact's setting event may still lie after `atMs`. */
export function isUncertain(stamp: Stamp, atMs: number): boolean {
  return stamp.certainFrom !== null && Date.parse(stamp.certainFrom) > atMs;
}

/**
 * One place at `atMs` as people read it, named as its catalogue entry names it (its id, kind
 * `area`, without one).
 * @example
 * viewPlace(placeState(state, "sukhnah"), catalogue.place("sukhnah"), ms).controller;
 */
export function viewPlace(p: PlaceState, entry: PlaceEntry | undefined, atMs: number): PlaceView {
  return {
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
  };
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
    places.push(viewPlace(p, catalogue.place(p.id), atMs));
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
  const asState = Object.fromEntries(AS_STATE.map((k) => [k, plain[k]])) as Pick<PlainState, (typeof AS_STATE)[number]>;
  return { applied: state.applied, lastEvent: state.lastEvent, places, sieges, fronts, ...asState };
}
