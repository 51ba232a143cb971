import { type Violation, violation } from "../../errors/rule-violation.js";
import type { DomainEvent, EventOf } from "../../events/event.js";
import type { ActorId, SideId } from "../../model/ids.js";
import { exactly, type Quantity, scaleQuantity } from "../../model/quantity.js";
import { emptyRecord, recordOf } from "../../model/record.js";
import { advanceSiege, siegeStatusOf } from "../../sieges/machine.js";
import { Ledger } from "../../state/ledger.js";
import type { PlaceState, State } from "../../state/types.js";
import { edit, type Writable } from "../../state/writable.js";
import type { Handler } from "../handler.js";
import { checkSide, countActivity, editPlace, isViolation, placeAt, requireSide, stampOf } from "../support.js";
import { closeFront } from "./fronts.js";
import { unindexSiege } from "./sieges.js";

type Capture = EventOf<"place-captured"> | EventOf<"place-recaptured">;

/** The side holding more than half of a divided place (by each share's `best`), if any. */
export function majorityOf(shares: Readonly<Record<SideId, Quantity>>): SideId | null {
  for (const side of Object.keys(shares).sort()) if ((shares[side]?.best ?? 0) > 0.5) return side;
  return null;
}

/**
 * Shares after `side` takes `share` of the place (kept as the source gives it); the others keep
 * their proportions of the rest (scaled by `best`, so a scaled share loses its wording).
 */
function sharesAfter(prior: PlaceState, side: SideId, share: Quantity): Record<SideId, Quantity> {
  const before: Record<SideId, Quantity> = prior.shares
    ? recordOf(Object.entries(prior.shares))
    : prior.controller !== null
      ? recordOf([[prior.controller, exactly(1)]])
      : emptyRecord();
  delete before[side];
  const others = Object.values(before).reduce((a, b) => a + b.best, 0);
  const scale = others + share.best > 1 && others > 0 ? (1 - share.best) / others : 1;
  const after = emptyRecord<Quantity>();
  for (const s of Object.keys(before).sort()) {
    const q = before[s];
    if (q !== undefined && q.best * scale > 0) after[s] = scaleQuantity(q, scale);
  }
  after[side] = share;
  return after;
}

/** The side a place is held by as a sentence: "side 'isil'", or its shares. */
function holdingText(p: PlaceState): string {
  if (p.shares !== null)
    return `shares (${Object.entries(p.shares)
      .map(([s, v]) => `'${s}' ${Math.round(v.best * 100)}%`)
      .join(", ")})`;
  return `side '${p.controller ?? "?"}'`;
}

/**
 * A capture's `from` must name another side than the capturer's, and one that a *reported*
 * holding lets have held the place (its controller, or a side with a share). Against an
 * inferred holding or an unknown holder any side will do.
 */
function checkFrom(state: State, event: Capture, side: SideId, prior: PlaceState): Violation | null {
  if (event.from === undefined) return null;
  const unknown = checkSide(state, event, event.from);
  if (unknown !== null) return unknown;
  if (event.from === side) {
    return violation(
      event.id,
      "from-contradicts-holder",
      `'${event.place}' is taken by side '${side}' from side '${event.from}', its own side`,
      "Name in 'from' the side that lost the place, or leave 'from' out where the text does not say.",
      event.from,
    );
  }
  if (prior.basis !== "reported") return null;
  const held = prior.shares !== null ? (prior.shares[event.from]?.best ?? 0) > 0 : prior.controller === event.from;
  if (held) return null;
  return violation(
    event.id,
    "from-contradicts-holder",
    `'${event.place}' is taken from side '${event.from}', but '${prior.byEvent ?? "the initial state"}' reports it held by ${holdingText(prior)}`,
    "Correct 'from' to the side the sources report holding the place, or leave 'from' out where the text does not say.",
    prior,
  );
}

function checkCapture(state: State, event: Capture): Violation | SideId {
  const side = requireSide(state, event, event.actor);
  if (isViolation(side)) return side;
  const prior = placeAt(state, event.place);
  const from = checkFrom(state, event, side, prior);
  if (from !== null) return from;
  const share = event.share?.best ?? 1;
  const holdsAll = prior.controller === side && prior.shares === null;
  const holdsShare = prior.shares !== null && (prior.shares[side]?.best ?? 0) >= share;
  if (holdsAll || holdsShare) {
    return violation(
      event.id,
      "already-controlled",
      `side '${side}' already holds ${holdsAll ? "all" : `${Math.round((prior.shares?.[side]?.best ?? 0) * 100)}%`} of '${event.place}' (set by '${prior.byEvent ?? "the initial state"}')`,
      "A capture must change control: name a place this side does not hold, or a larger share of it.",
      prior,
    );
  }
  if (event.type === "place-recaptured" && !prior.heldBy.includes(side)) {
    return violation(
      event.id,
      "never-held",
      `side '${side}' never held '${event.place}', so it cannot recapture it`,
      "Use 'place-captured' for a first capture, or record the earlier holding (a 'control-reported' in the initial state).",
      prior,
    );
  }
  return side;
}

