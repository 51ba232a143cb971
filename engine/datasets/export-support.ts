import type { DomainEvent } from "../events/event.js";
import type { DatasetFormat } from "../model/dataset-citation.js";
import type { Scenario } from "../scenario/scenario.js";
import { type Point, pointOf } from "./geo.js";

/** A dataset row rebuilt from the events citing it: the first of them, and all. */
export interface CitedRow {
  readonly first: DomainEvent;
  readonly events: readonly DomainEvent[];
  readonly point: Point | null;
}

/** The rows of `dataset` the scenario's events cite, in log order (events of one row grouped), and how many events cite none. */
export function citedRows(s: Scenario, dataset: DatasetFormat): { rows: CitedRow[]; others: number } {
  const byId = new Map<string, DomainEvent[]>();
  let others = 0;
  for (const e of s.events) {
    const row = e.source.row;
    if (row === undefined || row.dataset !== dataset) {
      others += 1;
      continue;
    }
    const list = byId.get(row.id);
    if (list === undefined) byId.set(row.id, [e]);
    else list.push(e);
  }
  const rows = [...byId.values()].map((events) => {
    const first = events[0] as DomainEvent;
    const place = first.places[0];
    return { first, events, point: place === undefined ? null : pointOf(s.catalogue, place) };
  });
  return { rows, others };
}

/** The local calendar day of an ISO instant with offset (as a loaded event's times are). */
export function localDay(iso: string): string {
  return iso.slice(0, 10);
}
