import type { ActorId, EntityId, EventId, PlaceId, SideId } from "../model/ids.js";
import type { Quantity } from "../model/quantity.js";
import type { Ledger } from "./ledger.js";

/** Who set a fact, and from when it is no longer in doubt. */
export interface Stamp {
  /** The event that set it, or null for a fact nobody set. */
  readonly byEvent: EventId | null;
  /** Earliest time of that event (ISO 8601): when the fact may first hold. */
  readonly since: string | null;
  /** Latest time of that event: before it the fact is uncertain. */
  readonly certainFrom: string | null;
}

/**
 * How a front ended: its side took the objective (`captured`), met the forces there
 * (`linked-up`), broke or saw lifted the siege of an enclave holding it (`relieved`), or
 * concluded the offensive aimed at it (`stopped`).
 */
export type FrontClosureReason = "captured" | "linked-up" | "relieved" | "stopped";

/** The end of a front: the event that ended it, when, and why. */
export interface FrontClosure {
  readonly byEvent: EventId;
  /** Earliest time of that event (ISO 8601). */
  readonly at: string;
  readonly reason: FrontClosureReason;
}

/** A side's distance to one objective place; its stamp is that of the last distance given. */
export interface Front extends Stamp {
  readonly side: SideId;
  readonly distanceKm: Quantity;
  /** How the front ended, or null while it is open. A later distance to the place opens it again. */
  readonly closed: FrontClosure | null;
}

/** A distance a side gained ("advanced about 15 kilometres"), whether or not the source says how far it still had to go. */
export interface AdvanceRecord extends Stamp {
  readonly side: SideId;
  readonly actor: ActorId;
  readonly gainedKm: Quantity;
  /** The reference point of the distance ("east of Resafa"), if the source gives one. */
  readonly from: PlaceId | null;
  readonly direction: string | null;
  /** The place the advance is measured against, if any. */
  readonly objective: PlaceId | null;
}

/**
 * What control of a place rests on: `reported` when an event of the log or the initial facts
 * set it, `inferred` when the loader derived it from the place's first capture naming whom it
 * was taken from (see `InferredHolding`); null while nobody is known to hold any of it.
 */
export type ControlBasis = "reported" | "inferred";

/** Control of one place, and the facts that hang on it. */
export interface PlaceState extends Stamp {
  readonly id: PlaceId;
  /** The side that holds all or most of it; null when unknown or evenly divided. */
  readonly controller: SideId | null;
  /** What the control rests on; null when no control is known (controller and shares null). */
  readonly basis: ControlBasis | null;
  /** For an inferred holding, the capture it is inferred from; null otherwise. */
  readonly inferredFrom: EventId | null;
  /** The actor that took or holds it, where the source names one. */
  readonly holder: ActorId | null;
  /**
   * Shares of control where the place is divided, else null: side id to a fraction as the source
   * gives it (`{ low, best, high, text }`, "70 to 80 percent" keeps its range and wording); the
   * `best` values sum to at most 1.
   */
  readonly shares: Readonly<Record<SideId, Quantity>> | null;
  /** Fighting in or for the place is going on. */
  readonly contested: boolean;
  /** Every side that has held the place, in the order they first did. */
  readonly heldBy: readonly SideId[];
  /** Sides' distances to this place, by side id; a front that ended keeps its last distance and says how it closed. */
  readonly fronts: Readonly<Record<SideId, Front>>;
  /** The side that holds the place under fire control, if any. */
  readonly fireControl: (Stamp & { readonly side: SideId }) | null;
  /** Active sieges whose enclave includes this place (kept so a capture looks only at these). */
  readonly sieges: readonly EntityId[];
}

export type SiegeStatus = "active" | "broken" | "lifted" | "fallen";
export type SupplyStatus = "open" | "cut";

/** A siege: its lifecycle is the xstate machine in engine/sieges; `lifecycle` is that machine's `{ value, context }`. */
export interface SiegeState extends Stamp {
  readonly id: EntityId;
  readonly name: string;
  readonly enclave: readonly PlaceId[];
  readonly besieger: SideId;
  readonly besieged: SideId;
  readonly lifecycle: { readonly value: string | Readonly<Record<string, string>>; readonly context: SiegeContext };
  readonly status: SiegeStatus;
  readonly supply: SupplyStatus;
  /** When the siege ended (ISO 8601), or null while active. */
  readonly until: string | null;
  readonly endedBy: EventId | null;
}

export interface SiegeContext {
  /** Supply lines cut during the siege (place ids, or "unnamed"). */
  readonly cutRoutes: readonly string[];
}

export type PocketStatus = "formed" | "cleared";
export interface PocketState extends Stamp {
  readonly id: EntityId;
  readonly name: string;
  readonly encircled: SideId;
  readonly by: SideId;
  readonly places: readonly PlaceId[];
  readonly settlements: Quantity | null;
  readonly status: PocketStatus;
  readonly clearedAreaKm2: Quantity | null;
}

