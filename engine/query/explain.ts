import type { DomainEvent } from "../events/event.js";
import type { EventId, PlaceId, SideId } from "../model/ids.js";
import type { ControlBasis, PlaceState } from "../state/types.js";
import { describeTime } from "../time/describe.js";
import { CONTROL_FIELDS, type HistoryEntry } from "./history.js";

/** Why a place is held by whom at a moment: the chain of events that made it so, with their quotes. */
export interface Explanation {
  readonly place: PlaceId;
  /** The moment asked about (ISO 8601). */
  readonly at: string;
  readonly controller: SideId | null;
  readonly shares: Readonly<Record<SideId, number>> | null;
  /** What the control rests on: a reported event, or inference from a later capture (see `Scenario.inferred`). */
  readonly basis: ControlBasis | null;
  /** For an inferred holding, the capture it is inferred from. */
  readonly inferredFrom: EventId | null;
  readonly contested: boolean;
  /** The setting event may not have happened yet at this moment. */
  readonly uncertain: boolean;
  /** Every change of control up to the moment, oldest first; the last one is why it stands as it does. */
  readonly chain: readonly HistoryEntry[];
  /** A sentence that says it. */
  readonly summary: string;
}

/** "by fifth-corps on 2017-09-04": who took the place, and the (local) day it did. */
function captureText(event: DomainEvent): string {
  const by = "actor" in event && typeof event.actor === "string" ? `by ${event.actor} ` : "";
  return `${by}on ${event.time.earliest.slice(0, 10)}`;
}

/**
 * Explains a place's control at a moment from its history (see `placeHistory`).
 * @example
 * explainControl("sukhnah", history, state.places[i], "2017-08-06T23:59:59.999+03:00", false);
 */
export function explainControl(
  place: PlaceId,
  history: readonly HistoryEntry[],
  current: PlaceState,
  atIso: string,
  uncertain: boolean,
): Explanation {
  const atMs = Date.parse(atIso);
  const chain = history.filter(
    (h) =>
      (h.initial || Date.parse(h.event.time.earliest) <= atMs) &&
      h.fields.some((f) => (CONTROL_FIELDS as readonly string[]).includes(f.field)),
  );
  const last = chain[chain.length - 1];
  const holder = current.shares
    ? Object.entries(current.shares)
        .map(([s, v]) => `${s} ${Math.round(v * 100)}%`)
        .join(", ")
    : (current.controller ?? "nobody known");
  const summary =
    last === undefined
      ? `No source says who holds ${place} at ${atIso}.`
      : last.inferred && current.basis === "inferred"
        ? `${place} is held by ${holder}${current.contested ? " (contested)" : ""} (inferred from its capture ${captureText(last.event)}, ${last.event.id}): "${last.event.source.quote}"`
        : `${place} is held by ${holder}${current.contested ? " (contested)" : ""} since ${describeTime(last.event.time)} (${last.event.id}${last.event.source.attribution ? `, according to ${last.event.source.attribution}` : ""}): "${last.event.source.quote}"${uncertain ? " — uncertain at this moment: the event may not have happened yet" : ""}`;
  return {
    place,
    at: atIso,
    controller: current.controller,
    shares: current.shares,
    basis: current.basis,
    inferredFrom: current.inferredFrom,
    contested: current.contested,
    uncertain,
    chain,
    summary,
  };
}
