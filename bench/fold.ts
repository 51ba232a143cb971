/**
 * The limit the engine is measured against: a hand-written fold over the same events with the
 * same rules, on plain objects mutated in place. No immutability, no copying, no freezing, no
 * xstate: every check the engine makes for the kinds the synthetic campaign uses, and every
 * effect it has, written as directly as JavaScript allows.
 *
 * It also serves the generator as its model of the campaign (so every generated event is
 * checked here before it is kept), and `compareWithEngine` proves at the end of a run that the
 * engine and this fold did the same work: same controllers, shares, fronts, sieges, tallies.
 */
import { type DomainEvent, type EventOf, plainState, type Quantity, type RuleId, type State } from "../engine/index.js";

export interface FoldStamp {
  byEvent: string | null;
  since: string | null;
  certainFrom: string | null;
}

export interface FoldFront extends FoldStamp {
  side: string;
  distanceKm: Quantity;
}

export interface FoldPlace extends FoldStamp {
  readonly id: string;
  controller: string | null;
  holder: string | null;
  shares: Record<string, number> | null;
  contested: boolean;
  heldBy: string[];
  fronts: Map<string, FoldFront> | null;
  fireControl: (FoldStamp & { side: string }) | null;
}

export type FoldSiegeStatus = "active" | "broken" | "lifted" | "fallen";

export interface FoldSiege extends FoldStamp {
  readonly id: string;
  readonly enclave: readonly number[];
  readonly besieger: string;
  readonly besieged: string;
  status: FoldSiegeStatus;
  supply: "open" | "cut";
  cutRoutes: string[];
  until: string | null;
  endedBy: string | null;
}

export interface FoldPocket extends FoldStamp {
  readonly id: string;
  readonly by: string;
  readonly encircled: string;
  readonly places: readonly string[];
  status: "formed" | "cleared";
  clearedAreaKm2: Quantity | null;
}

export interface FoldOperation extends FoldStamp {
  readonly id: string;
  readonly side: string;
  /** Place indexes of its objectives: their fronts of its side end when it concludes. */
  readonly objectives: readonly number[];
  status: "active" | "suspended" | "concluded";
}

export interface FoldSum {
  low: number;
  best: number;
  /** null once an added quantity had no ceiling, as the engine's sums. */
  high: number | null;
}

export interface FoldTally {
  killed: FoldSum;
  wounded: FoldSum;
  captured: FoldSum;
  reports: number;
  lastEvent: string;
}

export interface FoldRoute extends FoldStamp {
  status: "cut" | "secured";
}

export interface FoldActivity {
  airstrikes: number;
  bombardments: number;
  landings: number;
  raids: number;
  assaultsRepelled: number;
  counterattacks: number;
  linkUps: number;
  clashes: number;
}

/** A catalogue reduced to what the rules need. */
export interface FoldRefs {
  readonly placeIds: readonly string[];
  readonly actorSide: ReadonlyMap<string, string | null>;
  readonly sides: readonly string[];
}

const newSum = (): FoldSum => ({ low: 0, best: 0, high: 0 });
const newTally = (): FoldTally => ({
  killed: newSum(),
  wounded: newSum(),
  captured: newSum(),
  reports: 0,
  lastEvent: "",
});

function addTo(sum: FoldSum, q: Quantity | undefined): void {
  if (q === undefined) return;
  sum.low += q.low;
  sum.best += q.best;
  sum.high = sum.high === null || q.high === null ? null : sum.high + q.high;
}

/** As the engine's `majorityOf`: the first side, in id order, holding more than half. */
function majorityOf(shares: Record<string, number>): string | null {
  for (const side of Object.keys(shares).sort()) if ((shares[side] ?? 0) > 0.5) return side;
  return null;
}

/** The engine's `holdWhole`: the side holds all of the place; its front to it closes, its fire control over it ends. */
function holdWhole(p: FoldPlace, side: string, actor: string): void {
  p.controller = side;
  p.holder = actor;
  p.shares = null;
  p.contested = false;
  if (!p.heldBy.includes(side)) p.heldBy.push(side);
  p.fronts?.delete(side);
  if (p.fireControl !== null && p.fireControl.side === side) p.fireControl = null;
}

