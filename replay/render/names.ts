import type { Catalogue } from "../../engine/catalogue/catalogue.js";
import { type EntityNames, entityNames } from "../../engine/events/entity-names.js";
import type { DomainEvent } from "../../engine/events/event.js";
import { type Quantity, shareInWords } from "../../engine/model/quantity.js";

/** Display names from a catalogue and a log, falling back to the id. */
export interface Names {
  place(id: string): string;
  actor(id: string): string;
  side(id: string | null): string;
  /** A siege by the name its `siege-imposed` gives ("Siege of Deir ez-Zor city"). */
  siege(id: string): string;
  /** An operation (or pocket) by the name the event that starts it gives, else its id. */
  operation(id: string): string;
}

/**
 * Names of places, actors and sides as output shows them, and of the sieges and operations
 * the scenario's events (`initialEvents` and `events`) name, or that `entityNames` found.
 * @example
 * namesOf(scenario.catalogue).place("deir-ez-zor-airport"); // "Deir ez-Zor Airport"
 * namesOf(scenario.catalogue, [...scenario.initialEvents, ...scenario.events]).siege("deir-ez-zor-city"); // "Siege of Deir ez-Zor city"
 */
export function namesOf(catalogue: Catalogue, events: readonly DomainEvent[] | EntityNames = []): Names {
  const { sieges, operations } = Array.isArray(events) ? entityNames(events) : (events as EntityNames);
  return {
    place: (id) => catalogue.place(id)?.name ?? id,
    actor: (id) => catalogue.actor(id)?.name ?? id,
    side: (id) => (id === null ? "unknown" : (catalogue.side(id)?.name ?? id)),
    siege: (id) => sieges.get(id) ?? id,
    operation: (id) => operations.get(id) ?? id,
  };
}

/** A quantity as "12", "12 (10–15)", or with no ceiling "121 or more" and "90 (80 or more)". */
export function quantity(q: Quantity): string {
  const n = (x: number) => String(Math.round(x * 100) / 100);
  if (q.high === null) return q.low === q.best ? `${n(q.best)} or more` : `${n(q.best)} (${n(q.low)} or more)`;
  return q.low === q.high ? n(q.best) : `${n(q.best)} (${n(q.low)}–${n(q.high)})`;
}

/** A fraction as a percentage: 0.2 → "20%". */
export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Shares of a divided place, each with its wording or range: "Syrian government 20%, Islamic State 80%". */
export function shares(s: Readonly<Record<string, Quantity>>, names: Names): string {
  return Object.entries(s)
    .map(([side, v]) => `${names.side(side)} ${shareInWords(v)}`)
    .join(", ");
}

/** The date part (YYYY-MM-DD) of an ISO 8601 time with offset, i.e. the local day. */
export function day(iso: string | null): string {
  return iso === null ? "?" : iso.slice(0, 10);
}

/** Date and local time of an ISO 8601 time with offset: "2017-09-05 14:00". */
export function dayTime(iso: string | null): string {
  return iso === null ? "?" : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** Pads to a width, for columns. */
export function pad(s: string, width: number): string {
  return s.length >= width ? s : s + " ".repeat(width - s.length);
}
