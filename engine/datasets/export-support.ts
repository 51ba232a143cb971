import { stringify } from "csv-stringify/sync";
import type { DomainEvent } from "../events/event.js";
import type { DatasetFormat } from "../model/dataset-citation.js";
import type { CellValue, ColumnSpec } from "../model/dataset-row.js";
import type { Scenario } from "../scenario/scenario.js";
import { type Point, pointOf } from "./geo.js";

/** A dataset row rebuilt from the events citing it: the first of them, all, and the row's fields. */
export interface CitedRow {
  readonly first: DomainEvent;
  readonly events: readonly DomainEvent[];
  readonly point: Point | null;
  readonly fields: Readonly<Record<string, CellValue>>;
}

/** A row's fields: those of the event of the row that holds them (the first, as imports store them). */
export function rowFields(events: readonly DomainEvent[]): Readonly<Record<string, CellValue>> {
  for (const e of events) if (e.source.row?.fields !== undefined) return e.source.row.fields;
  return {};
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
    return {
      first,
      events,
      point: place === undefined ? null : pointOf(s.catalogue, place),
      fields: rowFields(events),
    };
  });
  return { rows, others };
}

/** The local calendar day of an ISO instant with offset (as a loaded event's times are). */
export function localDay(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * The scenario's rows of one dataset as its CSV: one row per cited row id, in log order, each
 * column from `own` (what the events hold: dates, point) where it gives one, else from the row's
 * fields. Events that cite no row of the dataset are counted in `skipped`.
 */
export function exportRows(
  s: Scenario,
  dataset: DatasetFormat,
  columns: readonly ColumnSpec[],
  own: (row: CitedRow) => Readonly<Record<string, string | number | null>>,
): { csv: string; rows: number; skipped: number } {
  const { rows, others } = citedRows(s, dataset);
  const records = rows.map((row) => {
    const mine = own(row);
    return columns.map((c) => {
      const v = c.name in mine ? mine[c.name] : row.fields[c.name];
      return v === null || v === undefined ? "" : String(v);
    });
  });
  const csv = stringify(records, { header: true, columns: columns.map((c) => c.name) });
  return { csv, rows: records.length, skipped: others };
}
