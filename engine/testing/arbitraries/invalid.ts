import fc from "fast-check";
import { type Catalogue, type EventInput, emptyState, RULE_IDS, type RuleId, type State } from "../../index.js";
import { catalogueArb } from "./catalogue.js";
import { Choices, picksArb } from "./choices.js";
import { describeCampaign, type GeneratedLog, type LogArbOptions, logPlanArb, printedAs } from "./log.js";
import type { Model } from "./model.js";
import { writeValid } from "./valid.js";
import { type Base, LogWriter, linkUpInput } from "./writer.js";

/**
 * The rules the invalid generators can break on purpose: every rule the reducer checks.
 * (`dependency-missing` and `out-of-order` are named by `RuleId` but checked by the scenario
 * loader, not the reducer, so no reducer call can report them.)
 */
export const INVALID_RULES = RULE_IDS.filter(
  (r): r is Exclude<RuleId, "dependency-missing" | "out-of-order"> =>
    r !== "dependency-missing" && r !== "out-of-order",
);

/** A rule the invalid generators can break. */
export type BreakableRule = (typeof INVALID_RULES)[number];

/** A log whose event at `badIndex` breaks `rule`; every other event is valid when that one is left out. */
export interface InvalidLog extends GeneratedLog {
  readonly badIndex: number;
  readonly rule: BreakableRule;
}

/** The rules a catalogue lets the generators break (some need two sides, or a person of no side). */
export function breakableRules(catalogue: Catalogue): readonly BreakableRule[] {
  const armed = catalogue.actors.filter((a) => a.side !== null);
  if (armed.length === 0 || catalogue.places.length === 0) return [];
  const twoSides = new Set(armed.map((a) => a.side)).size >= 2;
  const unaffiliated = catalogue.actors.some((a) => a.side === null);
  return INVALID_RULES.filter((r) => {
    if (r === "actor-without-side") return unaffiliated;
    if (r === "siege-exists" || r === "pocket-exists") return twoSides;
    return true;
  });
}

/** An id like `prefix` that is not among `taken`. */
function fresh(taken: Iterable<string>, prefix: string): string {
  const set = new Set(taken);
  let id = prefix;
  for (let i = 2; set.has(id); i++) id = `${prefix}-${i}`;
  return id;
}

/** An armed actor and an enemy, or null. */
function enemies(m: Model, c: Choices): [string, string] | null {
  const pairs = m.armed.flatMap((a) => m.opponentsOf(m.sideOf(a)).map((b) => [a, b] as [string, string]));
  return pairs.length === 0 ? null : c.pick(pairs);
}

/** An armed actor and one of its own side (possibly itself). */
function allies(m: Model, c: Choices): [string, string] {
  const a = c.pick(m.armed);
  return [a, c.pick(m.armed.filter((b) => m.sideOf(b) === m.sideOf(a)))];
}

/**
 * Writes the setup events a rule needs (valid ones, through the writer) and returns the event
 * that breaks it, or null when it cannot be broken from this state.
 */
