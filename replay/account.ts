import type { Campaign } from "../engine/campaign.js";
import type { DomainEvent } from "../engine/events/event.js";
import type { SideId } from "../engine/model/ids.js";
import type { Quantity } from "../engine/model/quantity.js";
import { Ledger } from "../engine/state/ledger.js";
import type { SiegeStatus } from "../engine/state/types.js";

/** A change of who holds a place over one day. */
export interface ControlChange {
  readonly place: string;
  readonly before: SideId | null;
  /** The holding before rested on inference (see `Scenario.inferred`), not on a reported event. */
  readonly beforeInferred: boolean;
  readonly after: SideId | null;
  readonly shares: Readonly<Record<SideId, Quantity>> | null;
  readonly contested: boolean;
  readonly byEvent: string | null;
}

/** A siege's status over one day (null before: laid that day). */
export interface SiegeChange {
  readonly siege: string;
  readonly name: string;
  readonly before: SiegeStatus | null;
  readonly after: SiegeStatus;
  readonly supply: string;
}

/** One day of the account: its events, and what they changed in control and sieges. */
export interface Day {
  /** The local date, YYYY-MM-DD. */
  readonly date: string;
  readonly events: readonly DomainEvent[];
  readonly control: readonly ControlChange[];
  readonly sieges: readonly SiegeChange[];
}

/**
 * A campaign day by day (by each event's earliest local date): the events and what they changed
 * in control of places and in sieges. Pure: the same campaign gives the same days.
 * @example
 * accountByDay(campaign).filter((d) => d.control.length > 0).map((d) => d.date);
 */
export function accountByDay(campaign: Campaign): Day[] {
  const events = campaign.scenario.events;
  const tl = campaign.timeline;
  const days: Day[] = [];
  let start = 0;
  while (start < events.length) {
    const date = (events[start] as DomainEvent).time.earliest.slice(0, 10);
    let end = start;
    while (end < events.length && (events[end] as DomainEvent).time.earliest.slice(0, 10) === date) end++;
    const a = tl.stateAfter(start);
    const b = tl.stateAfter(end);
    const control: ControlChange[] = [];
    for (const [i, after] of b.places.entries()) {
      const before = a.places[i];
      if (before === undefined || before === after) continue;
      const sharesChanged = JSON.stringify(before.shares) !== JSON.stringify(after.shares);
      if (before.controller === after.controller && !sharesChanged && before.contested === after.contested) continue;
      control.push({
        place: after.id,
        before: before.controller,
        beforeInferred: before.basis === "inferred",
        after: after.controller,
        shares: after.shares,
        contested: after.contested,
        byEvent: after.byEvent,
      });
    }
    const sieges: SiegeChange[] = [];
    for (const [id, s] of Ledger.entries(b.sieges)) {
      const prior = Ledger.get(a.sieges, id);
      if (prior !== undefined && prior.status === s.status && prior.supply === s.supply) continue;
      sieges.push({ siege: id, name: s.name, before: prior?.status ?? null, after: s.status, supply: s.supply });
    }
    days.push({ date, events: events.slice(start, end), control, sieges });
    start = end;
  }
  return days;
}