type Capture = EventOf<"place-captured"> | EventOf<"place-recaptured">;
type Tallied =
  | EventOf<"airstrike">
  | EventOf<"artillery-bombardment">
  | EventOf<"raid">
  | EventOf<"counterattack">
  | EventOf<"airborne-landing">;

export class MutableFold {
  readonly placeIndex = new Map<string, number>();
  readonly actorSide: ReadonlyMap<string, string | null>;
  readonly sides: ReadonlySet<string>;
  readonly places: FoldPlace[];
  readonly sieges = new Map<string, FoldSiege>();
  /** Active sieges by enclave place, so a capture looks only at the sieges it can end. */
  readonly #siegesAt: (FoldSiege[] | undefined)[];
  readonly pockets = new Map<string, FoldPocket>();
  readonly operations = new Map<string, FoldOperation>();
  readonly casualties = new Map<string, Map<string, FoldTally>>();
  readonly civilianDeaths = new Map<string, FoldTally>();
  readonly supplyRoutes = new Map<string, FoldRoute>();
  readonly activity = new Map<string, FoldActivity>();
  readonly cleared = new Map<string, FoldSum>();
  applied = 0;
  lastEvent: string | null = null;

  constructor(refs: FoldRefs) {
    refs.placeIds.forEach((id, i) => {
      this.placeIndex.set(id, i);
    });
    this.actorSide = refs.actorSide;
    this.sides = new Set(refs.sides);
    this.places = refs.placeIds.map((id) => ({
      id,
      controller: null,
      holder: null,
      shares: null,
      contested: false,
      heldBy: [],
      fronts: null,
      fireControl: null,
      byEvent: null,
      since: null,
      certainFrom: null,
    }));
    this.#siegesAt = new Array<FoldSiege[] | undefined>(refs.placeIds.length).fill(undefined);
  }

  /** Applies every event, throwing on the first that breaks a rule. */
  run(events: readonly DomainEvent[], from = 0, to = events.length): this {
    for (let i = from; i < to; i++) {
      const e = events[i] as DomainEvent;
      const rule = this.check(e);
      if (rule !== null) throw new Error(`mutable fold: event '${e.id}' (#${i}, ${e.type}) breaks rule '${rule}'`);
      this.apply(e);
    }
    return this;
  }

  placeOf(id: string): FoldPlace {
    return this.places[this.placeIndex.get(id) as number] as FoldPlace;
  }

