import type { DomainEvent } from "../events/event.js";
import type { EntityId, EventId, PlaceId, SideId } from "../model/ids.js";
import type { Quantity } from "../model/quantity.js";
import { sameJson } from "../model/same-json.js";
import { appliedIn, momentIn } from "../moment.js";
import type { Scenario } from "../scenario/scenario.js";
import { Ledger } from "../state/ledger.js";
import type { CasualtyTally, FrontClosureReason, SiegeStatus, State, SupplyStatus } from "../state/types.js";
import { toIso } from "../time/instant.js";
import { applyEdits, earliestMs } from "./apply.js";
import type { Branch } from "./branch.js";
import { replayFooting } from "./footing.js";

/** Where and how a branch's history departs from its base. */
export interface Comparison {
  /** The first moment (an event instant, ISO 8601) at which the two states differ, or null when they never do. */
  readonly divergedAt: string | null;
  /** The first event at that moment that one log applies and the other does not (the branch's first, then the base's). */
  readonly divergedAfterEvent: EventId | null;
  /** The moment `places`, `sieges`, `fireControl`, `fronts` and the losses are compared at: by default the end of the span (as `simulate` measures), every event of both logs applied. */
  readonly at: string;
  readonly places: readonly { readonly id: PlaceId; readonly base: SideId | null; readonly branch: SideId | null }[];
  /** Sieges whose status or supply differs (null: not laid in that history). */
  readonly sieges: readonly {
    readonly id: EntityId;
    readonly base: SiegeStatus | null;
    readonly branch: SiegeStatus | null;
    readonly supply: { readonly base: SupplyStatus | null; readonly branch: SupplyStatus | null };
  }[];
  /** Places whose fire control differs: the side holding it under fire, or null. */
  readonly fireControl: readonly {
    readonly place: PlaceId;
    readonly base: SideId | null;
    readonly branch: SideId | null;
  }[];
  /** Fronts whose distance or closure differs (null: no front in that history; `closed` null while open). */
  readonly fronts: readonly {
    readonly place: PlaceId;
    readonly side: SideId;
    readonly base: Quantity | null;
    readonly branch: Quantity | null;
    readonly closed: { readonly base: FrontClosureReason | null; readonly branch: FrontClosureReason | null };
  }[];
  /** Losses that differ, per side and per source that counts them (null: that source counts none for the side in that history). */
  readonly casualties: readonly {
    readonly side: SideId;
    readonly claimant: string;
    readonly base: Losses | null;
    readonly branch: Losses | null;
  }[];
  /** Civilians killed that differ, per source (null: that source counts none in that history). */
  readonly civilianDeaths: readonly DeathsDifference[];
  /** Deaths of no known side that differ, per source (null: that source counts none in that history). */
  readonly unknownSideDeaths: readonly DeathsDifference[];
}

/** A count of deaths one source gives in each history (null: none counted there). */
export interface DeathsDifference {
  readonly claimant: string;
  readonly base: Quantity | null;
  readonly branch: Quantity | null;
}

/** One side's losses as one source counts them, summed over its reports. */
export interface Losses {
  readonly killed: Quantity;
  readonly wounded: Quantity;
  readonly captured: Quantity;
}

/** Whether two states hold the same, leaving out the count of events applied (a dropped no-op is no divergence). */
function sameContent(a: State, b: State): boolean {
  for (const k in a) {
    if (k === "applied" || k === "lastEvent") continue;
    if (!sameJson(a[k as keyof State], b[k as keyof State])) return false;
  }
  return true;
}

/**
 * The first instant at which the two logs can part: the earliest time of an event from the
 * first position where they hold different events on. Up to it both replay the same events from
 * the same state, so (the reducer being deterministic) their states are the same.
 */
function firstPossibleDivergence(base: readonly DomainEvent[], edited: readonly DomainEvent[]): number {
  let i = 0;
  while (i < base.length && i < edited.length && base[i] === edited[i]) i++;
  let ms = Number.POSITIVE_INFINITY;
  for (let k = i; k < base.length; k++) ms = Math.min(ms, earliestMs(base[k] as DomainEvent));
  for (let k = i; k < edited.length; k++) ms = Math.min(ms, earliestMs(edited[k] as DomainEvent));
  return ms;
}

