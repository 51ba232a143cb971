import type { DomainEvent } from "../engine/events/event.js";
import { EVENT_TYPES } from "../engine/events/kinds.js";
import { didYouMean, suggest } from "../engine/model/suggest.js";
import type { Scenario } from "../engine/scenario/scenario.js";
import { UsageError } from "./cli/errors.js";

/** Which events `sitrep timeline` keeps. Every list is "any of"; an empty list keeps all. */
export interface EventFilter {
  /** Epoch ms bounds on an event's earliest time, inclusive. */
  readonly from?: number | undefined;
  readonly to?: number | undefined;
  readonly types?: readonly string[];
  /** Place ids (resolve names and aliases first). */
  readonly places?: readonly string[];
  /** Side ids. */
  readonly sides?: readonly string[];
}

/** The sides an event involves: its actors' sides, and the sides it names (clashes, divided control). */
export function sidesOf(e: DomainEvent, scenario: Scenario): Set<string> {
  const out = new Set<string>();
  for (const a of e.actors) {
    const side = scenario.catalogue.actor(a)?.side;
    if (side !== undefined && side !== null) out.add(side);
  }
  if (e.type === "clashes") for (const s of e.sides) out.add(s);
  if (e.type === "control-reported") for (const s of e.shares ?? []) out.add(s.side);
  return out;
}

/**
 * The events of a scenario that pass a filter, in log order. Throws `UsageError` for an unknown
 * kind or side, naming the closest one.
 * @example
 * selectEvents(scenario, { types: ["place-captured"], places: ["sukhnah"] });
 */
export function selectEvents(scenario: Scenario, f: EventFilter): DomainEvent[] {
  const types = new Set(f.types ?? []);
  for (const t of types) {
    if (!(EVENT_TYPES as readonly string[]).includes(t))
      throw new UsageError(
        `unknown event kind '${t}'${didYouMean(suggest(t, EVENT_TYPES, 1))} (kinds: ${EVENT_TYPES.join(", ")})`,
      );
  }
  const sideIds = scenario.catalogue.sides.map((s) => s.id);
  const sides = new Set(f.sides ?? []);
  for (const s of sides) {
    if (!sideIds.includes(s))
      throw new UsageError(`unknown side '${s}'${didYouMean(suggest(s, sideIds, 1))} (sides: ${sideIds.join(", ")})`);
  }
  const places = new Set(f.places ?? []);
  return scenario.events.filter((e) => {
    const t = Date.parse(e.time.earliest);
    if (f.from !== undefined && t < f.from) return false;
    if (f.to !== undefined && t > f.to) return false;
    if (types.size > 0 && !types.has(e.type)) return false;
    if (places.size > 0 && !e.places.some((p) => places.has(p))) return false;
    if (sides.size > 0) {
      const involved = sidesOf(e, scenario);
      if (![...sides].some((s) => involved.has(s))) return false;
    }
    return true;
  });
}
