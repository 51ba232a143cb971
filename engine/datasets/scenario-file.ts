import type { AddedActor, AddedSide } from "./actors.js";
import type { AddedPlace } from "./places.js";

/** An event as a scenario file writes it, with the key that orders it in the log: first day, row id, the row's own order. */
export interface KeyedEvent {
  readonly order: readonly [string, string | number, number];
  readonly event: Record<string, unknown>;
}

/** A source citing a row by dataset and id alone: a row's fields are stored on its first event only. */
export function citing<S extends { readonly row: { readonly dataset: string; readonly id: string } }>(source: S): S {
  return { ...source, row: { dataset: source.row.dataset, id: source.row.id } };
}

/** The dataset an import's events cite: a scenario document of kind `dataset`. */
export interface DatasetDocument {
  readonly id: string;
  readonly title: string;
  readonly kind: "dataset";
  readonly version?: string;
  readonly note: string;
}

/** A scenario file as an import writes it (the form `sitrep validate` and `loadScenario` read). */
export interface ImportedScenario {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly timeZone: string;
  readonly span: { readonly start: string; readonly end: string };
  readonly documents: readonly DatasetDocument[];
  readonly catalogue: {
    readonly sides: readonly AddedSide[];
    readonly places: readonly AddedPlace[];
    readonly actors: readonly AddedActor[];
  };
  readonly events: readonly Record<string, unknown>[];
}

/** Orders events by their key (first day, row id, then the row's own order): the log's order. */
export function orderEvents(events: KeyedEvent[]): Record<string, unknown>[] {
  return events
    .sort((x, y) => {
      for (let i = 0; i < 3; i++) {
        const a = x.order[i] as string | number;
        const b = y.order[i] as string | number;
        if (a < b) return -1;
        if (a > b) return 1;
      }
      return 0;
    })
    .map((k) => k.event);
}

/** Replaces place tokens (see `PlaceBook.idOf`) in events' `places` and `place` by the places' ids. */
export function withPlaceIds(events: readonly KeyedEvent[], ids: ReadonlyMap<string, string>): KeyedEvent[] {
  const id = (t: unknown) => (typeof t === "string" ? (ids.get(t) ?? t) : t);
  return events.map((k) => {
    const e = k.event;
    const places = Array.isArray(e.places) ? e.places.map(id) : e.places;
    return { order: k.order, event: { ...e, places, ...("place" in e ? { place: id(e.place) } : {}) } };
  });
}

/** The first and last day of the events (their `time.date` or `time.between`), or the given fallback. */
export function spanOf(events: readonly KeyedEvent[], fallback: string): { start: string; end: string } {
  let start: string | null = null;
  let end: string | null = null;
  for (const { event } of events) {
    const t = event.time as { date?: string; between?: [string, string] };
    const a = t.date ?? t.between?.[0];
    const b = t.date ?? t.between?.[1];
    if (a !== undefined && (start === null || a < start)) start = a;
    if (b !== undefined && (end === null || b > end)) end = b;
  }
  return { start: start ?? fallback, end: end ?? fallback };
}