function breakRule(rule: BreakableRule, w: LogWriter, c: Choices): EventInput | null {
  const m = w.model;
  const setup = (make: (b: Base) => EventInput): void => {
    w.push(make(w.base(c)));
  };
  const armed = () => c.pick(m.armed);
  const place = () => c.pick(m.placeIds);
  const bad = (): Base => w.base(c);
  /** One of `known` (six times in ten, when there are any), else what `make` sets up with events before the bad one; null when it cannot. */
  const knownOr = <T, M extends T | null>(known: readonly T[], make: () => M): T | M =>
    known.length > 0 && c.chance(60) ? c.pick(known) : make();
  switch (rule) {
    case "unknown-place": {
      const ghost = fresh(m.placeIds, "nowhere");
      const b = bad();
      return c.pick<EventInput>([
        { ...b, type: "place-captured", place: ghost, actor: armed() },
        { ...b, type: "airstrike", actor: armed(), place: ghost },
        { ...b, type: "displacement", people: 100, from: ghost, status: "fled" },
        { ...b, type: "advance", actor: armed(), objective: ghost, within: 10 },
        { ...b, type: "raid", actor: armed(), withdrew: true, places: [ghost] },
      ]);
    }
    case "unknown-actor": {
      const ghost = fresh(m.actorIds, "nobody");
      const b = bad();
      return c.pick<EventInput>([
        { ...b, type: "raid", actor: ghost, withdrew: false },
        { ...b, type: "casualties", figures: [{ actor: armed() }, { actor: ghost, killed: 3 }] },
        { ...b, type: "person-killed", person: ghost },
        { ...b, type: "reinforcement", actor: ghost },
        { ...b, type: "displacement", people: 5, status: "resident", actors: [ghost] },
      ]);
    }
    case "actor-without-side": {
      if (m.unaffiliated.length === 0) return null;
      const u = c.pick(m.unaffiliated);
      const b = bad();
      return c.pick<EventInput>([
        { ...b, type: "place-captured", place: place(), actor: u },
        { ...b, type: "area-cleared", actor: u, areaKm2: 40 },
        { ...b, type: "casualties", figures: [{ actor: u, killed: 1 }] },
        {
          ...b,
          type: "siege-imposed",
          siege: fresh(m.sieges.keys(), "s-new"),
          name: "x",
          enclave: [place()],
          besieger: u,
          besieged: armed(),
        },
        { ...b, type: "advance", actor: u, gained: 4 },
        linkUpInput(b, [armed(), u]),
        { ...b, type: "territory-share", actor: u, area: place(), share: 0.1 },
      ]);
    }
    case "unknown-side": {
      const ghost = fresh(m.sides, "no-side");
      const b = bad();
      return c.chance(50)
        ? { ...b, type: "clashes", places: [place()], sides: [c.pick(m.sides), ghost] }
        : { ...b, type: "control-reported", place: place(), shares: [{ side: ghost, share: 0.3 }] };
    }
    case "already-controlled": {
      const held = m.placeIds.flatMap((p) =>
        m.armed.filter((a) => m.holdsAll(p, m.sideOf(a) ?? "")).map((a) => [p, a]),
      );
      if (c.chance(30)) {
        // Holding a share at least as large as the one captured.
        const [p, a] = [place(), armed()];
        const side = m.sideOf(a) ?? "";
        setup((b) => ({ ...b, type: "control-reported", place: p, shares: [{ side, share: 0.6 }] }));
        return { ...bad(), type: "place-captured", place: p, actor: a, share: c.pick([0.4, 0.6]) };
      }
      let pair = held.length > 0 && c.chance(70) ? c.pick(held) : undefined;
      if (pair === undefined) {
        const [p, a] = [place(), armed()];
        setup((b) => ({ ...b, type: "control-reported", place: p, actor: a }));
        pair = [p, a];
      }
      const [p, a] = pair;
      const ally = c.pick(m.armed.filter((x) => m.sideOf(x) === m.sideOf(a ?? "")));
      const b = bad();
      return c.chance(70)
        ? { ...b, type: "place-captured", place: p ?? place(), actor: ally }
        : { ...b, type: "place-recaptured", place: p ?? place(), actor: ally, share: 0.5 };
    }
    case "never-held": {
      const never = m.placeIds.flatMap((p) =>
        m.armed.filter((a) => !m.place(p).heldBy.has(m.sideOf(a) ?? "")).map((a) => [p, a] as const),
      );
      if (never.length === 0) return null;
      const [p, a] = c.pick(never);
      return { ...bad(), type: "place-recaptured", place: p, actor: a };
    }
    case "from-contradicts-holder": {
      // Taken 'from' a side the reported holder is not (the capturer's own, or a third side).
      const pair = enemies(m, c);
      if (pair === null) {
        const a = armed();
        const side = m.sideOf(a) ?? "";
        const open = m.placeIds.filter((p) => !m.holdsAll(p, side));
        if (open.length === 0) return null;
        return { ...bad(), type: "place-captured", place: c.pick(open), actor: a, from: side };
      }
      const [holder, taker] = pair;
      const p = place();
      setup((b) => ({ ...b, type: "control-reported", place: p, actor: holder }));
      const from = c.pick(m.sides.filter((s) => s !== m.sideOf(holder)));
      return { ...bad(), type: "place-captured", place: p, actor: taker, from };
    }
    case "shares-exceed-one": {
      // Two different sides: one side given two shares is refused by the schema, not by the rule.
      const s1 = c.pick(m.sides);
      const s2 = c.pick(m.sides.filter((s) => s !== s1));
      return {
        ...bad(),
        type: "control-reported",
        place: place(),
        shares: [
          { side: s1, share: 0.7 },
          { side: s2, share: c.pick([0.31, 0.6, 1]) },
        ],
      };
    }
    case "same-side": {
      const [a, b2] = allies(m, c);
      const side = m.sideOf(a) ?? "";
      const b = bad();
      return c.pick<EventInput>([
        { ...b, type: "assault-repelled", place: place(), attacker: a, defender: b2 },
        {
          ...b,
          type: "siege-imposed",
          siege: fresh(m.sieges.keys(), "s-new"),
          name: "x",
          enclave: [place()],
          besieger: a,
          besieged: b2,
        },
        { ...b, type: "encirclement", pocket: fresh(m.pockets.keys(), "p-new"), name: "x", encircled: a, by: b2 },
        { ...b, type: "counterattack", actor: a, against: b2, outcome: "failed" },
        { ...b, type: "raid", actor: a, target: b2, withdrew: true },
        { ...b, type: "airstrike", actor: a, against: b2 },
        { ...b, type: "clashes", places: [place()], sides: [side, side] },
      ]);
    }
    case "siege-exists": {
      const pair = enemies(m, c);
      if (pair === null) return null;
      const id = knownOr([...m.sieges.keys()], () => {
        const s = m.newId("siege");
        setup((b) => ({
          ...b,
          type: "siege-imposed",
          siege: s,
          name: "x",
          enclave: [place()],
          besieger: pair[0],
          besieged: pair[1],
        }));
        return s;
      });
      return {
        ...bad(),
        type: "siege-imposed",
        siege: id,
        name: "again",
        enclave: [place()],
        besieger: pair[0],
        besieged: pair[1],
      };
    }
    case "unknown-siege": {
      const ghost = fresh(m.sieges.keys(), "no-siege");
      const b = bad();
      return c.pick<EventInput>([
        { ...b, type: "siege-broken", siege: ghost, actor: armed() },
        { ...b, type: "siege-lifted", siege: ghost },
        { ...b, type: "siege-tightened", siege: ghost, actor: armed() },
      ]);
    }
    case "siege-not-active": {
      const ended = [...m.sieges].filter(([, s]) => !s.active).map(([id]) => id);
      const id = knownOr(ended, () => {
        const pair = enemies(m, c) ?? allies(m, c);
        const s = m.newId("siege");
        setup((b) => ({
          ...b,
          type: "siege-imposed",
          siege: s,
          name: "x",
          enclave: [place()],
          besieger: pair[0],
          besieged: pair[1],
        }));
        setup((b) =>
          c.chance(50)
            ? { ...b, type: "siege-lifted", siege: s }
            : { ...b, type: "siege-broken", siege: s, actor: pair[1] },
        );
        return s;
      });
      const b = bad();
      return c.pick<EventInput>([
        { ...b, type: "siege-broken", siege: id, actor: armed() },
        { ...b, type: "siege-lifted", siege: id },
        { ...b, type: "siege-tightened", siege: id, actor: armed(), route: place() },
      ]);
    }
    case "pocket-exists": {
      const pair = enemies(m, c);
      if (pair === null) return null;
      const id = knownOr([...m.pockets.keys()], () => {
        const p = m.newId("pocket");
        setup((b) => ({
          ...b,
          type: "encirclement",
          pocket: p,
          name: "x",
          encircled: pair[1],
          by: pair[0],
          inside: c.some(m.placeIds, 0, 2),
        }));
        return p;
      });
      return { ...bad(), type: "encirclement", pocket: id, name: "again", encircled: pair[1], by: pair[0] };
    }
    case "unknown-pocket":
      return { ...bad(), type: "pocket-cleared", pocket: fresh(m.pockets.keys(), "no-pocket"), actor: armed() };
    case "pocket-not-formed": {
      const cleared = [...m.pockets].filter(([, p]) => !p.formed).map(([id]) => id);
      const id = knownOr(cleared, () => {
        const pair = enemies(m, c) ?? allies(m, c);
        const p = m.newId("pocket");
        if (pair[0] === pair[1] || m.sideOf(pair[0]) === m.sideOf(pair[1])) return null;
        setup((b) => ({
          ...b,
          type: "encirclement",
          pocket: p,
          name: "x",
          encircled: pair[1],
          by: pair[0],
          inside: c.some(m.placeIds, 0, 2),
        }));
        setup((b) => ({ ...b, type: "pocket-cleared", pocket: p, actor: pair[0] }));
        return p;
      });
      if (id === null) return null;
      return { ...bad(), type: "pocket-cleared", pocket: id, actor: armed() };
    }
    case "operation-exists": {
      const id = knownOr([...m.operations.keys()], () => {
        const op = m.newId("op");
        setup((b) => ({ ...b, type: "offensive-launched", operation: op, actor: armed() }));
        return op;
      });
      const b = bad();
      return c.chance(50)
        ? { ...b, type: "offensive-launched", operation: id, actor: armed() }
        : { ...b, type: "air-campaign", operation: id, actor: armed() };
    }
    case "unknown-operation": {
      const ghost = fresh(m.operations.keys(), "no-op");
      const b = bad();
      return c.chance(50)
        ? { ...b, type: "offensive-suspended", operation: ghost, actor: armed() }
        : { ...b, type: "offensive-concluded", operation: ghost, actor: armed() };
    }
    case "operation-not-active": {
      const stopped = [...m.operations].filter(([, o]) => o.status !== "active");
      const [id, op] = knownOr(stopped, () => {
        const op = m.newId("op");
        const actor = armed();
        const end = c.chance(50) ? "offensive-concluded" : "offensive-suspended";
        setup((b) => ({ ...b, type: "offensive-launched", operation: op, actor }));
        setup((b) => ({ ...b, type: end, operation: op, actor }));
        return [op, { side: "", actor, status: end === "offensive-concluded" ? "concluded" : "suspended" }] as const;
      });
      const b = bad();
      return op.status === "concluded" && c.chance(50)
        ? { ...b, type: "offensive-concluded", operation: id, actor: op.actor }
        : { ...b, type: "offensive-suspended", operation: id, actor: op.actor };
    }
    case "operation-not-suspended": {
      const running = [...m.operations].filter(([, o]) => o.status !== "suspended");
      const [id, op] = knownOr(running, () => {
        const op = m.newId("op");
        const actor = armed();
        setup((b) => ({ ...b, type: "offensive-launched", operation: op, actor }));
        return [op, { side: "", actor, status: "active" }] as const;
      });
      return { ...bad(), type: "offensive-resumed", operation: id, actor: op.actor };
    }
    case "person-fate-final": {
      const final = m.actorIds.filter((a) => {
        const f = m.fates.get(a);
        return f === "killed" || f === "executed";
      });
      const person = knownOr(final, () => {
        const alive = m.actorIds.filter((a) => m.fates.get(a) === undefined || m.fates.get(a) === "captured");
        if (alive.length === 0) return null;
        const who = c.pick(alive);
        setup((b) => ({ ...b, type: c.chance(50) ? "person-killed" : "person-executed", person: who }));
        return who;
      });
      if (person === null) return null;
      return { ...bad(), type: c.pick(["person-killed", "person-captured", "person-executed"] as const), person };
    }
    case "route-unchanged": {
      const actor = armed();
      const side = m.sideOf(actor) ?? "";
      const route = place();
      let status = m.route(side, route);
      if (status === undefined) {
        const cutter = armed();
        const cut = c.chance(50);
        setup((b) =>
          cut
            ? { ...b, type: "supply-route-cut", route, of: actor, actor: cutter }
            : { ...b, type: "supply-route-secured", route, actor },
        );
        status = cut ? "cut" : "secured";
      }
      return status === "cut"
        ? { ...bad(), type: "supply-route-cut", route, of: actor, actor: armed() }
        : { ...bad(), type: "supply-route-secured", route, actor };
    }
    case "fire-control-over-own-place": {
      const held = m.placeIds.flatMap((p) =>
        m.armed.filter((a) => m.holdsAll(p, m.sideOf(a) ?? "")).map((a) => [p, a] as const),
      );
      const pair = knownOr(held, () => {
        const [p, a] = [place(), armed()];
        setup((b) => ({ ...b, type: "control-reported", place: p, actor: a }));
        return [p, a] as const;
      });
      return { ...bad(), type: "fire-control", place: pair[0], actor: pair[1] };
    }
    case "ceasefire-exists": {
      const id = knownOr([...m.ceasefires], () => {
        const cf = m.newId("truce");
        setup((b) => ({ ...b, type: "ceasefire", ceasefire: cf, name: "truce" }));
        return cf;
      });
      return { ...bad(), type: "ceasefire", ceasefire: id, name: "truce again" };
    }
    case "talks-exists": {
      const id = knownOr([...m.talks.keys()], () => {
        const t = m.newId("talks");
        setup((b) =>
          c.chance(50)
            ? { ...b, type: "negotiations-scheduled", talks: t, name: "talks" }
            : { ...b, type: "negotiations-held", talks: t },
        );
        return t;
      });
      return { ...bad(), type: "negotiations-scheduled", talks: id, name: "talks again" };
    }
    case "talks-already-held": {
      const held = [...m.talks].filter(([, s]) => s === "held").map(([id]) => id);
      const id = knownOr(held, () => {
        const t = m.newId("talks");
        if (c.chance(50)) setup((b) => ({ ...b, type: "negotiations-scheduled", talks: t, name: "talks" }));
        setup((b) => ({ ...b, type: "negotiations-held", talks: t }));
        return t;
      });
      return { ...bad(), type: "negotiations-held", talks: id };
    }
  }
}

