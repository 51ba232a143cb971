import type { Catalogue, EventInput } from "../../index.js";

/** A quantity or share as written in an event input. */
type QuantityIn = number | { readonly best: number };

/** The value to use of a quantity as written. */
export function bestOf(q: QuantityIn): number {
  return typeof q === "number" ? q : q.best;
}

/** What the model knows of one place: enough to tell which captures change control. */
export interface PlaceModel {
  /** The side holding all of it; meaningful only while `shares` is null. */
  controller: string | null;
  /** Shares of a divided place, or null. */
  shares: Map<string, number> | null;
  readonly heldBy: Set<string>;
}

export type OperationModel = {
  readonly side: string;
  readonly actor: string;
  status: "active" | "suspended" | "concluded";
};
export type SiegeModel = { readonly besieger: string; readonly enclave: readonly string[]; active: boolean };
export type PocketModel = { readonly places: readonly string[]; formed: boolean };

/** Margin kept from a boundary of the share rules, so rounding cannot decide validity. */
export const SHARE_MARGIN = 1e-6;

/**
 * A model of the state, written from the rules as documented and independent of the
 * reducer: the generators consult it to emit only events that are valid (or, for the
 * invalid-log generators, exactly one that is not). `apply` takes an event input the model
 * holds valid.
 */
export class Model {
  readonly sides: readonly string[];
  readonly placeIds: readonly string[];
  readonly actorIds: readonly string[];
  readonly actorSide: ReadonlyMap<string, string | null>;
  /** Actors that fight for a side. */
  readonly armed: readonly string[];
  /** Actors of no side. */
  readonly unaffiliated: readonly string[];
  readonly places = new Map<string, PlaceModel>();
  readonly operations = new Map<string, OperationModel>();
  readonly sieges = new Map<string, SiegeModel>();
  readonly pockets = new Map<string, PocketModel>();
  readonly fates = new Map<string, "killed" | "captured" | "executed">();
  readonly routes = new Map<string, "cut" | "secured">();
  readonly ceasefires = new Set<string>();
  readonly talks = new Map<string, "scheduled" | "held">();
  #serial = 0;

  constructor(catalogue: Catalogue) {
    this.sides = catalogue.sides.map((s) => s.id);
    this.placeIds = catalogue.places.map((p) => p.id);
    this.actorIds = catalogue.actors.map((a) => a.id);
    this.actorSide = new Map(catalogue.actors.map((a) => [a.id, a.side]));
    this.armed = catalogue.actors.filter((a) => a.side !== null).map((a) => a.id);
    this.unaffiliated = catalogue.actors.filter((a) => a.side === null).map((a) => a.id);
    for (const id of this.placeIds) this.places.set(id, { controller: null, shares: null, heldBy: new Set() });
  }

  /** A fresh id for a siege, pocket, operation, ceasefire or talks. */
  newId(prefix: string): string {
    this.#serial += 1;
    return `${prefix}-${this.#serial}`;
  }

  /** The side of an actor (null for none or unknown). */
  sideOf(actor: string): string | null {
    return this.actorSide.get(actor) ?? null;
  }

  /** Armed actors whose side differs from `side`. */
  opponentsOf(side: string | null): string[] {
    return this.armed.filter((a) => this.sideOf(a) !== side);
  }

  place(id: string): PlaceModel {
    const p = this.places.get(id);
    if (p === undefined) throw new RangeError(`model: no place '${id}'`);
    return p;
  }

  /** The share of a place a side holds: 1 when it holds all, 0 when none. */
  shareOf(place: string, side: string): number {
    const p = this.place(place);
    if (p.shares === null) return p.controller === side ? 1 : 0;
    return p.shares.get(side) ?? 0;
  }

  /** True when `side` holds all of `place` (not divided). */
  holdsAll(place: string, side: string): boolean {
    const p = this.place(place);
    return p.shares === null && p.controller === side;
  }

  /**
   * Whether a capture of `share` (1 for all) by `side` changes control: false when the side
   * already holds all of it or at least that share. Undecided near a boundary (null), so the
   * generators avoid those.
   */
  captureChanges(place: string, side: string, share: number): boolean | null {
    const p = this.place(place);
    if (this.holdsAll(place, side)) return false;
    if (p.shares === null) return true;
    const held = p.shares.get(side) ?? 0;
    if (Math.abs(held - share) < SHARE_MARGIN) return null;
    return held < share;
  }