  #side(actor: string): string | null {
    return this.actorSide.get(actor) ?? null;
  }

  #opposed(a: string, b: string): boolean {
    const sa = this.#side(a);
    return sa === null || sa !== this.#side(b);
  }

  /** The rule `e` breaks, or null: the engine's checks, in the engine's order. */
  check(e: DomainEvent): RuleId | null {
    for (const p of e.places) if (!this.placeIndex.has(p)) return "unknown-place";
    for (const a of e.actors) if (!this.actorSide.has(a)) return "unknown-actor";
    switch (e.type) {
      case "place-captured":
      case "place-recaptured":
        return this.#checkCapture(e);
      case "control-reported": {
        if (e.actor !== undefined) return this.#side(e.actor) === null ? "actor-without-side" : null;
        let total = 0;
        for (const s of e.shares ?? []) {
          if (!this.sides.has(s.side)) return "unknown-side";
          total += s.share.best;
        }
        return total > 1 + 1e-9 ? "shares-exceed-one" : null;
      }
      case "advance":
      case "withdrawal":
        return this.#side(e.actor) === null ? "actor-without-side" : null;
      case "clashes": {
        const first = e.sides[0];
        let two = false;
        for (const s of e.sides) {
          if (!this.sides.has(s)) return "unknown-side";
          if (s !== first) two = true;
        }
        return two ? null : "same-side";
      }
      case "airstrike":
      case "artillery-bombardment":
      case "raid":
      case "counterattack":
      case "airborne-landing":
        return this.#checkTally(e);
      case "casualties":
        for (const f of e.figures) if (this.#side(f.actor) === null) return "actor-without-side";
        return null;
      case "civilians-killed":
        return null;
      case "fire-control": {
        const side = this.#side(e.actor);
        if (side === null) return "actor-without-side";
        const p = this.placeOf(e.place);
        return p.controller === side && p.shares === null ? "fire-control-over-own-place" : null;
      }
      case "supply-route-cut": {
        const side = this.#side(e.of);
        if (side === null || this.#side(e.actor) === null) return "actor-without-side";
        return this.supplyRoutes.get(`${side}@${e.route}`)?.status === "cut" ? "route-unchanged" : null;
      }
      case "supply-route-secured": {
        const side = this.#side(e.actor);
        if (side === null) return "actor-without-side";
        return this.supplyRoutes.get(`${side}@${e.route}`)?.status === "secured" ? "route-unchanged" : null;
      }
      case "siege-imposed": {
        if (this.sieges.has(e.siege)) return "siege-exists";
        if (this.#side(e.besieger) === null || this.#side(e.besieged) === null) return "actor-without-side";
        return this.#opposed(e.besieger, e.besieged) ? null : "same-side";
      }
      case "siege-tightened":
      case "siege-broken":
      case "siege-lifted": {
        const s = this.sieges.get(e.siege);
        if (s === undefined) return "unknown-siege";
        return s.status === "active" ? null : "siege-not-active";
      }
      case "encirclement": {
        if (this.pockets.has(e.pocket)) return "pocket-exists";
        if (this.#side(e.encircled) === null || this.#side(e.by) === null) return "actor-without-side";
        return this.#opposed(e.encircled, e.by) ? null : "same-side";
      }
      case "pocket-cleared": {
        const pocket = this.pockets.get(e.pocket);
        if (pocket === undefined) return "unknown-pocket";
        if (pocket.status !== "formed") return "pocket-not-formed";
        return this.#side(e.actor) === null ? "actor-without-side" : null;
      }
      case "offensive-launched":
        if (this.operations.has(e.operation)) return "operation-exists";
        return this.#side(e.actor) === null ? "actor-without-side" : null;
      case "offensive-concluded": {
        const op = this.operations.get(e.operation);
        if (op === undefined) return "unknown-operation";
        return op.status === "concluded" ? "operation-not-active" : null;
      }
      default:
        throw new Error(`mutable fold: the synthetic campaign does not use kind '${e.type}'`);
    }
  }

  #checkCapture(e: Capture): RuleId | null {
    const side = this.#side(e.actor);
    if (side === null) return "actor-without-side";
    const prior = this.placeOf(e.place);
    const share = e.share?.best ?? 1;
    if (prior.controller === side && prior.shares === null) return "already-controlled";
    if (prior.shares !== null && (prior.shares[side] ?? 0) >= share) return "already-controlled";
    if (e.type === "place-recaptured" && !prior.heldBy.includes(side)) return "never-held";
    return null;
  }

  #checkTally(e: Tallied): RuleId | null {
    if (this.#side(e.actor) === null) return "actor-without-side";
    const other =
      e.type === "raid"
        ? e.target
        : e.type === "counterattack"
          ? e.against
          : e.type === "airborne-landing"
            ? undefined
            : e.against;
    return other === undefined || this.#opposed(e.actor, other) ? null : "same-side";
  }

  /** Applies an event already checked. */
  apply(e: DomainEvent): void {
    switch (e.type) {
      case "place-captured":
      case "place-recaptured":
        this.#capture(e);
        break;
      case "control-reported":
        this.#controlReported(e);
        break;
      case "advance":
      case "withdrawal":
        if (e.objective !== undefined && e.within !== undefined) {
          const side = this.#side(e.actor) as string;
          const p = this.placeOf(e.objective);
          if (p.fronts === null) p.fronts = new Map();
          const f = p.fronts.get(side);
          if (f === undefined) {
            p.fronts.set(side, {
              side,
              distanceKm: e.within,
              byEvent: e.id,
              since: e.time.earliest,
              certainFrom: e.time.latest,
            });
          } else {
            f.distanceKm = e.within;
            f.byEvent = e.id;
            f.since = e.time.earliest;
            f.certainFrom = e.time.latest;
          }
        }
        break;
      case "clashes":
        for (const place of e.places) this.placeOf(place).contested = true;
        for (const s of e.sides) this.#count(s, "clashes");
        break;
      case "airstrike":
        this.#count(this.#side(e.actor), "airstrikes");
        break;
      case "artillery-bombardment":
        this.#count(this.#side(e.actor), "bombardments");
        break;
      case "raid":
        this.#count(this.#side(e.actor), "raids");
        break;
      case "counterattack":
        this.#count(this.#side(e.actor), "counterattacks");
        break;
      case "airborne-landing":
        this.#count(this.#side(e.actor), "landings");
        break;
      case "casualties": {
        const claimant = e.source.attribution ?? e.source.document;
        for (const f of e.figures) {
          const side = this.#side(f.actor) as string;
          let bySource = this.casualties.get(side);
          if (bySource === undefined) {
            bySource = new Map();
            this.casualties.set(side, bySource);
          }
          let t = bySource.get(claimant);
          if (t === undefined) {
            t = newTally();
            bySource.set(claimant, t);
          }
          addTo(t.killed, f.killed);
          addTo(t.wounded, f.wounded);
          addTo(t.captured, f.captured);
          t.reports++;
          t.lastEvent = e.id;
        }
        break;
      }
      case "civilians-killed": {
        const claimant = e.source.attribution ?? e.source.document;
        let t = this.civilianDeaths.get(claimant);
        if (t === undefined) {
          t = newTally();
          this.civilianDeaths.set(claimant, t);
        }
        addTo(t.killed, e.killed);
        t.reports++;
        t.lastEvent = e.id;
        break;
      }
      case "fire-control": {
        const p = this.placeOf(e.place);
        p.fireControl = {
          side: this.#side(e.actor) as string,
          byEvent: e.id,
          since: e.time.earliest,
          certainFrom: e.time.latest,
        };
        break;
      }
      case "supply-route-cut":
        this.#route(this.#side(e.of) as string, e, "cut");
        break;
      case "supply-route-secured":
        this.#route(this.#side(e.actor) as string, e, "secured");
        break;
      case "siege-imposed": {
        const siege: FoldSiege = {
          id: e.siege,
          enclave: e.enclave.map((p) => this.placeIndex.get(p) as number),
          besieger: this.#side(e.besieger) as string,
          besieged: this.#side(e.besieged) as string,
          status: "active",
          supply: "open",
          cutRoutes: [],
          until: null,
          endedBy: null,
          byEvent: e.id,
          since: e.time.earliest,
          certainFrom: e.time.latest,
        };
        this.sieges.set(e.siege, siege);
        for (const i of new Set(siege.enclave)) {
          const at = this.#siegesAt[i];
          if (at === undefined) this.#siegesAt[i] = [siege];
          else at.push(siege);
        }
        break;
      }
      case "siege-tightened": {
        const s = this.sieges.get(e.siege) as FoldSiege;
        s.cutRoutes.push(e.route ?? "unnamed");
        s.supply = "cut";
        s.byEvent = e.id;
        s.certainFrom = e.time.latest;
        break;
      }
      case "siege-broken":
      case "siege-lifted":
        this.#endSiege(this.sieges.get(e.siege) as FoldSiege, e.type === "siege-broken" ? "broken" : "lifted", e);
        break;
      case "encirclement":
        this.pockets.set(e.pocket, {
          id: e.pocket,
          by: this.#side(e.by) as string,
          encircled: this.#side(e.encircled) as string,
          places: e.inside,
          status: "formed",
          clearedAreaKm2: null,
          byEvent: e.id,
          since: e.time.earliest,
          certainFrom: e.time.latest,
        });
        break;
      case "pocket-cleared": {
        const side = this.#side(e.actor) as string;
        const pocket = this.pockets.get(e.pocket) as FoldPocket;
        pocket.status = "cleared";
        pocket.clearedAreaKm2 = e.areaKm2 ?? null;
        pocket.byEvent = e.id;
        pocket.since = e.time.earliest;
        pocket.certainFrom = e.time.latest;
        for (const place of pocket.places) {
          const p = this.placeOf(place);
          if (p.controller === side && p.shares === null) continue; // already held: nothing changes
          holdWhole(p, side, e.actor);
          p.byEvent = e.id;
          p.since = e.time.earliest;
          p.certainFrom = e.time.latest;
        }
        if (e.areaKm2 !== undefined) {
          let c = this.cleared.get(side);
          if (c === undefined) {
            c = newSum();
            this.cleared.set(side, c);
          }
          addTo(c, e.areaKm2);
        }
        break;
      }
      case "offensive-launched":
        this.operations.set(e.operation, {
          id: e.operation,
          side: this.#side(e.actor) as string,
          objectives: e.objectives.map((o) => this.placeIndex.get(o) as number),
          status: "active",
          byEvent: e.id,
          since: e.time.earliest,
          certainFrom: e.time.latest,
        });
        break;
      case "offensive-concluded": {
        const op = this.operations.get(e.operation) as FoldOperation;
        op.status = "concluded";
        // The engine's offensive-concluded: its side's fronts to its objectives end.
        for (const i of op.objectives) this.places[i]?.fronts?.delete(op.side);
        op.byEvent = e.id;
        op.since = e.time.earliest;
        op.certainFrom = e.time.latest;
        break;
      }
      default:
        throw new Error(`mutable fold: the synthetic campaign does not use kind '${e.type}'`);
    }
    this.applied++;
    this.lastEvent = e.id;
  }

  #count(side: string | null, what: keyof FoldActivity): void {
    if (side === null) return;
    let a = this.activity.get(side);
    if (a === undefined) {
      a = {
        airstrikes: 0,
        bombardments: 0,
        landings: 0,
        raids: 0,
        assaultsRepelled: 0,
        counterattacks: 0,
        linkUps: 0,
        clashes: 0,
      };
      this.activity.set(side, a);
    }
    a[what]++;
  }

  #route(
    side: string,
    e: EventOf<"supply-route-cut"> | EventOf<"supply-route-secured">,
    status: FoldRoute["status"],
  ): void {
    const key = `${side}@${e.route}`;
    const r = this.supplyRoutes.get(key);
    if (r === undefined) {
      this.supplyRoutes.set(key, { status, byEvent: e.id, since: e.time.earliest, certainFrom: e.time.latest });
    } else {
      r.status = status;
      r.byEvent = e.id;
      r.since = e.time.earliest;
      r.certainFrom = e.time.latest;
    }
  }

  #endSiege(s: FoldSiege, status: "broken" | "lifted" | "fallen", e: DomainEvent): void {
    s.status = status;
    s.until = e.time.earliest;
    s.endedBy = e.id;
    s.byEvent = e.id;
    s.certainFrom = e.time.latest;
    for (const i of new Set(s.enclave)) {
      const at = this.#siegesAt[i] as FoldSiege[];
      at.splice(at.indexOf(s), 1);
      // The engine's relief: broken or lifted, the besieged side's fronts to the enclave end.
      if (status !== "fallen") this.places[i]?.fronts?.delete(s.besieged);
    }
  }

  #capture(e: Capture): void {
    const side = this.#side(e.actor) as string;
    const p = this.placeOf(e.place);
    const share = e.share?.best ?? 1;
    if (share >= 1) {
      holdWhole(p, side, e.actor);
    } else {
      // The engine's sharesAfter, step for step, so the floating-point sums agree exactly.
      const controllerBefore = p.controller;
      const holderBefore = p.holder;
      const before: Record<string, number> = p.shares
        ? { ...p.shares }
        : p.controller !== null
          ? { [p.controller]: 1 }
          : {};
      delete before[side];
      let others = 0;
      for (const v of Object.values(before)) others += v;
      const scale = others + share > 1 && others > 0 ? (1 - share) / others : 1;
      const after: Record<string, number> = {};
      for (const s of Object.keys(before).sort()) {
        const v = (before[s] ?? 0) * scale;
        if (v > 0) after[s] = v;
      }
      after[side] = share;
      p.shares = after;
      p.controller = majorityOf(after);
      p.contested = true;
      // The holder is the actor of the side in control: the capturer once its side leads, else whoever held it.
      p.holder = p.controller === side ? e.actor : p.controller === controllerBefore ? holderBefore : null;
      if (!p.heldBy.includes(side)) p.heldBy.push(side);
    }
    p.byEvent = e.id;
    p.since = e.time.earliest;
    p.certainFrom = e.time.latest;
    if (share >= 1) {
      const at = this.#siegesAt[this.placeIndex.get(e.place) as number];
      if (at === undefined || at.length === 0) return;
      for (const s of [...at]) {
        if (s.besieger !== side) continue;
        let taken = true;
        for (const i of s.enclave) {
          const q = this.places[i] as FoldPlace;
          if (q.controller !== side || q.shares !== null) {
            taken = false;
            break;
          }
        }
        if (taken) this.#endSiege(s, "fallen", e);
      }
    }
  }

  #controlReported(e: EventOf<"control-reported">): void {
    const p = this.placeOf(e.place);
    if (e.actor !== undefined) {
      holdWhole(p, this.#side(e.actor) as string, e.actor);
    } else {
      const shares: Record<string, number> = {};
      for (const s of [...(e.shares ?? [])].sort((a, b) => (a.side < b.side ? -1 : 1))) shares[s.side] = s.share.best;
      p.shares = shares;
      p.controller = majorityOf(shares);
      p.holder = null;
      p.contested = Object.keys(shares).length > 1;
      for (const s of Object.keys(shares)) if (!p.heldBy.includes(s)) p.heldBy.push(s);
    }
    p.byEvent = e.id;
    p.since = e.time.earliest;
    p.certainFrom = e.time.latest;
  }
}