export type OperationStatus = "active" | "suspended" | "concluded";
export interface OperationState extends Stamp {
  readonly id: EntityId;
  readonly name: string | null;
  readonly kind: "ground" | "air";
  readonly side: SideId;
  readonly actor: ActorId;
  readonly objectives: readonly PlaceId[];
  readonly status: OperationStatus;
  /** The strikes an air campaign counts, as the source gives them ("more than 850 airstrikes"); null when it gives none. */
  readonly strikes: Quantity | null;
}

/** One side's losses as one source counts them, summed over its reports. */
export interface CasualtyTally {
  readonly killed: Quantity;
  readonly wounded: Quantity;
  readonly captured: Quantity;
  /** How many reports were added up (the events are in the log: casualties with this claimant). */
  readonly reports: number;
  /** The latest report added. */
  readonly lastEvent: EventId;
}

export type Fate = "killed" | "captured" | "executed";
export interface PersonState extends Stamp {
  readonly id: ActorId;
  readonly fate: Fate;
  readonly by: ActorId | null;
}

export interface DisplacementFigure extends Stamp {
  readonly people: Quantity;
  readonly from: PlaceId | null;
  readonly to: PlaceId | null;
  readonly status: "fled" | "resident" | "seeking-passage";
}

/** A territory figure a source gives: a side's share of an area, or the area it holds. */
export interface TerritoryFigure extends Stamp {
  readonly side: SideId;
  readonly area: PlaceId;
  readonly share: Quantity | null;
  readonly areaKm2: Quantity | null;
}

export interface SupplyRouteState extends Stamp {
  readonly route: PlaceId;
  readonly side: SideId;
  readonly status: "cut" | "secured";
}

export interface CeasefireState extends Stamp {
  readonly id: EntityId;
  readonly name: string;
  readonly parties: readonly ActorId[];
  readonly excludes: readonly ActorId[];
}

export interface TalksState extends Stamp {
  readonly id: EntityId;
  readonly name: string;
  readonly venue: PlaceId | null;
  readonly status: "scheduled" | "held";
  readonly on: string | null;
}

/** Counts of actions that change no control: strikes, raids, repelled assaults. */
export interface ActivityTally {
  readonly airstrikes: number;
  readonly bombardments: number;
  readonly landings: number;
  readonly raids: number;
  readonly assaultsRepelled: number;
  readonly counterattacks: number;
  readonly linkUps: number;
  readonly clashes: number;
}

/** Where a redeployed or reinforcing actor was sent. */
export interface Deployment extends Stamp {
  readonly to: PlaceId | null;
  readonly from: PlaceId | null;
}

/** Catalogue lookups every state carries, so the reducer needs nothing but state and event. Shared, never copied. */
export interface Refs {
  /** Place ids in catalogue order: `places[i].id === placeIds[i]`. */
  readonly placeIds: readonly PlaceId[];
  readonly placeIndex: Readonly<Record<PlaceId, number>>;
  /** The side of every actor (null for non-combatants). */
  readonly actorSide: Readonly<Record<ActorId, SideId | null>>;
  readonly sides: readonly SideId[];
}

/**
 * The state of a campaign at one moment: plain, serialisable, deeply frozen data. Keyed
 * collections that grow with the log are `Ledger`s (read them with `Ledger.get`,
 * `Ledger.values`, ...); collections keyed by side are plain records.
 */
export interface State {
  readonly refs: Refs;
  /** One entry per catalogue place, in catalogue order (find one with `placeState`). */
  readonly places: readonly PlaceState[];
  readonly sieges: Ledger<SiegeState>;
  readonly pockets: Ledger<PocketState>;
  readonly operations: Ledger<OperationState>;
  /** Losses per side, then per source (the attribution, or the document when the text asserts them). */
  readonly casualties: Readonly<Record<SideId, Ledger<CasualtyTally>>>;
  /** Civilians killed, per source. */
  readonly civilianDeaths: Ledger<CasualtyTally>;
  /** Deaths a source counts without saying on which side (a casualty report's `unknown`; UCDP's `deaths_unknown`), per source. */
  readonly unknownSideDeaths: Ledger<CasualtyTally>;
  readonly people: Ledger<PersonState>;
  /** Displacement figures, by `from>to>status`. */
  readonly displacement: Ledger<DisplacementFigure>;
  /** Territory figures, by `side@area`. */
  readonly territory: Ledger<TerritoryFigure>;
  /** Area each side has cleared, summed (km²). */
  readonly cleared: Readonly<Record<SideId, Quantity>>;
  /** Supply routes, by `side@route`. */
  readonly supplyRoutes: Ledger<SupplyRouteState>;
  readonly ceasefires: Ledger<CeasefireState>;
  readonly talks: Ledger<TalksState>;
  /** Where each redeployed or reinforcing actor was last sent. */
  readonly deployments: Ledger<Deployment>;
  /** Every distance gained by an advance, by the advance's event id. */
  readonly advances: Ledger<AdvanceRecord>;
  readonly activity: Readonly<Record<SideId, ActivityTally>>;
  /** Events applied so far, and the last of them. */
  readonly applied: number;
  readonly lastEvent: EventId | null;
}
