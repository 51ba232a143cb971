import type { DomainEvent } from "../events/event.js";
import type { EntityId, PlaceId } from "../model/ids.js";
import { walk } from "../reducer/reduce.js";
import { type InferredHolding, withInferred } from "../scenario/infer.js";
import { Ledger } from "../state/ledger.js";
import type { PlaceState, SiegeStatus, State, SupplyStatus } from "../state/types.js";
import { fieldsOf, type RecordDiff } from "./diff.js";
import { canonicalJson } from "./fingerprint.js";

/**
 * One change to a place (as it was before the event, as the event left it, and the place's own
 * fields that changed: empty when only a siege around it did), and the event behind it.
 */
export interface HistoryEntry extends RecordDiff<PlaceState> {
  /** Position in the log it comes from. */
  readonly index: number;
  /** True for a fact of the scenario's initial state (read, or inferred). */
  readonly initial: boolean;
  /**
   * True for an inferred holding (see `Scenario.inferred`): an initial fact no event set, whose
   * `event` is the capture it is inferred from and `index` that capture's position in the log.
   */
  readonly inferred: boolean;
  /** The event behind the change. */
  readonly event: DomainEvent;
  /**
   * Every siege whose enclave holds the place that the event changed, as the event left it, in
   * siege id order (one capture can make two sieges fall); empty when the event touched none.
   */
  readonly sieges: readonly SiegeChange[];
}

/** What an event did to a siege whose enclave holds the place. */
export interface SiegeChange {
  readonly id: EntityId;
  readonly name: string;
  /** `imposed`, `tightened` (a supply line cut), or how it ended (`broken`, `lifted`, `fallen`). */
  readonly change: "imposed" | "tightened" | "broken" | "lifted" | "fallen";
  readonly status: SiegeStatus;
  readonly supply: SupplyStatus;
}

/** Events that can change a siege: its own kinds, and the captures that make one fall. */
const SIEGE_CHANGING = new Set([
  "siege-imposed",
  "siege-tightened",
  "siege-broken",
  "siege-lifted",
  "place-captured",
  "place-recaptured",
  "pocket-cleared",
]);

const NO_SIEGES: readonly SiegeChange[] = Object.freeze([]);

/** The sieges holding `place` in their enclaves that `event` just changed, in siege id order. */
function siegesChanged(state: State, event: DomainEvent, place: PlaceId): readonly SiegeChange[] {
  if (!SIEGE_CHANGING.has(event.type)) return NO_SIEGES;
  const out: SiegeChange[] = [];
  for (const s of Ledger.values(state.sieges)) {
    if (s.byEvent !== event.id || !s.enclave.includes(place)) continue;
    const change =
      s.status !== "active" ? s.status : event.type === "siege-imposed" ? "imposed" : ("tightened" as const);
    out.push({ id: s.id, name: s.name, change, status: s.status, supply: s.supply });
  }
  return out.length === 0 ? NO_SIEGES : out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The fields that say who holds a place. */
export const CONTROL_FIELDS = ["controller", "shares", "holder", "contested"] as const;

/**
 * Every change an event made to one place, in order, and every change to a siege whose enclave
 * holds it (laid, supply cut, broken, lifted, fallen), starting from `start` and going through
 * `initialEvents` (marked `initial`), then the `inferred` holdings (marked `initial` and
 * `inferred`), and then `events`.
 * @example
 * placeHistory(emptyState(s.catalogue), s.initialEvents, s.events, "sukhnah", s.inferred).map((h) => h.event.id);
 */
export function placeHistory(
  start: State,
  initialEvents: readonly DomainEvent[],
  events: readonly DomainEvent[],
  place: PlaceId,
  inferred: readonly InferredHolding[] = [],
): HistoryEntry[] {
  const at = start.refs.placeIndex[place];
  if (at === undefined) throw new RangeError(`no place '${place}' in this catalogue`);
  const out: HistoryEntry[] = [];
  let prior = start.places[at] as PlaceState;
  let priorJson = canonicalJson(prior);
  const visit = (initial: boolean) => (current: State, event: DomainEvent, index: number) => {
    const now = current.places[at] as PlaceState;
    const sieges = siegesChanged(current, event, place);
    if (now === prior && Object.isFrozen(now) && sieges.length === 0) return;
    const json = canonicalJson(now);
    if (json === priorJson && sieges.length === 0) return;
    const after = JSON.parse(json) as PlaceState;
    const before = JSON.parse(priorJson) as PlaceState;
    const fields = fieldsOf(before, after);
    prior = now;
    priorJson = json;
    if (fields.length === 0 && sieges.length === 0) return; // only a derived index moved
    out.push({ index, initial, inferred: false, event, before, after, fields, sieges });
  };
  const read = walk(start, initialEvents, visit(true));
  const seeded = withInferred(read, inferred);
  const mine = inferred.find((h) => h.place === place);
  const basis = mine === undefined ? -1 : events.findIndex((e) => e.id === mine.from);
  const after = seeded.places[at] as PlaceState;
  if (basis >= 0) {
    const before = JSON.parse(canonicalJson(read.places[at])) as PlaceState;
    const inferredAfter = JSON.parse(canonicalJson(after)) as PlaceState;
    const fields = fieldsOf(before, inferredAfter);
    out.push({
      index: basis,
      initial: true,
      inferred: true,
      event: events[basis] as DomainEvent,
      before,
      after: inferredAfter,
      fields,
      sieges: NO_SIEGES,
    });
  }
  prior = after;
  priorJson = canonicalJson(prior);
  walk(seeded, events, visit(false));
  return out;
}