function sameShares(a: Readonly<Record<string, number>> | null, b: Record<string, number> | null): boolean {
  if (a === null || b === null) return a === b;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Every difference between the engine's final state and the fold's (up to `limit` of them):
 * control, shares, holders, contested flags, fronts, fire control and stamps of every place;
 * status, supply and cut routes of every siege; pockets, operations, supply routes, activity
 * tallies, casualty ledgers and the applied count. Empty when they agree.
 */
export function compareWithEngine(state: State, fold: MutableFold, limit = 10): string[] {
  const engine = plainState(state);
  const out: string[] = [];
  const diff = (what: string, a: unknown, b: unknown): void => {
    if (out.length < limit) out.push(`${what}: engine ${JSON.stringify(a)} vs fold ${JSON.stringify(b)}`);
  };
  if (engine.applied !== fold.applied) diff("applied", engine.applied, fold.applied);
  if (engine.lastEvent !== fold.lastEvent) diff("lastEvent", engine.lastEvent, fold.lastEvent);
  if (engine.places.length !== fold.places.length) diff("place count", engine.places.length, fold.places.length);
  engine.places.forEach((e, i) => {
    const f = fold.places[i] as FoldPlace;
    if (e.controller !== f.controller) diff(`${e.id}.controller`, e.controller, f.controller);
    const shares = e.shares === null ? null : Object.fromEntries(Object.entries(e.shares).map(([s, q]) => [s, q.best]));
    if (!sameShares(shares, f.shares)) diff(`${e.id}.shares`, shares, f.shares);
    if (e.holder !== f.holder) diff(`${e.id}.holder`, e.holder, f.holder);
    if (e.contested !== f.contested) diff(`${e.id}.contested`, e.contested, f.contested);
    if (!sameList(e.heldBy, f.heldBy)) diff(`${e.id}.heldBy`, e.heldBy, f.heldBy);
    if (e.byEvent !== f.byEvent || e.since !== f.since || e.certainFrom !== f.certainFrom)
      diff(`${e.id}.stamp`, e.byEvent, f.byEvent);
    if ((e.fireControl?.side ?? null) !== (f.fireControl?.side ?? null))
      diff(`${e.id}.fireControl`, e.fireControl, f.fireControl);
    // The fold drops a front its side has closed; the engine keeps it, marked closed.
    const sides = Object.keys(e.fronts).filter((s) => e.fronts[s]?.closed === null);
    if (sides.length !== (f.fronts?.size ?? 0)) diff(`${e.id}.fronts`, sides, [...(f.fronts?.keys() ?? [])]);
    for (const s of sides) {
      const ef = e.fronts[s];
      const ff = f.fronts?.get(s);
      if (ef?.distanceKm.best !== ff?.distanceKm.best || ef?.byEvent !== ff?.byEvent)
        diff(`${e.id}.fronts.${s}`, ef, ff);
    }
  });
  const siegeIds = Object.keys(engine.sieges);
  if (siegeIds.length !== fold.sieges.size) diff("siege count", siegeIds.length, fold.sieges.size);
  for (const id of siegeIds) {
    const e = engine.sieges[id];
    const f = fold.sieges.get(id);
    if (e === undefined || f === undefined) {
      diff(`siege ${id}`, e ?? null, f ?? null);
      continue;
    }
    if (e.status !== f.status || e.supply !== f.supply || e.until !== f.until || e.endedBy !== f.endedBy)
      diff(`siege ${id}`, [e.status, e.supply, e.until, e.endedBy], [f.status, f.supply, f.until, f.endedBy]);
    if (!sameList(e.lifecycle.context.cutRoutes, f.cutRoutes) || e.byEvent !== f.byEvent)
      diff(`siege ${id}.cutRoutes`, e.lifecycle.context.cutRoutes, f.cutRoutes);
  }
  const pocketIds = Object.keys(engine.pockets);
  if (pocketIds.length !== fold.pockets.size) diff("pocket count", pocketIds.length, fold.pockets.size);
  for (const id of pocketIds) {
    const e = engine.pockets[id];
    const f = fold.pockets.get(id);
    if (e?.status !== f?.status || e?.byEvent !== f?.byEvent) diff(`pocket ${id}`, e?.status, f?.status);
  }
  const opIds = Object.keys(engine.operations);
  if (opIds.length !== fold.operations.size) diff("operation count", opIds.length, fold.operations.size);
  for (const id of opIds) {
    if (engine.operations[id]?.status !== fold.operations.get(id)?.status)
      diff(`operation ${id}`, engine.operations[id]?.status, fold.operations.get(id)?.status);
  }
  const routeKeys = Object.keys(engine.supplyRoutes);
  if (routeKeys.length !== fold.supplyRoutes.size) diff("route count", routeKeys.length, fold.supplyRoutes.size);
  for (const k of routeKeys) {
    const e = engine.supplyRoutes[k];
    const f = fold.supplyRoutes.get(k);
    if (e?.status !== f?.status || e?.byEvent !== f?.byEvent) diff(`route ${k}`, e?.status, f?.status);
  }
  for (const side of new Set([...Object.keys(engine.activity), ...fold.activity.keys()])) {
    const e = engine.activity[side];
    const f = fold.activity.get(side);
    if (JSON.stringify(e) !== JSON.stringify(f)) diff(`activity ${side}`, e, f);
  }
  type Best = { readonly best: number };
  const ledger = (t: { killed: Best; wounded: Best; captured: Best; reports: number; lastEvent: string }) =>
    [t.killed.best, t.wounded.best, t.captured.best, t.reports, t.lastEvent].join("/");
  for (const side of new Set([...Object.keys(engine.casualties), ...fold.casualties.keys()])) {
    const e = engine.casualties[side] ?? {};
    const f = fold.casualties.get(side) ?? new Map<string, FoldTally>();
    for (const claimant of new Set([...Object.keys(e), ...f.keys()])) {
      const et = e[claimant];
      const ft = f.get(claimant);
      const a = et === undefined ? null : ledger(et);
      const b = ft === undefined ? null : ledger(ft);
      if (a !== b) diff(`casualties ${side}/${claimant}`, a, b);
    }
  }
  for (const claimant of new Set([...Object.keys(engine.civilianDeaths), ...fold.civilianDeaths.keys()])) {
    const et = engine.civilianDeaths[claimant];
    const ft = fold.civilianDeaths.get(claimant);
    const a = et === undefined ? null : ledger(et);
    const b = ft === undefined ? null : ledger(ft);
    if (a !== b) diff(`civilian deaths ${claimant}`, a, b);
  }
  for (const side of new Set([...Object.keys(engine.cleared), ...fold.cleared.keys()])) {
    if (engine.cleared[side]?.best !== fold.cleared.get(side)?.best)
      diff(`cleared ${side}`, engine.cleared[side], fold.cleared.get(side));
  }
  return out;
}
