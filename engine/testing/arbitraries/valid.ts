import type { EventInput, EventType } from "../../index.js";
import type { Choices } from "./choices.js";
import { type Base, type LogWriter, linkUpInput } from "./writer.js";

/** A quantity as an event input writes it. */
type QuantityIn = number | { low?: number; best: number; high?: number | null; text?: string };

function quantity(c: Choices, max: number): QuantityIn {
  const best = c.int(max + 1);
  if (!c.chance(40)) return best;
  const low = best - c.int(best + 1);
  if (c.chance(15)) return { low, best, high: null, text: `at least ${low}` };
  const high = best + c.int(max + 1);
  return c.chance(50) ? { low, best, high, text: `between ${low} and ${high}` } : { low, best, high };
}

/** A share with `best` as its value, sometimes as a range within [0, 1] (an open one stops at 1). */
function share(c: Choices, best: number): QuantityIn {
  if (!c.chance(30)) return best;
  const d = c.pick([0.01, 0.05, 0.1]);
  return { low: Math.max(0, best - d), best, high: Math.min(1, best + d), text: `about ${Math.round(best * 100)}%` };
}

const SHARES = [0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9] as const;

/** Picks from `xs` or gives undefined (the simplest choice) when asked to leave it out. */
function maybe<T>(c: Choices, xs: readonly T[], percent = 50): T | undefined {
  return xs.length > 0 && c.chance(percent) ? c.pick(xs) : undefined;
}

/** `{ [key]: value }`, or nothing for undefined (optional fields are left out, never undefined). */
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** A capture (full or partial) the model says changes control, or null when none exists. */
function capture(
  w: LogWriter,
  c: Choices,
  recapture: boolean,
): { place: string; actor: string; share?: QuantityIn } | null {
  const m = w.model;
  const candidates: { place: string; actor: string; side: string }[] = [];
  for (const place of m.placeIds) {
    for (const actor of m.armed) {
      const side = m.sideOf(actor);
      if (side === null || (recapture && !m.place(place).heldBy.has(side))) continue;
      if (m.captureChanges(place, side, 1) === true) candidates.push({ place, actor, side });
    }
  }
  if (candidates.length === 0) return null;
  const { place, actor, side } = c.pick(candidates);
  if (c.chance(30)) {
    const best = c.pick(SHARES);
    if (m.captureChanges(place, side, best) === true) return { place, actor, share: share(c, best) };
  }
  return { place, actor };
}

/** Distinct sides with shares adding up to at most 1. */
function shares(c: Choices, sides: readonly string[]): { side: string; share: QuantityIn }[] {
  const chosen = c.some(sides, 1, 3);
  let left = 1;
  return chosen.map((side, i) => {
    const last = i === chosen.length - 1;
    const best = Math.max(
      0,
      Math.round((last && c.chance(50) ? left : left * c.pick([0.2, 0.4, 0.5, 0.6])) * 100) / 100,
    );
    left = Math.max(0, Math.round((left - best) * 100) / 100);
    return { side, share: best };
  });
}

/** An armed actor and an armed enemy of it, or null when the catalogue has no two sides with actors. */
function opposed(w: LogWriter, c: Choices): [string, string] | null {
  const m = w.model;
  const a = c.pick(m.armed);
  const enemies = m.opponentsOf(m.sideOf(a));
  if (enemies.length === 0) {
    const any = m.armed.find((x) => m.opponentsOf(m.sideOf(x)).length > 0);
    if (any === undefined) return null;
    return [any, c.pick(m.opponentsOf(m.sideOf(any)))];
  }
  return [a, c.pick(enemies)];
}

/** Someone an armed actor may act against: an enemy or a person of no side. */
function target(w: LogWriter, c: Choices, actor: string): string | undefined {
  const m = w.model;
  return maybe(c, [...m.opponentsOf(m.sideOf(actor)), ...m.unaffiliated]);
}

/**
 * A valid event of `kind` for the model's state, or null when none can be made now (for
 * example, no active siege to break). `base` holds the common fields.
 */
