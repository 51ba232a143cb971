import { type Violation, violation } from "../errors/rule-violation.js";
import type { DomainEvent } from "../events/event.js";
import type { ActorId, PlaceId, SideId } from "../model/ids.js";
import type { ActivityTally, PlaceState, Stamp, State } from "../state/types.js";
import { edit, type Writable } from "../state/writable.js";

/** The stamp an event puts on the facts it sets. */
export function stampOf(event: DomainEvent): Stamp {
  return { byEvent: event.id, since: event.time.earliest, certainFrom: event.time.latest };
}

/** The place's state (the place must exist). */
export function placeAt(state: State, place: PlaceId): PlaceState {
  const i = state.refs.placeIndex[place];
  const p = i === undefined ? undefined : state.places[i];
  if (p === undefined) throw new Error(`no place '${place}' in this state (the reducer checks references first)`);
  return p;
}

/** The place's state, ready to write. */
export function editPlace(draft: Writable<State>, place: PlaceId): Writable<PlaceState> {
  const i = draft.refs.placeIndex[place];
  if (i === undefined) throw new Error(`no place '${place}' in this state (the reducer checks references first)`);
  return edit(edit(draft, "places"), i);
}

/** The side an actor fights for. */
export function sideOf(state: State, actor: ActorId): SideId | null {
  return state.refs.actorSide[actor] ?? null;
}

/** Every place and actor the event names must be in the catalogue. */
export function checkRefs(state: State, event: DomainEvent): Violation | null {
  for (const p of event.places) {
    if (state.refs.placeIndex[p] === undefined) {
      return violation(
        event.id,
        "unknown-place",
        `it names place '${p}', which is not in the catalogue`,
        "Add the place to the catalogue or use the id of a catalogued place.",
        p,
      );
    }
  }
  for (const a of event.actors) {
    if (!(a in state.refs.actorSide)) {
      return violation(
        event.id,
        "unknown-actor",
        `it names actor '${a}', which is not in the catalogue`,
        "Add the actor to the catalogue or use the id of a catalogued actor.",
        a,
      );
    }
  }
  return null;
}

/** The side of an actor that must have one, or the violation saying it has none. */
export function requireSide(state: State, event: DomainEvent, actor: ActorId): SideId | Violation {
  const side = sideOf(state, actor);
  if (side === null) {
    return violation(
      event.id,
      "actor-without-side",
      `actor '${actor}' belongs to no side, so nothing can be counted for it`,
      "Name an actor that fights for a side, or give this actor a side in the catalogue.",
      actor,
    );
  }
  return side;
}

/** A side id must be one of the state's sides. */
export function checkSide(state: State, event: DomainEvent, side: SideId): Violation | null {
  return state.refs.sides.includes(side)
    ? null
    : violation(
        event.id,
        "unknown-side",
        `it names side '${side}', which is not a side of this catalogue`,
        `Use one of: ${state.refs.sides.join(", ")}.`,
        side,
      );
}

/** Two actors must be on different sides (an attack, a siege, a pocket). */
export function requireOpposed(state: State, event: DomainEvent, a: ActorId, b: ActorId): Violation | null {
  const sa = sideOf(state, a);
  const sb = sideOf(state, b);
  return sa !== null && sa === sb
    ? violation(event.id, "same-side", `'${a}' and '${b}' are both on side '${sa}'`, "Name actors of opposing sides.", {
        [a]: sa,
        [b]: sb,
      })
    : null;
}

/**
 * The sides of two actors that must each be on a side, and on different ones (a siege's
 * besieger and besieged, a pocket's encircled and encircler), as `both` combines them.
 */
export function requireOpposedSides<T>(
  state: State,
  event: DomainEvent,
  a: ActorId,
  b: ActorId,
  both: (sideOfA: SideId, sideOfB: SideId) => T,
): T | Violation {
  const sa = requireSide(state, event, a);
  if (isViolation(sa)) return sa;
  const sb = requireSide(state, event, b);
  if (isViolation(sb)) return sb;
  return requireOpposed(state, event, a, b) ?? both(sa, sb);
}

/** True when `x` is a violation rather than a value. */
export function isViolation(x: unknown): x is Violation {
  return typeof x === "object" && x !== null && (x as { code?: unknown }).code === "rule-violation";
}

const NO_ACTIVITY: ActivityTally = Object.freeze({
  airstrikes: 0,
  bombardments: 0,
  landings: 0,
  raids: 0,
  assaultsRepelled: 0,
  counterattacks: 0,
  linkUps: 0,
  clashes: 0,
});

/** Adds one to a side's tally of one kind of action. */
export function countActivity(draft: Writable<State>, side: SideId | null, what: keyof ActivityTally): void {
  if (side === null) return;
  const activity = edit(draft, "activity");
  const prior = activity[side] ?? NO_ACTIVITY;
  activity[side] = { ...prior, [what]: prior[what] + 1 };
}