function appliedAt(events: readonly DomainEvent[], lost: ReadonlySet<DomainEvent>, ms: number): DomainEvent[] {
  return events.filter((e) => earliestMs(e) === ms && !lost.has(e));
}

function sameQuantity(a: Quantity | null, b: Quantity | null): boolean {
  return a === b || (a !== null && b !== null && a.low === b.low && a.best === b.best && a.high === b.high);
}

/**
 * Compares a branch with its base scenario: the first moment they diverge (found by comparing
 * the states at each distinct event instant of the two logs, in order), and at `at` (a date,
 * the end of that day, an ISO time, or an event id of either log, just after it: see `Moment`;
 * default the end of the span, with every event applied) the places whose controller differs,
 * the sieges whose status or supply differs, the places whose fire control differs, the
 * fronts whose distance or closure differs, and the losses, civilian deaths and deaths of no
 * known side each source counts that differ. Both logs are replayed tolerantly.
 * @example
 * const c = compare(s, branch("no-link-up").from(s).drop("cs-0905-link-up-137th").build(), { at: "2017-09-06" });
 * c.divergedAt; // "2017-09-05T13:00:00.000+03:00"
 * c.sieges; // [{ id: "deir-ez-zor-city", base: "broken", branch: "active", supply: { base: "open", branch: "open" } }]
 */
export function compare(scenario: Scenario, branch: Branch, options: { readonly at?: string } = {}): Comparison {
  const zone = scenario.timeZone;
  const base = scenario.events;
  const edited = applyEdits(scenario, branch).events;
  const instants = [...new Set([...base, ...edited].map(earliestMs))].sort((a, b) => a - b);
  // An event id (just after it) is resolved in the branch's log, else the base's (an event the branch dropped).
  const inBranch = new Set(edited.map((e) => e.id));
  const asked =
    options.at === undefined
      ? null
      : momentIn(options.at, {
          id: scenario.id,
          timeZone: zone,
          events: [...edited, ...base.filter((e) => !inBranch.has(e.id))],
        });
  const atMs = asked === null ? Number.POSITIVE_INFINITY : asked.at.ms;
  const all = [...new Set([...instants, atMs])].sort((x, y) => x - y);
  // The state at an instant includes the events of that instant (earliest <= instant).
  const run = (log: readonly DomainEvent[]) => {
    const states = new Map<number, State>();
    const r = replayFooting(scenario.initial, log, {
      instants: all,
      keep: true,
      onInstant: (s, k) => states.set(all[k] as number, s),
    });
    return { states, lost: new Set(r.lost.map((l) => l.event)) };
  };
  const a = run(base);
  const b = run(edited);
  let divergedAt: string | null = null;
  let divergedAfterEvent: EventId | null = null;
  const from = firstPossibleDivergence(base, edited);
  for (const ms of instants) {
    if (ms < from) continue;
    const sa = a.states.get(ms) as State;
    const sb = b.states.get(ms) as State;
    if (sameContent(sa, sb)) continue;
    divergedAt = toIso(ms, zone);
    const inA = appliedAt(base, a.lost, ms);
    const inB = appliedAt(edited, b.lost, ms);
    const first = inB.find((e) => !inA.includes(e)) ?? inA.find((e) => !inB.includes(e)) ?? null;
    divergedAfterEvent = first?.id ?? sb.lastEvent;
    break;
  }
  let sa = a.states.get(atMs) as State;
  let sb = b.states.get(atMs) as State;
  if (asked?.through != null) {
    const reference = inBranch.has(asked.through) ? edited : base;
    sa = replayFooting(scenario.initial, base.slice(0, appliedIn(asked, base, reference))).state;
    sb = replayFooting(scenario.initial, edited.slice(0, appliedIn(asked, edited, reference))).state;
  }
  // With no moment asked, every event of both logs is applied; that is the state at the end of
  // the span (as simulate measures by default), or at the last event if one lies beyond it.
  const endMs = Date.parse(scenario.span.end);
  const lastMs = instants.length > 0 ? Math.max(instants[instants.length - 1] as number, endMs) : endMs;
  return {
    divergedAt,
    divergedAfterEvent,
    at: toIso(atMs === Number.POSITIVE_INFINITY ? lastMs : atMs, zone),
    ...differences(sa, sb),
  };
}