export function validEvent(kind: EventType, w: LogWriter, c: Choices, base: Base): EventInput | null {
  const m = w.model;
  if (m.armed.length === 0 && kind !== "displacement" && kind !== "civilians-killed") return null;
  const extras = w.extras(kind, c);
  const b = { ...base, ...extras };
  const place = () => c.pick(m.placeIds);
  const armed = () => c.pick(m.armed);
  const ops = (status: readonly string[]) => [...m.operations].filter(([, o]) => status.includes(o.status));
  const activeSieges = [...m.sieges].filter(([, s]) => s.active);
  switch (kind) {
    case "offensive-launched":
      return {
        ...b,
        type: kind,
        operation: m.newId("op"),
        actor: armed(),
        ...opt("name", c.chance(50) ? "Operation Dawn" : undefined),
        objectives: c.some(m.placeIds, 0, 2),
        ...opt("area", maybe(c, m.placeIds, 30)),
      };
    case "air-campaign":
      return {
        ...b,
        type: kind,
        operation: m.newId("air"),
        actor: armed(),
        ...opt("name", c.chance(50) ? "Air campaign" : undefined),
        areas: c.some(m.placeIds, 0, 2),
      };
    case "offensive-suspended": {
      const active = ops(["active"]);
      if (active.length === 0) return null;
      const [operation, op] = c.pick(active);
      return { ...b, type: kind, operation, actor: op.actor, ...opt("reason", c.chance(30) ? "losses" : undefined) };
    }
    case "offensive-resumed": {
      const suspended = ops(["suspended"]);
      if (suspended.length > 0 && !c.chance(20)) {
        const [operation, op] = c.pick(suspended);
        return { ...b, type: kind, operation, actor: op.actor, objectives: c.some(m.placeIds, 0, 1) };
      }
      // A resumption of an operation begun before the log starts it.
      return { ...b, type: kind, operation: m.newId("op"), actor: armed(), objectives: c.some(m.placeIds, 0, 1) };
    }
    case "offensive-concluded": {
      const open = ops(["active", "suspended"]);
      if (open.length === 0) return null;
      const [operation, op] = c.pick(open);
      return { ...b, type: kind, operation, actor: op.actor, ...opt("outcome", c.chance(30) ? "ended" : undefined) };
    }
    case "advance": {
      const actor = armed();
      if (c.chance(60)) {
        return {
          ...b,
          type: kind,
          actor,
          objective: place(),
          within: quantity(c, 120),
          ...opt("gained", c.chance(30) ? quantity(c, 40) : undefined),
        };
      }
      return {
        ...b,
        type: kind,
        actor,
        gained: quantity(c, 40),
        ...opt("from", maybe(c, m.placeIds)),
        ...opt("direction", c.chance(30) ? "east" : undefined),
      };
    }
    case "withdrawal": {
      const withFront = c.chance(50);
      return {
        ...b,
        type: kind,
        actor: armed(),
        ...opt("from", maybe(c, m.placeIds)),
        ...opt("to", maybe(c, m.placeIds)),
        ...(withFront ? { objective: place(), within: quantity(c, 120) } : {}),
      };
    }
    case "place-captured":
    case "place-recaptured": {
      const cap = capture(w, c, kind === "place-recaptured");
      return cap === null ? null : { ...b, type: kind, ...cap };
    }
    case "control-reported":
      return c.chance(50)
        ? { ...b, type: kind, place: place(), actor: armed() }
        : { ...b, type: kind, place: place(), shares: shares(c, m.sides) };
    case "clashes": {
      if (m.sides.length < 2) return null;
      return { ...b, type: kind, places: c.some(m.placeIds, 0, 3), sides: c.some(m.sides, 2, 3) };
    }
    case "assault-repelled": {
      const defender = armed();
      const attackers = [...m.opponentsOf(m.sideOf(defender)), ...m.unaffiliated];
      if (attackers.length === 0) return null;
      return { ...b, type: kind, place: place(), attacker: c.pick(attackers), defender };
    }
    case "raid": {
      const actor = armed();
      return {
        ...b,
        type: kind,
        actor,
        ...opt("target", target(w, c, actor)),
        ...opt("place", maybe(c, m.placeIds)),
        ...opt("withdrew", c.chance(70) ? c.chance(50) : undefined),
      };
    }
    case "counterattack": {
      const pair = opposed(w, c);
      if (pair === null) return null;
      return {
        ...b,
        type: kind,
        actor: pair[0],
        against: pair[1],
        ...opt("place", maybe(c, m.placeIds)),
        outcome: c.pick(["succeeded", "failed", "stalled", "unknown"] as const),
      };
    }
    case "encirclement": {
      const pair = opposed(w, c);
      if (pair === null) return null;
      return {
        ...b,
        type: kind,
        pocket: m.newId("pocket"),
        name: "a pocket",
        encircled: pair[1],
        by: pair[0],
        inside: c.some(m.placeIds, 0, 3),
        ...opt("area", maybe(c, m.placeIds, 30)),
        ...opt("settlements", c.chance(30) ? quantity(c, 100) : undefined),
      };
    }
    case "pocket-cleared": {
      const formed = [...m.pockets].filter(([, p]) => p.formed);
      if (formed.length === 0) return null;
      const [pocket] = c.pick(formed);
      return {
        ...b,
        type: kind,
        pocket,
        actor: armed(),
        ...opt("areaKm2", c.chance(50) ? quantity(c, 900) : undefined),
      };
    }
    case "link-up":
      return linkUpInput(b, [armed(), armed(), ...c.some(m.armed, 0, 1)], maybe(c, m.placeIds));
    case "siege-imposed": {
      const pair = opposed(w, c);
      if (pair === null) return null;
      return {
        ...b,
        type: kind,
        siege: m.newId("siege"),
        name: "a siege",
        enclave: c.some(m.placeIds, 1, 3),
        besieger: pair[0],
        besieged: pair[1],
      };
    }
    case "siege-tightened": {
      if (activeSieges.length === 0) return null;
      const [siege] = c.pick(activeSieges);
      return { ...b, type: kind, siege, actor: armed(), ...opt("route", maybe(c, m.placeIds)) };
    }
    case "siege-broken": {
      if (activeSieges.length === 0) return null;
      const [siege] = c.pick(activeSieges);
      return { ...b, type: kind, siege, actor: armed() };
    }
    case "siege-lifted": {
      if (activeSieges.length === 0) return null;
      const [siege] = c.pick(activeSieges);
      return { ...b, type: kind, siege, ...opt("actor", maybe(c, m.armed)) };
    }
    case "supply-route-cut": {
      for (let attempt = 0; attempt < 6; attempt++) {
        const of = armed();
        const side = m.sideOf(of);
        const route = place();
        if (side !== null && m.route(side, route) !== "cut") return { ...b, type: kind, route, of, actor: armed() };
      }
      return null;
    }
    case "supply-route-secured": {
      for (let attempt = 0; attempt < 6; attempt++) {
        const actor = armed();
        const side = m.sideOf(actor);
        const route = place();
        if (side !== null && m.route(side, route) !== "secured") return { ...b, type: kind, route, actor };
      }
      return null;
    }
    case "fire-control": {
      for (let attempt = 0; attempt < 6; attempt++) {
        const actor = armed();
        const side = m.sideOf(actor);
        const at = place();
        if (side !== null && !m.holdsAll(at, side)) return { ...b, type: kind, place: at, actor };
      }
      return null;
    }
    case "airstrike": {
      const actor = armed();
      return {
        ...b,
        type: kind,
        actor,
        ...opt("against", target(w, c, actor)),
        ...opt("place", maybe(c, m.placeIds)),
        ...opt("target", c.chance(30) ? "a convoy" : undefined),
      };
    }
    case "artillery-bombardment": {
      const actor = armed();
      return { ...b, type: kind, actor, ...opt("against", target(w, c, actor)), ...opt("place", maybe(c, m.placeIds)) };
    }
    case "airborne-landing":
      return {
        ...b,
        type: kind,
        actor: armed(),
        mode: c.pick(["parachute", "helicopter", "unspecified"] as const),
        ...opt("place", maybe(c, m.placeIds)),
      };
    case "reinforcement":
      return {
        ...b,
        type: kind,
        actor: c.pick(m.actorIds),
        ...opt("from", maybe(c, m.placeIds)),
        ...opt("to", maybe(c, m.placeIds)),
        ...opt("size", c.chance(40) ? quantity(c, 3000) : undefined),
      };
    case "redeployment":
      return {
        ...b,
        type: kind,
        actor: c.pick(m.actorIds),
        ...opt("from", maybe(c, m.placeIds)),
        ...opt("to", maybe(c, m.placeIds)),
      };
    case "casualties": {
      const figures = Array.from({ length: c.between(1, 3) }, () => ({
        actor: armed(),
        ...opt("killed", c.chance(80) ? quantity(c, 300) : undefined),
        ...opt("wounded", c.chance(40) ? quantity(c, 500) : undefined),
        ...opt("captured", c.chance(20) ? quantity(c, 50) : undefined),
      }));
      return { ...b, type: kind, figures, ...opt("total", c.chance(20) ? quantity(c, 800) : undefined) };
    }
    case "person-killed":
    case "person-captured":
    case "person-executed": {
      const alive = m.actorIds.filter((a) => {
        const fate = m.fates.get(a);
        return fate === undefined || fate === "captured";
      });
      const people = alive.filter((a) => m.sideOf(a) === null);
      const pool = people.length > 0 && c.chance(80) ? people : alive;
      if (pool.length === 0) return null;
      return {
        ...b,
        type: kind,
        person: c.pick(pool),
        ...opt("by", maybe(c, m.armed)),
        ...opt("place", maybe(c, m.placeIds)),
      };
    }
    case "civilians-killed":
      return {
        ...b,
        type: kind,
        killed: quantity(c, 200),
        ...opt("by", maybe(c, m.armed)),
        ...opt("place", maybe(c, m.placeIds)),
      };
    case "displacement":
      return {
        ...b,
        type: kind,
        people: quantity(c, 50_000),
        ...opt("from", maybe(c, m.placeIds)),
        ...opt("to", maybe(c, m.placeIds)),
        status: c.pick(["fled", "resident", "seeking-passage"] as const),
      };
    case "territory-share": {
      const form = c.int(3);
      return {
        ...b,
        type: kind,
        actor: armed(),
        area: place(),
        ...(form !== 1 ? { share: share(c, c.pick(SHARES)) } : {}),
        ...(form !== 0 ? { areaKm2: quantity(c, 20_000) } : {}),
      };
    }
    case "area-cleared":
      return {
        ...b,
        type: kind,
        actor: armed(),
        areaKm2: quantity(c, 2000),
        ...opt("region", maybe(c, m.placeIds)),
        ...opt("settlements", c.chance(30) ? quantity(c, 100) : undefined),
      };
    case "ceasefire":
      return {
        ...b,
        type: kind,
        ceasefire: m.newId("truce"),
        name: "a truce",
        parties: c.some(m.actorIds, 0, 3),
        excludes: c.some(m.actorIds, 0, 1),
        ...opt("area", maybe(c, m.placeIds)),
      };
    case "negotiations-scheduled":
      return {
        ...b,
        type: kind,
        talks: m.newId("talks"),
        name: "talks",
        ...opt("venue", maybe(c, m.placeIds)),
        parties: c.some(m.actorIds, 0, 2),
        ...opt("on", c.chance(50) ? "2017-09-14" : undefined),
      };
    case "negotiations-held": {
      const scheduled = [...m.talks].filter(([, s]) => s === "scheduled").map(([id]) => id);
      const talks = scheduled.length > 0 && !c.chance(25) ? c.pick(scheduled) : m.newId("talks");
      return { ...b, type: kind, talks, ...opt("venue", maybe(c, m.placeIds)), parties: c.some(m.actorIds, 0, 2) };
    }
    case "development":
      return {
        ...b,
        type: kind,
        category: c.pick(["Protests: Peaceful protest", "Strategic developments: Arrests"]),
        ...opt("actor", maybe(c, m.actorIds)),
        ...opt("place", maybe(c, m.placeIds)),
      };
  }
}