/** Inputs of an invalid log: what comes before the bad event, the rule, and what comes after. */
interface InvalidPlan {
  readonly rule: BreakableRule;
  readonly picks: readonly number[];
}

function writeInvalid(
  catalogue: Catalogue,
  zone: string,
  baseDate: string,
  before: readonly { kind: Parameters<typeof writeValid>[0]; picks: readonly number[] }[],
  plan: InvalidPlan,
  after: readonly { kind: Parameters<typeof writeValid>[0]; picks: readonly number[] }[],
): InvalidLog {
  for (const prefix of [before, []]) {
    const w = new LogWriter(catalogue, zone, baseDate);
    for (const step of prefix) writeValid(step.kind, w, new Choices(step.picks));
    const c = new Choices(plan.picks);
    const e = breakRule(plan.rule, w, c);
    if (e === null) continue;
    w.pushInvalid(e);
    const badIndex = w.inputs.length - 1;
    for (const step of after) writeValid(step.kind, w, new Choices(step.picks));
    return { zone, inputs: w.inputs, events: w.events, badIndex, rule: plan.rule };
  }
  throw new Error(`invalid log generators: rule '${plan.rule}' cannot be broken with this catalogue`);
}

/** Options of the invalid-log arbitraries. */
export interface InvalidArbOptions extends LogArbOptions {
  /** The rules to break (default: every rule the catalogue allows). */
  readonly rules?: readonly BreakableRule[];
}