  #take(place: string, side: string, share: number): void {
    const p = this.place(place);
    if (share >= 1) {
      p.controller = side;
      p.shares = null;
    } else {
      const before = new Map(p.shares ?? (p.controller !== null ? [[p.controller, 1]] : []));
      before.delete(side);
      const others = [...before.values()].reduce((a, b) => a + b, 0);
      const scale = others + share > 1 && others > 0 ? (1 - share) / others : 1;
      const after = new Map<string, number>();
      for (const [s, v] of before) if (v * scale > 0) after.set(s, v * scale);
      after.set(side, share);
      p.shares = after;
      p.controller = null;
    }
    p.heldBy.add(side);
  }

  #hold(place: string, side: string): void {
    const p = this.place(place);
    p.controller = side;
    p.shares = null;
    p.heldBy.add(side);
  }

  #fall(place: string, side: string): void {
    for (const siege of this.sieges.values()) {
      if (!siege.active || siege.besieger !== side || !siege.enclave.includes(place)) continue;
      if (siege.enclave.every((q) => this.holdsAll(q, side))) siege.active = false;
    }
  }

  #side(actor: string): string {
    const s = this.sideOf(actor);
    if (s === null) throw new RangeError(`model: actor '${actor}' has no side`);
    return s;
  }

  #routeKey(side: string, route: string): string {
    return `${side}@${route}`;
  }

  /** The route's status for a side, if any. */
  route(side: string, route: string): "cut" | "secured" | undefined {
    return this.routes.get(this.#routeKey(side, route));
  }

  /** Updates the model with an event it holds valid. */
  apply(e: EventInput): Model {
    switch (e.type) {
      case "offensive-launched":
      case "air-campaign":
        this.operations.set(e.operation, { side: this.#side(e.actor), actor: e.actor, status: "active" });
        return this;
      case "offensive-resumed": {
        const op = this.operations.get(e.operation);
        if (op === undefined)
          this.operations.set(e.operation, { side: this.#side(e.actor), actor: e.actor, status: "active" });
        else op.status = "active";
        return this;
      }
      case "offensive-suspended":
      case "offensive-concluded": {
        const op = this.operations.get(e.operation);
        if (op !== undefined) op.status = e.type === "offensive-suspended" ? "suspended" : "concluded";
        return this;
      }
      case "place-captured":
      case "place-recaptured": {
        const side = this.#side(e.actor);
        const share = e.share === undefined ? 1 : bestOf(e.share);
        this.#take(e.place, side, share);
        if (share >= 1) this.#fall(e.place, side);
        return this;
      }
      case "control-reported": {
        if (e.actor !== undefined) this.#hold(e.place, this.#side(e.actor));
        else {
          const p = this.place(e.place);
          p.shares = new Map((e.shares ?? []).map((s) => [s.side, bestOf(s.share)]));
          p.controller = null;
          for (const s of e.shares ?? []) p.heldBy.add(s.side);
        }
        return this;
      }
      case "encirclement":
        this.pockets.set(e.pocket, { places: [...(e.inside ?? [])], formed: true });
        return this;
      case "pocket-cleared": {
        const pocket = this.pockets.get(e.pocket);
        if (pocket !== undefined) {
          pocket.formed = false;
          for (const q of pocket.places) this.#hold(q, this.#side(e.actor));
        }
        return this;
      }
      case "siege-imposed":
        this.sieges.set(e.siege, { besieger: this.#side(e.besieger), enclave: [...e.enclave], active: true });
        return this;
      case "siege-broken":
      case "siege-lifted": {
        const siege = this.sieges.get(e.siege);
        if (siege !== undefined) siege.active = false;
        return this;
      }
      case "supply-route-cut":
        this.routes.set(this.#routeKey(this.#side(e.of), e.route), "cut");
        return this;
      case "supply-route-secured":
        this.routes.set(this.#routeKey(this.#side(e.actor), e.route), "secured");
        return this;
      case "person-killed":
        this.fates.set(e.person, "killed");
        return this;
      case "person-captured":
        this.fates.set(e.person, "captured");
        return this;
      case "person-executed":
        this.fates.set(e.person, "executed");
        return this;
      case "ceasefire":
        this.ceasefires.add(e.ceasefire);
        return this;
      case "negotiations-scheduled":
        this.talks.set(e.talks, "scheduled");
        return this;
      case "negotiations-held":
        this.talks.set(e.talks, "held");
        return this;
      case "advance":
      case "withdrawal":
      case "clashes":
      case "assault-repelled":
      case "raid":
      case "counterattack":
      case "link-up":
      case "siege-tightened":
      case "fire-control":
      case "airstrike":
      case "artillery-bombardment":
      case "airborne-landing":
      case "reinforcement":
      case "redeployment":
      case "casualties":
      case "civilians-killed":
      case "displacement":
      case "territory-share":
      case "area-cleared":
      case "development":
        return this;
    }
  }
}