/** What to write instead when a kind cannot be made valid now: the event that makes it possible later. */
export const FALLBACK: Readonly<Partial<Record<EventType, EventType>>> = {
  "offensive-suspended": "offensive-launched",
  "offensive-concluded": "offensive-launched",
  "place-recaptured": "place-captured",
  "place-captured": "control-reported",
  "pocket-cleared": "encirclement",
  "siege-tightened": "siege-imposed",
  "siege-broken": "siege-imposed",
  "siege-lifted": "siege-imposed",
  "supply-route-cut": "supply-route-secured",
  "supply-route-secured": "supply-route-cut",
  "fire-control": "airstrike",
  "person-killed": "civilians-killed",
  "person-captured": "civilians-killed",
  "person-executed": "civilians-killed",
};

/** A valid event, of `kind` when possible, else of its fallback, else a displacement (always valid). */
export function writeValid(kind: EventType, w: LogWriter, c: Choices): EventInput {
  const base = w.base(c);
  let k: EventType | undefined = kind;
  const tried = new Set<EventType>();
  while (k !== undefined && !tried.has(k)) {
    tried.add(k);
    const e = validEvent(k, w, c, base);
    if (e !== null) return w.push(e);
    k = FALLBACK[k];
  }
  const fallback = validEvent("displacement", w, c, base);
  if (fallback === null) throw new Error("writeValid: a displacement is always valid");
  return w.push(fallback);
}