function ruleArb(catalogue: Catalogue, options: InvalidArbOptions): fc.Arbitrary<BreakableRule> {
  const allowed = breakableRules(catalogue).filter((r) => options.rules === undefined || options.rules.includes(r));
  if (allowed.length === 0) throw new RangeError("invalid log generators: no rule can be broken with this catalogue");
  return fc.constantFrom(...allowed);
}

/**
 * A short log that breaks one named rule: the few valid events the rule needs (a siege
 * imposed and lifted before it is broken again), then the event that breaks it, last.
 * @example
 * fc.assert(fc.property(invalidEventArb(catalogue), ({ events, badIndex, rule }) => {
 *   expect(() => replay(emptyState(catalogue), events)).toThrow(rule);
 * }));
 */
export function invalidEventArb(catalogue: Catalogue, options: InvalidArbOptions = {}): fc.Arbitrary<InvalidLog> {
  return fc
    .record({ plan: logPlanArb({ ...options, maxEvents: 0 }), rule: ruleArb(catalogue, options), picks: picksArb() })
    .map(({ plan, rule, picks }) => writeInvalid(catalogue, plan.zone, plan.baseDate, [], { rule, picks }, []));
}

/**
 * A valid log with one event that breaks a named rule somewhere inside it (after a random
 * prefix, with any setup the rule needs), followed by more events that are valid when the bad
 * one is left out: a strict replay must stop at `badIndex` with `rule`, and a tolerant one must
 * skip exactly that event.
 */