/** Ends, as fallen, every active siege around this place whose whole enclave the besieger now holds. */
function fallSieges(draft: Writable<State>, event: Capture, side: SideId): void {
  // Only the sieges indexed on the captured place can fall (see PlaceState.sieges).
  for (const id of placeAt(draft as State, event.place).sieges) {
    const siege = Ledger.get(draft.sieges, id);
    if (siege === undefined || siege.besieger !== side) continue;
    const taken = siege.enclave.every((p) => {
      const ps = placeAt(draft as State, p);
      return ps.controller === side && ps.shares === null;
    });
    if (!taken) continue;
    const next = advanceSiege(siege.lifecycle, { type: "FALL" });
    if (next === null) continue;
    const s = Ledger.edit(edit(draft, "sieges"), id);
    s.lifecycle = next;
    s.status = siegeStatusOf(next).status;
    s.until = event.time.earliest;
    s.endedBy = event.id;
    s.byEvent = event.id;
    s.certainFrom = event.time.latest;
    unindexSiege(draft, id, siege.enclave);
  }
}

/** Control of the place now rests on a reported event, not on inference. */
function markReported(p: Writable<PlaceState>): void {
  p.basis = "reported";
  p.inferredFrom = null;
}

/**
 * A side now holds all of a place: it is its controller, nobody shares it, the fighting is over,
 * the side's front to it is closed (`captured`, by `event`) and any fire control it kept over it ends.
 */
export function holdWhole(p: Writable<PlaceState>, side: SideId, actor: string, event: DomainEvent): void {
  p.controller = side;
  markReported(p);
  p.holder = actor;
  p.shares = null;
  p.contested = false;
  if (!p.heldBy.includes(side)) p.heldBy = [...p.heldBy, side];
  closeFront(p, side, event, "captured");
  if (p.fireControl !== null && p.fireControl.side === side) p.fireControl = null;
}

function applyCapture(draft: Writable<State>, event: Capture, side: SideId): void {
  const p = editPlace(draft, event.place);
  const share = event.share?.best ?? 1;
  if (share >= 1 || event.share === undefined) {
    holdWhole(p, side, event.actor, event);
  } else {
    const before = { controller: p.controller, holder: p.holder };
    const shares = sharesAfter(p as PlaceState, side, event.share);
    p.shares = shares;
    p.controller = majorityOf(shares);
    markReported(p);
    p.contested = true;
    // The holder is the actor of the side in control: the capturer once its side leads, else whoever held it.
    p.holder = p.controller === side ? event.actor : p.controller === before.controller ? before.holder : null;
    if (!p.heldBy.includes(side)) p.heldBy = [...p.heldBy, side];
  }
  Object.assign(p, stampOf(event));
  if (share >= 1) fallSieges(draft, event, side);
}

/** A place taken, fully or in part ("20% of the town"). */
export const placeCaptured: Handler<EventOf<"place-captured">, SideId> = { check: checkCapture, apply: applyCapture };

/** A place taken back by a side that held it before. */
export const placeRecaptured: Handler<EventOf<"place-recaptured">, SideId> = {
  check: checkCapture,
  apply: applyCapture,
};

/** A source's statement of who holds a place ("the ISIL-held town of ..."); it asserts, so it changes control without a capture. */
export const controlReported: Handler<
  EventOf<"control-reported">,
  { readonly actor: ActorId; readonly side: SideId } | null
> = {
  check(state, event) {
    if (event.actor !== undefined) {
      const side = requireSide(state, event, event.actor);
      return isViolation(side) ? side : { actor: event.actor, side };
    }
    let total = 0;
    for (const s of event.shares ?? []) {
      const bad = checkSide(state, event, s.side);
      if (bad) return bad;
      total += s.share.best;
    }
    return total > 1 + 1e-9
      ? violation(
          event.id,
          "shares-exceed-one",
          `the shares of '${event.place}' add up to ${total}`,
          "Shares are fractions of the whole: make them add up to 1 or less.",
          event.shares,
        )
      : null;
  },
  apply(draft, event, holder) {
    const p = editPlace(draft, event.place);
    if (holder !== null) {
      holdWhole(p, holder.side, holder.actor, event);
    } else {
      const shares = recordOf(
        [...(event.shares ?? [])].sort((a, b) => (a.side < b.side ? -1 : 1)).map((s) => [s.side, s.share] as const),
      );
      p.shares = shares;
      p.controller = majorityOf(shares);
      markReported(p);
      p.holder = null;
      p.contested = Object.keys(shares).length > 1;
      const added = Object.keys(shares).filter((s) => !p.heldBy.includes(s));
      if (added.length > 0) p.heldBy = [...p.heldBy, ...added];
    }
    Object.assign(p, stampOf(event));
  },
};

/** Fighting in places: they become contested until a capture settles them. */
export const clashes: Handler<EventOf<"clashes">> = {
  check(state, event) {
    for (const s of event.sides) {
      const bad = checkSide(state, event, s);
      if (bad) return bad;
    }
    return new Set(event.sides).size < 2
      ? violation(
          event.id,
          "same-side",
          "clashes need at least two different sides",
          "List the sides that fought.",
          event.sides,
        )
      : null;
  },
  apply(draft, event) {
    for (const place of event.places) {
      const p = editPlace(draft, place);
      p.contested = true;
    }
    for (const s of event.sides) countActivity(draft, s, "clashes");
  },
};