const losses = (t: CasualtyTally | undefined): Losses | null =>
  t === undefined ? null : { killed: t.killed, wounded: t.wounded, captured: t.captured };

const sameLosses = (a: Losses | null, b: Losses | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    sameQuantity(a.killed, b.killed) &&
    sameQuantity(a.wounded, b.wounded) &&
    sameQuantity(a.captured, b.captured));

/** The tallies of two ledgers that differ, by key in order. */
function tallyDifferences<T>(
  a: Ledger<CasualtyTally> | undefined,
  b: Ledger<CasualtyTally> | undefined,
  view: (t: CasualtyTally | undefined) => T | null,
  same: (x: T | null, y: T | null) => boolean,
): { claimant: string; base: T | null; branch: T | null }[] {
  const keys = [...new Set([...(a === undefined ? [] : Ledger.keys(a)), ...(b === undefined ? [] : Ledger.keys(b))])];
  return keys
    .sort()
    .map((claimant) => ({
      claimant,
      base: view(a === undefined ? undefined : Ledger.get(a, claimant)),
      branch: view(b === undefined ? undefined : Ledger.get(b, claimant)),
    }))
    .filter((d) => !same(d.base, d.branch));
}

function lossDifferences(a: State, b: State): Pick<Comparison, "casualties" | "civilianDeaths" | "unknownSideDeaths"> {
  const sides = [...new Set([...Object.keys(a.casualties), ...Object.keys(b.casualties)])].sort();
  return {
    casualties: sides.flatMap((side) =>
      tallyDifferences(a.casualties[side], b.casualties[side], losses, sameLosses).map((d) => ({ side, ...d })),
    ),
    civilianDeaths: tallyDifferences(a.civilianDeaths, b.civilianDeaths, (t) => t?.killed ?? null, sameQuantity),
    unknownSideDeaths: tallyDifferences(
      a.unknownSideDeaths,
      b.unknownSideDeaths,
      (t) => t?.killed ?? null,
      sameQuantity,
    ),
  };
}

function differences(
  a: State,
  b: State,
): Pick<
  Comparison,
  "places" | "sieges" | "fireControl" | "fronts" | "casualties" | "civilianDeaths" | "unknownSideDeaths"
> {
  const places: Comparison["places"][number][] = [];
  const fireControl: Comparison["fireControl"][number][] = [];
  const fronts: Comparison["fronts"][number][] = [];
  a.places.forEach((pa, i) => {
    const pb = b.places[i];
    if (pb === undefined) return;
    if (pa.controller !== pb.controller) places.push({ id: pa.id, base: pa.controller, branch: pb.controller });
    const fa = pa.fireControl?.side ?? null;
    const fb = pb.fireControl?.side ?? null;
    if (fa !== fb) fireControl.push({ place: pa.id, base: fa, branch: fb });
    for (const side of [...new Set([...Object.keys(pa.fronts), ...Object.keys(pb.fronts)])].sort()) {
      const qa = pa.fronts[side]?.distanceKm ?? null;
      const qb = pb.fronts[side]?.distanceKm ?? null;
      const closed = { base: pa.fronts[side]?.closed?.reason ?? null, branch: pb.fronts[side]?.closed?.reason ?? null };
      if (!sameQuantity(qa, qb) || closed.base !== closed.branch)
        fronts.push({ place: pa.id, side, base: qa, branch: qb, closed });
    }
  });
  const sieges = [...new Set([...Ledger.keys(a.sieges), ...Ledger.keys(b.sieges)])]
    .sort()
    .map((id) => {
      const x = Ledger.get(a.sieges, id);
      const y = Ledger.get(b.sieges, id);
      return {
        id,
        base: x?.status ?? null,
        branch: y?.status ?? null,
        supply: { base: x?.supply ?? null, branch: y?.supply ?? null },
      };
    })
    .filter((s) => s.base !== s.branch || s.supply.base !== s.supply.branch);
  return { places, sieges, fireControl, fronts, ...lossDifferences(a, b) };
}