export function invalidLogArb(catalogue: Catalogue, options: InvalidArbOptions = {}): fc.Arbitrary<InvalidLog> {
  return fc
    .record({
      plan: logPlanArb(options),
      cut: fc.nat(),
      rule: ruleArb(catalogue, options),
      picks: picksArb(),
    })
    .map(({ plan, cut, rule, picks }) => {
      const at = plan.steps.length === 0 ? 0 : cut % (plan.steps.length + 1);
      return writeInvalid(
        catalogue,
        plan.zone,
        plan.baseDate,
        plan.steps.slice(0, at),
        { rule, picks },
        plan.steps.slice(at),
      );
    });
}

/** A random catalogue, its empty state and an invalid log for it (see `invalidLogArb`). */
export function invalidCampaignArb(
  options: InvalidArbOptions = {},
): fc.Arbitrary<InvalidLog & { readonly catalogue: Catalogue; readonly initial: State }> {
  return catalogueArb()
    .chain((catalogue) => invalidLogArb(catalogue, options).map((log) => ({ catalogue, ...log })))
    .map((x) =>
      printedAs(
        { ...x, initial: emptyState(x.catalogue) },
        (v) => `bad #${v.badIndex} (${v.rule}) in\n${describeCampaign(v)}`,
      ),
    );
}
